#include "orrexchange.h"

#include "orr/axiomlibrary.h"
#include "orr/wellarchitectedlens.h"
#include "report/orrmarkdown.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace closeloop::cli {

int orrReport(const QStringList &args, Context &ctx, const Command &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print an ORR review as Markdown."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The review's id (see the ORR list)."));
    if (const auto stop = parseArguments(parser, command, args, ctx))
        return *stop;
    bool isNumber = false;
    const Id id = parser.positionalArguments().value(0).toLongLong(&isNumber);
    if (parser.positionalArguments().size() != 1 || !isNumber) {
        ctx.err << ctx.program << " orr report: give the review's id, e.g. orr report 3" << Qt::endl;
        return UsageError;
    }
    auto db = ctx.open(false);
    if (!db)
        return UsageError;
    auto report = orrReviewReport(*db, id, QDate::currentDate());
    if (!report) {
        ctx.err << ctx.program << " orr report: " << report.errorMessage() << Qt::endl;
        return Failed;
    }
    ctx.out << report.value();
    return Ok;
}

int orrLensExport(const QStringList &args, Context &ctx, const Command &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write an installed axiom set as an AWS Well-Architected custom lens "
                                                    "(schema 2021-11-01), to FILE or standard output."));
    parser.addPositionalArgument(QStringLiteral("SET"), QStringLiteral("The set's key or name, e.g. closeloop-core."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Where to write the lens (default: standard output)."));
    if (const auto stop = parseArguments(parser, command, args, ctx))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty() || pos.size() > 2) {
        ctx.err << ctx.program << " orr lens-export: give the set, e.g. orr lens-export closeloop-core lens.json" << Qt::endl;
        return UsageError;
    }
    auto db = ctx.open(false);
    if (!db)
        return UsageError;
    auto library = installedAxiomLibrary(*db, pos.first());
    if (!library) {
        ctx.err << ctx.program << " orr lens-export: " << library.errorMessage() << Qt::endl;
        return Failed;
    }
    if (!library.value()) {
        ctx.err << ctx.program << " orr lens-export: there is no axiom set “" << pos.first()
                << "” in this database. `orr install` installs the shipped one (closeloop-core)." << Qt::endl;
        return UsageError;
    }
    const QByteArray lens = axiomLibraryToLens(*library.value());
    if (pos.size() == 1) {
        ctx.out << QString::fromUtf8(lens);
        return Ok;
    }
    // Written beside the target and renamed into place: a failed write never leaves half a file.
    QSaveFile file(pos.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(lens) != lens.size() || !file.commit()) {
        ctx.err << ctx.program << " orr lens-export: cannot write " << pos.at(1) << ": " << file.errorString() << Qt::endl;
        return Failed;
    }
    ctx.out << "Wrote " << library.value()->axioms.size() << " axioms to " << pos.at(1) << Qt::endl;
    return Ok;
}

int orrLensImport(const QStringList &args, Context &ctx, const Command &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Install an AWS Well-Architected custom lens as an axiom set. A lens "
                                                    "named like an installed set updates it: changed questions become new "
                                                    "axiom versions."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The lens JSON file."));
    if (const auto stop = parseArguments(parser, command, args, ctx))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << ctx.program << " orr lens-import: give the lens file, e.g. orr lens-import lens.json" << Qt::endl;
        return UsageError;
    }
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << ctx.program << " orr lens-import: cannot read " << file.fileName() << ": " << file.errorString() << Qt::endl;
        return UsageError;
    }
    const QByteArray json = file.readAll();
    auto db = ctx.open(false);
    if (!db)
        return UsageError;
    auto imported = importLens(*db, json, file.fileName());
    if (!imported) {
        ctx.err << ctx.program << " orr lens-import: " << imported.errorMessage() << " Nothing was installed." << Qt::endl;
        return UsageError;
    }
    printUpdate(ctx, imported.value().library, imported.value().update);
    return Ok;
}

int installLibrary(Database &db, const AxiomLibrary &library, Context &ctx, const QString &subcommand)
{
    auto update = installAxiomLibrary(db, library);
    if (!update) {
        ctx.err << ctx.program << " orr " << subcommand << ": " << update.errorMessage() << " Nothing was installed." << Qt::endl;
        return Failed;
    }
    printUpdate(ctx, library, update.value());
    return Ok;
}

void printUpdate(Context &ctx, const AxiomLibrary &library, const LibraryUpdate &update)
{
    ctx.out << library.set.name << " (" << library.set.key << "): " << update.added << " added, " << update.revised
            << " revised as new versions, " << update.unchanged << " unchanged" << Qt::endl;
}

} // namespace closeloop::cli
