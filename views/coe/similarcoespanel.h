#pragma once

#include "workinggroup/similarity.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QTreeWidget;

namespace closeloop {

class Database;

// Beside a COE being written: the COEs most like it, so a repeat failure
// shows while the second COE is still a draft, and what the working group
// made of this one (the findings citing it and the axioms it motivated).
// The similarity index is built the first time the panel is shown.
class SimilarCoesPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimilarCoesPanel)
public:
    explicit SimilarCoesPanel(QWidget *parent = nullptr);
    ~SimilarCoesPanel() override;

    // `current` gives the COE as it stands in the form, saved or not.
    void setSource(Database *db, std::function<Coe()> current);
    void refresh(); // no-op while hidden
    QTreeWidget *similar() const { return m_similar; }
    QLabel *trace() const { return m_trace; }

Q_SIGNALS:
    void openCoe(closeloop::Id id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshTrace();

    Database *m_db = nullptr;
    std::function<Coe()> m_current;
    std::unique_ptr<SimilarityIndex> m_index;
    QHash<Id, QString> m_titles;
    QLabel *m_trace;
    QTreeWidget *m_similar;
};

} // namespace closeloop
