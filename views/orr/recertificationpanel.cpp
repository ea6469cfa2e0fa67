#include "recertificationpanel.h"
#include "look/tones.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace closeloop {

RecertificationPanel::RecertificationPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_start(new QPushButton(tr("Start review"), this))
{
    setObjectName(QStringLiteral("recertificationPanel"));
    m_summary->setObjectName(QStringLiteral("recertSummary"));
    m_filter->setObjectName(QStringLiteral("recertFilter"));
    m_filter->setToolTip(tr("Every service is reviewed again a year after its last signed-off review."));
    m_filter->addItem(tr("Overdue or due within 30 days"), int(Filter::Soon));
    m_filter->addItem(tr("Overdue"), int(Filter::Overdue));
    m_filter->addItem(tr("All services"), int(Filter::All));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &RecertificationPanel::rebuild);
    m_table->setObjectName(QStringLiteral("recertTable"));
    m_table->setHorizontalHeaderLabels({ tr("Service"), tr("Due"), tr("When"), tr("Why then") });
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMaximumHeight(150);
    m_start->setObjectName(QStringLiteral("startRecert"));
    m_start->setToolTip(tr("Start the selected service's next review from a copy of its last signed-off one"));
    auto start = [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        Q_EMIT recertifyRequested(m_table->item(row, 0)->data(Qt::UserRole).toLongLong(),
                                  m_table->item(row, 0)->data(Qt::UserRole + 1).toLongLong());
    };
    connect(m_start, &QPushButton::clicked, this, start);
    connect(m_table, &QTableWidget::itemActivated, this, start);

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Recertification</b>"), this);
    bar->addWidget(title);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_filter);
    bar->addWidget(m_start);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(bar);
    layout->addWidget(m_table);
}

Status RecertificationPanel::reload(Database *db, const QDate &today)
{
    m_today = today;
    m_due.clear();
    if (db) {
        auto due = recertificationDue(*db, today);
        if (!due) {
            rebuild();
            return due.error();
        }
        m_due = due.value();
    }
    rebuild();
    return {};
}

void RecertificationPanel::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

int RecertificationPanel::visibleCount() const
{
    return m_table->rowCount();
}

void RecertificationPanel::rebuild()
{
    const auto filter = Filter(m_filter->currentData().toInt());
    int overdue = 0;
    int soon = 0;
    m_table->setRowCount(0);
    for (const RecertificationDue &d : std::as_const(m_due)) {
        const qint64 days = m_today.daysTo(d.due);
        overdue += days < 0 ? 1 : 0;
        soon += days >= 0 && days <= kSoonDays ? 1 : 0;
        if ((filter == Filter::Overdue && days >= 0) || (filter == Filter::Soon && days > kSoonDays))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *service = new QTableWidgetItem(d.serviceName);
        service->setData(Qt::UserRole, d.serviceId);
        service->setData(Qt::UserRole + 1, d.lastReviewId);
        const QString when = days < 0 ? tr("overdue by %n day(s)", nullptr, int(-days))
            : days == 0               ? tr("due today")
                                      : tr("in %n day(s)", nullptr, int(days));
        auto *whenItem = new QTableWidgetItem(when);
        if (days < 0)
            whenItem->setForeground(themed(QColor(0x8e, 0x1b, 0x1b)));
        m_table->setItem(row, 0, service);
        m_table->setItem(row, 1, new QTableWidgetItem(d.due.toString(Qt::ISODate)));
        m_table->setItem(row, 2, whenItem);
        m_table->setItem(row, 3, new QTableWidgetItem(d.reason));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(m_due.isEmpty() ? tr("no services yet")
                                       : tr("%1 overdue · %2 due within %3 days · %4 services")
                                             .arg(overdue).arg(soon).arg(kSoonDays).arg(m_due.size()));
    m_start->setEnabled(m_table->rowCount() > 0);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

} // namespace closeloop
