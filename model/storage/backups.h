#pragma once

#include "database.h"
#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace closeloop {

// Why a backup was made; part of its file name.
enum class BackupReason { Daily, BeforeMigration, BeforeRestore, Manual };

QString backupReasonKey(BackupReason reason); // "daily", "before-upgrade", "before-restore", "manual"
QString backupReasonLabel(BackupReason reason); // "Daily", "Before an upgrade", ...

// One backup: a complete SQLite database file in the backups folder.
struct BackupFile {
    QString path;
    QDateTime madeAt; // UTC, read from the name
    BackupReason reason = BackupReason::Manual;
    qint64 bytes = 0;
};

// How many backups are kept (the team's setting "backups.keep").
struct BackupPolicy {
    static constexpr int DefaultKeep = 10;
    static constexpr int MostKept = 365;
    int keep = DefaultKeep;

    static QString settingKey(); // "backups.keep"
    // Keys not set keep the default; a stored value out of range is named.
    static Result<BackupPolicy> fromSettings(const QHash<QString, QString> &settings);
    // The database's setting, or the default when it cannot be read (a
    // file too old to have settings is still backed up before upgrading).
    static BackupPolicy loadOrDefault(Database &db);
    static Status save(Database &db, int keep);
};

// Backups of a local database file, made while it is in use. Each is a
// consistent copy (SQLite's VACUUM INTO on a read-only connection of its
// own, so it can run on any thread beside the one editing), written under a
// temporary name, flushed to disk and only then given its name: a backup
// that is listed is complete. A shared PostgreSQL database is backed up by
// its server, not by Closeloop.
class Backups final {
public:
    // The folder beside the database file: "<dir>/<name>-backups".
    static QString folderFor(const QString &databasePath);
    // The backups of that file, newest first.
    static QList<BackupFile> list(const QString &databasePath);

    // Makes a backup, then removes the oldest beyond `keep`.
    static Result<BackupFile> make(const QString &databasePath, BackupReason reason, int keep,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A daily backup when there is none from the last 24 hours; nothing otherwise.
    static Result<std::optional<BackupFile>> makeDailyIfDue(const QString &databasePath, int keep,
                                                            const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Whether a file can be restored: a Closeloop database, undamaged, not
    // written by a newer Closeloop. The error says which, and what to do.
    static Status checkRestorable(const QString &backupPath);
    // Replaces the database file with the backup, after checking it and
    // backing up the file as it is (BeforeRestore). No connection to the
    // file may be open in this program; another program still using it is
    // refused, and then nothing is changed.
    static Result<BackupFile> restore(const QString &databasePath, const QString &backupPath, int keep,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace closeloop
