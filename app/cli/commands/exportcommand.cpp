#include "../command.h"

#include "print/reportfile.h"
#include "report/coemarkdown.h"
#include "report/orrmarkdown.h"
#include "report/reportparts.h"
#include "report/reporttemplates.h"
#include "storage/recordexchange.h"
#include "storage/coelistreader.h"
#include "storage/coerepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace closeloop::cli {

namespace {

// A file name from a report title: letters, digits and dashes only.
QString fileStem(const QString &title)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString stem = title.toLower().replace(unsafe, QStringLiteral("-"));
    stem = stem.left(60);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem;
}

class ExportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("Write COEs or an ORR review as Markdown, HTML, PDF or JSON (export coe ID, export orr ID, export all).");
    }

    int run(const QStringList &args, Context &ctx) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("export coe ID[,ID...]|all --format md|html|pdf|json [-o FILE|FOLDER] [--team]\n"
                           "export orr ID --format md|html|pdf|json [-o FILE]\n"
                           "export axioms SET_ID[,SET_ID...] --format json [-o FILE]\n"
                           "export all --format json -o FILE\n\n"
                           "Reports go to standard output unless -o is given; several COEs as reports need -o FOLDER "
                           "(one file each). COE reports name roles, not people, unless --team is given. JSON is lossless: "
                           "the records with everything they own, for `import json`."));
        const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") }, QStringLiteral("md, html, pdf or json (default md)."), QStringLiteral("FORMAT"), QStringLiteral("md"));
        const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("The file (or, for several reports, the folder) to write."), QStringLiteral("PATH"));
        const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("Keep people's names in COE reports (for the team only)."));
        const QCommandLineOption templates(QStringLiteral("templates"), QStringLiteral("A folder of templates that replace the shipped ones."), QStringLiteral("FOLDER"));
        parser.addOptions({ format, output, team, templates });
        parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("coe, orr, axioms or all"));
        parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("ids, comma-separated, or \"all\" (coe)"));
        if (const auto stop = parseArguments(parser, *this, args, ctx))
            return *stop;
        const QStringList pos = parser.positionalArguments();
        const QString what = pos.value(0);
        const QString fmt = parser.value(format).toLower();
        const bool json = fmt == QLatin1String("json");
        const std::optional<ReportFormat> reportFormat = reportFormatNamed(fmt);
        if (!json && !reportFormat) {
            ctx.err << ctx.program << " export: unknown format \"" << fmt << "\"; use md, html, pdf or json." << Qt::endl;
            return UsageError;
        }
        if (parser.isSet(templates))
            ReportTemplates::setUserFolder(parser.value(templates));
        for (const TemplateProblem &p : ReportTemplates::problems())
            ctx.err << ctx.program << " export: " << p.text() << Qt::endl;

        auto db = ctx.openToRead();
        if (!db)
            return UsageError;
        const QString out = parser.value(output);

        if (what == QLatin1String("all")) {
            if (!json || out.isEmpty()) {
                ctx.err << ctx.program << " export all: the whole database goes to JSON, e.g. export all --format json -o backup.json" << Qt::endl;
                return UsageError;
            }
            return writeJson(*db, RecordSelection { true, {}, {}, {} }, out, ctx);
        }
        const bool axioms = what == QLatin1String("axioms");
        if ((what != QLatin1String("coe") && what != QLatin1String("orr") && !axioms) || pos.size() != 2) {
            ctx.err << ctx.program << " export: use `export coe ID`, `export orr ID`, `export axioms SET_ID` or `export all`, e.g. export coe 7 --format html -o coe-7.html" << Qt::endl;
            return UsageError;
        }
        if (axioms && !json) {
            ctx.err << ctx.program << " export axioms: axiom sets leave as JSON (--format json), or as a Well-Architected lens with `orr lens-export`" << Qt::endl;
            return UsageError;
        }
        QList<Id> ids;
        if (what == QLatin1String("coe") && pos.at(1) == QLatin1String("all")) {
            auto all = allCoeIds(*db);
            if (!all) {
                ctx.err << ctx.program << " export: " << all.errorMessage() << Qt::endl;
                return Failed;
            }
            ids = all.value();
        } else {
            for (const QString &part : pos.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                ids << part.trimmed().toLongLong(&ok);
                if (!ok) {
                    ctx.err << ctx.program << " export: \"" << part << "\" is not an id; give numbers separated by commas, e.g. 3,7" << Qt::endl;
                    return UsageError;
                }
            }
        }
        if (json) {
            RecordSelection s;
            (what == QLatin1String("coe") ? s.coeIds : axioms ? s.axiomSetIds : s.orrReviewIds) = ids;
            return writeJson(*db, s, out, ctx);
        }
        const ReportAudience audience = parser.isSet(team) ? ReportAudience::Team : ReportAudience::Outside;
        const bool many = ids.size() != 1;
        if (many && (out.isEmpty() || (QFileInfo(out).exists() && !QFileInfo(out).isDir()))) {
            ctx.err << ctx.program << " export: several reports need a folder, e.g. -o reports/" << Qt::endl;
            return UsageError;
        }
        if (many && !QDir().mkpath(out)) {
            ctx.err << ctx.program << " export: could not create the folder " << QDir::toNativeSeparators(out) << Qt::endl;
            return Failed;
        }
        if (!many && out.isEmpty() && *reportFormat == ReportFormat::Pdf) {
            ctx.err << ctx.program << " export: a PDF needs a file, e.g. -o coe.pdf" << Qt::endl;
            return UsageError;
        }
        // People, services and axioms are read once for all the COEs, not once each.
        std::optional<CoeChoices> names;
        if (what == QLatin1String("coe")) {
            auto loaded = CoeChoices::load(*db);
            if (!loaded) {
                ctx.err << ctx.program << " export: " << loaded.errorMessage() << Qt::endl;
                return Failed;
            }
            names = std::move(loaded).value();
        }
        std::optional<Blameless> blameless;
        if (names && audience == ReportAudience::Outside)
            blameless.emplace(*names);
        // Safe on several threads at once: each report goes to a file of its own.
        auto writeFile = [&](const StoredReport &report, Id id) -> Status {
            const QString path = many ? QDir(out).filePath(QStringLiteral("%1-%2-%3.%4").arg(what).arg(id).arg(fileStem(report.title.section(QLatin1Char(' '), 1)), reportSuffix(*reportFormat)))
                                      : out;
            return writeReport(report.markdown, report.title, *reportFormat, path, many ? FileWrite::OneOfMany : FileWrite::Alone);
        };
        auto write = [&](const StoredReport &report, Id id) -> int {
            if (out.isEmpty()) {
                ctx.out << QString::fromUtf8(renderReport(report.markdown, report.title, *reportFormat));
                ctx.out.flush();
                return Ok;
            }
            if (auto s = writeFile(report, id); !s) {
                ctx.err << ctx.program << " export: " << s.errorMessage() << Qt::endl;
                return Failed;
            }
            return Ok;
        };
        if (names) {
            // COEs are read a batch at a time and rendered on every core:
            // 100,000 of them in seconds. Into a folder, each is written by
            // the thread that rendered it (not PDF: it is drawn with Qt Gui,
            // whose fonts belong to the main thread).
            int code = Ok;
            ReportStep take, alongside;
            if (many && *reportFormat != ReportFormat::Pdf)
                alongside = [&writeFile](const StoredReport &report) { return writeFile(report, report.id); };
            else
                take = [&](const StoredReport &report) -> Status {
                    code = write(report, report.id);
                    return code == Ok ? Status() : Status(Error { QString() });
                };
            const Status s = forEachCoeReport(*db, ids, *names, blameless ? &*blameless : nullptr, take, alongside);
            if (!s && many && s.error().kind != Error::Kind::NotFound) {
                ctx.err << ctx.program << " export: " << s.errorMessage() << Qt::endl;
                return Failed;
            }
            if (!s && code == Ok) {
                // Almost always an id that does not exist: an input error, as `coe show` reports it.
                ctx.err << ctx.program << " export: " << s.errorMessage() << Qt::endl;
                return s.error().kind == Error::Kind::NotFound ? UsageError : Failed;
            }
            if (code != Ok)
                return code;
        } else {
            for (Id id : std::as_const(ids)) {
                Result<StoredReport> report = orrReport(*db, id);
                if (!report) {
                    ctx.err << ctx.program << " export: " << report.errorMessage() << Qt::endl;
                    return UsageError;
                }
                if (const int code = write(report.value(), id); code != Ok)
                    return code;
            }
        }
        if (many) {
            if (auto s = syncFolder(out); !s) {
                ctx.err << ctx.program << " export: " << s.errorMessage() << Qt::endl;
                return Failed;
            }
        }
        if (many)
            ctx.out << "Wrote " << ids.size() << " reports to " << QDir::toNativeSeparators(out) << Qt::endl;
        return Ok;
    }

private:
    static Result<StoredReport> orrReport(Database &db, Id id)
    {
        auto md = orrReviewReport(db, id, QDate::currentDate());
        if (!md)
            return md.error();
        return StoredReport { QStringLiteral("ORR-%1 %2").arg(id).arg(md.value().section(QLatin1Char('\n'), 0, 0).remove(QStringLiteral("# "))), md.value() };
    }

    static Result<QList<Id>> allCoeIds(Database &db)
    {
        return CoeListReader(db).ids(CoeListQuery { {}, {}, CoeListQuery::Order::ById, false });
    }

    int writeJson(Database &db, const RecordSelection &selection, const QString &out, Context &ctx)
    {
        auto records = exportRecords(db, selection);
        if (!records) {
            ctx.err << ctx.program << " export: " << records.errorMessage() << Qt::endl;
            return records.error().kind == Error::Kind::NotFound ? UsageError : Failed;
        }
        const QByteArray bytes = QJsonDocument(records.value()).toJson(QJsonDocument::Indented);
        if (out.isEmpty()) {
            ctx.out << QString::fromUtf8(bytes);
            return Ok;
        }
        if (auto s = writeWholeFile(out, bytes); !s) {
            ctx.err << ctx.program << " export: " << s.errorMessage() << Qt::endl;
            return Failed;
        }
        return Ok;
    }
};

} // namespace

Command *makeExportCommand()
{
    static ExportCommand command;
    return &command;
}

} // namespace closeloop::cli
