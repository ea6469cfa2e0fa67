#include "databasecopy.h"
#include "domain/translate.h"

#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlRecord>

#include <algorithm>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::DatabaseCopy", text);
}

// Columns pointing at a row of the same table: written in a second pass,
// since a child row may have been stored before its parent.
const QHash<QString, QString> &selfReferences()
{
    static const QHash<QString, QString> refs {
        { QStringLiteral("whys"), QStringLiteral("parent_id") },
        { QStringLiteral("orr_reviews"), QStringLiteral("previous_review_id") },
    };
    return refs;
}

// One value in a form both databases agree on: SQLite and PostgreSQL hand
// back integers, reals and text as different C++ types.
void feedValue(QCryptographicHash &hash, const QVariant &v)
{
    if (v.isNull()) {
        hash.addData("\x01N");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        // Whole numbers stored in a REAL column come back as integers from one side.
        hash.addData(d == double(qint64(d)) ? QByteArray::number(qint64(d)) : QByteArray::number(d, 'g', 17));
        break;
    }
    case QMetaType::QByteArray:
        hash.addData("\x02");
        hash.addData(v.toByteArray().toHex());
        break;
    default:
        hash.addData(v.toString().toUtf8());
        break;
    }
    hash.addData("\x1f");
}

Result<QStringList> columnsOf(Database &db, const QString &table)
{
    auto q = sql::exec(db, QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
    if (!q)
        return q.error();
    const QSqlRecord record = q.value().record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    columns.sort(); // both sides in one order, whatever order the columns were added in
    return columns;
}

Result<qint64> countRows(Database &db, const QString &table)
{
    auto q = sql::exec(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

} // namespace

qint64 CopyReport::totalRows() const
{
    qint64 n = 0;
    for (const TableTally &t : tables)
        n += t.rows;
    return n;
}

const QStringList &copiedTables()
{
    static const QStringList tables {
        QStringLiteral("people"), QStringLiteral("services"), QStringLiteral("service_zones"),
        QStringLiteral("axiom_sets"), QStringLiteral("axioms"), QStringLiteral("coes"), QStringLiteral("coe_tags"),
        QStringLiteral("coe_blast_scopes"), QStringLiteral("timeline_events"), QStringLiteral("impact_samples"),
        QStringLiteral("whys"), QStringLiteral("coe_review_checks"), QStringLiteral("axiom_coes"),
        QStringLiteral("orr_reviews"), QStringLiteral("orr_participants"), QStringLiteral("orr_answers"),
        QStringLiteral("orr_evidence"), QStringLiteral("orr_waivers"), QStringLiteral("findings"),
        QStringLiteral("finding_coes"), QStringLiteral("action_items"), QStringLiteral("audit_log"),
        QStringLiteral("drafts"), QStringLiteral("settings"), QStringLiteral("wheel_spins"), QStringLiteral("wheel_picks"),
    };
    return tables;
}

Result<QList<TableTally>> tallyTables(Database &db)
{
    QList<TableTally> tallies;
    for (const QString &table : copiedTables()) {
        auto columns = columnsOf(db, table);
        if (!columns)
            return columns.error();
        auto q = sql::exec(db, QStringLiteral("SELECT %1 FROM %2").arg(columns.value().join(QStringLiteral(", ")), table));
        if (!q)
            return q.error();
        // A hash per row, sorted: the checksum does not depend on the order
        // each database returns rows in, nor on its collation.
        QList<QByteArray> rowHashes;
        while (q.value().next()) {
            QCryptographicHash row(QCryptographicHash::Sha256);
            for (int i = 0; i < columns.value().size(); ++i)
                feedValue(row, q.value().value(i));
            rowHashes.append(row.result());
        }
        std::sort(rowHashes.begin(), rowHashes.end());
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const QByteArray &h : std::as_const(rowHashes))
            all.addData(h);
        tallies.append({ table, rowHashes.size(), all.result().toHex() });
    }
    return tallies;
}

Result<CopyReport> copyDatabase(Database &from, Database &to, const CopyProgress &progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error { tr("%1 is at schema version %2 and %3 at %4; open both with this Closeloop first so they match.")
                           .arg(from.path()).arg(from.schemaVersion()).arg(to.path()).arg(to.schemaVersion()) };
    qint64 total = 0;
    QHash<QString, qint64> sourceRows;
    for (const QString &table : copiedTables()) {
        auto target = countRows(to, table);
        if (!target)
            return target.error();
        // Drafts and settings may exist in a just-made database; anything
        // else means somebody's data is there and must not be mixed into.
        if (target.value() > 0 && table != QLatin1String("settings") && table != QLatin1String("drafts"))
            return Error { tr("%1 already holds data (%2 rows in %3). Copy into an empty database, so nothing there "
                              "is overwritten or mixed; nothing was changed.").arg(to.path()).arg(target.value()).arg(table) };
        auto rows = countRows(from, table);
        if (!rows)
            return rows.error();
        sourceRows.insert(table, rows.value());
        total += rows.value();
    }

    Transaction tx(to);
    for (const QString &table : { QStringLiteral("settings"), QStringLiteral("drafts") })
        if (auto cleared = sql::exec(to, QStringLiteral("DELETE FROM %1").arg(table)); !cleared)
            return cleared.error();
    qint64 done = 0;
    for (const QString &table : copiedTables()) {
        auto columns = columnsOf(from, table);
        if (!columns)
            return columns.error();
        const QStringList &cols = columns.value();
        const QString selfRef = selfReferences().value(table);
        QStringList placeholders;
        for (int i = 0; i < cols.size(); ++i)
            placeholders << QStringLiteral(":c%1").arg(i);
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, cols.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
        auto rows = sql::exec(from, QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QStringLiteral(", ")), table));
        if (!rows)
            return rows.error();
        QList<QPair<QVariant, QVariant>> later; // (id, self reference)
        while (rows.value().next()) {
            QVariantMap binds;
            for (int i = 0; i < cols.size(); ++i) {
                QVariant v = rows.value().value(i);
                if (cols.at(i) == selfRef && !v.isNull()) {
                    later.append({ rows.value().value(cols.indexOf(QStringLiteral("id"))), v });
                    v = QVariant();
                }
                binds.insert(QStringLiteral("c%1").arg(i), v);
            }
            if (auto written = sql::exec(to, insert, binds); !written)
                return Error { tr("Copying %1 into %2 stopped; nothing was changed there. %3")
                                   .arg(table, to.path(), written.errorMessage()), written.error().kind };
            if (++done % 500 == 0 && progress && !progress(done, total, table))
                return Error { tr("The copy was cancelled; %1 was left as it was.").arg(to.path()) };
        }
        for (const auto &[id, ref] : std::as_const(later))
            if (auto s = sql::exec(to, QStringLiteral("UPDATE %1 SET %2 = :ref WHERE id = :id").arg(table, selfRef),
                                   { { QStringLiteral("ref"), ref }, { QStringLiteral("id"), id } }); !s)
                return s.error();
        if (cols.contains(QStringLiteral("id")))
            if (auto s = sql::exec(to, to.dialect().resetIdentityStatement(table)); !s)
                return s.error();
        if (progress && !progress(done, total, table))
            return Error { tr("The copy was cancelled; %1 was left as it was.").arg(to.path()) };
    }

    // Verify inside the transaction: a difference undoes the whole copy.
    auto before = tallyTables(from);
    if (!before)
        return before.error();
    auto after = tallyTables(to);
    if (!after)
        return after.error();
    for (int i = 0; i < before.value().size(); ++i) {
        const TableTally &a = before.value().at(i);
        const TableTally &b = after.value().at(i);
        if (a.rows != b.rows || a.checksum != b.checksum)
            return Error { tr("After copying, %1 differs between the two databases (%2 rows and %3 rows, or different "
                              "contents). The copy was undone; %4 was left as it was.")
                               .arg(a.table).arg(a.rows).arg(b.rows).arg(to.path()) };
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return CopyReport { after.value() };
}

} // namespace closeloop
