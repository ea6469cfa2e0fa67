// Summary and impact window: the five named moments, each with its UTC
// offset, and the response times computed from them as they are typed.
#include "coe/coedocument.h"
#include "look/tones.h"
#include "coe/coemetrics.h"
#include "fieldbinder.h"
#include "formsection.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace closeloop {

namespace {

class WindowSection final : public FormSection {
    Q_OBJECT
public:
    explicit WindowSection(FieldBinder *binder) : FormSection(CoeSection::Summary, binder)
    {
        auto *summary = new QPlainTextEdit;
        summary->setPlaceholderText(tr("What happened, to which service, when, how bad. Markdown works."));
        summary->setMinimumHeight(90);
        binder->bindText(summary, CoeField::Summary);
        addField(CoeField::Summary, summary);

        auto *impact = new QPlainTextEdit;
        impact->setPlaceholderText(tr("What customers saw: errors, latency, missing data. Numbers beat adjectives."));
        impact->setMinimumHeight(70);
        binder->bindText(impact, CoeField::Impact);
        addField(CoeField::Impact, impact);

        addNote(tr("Times in the incident's own time zone with its UTC offset, e.g. 2026-03-04 09:12 +01:00. "
                   "Each can stay empty until the COE goes to review."));
        for (CoeField f : impactWindowFields()) {
            auto *edit = new QLineEdit;
            binder->bindInstant(edit, f);
            auto *since = new QLabel;
            since->setObjectName(coeFieldKey(f) + QStringLiteral("_since"));
            since->setMinimumWidth(150);
            since->setStyleSheet(themed(QStringLiteral("color: #5f6368;")));
            m_since.append({ f, since });
            auto *row = new QWidget;
            auto *layout = new QHBoxLayout(row);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->addWidget(edit, 1);
            layout->addWidget(since);
            row->setFocusProxy(edit);
            addField(f, row);
        }

        auto *metrics = new QFrame;
        metrics->setObjectName(QStringLiteral("responseTimes"));
        metrics->setStyleSheet(themed(QStringLiteral("QFrame#responseTimes { background: #f3f6f9; border: 1px solid #d5dde5; border-radius: 4px; }"
                                              "QLabel { font-size: 13px; }")));
        auto *strip = new QHBoxLayout(metrics);
        for (const char *name : { "ttd", "ttm", "ttr" }) {
            auto *label = new QLabel;
            label->setObjectName(QString::fromLatin1(name));
            label->setTextFormat(Qt::RichText);
            strip->addWidget(label);
            m_metrics << label;
        }
        addWide(metrics);

        connect(document(), &CoeDocument::changed, this, [this](CoeField f) {
            if (impactWindowFields().contains(f))
                updateMetrics();
        });
        updateMetrics();
    }

private:
    void updateMetrics()
    {
        const Coe &c = document()->coe();
        const CoeDurations d = computeDurations(c);
        const std::optional<qint64> values[] = { d.ttdSeconds, d.ttmSeconds, d.ttrSeconds };
        const QString names[] = { tr("Time to detect"), tr("Time to mitigate"), tr("Time to resolve") };
        for (int i = 0; i < 3; ++i)
            m_metrics[i]->setText(QStringLiteral("%1<br><b style='font-size:16px'>%2</b>").arg(names[i], formatDuration(values[i])));
        for (const auto &[field, label] : std::as_const(m_since)) {
            const QVariant moment = coeFieldValue(c, field);
            const auto seconds = field == CoeField::ImpactStart || !moment.isValid()
                ? std::nullopt
                : secondsBetween(c.impactStart, moment.value<Instant>());
            if (!seconds)
                label->clear();
            else if (*seconds < 0)
                label->setText(tr("%1 before start").arg(formatDuration(-*seconds)));
            else
                label->setText(tr("+%1 from start").arg(formatDuration(*seconds)));
        }
    }

    QList<QLabel *> m_metrics;
    QList<std::pair<CoeField, QLabel *>> m_since;
};

} // namespace

FormSection *createWindowSection(FieldBinder *binder)
{
    return new WindowSection(binder);
}

} // namespace closeloop

#include "windowsection.moc"
