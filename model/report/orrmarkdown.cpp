#include "orrmarkdown.h"

#include "reportparts.h"
#include "reporttemplates.h"
#include "orr/calculation.h"
#include "orr/reviewrules.h"
#include "storage/personrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <kainjow/mustache.hpp>

namespace closeloop {

namespace {

using kainjow::mustache::data;


QString evidenceLine(const Evidence &e)
{
    const QString date = e.collectedOn ? en(" (%1)").arg(e.collectedOn->toString(Qt::ISODate)) : QString();
    switch (e.kind) {
    case EvidenceKind::Link:
        return QStringLiteral("[%1](%2)%3").arg(markdownInline(e.text.isEmpty() ? e.url : e.text), markdownLinkTarget(e.url), date);
    case EvidenceKind::File:
        return en("file %1, sha256 %2%3").arg(markdownInline(e.fileName), e.sha256.left(12), date);
    case EvidenceKind::Text:
        break;
    }
    return markdownInline(e.text) + date;
}

QString answerDetail(const OrrAnswer &a, const QHash<Id, QString> &people)
{
    QStringList parts;
    if (a.state == AnswerState::NotApplicable)
        parts << en("Not applicable: %1").arg(markdownInline(a.naReason));
    if (a.state == AnswerState::Waived && a.waiver)
        parts << en("Waived until %1 by %2").arg(a.waiver->expiresOn.toString(Qt::ISODate), markdownInline(people.value(a.waiver->approverId)));
    for (const Evidence &e : a.evidence)
        parts << evidenceLine(e);
    if (!a.notes.trimmed().isEmpty())
        parts << markdownInline(a.notes);
    // Each part is escaped already; the cell only needs to be one line.
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral("; "));
}

data calculationData(const QString &key, const Calculation &c)
{
    data rows { data::type::list };
    for (const CalcRow &r : c.rows) {
        data row;
        row.set("label", markdownCell(r.label));
        row.set("value", markdownCell(r.value));
        rows.push_back(row);
    }
    data d;
    d.set("key", markdownInline(key).toStdString());
    d.set("verdict", markdownCell((c.pass ? en("pass. ") : en("fail. ")) + c.verdict));
    d.set("formula", c.formula.toStdString());
    d.set("rows", rows);
    return d;
}

} // namespace

QString orrReviewToMarkdown(const ReviewContext &context, const QHash<Id, QString> &people, const QDate &today)
{
    const OrrReview &r = context.review;
    const SignOffSummary summary = signOffSummary(r, context.axioms, today);
    data d;
    d.set("service", markdownCell(context.service.name));
    d.set("tier", std::to_string(context.service.tier));
    d.set("kind", markdownCell(enumLabelEnglish(r.kind)));
    d.set("date", markdownCell(r.reviewDate.toString(Qt::ISODate)));
    d.set("reviewer", markdownCell(people.value(r.reviewerId.value_or(0))));
    QStringList participants;
    for (Id p : r.participantIds)
        participants << people.value(p);
    d.set("participants", markdownCell(participants.join(QStringLiteral(", "))));
    d.set("set", markdownCell(context.set.name));
    d.set("status", markdownCell(enumLabelEnglish(r.status)));
    d.set("answered", std::to_string(summary.answered));
    d.set("total", std::to_string(summary.total));
    const bool isSigned = r.status == ReviewStatus::SignedOff;
    d.set("signed", isSigned);
    d.set("decision", enumLabelEnglish(r.decision).toStdString());
    d.set("decisionOwner", markdownInline(people.value(r.decisionOwnerId.value_or(0))).toStdString());
    d.set("signedAt", r.signedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")).toStdString());
    d.set("decisionNotes", markdownText(r.decisionNotes).toStdString());
    d.set("readiness", (summary.canGo() ? en("Every launch-blocking axiom holds today.")
                                        : en("%1 launch-blocking axioms do not hold today.").arg(summary.blocking.size()))
                           .toStdString());

    data blocking { data::type::list };
    for (const OrrAnswer &a : summary.blocking) {
        const Axiom &axiom = context.axioms.value(a.axiomId);
        data row;
        row.set("key", markdownCell(axiom.key));
        row.set("statement", markdownCell(axiom.statement));
        row.set("state", markdownCell(enumLabelEnglish(a.state)));
        blocking.push_back(row);
    }
    d.set("hasBlocking", !summary.blocking.isEmpty());
    d.set("blocking", blocking);

    data waivers { data::type::list };
    for (const OrrAnswer &a : summary.waivers) {
        data row;
        row.set("key", markdownCell(context.axioms.value(a.axiomId).key));
        row.set("reason", markdownCell(a.waiver->reason));
        row.set("approver", markdownCell(people.value(a.waiver->approverId)));
        row.set("expires", markdownCell(a.waiver->expiresOn.toString(Qt::ISODate)));
        row.set("controls", markdownCell(a.waiver->compensatingControls));
        waivers.push_back(row);
    }
    d.set("hasWaivers", !summary.waivers.isEmpty());
    d.set("waivers", waivers);

    // Areas in the order the library lists them; answers in library order within each.
    QStringList areaOrder;
    QHash<QString, data> areaRows;
    data calculations { data::type::list };
    bool hasCalculations = false;
    for (const OrrAnswer &a : r.answers) {
        const Axiom &axiom = context.axioms.value(a.axiomId);
        if (!areaOrder.contains(axiom.area)) {
            areaOrder << axiom.area;
            areaRows.insert(axiom.area, data { data::type::list });
        }
        data row;
        row.set("key", markdownCell(axiom.key));
        row.set("blocking", axiom.launchBlocking);
        row.set("statement", markdownCell(axiom.statement));
        row.set("state", markdownCell(enumLabelEnglish(a.state)));
        row.set("detail", answerDetail(a, people).toStdString());
        areaRows[axiom.area].push_back(row);
        if (!axiom.calculator.isEmpty() && !a.calculatorInputs.isEmpty()) {
            const auto calc = runCalculator(axiom.calculator, QJsonDocument::fromJson(a.calculatorInputs.toUtf8()).object());
            if (calc) {
                calculations.push_back(calculationData(axiom.key, calc.value()));
                hasCalculations = true;
            }
        }
    }
    data areas { data::type::list };
    for (const QString &area : std::as_const(areaOrder)) {
        data a;
        a.set("area", markdownCell(area));
        a.set("answers", areaRows.value(area));
        areas.push_back(a);
    }
    d.set("areas", areas);
    d.set("hasCalculations", hasCalculations);
    d.set("calculations", calculations);

    return ReportTemplates::render(QStringLiteral("orr-review.md.mustache"), d);
}

Result<QString> orrReviewReport(Database &db, Id reviewId, const QDate &today)
{
    auto context = loadReviewContext(db, reviewId);
    if (!context)
        return context.error();
    auto people = PersonRepository(db).list();
    if (!people)
        return people.error();
    QHash<Id, QString> names;
    for (const Person &p : people.value())
        names.insert(p.id, p.name);
    return orrReviewToMarkdown(context.value(), names, today);
}

} // namespace closeloop
