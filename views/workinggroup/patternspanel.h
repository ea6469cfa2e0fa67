#pragma once

#include "workinggroup/dashboard.h"
#include "workinggroup/similarity.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace closeloop {

class Database;

// What repeats: the triggers, categories, tags and services seen in two
// or more COEs of the period; the proposals of COEs that found no axiom
// covering their failure; and, for any COE, the COEs most like it.
class PatternsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatternsPanel)
public:
    explicit PatternsPanel(QWidget *parent = nullptr);
    ~PatternsPanel() override;

    // Both are filled in when the panel is shown, not before: a year of a
    // large organisation lists thousands of COEs to compare and recurring
    // terms with thousands of COEs each, which the dashboard need not wait
    // for while its charts are the tab on top. `dashboard` must outlive
    // the panel's use of it (the dashboard page owns both).
    void setSource(Database *db, const DashboardFacts *facts);
    void setDashboard(const Dashboard &dashboard);
    // Fills the similar list for this COE (building the index on first use).
    void showSimilarTo(Id coeId);

    QTreeWidget *recurringList() const { return m_recurring; }
    QTreeWidget *proposalList() const { return m_proposals; }
    QTreeWidget *similarList() const { return m_similar; }
    QComboBox *coeChoice() const { return m_coe; }

Q_SIGNALS:
    void drill(const QString &caption, const QList<closeloop::Id> &coeIds);
    void openCoe(closeloop::Id id);
    void problem(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool ensureIndex();
    void fillChoices();
    void fillPatterns();

    Database *m_db = nullptr;
    const DashboardFacts *m_facts = nullptr;
    const Dashboard *m_dashboard = nullptr;
    bool m_choicesStale = false;
    bool m_patternsStale = false;
    std::unique_ptr<SimilarityIndex> m_index;
    QList<CoeText> m_texts;
    QTreeWidget *m_recurring;
    QTreeWidget *m_proposals;
    QComboBox *m_coe;
    QTreeWidget *m_similar;
};

} // namespace closeloop
