#include "reporttemplates.h"
#include "domain/translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>
#include <mutex>

namespace closeloop {

namespace {

using kainjow::mustache::mustache;

QString tr(const char *text)
{
    return translateIn("closeloop::ReportTemplates", text);
}

const QString resourceFolder = QStringLiteral(":/closeloop/templates/reports/");

std::mutex folderMutex;
QString &userFolderOverride()
{
    static QString folder;
    return folder;
}

// kainjow reports a byte offset ("Unclosed tag at 123"); people want a line.
TemplateProblem problemFrom(const QString &file, const std::string &source, const std::string &message)
{
    TemplateProblem p { file, 0, QString::fromStdString(message) };
    static const QRegularExpression at(QStringLiteral(" at (\\d+)$"));
    const QRegularExpressionMatch m = at.match(p.message);
    if (m.hasMatch()) {
        const std::size_t offset = std::min<std::size_t>(m.captured(1).toULongLong(), source.size());
        p.line = 1 + int(std::count(source.begin(), source.begin() + std::ptrdiff_t(offset), '\n'));
        p.message.truncate(m.capturedStart());
    }
    return p;
}

// The COE preview renders on every edit: keep each user file's text until
// the file changes (size or modification time), instead of reading it each time.
struct CachedFile {
    QDateTime modified;
    qint64 size = -1;
    std::string text;
};
std::mutex cacheMutex;

std::optional<std::string> readUserTemplate(const QString &name, QString *path)
{
    const QString folder = ReportTemplates::userFolder();
    if (folder.isEmpty())
        return std::nullopt;
    *path = QDir(folder).filePath(name);
    const QFileInfo info(*path);
    if (!info.isFile())
        return std::nullopt;
    static QHash<QString, CachedFile> cache;
    std::lock_guard lock(cacheMutex);
    CachedFile &cached = cache[*path];
    if (cached.size == info.size() && cached.modified == info.lastModified())
        return cached.text;
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    cached = { info.lastModified(), info.size(), file.readAll().toStdString() };
    return cached.text;
}

} // namespace

QString TemplateProblem::text() const
{
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(file)).arg(line) : QDir::toNativeSeparators(file);
    return tr("%1: %2. The shipped template is used until this is fixed.").arg(where, message);
}

QStringList ReportTemplates::shippedNames()
{
    return QDir(resourceFolder).entryList(QDir::Files, QDir::Name);
}

QString ReportTemplates::userFolder()
{
    std::lock_guard lock(folderMutex);
    if (!userFolderOverride().isNull())
        return userFolderOverride();
    const QString env = qEnvironmentVariable("CLOSELOOP_TEMPLATES");
    if (!env.isEmpty())
        return env;
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return config.isEmpty() ? QString() : QDir(config).filePath(QStringLiteral("templates"));
}

void ReportTemplates::setUserFolder(const QString &folder)
{
    std::lock_guard lock(folderMutex);
    userFolderOverride() = folder.isNull() ? QString() : folder;
}

QStringList ReportTemplates::copyShippedToUserFolder(QString *error)
{
    const QString folder = userFolder();
    QStringList written;
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        if (error)
            *error = tr("Could not create the template folder %1. Check that you can write there.").arg(QDir::toNativeSeparators(folder));
        return written;
    }
    for (const QString &name : shippedNames()) {
        const QString target = QDir(folder).filePath(name);
        if (QFile::exists(target))
            continue;
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(QByteArray::fromStdString(shipped(name))) < 0) {
            if (error)
                *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
            return written;
        }
        written << target;
    }
    return written;
}

QList<TemplateProblem> ReportTemplates::problems()
{
    QList<TemplateProblem> found;
    for (const QString &name : shippedNames()) {
        if (!name.endsWith(QLatin1String(".mustache")))
            continue;
        QString path;
        const std::optional<std::string> text = readUserTemplate(name, &path);
        if (!text)
            continue;
        mustache tmpl(*text);
        if (!tmpl.is_valid())
            found << problemFrom(path, *text, tmpl.error_message());
        else if (QString::fromStdString(*text).contains(QChar::ReplacementCharacter))
            found << TemplateProblem { path, 0, tr("the file is not valid UTF-8") };
    }
    return found;
}

namespace {

// A section that renders nothing can leave its line's newline behind. More
// than one blank line means nothing in Markdown (reports hold no code
// blocks: typed text is escaped), so runs are folded for a tidy file.
QString tidy(const std::string &rendered)
{
    QString text = QString::fromStdString(rendered);
    static const QRegularExpression blankRun(QStringLiteral("\n{3,}"));
    text.replace(blankRun, QStringLiteral("\n\n"));
    while (text.endsWith(QLatin1String("\n\n")))
        text.chop(1);
    return text;
}

} // namespace

namespace {

// A template parsed once per thread and text: an export renders the same
// one tens of thousands of times. A changed user file has a new text and
// is parsed again.
mustache &parsed(const QString &name, const std::string &text)
{
    struct Parsed {
        std::string text;
        std::shared_ptr<mustache> tmpl; // QHash copies its values
    };
    thread_local QHash<QString, Parsed> cache;
    Parsed &p = cache[name];
    if (!p.tmpl || p.text != text) {
        p.text = text;
        p.tmpl = std::make_shared<mustache>(text);
    }
    return *p.tmpl;
}

} // namespace

QString ReportTemplates::render(const QString &name, const kainjow::mustache::data &data)
{
    QString path;
    const std::optional<std::string> text = readUserTemplate(name, &path);
    if (text && !QString::fromStdString(*text).contains(QChar::ReplacementCharacter)) {
        mustache &tmpl = parsed(QStringLiteral("user:") + name, *text);
        if (tmpl.is_valid()) {
            const std::string out = tmpl.render(data);
            if (tmpl.is_valid())
                return tidy(out);
        }
    }
    return tidy(parsed(name, shipped(name)).render(data));
}

QString ReportTemplates::text(const QString &name)
{
    QString path;
    const std::optional<std::string> user = readUserTemplate(name, &path);
    return QString::fromStdString(user ? *user : shipped(name));
}

std::string ReportTemplates::shipped(const QString &name)
{
    // Read from the resources once: an export renders tens of thousands.
    static QHash<QString, std::string> texts;
    static std::mutex textsMutex;
    std::lock_guard lock(textsMutex);
    if (const auto it = texts.constFind(name); it != texts.cend())
        return *it;
    QFile file(resourceFolder + name);
    std::string text = file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
    texts.insert(name, text);
    return text;
}

} // namespace closeloop
