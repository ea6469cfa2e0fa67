#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace closeloop {

class FieldBinder;
class ImpactChart;

// The impact series, pasted or typed as "time, expected, successful"
// lines, drawn against its expected baseline, with availability over the
// window computed as successful area / expected area. Lines that do not
// parse stay in the box with a line-numbered message.
class ImpactSeriesWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactSeriesWidget)
public:
    explicit ImpactSeriesWidget(FieldBinder *binder, QWidget *parent = nullptr);

private:
    void parseText();
    void showSeries();

    FieldBinder *m_binder;
    QPlainTextEdit *m_text;
    QLabel *m_messages;
    QLabel *m_availability;
    ImpactChart *m_chart;
    QTimer *m_parseTimer;
    bool m_updating = false;
};

} // namespace closeloop
