#pragma once

#include "orr/reviewworkflow.h"

#include <QTreeWidget>

namespace closeloop {

// The review's checklist: areas, and under each the axioms with their
// answer state, launch-blocking ones in bold. An area shows how many of
// its axioms are answered.
class AxiomTree final : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AxiomTree)
public:
    explicit AxiomTree(QWidget *parent = nullptr);

    void populate(const ReviewContext &context, const QDate &today);
    Id currentAxiomId() const;
    bool selectAxiom(Id axiomId);
    // The first axiom that is unanswered, or does not hold; 0 when none.
    Id firstOpenAxiom() const;

private:
    void fill(QTreeWidgetItem *item, const Axiom &axiom, const OrrAnswer &answer, const QDate &today);
};

} // namespace closeloop
