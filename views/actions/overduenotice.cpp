#include "overduenotice.h"
#include "actions/actionexport.h"
#include "look/tones.h"
#include "storage/actionlistreader.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrent>

namespace closeloop {

OverdueNotice::OverdueNotice(QWidget *parent) : QFrame(parent), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("overdueNotice"));
    setStyleSheet(themed(QStringLiteral("#overdueNotice { background: #eef3f8; border: 1px solid #d3dee9; border-radius: 4px; }"
                                 " QLabel { color: #29425a; }")));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *show = new QPushButton(tr("Show overdue items"), this);
    show->setObjectName(QStringLiteral("noticeShowOverdue"));
    auto *dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("noticeDismiss"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 10, 6);
    row->addWidget(m_text, 1);
    row->addWidget(show);
    row->addWidget(dismiss);
    connect(show, &QPushButton::clicked, this, [this] {
        this->dismiss();
        Q_EMIT showRequested();
    });
    connect(dismiss, &QPushButton::clicked, this, &OverdueNotice::dismiss);
    hide();
}

void OverdueNotice::present(const QString &summary, bool anyOverdue)
{
    m_text->setText(summary);
    setVisible(anyOverdue);
}

namespace {

struct OverdueCount {
    OverdueFacts facts;
    QString problem;
};

} // namespace

void OverdueNotice::countIn(const Database &db, const QDate &today)
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<OverdueCount>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, today] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const OverdueCount counted = watcher->result();
        if (!counted.problem.isEmpty())
            Q_EMIT problem(counted.problem);
        else
            present(overdueSummary(counted.facts, today), counted.facts.overdue() > 0);
    });
    watcher->setFuture(QtConcurrent::run([open = db.readerOpener(), today] {
        OverdueCount counted;
        auto reader = open();
        if (!reader) {
            counted.problem = reader.errorMessage();
            return counted;
        }
        auto facts = ActionListReader(**reader).overdue(today);
        if (facts)
            counted.facts = std::move(facts).value();
        else
            counted.problem = facts.errorMessage();
        return counted;
    }));
}

void OverdueNotice::dismiss()
{
    ++m_generation;
    hide();
}

QString OverdueNotice::text() const
{
    return m_text->text();
}

} // namespace closeloop
