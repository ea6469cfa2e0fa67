#pragma once

#include "domain/instant.h"
#include "domain/result.h"

#include <QString>

namespace closeloop {

// Times as people type them into a COE: "2026-03-04 09:12 +05:45",
// "2026-03-04T09:12:30Z", "2026-03-04 09:12 UTC". The offset is required:
// an incident happens in a time zone, and guessing one would move every
// computed duration. Errors say what is wrong and show a correct example.
Result<Instant> parseUserInstant(const QString &text);
// The form parseUserInstant reads back: "2026-03-04 09:12 +05:45".
QString formatUserInstant(const Instant &instant);
// "+05:45", "−07:00", "+00:00".
QString formatOffset(int offsetMinutes);

} // namespace closeloop
