#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QDate>

#include <functional>

namespace closeloop {

struct GeneratorOptions {
    int coes = 1000;
    quint32 seed = 1;
    // Dates run back ten years from here; with the same seed and date the
    // same data comes out, byte for byte.
    QDate asOf = QDate::currentDate();
};

struct GeneratedCounts {
    int services = 0;
    int people = 0;
    int coes = 0;
    int actionItems = 0;
    int timelineEvents = 0;
    int whys = 0;
    int reviews = 0;
    int findings = 0;
};

// Fills an empty database with a large, realistic organisation for
// benchmarks and trials: services with zones, people, COEs with every
// section written (a five-level why chain, about ten timeline events and
// five action items each, tags, blast radius), an ORR review per service
// answered against the shipped axiom library, and working-group findings.
// One transaction; the search index is built once at the end. `progress`
// gets (COEs written, COEs in all).
Result<GeneratedCounts> generateOrganisation(Database &db, const GeneratorOptions &options,
                                             const std::function<void(int, int)> &progress = {});

} // namespace closeloop
