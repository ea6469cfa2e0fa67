// closeloop-cli calc: the ORR calculators without the GUI, for scripts and
// for checking a number during a review. Flags are built from each
// calculator's inputs, so the CLI and the review form never drift apart.
#include "../command.h"

#include "orr/calculation.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace closeloop::cli {

namespace {

QString flagOf(const QString &key)
{
    return QString(key).replace(QLatin1Char('_'), QLatin1Char('-'));
}

class CalcCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("calc"); }
    QString summary() const override
    {
        return QStringLiteral("Run an ORR calculator: az-capacity, quorum, retry, bake-time, backlog, availability, load-test.");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        const QString id = args.value(0);
        const auto info = calculatorInfo(id);
        if (!info && (id == QLatin1String("--help") || id == QLatin1String("-h"))) {
            ctx.out << "Usage: " << ctx.program << " calc CALCULATOR [--INPUT N ...] [--json]\n\nCalculators:\n";
            for (const CalculatorInfo &c : calculators())
                ctx.out << "  " << c.id << "\t" << c.title << " (" << c.axioms << ")\n";
            ctx.out << "\n" << ctx.program << " calc CALCULATOR --help lists its inputs.\n";
            ctx.out.flush();
            return Ok;
        }
        if (!info) {
            ctx.err << ctx.program << " calc: " << (id.isEmpty() ? QStringLiteral("name a calculator.") : QStringLiteral("there is no calculator \"%1\".").arg(id))
                    << " Calculators:\n";
            for (const CalculatorInfo &c : calculators())
                ctx.err << "  " << c.id << "\t" << c.title << " (" << c.axioms << ")\n";
            ctx.err.flush();
            return UsageError;
        }
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("%1 (%2)").arg(info->title, info->axioms));
        QList<QCommandLineOption> options;
        for (const CalcField &f : info->fields) {
            QString help = f.label;
            if (!f.unit.isEmpty())
                help += QStringLiteral(", in %1").arg(f.unit);
            if (f.list)
                help += QStringLiteral("; several, separated by commas");
            if (f.optional)
                help += QStringLiteral(" (optional)");
            options.append(QCommandLineOption(flagOf(f.key), help, QStringLiteral("N")));
        }
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as JSON: pass, verdict and every number."));
        for (const auto &o : std::as_const(options))
            parser.addOption(o);
        parser.addOption(json);
        if (const auto stop = parseArguments(parser, *this, args.mid(1), ctx))
            return *stop;

        QJsonObject inputs;
        for (const CalcField &f : info->fields)
            if (parser.isSet(flagOf(f.key)))
                inputs.insert(f.key, parser.value(flagOf(f.key)));
        const auto result = runCalculator(id, inputs);
        if (!result) {
            ctx.err << ctx.program << " calc " << id << ": " << result.errorMessage() << Qt::endl;
            return UsageError;
        }
        const Calculation &c = result.value();
        if (parser.isSet(json)) {
            QJsonObject out = c.numbers;
            out.insert(QStringLiteral("calculator"), c.calculator);
            out.insert(QStringLiteral("pass"), c.pass);
            out.insert(QStringLiteral("verdict"), c.verdict);
            out.insert(QStringLiteral("formula"), c.formula);
            ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        } else {
            ctx.out << info->title << "\n\n";
            for (const CalcRow &row : c.rows)
                ctx.out << (row.computed ? "  = " : "    ") << row.label << ": " << row.value << '\n';
            ctx.out << '\n' << c.formula << "\n\n" << c.verdict << '\n';
        }
        ctx.out.flush();
        // Like `coe check`: a failed check is exit 1, so scripts can gate on it.
        return c.pass ? Ok : Failed;
    }
};

} // namespace

Command *makeCalcCommand()
{
    static CalcCommand command;
    return &command;
}

} // namespace closeloop::cli
