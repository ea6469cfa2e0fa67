// Backups of a local database: complete copies made while it is open,
// rotated, made before every upgrade and daily, and restored only from a
// file that is a sound Closeloop database, never under another program.
#include "storage/backups.h"
#include "storage/coerepository.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace closeloop;

namespace {

const QDateTime Noon(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

Id addCoe(Database &db, const QString &title)
{
    Coe coe;
    coe.title = title;
    auto id = CoeRepository(db).create(coe);
    return id ? id.value() : -1;
}

// The COE titles stored in a file, read without changing it.
QStringList titlesIn(const QString &path)
{
    auto db = Database::openReadOnly(path);
    if (!db)
        return { QStringLiteral("(cannot open: %1)").arg(db.errorMessage()) };
    QSqlQuery q(db.value()->connection());
    QStringList titles;
    if (!q.exec(QStringLiteral("SELECT title FROM coes ORDER BY id")))
        return { QStringLiteral("(cannot read)") };
    while (q.next())
        titles << q.value(0).toString();
    return titles;
}

} // namespace

class TestBackups : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aBackupIsACompleteCopyMadeWhileOpen()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        QVERIFY(addCoe(*db, QStringLiteral("Checkout outage")) > 0);
        auto made = Backups::make(db->path(), BackupReason::Manual, 10, Noon);
        QVERIFY2(made, qPrintable(made.errorMessage()));
        QVERIFY(made->path.startsWith(Backups::folderFor(db->path())));
        QCOMPARE(titlesIn(made->path), QStringList { QStringLiteral("Checkout outage") });
        const QList<BackupFile> listed = Backups::list(db->path());
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().madeAt, Noon);
        QCOMPARE(listed.first().reason, BackupReason::Manual);
        QVERIFY(listed.first().bytes > 0);
        // Nothing half-written is left behind.
        QCOMPARE(QDir(Backups::folderFor(db->path())).entryList(QDir::Files).size(), 1);
    }

    void onlyTheNewestAreKept()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        for (int i = 0; i < 5; ++i)
            QVERIFY(Backups::make(db->path(), BackupReason::Manual, 3, Noon.addSecs(i * 60)));
        const QList<BackupFile> listed = Backups::list(db->path());
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).madeAt, Noon.addSecs(4 * 60));
        QCOMPARE(listed.at(2).madeAt, Noon.addSecs(2 * 60));
    }

    void aDailyBackupOncePerDay()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        auto first = Backups::makeDailyIfDue(db->path(), 10, Noon);
        QVERIFY(first && first->has_value());
        auto again = Backups::makeDailyIfDue(db->path(), 10, Noon.addSecs(2 * 3600));
        QVERIFY(again && !again->has_value());
        // A backup made by hand does not count as the day's.
        QVERIFY(Backups::make(db->path(), BackupReason::Manual, 10, Noon.addSecs(20 * 3600)));
        auto nextDay = Backups::makeDailyIfDue(db->path(), 10, Noon.addSecs(25 * 3600));
        QVERIFY(nextDay && nextDay->has_value());
        QCOMPARE(Backups::list(db->path()).size(), 3);
    }

    void anUpgradeIsBackedUpFirst()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(QFile::copy(QStringLiteral(CLOSELOOP_TEST_DATA "/db/schema-v1.db"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList before = titlesIn(copy);
        OpenOptions options;
        options.path = copy;
        auto upgraded = Database::openSqlite(options);
        QVERIFY2(upgraded, qPrintable(upgraded.errorMessage()));
        QCOMPARE(upgraded.value()->schemaVersion(), Migrator::latestVersion());
        const QList<BackupFile> listed = Backups::list(copy);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().reason, BackupReason::BeforeMigration);
        auto backup = Database::openReadOnly(listed.first().path);
        QVERIFY(backup);
        QCOMPARE(Migrator::currentVersion(**backup).value(), 1);
        QCOMPARE(titlesIn(listed.first().path), before);
        backup.value().reset();
        upgraded.value().reset();
        // Opening the upgraded file again backs up nothing more.
        auto again = Database::openSqlite(options);
        QVERIFY(again);
        QCOMPARE(Backups::list(copy).size(), 1);
    }

    void restoreBringsBackTheBackupAndKeepsWhatItReplaced()
    {
        QTemporaryDir dir;
        QString path;
        QString backupPath;
        {
            auto db = test::openFresh(dir);
            path = db->path();
            QVERIFY(addCoe(*db, QStringLiteral("Before the backup")) > 0);
            auto made = Backups::make(path, BackupReason::Manual, 10, Noon);
            QVERIFY(made);
            backupPath = made->path;
            QVERIFY(addCoe(*db, QStringLiteral("After the backup")) > 0);
        }
        auto restored = Backups::restore(path, backupPath, 10, Noon.addSecs(3600));
        QVERIFY2(restored, qPrintable(restored.errorMessage()));
        QCOMPARE(restored->reason, BackupReason::BeforeRestore);
        QCOMPARE(titlesIn(restored->path), (QStringList { QStringLiteral("Before the backup"), QStringLiteral("After the backup") }));
        OpenOptions options;
        options.path = path;
        auto reopened = Database::openSqlite(options);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        QCOMPARE(titlesIn(path), QStringList { QStringLiteral("Before the backup") });
        QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
    }

    void restoreRefusesWhatIsNotASoundBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("named");
        QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("not a Closeloop database");
        QTest::newRow("other program") << QStringLiteral("foreign") << QStringLiteral("not a Closeloop database");
        QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("newer Closeloop");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no backup file");
        QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged");
    }

    void restoreRefusesWhatIsNotASoundBackup()
    {
        QFETCH(QString, kind);
        QFETCH(QString, named);
        QTemporaryDir dir;
        QString path;
        {
            auto db = test::openFresh(dir);
            path = db->path();
            QVERIFY(addCoe(*db, QStringLiteral("Keep me")) > 0);
        }
        QVERIFY(test::flattenToSingleFile(path));
        const QByteArray hash = test::fileHash(path);
        const QString bad = dir.filePath(QStringLiteral("bad.db"));
        if (kind == QLatin1String("text")) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# not a database\n");
        } else if (kind == QLatin1String("foreign")) {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            conn.setDatabaseName(bad);
            QVERIFY(conn.open());
            QSqlQuery(conn).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
            conn.close();
        } else if (kind == QLatin1String("newer") || kind == QLatin1String("damaged")) {
            QVERIFY(QFile::copy(path, bad));
            if (kind == QLatin1String("newer")) {
                QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
                conn.setDatabaseName(bad);
                QVERIFY(conn.open());
                QVERIFY(QSqlQuery(conn).exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')")));
                conn.close();
            } else {
                // Scribble over the pages after the first: the header still says SQLite.
                QFile f(bad);
                QVERIFY(f.open(QIODevice::ReadWrite));
                const qint64 size = f.size();
                for (qint64 at = 4096; at + 64 < size; at += 4096) {
                    f.seek(at + 8);
                    f.write(QByteArray(48, '\x5a'));
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        auto restored = Backups::restore(path, bad, 10, Noon);
        QVERIFY(!restored);
        QVERIFY2(restored.errorMessage().contains(named), qPrintable(restored.errorMessage()));
        QCOMPARE(test::fileHash(path), hash);
        QCOMPARE(titlesIn(path), QStringList { QStringLiteral("Keep me") });
    }

    void restoreIsRefusedWhileAnotherProgramHasTheFileOpen()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        QVERIFY(addCoe(*db, QStringLiteral("Open elsewhere")) > 0);
        auto made = Backups::make(db->path(), BackupReason::Manual, 10, Noon);
        QVERIFY(made);
        QVERIFY(addCoe(*db, QStringLiteral("Still open")) > 0);
        auto restored = Backups::restore(db->path(), made->path, 10, Noon.addSecs(60));
        QVERIFY(!restored);
        QVERIFY2(restored.errorMessage().contains(QStringLiteral("still open")), qPrintable(restored.errorMessage()));
        QCOMPARE(titlesIn(db->path()), (QStringList { QStringLiteral("Open elsewhere"), QStringLiteral("Still open") }));
        // The program that had it open goes on working.
        QVERIFY(addCoe(*db, QStringLiteral("And on")) > 0);
    }

    void howManyAreKeptIsASetting()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        QCOMPARE(BackupPolicy::loadOrDefault(*db).keep, BackupPolicy::DefaultKeep);
        QVERIFY(BackupPolicy::save(*db, 4));
        QCOMPARE(BackupPolicy::loadOrDefault(*db).keep, 4);
        QVERIFY(!BackupPolicy::save(*db, 0));
        QVERIFY(!BackupPolicy::save(*db, BackupPolicy::MostKept + 1));
        QCOMPARE(BackupPolicy::loadOrDefault(*db).keep, 4);
        auto bad = BackupPolicy::fromSettings({ { BackupPolicy::settingKey(), QStringLiteral("lots") } });
        QVERIFY(!bad);
        QVERIFY(bad.errorMessage().contains(QStringLiteral("backups.keep")));
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
