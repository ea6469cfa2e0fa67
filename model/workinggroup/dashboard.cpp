#include "dashboard.h"

#include "statistics.h"

#include <QHash>
#include <QMap>

#include <tuple>

#include <algorithm>

namespace closeloop {

namespace {

QDate monthStart(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

bool inPeriod(const QDate &date, const DashboardFilter &filter)
{
    return date.isValid() && (!filter.from.isValid() || date >= filter.from) && (!filter.to.isValid() || date <= filter.to);
}

bool serviceMatches(Id serviceId, const QString &team, const DashboardFilter &filter)
{
    return (filter.serviceIds.isEmpty() || filter.serviceIds.contains(serviceId))
        && (filter.teams.isEmpty() || filter.teams.contains(team));
}

bool coeMatches(const CoeFact &coe, const DashboardFilter &filter)
{
    return inPeriod(coe.date, filter) && serviceMatches(coe.serviceId, coe.team, filter)
        && (filter.severities.isEmpty() || filter.severities.contains(coe.severity));
}

// Counts each term once per COE, most frequent first, ties by name.
class TermCounter {
public:
    explicit TermCounter(qsizetype quarters) : m_quarters(quarters) { }
    void add(const QString &term, Id coeId, qsizetype quarter)
    {
        if (term.trimmed().isEmpty())
            return;
        auto it = m_terms.find(term);
        if (it == m_terms.end())
            it = m_terms.insert(term, TermCount { term, QList<int>(m_quarters, 0), {} });
        if (!it->coeIds.isEmpty() && it->coeIds.constLast() == coeId)
            return;
        it->coeIds.append(coeId);
        if (quarter >= 0 && quarter < m_quarters)
            ++it->perQuarter[quarter];
    }
    QList<TermCount> sorted() const
    {
        QList<TermCount> terms = m_terms.values();
        std::sort(terms.begin(), terms.end(), [](const TermCount &a, const TermCount &b) {
            return a.total() != b.total() ? a.total() > b.total() : a.term.localeAwareCompare(b.term) < 0;
        });
        return terms;
    }

private:
    qsizetype m_quarters;
    QHash<QString, TermCount> m_terms;
};

std::optional<double> share(qsizetype part, qsizetype whole)
{
    if (whole == 0)
        return std::nullopt;
    return double(part) / double(whole);
}

void fillDurations(QuarterBucket &quarter, const QList<double> &ttd, const QList<double> &ttm)
{
    quarter.ttdCount = int(ttd.size());
    quarter.ttmCount = int(ttm.size());
    quarter.ttdMedian = median(ttd);
    quarter.ttdP90 = percentile(ttd, 90);
    quarter.ttmMedian = median(ttm);
    quarter.ttmP90 = percentile(ttm, 90);
}

} // namespace

int MonthBucket::total() const
{
    int n = 0;
    for (const auto &ids : bySeverity)
        n += int(ids.size());
    return n;
}

std::optional<double> ActionHealth::strongShare() const
{
    return share(strongOpened, opened);
}

std::optional<double> Dashboard::customerDetectedShare() const
{
    return share(customerDetected.size(), coeIds.size());
}

QDate quarterStart(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

QList<OpenItemGroup> openItemGroups(const QList<ActionFact> &items, const QDate &today)
{
    QMap<std::tuple<Id, bool, int>, OpenItemGroup> groups;
    for (const ActionFact &item : items) {
        const bool overdue = item.isOpen() && item.due && *item.due < today;
        const bool blocking = item.isOpen() && item.launchBlocking;
        if (!overdue && !blocking)
            continue;
        const bool fromCoe = item.source == ActionSource::Coe;
        OpenItemGroup &g = groups[{ item.serviceId, fromCoe, fromCoe ? item.coeSeverity : 0 }];
        g.serviceId = item.serviceId;
        g.team = item.team;
        g.fromCoe = fromCoe;
        g.severity = fromCoe ? item.coeSeverity : 0;
        g.overdue += overdue ? 1 : 0;
        g.launchBlocking += blocking ? 1 : 0;
        if (overdue && fromCoe && !g.overdueCoeIds.contains(item.coeId))
            g.overdueCoeIds.append(item.coeId);
    }
    QList<OpenItemGroup> out;
    for (OpenItemGroup &g : groups) {
        std::sort(g.overdueCoeIds.begin(), g.overdueCoeIds.end());
        out.append(g);
    }
    return out;
}

QString quarterLabel(const QDate &date)
{
    return QStringLiteral("%1 Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

DashboardFilter defaultFilter(const QDate &today)
{
    DashboardFilter filter;
    filter.to = monthStart(today).addMonths(1).addDays(-1);
    filter.from = monthStart(today).addMonths(-11);
    return filter;
}

QList<TermCount> recurring(const QList<TermCount> &terms, int minimum)
{
    QList<TermCount> repeated;
    for (const TermCount &term : terms)
        if (term.total() >= minimum)
            repeated.append(term);
    return repeated;
}

Dashboard computeDashboard(const DashboardFacts &facts, const DashboardFilter &filter, const QDate &today)
{
    Dashboard d;
    d.today = today;
    d.filter = filter;

    QList<const CoeFact *> coes;
    QDate first = filter.from, last = filter.to;
    for (const CoeFact &coe : facts.coes)
        if (coeMatches(coe, filter)) {
            coes.append(&coe);
            if (!filter.from.isValid() && (!first.isValid() || coe.date < first))
                first = coe.date;
            if (!filter.to.isValid() && (!last.isValid() || coe.date > last))
                last = coe.date;
        }
    std::sort(coes.begin(), coes.end(), [](const CoeFact *a, const CoeFact *b) {
        return a->date != b->date ? a->date < b->date : a->id < b->id;
    });

    // Every month and quarter of the period gets a bucket, so an empty
    // month shows as a zero rather than vanishing from the axis.
    QHash<QDate, qsizetype> monthIndex, quarterIndex;
    if (first.isValid() && last.isValid() && first <= last) {
        for (QDate m = monthStart(first); m <= last; m = m.addMonths(1)) {
            monthIndex.insert(m, d.months.size());
            d.months.append(MonthBucket { m, {}, 0, 0, {}, {} });
        }
        for (QDate q = quarterStart(first); q <= last; q = q.addMonths(3)) {
            quarterIndex.insert(q, d.quarters.size());
            d.quarters.append(QuarterBucket { q, quarterLabel(q), {}, {}, 0, 0, {}, {}, {}, {} });
        }
    }
    QList<QList<double>> ttd(d.quarters.size()), ttm(d.quarters.size());
    TermCounter triggers(d.quarters.size()), categories(d.quarters.size()), tags(d.quarters.size()),
        services(d.quarters.size());

    for (const CoeFact *coe : std::as_const(coes)) {
        d.coeIds.append(coe->id);
        const qsizetype month = monthIndex.value(monthStart(coe->date), -1);
        const qsizetype quarter = quarterIndex.value(quarterStart(coe->date), -1);
        if (month >= 0)
            d.months[month].bySeverity[std::clamp(coe->severity, 1, 5) - 1].append(coe->id);
        const bool byCustomer = coe->detection == DetectionMethod::CustomerReport;
        if (byCustomer)
            d.customerDetected.append(coe->id);
        if (quarter >= 0) {
            QuarterBucket &q = d.quarters[quarter];
            q.coeIds.append(coe->id);
            if (byCustomer)
                q.customerDetected.append(coe->id);
            if (coe->ttdSeconds)
                ttd[quarter].append(double(*coe->ttdSeconds));
            if (coe->ttmSeconds)
                ttm[quarter].append(double(*coe->ttmSeconds));
        }
        triggers.add(coe->trigger, coe->id, quarter);
        categories.add(coe->category, coe->id, quarter);
        for (const QString &tag : coe->tags)
            tags.add(tag, coe->id, quarter);
        services.add(coe->serviceName, coe->id, quarter);
        if (coe->noAxiomExists)
            d.proposals.append(AxiomProposal { coe->id, coe->title, coe->serviceName, coe->date, coe->axiomProposal });
    }
    for (qsizetype i = 0; i < d.quarters.size(); ++i)
        fillDurations(d.quarters[i], ttd.at(i), ttm.at(i));
    d.triggers = triggers.sorted();
    d.categories = categories.sorted();
    d.tags = tags.sorted();
    d.services = services.sorted();

    // Action items follow the service and team filter through their
    // source; with a severity filter only COE items of those severities
    // count, since an ORR item has no severity.
    const QSet<Id> coeSet(d.coeIds.cbegin(), d.coeIds.cend());
    QSet<Id> ttdDone, blastDone;
    // Lists of COE ids keep the order met; these sets keep them free of
    // repeats without a search of the list per item (quadratic at 50,000).
    QHash<qsizetype, QSet<Id>> openedSeen, closedSeen;
    QList<double> daysToClose;
    for (const ActionFact &item : facts.actions) {
        if (!serviceMatches(item.serviceId, item.team, filter))
            continue;
        // The item carries its COE's severity: an overdue item's COE may be
        // older than the period, and then is not among the facts read.
        if (!filter.severities.isEmpty() && (item.source != ActionSource::Coe || !filter.severities.contains(item.coeSeverity)))
            continue;
        if (item.source == ActionSource::Coe && coeSet.contains(item.coeId)) {
            if (item.addresses == ActionTarget::HalveTtd)
                ttdDone.insert(item.coeId);
            if (item.addresses == ActionTarget::HalveBlastRadius)
                blastDone.insert(item.coeId);
        }
        if (inPeriod(item.opened, filter)) {
            ++d.actions.opened;
            if (item.strong)
                ++d.actions.strongOpened;
            if (const qsizetype m = monthIndex.value(monthStart(item.opened), -1); m >= 0) {
                ++d.months[m].opened;
                if (item.source == ActionSource::Coe && !openedSeen[m].contains(item.coeId)) {
                    openedSeen[m].insert(item.coeId);
                    d.months[m].openedCoeIds.append(item.coeId);
                }
            }
        }
        if (item.status == ActionStatus::Done && item.doneOn && inPeriod(*item.doneOn, filter)) {
            ++d.actions.closed;
            // An item entered after the work was done (a done date earlier
            // than the day it was recorded) closed at once, not in negative time.
            daysToClose.append(double(std::max<qint64>(0, item.opened.daysTo(*item.doneOn))));
            if (const qsizetype m = monthIndex.value(monthStart(*item.doneOn), -1); m >= 0) {
                ++d.months[m].closed;
                if (item.source == ActionSource::Coe && !closedSeen[m].contains(item.coeId)) {
                    closedSeen[m].insert(item.coeId);
                    d.months[m].closedCoeIds.append(item.coeId);
                }
            }
        }
    }
    // Overdue and launch-blocking, whenever opened, by service and severity.
    for (const OpenItemGroup &g : facts.openGroups) {
        if (!serviceMatches(g.serviceId, g.team, filter))
            continue;
        if (!filter.severities.isEmpty() && (!g.fromCoe || !filter.severities.contains(g.severity)))
            continue;
        d.actions.overdue += g.overdue;
        d.actions.overdueCoeIds.append(g.overdueCoeIds);
        d.orr.openLaunchBlocking += g.launchBlocking;
    }
    std::sort(d.actions.overdueCoeIds.begin(), d.actions.overdueCoeIds.end());
    d.actions.overdueCoeIds.erase(std::unique(d.actions.overdueCoeIds.begin(), d.actions.overdueCoeIds.end()),
                                  d.actions.overdueCoeIds.end());
    d.actions.medianDaysToClose = median(daysToClose);
    d.halving.coes = int(d.coeIds.size());
    for (Id id : std::as_const(d.coeIds)) {
        if (ttdDone.contains(id))
            d.halving.ttdWithActions.append(id);
        if (blastDone.contains(id))
            d.halving.blastWithActions.append(id);
    }

    for (const RecertificationDue &due : facts.recertifications)
        if (serviceMatches(due.serviceId, facts.serviceTeams.value(due.serviceId), filter) && due.isOverdue(today))
            d.orr.overdue.append(due);
    for (const WaiverFact &waiver : facts.waivers) {
        if (!serviceMatches(waiver.serviceId, waiver.team, filter))
            continue;
        (waiver.expiresOn >= today ? d.orr.activeWaivers : d.orr.expiredWaivers).append(waiver);
    }
    return d;
}

} // namespace closeloop
