#pragma once

#include <QColor>
#include <QString>

namespace closeloop {

// The few colours Closeloop adds to the system palette (verdict greens and
// reds, notice backgrounds, muted captions) were chosen against a light
// window. When the system palette is dark, each is swapped for its dark
// counterpart from one table in tones.cpp, so that every screen stays
// readable without a second set of style sheets.

// True when the application palette's window colour is dark.
bool paletteIsDark();

// The colour to use for `light` under the current palette: `light` itself
// on a light palette, its listed counterpart on a dark one.
QColor themed(const QColor &light);

// A style sheet with every listed colour swapped the same way.
QString themed(const QString &styleSheet);

// The style of a notice the person must read (a problem banner, a
// dialog's error), already swapped for the palette.
QString noticeStyleSheet();

} // namespace closeloop
