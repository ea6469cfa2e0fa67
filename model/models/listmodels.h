#pragma once

#include "actions/actionexport.h"
#include "actions/actionfilter.h"
#include "domain/actionitem.h"
#include "domain/coe.h"
#include "domain/orr.h"
#include "pagedrecordmodel.h"
#include "storage/actionlistreader.h"
#include "storage/coelistreader.h"
#include "storage/findingrepository.h"
#include "storage/servicerepository.h"

#include <QDate>

namespace closeloop {

class Database;

// One model per list of the main window. Each knows its columns, how to
// load itself from the repositories, and which state keys it offers to the
// state filter (key → label, in display order).
struct StateChoice {
    QString key;
    QString label;
};

class CoeListModel final : public PagedRecordModel<CoeSummary> {
    Q_OBJECT
public:
    // In the order of CoeListQuery::Order: a column sorts by its own key.
    enum Column { IdColumn, TitleColumn, ServiceColumn, SeverityColumn, StatusColumn, StartColumn, AuthorColumn, OpenActionsColumn };
    explicit CoeListModel(QObject *parent = nullptr);
    using PagedRecordModel::reload;
    static QList<StateChoice> stateChoices();

protected:
    qint64 rowId(const CoeSummary &row) const override { return row.id; }
    QStringList filterKeys(const CoeSummary &row) const override;
    Result<QList<Id>> queryIds(Database &db, int limit) override;
    std::optional<Result<int>> queryCount(Database &db) override;
    Result<QList<CoeSummary>> queryRows(Database &db, const QList<Id> &ids) const override;
    Result<int> queryTotal(Database &db) override;
    CoeSummary placeholder(Id id) const override;
    std::function<Result<QList<Id>>(Database &)> idsReader() const override;

private:
    CoeListQuery query() const;
};

class ActionItemListModel final : public PagedRecordModel<ActionItemSummary> {
    Q_OBJECT
public:
    // In the order of ActionListQuery::Order.
    enum Column { IdColumn, TitleColumn, OwnerColumn, DueColumn, StatusColumn, PriorityColumn, TypeColumn, StrengthColumn, ServiceColumn, SourceColumn };
    explicit ActionItemListModel(QObject *parent = nullptr);
    using PagedRecordModel::reload;
    // Overdue is judged against this date (today unless a test says otherwise).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }
    // The tracker's filter bar, on top of the list's text and state.
    void setFilter(const ActionFilter &filter);
    const ActionFilter &filter() const { return m_filter; }
    // Over every item in the database, counted at the last reload.
    const OverdueFacts &overdue() const { return m_overdue; }
    int overdueCount() const { return m_overdue.overdue(); }
    static QList<StateChoice> stateChoices();

protected:
    qint64 rowId(const ActionItemSummary &row) const override { return row.item.id; }
    QStringList filterKeys(const ActionItemSummary &row) const override;
    bool needsAttention(const ActionItemSummary &row) const override { return row.item.isOverdue(m_today); }
    Result<QList<Id>> queryIds(Database &db, int limit) override;
    std::optional<Result<int>> queryCount(Database &db) override;
    Result<QList<ActionItemSummary>> queryRows(Database &db, const QList<Id> &ids) const override;
    Result<int> queryTotal(Database &db) override;
    ActionItemSummary placeholder(Id id) const override;

private:
    ActionListQuery query() const;
    QDate m_today = QDate::currentDate();
    ActionFilter m_filter;
    OverdueFacts m_overdue;
};

class OrrReviewListModel final : public RecordTableModel<OrrReviewSummary> {
    Q_OBJECT
public:
    enum Column { IdColumn, ServiceColumn, KindColumn, DateColumn, StatusColumn, DecisionColumn, ReviewerColumn, ProgressColumn };
    explicit OrrReviewListModel(QObject *parent = nullptr);
    Status reload(Database &db);
    static QList<StateChoice> stateChoices();

protected:
    qint64 rowId(const OrrReviewSummary &row) const override { return row.id; }
    QStringList filterKeys(const OrrReviewSummary &row) const override;
};

class ServiceListModel final : public RecordTableModel<ServiceSummary> {
    Q_OBJECT
public:
    enum Column { NameColumn, TeamColumn, TierColumn, FootprintColumn, OwnerColumn, CoesColumn, OpenActionsColumn, LastReviewColumn };
    explicit ServiceListModel(QObject *parent = nullptr);
    Status reload(Database &db);
    static QList<StateChoice> stateChoices();

protected:
    qint64 rowId(const ServiceSummary &row) const override { return row.service.id; }
    QStringList filterKeys(const ServiceSummary &row) const override;
};

class FindingListModel final : public RecordTableModel<FindingSummary> {
    Q_OBJECT
public:
    enum Column { IdColumn, TitleColumn, StatusColumn, OutcomeColumn, CoesColumn, AxiomColumn, CreatedColumn };
    explicit FindingListModel(QObject *parent = nullptr);
    Status reload(Database &db);
    static QList<StateChoice> stateChoices();

protected:
    qint64 rowId(const FindingSummary &row) const override { return row.finding.id; }
    QStringList filterKeys(const FindingSummary &row) const override;
};

} // namespace closeloop
