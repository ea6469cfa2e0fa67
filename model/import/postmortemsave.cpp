#include "postmortemsave.h"
#include "domain/translate.h"

#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"
#include "storage/personrepository.h"
#include "storage/servicerepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::PostmortemImport", text);
}

std::optional<Instant> instantOf(const std::optional<LooseTime> &t)
{
    if (!t || !t->isInstant())
        return std::nullopt;
    return Instant::fromLocal(QDateTime(t->date, *t->time, QTimeZone(*t->offsetSeconds)));
}

DetectionMethod detectionOf(const QString &method)
{
    if (method == QLatin1String("alarm"))
        return DetectionMethod::Alarm;
    if (method == QLatin1String("customer"))
        return DetectionMethod::CustomerReport;
    if (method == QLatin1String("internal"))
        return DetectionMethod::InternalReport;
    if (method == QLatin1String("other"))
        return DetectionMethod::Other;
    return DetectionMethod::Unknown;
}

} // namespace

Coe coeFromPostmortem(const ImportedPostmortem &pm)
{
    Coe c;
    c.title = pm.title.simplified().isEmpty() ? pm.file : pm.title.simplified();
    c.summary = pm.summary;
    c.impact = pm.impact;
    c.impactStart = instantOf(pm.startedAt);
    c.detected = instantOf(pm.detectedAt);
    c.mitigated = instantOf(pm.mitigatedAt);
    c.resolved = instantOf(pm.resolvedAt);
    c.detectionMethod = detectionOf(pm.detectionMethod);
    c.detectionSource = pm.detection.simplified().left(500);
    c.resolution = pm.resolution;
    c.lessons = pm.lessons;
    c.trigger = pm.trigger.simplified().left(200);

    QStringList notes;
    notes << tr("Imported from %1.").arg(pm.file);
    for (const QString &w : pm.warnings)
        notes << w;
    // A milestone the file gives without a full time is kept as written.
    const std::pair<const char *, const std::optional<LooseTime> *> milestones[] = {
        { QT_TRANSLATE_NOOP("closeloop::PostmortemImport", "Impact started"), &pm.startedAt },
        { QT_TRANSLATE_NOOP("closeloop::PostmortemImport", "Detected"), &pm.detectedAt },
        { QT_TRANSLATE_NOOP("closeloop::PostmortemImport", "Mitigated"), &pm.mitigatedAt },
        { QT_TRANSLATE_NOOP("closeloop::PostmortemImport", "Resolved"), &pm.resolvedAt },
    };
    for (const auto &[label, time] : milestones)
        if (*time && !(*time)->isInstant())
            notes << tr("%1 (as written, not a full time): %2").arg(tr(label), (*time)->describe());
    QStringList loose;
    int n = 0;
    for (const ImportedEvent &e : pm.timeline) {
        if (const auto at = instantOf(e.at))
            c.timeline.append({ -(++n), *at, TimelineKind::Event, e.text, {} });
        else
            loose << (e.at ? e.at->describe() + QStringLiteral(": ") : QString()) + e.text;
    }
    if (!loose.isEmpty())
        notes << tr("Timeline lines without a full time (date, time and zone):") + QLatin1Char('\n') + loose.join(QLatin1Char('\n'));
    if (!pm.rootCause.isEmpty() && !pm.whys.isEmpty())
        notes << tr("Root cause as written:") + QLatin1Char('\n') + pm.rootCause;
    for (const ImportedNote &note : pm.unmapped)
        notes << note.heading + QLatin1Char('\n') + note.text;
    c.notes = notes.join(QStringLiteral("\n\n"));

    // The chain of whys: each answer asked "why?" of the one before.
    QStringList chain = pm.whys;
    if (chain.isEmpty() && !pm.rootCause.isEmpty())
        chain << pm.rootCause;
    OptionalId parent;
    for (const QString &answer : std::as_const(chain)) {
        const Id id = -(++n);
        c.whys.append({ id, parent, 0, tr("Why?"), answer, {}, std::nullopt });
        parent = id;
    }
    for (qsizetype i = 1; i < pm.services.size(); ++i)
        c.blastScopes.append({ BlastScopeKind::DependentService, pm.services.at(i) });
    return c;
}

Result<QList<Id>> saveImportedPostmortems(Database &db, const QList<ImportedPostmortem> &postmortems)
{
    Transaction tx(db);
    QHash<QString, Id> people;
    auto personList = PersonRepository(db).list();
    if (!personList)
        return personList.error();
    for (const Person &p : personList.value())
        people.insert(p.name.toLower(), p.id);
    QHash<QString, Id> services;
    auto serviceList = ServiceRepository(db).list();
    if (!serviceList)
        return serviceList.error();
    for (const ServiceSummary &s : serviceList.value())
        services.insert(s.service.name.toLower(), s.service.id);

    QList<Id> ids;
    for (const ImportedPostmortem &pm : postmortems) {
        Coe c = coeFromPostmortem(pm);
        if (!pm.services.isEmpty()) {
            const QString name = pm.services.constFirst();
            if (!services.contains(name.toLower())) {
                Service s;
                s.name = name;
                auto id = ServiceRepository(db).create(s);
                if (!id)
                    return Error { tr("%1: the service \"%2\" could not be added: %3").arg(pm.file, name, id.errorMessage()) };
                services.insert(name.toLower(), id.value());
            }
            c.serviceId = services.value(name.toLower());
        }
        auto coeId = CoeRepository(db).create(c);
        if (!coeId)
            return Error { tr("%1 could not be saved: %2 Nothing was imported.").arg(pm.file, coeId.errorMessage()) };
        for (const ImportedAction &a : pm.actions) {
            ActionItem item;
            item.title = a.title.left(500);
            item.source = ActionSource::Coe;
            item.sourceId = coeId.value();
            if (a.done.value_or(false))
                item.status = ActionStatus::Done;
            const QDate due = QDate::fromString(a.due, Qt::ISODate);
            if (due.isValid())
                item.due = due;
            if (!a.owner.isEmpty()) {
                if (!people.contains(a.owner.toLower())) {
                    Person p;
                    p.name = a.owner;
                    auto pid = PersonRepository(db).create(p);
                    if (!pid)
                        return Error { tr("%1: the owner \"%2\" could not be added: %3").arg(pm.file, a.owner, pid.errorMessage()) };
                    people.insert(a.owner.toLower(), pid.value());
                }
                item.ownerId = people.value(a.owner.toLower());
            }
            if (auto s = ActionItemRepository(db).create(item); !s)
                return Error { tr("%1: the action item \"%2\" could not be saved: %3").arg(pm.file, a.title, s.errorMessage()) };
        }
        ids << coeId.value();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return ids;
}

} // namespace closeloop
