#include "similarcoespanel.h"

#include "storage/workinggrouprepository.h"
#include "workinggroup/findingloop.h"
#include "workinggroup/similarlist.h"

#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace closeloop {

SimilarCoesPanel::SimilarCoesPanel(QWidget *parent)
    : QWidget(parent), m_trace(new QLabel(this)), m_similar(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("similarCoesPanel"));
    m_trace->setObjectName(QStringLiteral("workingGroupTrace"));
    m_trace->setWordWrap(true);
    m_similar->setObjectName(QStringLiteral("similarCoes"));
    m_similar->setRootIsDecorated(false);
    m_similar->setHeaderLabels({ tr("Similarity"), tr("COE"), tr("Shared words") });
    connect(m_similar, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const Id id = item->data(0, Qt::UserRole).toLongLong(); id > 0)
            Q_EMIT openCoe(id);
    });
    auto *blurb = new QLabel(tr("COEs like this one, by the words of their summaries, whys, root causes and tags. "
                                "The same failure again is a pattern for the working group."), this);
    blurb->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_trace);
    layout->addWidget(blurb);
    layout->addWidget(m_similar, 1);
}

SimilarCoesPanel::~SimilarCoesPanel() = default;

void SimilarCoesPanel::setSource(Database *db, std::function<Coe()> current)
{
    m_db = db;
    m_current = std::move(current);
    m_index.reset();
}

// The working group's findings change elsewhere, not as the author types:
// read them when the panel is shown rather than on every edit.
void SimilarCoesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshTrace();
    refresh();
}

void SimilarCoesPanel::refreshTrace()
{
    if (!m_db || !m_current)
        return;
    const Coe coe = m_current();
    QStringList lines;
    if (coe.id > 0) {
        auto trace = coeTrace(*m_db, coe.id);
        if (!trace) {
            m_trace->setText(trace.errorMessage());
            return;
        }
        for (const FindingSummary &f : trace->findings)
            lines << tr("Finding %1 \"%2\": %3").arg(f.finding.id).arg(f.finding.title, enumLabel(f.finding.outcome));
        for (const Axiom &a : trace->axioms)
            lines << tr("Axiom %1: %2").arg(a.key, a.statement);
    }
    m_trace->setText(lines.isEmpty() ? tr("The working group has not cited this COE in a finding yet.")
                                     : tr("What the working group made of this COE:\n%1").arg(lines.join(QLatin1Char('\n'))));
}

void SimilarCoesPanel::refresh()
{
    if (!isVisible() || !m_db || !m_current)
        return;
    if (!m_index) {
        auto texts = WorkingGroupRepository(*m_db).coeTexts();
        if (!texts) {
            m_trace->setText(texts.errorMessage());
            return;
        }
        for (const CoeText &t : texts.value())
            m_titles.insert(t.id, t.title);
        m_index = std::make_unique<SimilarityIndex>(texts.value());
    }
    const Coe coe = m_current();
    fillSimilarList(m_similar, m_index->similarTo(coeText(coe), 8), m_titles,
                    tr("No other COE shares enough words with this one yet."));

}

} // namespace closeloop
