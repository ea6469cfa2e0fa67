#pragma once

#include "loosetime.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace closeloop {

// A postmortem written elsewhere, as read from its Markdown: what went
// where, what was left empty because the file does not say, and what was
// not recognised (kept, never dropped).
struct ImportedEvent {
    std::optional<LooseTime> at;
    QString text;
};

struct ImportedAction {
    QString title;
    QString owner;
    std::optional<bool> done;  // from a task list or a status column
    QString due;               // as written
};

struct ImportedNote {
    QString heading;  // "(before the first heading)" for an untitled preamble
    QString text;
};

struct ImportedPostmortem {
    QString file;
    QString title;
    QString summary;
    QString impact;
    QList<ImportedEvent> timeline;
    std::optional<LooseTime> startedAt;
    std::optional<LooseTime> detectedAt;
    std::optional<LooseTime> mitigatedAt;
    std::optional<LooseTime> resolvedAt;
    QString detectionMethod;   // "alarm", "customer", "internal", "other", or empty
    QString detection;         // the detection section's text
    QStringList services;
    QString trigger;
    QString resolution;
    QString rootCause;
    QStringList whys;
    QList<ImportedAction> actions;
    QString lessons;
    QString severity;          // as written
    QList<ImportedNote> unmapped;
    QStringList warnings;      // what could not be read as written, e.g. a time without a zone

    QJsonObject toJson() const;
};

// Reads a postmortem through cmark-gfm's syntax tree. Headings are matched
// to COE sections through templates/import/sections.json.
ImportedPostmortem parsePostmortem(const QString &markdown, const QString &fileName);

// Reads a file: refuses (with the file named) what is not a Markdown text
// file: binary content, invalid UTF-8, empty, or larger than 10 MB.
struct PostmortemFile {
    std::optional<ImportedPostmortem> postmortem;
    QString problem;
};
PostmortemFile readPostmortemFile(const QString &path);

// The files to import for what a person named: files as given, folders as
// every .md or .markdown file below them, sorted by path.
QStringList postmortemFilesIn(const QStringList &paths);

inline constexpr qint64 kMaxPostmortemBytes = 10 * 1024 * 1024;

} // namespace closeloop
