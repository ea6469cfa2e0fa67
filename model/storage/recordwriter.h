#pragma once

#include "database.h"
#include "domain/ids.h"
#include "domain/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace closeloop {

// Writes aggregate-root rows and their child rows. Every root write checks
// the row's revision (two editors never silently overwrite each other) and
// records what changed in the audit log, field by field. Callers wrap calls
// in a Transaction; the writer itself never commits.
class RecordWriter final {
public:
    RecordWriter(Database &db, QString table);

    // Inserts a root row with revision 1 and created/updated times.
    Result<Id> insert(QVariantMap values);
    // Updates the fields that differ from the stored row; returns the new
    // revision. Refuses with a conflict when the stored revision is not
    // expectedRevision.
    Result<int> update(Id id, int expectedRevision, const QVariantMap &values);
    // Bumps the revision of a root whose own fields did not change but whose
    // children did, so that other editors still see that it moved on.
    Result<int> touch(Id id, int expectedRevision);
    Status remove(Id id, int expectedRevision);
    // A status change, recorded as a transition rather than a field edit.
    Status recordTransition(Id id, const QString &from, const QString &to);

    // Child rows with their own "id" column: rows with id <= 0 are inserted,
    // others updated, stored rows missing from `rows` deleted. `resolve` may
    // rewrite a row before it is written (to map temporary ids). Returns the
    // temporary → stored id map.
    using Resolver = std::function<void(QVariantMap &row, const QHash<Id, Id> &ids)>;
    Result<QHash<Id, Id>> syncChildren(Id rootId, const QString &childTable, const QString &parentColumn,
                                       const QList<QVariantMap> &rows, const Resolver &resolve = {});
    // Link rows without an id of their own: replaced as a whole.
    Status replaceLinks(Id rootId, const QString &linkTable, const QString &parentColumn,
                        const QList<QVariantMap> &rows);

    Status audit(Id id, const QString &action, const QString &field, const QVariant &oldValue,
                 const QVariant &newValue);

private:
    Result<QVariantMap> loadRow(const QString &table, Id id);
    Error conflict(Id id, int expected, int stored);
    // A revision-checked write matched no row: say who moved it on, or why
    // the row could not be read.
    Error missedWrite(Id id, int expected);

    Database &m_db;
    QString m_table;
};

} // namespace closeloop
