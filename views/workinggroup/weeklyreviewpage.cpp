#include "weeklyreviewpage.h"

#include "wheelwidget.h"
#include "workinggroup/dashboardsource.h"
#include "workinggroup/weeklyagenda.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace closeloop {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QTreeWidget *tree(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(objectName);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    return t;
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *g = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(g);
    layout->addWidget(content);
    return g;
}

} // namespace

WeeklyReviewPage::WeeklyReviewPage(QWidget *parent)
    : ReloadingPage(parent)
    , m_week(new QLabel(this))
    , m_quickWins(tree(QStringLiteral("quickWins"), { tr("Action item"), tr("Done"), tr("COE") }, this))
    , m_coes(tree(QStringLiteral("weekCoes"), { tr("COE"), tr("Title"), tr("Service"), tr("Severity"), tr("Began") }, this))
    , m_wheel(new WheelWidget(this))
    , m_count(new QSpinBox(this))
    , m_seed(new QLineEdit(this))
    , m_record(new QCheckBox(tr("Record the spin"), this))
    , m_spin(new QPushButton(tr("&Spin the Wheel"), this))
    , m_picked(tree(QStringLiteral("pickedServices"), { tr("Service"), tr("Team"), tr("Waited"), tr("COEs"),
                                                         tr("Open items"), tr("Last ORR") }, this))
{
    setObjectName(QStringLiteral("weeklyReviewPage"));
    auto *title = new QLabel(tr("Weekly operations review"), this);
    title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600;"));
    m_week->setObjectName(QStringLiteral("weekLabel"));
    m_week->setWordWrap(true);

    m_count->setObjectName(QStringLiteral("spinCount"));
    m_count->setRange(1, 20);
    m_count->setValue(2);
    m_count->setToolTip(tr("How many services the wheel picks for this week's deep dive."));
    m_seed->setObjectName(QStringLiteral("spinSeed"));
    m_seed->setPlaceholderText(tr("random"));
    m_seed->setToolTip(tr("The same seed on the same history draws the same services"));
    m_record->setObjectName(QStringLiteral("recordSpin"));
    m_record->setChecked(true);
    m_record->setToolTip(tr("A recorded spin makes its services wait their turn again"));
    m_spin->setObjectName(QStringLiteral("spinButton"));
    connect(m_spin, &QPushButton::clicked, this, &WeeklyReviewPage::spin);
    connect(m_wheel, &WheelWidget::stopped, this, &WeeklyReviewPage::showPicks);
    for (QTreeWidget *t : { m_quickWins, m_coes })
        connect(t, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            if (const Id id = item->data(0, IdRole).toLongLong(); id > 0)
                Q_EMIT openCoe(id);
        });

    auto *left = new QVBoxLayout;
    left->addWidget(m_week);
    left->addWidget(box(tr("1. Quick wins: strong action items finished this week"), m_quickWins, this), 1);
    left->addWidget(box(tr("2. COEs of the week"), m_coes, this), 1);

    auto *controls = new QFormLayout;
    controls->addRow(tr("Services to &pick"), m_count);
    controls->addRow(tr("S&eed"), m_seed);
    controls->addRow(QString(), m_record);
    auto *wheelBox = new QGroupBox(tr("3. Spin the wheel: who presents their metrics"), this);
    auto *wheelLayout = new QVBoxLayout(wheelBox);
    auto *blurb = new QLabel(tr("Random, so no team can count on being skipped; weighted toward services not picked "
                                "recently, so every team gets its turn."), wheelBox);
    blurb->setWordWrap(true);
    wheelLayout->addWidget(blurb);
    wheelLayout->addWidget(m_wheel, 1);
    wheelLayout->addLayout(controls);
    wheelLayout->addWidget(m_spin);
    wheelLayout->addWidget(m_picked);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(wheelBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns, 1);
}

Status WeeklyReviewPage::reload(Database *db, const QDate &today)
{
    setLoaded(db, today);
    m_quickWins->clear();
    m_coes->clear();
    m_spin->setEnabled(db != nullptr);
    if (!db) {
        m_wheel->setNames({});
        return {};
    }
    DashboardFilter week; // the agenda looks at the last seven days only
    week.from = today.addDays(-6);
    week.to = today;
    auto facts = loadDashboardFacts(*db, today, week);
    if (!facts)
        return facts.error();
    const WeeklyAgenda agenda = weeklyAgenda(facts.value(), today);
    m_week->setText(tr("The week of %1 to %2.").arg(agenda.from.toString(Qt::ISODate), agenda.to.toString(Qt::ISODate)));
    for (const ActionFact &item : agenda.quickWins) {
        auto *row = new QTreeWidgetItem(m_quickWins, { item.title, item.doneOn->toString(Qt::ISODate),
                                                       item.coeId ? QStringLiteral("COE-%1").arg(item.coeId) : QString() });
        row->setData(0, IdRole, item.coeId);
    }
    if (agenda.quickWins.isEmpty())
        new QTreeWidgetItem(m_quickWins, { tr("No strong action item was finished this week.") });
    for (const CoeFact &coe : agenda.coes) {
        auto *row = new QTreeWidgetItem(m_coes, { QStringLiteral("COE-%1").arg(coe.id), coe.title, coe.serviceName,
                                                  QString::number(coe.severity), coe.date.toString(Qt::ISODate) });
        row->setData(0, IdRole, coe.id);
    }
    if (agenda.coes.isEmpty())
        new QTreeWidgetItem(m_coes, { QString(), tr("No COE this week.") });
    m_quickWins->resizeColumnToContents(0);
    m_coes->resizeColumnToContents(1);
    QStringList names;
    for (const RecertificationDue &due : facts->recertifications)
        names << due.serviceName;
    names.sort(Qt::CaseInsensitive);
    m_wheel->setNames(names);
    return {};
}

void WeeklyReviewPage::spin()
{
    if (!m_db || m_wheel->isSpinning())
        return;
    quint32 seed = QRandomGenerator::global()->generate();
    if (!m_seed->text().trimmed().isEmpty()) {
        bool ok = false;
        seed = m_seed->text().trimmed().toUInt(&ok);
        if (!ok) {
            Q_EMIT problem(tr("The seed must be a whole number from 0 to 4294967295, or empty for a random one."));
            return;
        }
    }
    auto draw = drawWheel(*m_db, m_count->value(), seed, m_record->isChecked());
    if (!draw) {
        Q_EMIT problem(draw.errorMessage());
        return;
    }
    m_draw = std::move(draw).value();
    m_picked->clear();
    QStringList names;
    for (const WheelCandidate &c : std::as_const(m_draw.candidates))
        names << c.name;
    m_wheel->setNames(names);
    if (m_draw.picked.isEmpty())
        return;
    m_wheel->spinTo(int(names.indexOf(m_draw.picked.constFirst().candidate.name)));
}

void WeeklyReviewPage::showPicks()
{
    m_picked->clear();
    for (const WheelPick &p : std::as_const(m_draw.picked)) {
        const ServiceSummary &s = p.summary;
        new QTreeWidgetItem(m_picked, { p.candidate.name, s.service.team, tr("%n spin(s)", nullptr, p.candidate.spinsWaited),
                                        QString::number(s.coeCount), QString::number(s.openActionItems),
                                        s.lastReviewDate.isValid() ? s.lastReviewDate.toString(Qt::ISODate) : tr("never") });
    }
    m_picked->setToolTip(tr("Seed %1%2").arg(m_draw.seed).arg(m_draw.recorded ? QString() : tr(" (not recorded)")));
    m_picked->resizeColumnToContents(0);
    Q_EMIT spun();
}

} // namespace closeloop
