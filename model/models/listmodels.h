#pragma once

#include "domain/actionitem.h"
#include "domain/coe.h"
#include "domain/orr.h"
#include "recordtablemodel.h"
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

class CoeListModel final : public RecordTableModel<CoeSummary> {
public:
    enum Column { IdColumn, TitleColumn, ServiceColumn, SeverityColumn, StatusColumn, StartColumn, AuthorColumn, OpenActionsColumn };
    explicit CoeListModel(QObject *parent = nullptr);
    Status reload(Database &db);
    static QList<StateChoice> stateChoices();

protected:
    qint64 rowId(const CoeSummary &row) const override { return row.id; }
    QStringList filterKeys(const CoeSummary &row) const override;
};

class ActionItemListModel final : public RecordTableModel<ActionItemSummary> {
public:
    enum Column { IdColumn, TitleColumn, OwnerColumn, DueColumn, StatusColumn, PriorityColumn, TypeColumn, StrengthColumn, ServiceColumn, SourceColumn };
    explicit ActionItemListModel(QObject *parent = nullptr);
    Status reload(Database &db);
    // Overdue is judged against this date (today unless a test says otherwise).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }
    int overdueCount() const;
    static QList<StateChoice> stateChoices();

protected:
    qint64 rowId(const ActionItemSummary &row) const override { return row.item.id; }
    QStringList filterKeys(const ActionItemSummary &row) const override;
    bool needsAttention(const ActionItemSummary &row) const override { return row.item.isOverdue(m_today); }

private:
    QDate m_today = QDate::currentDate();
};

class OrrReviewListModel final : public RecordTableModel<OrrReviewSummary> {
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
