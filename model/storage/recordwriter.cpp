#include "recordwriter.h"
#include "domain/translate.h"

#include "sql.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::RecordWriter", text);
}

QVariant auditText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QVariant();
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("(%1 bytes)").arg(v.toByteArray().size());
    return v.toString();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

QString insertStatement(const QString &table, const QVariantMap &values)
{
    QStringList cols, params;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        cols << it.key();
        params << QLatin1Char(':') + it.key();
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
        .arg(table, cols.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")));
}

} // namespace

RecordWriter::RecordWriter(Database &db, QString table) : m_db(db), m_table(std::move(table)) { }

Result<Id> RecordWriter::insert(QVariantMap values)
{
    const QString now = sql::now();
    values.insert(QStringLiteral("revision"), 1);
    values.insert(QStringLiteral("created_at"), now);
    values.insert(QStringLiteral("updated_at"), now);
    auto result = sql::exec(m_db, insertStatement(m_table, values), values);
    if (!result)
        return result.error();
    QSqlQuery q = std::move(result).value();
    if (!q.next())
        return Error { tr("The new record was not stored in %1.").arg(m_db.path()) };
    const Id id = q.value(0).toLongLong();
    if (auto s = audit(id, QStringLiteral("create"), QString(), QVariant(), QVariant()); !s)
        return s.error();
    return id;
}

Result<QVariantMap> RecordWriter::loadRow(const QString &table, Id id)
{
    auto result = sql::exec(m_db, QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(table),
                            { { QStringLiteral("id"), id } });
    if (!result)
        return result.error();
    QSqlQuery q = std::move(result).value();
    if (!q.next())
        return Error { tr("The record no longer exists: someone deleted it after you opened it. "
                          "Copy what you need from the form before closing it.") };
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    return row;
}

Error RecordWriter::conflict(Id id, int expected, int stored)
{
    QString who;
    auto last = sql::exec(m_db, QStringLiteral("SELECT actor, at FROM audit_log WHERE entity = :e AND entity_id = :id "
                                               "ORDER BY id DESC LIMIT 1"),
                          { { QStringLiteral("e"), m_table }, { QStringLiteral("id"), id } });
    if (last) {
        QSqlQuery q = std::move(last).value();
        if (q.next())
            who = tr(" by %1 at %2").arg(q.value(0).toString(), q.value(1).toString());
    }
    return Error { tr("This record was changed%1 after you opened it (your copy is revision %2, the stored one "
                      "is revision %3). Nothing was overwritten: reload to see the other changes, then "
                      "apply yours again.").arg(who).arg(expected).arg(stored),
                   Error::Kind::Conflict };
}

Error RecordWriter::missedWrite(Id id, int expected)
{
    auto stored = loadRow(m_table, id);
    if (!stored)
        return stored.error();
    return conflict(id, expected, stored->value(QStringLiteral("revision")).toInt());
}

Result<int> RecordWriter::update(Id id, int expectedRevision, const QVariantMap &values)
{
    auto stored = loadRow(m_table, id);
    if (!stored)
        return stored.error();
    const int storedRevision = stored->value(QStringLiteral("revision")).toInt();
    if (storedRevision != expectedRevision)
        return conflict(id, expectedRevision, storedRevision);

    QVariantMap changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!sameValue(stored->value(it.key()), it.value()))
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return storedRevision;

    QStringList sets;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        sets << QStringLiteral("%1 = :%1").arg(it.key());
    QVariantMap binds = changed;
    binds.insert(QStringLiteral("id"), id);
    binds.insert(QStringLiteral("expected_revision"), expectedRevision);
    binds.insert(QStringLiteral("updated_at"), sql::now());
    const QString statement = QStringLiteral("UPDATE %1 SET %2, revision = revision + 1, updated_at = :updated_at "
                                             "WHERE id = :id AND revision = :expected_revision")
                                  .arg(m_table, sets.join(QStringLiteral(", ")));
    auto result = sql::exec(m_db, statement, binds);
    if (!result)
        return result.error();
    if (result->numRowsAffected() != 1)
        return conflict(id, expectedRevision, expectedRevision + 1);
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        // Derived columns follow the fields they come from; the history
        // shows what people changed.
        if (it.key() == QLatin1String("strength"))
            continue;
        if (auto s = audit(id, QStringLiteral("update"), it.key(), stored->value(it.key()), it.value()); !s)
            return s.error();
    }
    return expectedRevision + 1;
}

Result<int> RecordWriter::touch(Id id, int expectedRevision)
{
    auto result = sql::exec(m_db, QStringLiteral("UPDATE %1 SET revision = revision + 1, updated_at = :now "
                                                 "WHERE id = :id AND revision = :expected").arg(m_table),
                            { { QStringLiteral("now"), sql::now() }, { QStringLiteral("id"), id },
                              { QStringLiteral("expected"), expectedRevision } });
    if (!result)
        return result.error();
    if (result->numRowsAffected() != 1)
        return missedWrite(id, expectedRevision);
    return expectedRevision + 1;
}

Status RecordWriter::remove(Id id, int expectedRevision)
{
    auto result = sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE id = :id AND revision = :rev").arg(m_table),
                            { { QStringLiteral("id"), id }, { QStringLiteral("rev"), expectedRevision } });
    if (!result)
        return result.error();
    if (result->numRowsAffected() != 1)
        return missedWrite(id, expectedRevision);
    return audit(id, QStringLiteral("delete"), QString(), QVariant(), QVariant());
}

Status RecordWriter::recordTransition(Id id, const QString &from, const QString &to)
{
    return audit(id, QStringLiteral("transition"), QStringLiteral("status"), from, to);
}

Result<QHash<Id, Id>> RecordWriter::syncChildren(Id rootId, const QString &childTable, const QString &parentColumn,
                                                 const QList<QVariantMap> &rows, const Resolver &resolve)
{
    QHash<Id, Id> ids;
    QStringList keptParams;
    QVariantMap keptBinds;
    for (const QVariantMap &given : rows) {
        const Id id = given.value(QStringLiteral("id")).toLongLong();
        if (!isNewId(id)) {
            const QString key = QStringLiteral("k%1").arg(keptParams.size());
            keptParams << QLatin1Char(':') + key;
            keptBinds.insert(key, id);
        }
    }
    // Delete first, so that a row moved under a new parent never collides
    // with a unique constraint held by a row that is going away.
    keptBinds.insert(QStringLiteral("parent"), rootId);
    const QString keep = keptParams.isEmpty() ? QString()
                                              : QStringLiteral(" AND id NOT IN (%1)").arg(keptParams.join(QStringLiteral(", ")));
    auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = :parent%3").arg(childTable, parentColumn, keep),
                             keptBinds);
    if (!removed)
        return removed.error();
    const int removedCount = removed->numRowsAffected();

    int inserted = 0;
    int updated = 0;
    for (QVariantMap row : rows) {
        if (resolve)
            resolve(row, ids);
        const Id id = row.value(QStringLiteral("id")).toLongLong();
        row.remove(QStringLiteral("id"));
        row.insert(parentColumn, rootId);
        if (isNewId(id)) {
            auto result = sql::exec(m_db, insertStatement(childTable, row), row);
            if (!result)
                return result.error();
            QSqlQuery q = std::move(result).value();
            if (!q.next())
                return Error { tr("A row of %1 was not stored.").arg(childTable) };
            ids.insert(id, q.value(0).toLongLong());
            ++inserted;
        } else {
            auto before = loadRow(childTable, id);
            if (!before)
                return before.error();
            bool differs = false;
            for (auto it = row.cbegin(); it != row.cend() && !differs; ++it)
                differs = !sameValue(before->value(it.key()), it.value());
            if (!differs)
                continue;
            QStringList sets;
            for (auto it = row.cbegin(); it != row.cend(); ++it)
                sets << QStringLiteral("%1 = :%1").arg(it.key());
            row.insert(QStringLiteral("id"), id);
            auto result = sql::exec(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(childTable, sets.join(QStringLiteral(", "))), row);
            if (!result)
                return result.error();
            ++updated;
        }
    }
    if (inserted + updated + removedCount > 0) {
        const QString summary = tr("%1 added, %2 changed, %3 removed").arg(inserted).arg(updated).arg(removedCount);
        if (auto s = audit(rootId, QStringLiteral("update"), childTable, QVariant(), summary); !s)
            return s.error();
    }
    return ids;
}

Status RecordWriter::replaceLinks(Id rootId, const QString &linkTable, const QString &parentColumn,
                                  const QList<QVariantMap> &rows)
{
    // Compare as text so an unchanged set writes nothing and logs nothing.
    auto current = sql::exec(m_db, QStringLiteral("SELECT * FROM %1 WHERE %2 = :parent").arg(linkTable, parentColumn),
                             { { QStringLiteral("parent"), rootId } });
    if (!current)
        return current.error();
    QStringList before;
    QSqlQuery q = std::move(current).value();
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            if (rec.fieldName(i) != parentColumn && rec.fieldName(i) != QLatin1String("id"))
                row.insert(rec.fieldName(i), q.value(i));
        QStringList parts;
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            parts << it.key() + QLatin1Char('=') + auditText(it.value()).toString();
        before << parts.join(QLatin1Char(','));
    }
    QStringList after;
    for (const QVariantMap &row : rows) {
        QStringList parts;
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            if (it.key() != parentColumn)
                parts << it.key() + QLatin1Char('=') + auditText(it.value()).toString();
        after << parts.join(QLatin1Char(','));
    }
    before.sort();
    QStringList afterSorted = after;
    afterSorted.sort();
    if (before == afterSorted)
        return {};

    auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = :parent").arg(linkTable, parentColumn),
                             { { QStringLiteral("parent"), rootId } });
    if (!removed)
        return removed.error();
    for (QVariantMap row : rows) {
        row.insert(parentColumn, rootId);
        QStringList cols, params;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            cols << it.key();
            params << QLatin1Char(':') + it.key();
        }
        auto r = sql::exec(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(linkTable, cols.join(QStringLiteral(", ")), params.join(QStringLiteral(", "))),
                           row);
        if (!r)
            return r.error();
    }
    return audit(rootId, QStringLiteral("update"), linkTable, before.join(QStringLiteral("; ")),
                 after.join(QStringLiteral("; ")));
}

Status RecordWriter::audit(Id id, const QString &action, const QString &field, const QVariant &oldValue,
                           const QVariant &newValue)
{
    auto r = sql::exec(m_db, QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, field, old_value, new_value) "
                                            "VALUES (:at, :actor, :entity, :id, :action, :field, :old, :new)"),
                       { { QStringLiteral("at"), sql::now() },
                         { QStringLiteral("actor"), sql::text(m_db.actor()) },
                         { QStringLiteral("entity"), m_table },
                         { QStringLiteral("id"), id },
                         { QStringLiteral("action"), action },
                         { QStringLiteral("field"), sql::text(field) },
                         { QStringLiteral("old"), auditText(oldValue) },
                         { QStringLiteral("new"), auditText(newValue) } });
    if (!r)
        return r.error();
    return {};
}

} // namespace closeloop
