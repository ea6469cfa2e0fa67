#pragma once

#include "coefields.h"
#include "coejson.h"
#include "coemerge.h"
#include "domain/result.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace closeloop {

class Database;

// One COE open for editing, with its action items: the values on screen,
// the values last stored, and the steps that move between them (save,
// autosave draft, reload, workflow transitions). Views change it through
// setValue(), which their undo commands call; it knows nothing of widgets
// or undo stacks.
class CoeDocument final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoeDocument)
public:
    explicit CoeDocument(CoeSnapshot stored, QObject *parent = nullptr);
    static Result<std::unique_ptr<CoeDocument>> load(Database &db, Id coeId);

    static const QString kDraftEntity;

    Id id() const { return m_current.coe.id; }
    const Coe &coe() const { return m_current.coe; }
    const QList<ActionItem> &actionItems() const { return m_current.actionItems; }
    const CoeSnapshot &snapshot() const { return m_current; }
    const CoeSnapshot &stored() const { return m_stored; }

    QVariant value(CoeField field) const;
    void setValue(CoeField field, const QVariant &value);
    void setActionItems(const QList<ActionItem> &items);
    // A fresh negative id for a child row that is not stored yet.
    Id temporaryId();

    bool isModified() const { return m_current != m_stored; }

    // Writes the COE and its action items in one transaction and removes
    // the autosaved draft. A record changed by someone else since it was
    // loaded is refused with Error::Kind::Conflict and nothing is written.
    Status save(Database &db);
    // After a conflict, and only when the user chose it: stores this copy
    // over the newer one (its history stays in the audit log).
    Status saveOverwriting(Database &db);
    // After a conflict: stores their newer copy with the fields in
    // `takeMine` taken from this one (see coemerge.h).
    Status saveMerged(Database &db, const CoeSnapshot &theirs, const QSet<CoeField> &takeMine);
    // Drops local edits and the draft and shows the stored record.
    Status reload(Database &db);

    // Autosave: the current state as a draft, replaced each time.
    Status saveDraft(Database &db, const QDateTime &nowUtc);
    static Result<std::optional<CoeSnapshot>> pendingDraft(Database &db, Id coeId, QDateTime *savedAt = nullptr);
    Status discardDraft(Database &db);
    // Takes a recovered draft as the current, unsaved state.
    void restore(const CoeSnapshot &draft);

    // Workflow steps. Each saves pending edits and the transition together.
    Status submit(Database &db, const QDateTime &nowUtc);
    Status approve(Database &db, Id approverId, QList<ReviewCheck> answers, const QDateTime &nowUtc);
    Status requestChanges(Database &db, Id reviewerId, QList<ReviewCheck> answers, const QDateTime &nowUtc);
    Status close(Database &db, const QDateTime &nowUtc);

Q_SIGNALS:
    void changed(closeloop::CoeField field);
    void modifiedChanged(bool modified);
    void saved();
    void reloaded();

private:
    Status write(Database &db, CoeSnapshot &next);
    Status transition(Database &db, CoeSnapshot next, CoeStatus to);
    // After a commit: the stored record (re-read, so ids, revisions and
    // times are the database's) becomes both the stored and current state.
    void adoptStored(Database &db, const CoeSnapshot &written);
    void setCurrent(const CoeSnapshot &next, bool announceAll);

    CoeSnapshot m_stored;
    CoeSnapshot m_current;
    Id m_nextTemporaryId = -1;
};

} // namespace closeloop
