#include "backups.h"
#include "domain/translate.h"

#include "migrator.h"
#include "settingsrepository.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::Backups", text);
}

struct ReasonEntry {
    BackupReason reason;
    const char *key;
    const char *label;
};

constexpr ReasonEntry kReasons[] = {
    { BackupReason::Daily, "daily", QT_TRANSLATE_NOOP("closeloop::Backups", "Daily") },
    { BackupReason::BeforeMigration, "before-upgrade", QT_TRANSLATE_NOOP("closeloop::Backups", "Before an upgrade") },
    { BackupReason::BeforeRestore, "before-restore", QT_TRANSLATE_NOOP("closeloop::Backups", "Before a restore") },
    { BackupReason::Manual, "manual", QT_TRANSLATE_NOOP("closeloop::Backups", "Made by hand") },
};

// Milliseconds in the name: two backups in one second keep both.
const QString kTimeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Flushes a file (or a folder, so that a rename in it lasts) to the disk.
Status flushToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return Error { tr("Could not flush %1 to disk: %2.").arg(native(path), why) };
    }
    ::close(fd);
#else
    Q_UNUSED(path)
#endif
    return {};
}

// Renames over an existing file in one step (QFile::rename will not replace).
Status replaceFile(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData(), ec);
    if (ec)
        return Error { tr("Could not put %1 in place of %2: %3.")
                           .arg(native(from), native(to), QString::fromLocal8Bit(ec.message().c_str())) };
    return {};
}

std::optional<BackupFile> parseName(const QFileInfo &file, const QString &stem)
{
    static const QRegularExpression name(QStringLiteral("^(.*)-(\\d{8}T\\d{9}Z)-([a-z-]+)\\.db$"));
    const QRegularExpressionMatch m = name.match(file.fileName());
    if (!m.hasMatch() || m.captured(1) != stem)
        return std::nullopt;
    QDateTime at = QDateTime::fromString(m.captured(2), kTimeFormat);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    for (const ReasonEntry &r : kReasons)
        if (m.captured(3) == QLatin1String(r.key))
            return BackupFile { file.absoluteFilePath(), at, r.reason, file.size() };
    return std::nullopt;
}

// Removes the oldest backups beyond `keep`. Never the one just made.
void rotate(const QString &databasePath, int keep)
{
    const QList<BackupFile> all = Backups::list(databasePath);
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

// A plain read-only look at a file: its schema version, and whether it is
// a Closeloop database at all.
Result<int> schemaVersionOf(const QString &path)
{
    auto db = Database::openReadOnly(path);
    auto version = db ? Migrator::currentVersion(**db) : Result<int>(db.error());
    if (!version)
        return Error { tr("%1 is not a Closeloop database, or it is damaged (%2). Choose another file.")
                           .arg(native(path), version.errorMessage()) };
    return version.value();
}

} // namespace

QString backupReasonKey(BackupReason reason)
{
    for (const ReasonEntry &r : kReasons)
        if (r.reason == reason)
            return QString::fromLatin1(r.key);
    return {};
}

QString backupReasonLabel(BackupReason reason)
{
    for (const ReasonEntry &r : kReasons)
        if (r.reason == reason)
            return QCoreApplication::translate("closeloop::Backups", r.label);
    return {};
}

QString BackupPolicy::settingKey()
{
    return QStringLiteral("backups.keep");
}

Result<BackupPolicy> BackupPolicy::fromSettings(const QHash<QString, QString> &settings)
{
    BackupPolicy p;
    const auto it = settings.constFind(settingKey());
    if (it == settings.cend())
        return p;
    bool ok = false;
    const int keep = it->toInt(&ok);
    if (!ok || keep < 1 || keep > MostKept)
        return Error { tr("The setting %1 is \"%2\"; it must be a number of backups from 1 to %3. Set it again.")
                           .arg(settingKey(), *it)
                           .arg(MostKept) };
    p.keep = keep;
    return p;
}

BackupPolicy BackupPolicy::loadOrDefault(Database &db)
{
    auto settings = SettingsRepository(db).all();
    if (!settings)
        return {};
    auto policy = fromSettings(settings.value());
    return policy ? policy.value() : BackupPolicy {};
}

Status BackupPolicy::save(Database &db, int keep)
{
    if (keep < 1 || keep > MostKept)
        return Error { tr("%1 is not a number of backups to keep: use 1 to %2.").arg(keep).arg(MostKept) };
    return SettingsRepository(db).set({ { settingKey(), QString::number(keep) } });
}

QString Backups::folderFor(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    return file.absoluteDir().filePath(file.completeBaseName() + QStringLiteral("-backups"));
}

QList<BackupFile> Backups::list(const QString &databasePath)
{
    const QString stem = QFileInfo(databasePath).completeBaseName();
    QList<BackupFile> found;
    const QFileInfoList files = QDir(folderFor(databasePath)).entryInfoList({ QStringLiteral("*.db") }, QDir::Files);
    for (const QFileInfo &f : files)
        if (auto b = parseName(f, stem))
            found.append(*b);
    std::sort(found.begin(), found.end(), [](const BackupFile &a, const BackupFile &b) { return a.madeAt > b.madeAt; });
    return found;
}

Result<BackupFile> Backups::make(const QString &databasePath, BackupReason reason, int keep, const QDateTime &now)
{
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return Error { tr("Could not make the backups folder %1. Check that you can write beside the database.").arg(native(folder)) };
    const QString stem = QFileInfo(databasePath).completeBaseName();
    const QString finalPath = QDir(folder).filePath(
        QStringLiteral("%1-%2-%3.db").arg(stem, now.toUTC().toString(kTimeFormat), backupReasonKey(reason)));
    const QString partial = finalPath + QStringLiteral(".partial");
    QFile::remove(partial); // left by a backup that was interrupted
    {
        auto db = Database::openReadOnly(databasePath);
        if (!db)
            return db.error();
        // The target is a bound value: a folder name is never SQL.
        auto copied = sql::exec(**db, QStringLiteral("VACUUM INTO :target"), { { QStringLiteral("target"), partial } });
        if (!copied) {
            QFile::remove(partial);
            return Error { tr("Could not back up %1: %2").arg(native(databasePath), copied.errorMessage()) };
        }
    }
    if (auto s = flushToDisk(partial); !s) {
        QFile::remove(partial);
        return s.error();
    }
    if (auto s = replaceFile(partial, finalPath); !s) {
        QFile::remove(partial);
        return s.error();
    }
    if (auto s = flushToDisk(folder); !s)
        return s.error();
    rotate(databasePath, keep);
    return BackupFile { finalPath, now.toUTC(), reason, QFileInfo(finalPath).size() };
}

Result<std::optional<BackupFile>> Backups::makeDailyIfDue(const QString &databasePath, int keep, const QDateTime &now)
{
    for (const BackupFile &b : list(databasePath))
        if (b.reason == BackupReason::Daily && b.madeAt.secsTo(now) < 24 * 3600 && b.madeAt <= now)
            return std::optional<BackupFile>();
    auto made = make(databasePath, BackupReason::Daily, keep, now);
    if (!made)
        return made.error();
    return std::optional<BackupFile>(made.value());
}

Status Backups::checkRestorable(const QString &backupPath)
{
    if (!QFileInfo(backupPath).isFile())
        return Error { tr("There is no backup file %1.").arg(native(backupPath)), Error::Kind::NotFound };
    auto version = schemaVersionOf(backupPath);
    if (!version)
        return version.error();
    if (version.value() == 0)
        return Error { tr("%1 is not a Closeloop database. Choose another file.").arg(native(backupPath)) };
    if (version.value() > Migrator::latestVersion())
        return Error { tr("%1 was written by a newer Closeloop (schema version %2). Update Closeloop to restore it.")
                           .arg(native(backupPath))
                           .arg(version.value()) };
    auto pages = Database::checkPagesOfFile(backupPath);
    if (!pages)
        return Error { tr("The backup %1 is damaged; choose an older one. (%2)").arg(native(backupPath), pages.errorMessage()),
                       Error::Kind::Damaged };
    return {};
}

Result<BackupFile> Backups::restore(const QString &databasePath, const QString &backupPath, int keep, const QDateTime &now)
{
    if (auto s = checkRestorable(backupPath); !s)
        return s.error();
    // Copied beside the database first, so that the last step is a rename
    // on one file system: the file is either the old one or the backup.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error { tr("Could not copy the backup beside %1. Check the free space and that you can write there; the "
                          "database was not changed.").arg(native(databasePath)) };
    if (auto s = flushToDisk(incoming); !s) {
        QFile::remove(incoming);
        return s.error();
    }
    BackupFile safety;
    if (QFileInfo::exists(databasePath)) {
        auto kept = make(databasePath, BackupReason::BeforeRestore, std::max(keep, 2), now);
        if (!kept) {
            QFile::remove(incoming);
            return kept.error();
        }
        safety = kept.value();
        // Another program still using the file would go on writing into
        // the replaced one: refused, with the log folded in when alone.
        const auto alone = Database::closeLogIfAlone(databasePath);
        if (!alone || !alone.value()) {
            QFile::remove(incoming);
            if (!alone)
                return alone.error();
            return Error { tr("%1 is still open in another program (another Closeloop window, or an sqlite3 shell). Close it "
                              "and restore again; the database was not changed.").arg(native(databasePath)) };
        }
    }
    if (auto s = replaceFile(incoming, databasePath); !s) {
        QFile::remove(incoming);
        return s.error();
    }
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    if (auto s = flushToDisk(QFileInfo(databasePath).absolutePath()); !s)
        return s.error();
    return safety;
}

} // namespace closeloop
