#pragma once

#include <functional>

class QWidget;

namespace closeloop {

// Runs `then` once, just after `widget` is next painted (after the whole
// paint, not inside it; at start, its first paint), or never if it is
// never painted or is destroyed first. Work that can wait a moment, such as counting overdue items or
// checking the file's pages, starts here instead of during the start: on a
// two-core machine a second busy thread slowed the first paint by a sixth.
void afterFirstPaint(QWidget *widget, std::function<void()> then);

} // namespace closeloop
