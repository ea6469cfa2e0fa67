#include "evidencelist.h"

#include "shell/filedialogs.h"
#include "shell/prompts.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace closeloop {

namespace {

QString describe(const Evidence &e)
{
    const QString date = e.collectedOn ? e.collectedOn->toString(Qt::ISODate) : EvidenceList::tr("no date");
    switch (e.kind) {
    case EvidenceKind::Link:
        return EvidenceList::tr("Link: %1 (%2)").arg(e.url, date);
    case EvidenceKind::File:
        return EvidenceList::tr("File: %1, %2, sha256 %3… (%4)")
            .arg(e.fileName, QLocale().formattedDataSize(e.data.size()), e.sha256.left(12), date);
    case EvidenceKind::Text:
        break;
    }
    return EvidenceList::tr("Note: %1 (%2)").arg(e.text.simplified().left(160), date);
}

} // namespace

EvidenceList::EvidenceList(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("evidenceList"));
    m_list->setObjectName(QStringLiteral("evidenceItems"));
    m_list->setAccessibleName(tr("Evidence"));
    m_list->setMinimumHeight(48);
    m_list->setMaximumHeight(110);
    auto *buttons = new QHBoxLayout;
    auto button = [this, buttons](const char *name, const QString &text, void (EvidenceList::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        m_buttons << b;
    };
    button("addNote", tr("Add note…"), &EvidenceList::addNote);
    button("addLink", tr("Add link…"), &EvidenceList::addLink);
    button("attachFile", tr("Attach file…"), &EvidenceList::attachFile);
    button("setEvidenceDate", tr("Date…"), &EvidenceList::setDate);
    button("removeEvidence", tr("Remove"), &EvidenceList::removeSelected);
    m_buttons.constLast()->setToolTip(tr("Remove the selected evidence from this answer"));
    m_buttons.at(3)->setToolTip(tr("Set the date the selected evidence was collected: it decides when the evidence is too old"));
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
}

void EvidenceList::setEvidence(const QList<Evidence> &evidence)
{
    m_evidence = evidence;
    rebuild();
}

void EvidenceList::setReadOnly(bool readOnly)
{
    for (QPushButton *b : std::as_const(m_buttons))
        b->setVisible(!readOnly);
}

void EvidenceList::rebuild()
{
    m_list->clear();
    for (const Evidence &e : std::as_const(m_evidence))
        m_list->addItem(describe(e));
}

void EvidenceList::add(const Evidence &e)
{
    m_evidence.append(e);
    rebuild();
    m_list->setCurrentRow(m_list->count() - 1);
    Q_EMIT edited();
}

void EvidenceList::addNote()
{
    const QString text = Prompts::text(this, tr("Add evidence"), tr("What shows the axiom holds? (e.g. \"Capacity model v7, tab AZ loss\")"));
    if (text.trimmed().isEmpty())
        return;
    Evidence e;
    e.kind = EvidenceKind::Text;
    e.text = text.trimmed();
    e.collectedOn = m_today;
    add(e);
}

void EvidenceList::addLink()
{
    const QString text = Prompts::text(this, tr("Add a link"), tr("Address of the dashboard, document or run (https://…)"));
    if (text.trimmed().isEmpty())
        return;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty()) {
        Q_EMIT problem(tr("“%1” is not a web address. Paste the full link, starting with https://.").arg(text.trimmed()));
        return;
    }
    Evidence e;
    e.kind = EvidenceKind::Link;
    e.url = url.toString();
    e.collectedOn = m_today;
    add(e);
}

void EvidenceList::attachFile()
{
    const QString path = FileDialogs::openFile(this, tr("Attach evidence"), tr("All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QFileInfo info(path);
    if (info.size() > kMaxFileBytes) {
        Q_EMIT problem(tr("%1 is %2; evidence files are limited to %3. Attach a smaller export or link to it instead.")
                           .arg(info.fileName(), QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(kMaxFileBytes)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT problem(tr("Cannot read %1: %2.").arg(info.fileName(), file.errorString()));
        return;
    }
    Evidence e;
    e.kind = EvidenceKind::File;
    e.fileName = info.fileName();
    e.data = file.readAll();
    e.sha256 = QString::fromLatin1(QCryptographicHash::hash(e.data, QCryptographicHash::Sha256).toHex());
    // The file's own date: evidence is as old as what it shows.
    e.collectedOn = info.lastModified().date();
    add(e);
}

void EvidenceList::setDate()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    Evidence &e = m_evidence[row];
    const QString text = Prompts::text(this, tr("Evidence date"), tr("When was this evidence collected? (YYYY-MM-DD)"),
                                       e.collectedOn ? e.collectedOn->toString(Qt::ISODate) : m_today.toString(Qt::ISODate));
    if (text.isEmpty())
        return;
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid() || date > m_today) {
        Q_EMIT problem(tr("“%1” is not a date up to today. Write it as YYYY-MM-DD, e.g. %2.").arg(text, m_today.toString(Qt::ISODate)));
        return;
    }
    e.collectedOn = date;
    rebuild();
    m_list->setCurrentRow(row);
    Q_EMIT edited();
}

void EvidenceList::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_evidence.removeAt(row);
    rebuild();
    Q_EMIT edited();
}

} // namespace closeloop
