#include "reviewworkflow.h"
#include "domain/translate.h"

#include "actions/duepolicy.h"
#include "reviewrules.h"
#include "storage/actionitemrepository.h"
#include "storage/axiomrepository.h"
#include "storage/orrreviewrepository.h"
#include "storage/servicerepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::ReviewWorkflow", text);
}

Status addAxiom(AxiomRepository &repo, QHash<Id, Axiom> &axioms, Id id)
{
    if (axioms.contains(id))
        return {};
    auto axiom = repo.load(id);
    if (!axiom)
        return axiom.error();
    axioms.insert(id, axiom.value());
    return {};
}

QJsonObject signOffRecord(const SignOffSummary &summary, const QHash<Id, Axiom> &axioms)
{
    QJsonArray blocking;
    for (const OrrAnswer &a : summary.blocking) {
        const Axiom &axiom = axioms.value(a.axiomId);
        blocking.append(QJsonObject { { QStringLiteral("key"), axiom.key },
                                      { QStringLiteral("version"), axiom.version },
                                      { QStringLiteral("statement"), axiom.statement },
                                      { QStringLiteral("state"), enumKey(a.state) } });
    }
    QJsonArray waivers;
    for (const OrrAnswer &a : summary.waivers) {
        const Axiom &axiom = axioms.value(a.axiomId);
        waivers.append(QJsonObject { { QStringLiteral("key"), axiom.key },
                                     { QStringLiteral("reason"), a.waiver->reason },
                                     { QStringLiteral("approver_id"), a.waiver->approverId },
                                     { QStringLiteral("expires_on"), a.waiver->expiresOn.toString(Qt::ISODate) },
                                     { QStringLiteral("compensating_controls"), a.waiver->compensatingControls } });
    }
    QJsonArray notHolding;
    for (const OrrAnswer &a : summary.notHolding)
        notHolding.append(axioms.value(a.axiomId).key);
    return { { QStringLiteral("answered"), summary.answered },
             { QStringLiteral("total"), summary.total },
             { QStringLiteral("blocking"), blocking },
             { QStringLiteral("not_holding"), notHolding },
             { QStringLiteral("waivers"), waivers } };
}

} // namespace

bool ReviewContext::behindLibrary() const
{
    QHash<QString, int> answered;
    for (const OrrAnswer &a : review.answers) {
        const Axiom &axiom = axioms.value(a.axiomId);
        answered.insert(axiom.key, axiom.version);
    }
    for (const Axiom &axiom : current)
        if (answered.contains(axiom.key) && answered.value(axiom.key) != axiom.version)
            return true;
    for (const Axiom &axiom : current)
        if (!answered.contains(axiom.key) && axiomAppliesTo(axiom, service.tier))
            return true;
    return false;
}

bool axiomAppliesTo(const Axiom &axiom, int tier)
{
    if (axiom.applicability.trimmed().isEmpty())
        return true;
    const QStringList tiers = axiom.applicability.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &t : tiers)
        if (t.trimmed().toInt() == tier)
            return true;
    return false;
}

Result<ReviewContext> loadReviewContext(Database &db, Id reviewId)
{
    ReviewContext c;
    auto review = OrrReviewRepository(db).load(reviewId);
    if (!review)
        return review.error();
    c.review = std::move(review).value();
    auto service = ServiceRepository(db).load(c.review.serviceId);
    if (!service)
        return service.error();
    c.service = std::move(service).value();
    AxiomRepository axioms(db);
    auto set = axioms.loadSet(c.review.setId);
    if (!set)
        return set.error();
    c.set = std::move(set).value();
    auto current = axioms.current(c.review.setId);
    if (!current)
        return current.error();
    c.current = std::move(current).value();
    for (const Axiom &a : std::as_const(c.current))
        c.axioms.insert(a.id, a);
    for (const OrrAnswer &a : std::as_const(c.review.answers))
        if (auto s = addAxiom(axioms, c.axioms, a.axiomId); !s)
            return s.error();
    return c;
}

Result<Id> createReview(Database &db, OrrReview &review)
{
    auto service = ServiceRepository(db).load(review.serviceId);
    if (!service)
        return service.error();
    auto current = AxiomRepository(db).current(review.setId);
    if (!current)
        return current.error();
    review.answers.clear();
    for (const Axiom &axiom : current.value())
        if (axiomAppliesTo(axiom, service.value().tier)) {
            OrrAnswer a;
            a.axiomId = axiom.id;
            review.answers.append(a);
        }
    if (review.answers.isEmpty())
        return Error { tr("The axiom set has no axioms that apply to a tier %1 service, so there is nothing to review. "
                          "Choose another set, or install the shipped library.").arg(service.value().tier) };
    return OrrReviewRepository(db).create(review);
}

Result<AnswerSaved> saveAnswer(Database &db, ReviewContext &context, OrrAnswer answer, OptionalId person,
                               const QDateTime &nowUtc)
{
    if (context.review.status == ReviewStatus::SignedOff)
        return Error { tr("This review was signed off and can no longer change. Start the next review from a copy of it.") };
    const Axiom axiom = context.axioms.value(answer.axiomId);
    const QStringList problems = answerProblems(answer, axiom, context.review.participantIds, nowUtc.date());
    if (!problems.isEmpty())
        return Error { tr("%1 was not saved: %2").arg(axiom.key, problems.join(QLatin1Char(' '))) };

    OrrReview review = context.review;
    qsizetype index = -1;
    for (qsizetype i = 0; i < review.answers.size(); ++i)
        if (review.answers.at(i).axiomId == answer.axiomId)
            index = i;
    if (index < 0)
        return Error { tr("%1 is not part of this review. Reload the review and try again.").arg(axiom.key) };
    if (answer.state != AnswerState::Waived)
        answer.waiver.reset();
    answer.answeredAt = nowUtc;
    answer.answeredBy = person;
    review.answers[index] = answer;

    AnswerSaved saved;
    Transaction tx(db);
    if (auto s = OrrReviewRepository(db).update(review); !s)
        return s.error();
    const Id answerId = review.answers.at(index).id;
    if (answer.state == AnswerState::NotMet) {
        ActionItemRepository actions(db);
        auto existing = actions.forSource(ActionSource::OrrAnswer, answerId);
        if (!existing)
            return existing.error();
        if (existing.value().isEmpty()) {
            auto policy = DueDatePolicy::load(db);
            if (!policy)
                return policy.error();
            ActionItem item;
            item.title = tr("Meet %1: %2").arg(axiom.key, axiom.statement.left(200));
            item.description = tr("%1 was answered “not met” in the ORR review of %2.%3")
                                   .arg(axiom.key, context.service.name,
                                        answer.notes.trimmed().isEmpty() ? QString() : QStringLiteral("\n\n") + answer.notes.trimmed());
            item.priority = axiom.launchBlocking ? 1 : 2;
            item.ownerId = person;
            item.due = policy.value().dueFor(item.priority, nowUtc.date());
            item.source = ActionSource::OrrAnswer;
            item.sourceId = answerId;
            item.addresses = ActionTarget::AxiomNotMet;
            auto id = actions.create(item);
            if (!id)
                return id.error();
            saved.createdActionId = id.value();
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    context.review = review;
    return saved;
}

Status signOff(Database &db, ReviewContext &context, const SignOffRequest &request, const QDateTime &nowUtc)
{
    if (context.review.status == ReviewStatus::SignedOff)
        return Error { tr("This review is already signed off.") };
    if (request.decision == ReviewDecision::Pending)
        return Error { tr("Choose the decision: go or no-go.") };
    if (request.ownerId <= 0)
        return Error { tr("Name the decision owner: the person accountable for the go/no-go.") };
    const SignOffSummary summary = signOffSummary(context.review, context.axioms, nowUtc.date());
    if (request.decision == ReviewDecision::Go && !summary.canGo()) {
        QStringList keys;
        for (const OrrAnswer &a : summary.blocking)
            keys << context.axioms.value(a.axiomId).key;
        return Error { tr("A go needs every launch-blocking axiom to hold. These do not: %1. Answer them, waive them "
                          "with an approver from outside the team, or sign off as no-go.")
                           .arg(keys.join(QStringLiteral(", "))) };
    }
    OrrReview review = context.review;
    review.status = ReviewStatus::SignedOff;
    review.decision = request.decision;
    review.decisionOwnerId = request.ownerId;
    review.decisionNotes = request.notes.trimmed();
    review.signedAt = nowUtc;
    review.signOffRecord = QString::fromUtf8(QJsonDocument(signOffRecord(summary, context.axioms)).toJson(QJsonDocument::Compact));
    if (auto s = OrrReviewRepository(db).update(review); !s)
        return s;
    context.review = review;
    return {};
}

Result<Id> startNextReview(Database &db, Id previousId, ReviewKind kind, const QDate &date)
{
    auto list = OrrReviewRepository(db).list();
    if (!list)
        return list.error();
    const QList<OrrReviewSummary> reviews = list.value();
    auto previous = loadReviewContext(db, previousId);
    if (!previous)
        return previous.error();
    if (previous.value().review.status != ReviewStatus::SignedOff)
        return Error { tr("Only a signed-off review can be carried into the next one; this one is still in progress.") };
    for (const OrrReviewSummary &s : reviews)
        if (s.status != ReviewStatus::SignedOff && s.previousReviewId == previousId)
            return s.id;
    QList<Axiom> applicable;
    for (const Axiom &a : std::as_const(previous.value().current))
        if (axiomAppliesTo(a, previous.value().service.tier))
            applicable.append(a);
    OrrReview next = nextReviewFrom(previous.value().review, previous.value().axioms, applicable, kind, date);
    return OrrReviewRepository(db).create(next);
}

Result<RebaseSummary> moveToCurrentAxioms(Database &db, ReviewContext &context)
{
    if (context.review.status == ReviewStatus::SignedOff)
        return Error { tr("A signed-off review keeps the axiom versions it answered. Start the next review instead.") };
    QList<Axiom> applicable;
    for (const Axiom &a : std::as_const(context.current))
        if (axiomAppliesTo(a, context.service.tier))
            applicable.append(a);
    OrrReview review = context.review;
    const RebaseSummary summary = rebaseReview(review, context.axioms, applicable);
    if (summary.isEmpty())
        return summary;
    if (auto s = OrrReviewRepository(db).update(review); !s)
        return s.error();
    context.review = review;
    return summary;
}

Result<std::optional<ReviewContext>> previousReview(Database &db, const ReviewContext &context)
{
    Id previousId = context.review.previousReviewId.value_or(0);
    if (previousId == 0) {
        auto list = OrrReviewRepository(db).list();
        if (!list)
            return list.error();
        const QList<OrrReviewSummary> reviews = list.value();
        const QDate date = context.review.reviewDate;
        QDate best;
        for (const OrrReviewSummary &s : reviews) {
            if (s.id == context.review.id || s.status != ReviewStatus::SignedOff || s.serviceId != context.review.serviceId)
                continue;
            if ((!date.isValid() || s.reviewDate <= date) && (!best.isValid() || s.reviewDate > best)) {
                best = s.reviewDate;
                previousId = s.id;
            }
        }
    }
    if (previousId == 0)
        return std::optional<ReviewContext>();
    auto previous = loadReviewContext(db, previousId);
    if (!previous)
        return previous.error();
    return std::optional<ReviewContext>(std::move(previous).value());
}

} // namespace closeloop
