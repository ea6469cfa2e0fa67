// Team mode's roles are enforced by the PostgreSQL server itself: a client
// that bypasses the program and writes raw SQL is refused just the same.
// Runs only against the throwaway test cluster (tst_teamroles_pg).
#include "coefixtures.h"
#include "storage/axiomrepository.h"
#include "storage/coerepository.h"
#include "storage/orrreviewrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace closeloop;

class TestTeamRoles : public QObject {
    Q_OBJECT
    QString m_schema;
    std::unique_ptr<Database> m_admin;
    test::CoeCast m_cast;
    QString m_suffix;

    QString login(const char *who) const { return QString::fromLatin1(who) + m_suffix; }

    // A sign-in that is a member of `role` (cluster-wide, so named per run).
    void createLogin(const QString &name, const QString &role)
    {
        QVERIFY(sql::exec(*m_admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'secret-%1'%2")
                                        .arg(name, role.isEmpty() ? QString() : QStringLiteral(" IN ROLE ") + role)));
    }

    std::unique_ptr<Database> signIn(const QString &name, const QString &password = {})
    {
        PgConnection c = *test::testServer();
        c.user = name;
        c.password = password.isEmpty() ? QStringLiteral("secret-") + name : password;
        c.schema = m_schema;
        auto db = Database::openPostgres(c, OpenOptions {});
        if (!db)
            qWarning("sign-in as %s failed: %s", qPrintable(name), qPrintable(db.errorMessage()));
        return db ? std::move(db).value() : nullptr;
    }

    void linkPerson(Id person, const QString &name)
    {
        QVERIFY(sql::exec(*m_admin, QStringLiteral("UPDATE people SET login = :l WHERE id = :id"),
                          { { QStringLiteral("l"), name }, { QStringLiteral("id"), person } }));
    }

    Id coeInReview()
    {
        Coe c = test::completeCoe(m_cast);
        c.status = CoeStatus::InReview;
        return CoeRepository(*m_admin).create(c).value();
    }

    QString statusOf(Id coe)
    {
        auto q = sql::exec(*m_admin, QStringLiteral("SELECT status FROM coes WHERE id = :id"), { { QStringLiteral("id"), coe } });
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::onServer())
            QSKIP("server roles need the PostgreSQL test cluster (tst_teamroles_pg)");
        m_suffix = QStringLiteral("_%1").arg(QCoreApplication::applicationPid());
        m_schema = test::freshSchemaName();
        m_admin = test::openOnServer(m_schema);
        m_cast = test::createCast(*m_admin);
        createLogin(login("asha"), QStringLiteral("closeloop_author"));
        createLogin(login("bo"), QStringLiteral("closeloop_reviewer"));
        createLogin(login("nobody"), {});
        linkPerson(m_cast.author, login("asha"));
        linkPerson(m_cast.reviewer, login("bo"));
    }

    void authorCannotApproveWithRawSql()
    {
        const Id coe = coeInReview();
        auto asha = signIn(login("asha"));
        QVERIFY(asha);
        QSqlQuery raw(asha->connection());
        QVERIFY2(!raw.exec(QStringLiteral("UPDATE coes SET status = 'approved' WHERE id = %1").arg(coe)),
                 "the server must refuse an author's approval");
        QCOMPARE(raw.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY2(raw.lastError().databaseText().contains(QStringLiteral("Only a reviewer")), qPrintable(raw.lastError().databaseText()));
        // Nor by inserting a COE that is approved already.
        QVERIFY(!raw.exec(QStringLiteral("INSERT INTO coes (title, status, created_at, updated_at) "
                                         "VALUES ('sneaky', 'approved', 'x', 'x')")));
        QCOMPARE(statusOf(coe), QStringLiteral("in_review"));

        // Through the program: a plain "ask for the role" message.
        Coe loaded = CoeRepository(*asha).load(coe).value();
        const Status s = CoeRepository(*asha).setStatus(loaded, CoeStatus::Approved);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Denied);
        QVERIFY2(s.errorMessage().contains(QStringLiteral("Ask an administrator")), qPrintable(s.errorMessage()));
        QCOMPARE(statusOf(coe), QStringLiteral("in_review"));
        // The author can still edit it: the rule is about approving.
        loaded = CoeRepository(*asha).load(coe).value();
        loaded.lessons = QStringLiteral("Stage every deploy, and bake for an hour.");
        QVERIFY(CoeRepository(*asha).update(loaded));
    }

    void reviewerCannotApproveOwnCoe()
    {
        Coe own = test::completeCoe(m_cast);
        own.authorId = m_cast.reviewer;
        own.status = CoeStatus::InReview;
        const Id coe = CoeRepository(*m_admin).create(own).value();
        auto bo = signIn(login("bo"));
        QVERIFY(bo);
        QSqlQuery raw(bo->connection());
        QVERIFY(!raw.exec(QStringLiteral("UPDATE coes SET status = 'approved' WHERE id = %1").arg(coe)));
        QVERIFY2(raw.lastError().databaseText().contains(QStringLiteral("author of a COE cannot approve")),
                 qPrintable(raw.lastError().databaseText()));
        QCOMPARE(statusOf(coe), QStringLiteral("in_review"));
    }

    void reviewerApprovesAndIsRecorded()
    {
        const Id coe = coeInReview();
        // Whatever reviewer the client names, the server records who approved.
        QVERIFY(sql::exec(*m_admin, QStringLiteral("UPDATE coes SET reviewer_id = :o WHERE id = :id"),
                          { { QStringLiteral("o"), m_cast.other }, { QStringLiteral("id"), coe } }));
        auto bo = signIn(login("bo"));
        QVERIFY(bo);
        Coe loaded = CoeRepository(*bo).load(coe).value();
        QVERIFY(CoeRepository(*bo).setStatus(loaded, CoeStatus::Approved));
        QCOMPARE(statusOf(coe), QStringLiteral("approved"));
        QCOMPARE(CoeRepository(*m_admin).load(coe).value().reviewerId, std::optional<Id>(m_cast.reviewer));
    }

    void authorsCannotChangeAxiomsOrHistory()
    {
        auto asha = signIn(login("asha"));
        QVERIFY(asha);
        AxiomSet set { 0, 0, QStringLiteral("mine"), QStringLiteral("My axioms"), {}, QStringLiteral("1") };
        const auto s = AxiomRepository(*asha).createSet(set);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Denied);
        QSqlQuery raw(asha->connection());
        QVERIFY2(!raw.exec(QStringLiteral("DELETE FROM audit_log")), "the audit log is only added to");
        QCOMPARE(raw.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }

    void signedReviewIsSealedOnServer()
    {
        AxiomSet set { 0, 0, QStringLiteral("core"), QStringLiteral("Core"), {}, QStringLiteral("1") };
        QVERIFY(AxiomRepository(*m_admin).createSet(set));
        Axiom axiom;
        axiom.setId = set.id;
        axiom.key = QStringLiteral("CAP-1");
        axiom.statement = QStringLiteral("Keep 50% of peak in each of three AZs");
        QVERIFY(AxiomRepository(*m_admin).add(axiom));
        OrrReview review;
        review.serviceId = m_cast.service;
        review.setId = set.id;
        OrrAnswer answer;
        answer.id = -1;
        answer.axiomId = axiom.id;
        answer.state = AnswerState::Met;
        answer.notes = QStringLiteral("Capacity plan attached");
        review.answers = { answer };
        QVERIFY(OrrReviewRepository(*m_admin).create(review));

        // An author may answer but not sign off.
        auto asha = signIn(login("asha"));
        QVERIFY(asha);
        OrrReview mine = OrrReviewRepository(*asha).load(review.id).value();
        mine.status = ReviewStatus::SignedOff;
        mine.decision = ReviewDecision::Go;
        const Status refused = OrrReviewRepository(*asha).update(mine);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Denied);

        // A reviewer signs off, answers and all, in one save.
        auto bo = signIn(login("bo"));
        QVERIFY(bo);
        OrrReview signing = OrrReviewRepository(*bo).load(review.id).value();
        signing.status = ReviewStatus::SignedOff;
        signing.decision = ReviewDecision::Go;
        signing.answers.first().notes = QStringLiteral("Capacity plan attached; checked by Bo");
        QVERIFY(OrrReviewRepository(*bo).update(signing));

        // After that nobody changes it, not even the owner of the tables.
        QSqlQuery raw(m_admin->connection());
        QVERIFY(!raw.exec(QStringLiteral("UPDATE orr_reviews SET decision = 'no_go' WHERE id = %1").arg(review.id)));
        QVERIFY2(raw.lastError().databaseText().contains(QStringLiteral("signed off")), qPrintable(raw.lastError().databaseText()));
        QVERIFY(!raw.exec(QStringLiteral("UPDATE orr_answers SET notes = 'rewritten' WHERE review_id = %1").arg(review.id)));
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM orr_reviews WHERE id = %1").arg(review.id)));
        const OrrReview stored = OrrReviewRepository(*m_admin).load(review.id).value();
        QCOMPARE(stored.decision, ReviewDecision::Go);
        QCOMPARE(stored.answers.first().notes, QStringLiteral("Capacity plan attached; checked by Bo"));
    }

    void signInWithoutRoleIsTold()
    {
        PgConnection c = *test::testServer();
        c.user = login("nobody");
        c.password = QStringLiteral("secret-") + c.user;
        c.schema = m_schema;
        auto db = Database::openPostgres(c, OpenOptions {});
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::Denied);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("no Closeloop role")), qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(QStringLiteral("closeloop_author")));
    }

    void changedPasswordIsExplained()
    {
        PgConnection c = *test::testServer();
        c.user = login("asha");
        c.password = QStringLiteral("the old password");
        c.schema = m_schema;
        auto db = Database::openPostgres(c, OpenOptions {});
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::Denied);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("did not accept the password")), qPrintable(db.errorMessage()));
    }

    void cleanupTestCase() { m_admin.reset(); }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
