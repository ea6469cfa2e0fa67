#include "dashboardpage.h"
#include "look/tones.h"

#include "coe/coemetrics.h"
#include "chartslot.h"
#include "dashboardcharts.h"
#include "dashboardtile.h"
#include "patternspanel.h"
#include "report/workinggroupreport.h"
#include "shell/prompts.h"
#include "storage/database.h"
#include "workinggroup/axiomeffectiveness.h"
#include "workinggroup/dashboardsource.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace closeloop {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString percentOf(qsizetype part, qsizetype whole)
{
    if (whole == 0)
        return QStringLiteral("–");
    return QStringLiteral("%1%").arg(qRound(100.0 * double(part) / double(whole)));
}

QComboBox *combo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : ReloadingPage(parent)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_service(combo(QStringLiteral("serviceFilter"), tr("Service"), this))
    , m_team(combo(QStringLiteral("teamFilter"), tr("Team"), this))
    , m_severity(combo(QStringLiteral("severityFilter"), tr("Severity"), this))
    , m_export(new QPushButton(tr("Export Report..."), this))
    , m_tabs(new QTabWidget(this))
    , m_chartGrid(new QGridLayout)
    , m_chartArea(new QWidget(this))
    , m_patterns(new PatternsPanel(this))
    , m_effectiveness(new QTreeWidget(this))
    , m_drillCaption(new QLabel(this))
    , m_drillList(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *title = new QLabel(tr("Working group dashboard"), this);
    title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600;"));
    auto *blurb = new QLabel(tr("Trends across COEs for the safety working group: how incidents are found, how fast "
                                "they are handled, what keeps causing them, and whether the actions and reviews "
                                "that follow get done. Click any bar, point or figure to list the COEs behind it."), this);
    blurb->setWordWrap(true);

    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling)
                periodChanged();
        });
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_from->setToolTip(tr("The first day of the period: COEs whose impact began on or after it."));
    m_to->setToolTip(tr("The last day of the period."));
    m_service->setToolTip(tr("Only the COEs of this service."));
    m_team->setToolTip(tr("Only the COEs of the services this team owns."));
    m_severity->setToolTip(tr("Only the COEs of this severity."));
    m_severity->addItem(tr("All severities"));
    for (int level = 1; level <= 5; ++level)
        m_severity->addItem(tr("Severity %1").arg(level), level);
    m_severity->addItem(tr("Severity 1 and 2"), QVariantList { 1, 2 });
    for (QComboBox *box : { m_service, m_team, m_severity })
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                recompute();
        });
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_export->setToolTip(tr("Write this period's report as Markdown with its charts beside it"));
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::exportReport);

    auto *filters = new QHBoxLayout;
    auto addLabelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        // Qt 6.4 cuts the last letter off a label that has both an
        // underlined shortcut letter and a kerned pair ("To", "Team"), on
        // X11 and offscreen alike; unkerned, it is drawn whole.
        QFont unkerned = label->font();
        unkerned.setKerning(false);
        label->setFont(unkerned);
        // A label sits nearer its own box than the box before it.
        if (filters->count() > 0)
            filters->addSpacing(6);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    addLabelled(tr("&From"), m_from);
    addLabelled(tr("&To"), m_to);
    addLabelled(tr("Ser&vice"), m_service);
    addLabelled(tr("T&eam"), m_team);
    addLabelled(tr("Se&verity"), m_severity);
    filters->addStretch(1);
    filters->addWidget(m_export);

    auto *tiles = new QGridLayout;
    const char *tileNames[] = { "customerTile", "ttdTile", "overdueTile", "closeTile", "strongTile", "halvingTile", "orrTile" };
    for (int i = 0; i < 7; ++i) {
        auto *t = new DashboardTile(QString::fromLatin1(tileNames[i]), this);
        tiles->addWidget(t, 0, i);
        tiles->setColumnStretch(i, 1);
        m_tiles.append(t);
    }

    const char *chartNames[] = { "coesPerMonthChart", "customerChart",   "responseChart", "actionsChart",
                                 "triggersChart",     "categoriesChart", "tagsChart",     "servicesChart" };
    for (int i = 0; i < 8; ++i) {
        m_chartSlots.append(new ChartSlot(QString::fromLatin1(chartNames[i]), m_chartArea));
        m_chartGrid->addWidget(m_chartSlots.constLast(), i / m_chartColumns, i % m_chartColumns);
    }
    m_chartArea->setLayout(m_chartGrid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_chartArea);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(scroll, tr("Charts"));
    m_tabs->addTab(m_patterns, tr("Patterns"));
    m_effectiveness->setObjectName(QStringLiteral("axiomEffectiveness"));
    m_effectiveness->setRootIsDecorated(false);
    m_effectiveness->setHeaderLabels({ tr("Axiom"), tr("Passed"), tr("Waived"), tr("COEs since"), tr("COEs naming it"), tr("Statement") });
    m_effectiveness->setToolTip(tr("For each axiom: the services that passed or waived it in a signed-off review, and "
                                   "the COEs they had since. A COE naming the axiom as the one that would have "
                                   "prevented it means the axiom, as checked, did not."));
    connect(m_effectiveness, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        drillDown(tr("COEs since services passed %1").arg(item->text(0)), item->data(0, IdRole).value<QList<Id>>());
    });
    auto *effectPage = new QWidget(this);
    auto *effectLayout = new QVBoxLayout(effectPage);
    auto *effectBlurb = new QLabel(tr("Does each axiom keep away the failures it was written against? Activate a row "
                                      "to list the COEs since."), effectPage);
    effectBlurb->setWordWrap(true);
    effectLayout->addWidget(effectBlurb);
    effectLayout->addWidget(m_effectiveness, 1);
    m_tabs->addTab(effectPage, tr("Axiom effectiveness"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_effectivenessStale)
            rebuildEffectiveness();
    });
    connect(m_patterns, &PatternsPanel::drill, this, &DashboardPage::drillDown);
    connect(m_patterns, &PatternsPanel::openCoe, this, &DashboardPage::openCoe);
    connect(m_patterns, &PatternsPanel::problem, this, &DashboardPage::problem);

    m_drillCaption->setObjectName(QStringLiteral("drillCaption"));
    m_drillCaption->setText(tr("Click a bar, a point or a figure to list its COEs here."));
    m_drillList->setObjectName(QStringLiteral("drillList"));
    m_drillList->setAccessibleName(tr("COEs behind the selection"));
    m_drillList->setRootIsDecorated(false);
    m_drillList->setHeaderLabels({ tr("COE"), tr("Title"), tr("Service"), tr("Began"), tr("Severity"), tr("Detected by") });
    connect(m_drillList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openCoe(item->data(0, IdRole).toLongLong());
    });
    auto *drill = new QWidget(this);
    auto *drillLayout = new QVBoxLayout(drill);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addWidget(m_drillCaption);
    drillLayout->addWidget(m_drillList, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(drill);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addLayout(filters);
    layout->addLayout(tiles);
    layout->addWidget(split, 1);
}

Status DashboardPage::reload(Database *db, const QDate &today)
{
    setLoaded(db, today);
    if (!m_periodSet) { // the first load picks the default period; later ones keep the user's
        m_periodSet = true;
        const DashboardFilter initial = defaultFilter(m_today);
        m_filling = true;
        m_from->setDate(initial.from);
        m_to->setDate(initial.to);
        m_filling = false;
    }
    return loadFacts();
}

// The facts of the period shown: a large organisation's decade of COEs is
// read a period at a time. Service, team and severity then refilter in memory.
Status DashboardPage::loadFacts()
{
    m_facts = {};
    Status status;
    if (m_db && m_from->date() <= m_to->date()) {
        auto facts = loadDashboardFacts(*m_db, m_today, filter());
        if (facts)
            m_facts = std::move(facts).value();
        else
            status = facts.error();
    }
    m_axioms.reset();
    m_coes.clear();
    for (const CoeFact &coe : std::as_const(m_facts.coes))
        m_coes.insert(coe.id, &coe);
    fillFilterChoices();
    m_patterns->setSource(m_db, &m_facts);
    recompute();
    return status;
}

void DashboardPage::fillFilterChoices()
{
    m_filling = true;
    const QVariant service = m_service->currentData(), team = m_team->currentData();
    QMap<QString, Id> services;
    QSet<QString> teams;
    for (const RecertificationDue &due : std::as_const(m_facts.recertifications))
        services.insert(due.serviceName, due.serviceId);
    for (auto it = m_facts.serviceTeams.cbegin(); it != m_facts.serviceTeams.cend(); ++it)
        if (!it.value().isEmpty())
            teams.insert(it.value());
    m_service->clear();
    m_service->addItem(tr("All services"));
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        m_service->addItem(it.key(), it.value());
    m_service->setCurrentIndex(std::max(0, m_service->findData(service)));
    QStringList teamNames(teams.cbegin(), teams.cend());
    teamNames.sort(Qt::CaseInsensitive);
    m_team->clear();
    m_team->addItem(tr("All teams"));
    for (const QString &name : std::as_const(teamNames))
        m_team->addItem(name, name);
    m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
    m_filling = false;
}

DashboardFilter DashboardPage::filter() const
{
    DashboardFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    if (m_service->currentData().isValid())
        f.serviceIds.insert(m_service->currentData().toLongLong());
    if (m_team->currentData().isValid())
        f.teams.insert(m_team->currentData().toString());
    const QVariant severity = m_severity->currentData();
    if (severity.typeId() == QMetaType::QVariantList) {
        for (const QVariant &level : severity.toList())
            f.severities.insert(level.toInt());
    } else if (severity.isValid()) {
        f.severities.insert(severity.toInt());
    }
    return f;
}

void DashboardPage::setPeriod(const QDate &from, const QDate &to)
{
    m_periodSet = true;
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    periodChanged();
}

void DashboardPage::periodChanged()
{
    if (m_from->date() > m_to->date()) {
        recompute(); // says what is wrong
        return;
    }
    if (auto s = loadFacts(); !s)
        Q_EMIT problem(s.errorMessage());
}

void DashboardPage::recompute()
{
    if (m_from->date() > m_to->date()) {
        Q_EMIT problem(tr("The period starts after it ends: set From to a day on or before To."));
        return;
    }
    m_dashboard = computeDashboard(m_facts, filter(), m_today);
    rebuildTiles();
    rebuildCharts();
    rebuildEffectiveness();
    m_patterns->setDashboard(m_dashboard);
    m_export->setEnabled(m_db != nullptr);
}

void DashboardPage::rebuildTiles()
{
    const Dashboard &d = m_dashboard;
    auto set = [this](int i, const QString &figure, const QString &label, const QString &caption, const QList<Id> &ids) {
        DashboardTile *t = m_tiles.at(i);
        t->setFigure(figure, label);
        t->disconnect(this);
        connect(t, &QPushButton::clicked, this, [this, caption, ids] { drillDown(caption, ids); });
    };
    set(0, percentOf(d.customerDetected.size(), d.coeIds.size()),
        tr("detected by customers (%1 of %2 COEs)").arg(d.customerDetected.size()).arg(d.coeIds.size()),
        tr("COEs detected by customers"), d.customerDetected);
    const QuarterBucket *latest = nullptr;
    for (const QuarterBucket &q : d.quarters)
        if (q.ttdMedian)
            latest = &q;
    set(1, latest ? formatDuration(qint64(*latest->ttdMedian)) : QStringLiteral("–"),
        latest ? tr("median time to detect, %1 (p90 %2)").arg(latest->label, formatDuration(qint64(*latest->ttdP90)))
               : tr("median time to detect"),
        latest ? tr("COEs in %1").arg(latest->label) : tr("COEs"), latest ? latest->coeIds : QList<Id> {});
    set(2, QString::number(d.actions.overdue), tr("action items overdue today"), tr("COEs with overdue action items"),
        d.actions.overdueCoeIds);
    set(3, d.actions.medianDaysToClose ? tr("%1 days").arg(*d.actions.medianDaysToClose) : QStringLiteral("–"),
        tr("median to close (%1 opened, %2 closed)").arg(d.actions.opened).arg(d.actions.closed), tr("COEs"), {});
    set(4, percentOf(d.actions.strongOpened, d.actions.opened), tr("of new action items are strong"), tr("COEs"), {});
    set(5, tr("%1 · %2").arg(percentOf(d.halving.ttdWithActions.size(), d.halving.coes),
                             percentOf(d.halving.blastWithActions.size(), d.halving.coes)),
        tr("halve-TTD · halve-blast-radius answers that led to action items"),
        tr("COEs whose halve-TTD answer led to action items"), d.halving.ttdWithActions);
    set(6, tr("%1 overdue").arg(d.orr.overdue.size()),
        tr("ORR recertifications · %1 open launch-blocking items · waivers: %2 in force, %3 expired")
            .arg(d.orr.openLaunchBlocking)
            .arg(d.orr.activeWaivers.size())
            .arg(d.orr.expiredWaivers.size()),
        QString(), {});
    m_tiles.at(3)->setEnabled(false);
    m_tiles.at(4)->setEnabled(false);
    m_tiles.at(6)->setEnabled(false);
}

void DashboardPage::rebuildCharts()
{
    const DrillDown drill = [this](const QString &caption, const QList<Id> &ids) { drillDown(caption, ids); };
    const QList<QChart *> charts {
        coesPerMonthChart(m_dashboard, drill),
        customerDetectedChart(m_dashboard, drill),
        responseTimesChart(m_dashboard, drill),
        actionItemsChart(m_dashboard, drill),
        termsChart(tr("Top triggers"), m_dashboard.triggers, drill),
        termsChart(tr("Top root-cause categories"), m_dashboard.categories, drill),
        termsChart(tr("Top tags"), m_dashboard.tags, drill),
        termsChart(tr("COEs per service"), m_dashboard.services, drill),
    };
    for (qsizetype i = 0; i < charts.size(); ++i)
        m_chartSlots.at(i)->setChart(charts.at(i));
}

// Two charts side by side need room for a year of month names under each;
// on a laptop the charts stack instead, so no axis label is cut short.
void DashboardPage::resizeEvent(QResizeEvent *event)
{
    ReloadingPage::resizeEvent(event);
    const int columns = width() >= 1400 ? 2 : 1;
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    while (QLayoutItem *item = m_chartGrid->takeAt(0))
        delete item;
    for (qsizetype i = 0; i < m_chartSlots.size(); ++i)
        m_chartGrid->addWidget(m_chartSlots.at(i), int(i / columns), int(i % columns));
}

void DashboardPage::rebuildEffectiveness()
{
    // Only while its tab is on top: over a year of a large organisation it
    // takes 16 ms that the charts, shown first, need not wait for.
    m_effectivenessStale = !m_effectiveness->isVisibleTo(this);
    if (m_effectivenessStale)
        return;
    if (!m_axioms)
        m_axioms = axiomEffectiveness(m_facts);
    m_effectiveness->clear();
    for (const AxiomEffectiveness &e : std::as_const(*m_axioms)) {
        if (!m_dashboard.filter.serviceIds.isEmpty() || !m_dashboard.filter.teams.isEmpty()) {
            bool relevant = false;
            for (Id id : e.servicesPassed + e.servicesWaived)
                relevant = relevant || m_dashboard.filter.serviceIds.contains(id)
                    || m_dashboard.filter.teams.contains(m_facts.serviceTeams.value(id));
            if (!relevant)
                continue;
        }
        auto *item = new QTreeWidgetItem(m_effectiveness, { e.axiomKey, QString::number(e.servicesPassed.size()),
                                                            QString::number(e.servicesWaived.size()),
                                                            QString::number(e.coesSince.size()),
                                                            QString::number(e.coesNamingIt.size()), e.statement });
        item->setData(0, IdRole, QVariant::fromValue(e.coesSince));
        item->setToolTip(5, e.statement);
        if (!e.coesNamingIt.isEmpty())
            for (int c = 0; c < 5; ++c)
                item->setForeground(c, themed(QColor(0xa0, 0x3a, 0x00)));
    }
    for (int c = 0; c < 5; ++c)
        m_effectiveness->resizeColumnToContents(c);
}

void DashboardPage::drillDown(const QString &caption, const QList<Id> &coeIds)
{
    m_drillCaption->setText(tr("%1: %n COE(s)", nullptr, int(coeIds.size())).arg(caption));
    m_drillList->clear();
    for (Id id : coeIds) {
        const CoeFact *coe = m_coes.value(id);
        if (!coe)
            continue;
        auto *item = new QTreeWidgetItem(m_drillList, { QStringLiteral("COE-%1").arg(id), coe->title, coe->serviceName,
                                                        coe->date.toString(Qt::ISODate), QString::number(coe->severity),
                                                        enumLabel(coe->detection) });
        item->setData(0, IdRole, id);
    }
    for (int c = 0; c < m_drillList->columnCount(); ++c)
        m_drillList->resizeColumnToContents(c);
}

QString DashboardPage::drillCaption() const
{
    return m_drillCaption->text();
}

void DashboardPage::exportReport()
{
    if (!m_db)
        return;
    const QString suggested = QDir::home().filePath(QStringLiteral("working-group-%1-to-%2.md")
                                                        .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    const QString path = Prompts::saveFile(this, tr("Export Working Group Report"), suggested, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    auto written = writeWorkingGroupReport(*m_db, filter(), m_today, path);
    if (!written) {
        Q_EMIT problem(written.errorMessage());
        return;
    }
    Q_EMIT message(tr("Report written to %1, with %n chart(s) beside it.", nullptr, int(written->size() - 1))
                       .arg(QDir::toNativeSeparators(path)));
}

} // namespace closeloop
