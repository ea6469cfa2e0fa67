#include "findingloop.h"
#include "domain/translate.h"

#include "storage/actionitemrepository.h"
#include "storage/axiomrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::FindingLoop", text);
}

QString coeList(const QList<Id> &ids)
{
    QStringList out;
    for (Id id : ids)
        out << QStringLiteral("COE-%1").arg(id);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString findingProblem(const Finding &f, const FindingDecision &decision)
{
    if (f.title.trimmed().isEmpty())
        return tr("Give the finding a title: the pattern in one line, e.g. \"Configuration changes skip staged rollout\".");
    if (f.coeIds.isEmpty())
        return tr("Tick the COEs that show the pattern: a finding rests on at least one COE.");
    switch (f.outcome) {
    case FindingOutcome::Undecided:
        break;
    case FindingOutcome::NewAxiom:
        if (!decision.newAxiom && !f.axiomId)
            return tr("Write the new axiom (Decide > New ORR axiom) before saving this outcome.");
        break;
    case FindingOutcome::AutomatedCheck:
        if (!decision.check && f.id == 0)
            return tr("Say which check the pipeline gets: the action item needs a title.");
        if (decision.check && decision.check->title.trimmed().isEmpty())
            return tr("Say which check the pipeline gets: the action item needs a title.");
        break;
    case FindingOutcome::BestPractice:
        if (f.outcomeNotes.trimmed().isEmpty())
            return tr("Write the best practice in the notes: what teams should do from now on.");
        break;
    }
    return {};
}

Status saveFinding(Database &db, Finding &finding, const FindingDecision &decision)
{
    if (const QString problem = findingProblem(finding, decision); !problem.isEmpty())
        return Error { problem };
    Finding f = finding;
    f.status = f.outcome == FindingOutcome::Undecided ? FindingStatus::Open : FindingStatus::Decided;
    if (f.status == FindingStatus::Decided && !f.decidedAt.isValid())
        f.decidedAt = QDateTime::currentDateTimeUtc();
    Transaction tx(db);
    if (f.outcome == FindingOutcome::NewAxiom && decision.newAxiom) {
        Axiom axiom = *decision.newAxiom;
        for (Id coe : f.coeIds)
            if (!axiom.motivatingCoeIds.contains(coe))
                axiom.motivatingCoeIds.append(coe);
        auto added = AxiomRepository(db).add(axiom);
        if (!added)
            return added.error();
        f.axiomId = added.value();
    }
    FindingRepository findings(db);
    if (f.id == 0) {
        if (auto r = findings.create(f); !r)
            return r.error();
    } else if (auto s = findings.update(f); !s) {
        return s;
    }
    if (f.outcome == FindingOutcome::AutomatedCheck && decision.check) {
        ActionItem item = *decision.check;
        item.source = ActionSource::Finding;
        item.sourceId = f.id;
        if (auto r = ActionItemRepository(db).create(item); !r)
            return r.error();
    }
    if (auto s = tx.commit(); !s)
        return s;
    finding = f;
    return {};
}

QString nextAxiomKey(const QList<Axiom> &axioms, const QString &prefix)
{
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d+)$").arg(QRegularExpression::escape(prefix)));
    int highest = 0;
    for (const Axiom &a : axioms)
        if (const auto m = pattern.match(a.key); m.hasMatch())
            highest = std::max(highest, m.captured(1).toInt());
    return QStringLiteral("%1-%2").arg(prefix).arg(highest + 1);
}

Axiom axiomDraft(const Finding &finding, Id setId, const QString &area, const QString &key)
{
    Axiom a;
    a.setId = setId;
    a.key = key;
    a.area = area;
    a.statement = finding.title.trimmed();
    QStringList rationale;
    if (!finding.description.trimmed().isEmpty())
        rationale << finding.description.trimmed();
    rationale << tr("From the working group's finding, seen in %1.").arg(coeList(finding.coeIds));
    a.rationale = rationale.join(QStringLiteral("\n\n"));
    a.motivatingCoeIds = finding.coeIds;
    return a;
}

ActionItem automatedCheckDraft(const Finding &finding, OptionalId owner, const QDate &due)
{
    ActionItem item;
    item.title = tr("Add a deployment pipeline check that stops: %1").arg(finding.title.trimmed());
    item.description = tr("Automated check decided by the safety working group after %1.").arg(coeList(finding.coeIds));
    item.type = ActionType::Prevent;
    item.priority = 1;
    item.ownerId = owner;
    item.due = due;
    item.source = ActionSource::Finding;
    return item;
}

Result<CoeTrace> coeTrace(Database &db, Id coeId)
{
    auto findings = FindingRepository(db).list();
    if (!findings)
        return findings.error();
    CoeTrace trace;
    QSet<QString> producedKeys;
    for (const FindingSummary &s : findings.value())
        if (s.finding.coeIds.contains(coeId)) {
            trace.findings.append(s);
            if (!s.axiomKey.isEmpty())
                producedKeys.insert(s.axiomKey);
        }
    AxiomRepository axioms(db);
    auto sets = axioms.listSets();
    if (!sets)
        return sets.error();
    for (const AxiomSet &set : sets.value()) {
        auto current = axioms.current(set.id);
        if (!current)
            return current.error();
        for (const Axiom &a : current.value())
            if (a.motivatingCoeIds.contains(coeId) || producedKeys.contains(a.key))
                trace.axioms.append(a);
    }
    return trace;
}

Result<AxiomTrace> axiomTrace(Database &db, const Axiom &axiom)
{
    auto findings = FindingRepository(db).list();
    if (!findings)
        return findings.error();
    AxiomTrace trace { axiom.motivatingCoeIds, {} };
    for (const FindingSummary &s : findings.value())
        if (s.axiomKey == axiom.key && !axiom.key.isEmpty()) {
            trace.findings.append(s);
            for (Id id : s.finding.coeIds)
                if (!trace.coeIds.contains(id))
                    trace.coeIds.append(id);
        }
    return trace;
}

} // namespace closeloop
