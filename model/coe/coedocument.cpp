#include "coedocument.h"

#include "storage/retry.h"

#include "coeworkflow.h"
#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"
#include "storage/draftrepository.h"
#include "storage/transaction.h"

#include <algorithm>

namespace closeloop {

const QString CoeDocument::kDraftEntity = QStringLiteral("coes");

namespace {

// The checklist as answered: who answered it and when.
QList<ReviewCheck> signedAnswers(QList<ReviewCheck> answers, Id reviewerId, const QDateTime &nowUtc)
{
    for (ReviewCheck &a : answers) {
        a.reviewerId = reviewerId;
        a.answeredAt = nowUtc;
    }
    return answers;
}

} // namespace

CoeDocument::CoeDocument(CoeSnapshot stored, QObject *parent)
    : QObject(parent), m_stored(stored), m_current(std::move(stored))
{
}

Result<std::unique_ptr<CoeDocument>> CoeDocument::load(Database &db, Id coeId)
{
    auto coe = CoeRepository(db).load(coeId);
    if (!coe)
        return coe.error();
    auto items = ActionItemRepository(db).forSource(ActionSource::Coe, coeId);
    if (!items)
        return items.error();
    return std::make_unique<CoeDocument>(CoeSnapshot { std::move(coe).value(), std::move(items).value() });
}

QVariant CoeDocument::value(CoeField field) const
{
    return coeFieldValue(m_current.coe, field);
}

void CoeDocument::setValue(CoeField field, const QVariant &value)
{
    if (field == CoeField::ActionItems) {
        setActionItems(value.value<QList<ActionItem>>());
        return;
    }
    Coe next = m_current.coe;
    setCoeFieldValue(next, field, value);
    if (next == m_current.coe)
        return;
    const bool wasModified = isModified();
    m_current.coe = std::move(next);
    Q_EMIT changed(field);
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
}

void CoeDocument::setActionItems(const QList<ActionItem> &items)
{
    if (items == m_current.actionItems)
        return;
    const bool wasModified = isModified();
    m_current.actionItems = items;
    Q_EMIT changed(CoeField::ActionItems);
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
}

Id CoeDocument::temporaryId()
{
    Id lowest = 0;
    for (const TimelineEvent &e : m_current.coe.timeline)
        lowest = std::min(lowest, e.id);
    for (const WhyNode &w : m_current.coe.whys)
        lowest = std::min(lowest, w.id);
    for (const ActionItem &a : m_current.actionItems)
        lowest = std::min(lowest, a.id);
    m_nextTemporaryId = std::min(m_nextTemporaryId, lowest - 1);
    return m_nextTemporaryId--;
}

Status CoeDocument::write(Database &db, CoeSnapshot &next)
{
    // Runs inside the caller's transaction; `next` receives the stored ids
    // and revisions, and is only adopted by the caller after commit.
    const QList<Id> whyIdsBefore = [&next] {
        QList<Id> ids;
        for (const WhyNode &w : next.coe.whys)
            ids << w.id;
        return ids;
    }();
    if (auto s = CoeRepository(db).update(next.coe); !s)
        return s;
    QHash<Id, Id> whyIds;
    for (qsizetype i = 0; i < whyIdsBefore.size() && i < next.coe.whys.size(); ++i)
        whyIds.insert(whyIdsBefore.at(i), next.coe.whys.at(i).id);

    ActionItemRepository items(db);
    for (const ActionItem &old : std::as_const(m_stored.actionItems)) {
        const bool kept = std::any_of(next.actionItems.cbegin(), next.actionItems.cend(),
                                      [&old](const ActionItem &a) { return a.id == old.id; });
        if (!kept)
            if (auto s = items.remove(old); !s)
                return s;
    }
    for (ActionItem &item : next.actionItems) {
        item.source = ActionSource::Coe;
        item.sourceId = next.coe.id;
        if (item.whyId && isNewId(*item.whyId))
            item.whyId = whyIds.value(*item.whyId);
        if (isNewId(item.id)) {
            if (auto id = items.create(item); !id)
                return id.error();
            continue;
        }
        const auto stored = std::find_if(m_stored.actionItems.cbegin(), m_stored.actionItems.cend(),
                                         [&item](const ActionItem &a) { return a.id == item.id; });
        if (stored != m_stored.actionItems.cend() && *stored == item)
            continue;
        if (auto s = items.update(item); !s)
            return s;
    }
    return DraftRepository(db).remove(kDraftEntity, next.coe.id);
}

void CoeDocument::setCurrent(const CoeSnapshot &next, bool announceAll)
{
    const CoeSnapshot before = m_current;
    const bool wasModified = isModified();
    m_current = next;
    for (const CoeFieldInfo &info : coeFields()) {
        const bool differs = info.field == CoeField::ActionItems ? before.actionItems != m_current.actionItems
                                                                 : coeFieldValue(before.coe, info.field) != coeFieldValue(m_current.coe, info.field);
        if (announceAll || differs)
            Q_EMIT changed(info.field);
    }
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
}

Status CoeDocument::save(Database &db)
{
    CoeSnapshot next;
    // A save the server undid because another one collided with it is
    // repeated whole; inside someone else's transaction it cannot be.
    RetryPolicy policy;
    if (db.transactionDepth() > 0)
        policy.attempts = 1;
    const Status s = retryTransient([&]() -> Status {
        next = m_current;
        Transaction tx(db);
        if (auto w = write(db, next); !w)
            return w;
        return tx.commit();
    }, policy);
    if (!s)
        return s;
    adoptStored(db, next);
    return {};
}

void CoeDocument::adoptStored(Database &db, const CoeSnapshot &written)
{
    auto fresh = load(db, written.coe.id);
    m_stored = fresh ? fresh.value()->snapshot() : written;
    setCurrent(m_stored, false);
    Q_EMIT saved();
}

Status CoeDocument::saveOverwriting(Database &db)
{
    auto theirs = load(db, id());
    if (!theirs)
        return theirs.error();
    const CoeSnapshot &stored = theirs.value()->snapshot();
    // Take over the stored revisions so that the checks pass; everything
    // else is this copy. Items deleted meanwhile are created again.
    m_current.coe.revision = stored.coe.revision;
    for (ActionItem &item : m_current.actionItems) {
        const auto it = std::find_if(stored.actionItems.cbegin(), stored.actionItems.cend(),
                                     [&item](const ActionItem &a) { return a.id == item.id; });
        if (it != stored.actionItems.cend())
            item.revision = it->revision;
        else if (!isNewId(item.id))
            item.id = temporaryId();
    }
    m_stored = stored;
    return save(db);
}

Status CoeDocument::saveMerged(Database &db, const CoeSnapshot &theirs, const QSet<CoeField> &takeMine)
{
    const CoeSnapshot merged = mergeVersions(m_current, theirs, takeMine);
    m_stored = theirs;
    setCurrent(merged, true);
    return save(db);
}

Status CoeDocument::reload(Database &db)
{
    auto fresh = load(db, id());
    if (!fresh)
        return fresh.error();
    if (auto s = DraftRepository(db).remove(kDraftEntity, id()); !s)
        return s;
    m_stored = fresh.value()->snapshot();
    setCurrent(m_stored, true);
    Q_EMIT reloaded();
    return {};
}

Status CoeDocument::saveDraft(Database &db, const QDateTime &nowUtc)
{
    return DraftRepository(db).save({ kDraftEntity, id(), coeSnapshotToJson(m_current), nowUtc });
}

Result<std::optional<CoeSnapshot>> CoeDocument::pendingDraft(Database &db, Id coeId, QDateTime *savedAt)
{
    auto draft = DraftRepository(db).load(kDraftEntity, coeId);
    if (!draft)
        return draft.error();
    if (!draft.value())
        return std::optional<CoeSnapshot>();
    auto snapshot = coeSnapshotFromJson(draft.value()->payload);
    if (!snapshot)
        return snapshot.error();
    if (savedAt)
        *savedAt = draft.value()->savedAt;
    return std::optional<CoeSnapshot>(std::move(snapshot).value());
}

Status CoeDocument::discardDraft(Database &db)
{
    return DraftRepository(db).remove(kDraftEntity, id());
}

void CoeDocument::restore(const CoeSnapshot &draft)
{
    CoeSnapshot next = draft;
    next.coe.id = id();
    setCurrent(next, true);
}

Status CoeDocument::transition(Database &db, CoeSnapshot next, CoeStatus to)
{
    Transaction tx(db);
    if (auto s = write(db, next); !s)
        return s;
    if (auto s = CoeRepository(db).setStatus(next.coe, to); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    adoptStored(db, next);
    return {};
}

Status CoeDocument::submit(Database &db, const QDateTime &nowUtc)
{
    if (auto s = checkSubmit(coe(), actionItems(), nowUtc); !s)
        return s;
    CoeSnapshot next = m_current;
    next.coe.submittedAt = nowUtc;
    return transition(db, next, CoeStatus::InReview);
}

Status CoeDocument::approve(Database &db, Id approverId, QList<ReviewCheck> answers, const QDateTime &nowUtc)
{
    if (auto s = checkApprove(coe(), approverId, answers); !s)
        return s;
    CoeSnapshot next = m_current;
    next.coe.reviewerId = approverId;
    next.coe.reviewChecks = signedAnswers(std::move(answers), approverId, nowUtc);
    next.coe.approvedAt = nowUtc;
    return transition(db, next, CoeStatus::Approved);
}

Status CoeDocument::requestChanges(Database &db, Id reviewerId, QList<ReviewCheck> answers, const QDateTime &nowUtc)
{
    if (auto s = checkRequestChanges(coe(), reviewerId, answers); !s)
        return s;
    CoeSnapshot next = m_current;
    next.coe.reviewChecks = signedAnswers(std::move(answers), reviewerId, nowUtc);
    next.coe.submittedAt = {};
    return transition(db, next, CoeStatus::Draft);
}

Status CoeDocument::close(Database &db, const QDateTime &nowUtc)
{
    if (auto s = checkClose(coe(), actionItems()); !s)
        return s;
    CoeSnapshot next = m_current;
    next.coe.closedAt = nowUtc;
    return transition(db, next, CoeStatus::Closed);
}

} // namespace closeloop
