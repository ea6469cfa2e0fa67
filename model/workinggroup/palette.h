#pragma once

#include <QString>

namespace closeloop::palette {

// Okabe and Ito's eight colours, told apart by people with every common
// form of colour blindness. The dashboard and the report's chart images
// use these and nothing else.
inline constexpr const char *Orange = "#E69F00";
inline constexpr const char *SkyBlue = "#56B4E9";
inline constexpr const char *BluishGreen = "#009E73";
inline constexpr const char *Yellow = "#F0E442";
inline constexpr const char *Blue = "#0072B2";
inline constexpr const char *Vermillion = "#D55E00";
inline constexpr const char *ReddishPurple = "#CC79A7";
inline constexpr const char *Black = "#000000";

// Severity 1 (critical) to 5: the warm colours for the worst; yellow is
// left out, being unreadable on white.
inline QString severity(int level)
{
    static const char *const colours[] = { Vermillion, Orange, ReddishPurple, SkyBlue, Blue };
    return QString::fromLatin1(colours[qBound(1, level, 5) - 1]);
}

// The n-th series of a chart.
inline QString series(int n)
{
    static const char *const colours[] = { Blue, Orange, BluishGreen, Vermillion, SkyBlue, ReddishPurple, Black };
    return QString::fromLatin1(colours[n % 7]);
}

} // namespace closeloop::palette
