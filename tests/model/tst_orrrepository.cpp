// The axiom library with versions, and ORR reviews with answers, evidence,
// waivers; a signed-off review never changes.
#include "demo/organisationgenerator.h"
#include "orr/recertification.h"
#include "storage/axiomrepository.h"
#include "storage/orrreviewrepository.h"
#include "storage/personrepository.h"
#include "storage/servicerepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace closeloop;

class TestOrrRepository : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    AxiomSet m_set;
    Axiom m_axiom;
    Id m_service = 0;
    Id m_approver = 0;

private Q_SLOTS:
    void init()
    {
        m_db = test::openFresh(m_dir, QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_set = AxiomSet { 0, 0, QStringLiteral("core"), QStringLiteral("Core axioms"), {}, QStringLiteral("1") };
        QVERIFY(AxiomRepository(*m_db).createSet(m_set));
        m_axiom = Axiom {};
        m_axiom.setId = m_set.id;
        m_axiom.key = QStringLiteral("CAP-1");
        m_axiom.statement = QStringLiteral("Losing one AZ leaves enough capacity for peak");
        m_axiom.launchBlocking = true;
        m_axiom.checkKind = CheckKind::Calculator;
        m_axiom.calculator = QStringLiteral("az-capacity");
        m_axiom.maxEvidenceAgeDays = 90;
        QVERIFY(AxiomRepository(*m_db).add(m_axiom));
        Service s;
        s.name = QStringLiteral("ledger");
        QVERIFY(ServiceRepository(*m_db).create(s));
        m_service = s.id;
        Person p { 0, 0, QStringLiteral("Approver"), {}, {}, PersonRole::Reviewer };
        QVERIFY(PersonRepository(*m_db).create(p));
        m_approver = p.id;
    }
    void cleanup() { m_db.reset(); }

    void axiomEditsCreateVersions()
    {
        AxiomRepository repo(*m_db);
        const Id first = m_axiom.id;
        Axiom edited = m_axiom;
        edited.statement = QStringLiteral("Each of three AZs holds at least 50% of peak");
        QVERIFY(repo.revise(edited));
        QCOMPARE(edited.version, 2);
        QVERIFY(edited.id != first);
        const auto versions = repo.versions(m_set.id, QStringLiteral("CAP-1")).value();
        QCOMPARE(versions.size(), 2);
        QVERIFY(!versions.first().current);
        QCOMPARE(versions.first().statement, m_axiom.statement); // the old version is kept as it was
        const auto current = repo.current(m_set.id).value();
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().id, edited.id);
        QCOMPARE(current.first().maxEvidenceAgeDays, std::optional<int>(90));

        Axiom stale = m_axiom; // still thinks version 1 is current
        stale.statement = QStringLiteral("conflicting edit");
        QVERIFY2(!repo.revise(stale), "revising an outdated version is refused");
    }

    void reviewRoundTrip()
    {
        OrrReviewRepository repo(*m_db);
        OrrReview r;
        r.serviceId = m_service;
        r.setId = m_set.id;
        r.kind = ReviewKind::Annual;
        r.reviewDate = QDate(2026, 5, 1);
        r.participantIds = { m_approver };
        OrrAnswer a;
        a.id = -1;
        a.axiomId = m_axiom.id;
        a.state = AnswerState::Waived;
        a.calculatorInputs = QStringLiteral("{\"peak\":12000}");
        a.evidence = { { 0, EvidenceKind::File, {}, {}, QStringLiteral("capacity.csv"), QStringLiteral("abc123"), QByteArray("a,b\n1,2\n"), QDate(2026, 4, 30), {} } };
        a.waiver = Waiver { 0, QStringLiteral("New AZ arrives in June"), m_approver, QDate(2026, 7, 1), QStringLiteral("Manual failover drill"), {} };
        r.answers = { a };
        QVERIFY(repo.create(r));
        const OrrReview l = repo.load(r.id).value();
        QCOMPARE(l.kind, ReviewKind::Annual);
        QCOMPARE(l.reviewDate, QDate(2026, 5, 1));
        QCOMPARE(l.participantIds, QList<Id> { m_approver });
        QCOMPARE(l.answers.size(), 1);
        QCOMPARE(l.answers.first().state, AnswerState::Waived);
        QCOMPARE(l.answers.first().calculatorInputs, a.calculatorInputs);
        QCOMPARE(l.answers.first().evidence.size(), 1);
        QCOMPARE(l.answers.first().evidence.first().data, QByteArray("a,b\n1,2\n"));
        QVERIFY(l.answers.first().waiver.has_value());
        QCOMPARE(l.answers.first().waiver->expiresOn, QDate(2026, 7, 1));

        const auto list = repo.list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().answered, 1);
        QCOMPARE(list.first().serviceName, QStringLiteral("ledger"));
    }

    void answersNeedReasons()
    {
        OrrReview r;
        r.serviceId = m_service;
        r.setId = m_set.id;
        OrrAnswer na;
        na.axiomId = m_axiom.id;
        na.state = AnswerState::NotApplicable;
        r.answers = { na };
        QVERIFY(!OrrReviewRepository(*m_db).create(r));
        r.answers.first().state = AnswerState::Waived;
        QVERIFY2(!OrrReviewRepository(*m_db).create(r), "a waiver needs reason, approver and expiry");
        QCOMPARE(OrrReviewRepository(*m_db).list().value().size(), 0);
    }

    void signedReviewIsImmutable()
    {
        OrrReviewRepository repo(*m_db);
        OrrReview r;
        r.serviceId = m_service;
        r.setId = m_set.id;
        QVERIFY(repo.create(r));
        r.status = ReviewStatus::SignedOff;
        r.decision = ReviewDecision::Go;
        QVERIFY(repo.update(r));
        r.decisionNotes = QStringLiteral("changed afterwards");
        const Status s = repo.update(r);
        QVERIFY(!s);
        QVERIFY(s.errorMessage().contains(QStringLiteral("signed off")));
        QVERIFY(repo.load(r.id).value().decisionNotes.isEmpty());
    }

    // Recertification reads a light form of each service's last review; it
    // must decide exactly as the fully loaded reviews do, waivers and
    // evidence ages included.
    void recertificationMatchesFullyLoadedReviews()
    {
        if (test::onServer())
            QSKIP("adds waivers to signed reviews with plain SQL, which the server's guards refuse");
        QTemporaryDir dir;
        auto db = test::openFresh(dir, QStringLiteral("org.db"));
        const QDate today(2026, 11, 1);
        GeneratorOptions options;
        options.coes = 40;
        options.asOf = today;
        QVERIFY(generateOrganisation(*db, options));
        auto latest = OrrReviewRepository(*db).latestSignedOff();
        QVERIFY(latest && latest->size() >= 3);
        QSqlQuery q(db->connection());
        // A waiver that expires soon, and fresh evidence for an axiom with a maximum age.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO orr_waivers (answer_id, reason, approver_id, expires_on, created_at)"
                                      " SELECT MIN(id), 'Migration in flight', (SELECT MIN(id) FROM people), '2020-01-01', '2019-10-01T00:00:00Z'"
                                      " FROM orr_answers WHERE review_id = %1").arg(latest->at(0))));
        QVERIFY(q.exec(QStringLiteral("UPDATE orr_answers SET state = 'waived' WHERE id = (SELECT MIN(id) FROM orr_answers WHERE review_id = %1)")
                           .arg(latest->at(0))));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO orr_evidence (answer_id, kind, text, collected_on, added_at)"
                                      " SELECT an.id, 'text', 'load test', '2026-10-20', '2026-10-20T00:00:00Z' FROM orr_answers an"
                                      " JOIN axioms ax ON ax.id = an.axiom_id WHERE an.review_id IN (%1, %2) AND an.state = 'met'"
                                      " AND ax.max_evidence_age_days IS NOT NULL")
                           .arg(latest->at(1)).arg(latest->at(2))));
        QVERIFY(q.numRowsAffected() > 0);

        auto services = ServiceRepository(*db).all();
        QVERIFY(services);
        QList<OrrReview> full;
        QHash<Id, Axiom> axioms;
        for (Id id : latest.value()) {
            full << OrrReviewRepository(*db).load(id).value();
            for (const OrrAnswer &a : full.last().answers)
                axioms.insert(a.axiomId, AxiomRepository(*db).load(a.axiomId).value());
        }
        const QList<RecertificationDue> expected = recertificationDue(services.value(), full, axioms, today);
        auto actual = recertificationDue(*db, today);
        QVERIFY2(actual, qPrintable(actual.errorMessage()));
        QCOMPARE(actual->size(), expected.size());
        QStringList reasons;
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(actual->at(i).serviceId, expected.at(i).serviceId);
            QCOMPARE(actual->at(i).due, expected.at(i).due);
            QCOMPARE(actual->at(i).reason, expected.at(i).reason);
            QCOMPARE(actual->at(i).lastReviewId, expected.at(i).lastReviewId);
            reasons << expected.at(i).reason;
        }
        QVERIFY2(reasons.join(QLatin1Char('|')).contains(QStringLiteral("waiver")), qPrintable(reasons.join(QLatin1Char('|'))));
    }
};

QTEST_GUILESS_MAIN(TestOrrRepository)
#include "tst_orrrepository.moc"
