// The shipped ORR axiom library: what it covers, installing and updating it
// (changed axioms become new versions), and files it must refuse whole.
#include "orr/axiomlibrary.h"
#include "orr/calculation.h"
#include "storage/axiomrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace closeloop;

class TestAxiomLibrary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void shippedLibraryCoversThePractice()
    {
        const auto lib = builtInAxiomLibrary();
        QVERIFY2(lib, qPrintable(lib.errorMessage()));
        QVERIFY(lib.value().axioms.size() >= 40);
        QSet<QString> areas, keys;
        for (const Axiom &a : lib.value().axioms) {
            areas.insert(a.area);
            keys.insert(a.key);
            QVERIFY2(!a.rationale.isEmpty() && !a.evidenceExpected.isEmpty(), qPrintable(a.key));
            if (a.checkKind == CheckKind::Calculator)
                QVERIFY2(calculatorInfo(a.calculator), qPrintable(a.key));
            if (a.checkKind == CheckKind::Recency)
                QVERIFY2(a.maxEvidenceAgeDays, qPrintable(a.key));
        }
        QCOMPARE(areas.size(), 12);
        // What the issue names: static stability, deployment safety, overload,
        // retries, jittered work, alarms, runbooks, COEs, dependencies,
        // restores, game days and load tests.
        for (const char *key : { "CAP-1", "CAP-2", "DEP-1", "DEP-2", "DEP-3", "DEP-4", "OVL-1", "OVL-2", "OVL-3", "OVL-5", "RTY-1",
                                 "RTY-2", "RTY-3", "MON-3", "MON-4", "OPS-1", "OPS-2", "OPS-4", "DEPN-2", "DR-2", "GD-1", "LT-1" })
            QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
    }

    void installThenUpdateMakesNewVersions()
    {
        auto db = test::openFresh(m_dir, QStringLiteral("install.db"));
        AxiomLibrary lib = builtInAxiomLibrary().value();
        const auto first = installAxiomLibrary(*db, lib);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(first.value().added, int(lib.axioms.size()));
        const auto again = installAxiomLibrary(*db, lib);
        QCOMPARE(again.value().added, 0);
        QCOMPARE(again.value().unchanged, int(lib.axioms.size()));
        QCOMPARE(again.value().setId, first.value().setId);

        lib.axioms[0].statement += QStringLiteral(" Measured at the latency objective.");
        Axiom extra = lib.axioms[1];
        extra.key = QStringLiteral("CAP-99");
        lib.axioms.append(extra);
        const auto update = installAxiomLibrary(*db, lib);
        QCOMPARE(update.value().revised, 1);
        QCOMPARE(update.value().added, 1);
        AxiomRepository repo(*db);
        const QList<Axiom> versions = repo.versions(first.value().setId, lib.axioms[0].key).value();
        QCOMPARE(versions.size(), 2);
        const QList<Axiom> current = repo.current(first.value().setId).value();
        QCOMPARE(current.size(), lib.axioms.size());
        for (const Axiom &a : current)
            if (a.key == lib.axioms[0].key) {
                QCOMPARE(a.version, 2);
                QCOMPARE(a.statement, lib.axioms[0].statement);
            }
    }

    void roundTripKeepsEverything()
    {
        const AxiomLibrary lib = builtInAxiomLibrary().value();
        const auto back = parseAxiomLibrary(axiomLibraryToJson(lib), QStringLiteral("round trip"));
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back.value().axioms.size(), lib.axioms.size());
        for (int i = 0; i < lib.axioms.size(); ++i)
            QCOMPARE(back.value().axioms.at(i), lib.axioms.at(i));
        QCOMPARE(back.value().set.key, lib.set.key);
    }

    void badFilesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{ axioms: ") << QStringLiteral("not valid JSON");
        QTest::newRow("unknown set field") << QByteArray(R"({"key":"k","name":"n","axioms":[],"colour":"red"})") << QStringLiteral("“colour”");
        QTest::newRow("unknown axiom field")
            << QByteArray(R"({"key":"k","name":"n","axioms":[{"key":"A-1","statement":"s","severty":"high"}]})") << QStringLiteral("axiom 1 has a field this version does not know: “severty”");
        QTest::newRow("repeated key")
            << QByteArray(R"({"key":"k","name":"n","axioms":[{"key":"A-1","statement":"s"},{"key":"A-1","statement":"t"}]})") << QStringLiteral("repeats the key A-1");
        QTest::newRow("unknown calculator")
            << QByteArray(R"({"key":"k","name":"n","axioms":[{"key":"A-1","statement":"s","check":"calculator","calculator":"magic"}]})") << QStringLiteral("no calculator “magic”");
        QTest::newRow("no axioms") << QByteArray(R"({"key":"k","name":"n","axioms":[]})") << QStringLiteral("holds no axioms");
        QTest::newRow("bad age")
            << QByteArray(R"({"key":"k","name":"n","axioms":[{"key":"A-1","statement":"s","max_evidence_age_days":-3}]})") << QStringLiteral("max_evidence_age_days");
    }

    void badFilesAreRefusedWhole()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto r = parseAxiomLibrary(json, QStringLiteral("team.json"));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(message), qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().startsWith(QStringLiteral("team.json")));
    }
};

QTEST_GUILESS_MAIN(TestAxiomLibrary)
#include "tst_axiomlibrary.moc"
