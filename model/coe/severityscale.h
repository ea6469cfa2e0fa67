#pragma once

#include <QString>

namespace closeloop {

// The COE severity scale, 1 (most severe) to 5, defined by customer impact
// so that two authors pick the same level for the same incident. When in
// doubt, pick the more severe level.
struct SeverityLevel {
    int level;
    const char *name;
    const char *definition;
};

const SeverityLevel *severityLevels(); // five entries, level 1 first
QString severityName(int level);       // "Sev 2 · High"
QString severityNameEnglish(int level); // the same untranslated, for reports
QString severityDefinition(int level);

} // namespace closeloop
