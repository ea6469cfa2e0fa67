// A COE open for editing: saving with its action items, refusing to
// overwrite someone else's change, autosaved drafts, and the workflow from
// draft to closed against a real database.
#include "coe/coedocument.h"
#include "coe/coejson.h"
#include "coe/coeworkflow.h"
#include "coefixtures.h"
#include "storage/actionitemrepository.h"
#include "storage/auditlogrepository.h"
#include "storage/coerepository.h"
#include "storage/draftrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace closeloop;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

QList<ReviewCheck> allYes()
{
    QList<ReviewCheck> answers;
    for (const ReviewQuestion &q : reviewQuestions())
        answers.append({ QString::fromLatin1(q.key), true, QStringLiteral("ok"), std::nullopt, {} });
    return answers;
}

} // namespace

class TestCoeDocument : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::CoeCast m_cast;
    int m_dbCount = 0;

    Id createMinimalCoe()
    {
        Coe c;
        c.title = QStringLiteral("Checkout errors");
        c.authorId = m_cast.author;
        c.serviceId = m_cast.service;
        return CoeRepository(*m_db).create(c).value();
    }

    std::unique_ptr<CoeDocument> open(Id id)
    {
        auto doc = CoeDocument::load(*m_db, id);
        if (!doc)
            qFatal("%s", qPrintable(doc.errorMessage()));
        return std::move(doc).value();
    }

    void fill(CoeDocument &doc)
    {
        const Coe full = test::completeCoe(m_cast);
        for (const CoeFieldInfo &info : coeFields())
            if (info.field != CoeField::ActionItems)
                doc.setValue(info.field, coeFieldValue(full, info.field));
        doc.setActionItems(test::completeActions(m_cast));
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openFresh(m_dir, QStringLiteral("doc%1.db").arg(++m_dbCount));
        m_cast = test::createCast(*m_db);
    }

    void editsMarkModifiedAndSignalTheField()
    {
        auto doc = open(createMinimalCoe());
        QVERIFY(!doc->isModified());
        QSignalSpy changed(doc.get(), &CoeDocument::changed);
        QSignalSpy modified(doc.get(), &CoeDocument::modifiedChanged);
        doc->setValue(CoeField::Summary, QStringLiteral("A bad deploy"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<CoeField>(), CoeField::Summary);
        QCOMPARE(modified.size(), 1);
        QVERIFY(doc->isModified());
        doc->setValue(CoeField::Summary, QStringLiteral("A bad deploy")); // same value: nothing happens
        QCOMPARE(changed.size(), 1);
        doc->setValue(CoeField::Summary, QString());
        QVERIFY(!doc->isModified()); // typed and deleted: back to what is stored
    }

    void savesEverySectionAndTheActionItems()
    {
        const Id id = createMinimalCoe();
        auto doc = open(id);
        fill(*doc);
        QVERIFY(doc->save(*m_db).ok());
        QVERIFY(!doc->isModified());

        auto again = open(id);
        QCOMPARE(again->coe().summary, test::completeCoe(m_cast).summary);
        QCOMPARE(again->coe().impactStart, test::completeCoe(m_cast).impactStart);
        QCOMPARE(again->coe().impactStart->offsetMinutes, 345);
        QCOMPARE(again->coe().whys.size(), 2);
        QCOMPARE(again->actionItems().size(), 2);
        QVERIFY(!isNewId(again->actionItems().first().id));
        QCOMPARE(again->actionItems().first().sourceId, id);
        QCOMPARE(doc->snapshot(), again->snapshot());

        // Removing an action item in the form removes it on save.
        QList<ActionItem> items = doc->actionItems();
        items.removeFirst();
        doc->setActionItems(items);
        QVERIFY(doc->save(*m_db).ok());
        QCOMPARE(ActionItemRepository(*m_db).forSource(ActionSource::Coe, id)->size(), 1);
    }

    void refusesToOverwriteAnotherEditorsChange()
    {
        const Id id = createMinimalCoe();
        auto mine = open(id);
        auto theirs = open(id);
        theirs->setValue(CoeField::Summary, QStringLiteral("Their summary"));
        QVERIFY(theirs->save(*m_db).ok());

        mine->setValue(CoeField::Summary, QStringLiteral("My summary"));
        const Status s = mine->save(*m_db);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Conflict);
        QVERIFY(s.errorMessage().contains(QStringLiteral("tester")));
        QCOMPARE(open(id)->coe().summary, QStringLiteral("Their summary"));
        QVERIFY(mine->isModified()); // nothing typed is lost
        QCOMPARE(mine->coe().summary, QStringLiteral("My summary"));

        // Only when asked: keep mine over theirs.
        QVERIFY(mine->saveOverwriting(*m_db).ok());
        QCOMPARE(open(id)->coe().summary, QStringLiteral("My summary"));
    }

    void childOnlyEditsStillMoveTheRevision()
    {
        const Id id = createMinimalCoe();
        auto mine = open(id);
        auto theirs = open(id);
        theirs->setValue(CoeField::Tags, QStringList { QStringLiteral("deploy") });
        QVERIFY(theirs->save(*m_db).ok());
        mine->setValue(CoeField::Summary, QStringLiteral("Mine"));
        QCOMPARE(mine->save(*m_db).error().kind, Error::Kind::Conflict);
    }

    void reloadDropsLocalEdits()
    {
        const Id id = createMinimalCoe();
        auto doc = open(id);
        doc->setValue(CoeField::Summary, QStringLiteral("Unsaved"));
        QVERIFY(doc->saveDraft(*m_db, kNow).ok());
        QVERIFY(doc->reload(*m_db).ok());
        QVERIFY(!doc->isModified());
        QVERIFY(doc->coe().summary.isEmpty());
        QVERIFY(!CoeDocument::pendingDraft(*m_db, id).value());
    }

    void draftsRoundTripEveryField()
    {
        const Id id = createMinimalCoe();
        auto doc = open(id);
        fill(*doc);
        doc->setValue(CoeField::Summary, QStringLiteral("🚨 מערכת down, 1 MB later: ") + QString(1 << 20, QLatin1Char('x')));
        QVERIFY(doc->saveDraft(*m_db, kNow).ok());

        QDateTime savedAt;
        auto draft = CoeDocument::pendingDraft(*m_db, id, &savedAt);
        QVERIFY(draft.ok());
        QVERIFY(draft.value().has_value());
        QCOMPARE(savedAt, kNow);
        for (const CoeFieldInfo &info : coeFields())
            QVERIFY2(coeFieldValue(draft.value()->coe, info.field) == coeFieldValue(doc->coe(), info.field), info.key);
        QCOMPARE(draft.value()->actionItems, doc->actionItems());
        QCOMPARE(*draft.value(), doc->snapshot());

        auto reopened = open(id);
        reopened->restore(*draft.value());
        QVERIFY(reopened->isModified());
        QCOMPARE(reopened->snapshot(), doc->snapshot());
        QVERIFY(reopened->save(*m_db).ok());
        QVERIFY(!CoeDocument::pendingDraft(*m_db, id).value()); // saving removes the draft
        QCOMPARE(open(id)->coe().summary.size(), doc->coe().summary.size());
    }

    void damagedDraftIsReportedNotTrusted()
    {
        const Id id = createMinimalCoe();
        QVERIFY(DraftRepository(*m_db).save({ CoeDocument::kDraftEntity, id, "{not json", kNow }).ok());
        auto draft = CoeDocument::pendingDraft(*m_db, id);
        QVERIFY(!draft.ok());
        QVERIFY(draft.errorMessage().contains(QStringLiteral("not readable")));
    }

    void workflowFromDraftToClosed()
    {
        const Id id = createMinimalCoe();
        auto doc = open(id);
        doc->setValue(CoeField::Reviewer, m_cast.reviewer);
        const Status early = doc->submit(*m_db, kNow);
        QVERIFY(!early.ok());
        QCOMPARE(open(id)->coe().status, CoeStatus::Draft);

        fill(*doc);
        QVERIFY2(doc->submit(*m_db, kNow).ok(), qPrintable(doc->submit(*m_db, kNow).errorMessage()));
        QCOMPARE(doc->coe().status, CoeStatus::InReview);
        QVERIFY(!doc->isModified()); // submitting saved the edits
        QCOMPARE(open(id)->coe().submittedAt, kNow);

        QVERIFY(!doc->approve(*m_db, m_cast.author, allYes(), kNow).ok());
        QVERIFY(doc->approve(*m_db, m_cast.reviewer, allYes(), kNow).ok());
        auto approved = open(id);
        QCOMPARE(approved->coe().status, CoeStatus::Approved);
        QCOMPARE(approved->coe().reviewChecks.size(), reviewQuestions().size());
        QCOMPARE(approved->coe().reviewChecks.first().reviewerId, OptionalId(m_cast.reviewer));

        QVERIFY(!doc->close(*m_db, kNow).ok());
        QList<ActionItem> items = doc->actionItems();
        for (ActionItem &i : items) {
            i.status = ActionStatus::Done;
            i.doneOn = QDate(2026, 11, 20);
        }
        doc->setActionItems(items);
        QVERIFY(doc->close(*m_db, kNow).ok());
        QCOMPARE(open(id)->coe().status, CoeStatus::Closed);

        // Every transition is in the history.
        QStringList transitions;
        const auto history = AuditLogRepository(*m_db).history(QStringLiteral("coes"), id);
        QVERIFY(history.ok());
        for (const AuditEntry &e : history.value())
            if (e.action == QLatin1String("transition"))
                transitions << e.oldValue + QStringLiteral("→") + e.newValue;
        QCOMPARE(transitions, (QStringList { QStringLiteral("draft→in_review"), QStringLiteral("in_review→approved"),
                                             QStringLiteral("approved→closed") }));
    }

    void requestChangesSendsItBack()
    {
        const Id id = createMinimalCoe();
        auto doc = open(id);
        fill(*doc);
        QVERIFY(doc->submit(*m_db, kNow).ok());
        QList<ReviewCheck> answers = allYes();
        answers[3].passed = false;
        answers[3].note = QStringLiteral("Training is not a fix.");
        QVERIFY(doc->requestChanges(*m_db, m_cast.reviewer, answers, kNow).ok());
        auto back = open(id);
        QCOMPARE(back->coe().status, CoeStatus::Draft);
        QCOMPARE(back->coe().reviewChecks.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCoeDocument)
#include "tst_coedocument.moc"
