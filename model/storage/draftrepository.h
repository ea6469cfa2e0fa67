#pragma once

#include "database.h"
#include "domain/ids.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace closeloop {

// Autosaved editor state: one draft per record being edited, replaced on
// every autosave and removed when the record is saved. After a crash the
// drafts left behind are offered back to the user.
struct Draft {
    QString entity; // table of the aggregate root, e.g. "coes"
    Id entityId = 0;
    QByteArray payload;
    QDateTime savedAt;
};

class DraftRepository final {
public:
    // On a shared server drafts stay on this computer (Database::draftStore):
    // they are one person's unsaved work, and must survive the server going away.
    explicit DraftRepository(Database &db) : m_db(db.draftStore()) { }

    Status save(const Draft &draft);
    Result<std::optional<Draft>> load(const QString &entity, Id entityId);
    Status remove(const QString &entity, Id entityId);
    // Every draft, newest first, without payloads.
    Result<QList<Draft>> list();

private:
    Database &m_db;
};

} // namespace closeloop
