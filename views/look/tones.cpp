#include "tones.h"

#include <QGuiApplication>
#include <QPalette>

#include <utility>

namespace closeloop {

namespace {

// light design colour → its counterpart on a dark window
constexpr std::pair<const char *, const char *> kDarkCounterparts[] = {
    { "#8e1b1b", "#f28b82" }, // fails, blocks: red text
    { "#b3261e", "#e46962" }, // blame, error background
    { "#1b5e20", "#81c995" }, // holds, passes: green text
    { "#5c3b00", "#fdd58a" }, // caution text
    { "#8a5a00", "#fbbc5b" }, // caution, holding with exceptions
    { "#a03a00", "#ffab91" }, // warning text
    { "#455a64", "#b0bec5" }, // muted caption
    { "#607d8b", "#a7b6bf" }, // muted legend
    { "#606b73", "#a9b2b9" }, // not answered
    { "#37474f", "#cfd8dc" }, // section row text
    { "#eceff1", "#2b3237" }, // section row background
    { "#fdf3e1", "#3b2f16" }, // notice background
    { "#e8c77d", "#8a6d2f" }, // notice border
    { "#e69f00", "#b07a00" }, // notice border, stronger
    { "#eef3f8", "#1f2a36" }, // information background
    { "#d3dee9", "#34475a" }, // information border
    { "#29425a", "#cfe0f0" }, // information text
    { "#f7f8fa", "#2a2e33" }, // card background
    { "#eef1f5", "#343940" }, // card hover
    { "#d0d4d9", "#4a5058" }, // card border
    { "#f3f6f9", "#262b30" }, // panel background
    { "#d5dde5", "#3d454d" }, // panel border
    { "#c9d1d9", "#4a5058" }, // table rule
    { "#5f6368", "#aab0b6" }, // muted note
    { "#6b6b6b", "#a0a0a0" }, // unclear
    { "#707880", "#9aa3ab" }, // baseline line
    { "#1a73e8", "#8ab4f8" }, // impact line
    { "#1e7b34", "#7fd18f" }, // systemic
    { "#1e6b35", "#81c995" }, // halved: yes
    { "#d7f0dc", "#1f3d27" }, // condition highlight
    { "#f9d6d3", "#4a2320" }, // blame highlight
    { "#a33a1b", "#ff9e80" }, // field problem
    { "#8a1c1c", "#f28b82" }, // import error
    { "#6b5300", "#f0cf6b" }, // note
    { "#8a6d00", "#e8c15a" }, // why warning
};

} // namespace

bool paletteIsDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor themed(const QColor &light)
{
    if (!paletteIsDark())
        return light;
    const QString name = light.name(QColor::HexRgb);
    for (const auto &[from, to] : kDarkCounterparts)
        if (name == QLatin1String(from))
            return QColor(QLatin1String(to));
    return light;
}

QString themed(const QString &styleSheet)
{
    if (!paletteIsDark())
        return styleSheet;
    QString css = styleSheet;
    for (const auto &[from, to] : kDarkCounterparts)
        css.replace(QLatin1String(from), QLatin1String(to), Qt::CaseInsensitive);
    return css;
}

QString noticeStyleSheet()
{
    return themed(QStringLiteral("QLabel { background: #fdf3e1; color: #5c3b00; border: 1px solid #e8c77d;"
                                 " border-radius: 4px; padding: 8px; }"));
}

} // namespace closeloop
