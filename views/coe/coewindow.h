#pragma once

#include "coe/coechoices.h"
#include "domain/result.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace closeloop {

class CoeDocument;
class CoeForm;
class Database;
class FindingsPanel;
class HistoryPanel;
class SimilarCoesPanel;
class PreviewPanel;

// One COE open for writing or review: the form, its outline, and beside
// it the preview, the findings and the history. Edits are undoable and
// autosaved as a recovery draft within seconds; saving never overwrites
// someone else's change without asking.
class CoeWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoeWindow)
public:
    static constexpr int kAutosaveMs = 2000;
    // How old a recovery draft may get, for windows opened from now on
    // (kAutosaveMs unless set; the crash tests shorten it to kill a
    // process around hundreds of autosaves in a minute).
    static void setAutosaveDelay(int ms);
    static int autosaveDelay();

    // Loads the COE and, if an unsaved draft of it survived a crash,
    // offers it back. Returns null with a message when it cannot be opened.
    static CoeWindow *open(Database &db, Id coeId, QWidget *parent, QString *error);
    ~CoeWindow() override;

    // Who is at the keyboard: the approver when reviewing.
    void setCurrentPerson(OptionalId personId);

    CoeDocument *document() const { return m_doc.get(); }
    CoeForm *form() const { return m_form; }
    QUndoStack *undoStack() const { return m_undo; }
    PreviewPanel *preview() const { return m_preview; }
    FindingsPanel *findings() const { return m_findings; }
    HistoryPanel *history() const { return m_history; }
    QListWidget *outline() const { return m_outline; }
    QString saveState() const;
    QString bannerText() const;

    bool save();
    void submitForReview();
    void review();
    void closeCoe();
    void reload();

Q_SIGNALS:
    void coeSaved(closeloop::Id coeId);
    void openCoeRequested(closeloop::Id coeId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void exportReport();
    std::optional<Id> resolvePerson(const QString &name);
    CoeWindow(Database &db, std::unique_ptr<CoeDocument> doc, CoeChoices choices, QWidget *parent);
    void createActions();
    QWidget *createOutline();
    void offerRecovery();
    void autosave();
    void afterStore();
    void updateState();
    void updateFindings();
    void showBanner(const QString &text);
    bool resolveConflict(const Status &failure);

    Database &m_db;
    std::unique_ptr<CoeDocument> m_doc;
    CoeChoices m_choices;
    OptionalId m_person;
    QUndoStack *m_undo;
    CoeForm *m_form;
    PreviewPanel *m_preview;
    FindingsPanel *m_findings;
    HistoryPanel *m_history;
    SimilarCoesPanel *m_similar;
    QTabWidget *m_side;
    QListWidget *m_outline = nullptr;
    QLabel *m_banner;
    QLabel *m_state;
    QLabel *m_status;
    QTimer *m_autosave;
    QTimer *m_findingsTimer;
    QDateTime m_lastDraft;
    QAction *m_submit = nullptr;
    QAction *m_review = nullptr;
    QAction *m_close = nullptr;
};

} // namespace closeloop
