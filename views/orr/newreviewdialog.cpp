#include "newreviewdialog.h"
#include "look/tones.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace closeloop {

NewReviewDialog::NewReviewDialog(const QList<Service> &services, const QList<AxiomSet> &sets, const QList<Person> &people,
                                 Id preselectedService, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_service(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_date(new QLineEdit(today.toString(Qt::ISODate), this))
    , m_set(new QComboBox(this))
    , m_reviewer(new QComboBox(this))
    , m_participants(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newReviewDialog"));
    setWindowTitle(tr("New ORR review"));
    setMinimumWidth(480);
    m_service->setObjectName(QStringLiteral("newReviewService"));
    for (const Service &s : services)
        m_service->addItem(tr("%1 (tier %2)").arg(s.name).arg(s.tier), s.id);
    m_service->setCurrentIndex(qMax(0, m_service->findData(preselectedService)));
    m_kind->setObjectName(QStringLiteral("newReviewKind"));
    for (ReviewKind k : { ReviewKind::PreLaunch, ReviewKind::Annual, ReviewKind::MajorChange, ReviewKind::PostIncident })
        m_kind->addItem(enumLabel(k), int(k));
    m_date->setObjectName(QStringLiteral("newReviewDate"));
    m_set->setObjectName(QStringLiteral("newReviewSet"));
    for (const AxiomSet &s : sets)
        m_set->addItem(s.name, s.id);
    // The shipped library is the usual choice.
    m_set->setCurrentIndex(qMax(0, m_set->findText(QStringLiteral("Closeloop readiness axioms"))));
    m_reviewer->setObjectName(QStringLiteral("newReviewReviewer"));
    m_reviewer->addItem(tr("No reviewer yet"), 0);
    m_participants->setObjectName(QStringLiteral("newReviewParticipants"));
    m_service->setToolTip(tr("The service under review; its team answers the axioms."));
    m_kind->setToolTip(tr("Before launch, the yearly recertification, before a major change, or after an incident."));
    m_date->setToolTip(tr("The day of the review meeting."));
    m_set->setToolTip(tr("The axioms to answer. A service's next review starts from a copy of its last one."));
    m_reviewer->setToolTip(tr("An experienced engineer from outside the team who challenges the answers."));
    for (const Person &p : people) {
        m_reviewer->addItem(p.name, p.id);
        auto *item = new QListWidgetItem(p.team.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.team), m_participants);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_participants->setMaximumHeight(140);
    m_error->setObjectName(QStringLiteral("newReviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(themed(QStringLiteral("QLabel { color: #8e1b1b; }")));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Review date"), m_date);
    form->addRow(tr("Axiom set"), m_set);
    form->addRow(tr("Reviewer"), m_reviewer);
    form->addRow(tr("Participants (the team)"), m_participants);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start review"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newReviewConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        auto r = review();
        if (!r)
            setError(r.errorMessage());
        else
            Q_EMIT submitted(r.value());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Result<OrrReview> NewReviewDialog::review() const
{
    OrrReview r;
    r.serviceId = m_service->currentData().toLongLong();
    if (r.serviceId <= 0)
        return Error { tr("Add the service on the Services page first: a review is always of one service.") };
    r.setId = m_set->currentData().toLongLong();
    if (r.setId <= 0)
        return Error { tr("There is no axiom set. Install the shipped library (ORR > Install Shipped Axiom Library) or import a lens.") };
    r.kind = ReviewKind(m_kind->currentData().toInt());
    r.reviewDate = QDate::fromString(m_date->text().trimmed(), Qt::ISODate);
    if (!r.reviewDate.isValid())
        return Error { tr("“%1” is not a date: write the review date as YYYY-MM-DD.").arg(m_date->text().trimmed()) };
    if (const Id reviewer = m_reviewer->currentData().toLongLong(); reviewer > 0)
        r.reviewerId = reviewer;
    for (int i = 0; i < m_participants->count(); ++i)
        if (m_participants->item(i)->checkState() == Qt::Checked)
            r.participantIds << m_participants->item(i)->data(Qt::UserRole).toLongLong();
    return r;
}

void NewReviewDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace closeloop
