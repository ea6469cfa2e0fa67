#include "patternspanel.h"

#include "similarlist.h"
#include "storage/workinggrouprepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace closeloop {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QTreeWidget *tree(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(objectName);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setWordWrap(true);
    return t;
}

QGroupBox *group(const QString &title, const QString &blurb, QWidget *content, QWidget *parent, QWidget *top = nullptr)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    auto *label = new QLabel(blurb, box);
    label->setWordWrap(true);
    layout->addWidget(label);
    if (top)
        layout->addWidget(top);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

PatternsPanel::PatternsPanel(QWidget *parent)
    : QWidget(parent)
    , m_recurring(tree(QStringLiteral("recurringList"), { tr("Repeats"), tr("COEs"), tr("Which") }, this))
    , m_proposals(tree(QStringLiteral("proposalList"), { tr("COE"), tr("Service"), tr("Proposed axiom") }, this))
    , m_coe(new QComboBox(this))
    , m_similar(tree(QStringLiteral("similarList"), { tr("Similarity"), tr("COE"), tr("Shared words") }, this))
{
    setObjectName(QStringLiteral("patternsPanel"));
    m_coe->setObjectName(QStringLiteral("similarCoeChoice"));
    m_coe->setAccessibleName(tr("COE to compare"));
    m_coe->setToolTip(tr("Lists the COEs most like this one, by their words, tags, trigger and category."));
    // As wide as 40 characters, not as the longest of thousands of titles.
    m_coe->setMinimumContentsLength(40);
    m_coe->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_recurring, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT drill(item->text(0), item->data(0, IdRole).value<QList<Id>>());
    });
    connect(m_proposals, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openCoe(item->data(0, IdRole).toLongLong());
    });
    connect(m_similar, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const Id id = item->data(0, Qt::UserRole).toLongLong(); id > 0)
            Q_EMIT openCoe(id);
    });
    connect(m_coe, &QComboBox::activated, this, [this](int index) { showSimilarTo(m_coe->itemData(index).toLongLong()); });

    auto *left = new QVBoxLayout;
    left->addWidget(group(tr("Recurring causes"),
                          tr("Triggers, root-cause categories, tags and services seen in two or more COEs of the "
                             "period. Activate one to list its COEs."), m_recurring, this), 1);
    left->addWidget(group(tr("Proposals: no axiom exists"),
                          tr("COEs whose authors found no ORR axiom that would have prevented the failure, with the "
                             "axiom they propose. Activate one to open the COE."), m_proposals, this), 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(group(tr("Similar COEs"),
                            tr("The COEs most like the chosen one, by the words of their summaries, whys, root causes "
                               "and tags; rarer shared words count for more."), m_similar, this, m_coe), 1);
}

PatternsPanel::~PatternsPanel() = default;

void PatternsPanel::setSource(Database *db, const DashboardFacts *facts)
{
    m_db = db;
    m_facts = facts;
    m_index.reset();
    m_texts.clear();
    m_similar->clear();
    m_choicesStale = true;
    if (isVisible())
        fillChoices();
}

void PatternsPanel::setDashboard(const Dashboard &d)
{
    m_dashboard = &d;
    m_patternsStale = true;
    if (isVisible())
        fillPatterns();
}

void PatternsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_choicesStale)
        fillChoices();
    if (m_patternsStale)
        fillPatterns();
}

void PatternsPanel::fillChoices()
{
    m_choicesStale = false;
    const Id chosen = m_coe->currentData().toLongLong();
    m_coe->clear();
    if (!m_facts)
        return;
    for (qsizetype i = m_facts->coes.size() - 1; i >= 0; --i) {
        const CoeFact &coe = m_facts->coes.at(i);
        m_coe->addItem(QStringLiteral("COE-%1 %2").arg(coe.id).arg(coe.title), coe.id);
    }
    m_coe->setCurrentIndex(std::max(0, m_coe->findData(chosen)));
}

void PatternsPanel::fillPatterns()
{
    m_patternsStale = false;
    if (!m_dashboard)
        return;
    const Dashboard &d = *m_dashboard;
    m_recurring->clear();
    const QList<QPair<QString, const QList<TermCount> *>> kinds { { tr("Trigger"), &d.triggers },
                                                                  { tr("Category"), &d.categories },
                                                                  { tr("Tag"), &d.tags },
                                                                  { tr("Service"), &d.services } };
    for (const auto &[kind, terms] : kinds)
        for (const TermCount &t : recurring(*terms)) {
            QStringList ids;
            for (Id id : t.coeIds)
                ids << QStringLiteral("COE-%1").arg(id);
            auto *item = new QTreeWidgetItem(m_recurring, { tr("%1: %2").arg(kind, t.term), QString::number(t.total()),
                                                            ids.join(QStringLiteral(", ")) });
            item->setData(0, IdRole, QVariant::fromValue(t.coeIds));
        }
    if (m_recurring->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_recurring, { tr("Nothing repeated within the period.") });
    m_recurring->resizeColumnToContents(0);

    m_proposals->clear();
    for (const AxiomProposal &p : d.proposals) {
        auto *item = new QTreeWidgetItem(m_proposals, { QStringLiteral("COE-%1 %2").arg(p.coeId).arg(p.coeTitle), p.serviceName,
                                                        p.proposal.isEmpty() ? tr("(no proposal written)") : p.proposal });
        item->setData(0, IdRole, p.coeId);
        item->setToolTip(2, p.proposal);
    }
    m_proposals->resizeColumnToContents(0);
    m_proposals->resizeColumnToContents(1);
}

bool PatternsPanel::ensureIndex()
{
    if (m_index)
        return true;
    if (!m_db)
        return false;
    auto texts = WorkingGroupRepository(*m_db).coeTexts();
    if (!texts) {
        Q_EMIT problem(texts.errorMessage());
        return false;
    }
    m_texts = std::move(texts).value();
    m_index = std::make_unique<SimilarityIndex>(m_texts);
    return true;
}

void PatternsPanel::showSimilarTo(Id coeId)
{
    m_similar->clear();
    if (!ensureIndex())
        return;
    const auto it = std::find_if(m_texts.cbegin(), m_texts.cend(), [coeId](const CoeText &t) { return t.id == coeId; });
    if (it == m_texts.cend())
        return;
    QHash<Id, QString> titles;
    for (const CoeText &t : std::as_const(m_texts))
        titles.insert(t.id, t.title);
    fillSimilarList(m_similar, m_index->similarTo(*it, 10), titles, tr("No other COE shares enough words with this one."));
}

} // namespace closeloop
