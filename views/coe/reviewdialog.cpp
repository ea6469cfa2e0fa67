#include "reviewdialog.h"

#include "coe/coeworkflow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace closeloop {

ReviewDialog::ReviewDialog(const QString &reviewerName, const QList<ReviewCheck> &previous, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review this COE"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Reviewing as <b>%1</b>. Answer each question; add a note wherever the author should change something.")
                                 .arg(reviewerName.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const ReviewQuestion &q : reviewQuestions()) {
        const QString key = QString::fromLatin1(q.key);
        auto *yes = new QCheckBox(reviewQuestionText(key));
        yes->setObjectName(QStringLiteral("check_") + key);
        auto *note = new QLineEdit;
        note->setObjectName(QStringLiteral("note_") + key);
        note->setPlaceholderText(tr("Note for the author"));
        yes->setToolTip(tr("Tick when the COE passes this check. Approving needs every check ticked."));
        note->setToolTip(tr("What the author should change; kept with the review in the COE's history."));
        note->setAccessibleName(tr("Note for the author on: %1").arg(reviewQuestionText(key)));
        for (const ReviewCheck &p : previous)
            if (p.question == key) {
                yes->setChecked(p.passed);
                note->setText(p.note);
            }
        connect(yes, &QCheckBox::toggled, this, &ReviewDialog::updateButtons);
        form->addRow(yes);
        form->addRow(note);
        m_rows.append({ yes, note });
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_approve = buttons->addButton(tr("Approve"), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    QPushButton *changes = buttons->addButton(tr("Request changes"), QDialogButtonBox::ActionRole);
    changes->setObjectName(QStringLiteral("requestChangesButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        m_decision = Decision::Approve;
        accept();
    });
    connect(changes, &QPushButton::clicked, this, [this] {
        m_decision = Decision::RequestChanges;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButtons();
}

QList<ReviewCheck> ReviewDialog::answers() const
{
    QList<ReviewCheck> out;
    for (int i = 0; i < m_rows.size(); ++i)
        out.append({ QString::fromLatin1(reviewQuestions().at(i).key), m_rows.at(i).first->isChecked(),
                     m_rows.at(i).second->text().trimmed(), std::nullopt, {} });
    return out;
}

void ReviewDialog::updateButtons()
{
    bool all = true;
    for (const auto &[yes, note] : std::as_const(m_rows))
        all = all && yes->isChecked();
    m_approve->setEnabled(all);
    m_approve->setToolTip(all ? QString() : tr("Every question needs a yes to approve. Request changes instead."));
}

} // namespace closeloop
