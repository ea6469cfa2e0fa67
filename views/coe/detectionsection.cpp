// Detection: how the problem was found, and the "detect it in half the
// time" thought experiment beside the measured time to detect.
#include "coe/coedocument.h"
#include "look/tones.h"
#include "coe/coemetrics.h"
#include "fieldbinder.h"
#include "formsection.h"
#include "thoughtexperiment.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace closeloop {

namespace {

class DetectionSection final : public FormSection {
    Q_OBJECT
public:
    explicit DetectionSection(FieldBinder *binder) : FormSection(CoeSection::Detection, binder)
    {
        auto *method = new QComboBox;
        for (DetectionMethod m : enumValues<DetectionMethod>())
            method->addItem(enumLabel(m), int(m));
        binder->bindCombo(method, CoeField::DetectionMethod);
        addField(CoeField::DetectionMethod, method);
        auto *customerNote = addNote(tr("A customer found this before our monitoring did. That gap is an action item of its own; "
                                        "the action items section proposes one."));
        customerNote->setObjectName(QStringLiteral("customerDetectedNote"));

        auto *source = new QLineEdit;
        source->setPlaceholderText(tr("Which alarm, check or report: \"checkout-5xx-rate > 1% for 3 min\", \"ticket 48213\""));
        binder->bindText(source, CoeField::DetectionSource);
        addField(CoeField::DetectionSource, source);

        m_target = new QLabel;
        m_target->setObjectName(QStringLiteral("ttdTarget"));
        m_target->setTextFormat(Qt::RichText);
        m_target->setStyleSheet(themed(QStringLiteral("QLabel { background: #f3f6f9; border: 1px solid #d5dde5; border-radius: 4px; padding: 6px; }")));
        addWide(m_target);
        addField(coeFieldLabel(CoeField::HalveTtdAnswer) + QLatin1Char(':'), new ThoughtExperimentBox(ThoughtExperiment::HalveTtd, binder));

        auto update = [this, customerNote] {
            const Coe &c = document()->coe();
            customerNote->setVisible(c.detectionMethod == DetectionMethod::CustomerReport);
            const auto ttd = computeDurations(c).ttdSeconds;
            m_target->setText(ttd ? tr("<b>How could we have detected this in half the time?</b><br>"
                                       "Measured time to detect: <b>%1</b> · target: <b>%2</b>")
                                        .arg(formatDuration(*ttd), formatDuration(*ttd / 2))
                                  : tr("<b>How could we have detected this in half the time?</b><br>"
                                       "Enter the start of impact and the detection time to see the measured time and its half."));
        };
        connect(document(), &CoeDocument::changed, this, update);
        update();
    }

private:
    QLabel *m_target = nullptr;
};

} // namespace

FormSection *createDetectionSection(FieldBinder *binder)
{
    return new DetectionSection(binder);
}

} // namespace closeloop

#include "detectionsection.moc"
