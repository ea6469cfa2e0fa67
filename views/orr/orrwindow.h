#pragma once

#include "domain/person.h"
#include "orr/reviewworkflow.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QTreeWidgetItem;
class QLabel;

namespace closeloop {

class AnswerPanel;
class AxiomTree;
class Database;
class SignOffDialog;

// One ORR review: the checklist on the left, the selected axiom's answer on
// the right, what stands between the review and a go along the top. An
// answer is saved with Ctrl+S or when moving to another axiom; one that
// cannot be saved keeps you on it and says why. A signed review is shown
// read-only; its next review starts from a copy.
class OrrWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrrWindow)
public:
    // Null (and `error` set) when the review cannot be loaded.
    static OrrWindow *open(Database &db, Id reviewId, QWidget *parent, QString *error);

    Id reviewId() const { return m_context.review.id; }
    const ReviewContext &context() const { return m_context; }
    void setCurrentPerson(OptionalId person) { m_person = person; }
    QString problem() const;
    AnswerPanel *answerPanel() const { return m_panel; }
    AxiomTree *axiomTree() const { return m_tree; }
    bool saveAnswer();

    void signOff();
    void startNextReview();
    void compareWithPrevious();
    void moveToCurrentAxioms();
    void exportReport();

Q_SIGNALS:
    void reviewChanged();
    void openReview(Id reviewId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    OrrWindow(Database &db, ReviewContext context, QList<Person> people, QWidget *parent);
    void createActions();
    void showProblem(const QString &message);
    void refresh();
    void axiomChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous);
    void showSelectedAnswer();
    bool readOnly() const { return m_context.review.status == ReviewStatus::SignedOff; }
    QDate today() const;

    Database &m_db;
    ReviewContext m_context;
    QList<Person> m_people;
    OptionalId m_person;
    AxiomTree *m_tree;
    AnswerPanel *m_panel;
    QLabel *m_header;
    QLabel *m_summary;
    QLabel *m_problem;
    QAction *m_signOff = nullptr;
    QAction *m_next = nullptr;
    QAction *m_update = nullptr;
    QPointer<SignOffDialog> m_signOffDialog;
};

} // namespace closeloop
