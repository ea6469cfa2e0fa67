#include "listquery.h"

#include "database.h"
#include "sql.h"

namespace closeloop::listquery {

QString Where::bind(const QVariant &value)
{
    const QString name = QStringLiteral("w%1").arg(m_binds.size());
    m_binds.insert(name, value);
    return QLatin1Char(':') + name;
}

QString Where::containsAny(const Database &db, const QStringList &columns, const QString &needle)
{
    const QString escaped = escapeLike(needle);
    QStringList parts;
    // One placeholder per use: not every driver lets a name repeat.
    for (const QString &column : columns)
        parts << QStringLiteral("%1 %2 %3 ESCAPE '\\'").arg(column, db.dialect().caseInsensitiveLike(),
                                                            bind(QLatin1Char('%') + escaped + QLatin1Char('%')));
    return QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

QString Where::sql() const
{
    return m_conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_conditions.join(QLatin1String(" AND "));
}

QString escapeLike(QString text)
{
    return text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
}

QStringList words(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString orderBy(const QStringList &keys, bool descending, const QString &tie)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList terms;
    for (const QString &key : keys + QStringList { tie })
        terms << key + dir;
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

Result<QList<Id>> ids(const Database &db, const QString &statement, const QVariantMap &binds)
{
    auto r = sql::exec(db, statement, binds);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<Id> list;
    while (q.next())
        list.append(q.value(0).toLongLong());
    return list;
}

Result<int> count(const Database &db, const QString &statement, const QVariantMap &binds)
{
    auto r = sql::exec(db, statement, binds);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toInt() : 0;
}

QString limit(int n)
{
    return n < 0 ? QString() : QStringLiteral(" LIMIT %1").arg(n);
}

QString idList(const QList<Id> &ids)
{
    QString out;
    out.reserve(ids.size() * 7);
    for (Id id : ids) {
        if (!out.isEmpty())
            out += QLatin1Char(',');
        out += QString::number(id);
    }
    return out;
}

} // namespace closeloop::listquery
