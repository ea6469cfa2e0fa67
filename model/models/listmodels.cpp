#include "listmodels.h"

#include "actions/actionrules.h"
#include "storage/actionitemrepository.h"
#include "storage/actionlistreader.h"
#include "storage/coelistreader.h"
#include "storage/coerepository.h"
#include "storage/databasestats.h"
#include "storage/orrreviewrepository.h"
#include "domain/localdate.h"

#include <QLocale>
#include <QCoreApplication>

namespace closeloop {

namespace {

const Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

QString idText(qint64 id) { return QString::number(id); }

// An instant as lived where it happened: local time and its UTC offset.
QString localTimeText(const std::optional<Instant> &at)
{
    if (!at)
        return {};
    const QDateTime local = at->local();
    const int offset = at->offsetMinutes;
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    const QLocale locale;
    const QString when = locale.language() == QLocale::C
        ? local.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(local.time(), QLocale::ShortFormat);
    return when + QStringLiteral(" UTC%1%2:%3").arg(sign)
        .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0')).arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
}

QString dateText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

// Shown with shownDate(); sort keys stay ISO, which sorts by date.

template <typename E>
QList<StateChoice> choicesOf()
{
    QList<StateChoice> list;
    for (E value : enumValues<E>())
        list.append({ enumKey(value), enumLabel(value) });
    return list;
}

} // namespace

CoeListModel::CoeListModel(QObject *parent) : PagedRecordModel(parent)
{
    setColumns({
        { tr("ID"), [](const CoeSummary &r) { return idText(r.id); }, [](const CoeSummary &r) { return r.id; }, kRight },
        { tr("Title"), [](const CoeSummary &r) { return r.title; } },
        { tr("Service"), [](const CoeSummary &r) { return r.serviceName; } },
        { tr("Severity"), [](const CoeSummary &r) { return QStringLiteral("SEV-%1").arg(r.severity); },
          [](const CoeSummary &r) { return r.severity; } },
        { tr("Status"), [](const CoeSummary &r) { return enumLabel(r.status); },
          [](const CoeSummary &r) { return int(r.status); } },
        { tr("Impact started"), [](const CoeSummary &r) { return localTimeText(r.impactStart); },
          [](const CoeSummary &r) { return r.impactStart ? toStorageText(r.impactStart->utc) : QString(); } },
        { tr("Author"), [](const CoeSummary &r) { return r.authorName; } },
        { tr("Open actions"), [](const CoeSummary &r) { return r.openActionItems; }, {}, kRight },
    });
}

CoeListQuery CoeListModel::query() const
{
    CoeListQuery query;
    query.text = queryText();
    query.status = enumFromKey<CoeStatus>(queryState());
    query.order = CoeListQuery::Order(sortColumn());
    query.descending = sortOrder() == Qt::DescendingOrder;
    return query;
}

Result<QList<Id>> CoeListModel::queryIds(Database &db, int limit)
{
    return CoeListReader(db).ids(query(), limit);
}

std::function<Result<QList<Id>>(Database &)> CoeListModel::idsReader() const
{
    return [query = query()](Database &db) { return CoeListReader(db).ids(query, -1); };
}

std::optional<Result<int>> CoeListModel::queryCount(Database &db)
{
    // Words in the filter box are matched by scanning: counting them costs
    // as much as reading the ids.
    if (!queryText().isEmpty())
        return std::nullopt;
    return CoeListReader(db).count(query());
}

Result<QList<CoeSummary>> CoeListModel::queryRows(Database &db, const QList<Id> &ids) const
{
    return CoeListReader(db).rows(ids);
}

Result<int> CoeListModel::queryTotal(Database &db)
{
    auto n = countRows(db, QStringLiteral("coes"));
    if (!n)
        return n.error();
    return int(n.value());
}

CoeSummary CoeListModel::placeholder(Id id) const
{
    CoeSummary s;
    s.id = id;
    s.title = tr("(deleted meanwhile: reload with F5)");
    return s;
}

QList<StateChoice> CoeListModel::stateChoices()
{
    return choicesOf<CoeStatus>();
}

QStringList CoeListModel::filterKeys(const CoeSummary &row) const
{
    return { enumKey(row.status) };
}

ActionItemListModel::ActionItemListModel(QObject *parent) : PagedRecordModel(parent)
{
    setColumns({
        { tr("ID"), [](const ActionItemSummary &r) { return idText(r.item.id); }, [](const ActionItemSummary &r) { return r.item.id; }, kRight },
        { tr("Title"), [](const ActionItemSummary &r) { return r.item.title; } },
        { tr("Owner"), [](const ActionItemSummary &r) { return r.ownerName; } },
        { tr("Due"), [](const ActionItemSummary &r) { return r.item.due ? shownDate(*r.item.due) : QString(); },
          [](const ActionItemSummary &r) { return r.item.due ? dateText(*r.item.due) : QStringLiteral("9999"); } },
        { tr("Status"), [](const ActionItemSummary &r) { return enumLabel(r.item.status); },
          [](const ActionItemSummary &r) { return int(r.item.status); } },
        { tr("Priority"), [](const ActionItemSummary &r) { return QStringLiteral("P%1").arg(r.item.priority); },
          [](const ActionItemSummary &r) { return r.item.priority; } },
        { tr("Type"), [](const ActionItemSummary &r) { return enumLabel(r.item.type); } },
        { tr("Strength"), [](const ActionItemSummary &r) {
              return enumLabel(enumFromKey<ActionStrength>(r.strengthKey).value_or(ActionStrength::Weak));
          },
          [](const ActionItemSummary &r) { return int(enumFromKey<ActionStrength>(r.strengthKey).value_or(ActionStrength::Weak)); } },
        { tr("Service"), [](const ActionItemSummary &r) { return r.serviceName; } },
        { tr("Source"), [](const ActionItemSummary &r) {
              return QStringLiteral("%1 %2: %3").arg(enumLabel(r.item.source)).arg(r.item.sourceId).arg(r.sourceTitle);
          } },
    });
}

void ActionItemListModel::setFilter(const ActionFilter &filter)
{
    m_filter = filter;
    requeryOrSay();
}

ActionListQuery ActionItemListModel::query() const
{
    ActionListQuery query;
    query.filter = m_filter;
    query.stateKey = queryState();
    query.text = queryText();
    query.order = ActionListQuery::Order(sortColumn());
    query.descending = sortOrder() == Qt::DescendingOrder;
    query.today = m_today;
    return query;
}

Result<QList<Id>> ActionItemListModel::queryIds(Database &db, int limit)
{
    return ActionListReader(db).ids(query(), limit);
}

std::optional<Result<int>> ActionItemListModel::queryCount(Database &)
{
    // Every id at once: half a million of them take 400 ms to read, which
    // is better paid when the page opens than in the middle of a scroll.
    // (The COE list, a fifth of the size and shown at start, counts.)
    return std::nullopt;
}

Result<QList<ActionItemSummary>> ActionItemListModel::queryRows(Database &db, const QList<Id> &ids) const
{
    return ActionListReader(db).rows(ids);
}

Result<int> ActionItemListModel::queryTotal(Database &db)
{
    // Read with the total: the tracker's summary and the start-of-day
    // notice speak of every item, whatever the filter shows.
    auto overdue = ActionListReader(db).overdue(m_today);
    if (!overdue)
        return overdue.error();
    m_overdue = std::move(overdue).value();
    auto n = countRows(db, QStringLiteral("action_items"));
    if (!n)
        return n.error();
    return int(n.value());
}

ActionItemSummary ActionItemListModel::placeholder(Id id) const
{
    ActionItemSummary s;
    s.item.id = id;
    s.item.title = tr("(deleted meanwhile: reload with F5)");
    return s;
}

QList<StateChoice> ActionItemListModel::stateChoices()
{
    QList<StateChoice> list { { QStringLiteral("overdue"), tr("Overdue") }, { QStringLiteral("unfinished"), tr("Open or in progress") } };
    return list + choicesOf<ActionStatus>();
}

QStringList ActionItemListModel::filterKeys(const ActionItemSummary &row) const
{
    QStringList keys { enumKey(row.item.status) };
    if (row.item.isOpen())
        keys << QStringLiteral("unfinished");
    if (row.item.isOverdue(m_today))
        keys << QStringLiteral("overdue");
    return keys;
}

OrrReviewListModel::OrrReviewListModel(QObject *parent) : RecordTableModel(parent)
{
    setColumns({
        { tr("ID"), [](const OrrReviewSummary &r) { return idText(r.id); }, [](const OrrReviewSummary &r) { return r.id; }, kRight },
        { tr("Service"), [](const OrrReviewSummary &r) { return r.serviceName; } },
        { tr("Kind"), [](const OrrReviewSummary &r) { return enumLabel(r.kind); } },
        { tr("Date"), [](const OrrReviewSummary &r) { return shownDate(r.reviewDate); }, [](const OrrReviewSummary &r) { return dateText(r.reviewDate); } },
        { tr("Status"), [](const OrrReviewSummary &r) { return enumLabel(r.status); } },
        { tr("Decision"), [](const OrrReviewSummary &r) { return enumLabel(r.decision); } },
        { tr("Reviewer"), [](const OrrReviewSummary &r) { return r.reviewerName; } },
        { tr("Answered"), [](const OrrReviewSummary &r) { return QStringLiteral("%1 / %2").arg(r.answered).arg(r.total); },
          [](const OrrReviewSummary &r) { return r.total ? double(r.answered) / r.total : 0.0; }, kRight },
    });
}

Status OrrReviewListModel::reload(Database &db)
{
    auto rows = OrrReviewRepository(db).list();
    if (!rows)
        return rows.error();
    setRows(std::move(rows).value());
    return {};
}

QList<StateChoice> OrrReviewListModel::stateChoices()
{
    return choicesOf<ReviewStatus>();
}

QStringList OrrReviewListModel::filterKeys(const OrrReviewSummary &row) const
{
    return { enumKey(row.status) };
}

ServiceListModel::ServiceListModel(QObject *parent) : RecordTableModel(parent)
{
    setColumns({
        { tr("Service"), [](const ServiceSummary &r) { return r.service.name; } },
        { tr("Team"), [](const ServiceSummary &r) { return r.service.team; } },
        { tr("Tier"), [](const ServiceSummary &r) { return r.service.tier; }, {}, kRight },
        { tr("Footprint"), [](const ServiceSummary &r) {
              QStringList regions;
              int zones = 0;
              for (const ServiceZone &z : r.service.footprint) {
                  if (!regions.contains(z.region))
                      regions << z.region;
                  zones += z.zone.isEmpty() ? 0 : 1;
              }
              return tr("%1 (%2 AZs)").arg(regions.join(QStringLiteral(", "))).arg(zones);
          } },
        { tr("Owner"), [](const ServiceSummary &r) { return r.ownerName; } },
        { tr("COEs"), [](const ServiceSummary &r) { return r.coeCount; }, {}, kRight },
        { tr("Open actions"), [](const ServiceSummary &r) { return r.openActionItems; }, {}, kRight },
        { tr("Last ORR sign-off"), [](const ServiceSummary &r) { return r.lastReviewDate.isValid() ? shownDate(r.lastReviewDate) : tr("never"); },
          [](const ServiceSummary &r) { return dateText(r.lastReviewDate); } },
    });
}

Status ServiceListModel::reload(Database &db)
{
    auto rows = ServiceRepository(db).list();
    if (!rows)
        return rows.error();
    setRows(std::move(rows).value());
    return {};
}

QList<StateChoice> ServiceListModel::stateChoices()
{
    return { { QStringLiteral("tier1"), tr("Tier 1") }, { QStringLiteral("never_reviewed"), tr("Never signed off an ORR") } };
}

QStringList ServiceListModel::filterKeys(const ServiceSummary &row) const
{
    QStringList keys { QStringLiteral("tier%1").arg(row.service.tier) };
    if (!row.lastReviewDate.isValid())
        keys << QStringLiteral("never_reviewed");
    return keys;
}

FindingListModel::FindingListModel(QObject *parent) : RecordTableModel(parent)
{
    setColumns({
        { tr("ID"), [](const FindingSummary &r) { return idText(r.finding.id); }, [](const FindingSummary &r) { return r.finding.id; }, kRight },
        { tr("Finding"), [](const FindingSummary &r) { return r.finding.title; } },
        { tr("Status"), [](const FindingSummary &r) { return enumLabel(r.finding.status); } },
        { tr("Outcome"), [](const FindingSummary &r) { return enumLabel(r.finding.outcome); } },
        { tr("COEs"), [](const FindingSummary &r) { return int(r.finding.coeIds.size()); }, {}, kRight },
        { tr("Axiom"), [](const FindingSummary &r) { return r.axiomKey; } },
        { tr("Recorded"), [](const FindingSummary &r) { return shownDate(r.finding.createdAt.date()); },
          [](const FindingSummary &r) { return dateText(r.finding.createdAt.date()); } },
    });
}

Status FindingListModel::reload(Database &db)
{
    auto rows = FindingRepository(db).list();
    if (!rows)
        return rows.error();
    setRows(std::move(rows).value());
    return {};
}

QList<StateChoice> FindingListModel::stateChoices()
{
    return choicesOf<FindingStatus>();
}

QStringList FindingListModel::filterKeys(const FindingSummary &row) const
{
    return { enumKey(row.finding.status) };
}

} // namespace closeloop
