// When the disk fills up, or the file vanishes, is replaced or is made
// read-only under an open window, a save fails with a message that says so, writes nothing half,
// and the data saved before is intact. (A database locked by another
// program: tst_database::lockedDatabaseIsExplained.)
#include "storage/coerepository.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace closeloop;

namespace {

QStringList titles(Database &db)
{
    QStringList found;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT title FROM coes ORDER BY id"));
    while (q.next())
        found << q.value(0).toString();
    return found;
}

Result<Id> addCoe(Database &db, const QString &title, const QString &summary = {})
{
    Coe c;
    c.title = title;
    c.summary = summary;
    return CoeRepository(db).create(c);
}

// The largest file this process may write, for the length of a scope: the
// way a full disk looks to a program (writes fail with EFBIG, not a signal).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_before);
        rlimit limited = m_before;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_before); }

private:
    rlimit m_before {};
};

} // namespace

class TestResourceFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aFullDiskSavesNothingHalf()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        QVERIFY(addCoe(*db, QStringLiteral("Saved before")));
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString big = QStringLiteral("A long account of the outage. ").repeated(200000); // 6 MB
        {
            const FileSizeLimit full(rlim_t(QFileInfo(db->path()).size() + 256 * 1024));
            const auto saved = addCoe(*db, QStringLiteral("Too big for the disk"), big);
            QVERIFY(!saved);
            QVERIFY2(saved.errorMessage().contains(QStringLiteral("full")) || saved.errorMessage().contains(QStringLiteral("input/output")),
                     qPrintable(saved.errorMessage()));
            QVERIFY2(saved.errorMessage().contains(QStringLiteral("Nothing was changed")), qPrintable(saved.errorMessage()));
        }
        // Room again: nothing of the failed save, everything before it, and
        // the same connection goes on working.
        QCOMPARE(titles(*db), QStringList { QStringLiteral("Saved before") });
        QCOMPARE(db->integrityCheck().value(), QStringLiteral("ok"));
        QVERIFY(addCoe(*db, QStringLiteral("Saved after")));
        auto again = test::openAgain(*db);
        QCOMPARE(titles(*again), (QStringList { QStringLiteral("Saved before"), QStringLiteral("Saved after") }));
    }

    void aVanishedFileIsNotWrittenTo()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        QVERIFY(addCoe(*db, QStringLiteral("Saved before")));
        const QString path = db->path();
        // The share goes away (here: the file is moved off).
        QVERIFY(QFile::rename(path, path + QStringLiteral(".away")));
        const auto saved = addCoe(*db, QStringLiteral("Written while it was gone"));
        QVERIFY(!saved);
        QVERIFY2(saved.errorMessage().contains(QStringLiteral("is gone")), qPrintable(saved.errorMessage()));
        QVERIFY(saved.errorMessage().contains(QStringLiteral("still in the window")));
        QVERIFY(!db->fileProblem().isEmpty());
        // It comes back: saving works again, and nothing went astray.
        QVERIFY(QFile::rename(path + QStringLiteral(".away"), path));
        QVERIFY(db->fileProblem().isEmpty());
        QVERIFY(addCoe(*db, QStringLiteral("Saved when it was back")));
        auto again = test::openAgain(*db);
        QCOMPARE(titles(*again), (QStringList { QStringLiteral("Saved before"), QStringLiteral("Saved when it was back") }));
    }

    void aFileMadeReadOnlyIsNotWrittenTo()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        QVERIFY(addCoe(*db, QStringLiteral("Saved before")));
        QVERIFY(QFile::setPermissions(db->path(), QFile::ReadOwner | QFile::ReadGroup));
        const auto saved = addCoe(*db, QStringLiteral("Not allowed"));
        QVERIFY(!saved);
        QVERIFY2(saved.errorMessage().contains(QStringLiteral("read-only")), qPrintable(saved.errorMessage()));
        QVERIFY(QFile::setPermissions(db->path(), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(addCoe(*db, QStringLiteral("Allowed again")));
        QCOMPARE(titles(*db), (QStringList { QStringLiteral("Saved before"), QStringLiteral("Allowed again") }));
    }

    void aReplacedFileIsNotWrittenTo()
    {
        QTemporaryDir dir;
        auto db = test::openFresh(dir);
        QVERIFY(addCoe(*db, QStringLiteral("Saved before")));
        const QString other = dir.filePath(QStringLiteral("other.db"));
        {
            auto another = test::openFresh(dir, QStringLiteral("other.db"));
            QVERIFY(addCoe(*another, QStringLiteral("The other file's own")));
        }
        QVERIFY(test::flattenToSingleFile(other));
        const QByteArray replacement = test::fileHash(other);
        QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(db->path()).constData()) == 0);
        const auto saved = addCoe(*db, QStringLiteral("Meant for the old file"));
        QVERIFY(!saved);
        QVERIFY2(saved.errorMessage().contains(QStringLiteral("replaced")), qPrintable(saved.errorMessage()));
        QCOMPARE(test::fileHash(db->path()), replacement);
    }
};

QTEST_GUILESS_MAIN(TestResourceFaults)
#include "tst_resourcefaults.moc"
