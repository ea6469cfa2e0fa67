#include "../command.h"

#include "lint/blamelinter.h"
#include "storage/personrepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cstdio>

namespace closeloop::cli {

namespace {

struct Statement {
    QString id;
    QString text;
};

// Code-point offsets, which is what scripts in most languages index by.
int codePoints(QStringView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!text[i].isLowSurrogate())
            ++n;
    return n;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

// Five Whys answers from a file or stdin, checked for blame the way the
// COE editor checks them.
class LintCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("lint"); }
    QString summary() const override { return QStringLiteral("Check Five Whys answers for blame, one per line (FILE, or - for stdin)."); }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary()
            + QStringLiteral("\nPrints id<TAB>verdict<TAB>explanation per statement; the verdict is blame, systemic or unclear."
                             "\nExits 1 when any statement is blame."));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array with the triggering spans."));
        const QCommandLineOption tsv(QStringLiteral("tsv"), QStringLiteral("Input lines are id<TAB>statement."));
        const QCommandLineOption lexicon(QStringLiteral("lexicon"), QStringLiteral("Merge the word lists of FILE (JSON, same shape as templates/blame-lexicon.json)."), QStringLiteral("FILE"));
        parser.addOption(json);
        parser.addOption(tsv);
        parser.addOption(lexicon);
        parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The statements; - reads stdin."), QStringLiteral("[FILE|-]"));
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        const QStringList pos = parser.positionalArguments();
        if (pos.size() > 1) {
            ctx.err << ctx.program << " lint: give one FILE, or - for stdin" << Qt::endl;
            return UsageError;
        }

        QByteArray bytes;
        const QString source = pos.value(0, QStringLiteral("-"));
        if (source == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                ctx.err << ctx.program << " lint: cannot read stdin" << Qt::endl;
                return UsageError;
            }
            bytes = in.readAll();
        } else {
            QFile in(source);
            if (!in.open(QIODevice::ReadOnly)) {
                ctx.err << ctx.program << " lint: cannot read " << source << ": " << in.errorString() << Qt::endl;
                return UsageError;
            }
            bytes = in.readAll();
        }

        QList<Statement> statements;
        if (auto s = parse(bytes, parser.isSet(tsv), statements); !s) {
            ctx.err << ctx.program << " lint: " << s.errorMessage() << Qt::endl;
            return UsageError;
        }

        lint::BlameLexicon lex = lint::BlameLexicon::standard();
        if (parser.isSet(lexicon))
            if (auto s = lex.mergeFile(parser.value(lexicon)); !s) {
                ctx.err << ctx.program << " lint: " << s.errorMessage() << Qt::endl;
                return UsageError;
            }
        if (const int code = addPeople(ctx, lex); code != Ok)
            return code;

        const BlameLinter linter(lex);
        bool anyBlame = false;
        QJsonArray array;
        for (const Statement &st : std::as_const(statements)) {
            const LintResult r = linter.lint(st.text);
            anyBlame = anyBlame || r.verdict == LintVerdict::Blame;
            if (!parser.isSet(json)) {
                ctx.out << oneLine(st.id) << '\t' << lintVerdictKey(r.verdict) << '\t' << oneLine(r.explanation)
                        << (r.reframe.isEmpty() ? QString() : QStringLiteral(" Ask: ") + r.reframe) << '\n';
                continue;
            }
            QJsonArray spans;
            for (const LintSpan &s : r.spans)
                spans.append(QJsonObject { { QStringLiteral("start"), codePoints(QStringView(st.text).left(s.start)) },
                                           { QStringLiteral("length"), codePoints(QStringView(st.text).mid(s.start, s.length)) },
                                           { QStringLiteral("text"), st.text.mid(s.start, s.length) },
                                           { QStringLiteral("cue"), lintCueKey(s.cue) } });
            array.append(QJsonObject { { QStringLiteral("id"), st.id },
                                       { QStringLiteral("verdict"), lintVerdictKey(r.verdict) },
                                       { QStringLiteral("explanation"), r.explanation },
                                       { QStringLiteral("reframe"), r.reframe },
                                       { QStringLiteral("spans"), spans } });
        }
        if (parser.isSet(json))
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return anyBlame ? Failed : Ok;
    }

private:
    // Checks every line before linting any, so bad input prints an error
    // and nothing else.
    static Status parse(const QByteArray &bytes, bool tsv, QList<Statement> &out)
    {
        const QList<QByteArray> lines = bytes.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines[i];
            if (line.endsWith('\r'))
                line.chop(1);
            if (i == 0 && line.startsWith("\xEF\xBB\xBF"))
                line.remove(0, 3);
            QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = decode(line);
            if (decode.hasError())
                return Error { QStringLiteral("line %1 is not valid UTF-8; save the file as UTF-8 and run again").arg(i + 1) };
            if (text.trimmed().isEmpty())
                continue;
            if (!tsv) {
                out.append({ QString::number(i + 1), text });
                continue;
            }
            const qsizetype tab = text.indexOf(QLatin1Char('\t'));
            if (tab < 0)
                return Error { QStringLiteral("line %1 has no tab: with --tsv every line is id<TAB>statement").arg(i + 1) };
            out.append({ text.left(tab), text.mid(tab + 1) });
        }
        return {};
    }

    // People named in the database count as people in the statements. The
    // default database is used only when it exists; --db must exist.
    static int addPeople(Context &ctx, lint::BlameLexicon &lex)
    {
        if (ctx.pgConninfo.isEmpty() && !QFileInfo::exists(ctx.dbPath))
            return Ok;
        auto db = ctx.open(false);
        if (!db)
            return UsageError;
        auto people = PersonRepository(*db).list();
        if (!people) {
            ctx.err << ctx.program << " lint: " << people.errorMessage() << Qt::endl;
            return Failed;
        }
        QStringList names;
        for (const Person &p : people.value())
            names << p.name;
        lex.addPeopleNames(names);
        return Ok;
    }
};

} // namespace

Command *makeLintCommand()
{
    static LintCommand command;
    return &command;
}

} // namespace closeloop::cli
