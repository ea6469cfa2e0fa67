#include "recordexchange.h"
#include "domain/translate.h"

#include "migrator.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>

#include <cmath>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::RecordExchange", text);
}

const QString kFormat = QStringLiteral("closeloop-records");
constexpr qint64 kMaxFileBytes = 2LL * 1024 * 1024 * 1024;

struct ForeignKey {
    QString column;
    QString parent;
    bool cascade = false;
};

struct TableInfo {
    QString name;
    QStringList columns;
    QStringList types;           // declared type, upper case
    bool hasId = false;          // an "id" primary key column
    QList<ForeignKey> keys;
    QList<QStringList> uniques;  // unique constraints, and the primary key of tables without an id
    int column(const QString &c) const { return int(columns.indexOf(c)); }
};

// Rows recognised as already present by more than a unique constraint:
// the same record imported twice is not added twice.
const QHash<QString, QStringList> &naturalKeys()
{
    static const QHash<QString, QStringList> keys {
        { QStringLiteral("coes"), { QStringLiteral("title"), QStringLiteral("created_at") } },
        { QStringLiteral("orr_reviews"), { QStringLiteral("service_id"), QStringLiteral("created_at") } },
        { QStringLiteral("findings"), { QStringLiteral("title"), QStringLiteral("created_at") } },
        { QStringLiteral("wheel_spins"), { QStringLiteral("spun_at"), QStringLiteral("seed") } },
    };
    return keys;
}

// Tables whose rows point at any record through (entity, entity_id).
bool isEntityLog(const QString &table)
{
    return table == QLatin1String("audit_log") || table == QLatin1String("drafts");
}

Result<QList<TableInfo>> readSchema(Database &db)
{
    const SqlDialect &dialect = db.dialect();
    auto tables = sql::exec(db, dialect.catalogTablesQuery());
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables.value().next())
        // A search index is rebuilt from the records on the other side.
        if (tables.value().value(1).toInt() == 0)
            names << tables.value().value(0).toString();
    QList<TableInfo> schema;
    for (const QString &name : std::as_const(names)) {
        const QVariantMap table { { QStringLiteral("table"), name } };
        TableInfo t;
        t.name = name;
        QMap<int, QString> primary;
        auto cols = sql::exec(db, dialect.catalogColumnsQuery(), table);
        if (!cols)
            return cols.error();
        while (cols.value().next()) {
            const QString column = cols.value().value(0).toString();
            t.columns << column;
            t.types << cols.value().value(1).toString();
            if (const int position = cols.value().value(2).toInt(); position > 0)
                primary.insert(position, column);
        }
        t.hasId = primary.values() == QStringList { QStringLiteral("id") };
        if (!t.hasId && !primary.isEmpty())
            t.uniques << primary.values();
        auto fks = sql::exec(db, dialect.catalogForeignKeysQuery(), table);
        if (!fks)
            return fks.error();
        while (fks.value().next())
            t.keys.append({ fks.value().value(0).toString(), fks.value().value(1).toString(),
                            fks.value().value(2).toInt() == 1 });
        auto uniques = sql::exec(db, dialect.catalogUniqueQuery(), table);
        if (!uniques)
            return uniques.error();
        QMap<QString, QStringList> byConstraint;
        while (uniques.value().next())
            byConstraint[uniques.value().value(0).toString()] << uniques.value().value(1).toString();
        for (const QStringList &columns : std::as_const(byConstraint))
            t.uniques << columns;
        if (naturalKeys().contains(name))
            t.uniques << naturalKeys().value(name);
        schema << t;
    }
    // Parents before children, so that every reference can be mapped.
    QList<TableInfo> ordered;
    QSet<QString> placed;
    while (ordered.size() < schema.size()) {
        bool progress = false;
        for (const TableInfo &t : std::as_const(schema)) {
            if (placed.contains(t.name))
                continue;
            const bool ready = std::all_of(t.keys.cbegin(), t.keys.cend(), [&](const ForeignKey &k) {
                return k.parent == t.name || placed.contains(k.parent) || std::none_of(schema.cbegin(), schema.cend(), [&k](const TableInfo &o) { return o.name == k.parent; });
            });
            if (ready) {
                ordered << t;
                placed.insert(t.name);
                progress = true;
            }
        }
        if (!progress)
            return Error { tr("The tables refer to each other in a circle; the export cannot order them.") };
    }
    // History and drafts name their record by (table, id): they go last, once every id is known.
    std::stable_partition(ordered.begin(), ordered.end(), [](const TableInfo &t) { return !isEntityLog(t.name); });
    return ordered;
}

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    case QMetaType::QByteArray:
        return QJsonObject { { QStringLiteral("base64"), QString::fromLatin1(v.toByteArray().toBase64()) } };
    default:
        return QJsonValue(v.toString());
    }
}

// Whether a JSON number can go into a column of `type` without being
// changed out of recognition: an integer column takes only numbers within
// the 64-bit range (a larger one, or infinity, has no integer to become).
bool fitsColumn(const QJsonValue &v, const QString &type)
{
    if (!v.isDouble() || !type.contains(QLatin1String("INT")))
        return true;
    const double d = v.toDouble();
    return std::isfinite(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

QVariant fromJson(const QJsonValue &v, const QString &type)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isObject())
        return QByteArray::fromBase64(v.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    if (v.isDouble()) {
        if (type.contains(QLatin1String("INT")))
            return QVariant(qint64(v.toDouble()));
        return QVariant(v.toDouble());
    }
    if (v.isBool())
        return QVariant(v.toBool() ? 1 : 0);
    return QVariant(v.toString());
}

using Rows = QList<QVariantList>;

Result<Rows> readRows(Database &db, const TableInfo &t)
{
    QStringList quoted;
    for (const QString &c : t.columns)
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
    // Rows in a fixed order on every database: by id, else by every column.
    const QString order = t.hasId ? QStringLiteral("id") : quoted.join(QStringLiteral(", "));
    auto q = sql::exec(db, QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3").arg(quoted.join(QStringLiteral(", ")), t.name, order));
    if (!q)
        return q.error();
    Rows rows;
    while (q.value().next()) {
        QVariantList row;
        row.reserve(t.columns.size());
        for (int i = 0; i < t.columns.size(); ++i)
            row << q.value().value(i);
        rows << row;
    }
    return rows;
}

// Which rows of each table a selection takes: the chosen records, what they
// own (reached through ON DELETE CASCADE), and everything referred to.
// What a selection names that the database does not hold, as a person
// would say it ("there is no COE 999"); empty when everything is there.
QString missingSelection(const QList<TableInfo> &schema, const QHash<QString, Rows> &data, const RecordSelection &s)
{
    QStringList missing;
    auto check = [&](const QString &table, const QList<Id> &ids, const QString &what) {
        for (const TableInfo &t : schema) {
            if (t.name != table)
                continue;
            QSet<qint64> present;
            const int idCol = t.column(QStringLiteral("id"));
            for (const QVariantList &row : data.value(table))
                present.insert(row.at(idCol).toLongLong());
            for (Id id : ids)
                if (!present.contains(id))
                    missing << tr("there is no %1 with id %2").arg(what).arg(id);
        }
    };
    check(QStringLiteral("coes"), s.coeIds, tr("COE"));
    check(QStringLiteral("orr_reviews"), s.orrReviewIds, tr("ORR review"));
    check(QStringLiteral("axiom_sets"), s.axiomSetIds, tr("axiom set"));
    return missing.join(QStringLiteral("; "));
}

QHash<QString, QSet<int>> selectRows(const QList<TableInfo> &schema, const QHash<QString, Rows> &data, const RecordSelection &s)
{
    QHash<QString, QSet<int>> picked;
    QHash<QString, QHash<qint64, int>> rowOfId;
    for (const TableInfo &t : schema)
        if (t.hasId) {
            const int idCol = t.column(QStringLiteral("id"));
            const Rows &rows = data.value(t.name);
            for (int i = 0; i < rows.size(); ++i)
                rowOfId[t.name].insert(rows.at(i).at(idCol).toLongLong(), i);
        }
    auto pickIds = [&](const QString &table, const QList<Id> &ids) {
        for (Id id : ids)
            if (rowOfId.value(table).contains(id))
                picked[table].insert(rowOfId.value(table).value(id));
    };
    pickIds(QStringLiteral("coes"), s.coeIds);
    pickIds(QStringLiteral("orr_reviews"), s.orrReviewIds);
    pickIds(QStringLiteral("axiom_sets"), s.axiomSetIds);
    auto pickedIds = [&](const QString &table) {
        QSet<qint64> ids;
        const TableInfo *t = nullptr;
        for (const TableInfo &o : schema)
            if (o.name == table)
                t = &o;
        if (!t || !t->hasId)
            return ids;
        const int idCol = t->column(QStringLiteral("id"));
        for (int r : picked.value(table))
            ids.insert(data.value(table).at(r).at(idCol).toLongLong());
        return ids;
    };
    // Owned rows, down the cascade, until nothing new is found.
    for (bool grew = true; grew;) {
        grew = false;
        for (const TableInfo &t : schema)
            for (const ForeignKey &k : t.keys) {
                if (!k.cascade)
                    continue;
                const QSet<qint64> parents = pickedIds(k.parent);
                const int col = t.column(k.column);
                const Rows &rows = data.value(t.name);
                for (int i = 0; i < rows.size(); ++i)
                    if (!picked.value(t.name).contains(i) && !rows.at(i).at(col).isNull() && parents.contains(rows.at(i).at(col).toLongLong())) {
                        picked[t.name].insert(i);
                        grew = true;
                    }
            }
    }
    // The history of what was picked.
    for (const TableInfo &t : schema)
        if (t.name == QLatin1String("audit_log")) {
            const Rows &rows = data.value(t.name);
            const int entity = t.column(QStringLiteral("entity"));
            const int entityId = t.column(QStringLiteral("entity_id"));
            QHash<QString, QSet<qint64>> idsOf; // per entity table, computed once
            for (int i = 0; i < rows.size(); ++i) {
                const QString table = rows.at(i).at(entity).toString();
                if (!idsOf.contains(table))
                    idsOf.insert(table, pickedIds(table));
                if (idsOf.value(table).contains(rows.at(i).at(entityId).toLongLong()))
                    picked[t.name].insert(i);
            }
        }
    // Everything referred to, up the references.
    for (bool grew = true; grew;) {
        grew = false;
        for (const TableInfo &t : schema)
            for (const ForeignKey &k : t.keys) {
                const int col = t.column(k.column);
                for (int r : picked.value(t.name)) {
                    const QVariant ref = data.value(t.name).at(r).at(col);
                    if (ref.isNull() || !rowOfId.value(k.parent).contains(ref.toLongLong()))
                        continue;
                    const int parentRow = rowOfId.value(k.parent).value(ref.toLongLong());
                    if (!picked.value(k.parent).contains(parentRow)) {
                        picked[k.parent].insert(parentRow);
                        grew = true;
                    }
                }
            }
    }
    return picked;
}

} // namespace

int ImportOutcome::addedTotal() const
{
    int n = 0;
    for (int v : added)
        n += v;
    return n;
}

QString ImportOutcome::summary() const
{
    QStringList lines;
    QStringList tables = added.keys() + present.keys();
    tables.removeDuplicates();
    tables.sort();
    for (const QString &t : std::as_const(tables))
        lines << tr("%1: %2 added, %3 already present").arg(t).arg(added.value(t)).arg(present.value(t));
    return lines.join(QLatin1Char('\n'));
}

Result<QJsonObject> exportRecords(Database &db, const RecordSelection &selection)
{
    auto schema = readSchema(db);
    if (!schema)
        return schema.error();
    QHash<QString, Rows> data;
    for (const TableInfo &t : schema.value()) {
        // Drafts are one person's unsaved editing; they travel only with a whole database.
        if (!selection.everything && t.name == QLatin1String("drafts"))
            continue;
        auto rows = readRows(db, t);
        if (!rows)
            return rows.error();
        data.insert(t.name, rows.value());
    }
    QHash<QString, QSet<int>> picked;
    if (!selection.everything) {
        if (auto missing = missingSelection(schema.value(), data, selection); !missing.isEmpty())
            return Error { tr("Nothing was exported: %1.").arg(missing), Error::Kind::NotFound };
        picked = selectRows(schema.value(), data, selection);
    }

    QJsonObject tables;
    for (const TableInfo &t : schema.value()) {
        if (!data.contains(t.name))
            continue;
        const Rows &rows = data.value(t.name);
        QJsonArray out;
        for (int i = 0; i < rows.size(); ++i) {
            if (!selection.everything && !picked.value(t.name).contains(i))
                continue;
            QJsonArray row;
            for (const QVariant &v : rows.at(i))
                row.append(toJson(v));
            out.append(row);
        }
        if (out.isEmpty() && !selection.everything)
            continue;
        tables.insert(t.name, QJsonObject { { QStringLiteral("columns"), QJsonArray::fromStringList(t.columns) }, { QStringLiteral("rows"), out } });
    }
    return QJsonObject {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("format_version"), kRecordFormatVersion },
        { QStringLiteral("schema_version"), db.schemaVersion() },
        { QStringLiteral("application"), QStringLiteral("Closeloop %1").arg(QCoreApplication::applicationVersion()) },
        { QStringLiteral("everything"), selection.everything },
        { QStringLiteral("tables"), tables },
    };
}

Result<QJsonObject> readRecordFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Could not open %1: %2.").arg(shown, file.errorString()) };
    if (file.size() > kMaxFileBytes)
        return Error { tr("%1 is larger than 2 GB; Closeloop does not read interchange files that large.").arg(shown) };
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return Error { tr("%1 is empty. Choose a file written by \"closeloop-cli export\".").arg(shown) };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        return Error { tr("%1 is not valid JSON: %2 at line %3. Nothing was imported.").arg(shown, parseError.errorString()).arg(line) };
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return Error { tr("%1 is JSON but not a Closeloop export (its \"format\" is not \"%2\"). Nothing was imported.").arg(shown, kFormat) };
    const int format = root.value(QStringLiteral("format_version")).toInt();
    const int schema = root.value(QStringLiteral("schema_version")).toInt();
    if (format > kRecordFormatVersion || schema > Migrator::latestVersion())
        return Error { tr("%1 was written by a newer Closeloop (%2, schema %3; this one reads up to schema %4). "
                          "Update Closeloop to import it. Nothing was imported.")
                           .arg(shown, root.value(QStringLiteral("application")).toString())
                           .arg(schema)
                           .arg(Migrator::latestVersion()) };
    return root;
}

Result<ImportOutcome> importRecords(Database &db, const QJsonObject &file, const QString &fileName)
{
    auto schema = readSchema(db);
    if (!schema)
        return schema.error();
    const QJsonObject tables = file.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it)
        if (std::none_of(schema.value().cbegin(), schema.value().cend(), [&it](const TableInfo &t) { return t.name == it.key(); }))
            return Error { tr("%1 holds a table \"%2\" that this version of Closeloop does not know. Nothing was imported.").arg(fileName, it.key()) };

    Transaction tx(db);
    ImportOutcome outcome;
    QHash<QString, QHash<qint64, qint64>> idMap;   // table -> id in file -> id here
    QHash<QString, QSet<qint64>> presentIds;       // rows found already here, by id in the file
    QHash<QString, QSet<qint64>> dropped;          // rows not added because their owner was already here

    for (const TableInfo &t : schema.value()) {
        const QJsonObject table = tables.value(t.name).toObject();
        if (table.isEmpty())
            continue;
        const QJsonArray fileColumns = table.value(QStringLiteral("columns")).toArray();
        QList<int> targetOf; // file column -> our column
        for (const QJsonValue &c : fileColumns) {
            const int at = t.column(c.toString());
            if (at < 0)
                return Error { tr("%1: table %2 has a column \"%3\" that this version of Closeloop does not know. Nothing was imported.")
                                   .arg(fileName, t.name, c.toString()) };
            targetOf << at;
        }
        const QJsonArray rows = table.value(QStringLiteral("rows")).toArray();
        // Rows whose parent in the same table comes later wait their turn.
        QList<int> pending;
        for (int i = 0; i < rows.size(); ++i)
            pending << i;
        const int idCol = t.hasId ? t.column(QStringLiteral("id")) : -1;
        while (!pending.isEmpty()) {
            QList<int> waiting;
            for (int r : std::as_const(pending)) {
                const QJsonArray jsonRow = rows.at(r).toArray();
                if (jsonRow.size() != fileColumns.size())
                    return Error { tr("%1: row %2 of table %3 has %4 values for %5 columns. Nothing was imported.")
                                       .arg(fileName).arg(r + 1).arg(t.name).arg(jsonRow.size()).arg(fileColumns.size()) };
                QVariantList row(t.columns.size());
                QList<bool> given(t.columns.size(), false);
                for (int c = 0; c < jsonRow.size(); ++c) {
                    if (!fitsColumn(jsonRow.at(c), t.types.at(targetOf.at(c))))
                        return Error { tr("%1: row %2 of table %3 holds %4 in column %5, which takes whole numbers "
                                          "up to 9,223,372,036,854,775,807. Nothing was imported.")
                                           .arg(fileName).arg(r + 1).arg(t.name)
                                           .arg(jsonRow.at(c).toDouble()).arg(t.columns.at(targetOf.at(c))) };
                    row[targetOf.at(c)] = fromJson(jsonRow.at(c), t.types.at(targetOf.at(c)));
                    given[targetOf.at(c)] = true;
                }
                const qint64 fileId = idCol >= 0 ? row.at(idCol).toLongLong() : 0;
                bool wait = false;
                bool ownerPresent = false;
                bool ownerMissing = false;
                for (const ForeignKey &k : t.keys) {
                    const int col = t.column(k.column);
                    if (row.at(col).isNull())
                        continue;
                    const qint64 ref = row.at(col).toLongLong();
                    if (idMap.value(k.parent).contains(ref)) {
                        row[col] = idMap.value(k.parent).value(ref);
                        ownerPresent = ownerPresent || (k.cascade && presentIds.value(k.parent).contains(ref));
                    } else if (dropped.value(k.parent).contains(ref)) {
                        // Its owner was already here, so this row is too.
                        if (k.cascade)
                            ownerPresent = ownerMissing = true;
                        else
                            row[col] = QVariant();
                    } else if (k.parent == t.name) {
                        wait = true;
                    } else if (k.cascade) {
                        ownerMissing = true; // owned by something the file does not hold
                    } else {
                        return Error { tr("%1: a row of %2 refers to %3 %4, which the file does not hold. Nothing was imported.")
                                           .arg(fileName, t.name, k.parent).arg(ref) };
                    }
                }
                const bool hasOwnKey = !t.uniques.isEmpty();
                if (ownerPresent && (!hasOwnKey || ownerMissing)) {
                    if (t.hasId)
                        dropped[t.name].insert(fileId);
                    ++outcome.present[t.name];
                    continue;
                }
                if (ownerMissing)
                    continue;
                if (wait) {
                    waiting << r;
                    continue;
                }
                if (isEntityLog(t.name)) {
                    const int e = t.column(QStringLiteral("entity"));
                    const int eid = t.column(QStringLiteral("entity_id"));
                    const QString entity = row.at(e).toString();
                    const qint64 old = row.at(eid).toLongLong();
                    // Only the history of what this import added: what was already here has its own.
                    if (old != 0) { // 0: a draft of a record not saved yet
                        if (!idMap.value(entity).contains(old) || presentIds.value(entity).contains(old))
                            continue;
                        row[eid] = idMap.value(entity).value(old);
                    }
                }
                // Already here? Then map to the row that is, and add nothing.
                std::optional<qint64> existing;
                bool foundWithoutId = false;
                for (const QStringList &unique : t.uniques) {
                    QStringList where;
                    QVariantMap binds;
                    for (int u = 0; u < unique.size(); ++u) {
                        const QVariant v = row.at(t.column(unique.at(u)));
                        const QString name = QStringLiteral("u%1").arg(u);
                        where << (v.isNull() ? QStringLiteral("\"%1\" IS NULL").arg(unique.at(u)) : QStringLiteral("\"%1\" = :%2").arg(unique.at(u), name));
                        if (!v.isNull())
                            binds.insert(name, v);
                    }
                    auto q = sql::exec(db, QStringLiteral("SELECT %1 FROM \"%2\" WHERE %3 LIMIT 1")
                                               .arg(t.hasId ? QStringLiteral("id") : QStringLiteral("1"), t.name, where.join(QStringLiteral(" AND "))),
                                       binds);
                    if (!q)
                        return q.error();
                    if (q.value().next()) {
                        if (t.hasId)
                            existing = q.value().value(0).toLongLong();
                        else
                            foundWithoutId = true;
                        break;
                    }
                }
                if (existing || foundWithoutId) {
                    if (t.hasId) {
                        idMap[t.name].insert(fileId, existing.value_or(0));
                        presentIds[t.name].insert(fileId);
                    }
                    ++outcome.present[t.name];
                    continue;
                }
                // Keep the id when it is free, so a restore is the same database.
                bool keepId = false;
                if (t.hasId) {
                    auto q = sql::exec(db, QStringLiteral("SELECT 1 FROM \"%1\" WHERE id = :id").arg(t.name), { { QStringLiteral("id"), fileId } });
                    if (!q)
                        return q.error();
                    keepId = !q.value().next();
                }
                QStringList cols;
                QStringList params;
                QVariantMap binds;
                for (int c = 0; c < t.columns.size(); ++c) {
                    if (c == idCol && !keepId)
                        continue;
                    if (!given.at(c))
                        continue; // an older file: the column's default applies
                    cols << QLatin1Char('"') + t.columns.at(c) + QLatin1Char('"');
                    params << QStringLiteral(":c%1").arg(c);
                    binds.insert(QStringLiteral("c%1").arg(c), row.at(c));
                }
                auto ins = sql::exec(db, QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)").arg(t.name, cols.join(QStringLiteral(", ")), params.join(QStringLiteral(", "))), binds);
                if (!ins)
                    return Error { tr("%1: a row of %2 could not be written: %3 Nothing was imported.").arg(fileName, t.name, ins.errorMessage()) };
                if (t.hasId)
                    idMap[t.name].insert(fileId, keepId ? fileId : ins.value().lastInsertId().toLongLong());
                ++outcome.added[t.name];
            }
            if (waiting.size() == pending.size())
                return Error { tr("%1: rows of %2 refer to each other in a circle. Nothing was imported.").arg(fileName, t.name) };
            pending = waiting;
        }
    }
    for (auto it = idMap.value(QStringLiteral("coes")).cbegin(); it != idMap.value(QStringLiteral("coes")).cend(); ++it)
        outcome.coeIds.insert(it.key(), it.value());
    // Rows that kept the file's ids: the next generated id must follow them.
    for (const TableInfo &t : schema.value())
        if (t.hasId && outcome.added.value(t.name) > 0)
            if (auto r = sql::exec(db, db.dialect().resetIdentityStatement(t.name)); !r)
                return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

} // namespace closeloop
