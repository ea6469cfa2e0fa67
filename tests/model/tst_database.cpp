// Opening databases, and refusing bad ones with a clear message while
// leaving them exactly as they were.
#include "storage/database.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace closeloop;

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Result<std::unique_ptr<Database>> open(const QString &path, bool create = false)
    {
        OpenOptions o;
        o.path = path;
        o.create = create;
        o.busyTimeoutMs = 200;
        return Database::openSqlite(o);
    }

    // A database with enough rows to span many pages, flattened into one
    // file, with its middle scribbled over as a failing disk would; empty
    // when it could not be made.
    // With oneStepBehind, its schema is one step short of the latest, as a
    // file of the last release is.
    QString scribbledDatabase(const QString &name, bool oneStepBehind = false)
    {
        const QString path = m_dir.filePath(name);
        {
            auto db = test::openFresh(m_dir, name);
            QSqlQuery q(db->connection());
            for (int i = 0; i < 300; ++i)
                if (!q.exec(QStringLiteral("INSERT INTO people (name, created_at, updated_at) VALUES ('person %1 %2', 'x', 'x')")
                                .arg(i).arg(QString(200, QLatin1Char('x')))))
                    return {};
            if (oneStepBehind
                && !q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)")))
                return {};
        }
        if (!test::flattenToSingleFile(path))
            return {};
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return {};
        f.seek(f.size() / 2);
        f.write(QByteArray(4096, '\xA5'));
        return path;
    }

private Q_SLOTS:
    void createsWithPragmas()
    {
        auto db = test::openFresh(m_dir, QStringLiteral("pragmas.db"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
        QCOMPARE(db->integrityCheck().value(), QStringLiteral("ok"));
    }

    void missingFileIsNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.db"));
        auto db = open(path);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("does not exist")), qPrintable(db.errorMessage()));
        QVERIFY(!QFile::exists(path));
    }

    void directoryIsRefused()
    {
        auto db = open(m_dir.path());
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("is a folder")), qPrintable(db.errorMessage()));
    }

    void refusedFilesAreUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("incident notes\n") << QStringLiteral("not a Closeloop database");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n0000000000000000") << QStringLiteral("not an SQLite file");
    }

    void refusedFilesAreUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = test::fileHash(path);
        auto db = open(path);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(expected), qPrintable(db.errorMessage()));
        QVERIFY2(db.errorMessage().contains(path), "the message names the file");
        QCOMPARE(test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void corruptFileIsRefusedUntouched()
    {
        const QString path = scribbledDatabase(QStringLiteral("corrupt.db"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::fileHash(path);
        auto db = open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::Damaged);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("damaged")), qPrintable(db.errorMessage()));
        QCOMPARE(test::fileHash(path), before);
    }

    // A caller that checks the pages itself (the GUI) or only reads (the
    // command line's export) opens without the check; but a damaged file
    // that needs upgrading is refused untouched all the same, since the
    // upgrade writes. (Here the upgrade's own first reads would meet this
    // damage too; the check before an upgrade also covers damage they
    // would not read.)
    void aDamagedFileToUpgradeIsRefusedEvenWhenTheCallerChecksItself()
    {
        const QString path = scribbledDatabase(QStringLiteral("upgrade-bad.db"), true);
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::fileHash(path);
        OpenOptions o;
        o.path = path;
        o.busyTimeoutMs = 200;
        o.checkPages = false;
        auto db = Database::openSqlite(o);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::Damaged);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("damaged")), qPrintable(db.errorMessage()));
        QCOMPARE(test::fileHash(path), before);

        // A sound file of an earlier release is checked and upgraded as usual.
        const QString sound = m_dir.filePath(QStringLiteral("upgrade-good.db"));
        QVERIFY(QFile::copy(QStringLiteral(CLOSELOOP_TEST_DATA "/db/schema-v9.db"), sound));
        QFile::setPermissions(sound, QFile::ReadOwner | QFile::WriteOwner);
        o.path = sound;
        auto upgraded = Database::openSqlite(o);
        QVERIFY2(upgraded, qPrintable(upgraded.errorMessage()));
        QCOMPARE(Migrator::currentVersion(*upgraded.value()).value(), Migrator::latestVersion());
    }

    // The GUI opens without the check and runs it beside the window.
    void pagesOfAFileAreCheckedOnTheirOwnConnection()
    {
        const QString good = m_dir.filePath(QStringLiteral("pages-good.db"));
        { test::openFresh(m_dir, QStringLiteral("pages-good.db")); }
        const auto fine = Database::checkPagesOfFile(good);
        QVERIFY2(fine, qPrintable(fine.errorMessage()));
        QCOMPARE(fine.value(), QStringLiteral("ok"));

        const QString path = scribbledDatabase(QStringLiteral("pages-bad.db"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::fileHash(path);
        const auto damaged = Database::checkPagesOfFile(path);
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().kind, Error::Kind::Damaged);
        // Where the damage lies decides which step finds it (the check itself,
        // or reading the schema first); either way the advice is the same.
        QVERIFY2(damaged.errorMessage().contains(QStringLiteral("restore it from a backup"), Qt::CaseInsensitive),
                 qPrintable(damaged.errorMessage()));
        QCOMPARE(test::fileHash(path), before);
    }

    void truncatedFileIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("truncated.db"));
        { test::openFresh(m_dir, QStringLiteral("truncated.db")); }
        QVERIFY(test::flattenToSingleFile(path));
        QFile f(path);
        QVERIFY(f.resize(f.size() / 3));
        auto db = open(path);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("damaged")), qPrintable(db.errorMessage()));
    }

    void readOnlyFileIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.db"));
        { test::openFresh(m_dir, QStringLiteral("readonly.db")); }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        const QByteArray before = test::fileHash(path);
        auto db = open(path); // refused by mode bits even for root, who could write anyway
        QCOMPARE(test::fileHash(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("read-only")), qPrintable(db.errorMessage()));
    }

    void foreignSqliteDatabaseIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = test::fileHash(path);
        auto db = open(path);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("another program")), qPrintable(db.errorMessage()));
        QCOMPARE(test::fileHash(path), before);
    }

    void lockedDatabaseIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.db"));
        { test::openFresh(m_dir, QStringLiteral("locked.db")); }
        // Another program holds an exclusive lock (as an sqlite3 shell in a
        // write transaction with exclusive locking would).
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        {
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO people (name, created_at, updated_at) VALUES ('x', 'x', 'x')")));
        }
        auto db = open(path);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("locked")), qPrintable(db.errorMessage()));
        {
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    void nestedTransactionsRollBackTogether()
    {
        auto db = test::openFresh(m_dir, QStringLiteral("tx.db"));
        QVERIFY(db->beginTransaction());
        QVERIFY(db->beginTransaction());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO people (name, created_at, updated_at) VALUES ('inner', 'x', 'x')")));
        db->rollbackTransaction(); // inner scope fails
        QVERIFY(!db->commitTransaction()); // so the outer commit must not happen
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM people")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
