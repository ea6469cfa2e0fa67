#pragma once

#include <QtGlobal>

#include <optional>

namespace closeloop {

using Id = qint64;
using OptionalId = std::optional<Id>;

// Child rows not yet stored carry a negative id, unique within their parent,
// so that other new rows (a why's parent, an action item's why) can point at
// them before the database has assigned real ids.
inline bool isNewId(Id id) { return id <= 0; }

} // namespace closeloop
