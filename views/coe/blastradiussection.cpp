// Blast radius: who and what was affected, the impact over time, and the
// "halve the blast radius" thought experiment.
#include "coe/coedocument.h"
#include "coe/coemetrics.h"
#include "fieldbinder.h"
#include "formsection.h"
#include "impactserieswidget.h"
#include "thoughtexperiment.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace closeloop {

namespace {

class BlastRadiusSection final : public FormSection {
    Q_OBJECT
public:
    explicit BlastRadiusSection(FieldBinder *binder) : FormSection(CoeSection::BlastRadius, binder)
    {
        auto *affected = new QLineEdit;
        affected->setPlaceholderText(tr("e.g. 1200"));
        binder->bindCount(affected, CoeField::CustomersAffected);
        addField(CoeField::CustomersAffected, affected);
        auto *total = new QLineEdit;
        total->setPlaceholderText(tr("all customers of the service, for the share"));
        binder->bindCount(total, CoeField::CustomersTotal);
        addField(CoeField::CustomersTotal, total);
        auto *share = addNote(QString());
        share->setObjectName(QStringLiteral("customerShare"));

        auto *failed = new QLineEdit;
        binder->bindPercent(failed, CoeField::FailedRequestShare);
        addField(CoeField::FailedRequestShare, failed);

        // One line per kind of scope; together they are the BlastScopes field.
        const BlastScopeKind kinds[] = { BlastScopeKind::Region, BlastScopeKind::AvailabilityZone, BlastScopeKind::Cell,
                                         BlastScopeKind::DependentService };
        const QString labels[] = { tr("Regions:"), tr("Availability Zones:"), tr("Cells:"), tr("Dependent services:") };
        const QString tips[] = { tr("Each Region where customers were affected, e.g. eu-central-1."),
                                 tr("Each Availability Zone that was affected, e.g. euc1-az2. One of three is a "
                                    "smaller blast radius than all three."),
                                 tr("Each cell that was affected, if the service is split into cells."),
                                 tr("Each other service that failed or slowed down because of this one.") };
        for (int i = 0; i < 4; ++i) {
            auto *edit = new QLineEdit;
            edit->setObjectName(QStringLiteral("scope_") + enumKey(kinds[i]));
            edit->setPlaceholderText(tr("comma-separated"));
            edit->setToolTip(tips[i]);
            m_scopeEdits.append({ kinds[i], edit });
            connect(edit, &QLineEdit::textEdited, this, [this] { binderEditScopes(); });
            addField(labels[i], edit);
        }
        binder->bindCustom(m_scopeEdits.first().second, CoeField::BlastScopes, [this](const QVariant &v) { showScopes(v.value<QList<BlastScope>>()); });
        form()->setWidget(form()->rowCount(), QFormLayout::FieldRole, binder->messageLabel(CoeField::BlastScopes));

        auto *lost = new QCheckBox(tr("Data was lost"));
        binder->bindCheck(lost, CoeField::DataLost);
        addField(CoeField::DataLost, lost);
        auto *detail = new QLineEdit;
        detail->setPlaceholderText(tr("What, how much, and was it recovered?"));
        binder->bindText(detail, CoeField::DataLossDetail);
        addField(CoeField::DataLossDetail, detail);

        auto *duration = new QLineEdit;
        binder->bindCount(duration, CoeField::ImpactDuration);
        addField(CoeField::ImpactDuration, duration);

        addField(coeFieldLabel(CoeField::ImpactSeries) + QLatin1Char(':'), new ImpactSeriesWidget(binder));
        addField(coeFieldLabel(CoeField::HalveBlastAnswer) + QLatin1Char(':'),
                 new ThoughtExperimentBox(ThoughtExperiment::HalveBlastRadius, binder));

        auto update = [this, share, detail, duration] {
            const Coe &c = document()->coe();
            detail->setEnabled(c.dataLost);
            const auto window = secondsBetween(c.impactStart, c.resolved);
            duration->setPlaceholderText(window ? tr("%1 from start of impact to resolved").arg(formatDuration(*window))
                                                : tr("minutes"));
            if (c.customersAffected && c.customersTotal && *c.customersTotal > 0)
                share->setText(tr("%1% of all customers affected.")
                                   .arg(QLocale::c().toString(100.0 * double(*c.customersAffected) / double(*c.customersTotal), 'f', 2)));
            else
                share->clear();
        };
        connect(document(), &CoeDocument::changed, this, update);
        update();
    }

private:
    static QStringList names(const QString &text)
    {
        QStringList out;
        for (const QString &n : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!n.trimmed().isEmpty())
                out << n.trimmed();
        return out;
    }

    QList<BlastScope> scopesFromEdits() const
    {
        QList<BlastScope> scopes;
        for (const auto &[kind, edit] : m_scopeEdits)
            for (const QString &n : names(edit->text()))
                scopes.append({ kind, n });
        return scopes;
    }

    void binderEditScopes() { binder()->edit(CoeField::BlastScopes, QVariant::fromValue(scopesFromEdits()), true); }

    void showScopes(const QList<BlastScope> &scopes)
    {
        if (scopes == scopesFromEdits())
            return;
        for (const auto &[kind, edit] : std::as_const(m_scopeEdits)) {
            QStringList list;
            for (const BlastScope &b : scopes)
                if (b.kind == kind)
                    list << b.name;
            edit->setText(list.join(QStringLiteral(", ")));
        }
    }

    QList<std::pair<BlastScopeKind, QLineEdit *>> m_scopeEdits;
};

} // namespace

FormSection *createBlastRadiusSection(FieldBinder *binder)
{
    return new BlastRadiusSection(binder);
}

} // namespace closeloop

#include "blastradiussection.moc"
