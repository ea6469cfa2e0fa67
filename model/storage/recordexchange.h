#pragma once

#include "database.h"
#include "domain/ids.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace closeloop {

// Lossless JSON interchange of records: every column of every row, as
// stored, so that exporting a database and importing it into an empty one
// gives the same database back.
//
// The file names its format version and the schema version it was written
// with; a file from a newer schema is refused rather than half-read.
//
// A selection exports chosen COEs, ORR reviews and axiom sets with
// everything they own (rows that are deleted with them) and every row those
// refer to (people, services, axioms), so that the file imports on its own.
struct RecordSelection {
    bool everything = false;
    QList<Id> coeIds;
    QList<Id> orrReviewIds;
    QList<Id> axiomSetIds;
};

struct ImportOutcome {
    QMap<QString, int> added;    // per table: rows written
    QMap<QString, int> present;  // per table: rows found already in the database and kept as they are
    QMap<Id, Id> coeIds;         // COE id in the file -> id in the database
    int addedTotal() const;
    QString summary() const;     // one line per table, for people
};

inline constexpr int kRecordFormatVersion = 1;

Result<QJsonObject> exportRecords(Database &db, const RecordSelection &selection);

// Imports in one transaction: everything or, on any problem, nothing.
// A row is taken as already present when a row with the same unique values
// exists (a person or service of the same name, an axiom of the same key and
// version, a COE with the same title created at the same moment); what it
// owns is then not added again. Ids are kept where they are free.
Result<ImportOutcome> importRecords(Database &db, const QJsonObject &file, const QString &fileName);

// Reads and checks an interchange file: size, JSON syntax (with the line of
// the error), format and schema version.
Result<QJsonObject> readRecordFile(const QString &path);

} // namespace closeloop
