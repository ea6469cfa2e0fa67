#include "reportparts.h"

#include "reporttemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringList>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace closeloop {

namespace {

// Characters that start inline structure anywhere in a line: code spans,
// emphasis, links, raw HTML and entities, strikethrough, table columns and
// the escape character itself. CommonMark lets any ASCII punctuation be
// escaped with a backslash, so escaping is always safe.
bool opensInline(QChar c)
{
    switch (c.unicode()) {
    case '\\': case '`': case '*': case '[': case ']': case '<': case '>':
    case '&': case '~': case '|':
        return true;
    default:
        return false;
    }
}

bool isWordChar(QChar c)
{
    // Most text is ASCII: decided without a Unicode table lookup.
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    return c.isLetterOrNumber();
}

// Whether the character at `i` must be escaped. "_" is emphasis only at a
// word's edge; snake_case stays readable.
bool needsEscape(const QString &line, qsizetype i)
{
    const QChar c = line.at(i);
    if (opensInline(c))
        return true;
    return c == QLatin1Char('_')
        && (i == 0 || i + 1 == line.size() || !isWordChar(line.at(i - 1)) || !isWordChar(line.at(i + 1)));
}

QString escapeInline(const QString &line)
{
    // Most text has nothing to escape, and is handed back without a copy;
    // the rest is copied a run at a time (thousands of reports are made in
    // a row for an export).
    qsizetype i = 0;
    while (i < line.size() && !needsEscape(line, i))
        ++i;
    if (i == line.size())
        return line;
    QString out;
    out.reserve(line.size() + 8);
    qsizetype kept = 0;
    for (; i < line.size(); ++i) {
        if (!needsEscape(line, i))
            continue;
        out += QStringView(line).mid(kept, i - kept);
        out += QLatin1Char('\\');
        kept = i;
    }
    out += QStringView(line).mid(kept);
    return out;
}

// A line's start can open a block: headings, quotes, lists, thematic breaks,
// setext underlines, fences, indented code. The escaped line reads the same.
QString escapeLineStart(const QString &escaped)
{
    QString line = escaped;
    // Four spaces of indent would make a code block; the indent carries no meaning in a report.
    qsizetype lead = 0;
    while (lead < line.size() && (line.at(lead) == QLatin1Char(' ') || line.at(lead) == QLatin1Char('\t')))
        ++lead;
    line.remove(0, lead);
    if (line.isEmpty())
        return line;
    const QChar first = line.at(0);
    if (first == QLatin1Char('#') || first == QLatin1Char('-') || first == QLatin1Char('+') || first == QLatin1Char('=')
        || first == QLatin1Char('_'))
        return QLatin1Char('\\') + line;
    // "1." or "1)" opens an ordered list.
    qsizetype digits = 0;
    while (digits < line.size() && digits < 10 && line.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < line.size() && (line.at(digits) == QLatin1Char('.') || line.at(digits) == QLatin1Char(')')))
        line.insert(digits, QLatin1Char('\\'));
    return line;
}

} // namespace

std::string markdownCell(const QString &text)
{
    const QString t = text.simplified();
    return (t.isEmpty() ? QStringLiteral("–") : escapeLineStart(escapeInline(t))).toStdString();
}

QString markdownInline(const QString &text)
{
    // Inline text often follows "- " or "| " in a template, where a leading
    // "#" or "1." would still open a block.
    return escapeLineStart(escapeInline(text.simplified()));
}

QString markdownText(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalised.trimmed().split(QLatin1Char('\n'));
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = escapeLineStart(escapeInline(lines.at(i).trimmed()));
        const bool nextIsText = i + 1 < lines.size() && !lines.at(i + 1).trimmed().isEmpty();
        // A backslash at the end of a line is a hard line break.
        out << (line.isEmpty() || !nextIsText ? line : line + QLatin1Char('\\'));
    }
    return out.join(QLatin1Char('\n'));
}

QString markdownLinkTarget(const QString &url)
{
    // Percent-encoding removes spaces, brackets and parentheses, the
    // characters that would end a link target early.
    QString encoded = QString::fromLatin1(QUrl(url.trimmed(), QUrl::TolerantMode).toEncoded());
    encoded.replace(QLatin1Char('('), QLatin1String("%28")).replace(QLatin1Char(')'), QLatin1String("%29"));
    return encoded;
}

Status writeWholeFile(const QString &path, const QByteArray &bytes, FileWrite mode)
{
    auto failed = [&path](const QString &why) {
        return Error { QCoreApplication::translate("closeloop::Reports", "Could not write %1: %2. Choose a folder you can write to.")
                           .arg(QDir::toNativeSeparators(path), why) };
    };
    if (mode == FileWrite::OneOfMany) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush())
            return failed(file.errorString());
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failed(file.errorString());
    return {};
}

Status syncFolder(const QString &folder)
{
#ifdef Q_OS_LINUX
    // One flush of the file system for the whole batch.
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0 || ::syncfs(fd) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return Error { QCoreApplication::translate("closeloop::Reports", "Could not flush %1 to disk: %2.")
                           .arg(QDir::toNativeSeparators(folder), why) };
    }
    ::close(fd);
#else
    Q_UNUSED(folder)
#endif
    return {};
}

std::string builtInTemplate(const QString &fileName)
{
    return ReportTemplates::shipped(fileName);
}

} // namespace closeloop
