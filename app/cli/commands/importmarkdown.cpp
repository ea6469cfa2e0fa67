#include "../command.h"

#include "import/postmortem.h"
#include "import/postmortemsave.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace closeloop::cli {

int importMarkdown(const QStringList &args, Context &ctx, const Command &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import postmortems written elsewhere as Markdown (Google SRE style, Atlassian style or free-form) as draft COEs. "
        "A folder imports every .md file in it. With --dry-run nothing is saved; --json prints, per file, what went where. "
        "Times without a zone are left unset, never taken as UTC; sections that are not recognised become the COE's notes. "
        "All files are saved in one transaction: a file that cannot be read stops the import before anything is saved."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Show what would be imported; save nothing."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array, one object per file."));
    parser.addOptions({ dryRun, json });
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Markdown files or folders."), QStringLiteral("FILE..."));
    if (const auto stop = parseArguments(parser, command, args, ctx))
        return *stop;
    const QStringList files = postmortemFilesIn(parser.positionalArguments());
    if (files.isEmpty()) {
        ctx.err << ctx.program << " import md: give Markdown files or a folder, e.g. import md postmortems/*.md --dry-run" << Qt::endl;
        return UsageError;
    }
    QList<ImportedPostmortem> read;
    for (const QString &f : std::as_const(files)) {
        const PostmortemFile pf = readPostmortemFile(f);
        if (!pf.postmortem) {
            ctx.err << ctx.program << " import md: " << pf.problem << " Nothing was imported." << Qt::endl;
            return UsageError;
        }
        read << *pf.postmortem;
        read.last().file = QDir::toNativeSeparators(f);
    }
    QList<Id> saved;
    if (!parser.isSet(dryRun)) {
        auto db = ctx.open(true);
        if (!db)
            return UsageError;
        auto ids = saveImportedPostmortems(*db, read);
        if (!ids) {
            ctx.err << ctx.program << " import md: " << ids.errorMessage() << Qt::endl;
            return Failed;
        }
        saved = ids.value();
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (qsizetype i = 0; i < read.size(); ++i) {
            QJsonObject o = read.at(i).toJson();
            o.insert(QStringLiteral("coe_id"), i < saved.size() ? QJsonValue(saved.at(i)) : QJsonValue());
            array.append(o);
        }
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return Ok;
    }
    for (qsizetype i = 0; i < read.size(); ++i) {
        const ImportedPostmortem &pm = read.at(i);
        ctx.out << pm.file << ": \"" << pm.title << "\", " << pm.timeline.size() << " timeline events, " << pm.whys.size() << " whys, "
                << pm.actions.size() << " action items, " << pm.unmapped.size() << " sections kept as notes";
        if (i < saved.size())
            ctx.out << " -> COE-" << saved.at(i);
        ctx.out << '\n';
        for (const QString &w : pm.warnings)
            ctx.out << "  note: " << w << '\n';
    }
    ctx.out << (parser.isSet(dryRun) ? QStringLiteral("Dry run: nothing was saved.") : QStringLiteral("Imported %1 postmortems as draft COEs.").arg(saved.size())) << Qt::endl;
    return Ok;
}

} // namespace closeloop::cli
