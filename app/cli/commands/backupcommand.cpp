#include "../command.h"

#include "storage/backups.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

namespace closeloop::cli {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool refuseShared(const Command &command, Context &ctx)
{
    if (ctx.pgConninfo.isEmpty())
        return false;
    ctx.err << ctx.program << ' ' << command.name()
            << ": a shared database is backed up by its server (pg_dump, or the server's own backups); this command works "
               "on a local file (--db)."
            << Qt::endl;
    return true;
}

void printBackup(QTextStream &out, const BackupFile &b)
{
    out << b.madeAt.toString(Qt::ISODate) << '\t' << backupReasonKey(b.reason) << '\t' << b.bytes << '\t' << native(b.path) << '\n';
}

// `backup`: one now; `backup --list`: those there are, newest first.
class BackupCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return QStringLiteral("Back up the database file now, or list its backups (--list). The program also backs up "
                              "before every upgrade and once a day while in use.");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral("\nBackups go to the folder beside the file, \"NAME-backups\"; "
                                                                    "the oldest beyond the setting backups.keep are removed."));
        const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the backups: time (UTC), reason, bytes, file."));
        parser.addOption(list);
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        if (refuseShared(*this, ctx))
            return UsageError;
        if (!parser.positionalArguments().isEmpty()) {
            ctx.err << ctx.program << " backup: takes no file; use --db to choose the database" << Qt::endl;
            return UsageError;
        }
        if (parser.isSet(list)) {
            const QList<BackupFile> backups = Backups::list(ctx.dbPath);
            if (backups.isEmpty())
                ctx.out << "No backups of " << native(ctx.dbPath) << " in " << native(Backups::folderFor(ctx.dbPath)) << ".\n";
            for (const BackupFile &b : backups)
                printBackup(ctx.out, b);
            ctx.out.flush();
            return Ok;
        }
        auto db = ctx.open(false);
        if (!db)
            return UsageError;
        const int keep = BackupPolicy::loadOrDefault(*db).keep;
        auto made = Backups::make(db->path(), BackupReason::Manual, keep);
        if (!made) {
            ctx.err << ctx.program << " backup: " << made.errorMessage() << Qt::endl;
            return Failed;
        }
        ctx.out << "Backed up to " << native(made->path) << " (keeping the last " << keep << ")." << Qt::endl;
        return Ok;
    }
};

// `restore FILE` or `restore --latest`.
class RestoreCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override
    {
        return QStringLiteral("Replace the database file with a backup (restore FILE, or restore --latest). The file as it "
                              "was is backed up first.");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral("\nClose every Closeloop window using the database first: "
                                                                    "a file still open elsewhere is not replaced."));
        parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The backup to restore (see backup --list)."), QStringLiteral("[FILE]"));
        const QCommandLineOption latest(QStringLiteral("latest"), QStringLiteral("Restore the newest backup."));
        parser.addOption(latest);
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        if (refuseShared(*this, ctx))
            return UsageError;
        const QStringList pos = parser.positionalArguments();
        if (pos.size() + (parser.isSet(latest) ? 1 : 0) != 1) {
            ctx.err << ctx.program << " restore: name one backup, or --latest; \"backup --list\" shows them" << Qt::endl;
            return UsageError;
        }
        QString from;
        if (parser.isSet(latest)) {
            const QList<BackupFile> backups = Backups::list(ctx.dbPath);
            if (backups.isEmpty()) {
                ctx.err << ctx.program << " restore: there are no backups of " << native(ctx.dbPath) << Qt::endl;
                return UsageError;
            }
            from = backups.first().path;
        } else {
            from = pos.first();
        }
        // How many backups the team keeps, read before the file is replaced
        // (the backup of the file as it was must not push out more than that).
        int keep = BackupPolicy::DefaultKeep;
        if (auto current = Database::openReadOnly(ctx.dbPath))
            keep = BackupPolicy::loadOrDefault(**current).keep;
        auto restored = Backups::restore(ctx.dbPath, from, keep);
        if (!restored) {
            ctx.err << ctx.program << " restore: " << restored.errorMessage() << Qt::endl;
            return restored.error().kind == Error::Kind::General ? Failed : UsageError;
        }
        ctx.out << "Restored " << native(ctx.dbPath) << " from " << native(from) << "." << Qt::endl;
        if (!restored->path.isEmpty())
            ctx.out << "The file as it was is kept in " << native(restored->path) << "." << Qt::endl;
        return Ok;
    }
};

} // namespace

Command *makeBackupCommand()
{
    static BackupCommand command;
    return &command;
}

Command *makeRestoreCommand()
{
    static RestoreCommand command;
    return &command;
}

} // namespace closeloop::cli
