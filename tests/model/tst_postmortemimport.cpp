// Importing postmortems written elsewhere: every file under
// tests/data/import/ is read and compared with the extraction expected
// beside it (NAME.expected.json; only the keys given there are compared).
#include "import/loosetime.h"
#include "import/postmortem.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace closeloop;

class TestPostmortemImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filesExtractAsExpected_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(CLOSELOOP_TEST_DATA "/import"));
        const QStringList files = dir.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 12);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void filesExtractAsExpected()
    {
        QFETCH(QString, file);
        const PostmortemFile read = readPostmortemFile(file);
        QVERIFY2(read.postmortem, qPrintable(read.problem));
        const QJsonObject actual = read.postmortem->toJson();
        QFile expectedFile(file.chopped(3) + QStringLiteral(".expected.json"));
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        QVERIFY(!expected.isEmpty());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QJsonValue got = actual.value(it.key());
            if (it.key() == QLatin1String("action_items")) {
                // Compare only the keys the expectation names for each item.
                const QJsonArray want = it.value().toArray();
                const QJsonArray have = got.toArray();
                QCOMPARE(have.size(), want.size());
                for (qsizetype i = 0; i < want.size(); ++i)
                    for (const QString &k : want.at(i).toObject().keys())
                        QVERIFY2(have.at(i).toObject().value(k) == want.at(i).toObject().value(k),
                                 qPrintable(QStringLiteral("%1[%2].%3: %4").arg(it.key()).arg(i).arg(k, QString::fromUtf8(QJsonDocument(have.at(i).toObject()).toJson(QJsonDocument::Compact)))));
                continue;
            }
            QVERIFY2(got == it.value(), qPrintable(QStringLiteral("%1: got %2, expected %3").arg(it.key(),
                QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("v"), got } }).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("v"), it.value() } }).toJson(QJsonDocument::Compact)))));
        }
    }

    void timesAreReadAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso utc") << QStringLiteral("2017-01-31T14:02:03Z") << QStringLiteral("2017-01-31T14:02:03Z");
        QTest::newRow("iso offset") << QStringLiteral("at 2026-03-04 09:12 +05:45 the") << QStringLiteral("2026-03-04T09:12:00+05:45");
        // Without a zone the day is known and the instant is not.
        QTest::newRow("slashes no zone") << QStringLiteral("2017/01/31 14:02") << QStringLiteral("2017-01-31");
        QTest::newRow("year first heading") << QStringLiteral("2018 October 21 22:52 UTC") << QStringLiteral("2018-10-21T22:52:00Z");
        QTest::newRow("date at time") << QStringLiteral("On February 28, 2012 at 4:00 PM PST a bug") << QStringLiteral("2012-02-28T16:00:00-08:00");
        QTest::newRow("long form PST") << QStringLiteral("Friday, January 24, 2014 11:30 PST") << QStringLiteral("2014-01-24T11:30:00-08:00");
        QTest::newRow("date only") << QStringLiteral("10 October 2017") << QStringLiteral("2017-10-10");
        QTest::newRow("12-hour") << QStringLiteral("February 28, 2017 1:54 PM PST") << QStringLiteral("2017-02-28T13:54:00-08:00");
        QTest::newRow("12-hour first") << QStringLiteral("At 9:37AM PST on February 28, 2017") << QStringLiteral("2017-02-28T09:37:00-08:00");
        QTest::newRow("region zone in summer") << QStringLiteral("2021-06-08 09:47 Pacific Time") << QStringLiteral("2021-06-08T09:47:00-07:00");
        QTest::newRow("gmt offset") << QStringLiteral("2019-07-02 15:42 GMT+2") << QStringLiteral("2019-07-02T15:42:00+02:00");
        QTest::newRow("iana") << QStringLiteral("2021-10-04 17:39 Europe/Berlin") << QStringLiteral("2021-10-04T17:39:00+02:00");
    }

    void timesAreReadAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto t = findLooseTime(text);
        QVERIFY(t);
        QCOMPARE(t->iso(), iso);
    }

    void aZoneNamedOnceFollowsSummerTime()
    {
        // "All times Pacific": each event gets the offset of its own day.
        const auto summer = findLooseTime(QStringLiteral("Oct 28 2021 13:37 impact begins"), {}, std::nullopt, QStringLiteral("Pacific Time"));
        const auto winter = findLooseTime(QStringLiteral("Nov 8 2021 13:37 all clear"), {}, std::nullopt, QStringLiteral("Pacific Time"));
        QVERIFY(summer && winter);
        QCOMPARE(summer->iso(), QStringLiteral("2021-10-28T13:37:00-07:00"));
        QCOMPARE(winter->iso(), QStringLiteral("2021-11-08T13:37:00-08:00"));
        QCOMPARE(findZoneName(QStringLiteral("are in Pacific Time.")), QStringLiteral("Pacific Time"));
        QCOMPARE(findZoneName(QStringLiteral("are in local time")), QString());
    }

    void frontMatterIsReadAsFields()
    {
        const ImportedPostmortem pm = parsePostmortem(QStringLiteral("---\ntitle: \"Disk full on db-3\"\ndate: 2024-05-02\nservices: Billing, Ledger\n---\n\nThe disk filled up.\n"), QStringLiteral("x.md"));
        QCOMPARE(pm.title, QStringLiteral("Disk full on db-3"));
        QCOMPARE(pm.services, QStringList({ QStringLiteral("Billing"), QStringLiteral("Ledger") }));
        QCOMPARE(pm.summary, QStringLiteral("The disk filled up."));
        QVERIFY(pm.unmapped.isEmpty());
    }

    void badFilesAreRefusedWithTheirName()
    {
        QTemporaryDir dir;
        auto write = [&dir](const char *name, const QByteArray &bytes) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        const PostmortemFile empty = readPostmortemFile(write("empty.md", QByteArray()));
        QVERIFY(!empty.postmortem && empty.problem.contains(QStringLiteral("empty.md is empty")));
        const PostmortemFile binary = readPostmortemFile(write("image.md", QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)));
        QVERIFY(!binary.postmortem && binary.problem.contains(QStringLiteral("binary")));
        const PostmortemFile latin1 = readPostmortemFile(write("latin1.md", QByteArray("# Title\n\nline two\nStra\xdf" "e\n")));
        QVERIFY2(!latin1.postmortem && latin1.problem.contains(QStringLiteral("line 4")), qPrintable(latin1.problem));
        QByteArray huge(kMaxPostmortemBytes + 1, 'a');
        const PostmortemFile big = readPostmortemFile(write("big.md", huge));
        QVERIFY(!big.postmortem && big.problem.contains(QStringLiteral("big.md")));
    }
};

QTEST_GUILESS_MAIN(TestPostmortemImport)
#include "tst_postmortemimport.moc"
