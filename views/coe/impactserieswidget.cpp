#include "impactserieswidget.h"
#include "look/tones.h"

#include "coe/coedocument.h"
#include "coe/coemetrics.h"
#include "coe/impactseries.h"
#include "fieldbinder.h"
#include "impactchart.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace closeloop {

namespace {

int incidentOffset(const Coe &c)
{
    return c.impactStart ? c.impactStart->offsetMinutes : 0;
}

} // namespace

ImpactSeriesWidget::ImpactSeriesWidget(FieldBinder *binder, QWidget *parent)
    : QWidget(parent)
    , m_binder(binder)
    , m_text(new QPlainTextEdit(this))
    , m_messages(new QLabel(this))
    , m_availability(new QLabel(this))
    , m_chart(new ImpactChart(this))
    , m_parseTimer(new QTimer(this))
{
    m_text->setObjectName(coeFieldKey(CoeField::ImpactSeries));
    m_text->setAccessibleName(coeFieldLabel(CoeField::ImpactSeries));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    m_text->setPlaceholderText(tr("One line per interval: time, expected requests, successful requests\n"
                                  "2026-03-04 09:00 +01:00, 12000, 11950\n"
                                  "2026-03-04 09:05 +01:00, 12100, 7300"));
    m_messages->setObjectName(QStringLiteral("impactSeriesMessages"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);
    m_messages->hide();
    m_availability->setObjectName(QStringLiteral("availability"));
    m_availability->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_messages);
    layout->addWidget(m_availability);
    layout->addWidget(m_chart);
    setFocusProxy(m_text);

    // Parse after a pause in typing, so pasting thousands of lines never
    // makes typing wait.
    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(300);
    connect(m_parseTimer, &QTimer::timeout, this, &ImpactSeriesWidget::parseText);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_parseTimer->start();
    });
    binder->bindCustom(m_text, CoeField::ImpactSeries, [this](const QVariant &) { showSeries(); });
    connect(binder->document(), &CoeDocument::changed, this, [this](CoeField f) {
        if (f == CoeField::ImpactStart)
            showSeries();
    });
}

void ImpactSeriesWidget::parseText()
{
    const ImpactSeriesParse parse = parseImpactSeries(m_text->toPlainText());
    QStringList lines = parse.errors;
    lines << parse.warnings;
    m_messages->setText(lines.join(QLatin1Char('\n')));
    m_messages->setStyleSheet(themed(parse.ok() ? QStringLiteral("QLabel { color: #8a5a00; }") : QStringLiteral("QLabel { color: #a33a1b; }")));
    m_messages->setVisible(!lines.isEmpty());
    if (parse.ok())
        m_binder->edit(CoeField::ImpactSeries, QVariant::fromValue(parse.samples));
}

void ImpactSeriesWidget::showSeries()
{
    const Coe &c = m_binder->document()->coe();
    const ImpactSeriesParse shown = parseImpactSeries(m_text->toPlainText());
    // Text that does not parse yet is the user's work in progress: keep it.
    if (shown.ok() && shown.samples != c.impactSeries) {
        m_updating = true;
        m_text->setPlainText(formatImpactSeries(c.impactSeries, incidentOffset(c)));
        m_updating = false;
        m_messages->hide();
    }
    m_chart->setSamples(c.impactSeries, incidentOffset(c));
    const AvailabilityResult a = computeAvailability(c.impactSeries);
    if (a.availability)
        m_availability->setText(tr("Availability over the window: <b>%1%</b> of expected requests succeeded%2.")
                                    .arg(QLocale::c().toString(*a.availability * 100.0, 'f', 2),
                                         a.gapCount > 0 ? tr(" (gaps left out: %1)").arg(a.gapCount) : QString()));
    else
        m_availability->setText(tr("Availability over the window appears here once the series has an expected baseline."));
}

} // namespace closeloop
