#pragma once

#include "workinggroup/axiomeffectiveness.h"
#include "workinggroup/dashboard.h"

#include "reloadingpage.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace closeloop {

class ChartSlot;
class DashboardTile;

class Database;
class PatternsPanel;

// The safety working group's dashboard: filters for period, service, team
// and severity; the headline figures; the charts; patterns and axiom
// effectiveness; and, under them, the COEs behind whatever was clicked.
// Facts are read per period (on reload and when the period changes); a
// service, team or severity change is arithmetic only.
class DashboardPage final : public ReloadingPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    explicit DashboardPage(QWidget *parent = nullptr);

    Status reload(Database *db, const QDate &today) override;
    const Dashboard &dashboard() const { return m_dashboard; }
    DashboardFilter filter() const;
    void setPeriod(const QDate &from, const QDate &to);
    // Lists these COEs under the charts, as a click on a bar does.
    void drillDown(const QString &caption, const QList<Id> &coeIds);
    QTreeWidget *drillList() const { return m_drillList; }
    QString drillCaption() const;
    PatternsPanel *patterns() const { return m_patterns; }

Q_SIGNALS:
    void openCoe(closeloop::Id id);
    void message(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void recompute();
    Status loadFacts();
    void periodChanged();
    void rebuildTiles();
    void rebuildCharts();
    void rebuildEffectiveness();
    void fillFilterChoices();
    void exportReport();

    DashboardFacts m_facts;
    // Depends on the facts only, not on the filter; worked out when its
    // tab is first shown after the facts were read.
    std::optional<QList<AxiomEffectiveness>> m_axioms;
    bool m_effectivenessStale = true;
    Dashboard m_dashboard;
    QHash<Id, const CoeFact *> m_coes;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_service;
    QComboBox *m_team;
    QComboBox *m_severity;
    QPushButton *m_export;
    QList<DashboardTile *> m_tiles;
    QList<ChartSlot *> m_chartSlots; // eight, in the order of rebuildCharts()
    QTabWidget *m_tabs;
    QGridLayout *m_chartGrid;
    QWidget *m_chartArea;
    int m_chartColumns = 2;
    PatternsPanel *m_patterns;
    QTreeWidget *m_effectiveness;
    QLabel *m_drillCaption;
    QTreeWidget *m_drillList;
    bool m_filling = false;
    bool m_periodSet = false;
};

} // namespace closeloop
