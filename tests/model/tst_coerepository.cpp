// COEs with every section: round trip, the why tree, revisions, status
// transitions and the audit log.
#include "storage/auditlogrepository.h"
#include "storage/coerepository.h"
#include "storage/draftrepository.h"
#include "storage/personrepository.h"
#include "storage/servicerepository.h"
#include "testsupport.h"

#include <QTest>
#include <QSqlQuery>
#include <QTimeZone>

using namespace closeloop;

class TestCoeRepository : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_service = 0;
    Id m_author = 0;

    static Instant at(int hour, int minute, int offsetMinutes)
    {
        return Instant::fromLocal(QDateTime(QDate(2026, 3, 29), QTime(hour, minute), QTimeZone(offsetMinutes * 60)));
    }

    Coe fullCoe()
    {
        Coe c;
        c.title = QStringLiteral("Checkout errors after deploy");
        c.serviceId = m_service;
        c.severity = 2;
        c.category = QStringLiteral("deployment");
        c.trigger = QStringLiteral("binary_push");
        c.tags = { QStringLiteral("deploy"), QStringLiteral("Rollback"), QStringLiteral("deploy") };
        c.authorId = m_author;
        c.summary = QStringLiteral("A bad build reached every AZ. 🚨 مرحبا");
        c.impact = QStringLiteral("12% of checkouts failed");
        c.impactStart = at(1, 50, 345); // +05:45, Nepal
        c.detected = at(2, 5, 345);
        c.engaged = at(2, 9, 345);
        c.mitigated = at(2, 40, 345);
        c.resolved = at(3, 30, 345);
        c.detectionMethod = DetectionMethod::CustomerReport;
        c.detectionSource = QStringLiteral("Support ticket");
        c.halveTtdAnswer = QStringLiteral("A canary on the checkout endpoint");
        c.resolution = QStringLiteral("Rolled back");
        c.noRunbook = true;
        c.customersAffected = 1200;
        c.customersTotal = 90000;
        c.failedRequestShare = 0.12;
        c.blastScopes = { { BlastScopeKind::Region, QStringLiteral("ap-south-1") }, { BlastScopeKind::AvailabilityZone, QStringLiteral("aps1-az1") } };
        c.dataLost = true;
        c.dataLossDetail = QStringLiteral("Carts of guests");
        c.impactDurationMinutes = 50;
        c.halveBlastAnswer = QStringLiteral("Deploy one AZ at a time");
        c.lessons = QStringLiteral("Stage every deploy");
        c.noAxiomExists = true;
        c.axiomProposal = QStringLiteral("Every deploy is staged");
        c.timeline = { { -1, at(1, 48, 345), TimelineKind::Deployment, QStringLiteral("Deploy starts"), QStringLiteral("https://ci.example.com/1") },
                       { -2, at(2, 5, 345), TimelineKind::Alarm, QStringLiteral("Ticket"), QString() } };
        WhyNode w1 { -1, std::nullopt, 0, QStringLiteral("Why did checkouts fail?"), QStringLiteral("The build crashed on start"), {}, {} };
        WhyNode w2 { -2, Id(-1), 0, {}, QStringLiteral("A config key was missing"), {}, {} };
        WhyNode w3 { -3, Id(-1), 1, {}, QStringLiteral("Health checks passed anyway"), {}, {} };
        WhyNode w4 { -4, Id(-2), 0, {}, QStringLiteral("Config is not validated in the pipeline"), {}, {} };
        c.whys = { w4, w1, w3, w2 }; // children before parents on purpose
        c.impactSeries = { { at(1, 50, 345).utc, 1000, 880 }, { at(1, 55, 345).utc, 1010, 900.5 } };
        c.reviewChecks = { { QStringLiteral("data_complete"), true, QStringLiteral("ok"), m_author, at(9, 0, 0).utc } };
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openFresh(m_dir, QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        Service s;
        s.name = QStringLiteral("checkout");
        QVERIFY(ServiceRepository(*m_db).create(s));
        m_service = s.id;
        Person p { 0, 0, QStringLiteral("Ana"), {}, {}, PersonRole::Engineer };
        QVERIFY(PersonRepository(*m_db).create(p));
        m_author = p.id;
    }
    void cleanup() { m_db.reset(); }

    void everySectionRoundTrips()
    {
        CoeRepository repo(*m_db);
        Coe c = fullCoe();
        auto id = repo.create(c);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        const Coe l = repo.load(id.value()).value();
        QCOMPARE(l.title, c.title);
        QCOMPARE(l.serviceId, c.serviceId);
        QCOMPARE(l.severity, 2);
        QCOMPARE(l.tags, (QStringList { QStringLiteral("deploy"), QStringLiteral("rollback") }));
        QCOMPARE(l.summary, c.summary);
        QCOMPARE(l.impactStart, c.impactStart);
        QCOMPARE(l.impactStart->offsetMinutes, 345);
        QCOMPARE(l.impactStart->local().time(), QTime(1, 50));
        QCOMPARE(l.resolved, c.resolved);
        QCOMPARE(l.detectionMethod, DetectionMethod::CustomerReport);
        QCOMPARE(l.noRunbook, true);
        QCOMPARE(l.customersAffected, std::optional<qint64>(1200));
        QCOMPARE(l.failedRequestShare, std::optional<double>(0.12));
        QCOMPARE(l.blastScopes, c.blastScopes);
        QCOMPARE(l.dataLost, true);
        QCOMPARE(l.impactDurationMinutes, std::optional<qint64>(50));
        QCOMPARE(l.axiomProposal, c.axiomProposal);
        QCOMPARE(l.timeline.size(), 2);
        QCOMPARE(l.timeline.at(0).kind, TimelineKind::Deployment);
        QCOMPARE(l.timeline.at(0).evidenceUrl, QStringLiteral("https://ci.example.com/1"));
        QCOMPARE(l.impactSeries.size(), 2);
        QCOMPARE(l.impactSeries.at(1).successful, 900.5);
        QCOMPARE(l.reviewChecks.size(), 1);
        QVERIFY(l.reviewChecks.first().passed);
        QCOMPARE(l.status, CoeStatus::Draft);

        // The tree keeps its shape: w4 under w2 under w1, w3 under w1.
        QCOMPARE(l.whys.size(), 4);
        auto find = [&l](const QString &answer) {
            return *std::find_if(l.whys.cbegin(), l.whys.cend(), [&](const WhyNode &w) { return w.answer == answer; });
        };
        const WhyNode root = find(QStringLiteral("The build crashed on start"));
        QVERIFY(!root.parentId);
        QCOMPARE(root.question, QStringLiteral("Why did checkouts fail?"));
        QCOMPARE(find(QStringLiteral("A config key was missing")).parentId, std::optional<Id>(root.id));
        QCOMPARE(find(QStringLiteral("Health checks passed anyway")).parentId, std::optional<Id>(root.id));
        QCOMPARE(find(QStringLiteral("Config is not validated in the pipeline")).parentId,
                 std::optional<Id>(find(QStringLiteral("A config key was missing")).id));
        // The caller's copy now carries the stored ids.
        QVERIFY(std::all_of(c.whys.cbegin(), c.whys.cend(), [](const WhyNode &w) { return w.id > 0; }));
    }

    // Exports read COEs in batches; each comes back exactly as alone.
    void loadManyMatchesLoadingOneByOne()
    {
        CoeRepository repo(*m_db);
        QList<Id> ids;
        for (int i = 0; i < 3; ++i) {
            Coe c = fullCoe();
            c.title += QStringLiteral(" %1").arg(i);
            if (i == 1) {
                c.tags.clear();
                c.whys.clear();
            }
            QVERIFY(repo.create(c));
            ids << c.id;
        }
        const QList<Id> asked { ids.at(2), 9999, ids.at(0), ids.at(1) }; // one that does not exist
        auto many = repo.loadMany(asked);
        QVERIFY2(many, qPrintable(many.errorMessage()));
        QCOMPARE(many->size(), 3);
        QCOMPARE(many->at(0), repo.load(ids.at(2)).value());
        QCOMPARE(many->at(1), repo.load(ids.at(0)).value());
        QCOMPARE(many->at(2), repo.load(ids.at(1)).value());
        QVERIFY(many->at(2).whys.isEmpty() && many->at(2).tags.isEmpty());
        QCOMPARE(many->at(0).whys.size(), 4);
        QVERIFY(!repo.load(9999));
    }

    void updateKeepsUnchangedChildIds()
    {
        CoeRepository repo(*m_db);
        Coe c = fullCoe();
        QVERIFY(repo.create(c));
        Coe l = repo.load(c.id).value();
        const Id firstWhy = l.whys.first().id;
        l.whys.first().answer += QStringLiteral(" (edited)");
        l.timeline.removeLast();
        l.impactStart.reset();
        QVERIFY(repo.update(l));
        const Coe again = repo.load(c.id).value();
        QCOMPARE(again.whys.first().id, firstWhy);
        QVERIFY(again.whys.first().answer.endsWith(QStringLiteral("(edited)")));
        QCOMPARE(again.timeline.size(), 1);
        QVERIFY(!again.impactStart);
        QCOMPARE(again.revision, 2);
    }

    void concurrentEditIsRefused()
    {
        CoeRepository repo(*m_db);
        Coe c = fullCoe();
        QVERIFY(repo.create(c));
        Coe a = repo.load(c.id).value();
        Coe b = repo.load(c.id).value();
        a.summary = QStringLiteral("A");
        QVERIFY(repo.update(a));
        b.summary = QStringLiteral("B");
        b.whys.clear();
        const Status s = repo.update(b);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
        const Coe stored = repo.load(c.id).value();
        QCOMPARE(stored.summary, QStringLiteral("A"));
        QCOMPARE(stored.whys.size(), 4); // nothing of B's save landed
        QCOMPARE(b.summary, QStringLiteral("B")); // and B's edits are still in B's hands
    }

    void invalidCoeChangesNothing()
    {
        CoeRepository repo(*m_db);
        Coe c = fullCoe();
        c.severity = 9;
        QVERIFY(!repo.create(c));
        c.severity = 2;
        c.failedRequestShare = 1.5;
        QVERIFY(!repo.create(c));
        QCOMPARE(repo.list().value().size(), 0);
    }

    void statusTransitionsAreAudited()
    {
        CoeRepository repo(*m_db);
        Coe c = fullCoe();
        QVERIFY(repo.create(c));
        QVERIFY(repo.setStatus(c, CoeStatus::InReview));
        QCOMPARE(repo.load(c.id).value().status, CoeStatus::InReview);
        c.lessons = QStringLiteral("changed");
        QVERIFY(repo.update(c));
        const auto history = AuditLogRepository(*m_db).history(QStringLiteral("coes"), c.id).value();
        const auto transition = std::find_if(history.cbegin(), history.cend(),
                                             [](const AuditEntry &e) { return e.action == QLatin1String("transition"); });
        QVERIFY(transition != history.cend());
        QCOMPARE(transition->oldValue, QStringLiteral("draft"));
        QCOMPARE(transition->newValue, QStringLiteral("in_review"));
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const AuditEntry &e) {
            return e.field == QLatin1String("lessons") && e.newValue == QLatin1String("changed");
        }));
    }

    // Accepting a blame finding is recorded as its own decision, once.
    void whyOverrideIsInTheHistory()
    {
        CoeRepository repo(*m_db);
        Coe c = fullCoe();
        QVERIFY(repo.create(c));
        c.whys.first().overrideReason = QStringLiteral("Quoted from the customer.");
        const Status first = repo.update(c);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        c.lessons = QStringLiteral("unrelated edit");
        const Status again = repo.update(c);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        const auto history = AuditLogRepository(*m_db).history(QStringLiteral("coes"), c.id).value();
        QList<AuditEntry> overrides;
        std::copy_if(history.cbegin(), history.cend(), std::back_inserter(overrides),
                     [](const AuditEntry &e) { return e.field == QLatin1String("why_override"); });
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.first().oldValue, c.whys.first().answer);
        QCOMPARE(overrides.first().newValue, QStringLiteral("Quoted from the customer."));
    }

    void listShowsSummaries()
    {
        CoeRepository repo(*m_db);
        Coe c = fullCoe();
        QVERIFY(repo.create(c));
        const auto list = repo.list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().serviceName, QStringLiteral("checkout"));
        QCOMPARE(list.first().authorName, QStringLiteral("Ana"));
        QCOMPARE(list.first().impactStart, c.impactStart);
    }

    void removeDeletesEverything()
    {
        CoeRepository repo(*m_db);
        Coe c = fullCoe();
        QVERIFY(repo.create(c));
        QVERIFY(DraftRepository(*m_db).save({ QStringLiteral("coes"), c.id, "{}", QDateTime::currentDateTimeUtc() }));
        QVERIFY(repo.remove(c));
        QVERIFY(!repo.load(c.id));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM whys) + (SELECT COUNT(*) FROM timeline_events)"
                                      " + (SELECT COUNT(*) FROM drafts)")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Drafts of a shared database live on this computer; gone there too.
        QVERIFY(!DraftRepository(*m_db).load(QStringLiteral("coes"), c.id).value().has_value());
    }

    // On a server, one person's autosaved draft stays on their computer:
    // another person editing the same COE never sees it.
    void draftsOfASharedDatabaseStayLocal()
    {
        if (!m_db->isShared())
            QSKIP("a local file holds its own drafts");
        CoeRepository repo(*m_db);
        Coe c = fullCoe();
        QVERIFY(repo.create(c));
        QVERIFY(DraftRepository(*m_db).save({ QStringLiteral("coes"), c.id, "{\"mine\":1}", QDateTime::currentDateTimeUtc() }));
        QVERIFY(&m_db->draftStore() != m_db.get());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM drafts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(DraftRepository(*m_db).load(QStringLiteral("coes"), c.id).value()->payload, QByteArray("{\"mine\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestCoeRepository)
#include "tst_coerepository.moc"
