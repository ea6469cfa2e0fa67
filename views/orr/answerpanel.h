#pragma once

#include "domain/orr.h"
#include "domain/person.h"

#include <QButtonGroup>
#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace closeloop {

class CalculatorForm;
class EvidenceList;

// One axiom and the team's answer to it: what the axiom asks and why, the
// answer state, and what each state needs (evidence for met, a reason for
// not applicable, a waiver approved outside the team with an expiry date).
// What is still missing is said under the form as you type.
class AnswerPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerPanel)
public:
    explicit AnswerPanel(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people);
    // Shown under the axiom by the next showAnswer().
    void setMotivatingFindings(const QStringList &findings) { m_motivatingFindings = findings; }
    void showAnswer(const Axiom &axiom, const OrrAnswer &answer, const QList<Id> &team, bool readOnly, const QDate &today);
    // The answer as edited. A waiver expiry that is not a date is left invalid.
    OrrAnswer answer() const;
    bool isDirty() const { return m_dirty; }
    // What would stop the answer from being saved; empty when it can be.
    QStringList problems() const;
    Id axiomId() const { return m_axiom.id; }

Q_SIGNALS:
    void edited();
    void saveRequested();
    void problem(const QString &message);

private:
    void changed();
    void updateVisibility();
    QWidget *buildAxiomHeader();
    QWidget *buildWaiverBox();

    Axiom m_axiom;
    OrrAnswer m_answer;
    QList<Id> m_team;
    QList<Person> m_people;
    QDate m_today;
    bool m_dirty = false;
    bool m_loading = false;

    QLabel *m_title;
    QLabel *m_badges;
    QLabel *m_details;
    QButtonGroup m_states;
    QPlainTextEdit *m_notes;
    QLineEdit *m_naReason;
    QWidget *m_naRow;
    QGroupBox *m_waiverBox;
    QLineEdit *m_waiverReason;
    QComboBox *m_approver;
    QLineEdit *m_expires;
    QLineEdit *m_controls;
    EvidenceList *m_evidence;
    CalculatorForm *m_calculator;
    QLabel *m_problems;
    QPushButton *m_save;
    QStringList m_motivatingFindings;
};

} // namespace closeloop
