#pragma once

#include "domain/coe.h"
#include "domain/finding.h"
#include "domain/orr.h"
#include "workinggroup/findingloop.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace closeloop {

// Records a finding and decides its outcome. Choosing "New ORR axiom"
// opens the axiom editor in the dialog, pre-filled from the finding (next
// free key, the finding's title as the statement, its COEs as motivation);
// "New automated check" drafts the pipeline check's action item; "Best
// practice" asks for the note. Nothing is stored until Save, and then all
// of it at once.
class FindingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingDialog)
public:
    struct Context {
        QList<CoeSummary> coes;
        QList<AxiomSet> sets;
        QHash<Id, QList<Axiom>> currentAxioms; // by set
        OptionalId currentPerson;
        QDate checkDue;
    };
    FindingDialog(const Finding &finding, Context context, QWidget *parent);

    Finding finding() const;
    FindingDecision decision() const;
    void setError(const QString &message);

Q_SIGNALS:
    void submitted(const closeloop::Finding &finding, const closeloop::FindingDecision &decision);

private:
    void outcomeChanged();
    void refreshAxiomDraft();

    Finding m_original;
    Context m_context;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QListWidget *m_coes;
    QComboBox *m_outcome;
    QPlainTextEdit *m_notes;
    QGroupBox *m_axiomBox;
    QComboBox *m_set;
    QLineEdit *m_area;
    QLineEdit *m_key;
    QPlainTextEdit *m_statement;
    QPlainTextEdit *m_rationale;
    QCheckBox *m_blocking;
    QGroupBox *m_checkBox;
    QLineEdit *m_checkTitle;
    QLabel *m_error;
    bool m_axiomEdited = false;
};

} // namespace closeloop
