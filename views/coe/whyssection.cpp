// Five Whys: the why tree. Each answer can be asked "why?" again (a
// child) or joined by another contributing cause (a sibling); answers
// without children are the root causes.
#include "coe/coedocument.h"
#include "fieldbinder.h"
#include "formsection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include <functional>

namespace closeloop {

namespace {

class WhysSection final : public FormSection {
public:
    explicit WhysSection(FieldBinder *binder) : FormSection(CoeSection::Whys, binder), m_tree(new QTreeWidget)
    {
        addNote(tr("Ask \"why?\" until the answer is a condition of the system the team can fix. "
                   "A person is never the root cause: after \"an engineer ran the wrong command\" ask why the system accepted it."));
        m_tree->setColumnCount(2);
        m_tree->setHeaderLabels({ tr("Answer"), QString() });
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_tree->header()->setStretchLastSection(false);
        m_tree->setMinimumHeight(150);
        m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
        binder->bindCustom(m_tree, CoeField::Whys, [this](const QVariant &v) { show(v.value<QList<WhyNode>>()); });
        m_tree->setObjectName(coeFieldKey(CoeField::Whys));
        connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) { answerEdited(item); });
        addWide(m_tree);
        addWide(binder->messageLabel(CoeField::Whys));

        auto *buttons = new QWidget;
        auto *row = new QHBoxLayout(buttons);
        row->setContentsMargins(0, 0, 0, 0);
        auto button = [this, row](const char *name, const QString &text, std::function<void()> action) {
            auto *b = new QPushButton(text);
            b->setObjectName(QString::fromLatin1(name));
            connect(b, &QPushButton::clicked, this, action);
            row->addWidget(b);
        };
        button("addWhy", tr("Ask why again"), [this] { add(selectedId(), true); });
        button("addCause", tr("Add a contributing cause"), [this] { add(selectedId(), false); });
        button("removeWhy", tr("Remove"), [this] { remove(); });
        row->addStretch();
        addWide(buttons);
    }

private:
    QList<WhyNode> whys() const { return document()->coe().whys; }

    OptionalId selectedId() const
    {
        const QTreeWidgetItem *item = m_tree->currentItem();
        return item ? OptionalId(item->data(0, Qt::UserRole).toLongLong()) : std::nullopt;
    }

    void show(const QList<WhyNode> &whys)
    {
        if (m_editing)
            return;
        const QSignalBlocker block(m_tree);
        const OptionalId selected = selectedId();
        m_tree->clear();
        std::function<void(QTreeWidgetItem *, OptionalId)> addChildren = [&](QTreeWidgetItem *parent, OptionalId parentId) {
            QList<WhyNode> children;
            for (const WhyNode &w : whys)
                if (w.parentId == parentId)
                    children << w;
            std::sort(children.begin(), children.end(), [](const WhyNode &a, const WhyNode &b) { return a.position < b.position; });
            for (const WhyNode &w : children) {
                auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
                item->setText(0, w.answer);
                item->setData(0, Qt::UserRole, w.id);
                item->setFlags(item->flags() | Qt::ItemIsEditable);
                addChildren(item, w.id);
                item->setText(1, item->childCount() == 0 ? tr("root cause") : QString());
                if (selected && *selected == w.id)
                    m_tree->setCurrentItem(item);
            }
        };
        addChildren(nullptr, std::nullopt);
        m_tree->expandAll();
    }

    void answerEdited(QTreeWidgetItem *item)
    {
        const Id id = item->data(0, Qt::UserRole).toLongLong();
        QList<WhyNode> list = whys();
        for (WhyNode &w : list)
            if (w.id == id)
                w.answer = item->text(0);
        m_editing = true;
        binder()->edit(CoeField::Whys, QVariant::fromValue(list));
        m_editing = false;
    }

    void add(const OptionalId &selected, bool asChild)
    {
        QList<WhyNode> list = whys();
        WhyNode w;
        w.id = document()->temporaryId();
        w.question = QStringLiteral("Why?");
        if (selected) {
            const auto it = std::find_if(list.cbegin(), list.cend(), [&selected](const WhyNode &n) { return n.id == *selected; });
            if (it != list.cend())
                w.parentId = asChild ? OptionalId(it->id) : it->parentId;
        }
        int position = 0;
        for (const WhyNode &n : list)
            if (n.parentId == w.parentId)
                position = std::max(position, n.position + 1);
        w.position = position;
        list.append(w);
        binder()->edit(CoeField::Whys, QVariant::fromValue(list));
        // Start typing the new answer straight away.
        QTreeWidgetItemIterator it(m_tree);
        for (; *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toLongLong() == w.id) {
                m_tree->setCurrentItem(*it);
                m_tree->editItem(*it, 0);
                break;
            }
    }

    void remove()
    {
        const OptionalId selected = selectedId();
        if (!selected)
            return;
        QList<WhyNode> list = whys();
        QSet<Id> doomed { *selected };
        for (bool grew = true; grew;) {
            grew = false;
            for (const WhyNode &w : list)
                if (w.parentId && doomed.contains(*w.parentId) && !doomed.contains(w.id)) {
                    doomed.insert(w.id);
                    grew = true;
                }
        }
        list.removeIf([&doomed](const WhyNode &w) { return doomed.contains(w.id); });
        binder()->edit(CoeField::Whys, QVariant::fromValue(list));
    }

    QTreeWidget *m_tree;
    bool m_editing = false;
};

} // namespace

FormSection *createWhysSection(FieldBinder *binder)
{
    return new WhysSection(binder);
}

} // namespace closeloop
