// Axiom sets travel as AWS Well-Architected custom lenses: a round trip
// keeps everything the format can hold, and a bad file is refused whole.
#include "orr/axiomlibrary.h"
#include "orr/wellarchitectedlens.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace closeloop;

class TestWellArchitectedLens : public QObject {
    Q_OBJECT

    static AxiomLibrary shipped()
    {
        auto lib = builtInAxiomLibrary();
        if (!lib)
            qFatal("%s", qPrintable(lib.errorMessage()));
        return lib.value();
    }

private Q_SLOTS:
    void exportFollowsTheFormat()
    {
        const AxiomLibrary lib = shipped();
        const QJsonObject lens = QJsonDocument::fromJson(axiomLibraryToLens(lib)).object();
        QCOMPARE(lens.value(QStringLiteral("schemaVersion")).toString(), QStringLiteral("2021-11-01"));
        QCOMPARE(lens.value(QStringLiteral("name")).toString(), lib.set.name);
        const QJsonArray pillars = lens.value(QStringLiteral("pillars")).toArray();
        QCOMPARE(pillars.size(), 12); // one per area
        int questions = 0;
        for (const QJsonValue &p : pillars)
            for (const QJsonValue &q : p.toObject().value(QStringLiteral("questions")).toArray()) {
                ++questions;
                const QJsonObject o = q.toObject();
                QVERIFY2(o.value(QStringLiteral("title")).toString().size() <= 128, qPrintable(o.value(QStringLiteral("id")).toString()));
                QCOMPARE(o.value(QStringLiteral("choices")).toArray().size(), 2);
            }
        QCOMPARE(questions, lib.axioms.size());

        // CAP-1 blocks launch: unmet is a high risk; met is no risk.
        const QJsonObject cap = pillars.at(0).toObject().value(QStringLiteral("questions")).toArray().at(0).toObject();
        QCOMPARE(cap.value(QStringLiteral("id")).toString(), QStringLiteral("CAP-1"));
        const QJsonArray rules = cap.value(QStringLiteral("riskRules")).toArray();
        QCOMPARE(rules.at(0).toObject().value(QStringLiteral("condition")).toString(), QStringLiteral("CAP-1_met"));
        QCOMPARE(rules.at(0).toObject().value(QStringLiteral("risk")).toString(), QStringLiteral("NO_RISK"));
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("risk")).toString(), QStringLiteral("HIGH_RISK"));
    }

    void roundTripKeepsWhatTheFormatHolds()
    {
        const AxiomLibrary lib = shipped();
        auto back = axiomLibraryFromLens(axiomLibraryToLens(lib), QStringLiteral("lens.json"));
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back.value().set.name, lib.set.name);
        QCOMPARE(back.value().set.description, lib.set.description);
        QCOMPARE(back.value().axioms.size(), lib.axioms.size());
        for (qsizetype i = 0; i < lib.axioms.size(); ++i) {
            const Axiom &a = lib.axioms.at(i);
            const Axiom &b = back.value().axioms.at(i);
            QCOMPARE(b.key, a.key);
            QCOMPARE(b.area, a.area);
            QCOMPARE(b.statement, a.statement);
            QCOMPARE(b.rationale, a.rationale);
            QCOMPARE(b.guidance, a.guidance);
            QCOMPARE(b.evidenceExpected, a.evidenceExpected);
            QCOMPARE(b.launchBlocking, a.launchBlocking);
        }
    }

    // Into an installed set, what the format cannot carry is kept from it,
    // so an unchanged lens changes nothing.
    void importIntoTheSameSetKeepsWhatTheFormatCannotHold()
    {
        const AxiomLibrary lib = shipped();
        auto back = axiomLibraryFromLens(axiomLibraryToLens(lib), QStringLiteral("lens.json"), &lib);
        QVERIFY(back);
        QCOMPARE(back.value().set.key, lib.set.key);
        for (qsizetype i = 0; i < lib.axioms.size(); ++i) {
            Axiom a = lib.axioms.at(i);
            QCOMPARE(back.value().axioms.at(i).maxEvidenceAgeDays, a.maxEvidenceAgeDays);
            QCOMPARE(back.value().axioms.at(i).calculator, a.calculator);
            QCOMPARE(back.value().axioms.at(i).applicability, a.applicability);
            QCOMPARE(back.value().axioms.at(i), a);
        }
        auto fresh = axiomLibraryFromLens(axiomLibraryToLens(lib), QStringLiteral("lens.json"));
        QCOMPARE(fresh.value().set.key, QStringLiteral("closeloop-readiness-axioms"));
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray question = R"({"id":"Q1","title":"Backups are restored","choices":[{"id":"Q1_met","title":"Met"}]})";
        auto lens = [](const QByteArray &root, const QByteArray &q) {
            return QByteArray(R"({"schemaVersion":"2021-11-01","name":"Ops")") + root
                + R"(,"pillars":[{"id":"ops","name":"Operations","questions":[)" + q + "]}]}";
        };
        QTest::newRow("not json") << QByteArray("pillars: yes") << QStringLiteral("not valid JSON");
        QTest::newRow("unknown root field") << lens(R"(,"owner":"me")", question) << QStringLiteral("“owner”");
        QTest::newRow("unknown question field")
            << lens({}, R"({"id":"Q1","title":"T","severity":"high","choices":[{"id":"c","title":"C"}]})") << QStringLiteral("“severity”");
        QTest::newRow("unknown choice field")
            << lens({}, R"({"id":"Q1","title":"T","choices":[{"id":"c","title":"C","weight":3}]})") << QStringLiteral("“weight”");
        QTest::newRow("other schema")
            << QByteArray(R"({"schemaVersion":"2019-01-01","name":"Ops","pillars":[]})") << QStringLiteral("2019-01-01");
        QTest::newRow("repeated id") << lens({}, question + "," + question) << QStringLiteral("repeats the question id Q1");
        QTest::newRow("no choices") << lens({}, R"({"id":"Q1","title":"T","choices":[]})") << QStringLiteral("no choices");
        QTest::newRow("unknown risk")
            << lens({}, R"({"id":"Q1","title":"T","choices":[{"id":"c","title":"C"}],"riskRules":[{"condition":"default","risk":"SEVERE"}]})")
            << QStringLiteral("SEVERE");
        QTest::newRow("no questions") << QByteArray(R"({"schemaVersion":"2021-11-01","name":"Ops","pillars":[]})")
                                      << QStringLiteral("no questions");
    }

    void badFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto lib = axiomLibraryFromLens(json, QStringLiteral("ops-lens.json"));
        QVERIFY(!lib);
        QVERIFY2(lib.errorMessage().contains(expected), qPrintable(lib.errorMessage()));
        QVERIFY2(lib.errorMessage().contains(QStringLiteral("ops-lens.json")), qPrintable(lib.errorMessage()));
    }

    void foreignLensIsRead()
    {
        QFile file(QStringLiteral(CLOSELOOP_TEST_DATA "/lens/company-policy.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        auto lib = axiomLibraryFromLens(json, QStringLiteral("policy.json"));
        QVERIFY2(lib, qPrintable(lib.errorMessage()));
        const Axiom &a = lib.value().axioms.first();
        QCOMPARE(a.key, QStringLiteral("res_1"));
        QCOMPARE(a.area, QStringLiteral("Resilience"));
        QCOMPARE(a.statement, QStringLiteral("Restores are tested quarterly."));
        QCOMPARE(a.rationale, QStringLiteral("Untested backups fail"));
        QCOMPARE(a.evidenceExpected, QStringLiteral("A restore log"));
        QCOMPARE(a.guidance, QStringLiteral("Schedule a restore drill"));
        QVERIFY(!a.launchBlocking);
        QCOMPARE(lib.value().set.key, QStringLiteral("company-policy"));
    }
};

QTEST_GUILESS_MAIN(TestWellArchitectedLens)
#include "tst_wellarchitectedlens.moc"
