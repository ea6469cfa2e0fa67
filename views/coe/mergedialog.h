#pragma once

#include "coe/coemerge.h"

#include <QDialog>

class QTableWidget;
class QComboBox;

namespace closeloop {

class CoeChoices;

// Someone saved the same COE first. Shows, field by field, what I have and
// what is stored now, marks fields both of us changed, and lets the person
// choose per field; fields only one side changed start on that side.
class MergeDialog final : public QDialog {
    Q_OBJECT
public:
    enum Outcome { KeepEditing, SaveMerged, TakeTheirs };

    // `reason` says who saved what first (the conflict's message).
    MergeDialog(const QString &reason, const QList<FieldConflict> &conflicts, const CoeChoices &choices,
                QWidget *parent = nullptr);

    QSet<CoeField> takeMine() const;
    Outcome outcome() const { return m_outcome; }
    // For tests and keyboard users alike: choose a side for one field.
    void choose(CoeField field, bool mine);

private:
    QList<FieldConflict> m_conflicts;
    QTableWidget *m_table = nullptr;
    QList<QComboBox *> m_keep;
    Outcome m_outcome = KeepEditing;
};

} // namespace closeloop
