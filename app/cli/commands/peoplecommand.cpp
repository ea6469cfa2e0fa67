#include "../command.h"

#include "storage/personrepository.h"

#include <QCommandLineParser>

namespace closeloop::cli {

namespace {

// People and, for a shared server, the sign-in each one uses: the server
// records approvals under the person linked to the signed-in user.
class PeopleCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("people"); }
    QString summary() const override
    {
        return QStringLiteral("List people, or link one to a server sign-in (people link NAME LOGIN).");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral(
            "\n  people                  name, role, team and sign-in, tab separated"
            "\n  people link NAME LOGIN  NAME signs in to the team server as LOGIN"
            "\n  people unlink NAME      NAME has no sign-in"));
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("link or unlink"), QStringLiteral("[link NAME LOGIN | unlink NAME]"));
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        const QStringList pos = parser.positionalArguments();
        const bool link = pos.size() == 3 && pos.first() == QLatin1String("link");
        const bool unlink = pos.size() == 2 && pos.first() == QLatin1String("unlink");
        if (!pos.isEmpty() && !link && !unlink) {
            ctx.err << ctx.program << " people: use \"people\", \"people link NAME LOGIN\" or \"people unlink NAME\"" << Qt::endl;
            return UsageError;
        }
        auto db = ctx.open(false);
        if (!db)
            return UsageError;
        PersonRepository repo(*db);
        if (pos.isEmpty()) {
            auto people = repo.list();
            if (!people) {
                ctx.err << ctx.program << " people: " << people.errorMessage() << Qt::endl;
                return Failed;
            }
            for (const Person &p : people.value())
                ctx.out << p.name << '\t' << enumKey(p.role) << '\t' << p.team << '\t' << p.login << '\n';
            ctx.out.flush();
            return Ok;
        }
        auto found = repo.findByName(pos.at(1));
        if (!found) {
            ctx.err << ctx.program << " people: " << found.errorMessage() << Qt::endl;
            return Failed;
        }
        if (!found.value()) {
            ctx.err << ctx.program << " people: nobody is called \"" << pos.at(1) << "\"; run \"people\" to see the names" << Qt::endl;
            return UsageError;
        }
        Person person = *found.value();
        person.login = link ? pos.at(2).trimmed() : QString();
        if (auto s = repo.update(person); !s) {
            ctx.err << ctx.program << " people: " << s.errorMessage() << Qt::endl;
            return Failed;
        }
        ctx.out << (link ? QStringLiteral("%1 signs in as %2").arg(person.name, person.login)
                         : QStringLiteral("%1 has no sign-in").arg(person.name))
                << Qt::endl;
        return Ok;
    }
};

} // namespace

Command *makePeopleCommand()
{
    static PeopleCommand command;
    return &command;
}

} // namespace closeloop::cli
