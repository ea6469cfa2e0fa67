#include "svgchart.h"

#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace closeloop {

namespace {

constexpr double Width = 760, Height = 360;
constexpr double Left = 70, Right = 20, Top = 56, Bottom = 64;
constexpr double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

QString tickLabel(double v)
{
    return v == std::floor(v) ? QString::number(qint64(v)) : QString::number(v, 'g', 3);
}

// The frame every chart shares: title, legend, axes with their labels and
// ticks, and the category names under the x axis.
class Canvas {
public:
    Canvas(const ChartSpec &spec, double maximum) : m_spec(spec), m_max(niceCeiling(maximum)), m_out(&m_svg)
    {
        m_out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << Width << "\" height=\"" << Height
              << "\" viewBox=\"0 0 " << Width << ' ' << Height << "\" font-family=\"sans-serif\" font-size=\"12\">\n"
              << "<title>" << esc(spec.title) << "</title>\n"
              << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
              << "<text x=\"" << Left << "\" y=\"20\" font-size=\"15\" font-weight=\"bold\">" << esc(spec.title) << "</text>\n";
        double x = Left;
        for (const ChartSeries &s : spec.series) {
            m_out << "<rect x=\"" << num(x) << "\" y=\"30\" width=\"12\" height=\"12\" fill=\"" << s.colour << "\"/>"
                  << "<text x=\"" << num(x + 16) << "\" y=\"40\">" << esc(s.name) << "</text>\n";
            x += 28 + 7.0 * double(s.name.size());
        }
        for (int i = 0; i <= 4; ++i) {
            const double value = m_max * i / 4.0;
            const double y = yFor(value);
            m_out << "<line x1=\"" << Left << "\" x2=\"" << Left + PlotWidth << "\" y1=\"" << num(y) << "\" y2=\"" << num(y)
                  << "\" stroke=\"#dddddd\"/>"
                  << "<text x=\"" << Left - 6 << "\" y=\"" << num(y + 4) << "\" text-anchor=\"end\">" << tickLabel(value) << "</text>\n";
        }
        m_out << "<line x1=\"" << Left << "\" x2=\"" << Left << "\" y1=\"" << Top << "\" y2=\"" << Top + PlotHeight
              << "\" stroke=\"#333333\"/>"
              << "<line x1=\"" << Left << "\" x2=\"" << Left + PlotWidth << "\" y1=\"" << Top + PlotHeight << "\" y2=\""
              << Top + PlotHeight << "\" stroke=\"#333333\"/>\n"
              << "<text transform=\"translate(16," << num(Top + PlotHeight / 2) << ") rotate(-90)\" text-anchor=\"middle\">"
              << esc(spec.yLabel) << "</text>\n"
              << "<text x=\"" << num(Left + PlotWidth / 2) << "\" y=\"" << Height - 8 << "\" text-anchor=\"middle\">"
              << esc(spec.xLabel) << "</text>\n";
        for (qsizetype i = 0; i < spec.categories.size(); ++i)
            m_out << "<text x=\"" << num(centre(i)) << "\" y=\"" << Top + PlotHeight + 18 << "\" text-anchor=\"middle\">"
                  << esc(spec.categories.at(i)) << "</text>\n";
    }

    double slot() const { return PlotWidth / double(std::max<qsizetype>(1, m_spec.categories.size())); }
    double centre(qsizetype i) const { return Left + slot() * (double(i) + 0.5); }
    double yFor(double value) const { return Top + PlotHeight - PlotHeight * value / m_max; }
    QTextStream &out() { return m_out; }

    void bar(double x, double width, double from, double to, const ChartSeries &s, const QString &category)
    {
        if (to <= from)
            return;
        m_out << "<rect x=\"" << num(x) << "\" y=\"" << num(yFor(to)) << "\" width=\"" << num(width) << "\" height=\""
              << num(yFor(from) - yFor(to)) << "\" fill=\"" << s.colour << "\"><title>" << esc(s.name) << ", "
              << esc(category) << ": " << tickLabel(to - from) << "</title></rect>\n";
    }

    QString finish()
    {
        m_out << "</svg>\n";
        m_out.flush();
        return m_svg;
    }

private:
    const ChartSpec &m_spec;
    double m_max;
    QString m_svg;
    QTextStream m_out;
};

double largest(const ChartSpec &spec, bool stacked)
{
    double max = 0;
    for (qsizetype i = 0; i < spec.categories.size(); ++i) {
        double sum = 0;
        for (const ChartSeries &s : spec.series) {
            const double v = s.values.value(i).value_or(0);
            sum = stacked ? sum + v : std::max(sum, v);
        }
        max = std::max(max, sum);
    }
    return max;
}

} // namespace

double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : { 1.0, 2.0, 5.0, 10.0 })
        if (step * magnitude >= value - 1e-9)
            return step * magnitude;
    return 10 * magnitude;
}

QString stackedBarChartSvg(const ChartSpec &spec)
{
    Canvas canvas(spec, largest(spec, true));
    const double width = canvas.slot() * 0.7;
    for (qsizetype i = 0; i < spec.categories.size(); ++i) {
        double base = 0;
        for (const ChartSeries &s : spec.series) {
            const double v = s.values.value(i).value_or(0);
            canvas.bar(canvas.centre(i) - width / 2, width, base, base + v, s, spec.categories.at(i));
            base += v;
        }
    }
    return canvas.finish();
}

QString groupedBarChartSvg(const ChartSpec &spec)
{
    Canvas canvas(spec, largest(spec, false));
    const double group = canvas.slot() * 0.8;
    const double width = group / double(std::max<qsizetype>(1, spec.series.size()));
    for (qsizetype i = 0; i < spec.categories.size(); ++i)
        for (qsizetype s = 0; s < spec.series.size(); ++s)
            canvas.bar(canvas.centre(i) - group / 2 + width * double(s), width, 0,
                       spec.series.at(s).values.value(i).value_or(0), spec.series.at(s), spec.categories.at(i));
    return canvas.finish();
}

QString lineChartSvg(const ChartSpec &spec)
{
    Canvas canvas(spec, largest(spec, false));
    for (const ChartSeries &s : spec.series) {
        QStringList run;
        auto flush = [&] {
            if (run.size() > 1)
                canvas.out() << "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"" << s.colour << "\" points=\""
                             << run.join(QLatin1Char(' ')) << "\"/>\n";
            run.clear();
        };
        for (qsizetype i = 0; i < spec.categories.size(); ++i) {
            const auto v = s.values.value(i);
            if (!v) {
                flush(); // a quarter without data breaks the line rather than pretending
                continue;
            }
            const double x = canvas.centre(i), y = canvas.yFor(*v);
            run.append(num(x) + QLatin1Char(',') + num(y));
            canvas.out() << "<circle cx=\"" << num(x) << "\" cy=\"" << num(y) << "\" r=\"4\" fill=\"" << s.colour
                         << "\"><title>" << esc(s.name) << ", " << esc(spec.categories.at(i)) << ": " << tickLabel(*v)
                         << "</title></circle>\n";
        }
        flush();
    }
    return canvas.finish();
}

} // namespace closeloop
