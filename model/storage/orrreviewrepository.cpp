#include "orrreviewrepository.h"
#include "domain/translate.h"

#include "listquery.h"

#include "recordwriter.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

const QString kTable = QStringLiteral("orr_reviews");

QString tr(const char *text)
{
    return translateIn("closeloop::OrrReviewRepository", text);
}

QVariantMap toRow(const OrrReview &r)
{
    return {
        { QStringLiteral("service_id"), r.serviceId },
        { QStringLiteral("set_id"), r.setId },
        { QStringLiteral("kind"), enumKey(r.kind) },
        { QStringLiteral("status"), enumKey(r.status) },
        { QStringLiteral("reviewer_id"), sql::id(r.reviewerId) },
        { QStringLiteral("review_date"), sql::date(r.reviewDate) },
        { QStringLiteral("decision"), enumKey(r.decision) },
        { QStringLiteral("decision_owner_id"), sql::id(r.decisionOwnerId) },
        { QStringLiteral("decision_notes"), sql::text(r.decisionNotes) },
        { QStringLiteral("signed_at"), sql::timestamp(r.signedAt) },
        { QStringLiteral("signoff_record"), sql::text(r.signOffRecord) },
        { QStringLiteral("previous_review_id"), sql::id(r.previousReviewId) },
    };
}

Status validate(const OrrReview &r)
{
    if (r.serviceId <= 0)
        return Error { tr("An ORR review belongs to a service: choose one.") };
    if (r.setId <= 0)
        return Error { tr("An ORR review answers an axiom set: choose one.") };
    for (const OrrAnswer &a : r.answers) {
        if (a.state == AnswerState::NotApplicable && a.naReason.trimmed().isEmpty())
            return Error { tr("An answer marked not applicable needs a reason.") };
        if (a.state == AnswerState::Waived && (!a.waiver || a.waiver->reason.trimmed().isEmpty()
                                               || a.waiver->approverId <= 0 || !a.waiver->expiresOn.isValid()))
            return Error { tr("A waiver needs a reason, an approver and an expiry date.") };
    }
    return {};
}

} // namespace

Status OrrReviewRepository::saveChildren(OrrReview &review)
{
    RecordWriter writer(m_db, kTable);
    QList<QVariantMap> participants;
    for (Id person : std::as_const(review.participantIds))
        participants.append({ { QStringLiteral("person_id"), person } });
    if (auto s = writer.replaceLinks(review.id, QStringLiteral("orr_participants"), QStringLiteral("review_id"), participants); !s)
        return s;

    QList<QVariantMap> answers;
    for (const OrrAnswer &a : std::as_const(review.answers))
        answers.append({ { QStringLiteral("id"), a.id },
                         { QStringLiteral("axiom_id"), a.axiomId },
                         { QStringLiteral("state"), enumKey(a.state) },
                         { QStringLiteral("notes"), sql::text(a.notes) },
                         { QStringLiteral("na_reason"), sql::text(a.naReason) },
                         { QStringLiteral("calculator_inputs"), sql::text(a.calculatorInputs) },
                         { QStringLiteral("answered_at"), sql::timestamp(a.answeredAt) },
                         { QStringLiteral("answered_by"), sql::id(a.answeredBy) } });
    auto answerIds = writer.syncChildren(review.id, QStringLiteral("orr_answers"), QStringLiteral("review_id"), answers);
    if (!answerIds)
        return answerIds.error();

    RecordWriter answerWriter(m_db, QStringLiteral("orr_answers"));
    for (OrrAnswer &a : review.answers) {
        a.id = answerIds->value(a.id, a.id);
        QList<QVariantMap> evidence;
        for (const Evidence &e : std::as_const(a.evidence))
            evidence.append({ { QStringLiteral("id"), e.id },
                              { QStringLiteral("kind"), enumKey(e.kind) },
                              { QStringLiteral("text"), sql::text(e.text) },
                              { QStringLiteral("url"), sql::text(e.url) },
                              { QStringLiteral("file_name"), sql::text(e.fileName) },
                              { QStringLiteral("file_sha256"), sql::text(e.sha256) },
                              { QStringLiteral("file_data"), e.data.isNull() ? QVariant() : QVariant(e.data) },
                              { QStringLiteral("collected_on"), sql::date(e.collectedOn) },
                              { QStringLiteral("added_at"), e.addedAt.isValid() ? sql::timestamp(e.addedAt) : QVariant(sql::now()) } });
        auto evidenceIds = answerWriter.syncChildren(a.id, QStringLiteral("orr_evidence"), QStringLiteral("answer_id"), evidence);
        if (!evidenceIds)
            return evidenceIds.error();
        for (Evidence &e : a.evidence)
            e.id = evidenceIds->value(e.id, e.id);

        QList<QVariantMap> waiver;
        if (a.waiver)
            waiver.append({ { QStringLiteral("reason"), a.waiver->reason.trimmed() },
                            { QStringLiteral("approver_id"), a.waiver->approverId },
                            { QStringLiteral("expires_on"), sql::date(a.waiver->expiresOn) },
                            { QStringLiteral("compensating_controls"), sql::text(a.waiver->compensatingControls) },
                            { QStringLiteral("created_at"), a.waiver->createdAt.isValid() ? sql::timestamp(a.waiver->createdAt) : QVariant(sql::now()) } });
        if (auto s = answerWriter.replaceLinks(a.id, QStringLiteral("orr_waivers"), QStringLiteral("answer_id"), waiver); !s)
            return s;
    }
    return {};
}

Result<Id> OrrReviewRepository::create(OrrReview &review)
{
    if (auto v = validate(review); !v)
        return v.error();
    OrrReview stored = review;
    Transaction tx(m_db);
    auto id = RecordWriter(m_db, kTable).insert(toRow(stored));
    if (!id)
        return id;
    stored.id = id.value();
    if (auto s = saveChildren(stored); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    stored.revision = 1;
    review = stored;
    return id;
}

Status OrrReviewRepository::update(OrrReview &review)
{
    if (auto v = validate(review); !v)
        return v;
    auto status = sql::exec(m_db, QStringLiteral("SELECT status FROM orr_reviews WHERE id = :id"), { { QStringLiteral("id"), review.id } });
    if (!status)
        return status.error();
    QSqlQuery q = std::move(status).value();
    if (q.next() && q.value(0).toString() == enumKey(ReviewStatus::SignedOff))
        return Error { tr("This ORR review was signed off and can no longer change. Start the next review "
                          "from a copy of it instead.") };
    OrrReview stored = review;
    Transaction tx(m_db);
    auto revision = RecordWriter(m_db, kTable).update(stored.id, stored.revision, toRow(stored));
    if (!revision)
        return revision.error();
    stored.revision = revision.value();
    if (auto s = saveChildren(stored); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    review = stored;
    return {};
}

Status OrrReviewRepository::loadAnswers(OrrReview &review)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM orr_answers WHERE review_id = :id ORDER BY id"),
                       { { QStringLiteral("id"), review.id } });
    if (!r)
        return r.error();
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        OrrAnswer a;
        a.id = q.value(QStringLiteral("id")).toLongLong();
        a.axiomId = q.value(QStringLiteral("axiom_id")).toLongLong();
        a.state = enumFromKey<AnswerState>(q.value(QStringLiteral("state")).toString()).value_or(AnswerState::Unanswered);
        a.notes = q.value(QStringLiteral("notes")).toString();
        a.naReason = q.value(QStringLiteral("na_reason")).toString();
        a.calculatorInputs = q.value(QStringLiteral("calculator_inputs")).toString();
        a.answeredAt = sql::toTimestamp(q.value(QStringLiteral("answered_at")));
        a.answeredBy = sql::optionalId(q.value(QStringLiteral("answered_by")));
        review.answers.append(a);
    }
    // Evidence and waivers of every answer in one query each, not two per
    // answer: the recertification view reads every service's last review.
    QHash<Id, qsizetype> byAnswer;
    for (qsizetype i = 0; i < review.answers.size(); ++i)
        byAnswer.insert(review.answers.at(i).id, i);
    const QVariantMap bind { { QStringLiteral("id"), review.id } };
    auto ev = sql::exec(m_db, QStringLiteral("SELECT e.* FROM orr_evidence e JOIN orr_answers a ON a.id = e.answer_id"
                                             " WHERE a.review_id = :id ORDER BY e.answer_id, e.id"), bind);
    if (!ev)
        return ev.error();
    for (QSqlQuery q = std::move(ev).value(); q.next();) {
        const qsizetype i = byAnswer.value(q.value(QStringLiteral("answer_id")).toLongLong(), -1);
        if (i < 0)
            continue;
        Evidence e;
        e.id = q.value(QStringLiteral("id")).toLongLong();
        e.kind = enumFromKey<EvidenceKind>(q.value(QStringLiteral("kind")).toString()).value_or(EvidenceKind::Text);
        e.text = q.value(QStringLiteral("text")).toString();
        e.url = q.value(QStringLiteral("url")).toString();
        e.fileName = q.value(QStringLiteral("file_name")).toString();
        e.sha256 = q.value(QStringLiteral("file_sha256")).toString();
        e.data = q.value(QStringLiteral("file_data")).toByteArray();
        e.collectedOn = sql::optionalDate(q.value(QStringLiteral("collected_on")));
        e.addedAt = sql::toTimestamp(q.value(QStringLiteral("added_at")));
        review.answers[i].evidence.append(e);
    }
    auto w = sql::exec(m_db, QStringLiteral("SELECT w.* FROM orr_waivers w JOIN orr_answers a ON a.id = w.answer_id"
                                            " WHERE a.review_id = :id"), bind);
    if (!w)
        return w.error();
    for (QSqlQuery wq = std::move(w).value(); wq.next();) {
        const qsizetype i = byAnswer.value(wq.value(QStringLiteral("answer_id")).toLongLong(), -1);
        if (i < 0)
            continue;
        review.answers[i].waiver = Waiver { wq.value(QStringLiteral("id")).toLongLong(), wq.value(QStringLiteral("reason")).toString(),
                                            wq.value(QStringLiteral("approver_id")).toLongLong(),
                                            sql::optionalDate(wq.value(QStringLiteral("expires_on"))).value_or(QDate()),
                                            wq.value(QStringLiteral("compensating_controls")).toString(),
                                            sql::toTimestamp(wq.value(QStringLiteral("created_at"))) };
    }
    return {};
}

Result<OrrReview> OrrReviewRepository::load(Id id)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM orr_reviews WHERE id = :id"), { { QStringLiteral("id"), id } });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return Error { tr("There is no ORR review with id %1.").arg(id) };
    OrrReview review;
    review.id = q.value(QStringLiteral("id")).toLongLong();
    review.revision = q.value(QStringLiteral("revision")).toInt();
    review.serviceId = q.value(QStringLiteral("service_id")).toLongLong();
    review.setId = q.value(QStringLiteral("set_id")).toLongLong();
    review.kind = enumFromKey<ReviewKind>(q.value(QStringLiteral("kind")).toString()).value_or(ReviewKind::PreLaunch);
    review.status = enumFromKey<ReviewStatus>(q.value(QStringLiteral("status")).toString()).value_or(ReviewStatus::InProgress);
    review.reviewerId = sql::optionalId(q.value(QStringLiteral("reviewer_id")));
    review.reviewDate = sql::optionalDate(q.value(QStringLiteral("review_date"))).value_or(QDate());
    review.decision = enumFromKey<ReviewDecision>(q.value(QStringLiteral("decision")).toString()).value_or(ReviewDecision::Pending);
    review.decisionOwnerId = sql::optionalId(q.value(QStringLiteral("decision_owner_id")));
    review.decisionNotes = q.value(QStringLiteral("decision_notes")).toString();
    review.signedAt = sql::toTimestamp(q.value(QStringLiteral("signed_at")));
    review.signOffRecord = q.value(QStringLiteral("signoff_record")).toString();
    review.previousReviewId = sql::optionalId(q.value(QStringLiteral("previous_review_id")));
    review.createdAt = sql::toTimestamp(q.value(QStringLiteral("created_at")));
    review.updatedAt = sql::toTimestamp(q.value(QStringLiteral("updated_at")));

    auto p = sql::exec(m_db, QStringLiteral("SELECT person_id FROM orr_participants WHERE review_id = :id ORDER BY person_id"),
                       { { QStringLiteral("id"), id } });
    if (!p)
        return p.error();
    for (QSqlQuery pq = std::move(p).value(); pq.next();)
        review.participantIds.append(pq.value(0).toLongLong());
    if (auto s = loadAnswers(review); !s)
        return s.error();
    return review;
}

Result<QList<Id>> OrrReviewRepository::latestSignedOff()
{
    // Signed on the day of signed_at, or of the review when that is missing;
    // the latest per service, ties to the larger id.
    auto r = sql::exec(m_db, QStringLiteral(
        "SELECT r.id FROM orr_reviews r WHERE r.status = 'signed_off' AND NOT EXISTS ("
        " SELECT 1 FROM orr_reviews o WHERE o.service_id = r.service_id AND o.status = 'signed_off'"
        " AND (COALESCE(substr(o.signed_at, 1, 10), o.review_date) > COALESCE(substr(r.signed_at, 1, 10), r.review_date)"
        "  OR (COALESCE(substr(o.signed_at, 1, 10), o.review_date) = COALESCE(substr(r.signed_at, 1, 10), r.review_date) AND o.id < r.id)))"
        " ORDER BY r.id"));
    if (!r)
        return r.error();
    QList<Id> ids;
    for (QSqlQuery q = std::move(r).value(); q.next();)
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<OrrReview>> OrrReviewRepository::forRecertification(const QList<Id> &ids)
{
    QList<OrrReview> reviews;
    if (ids.isEmpty())
        return reviews;
    // Four queries for every review at once, and only what recertification
    // reads: a service's last sign-off, its answers' states, waivers and
    // the newest evidence dates.
    const QString in = listquery::idList(ids);
    auto r = sql::exec(m_db, QStringLiteral("SELECT id, service_id, status, review_date, signed_at FROM orr_reviews WHERE id IN (%1) ORDER BY id").arg(in));
    if (!r)
        return r.error();
    QHash<Id, qsizetype> reviewAt;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        OrrReview review;
        review.id = q.value(0).toLongLong();
        review.serviceId = q.value(1).toLongLong();
        review.status = enumFromKey<ReviewStatus>(q.value(2).toString()).value_or(ReviewStatus::InProgress);
        review.reviewDate = sql::optionalDate(q.value(3)).value_or(QDate());
        review.signedAt = sql::toTimestamp(q.value(4));
        reviewAt.insert(review.id, reviews.size());
        reviews.append(review);
    }
    auto a = sql::exec(m_db, QStringLiteral("SELECT review_id, id, axiom_id, state, answered_at FROM orr_answers WHERE review_id IN (%1) ORDER BY review_id, id").arg(in));
    if (!a)
        return a.error();
    QHash<Id, std::pair<qsizetype, qsizetype>> answerAt; // answer id -> (review, answer)
    for (QSqlQuery q = std::move(a).value(); q.next();) {
        const qsizetype at = reviewAt.value(q.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        OrrAnswer answer;
        answer.id = q.value(1).toLongLong();
        answer.axiomId = q.value(2).toLongLong();
        answer.state = enumFromKey<AnswerState>(q.value(3).toString()).value_or(AnswerState::Unanswered);
        answer.answeredAt = sql::toTimestamp(q.value(4));
        answerAt.insert(answer.id, { at, reviews[at].answers.size() });
        reviews[at].answers.append(answer);
    }
    auto e = sql::exec(m_db, QStringLiteral("SELECT e.answer_id, MAX(e.collected_on) FROM orr_evidence e JOIN orr_answers an ON an.id = e.answer_id"
                                            " WHERE an.review_id IN (%1) AND e.collected_on IS NOT NULL GROUP BY e.answer_id").arg(in));
    if (!e)
        return e.error();
    for (QSqlQuery q = std::move(e).value(); q.next();)
        if (const auto it = answerAt.constFind(q.value(0).toLongLong()); it != answerAt.cend()) {
            Evidence newest;
            newest.collectedOn = sql::optionalDate(q.value(1));
            reviews[it->first].answers[it->second].evidence.append(newest);
        }
    auto w = sql::exec(m_db, QStringLiteral("SELECT w.answer_id, w.expires_on FROM orr_waivers w JOIN orr_answers an ON an.id = w.answer_id"
                                            " WHERE an.review_id IN (%1)").arg(in));
    if (!w)
        return w.error();
    for (QSqlQuery q = std::move(w).value(); q.next();)
        if (const auto it = answerAt.constFind(q.value(0).toLongLong()); it != answerAt.cend()) {
            Waiver waiver;
            waiver.expiresOn = sql::optionalDate(q.value(1)).value_or(QDate());
            reviews[it->first].answers[it->second].waiver = waiver;
        }
    return reviews;
}

Result<QList<OrrReviewSummary>> OrrReviewRepository::list()
{
    auto r = sql::exec(m_db, QStringLiteral(
        "SELECT o.id, o.service_id, o.previous_review_id, o.kind, o.status, o.decision, o.review_date, s.name AS service_name,"
        " COALESCE(p.name, '') AS reviewer_name,"
        " (SELECT COUNT(*) FROM orr_answers a WHERE a.review_id = o.id AND a.state <> 'unanswered') AS answered,"
        " (SELECT COUNT(*) FROM orr_answers a WHERE a.review_id = o.id) AS total"
        " FROM orr_reviews o JOIN services s ON s.id = o.service_id LEFT JOIN people p ON p.id = o.reviewer_id"
        " ORDER BY o.review_date DESC, o.id DESC"));
    if (!r)
        return r.error();
    QList<OrrReviewSummary> list;
    for (QSqlQuery q = std::move(r).value(); q.next();) {
        OrrReviewSummary s;
        s.id = q.value(QStringLiteral("id")).toLongLong();
        s.serviceId = q.value(QStringLiteral("service_id")).toLongLong();
        s.previousReviewId = sql::optionalId(q.value(QStringLiteral("previous_review_id")));
        s.kind = enumFromKey<ReviewKind>(q.value(QStringLiteral("kind")).toString()).value_or(ReviewKind::PreLaunch);
        s.status = enumFromKey<ReviewStatus>(q.value(QStringLiteral("status")).toString()).value_or(ReviewStatus::InProgress);
        s.decision = enumFromKey<ReviewDecision>(q.value(QStringLiteral("decision")).toString()).value_or(ReviewDecision::Pending);
        s.reviewDate = sql::optionalDate(q.value(QStringLiteral("review_date"))).value_or(QDate());
        s.serviceName = q.value(QStringLiteral("service_name")).toString();
        s.reviewerName = q.value(QStringLiteral("reviewer_name")).toString();
        s.answered = q.value(QStringLiteral("answered")).toInt();
        s.total = q.value(QStringLiteral("total")).toInt();
        list.append(s);
    }
    return list;
}

} // namespace closeloop
