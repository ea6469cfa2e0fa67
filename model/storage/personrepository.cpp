#include "personrepository.h"
#include "rowcursor.h"

#include "recordwriter.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

const QString kTable = QStringLiteral("people");

QVariantMap toRow(const Person &p)
{
    return {
        { QStringLiteral("name"), sql::text(p.name.trimmed()) },
        { QStringLiteral("email"), sql::text(p.email) },
        { QStringLiteral("team"), sql::text(p.team) },
        { QStringLiteral("role"), enumKey(p.role) },
        { QStringLiteral("login"), sql::text(p.login.trimmed()) },
    };
}

Person fromQuery(const sql::ColumnsByName &v)
{
    Person p;
    p.id = v("id").toLongLong();
    p.revision = v("revision").toInt();
    p.name = v("name").toString();
    p.email = v("email").toString();
    p.team = v("team").toString();
    p.role = enumFromKey<PersonRole>(v("role").toString()).value_or(PersonRole::Engineer);
    p.login = v("login").toString();
    return p;
}

Status validate(const Person &p)
{
    if (p.name.trimmed().isEmpty())
        return Error { QCoreApplication::translate("closeloop::PersonRepository", "A person needs a name.") };
    return {};
}

} // namespace

Result<Id> PersonRepository::create(Person &person)
{
    if (auto v = validate(person); !v)
        return v.error();
    Transaction tx(m_db);
    auto id = RecordWriter(m_db, kTable).insert(toRow(person));
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    person.id = id.value();
    person.revision = 1;
    return id;
}

Status PersonRepository::update(Person &person)
{
    if (auto v = validate(person); !v)
        return v;
    Transaction tx(m_db);
    auto revision = RecordWriter(m_db, kTable).update(person.id, person.revision, toRow(person));
    if (!revision)
        return revision.error();
    if (auto s = tx.commit(); !s)
        return s;
    person.revision = revision.value();
    return {};
}

Status PersonRepository::remove(const Person &person)
{
    Transaction tx(m_db);
    if (auto s = RecordWriter(m_db, kTable).remove(person.id, person.revision); !s)
        return s;
    return tx.commit();
}

Result<Person> PersonRepository::load(Id id)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM people WHERE id = :id"), { { QStringLiteral("id"), id } });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return Error { QCoreApplication::translate("closeloop::PersonRepository", "There is no person with id %1.").arg(id) };
    return fromQuery(sql::ColumnsByName(q));
}

Result<QList<Person>> PersonRepository::list()
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM people ORDER BY name"));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<Person> people;
    for (const sql::ColumnsByName columns(q); q.next();)
        people.append(fromQuery(columns));
    return people;
}

Result<QList<PersonName>> PersonRepository::names()
{
    // Read at every start for the "Working as" box: through SQLite's own
    // statement, not a QVariant per value (a thousand people).
    auto opened = sql::RowCursor::open(m_db, QStringLiteral("SELECT id, name FROM people ORDER BY name"));
    if (!opened)
        return opened.error();
    sql::RowCursor rows = std::move(opened).value();
    QList<PersonName> people;
    while (rows.next())
        people.append({ rows.integer(0), rows.text(1) });
    if (auto s = rows.finish(); !s)
        return s.error();
    return people;
}

Result<std::optional<Person>> PersonRepository::findByName(const QString &name)
{
    return findBy(QStringLiteral("name"), name.trimmed());
}

Result<std::optional<Person>> PersonRepository::findByLogin(const QString &login)
{
    if (login.trimmed().isEmpty())
        return std::optional<Person>();
    return findBy(QStringLiteral("login"), login.trimmed());
}

Result<std::optional<Person>> PersonRepository::findBy(const QString &column, const QString &value)
{
    auto r = sql::exec(m_db, QStringLiteral("SELECT * FROM people WHERE %1 = :value").arg(column),
                       { { QStringLiteral("value"), value } });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return std::optional<Person>();
    return std::optional<Person>(fromQuery(sql::ColumnsByName(q)));
}

} // namespace closeloop
