#include "reviewcycle.h"
#include "domain/translate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::ReviewCycle", text);
}

// Answers by axiom key: versions of one axiom have different ids.
QHash<QString, const OrrAnswer *> byKey(const OrrReview &r, const QHash<Id, Axiom> &axioms)
{
    QHash<QString, const OrrAnswer *> out;
    for (const OrrAnswer &a : r.answers)
        out.insert(axioms.value(a.axiomId).key, &a);
    return out;
}

} // namespace

OrrReview nextReviewFrom(const OrrReview &previous, const QHash<Id, Axiom> &previousAxioms, const QList<Axiom> &currentAxioms,
                         ReviewKind kind, const QDate &reviewDate)
{
    OrrReview next;
    next.serviceId = previous.serviceId;
    next.setId = previous.setId;
    next.kind = kind;
    next.reviewDate = reviewDate;
    next.reviewerId = previous.reviewerId;
    next.participantIds = previous.participantIds;
    next.previousReviewId = previous.id;
    const auto old = byKey(previous, previousAxioms);
    for (const Axiom &axiom : currentAxioms) {
        OrrAnswer a;
        a.axiomId = axiom.id;
        const OrrAnswer *was = old.value(axiom.key);
        const bool sameVersion = was && previousAxioms.value(was->axiomId).version == axiom.version;
        const bool expiredWaiver = was && was->state == AnswerState::Waived && (!was->waiver || was->waiver->expiresOn < reviewDate);
        if (sameVersion && !expiredWaiver) {
            a.state = was->state;
            a.notes = was->notes;
            a.naReason = was->naReason;
            a.calculatorInputs = was->calculatorInputs;
            a.answeredAt = was->answeredAt;
            a.answeredBy = was->answeredBy;
            a.evidence = was->evidence;
            a.waiver = was->waiver;
            for (Evidence &e : a.evidence)
                e.id = 0; // copies, stored with the new review
            if (a.waiver)
                a.waiver->id = 0;
        } else if (sameVersion) {
            a.calculatorInputs = was->calculatorInputs; // the numbers are still a useful start
        }
        next.answers.append(a);
    }
    return next;
}

RebaseSummary rebaseReview(OrrReview &review, const QHash<Id, Axiom> &axioms, const QList<Axiom> &currentAxioms)
{
    RebaseSummary summary;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < review.answers.size(); ++i)
        index.insert(axioms.value(review.answers.at(i).axiomId).key, i);
    for (const Axiom &axiom : currentAxioms) {
        const qsizetype i = index.value(axiom.key, -1);
        if (i < 0) {
            OrrAnswer a;
            a.axiomId = axiom.id;
            review.answers.append(a);
            summary.added << axiom.key;
            continue;
        }
        OrrAnswer &a = review.answers[i];
        if (axioms.value(a.axiomId).version == axiom.version)
            continue;
        a.axiomId = axiom.id;
        a.state = AnswerState::Unanswered;
        a.waiver.reset();
        a.naReason.clear();
        summary.reasked << axiom.key;
    }
    return summary;
}

ReviewDiff diffReviews(const OrrReview &before, const OrrReview &after, const QHash<Id, Axiom> &axioms, const QDate &today)
{
    ReviewDiff d;
    const auto old = byKey(before, axioms);
    const auto now = byKey(after, axioms);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const QString &key = it.key();
        const OrrAnswer *a = it.value();
        const OrrAnswer *b = old.value(key);
        const Axiom &axiom = axioms.value(a->axiomId);
        if (!b) {
            d.axioms.append({ key, tr("new axiom: %1").arg(axiom.statement.left(120)) });
        } else {
            const Axiom &was = axioms.value(b->axiomId);
            if (was.version != axiom.version)
                d.axioms.append({ key, tr("revised from version %1 to %2").arg(was.version).arg(axiom.version) });
            if (a->state != b->state)
                d.answers.append({ key, tr("%1 → %2").arg(enumLabel(b->state), enumLabel(a->state)) });
            if (a->calculatorInputs != b->calculatorInputs && !a->calculatorInputs.isEmpty() && !b->calculatorInputs.isEmpty()) {
                const QJsonObject x = QJsonDocument::fromJson(b->calculatorInputs.toUtf8()).object();
                const QJsonObject y = QJsonDocument::fromJson(a->calculatorInputs.toUtf8()).object();
                QStringList moved;
                for (auto f = y.begin(); f != y.end(); ++f)
                    if (x.value(f.key()) != f.value())
                        moved << tr("%1 %2 → %3").arg(f.key(), x.value(f.key()).toVariant().toString(), f.value().toVariant().toString());
                if (!moved.isEmpty())
                    d.inputs.append({ key, moved.join(QStringLiteral(", ")) });
            }
        }
        if (a->state == AnswerState::Waived && a->waiver && (!b || !b->waiver || b->waiver->expiresOn != a->waiver->expiresOn))
            d.waivers.append({ key, tr("waived until %1").arg(a->waiver->expiresOn.toString(Qt::ISODate)) });
        if (b && b->state == AnswerState::Waived && b->waiver && b->waiver->expiresOn < today && a->state != AnswerState::Waived)
            d.waivers.append({ key, tr("the waiver expired on %1; now %2").arg(b->waiver->expiresOn.toString(Qt::ISODate), enumLabel(a->state)) });
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        if (!now.contains(it.key()))
            d.axioms.append({ it.key(), tr("no longer in the checklist") });
    auto byKeyOrder = [](const ReviewDiff::Change &x, const ReviewDiff::Change &y) { return x.key < y.key; };
    for (QList<ReviewDiff::Change> *list : { &d.answers, &d.axioms, &d.waivers, &d.inputs })
        std::sort(list->begin(), list->end(), byKeyOrder);
    return d;
}

} // namespace closeloop
