// Five Whys: the why tree. Each answer can be asked "why?" again (a child,
// Enter) or joined by another contributing cause (a sibling, Tab); answers
// without children are the root causes. Every answer is linted for blame
// as it is typed, and a root cause that blames a person gets the next
// "why?" added under it.
#include "coe/coechoices.h"
#include "look/tones.h"
#include "coe/coedocument.h"
#include "coe/whychecks.h"
#include "fieldbinder.h"
#include "formsection.h"
#include "shell/prompts.h"
#include "whyhighlight.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>

#include <functional>

namespace closeloop {

namespace {

constexpr int kIdRole = Qt::UserRole;

// The answer editor: Enter asks the next why, Tab adds a contributing
// cause, both after committing what was typed; the text is linted on
// every keystroke.
class AnswerDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setObjectName(QStringLiteral("whyAnswerEditor"));
            line->setPlaceholderText(index.data(Qt::ToolTipRole).toString());
            connect(line, &QLineEdit::textEdited, this, &AnswerDelegate::typing);
        }
        return editor;
    }

Q_SIGNALS:
    void typing(const QString &text);
    void next(bool asChild);

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QWidget *>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            const bool tab = key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier;
            if (enter || tab) {
                Q_EMIT commitData(editor);
                Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
                Q_EMIT next(enter);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }
};

class WhysSection final : public FormSection {
    Q_OBJECT
public:
    WhysSection(FieldBinder *binder, const CoeChoices &choices)
        : FormSection(CoeSection::Whys, binder), m_tree(new QTreeWidget), m_detail(new QLabel), m_lexicon(lint::BlameLexicon::standard())
    {
        QStringList names;
        for (const Choice &p : choices.people)
            names << p.name;
        m_lexicon.addPeopleNames(names);
        m_linter.emplace(m_lexicon);

        addNote(tr("Ask \"why?\" until the answer is a condition of the system the team can fix. A person is never the root cause. "
                   "Enter asks why again, Tab adds another contributing cause, Alt+Up/Down reorders, Delete removes."));
        m_tree->setColumnCount(2);
        m_tree->setHeaderLabels({ tr("Answer"), tr("Reads as") });
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_tree->header()->setStretchLastSection(false);
        m_tree->setMinimumHeight(170);
        m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
        auto *delegate = new AnswerDelegate(m_tree);
        m_tree->setItemDelegateForColumn(0, delegate);
        connect(delegate, &AnswerDelegate::typing, this, [this](const QString &text) { showDetail(m_linter->lint(text), text, currentNode()); });
        // Queued, like the answer itself: the editor is still on the stack.
        connect(delegate, &AnswerDelegate::next, this, [this](bool asChild) { continueFromCurrent(asChild); }, Qt::QueuedConnection);
        binder->bindCustom(m_tree, CoeField::Whys, [this](const QVariant &v) { show(v.value<QList<WhyNode>>()); });
        m_tree->setObjectName(coeFieldKey(CoeField::Whys));
        m_tree->installEventFilter(this);
        // The tree is rebuilt after an edit, so the edited item must not be
        // deleted while the delegate that changed it is still running.
        connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
            const Id id = item->data(0, kIdRole).toLongLong();
            const QString text = item->text(0);
            QMetaObject::invokeMethod(this, [this, id, text] { answerEdited(id, text); }, Qt::QueuedConnection);
        });
        connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { refreshDetail(); });
        addWide(m_tree);
        addWide(binder->messageLabel(CoeField::Whys));

        m_detail->setObjectName(QStringLiteral("whyDetail"));
        m_detail->setWordWrap(true);
        m_detail->setTextFormat(Qt::RichText);
        m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_detail->setMinimumHeight(60);
        addWide(m_detail);

        auto *buttons = new QWidget;
        auto *row = new QHBoxLayout(buttons);
        row->setContentsMargins(0, 0, 0, 0);
        auto button = [this, row](const char *name, const QString &text, std::function<void()> action) {
            auto *b = new QPushButton(text);
            b->setObjectName(QString::fromLatin1(name));
            connect(b, &QPushButton::clicked, this, action);
            row->addWidget(b);
            return b;
        };
        button("addWhy", tr("Ask why again"), [this] { add(currentNode(), true, {}, true); });
        button("addCause", tr("Add a contributing cause"), [this] { add(currentNode(), false, {}, true); });
        button("moveWhyUp", tr("Move up"), [this] { move(-1); });
        button("moveWhyDown", tr("Move down"), [this] { move(+1); });
        button("removeWhy", tr("Remove"), [this] { remove(); });
        m_accept = button("acceptWhy", tr("Accept as reviewer…"), [this] { acceptFinding(); });
        m_accept->setToolTip(tr("The COE's reviewer, working as themselves, can let a flagged answer stand with a written reason kept in the history."));
        row->addStretch();
        addWide(buttons);
        refreshDetail();
    }

    void setCurrentPerson(const OptionalId &personId) override
    {
        m_person = personId;
        refreshDetail();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_tree && event->type() == QEvent::KeyPress) { // the editor gets its own keys
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
                move(key->key() == Qt::Key_Up ? -1 : +1);
                return true;
            }
            if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
                remove();
                return true;
            }
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_tree->currentItem()) {
                m_tree->editItem(m_tree->currentItem(), 0);
                return true;
            }
        }
        return FormSection::eventFilter(watched, event);
    }

private:
    QList<WhyNode> whys() const { return document()->coe().whys; }

    OptionalId currentNode() const
    {
        const QTreeWidgetItem *item = m_tree->currentItem();
        return item ? OptionalId(item->data(0, kIdRole).toLongLong()) : std::nullopt;
    }

    static const WhyNode *find(const QList<WhyNode> &list, Id id)
    {
        const auto it = std::find_if(list.cbegin(), list.cend(), [id](const WhyNode &n) { return n.id == id; });
        return it == list.cend() ? nullptr : &*it;
    }

    QTreeWidgetItem *itemFor(Id id) const
    {
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
            if ((*it)->data(0, kIdRole).toLongLong() == id)
                return *it;
        return nullptr;
    }

    void show(const QList<WhyNode> &list)
    {
        const QSignalBlocker block(m_tree);
        const OptionalId selected = m_pendingSelection ? m_pendingSelection : currentNode();
        m_tree->clear();
        std::function<void(QTreeWidgetItem *, OptionalId)> addChildren = [&](QTreeWidgetItem *parent, OptionalId parentId) {
            QList<WhyNode> children;
            for (const WhyNode &w : list)
                if (w.parentId == parentId)
                    children << w;
            std::sort(children.begin(), children.end(), [](const WhyNode &a, const WhyNode &b) { return a.position < b.position; });
            for (const WhyNode &w : std::as_const(children)) {
                auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
                item->setData(0, kIdRole, w.id);
                item->setFlags(item->flags() | Qt::ItemIsEditable);
                item->setText(0, w.answer);
                item->setToolTip(0, w.question.isEmpty() ? tr("Why?") : w.question);
                addChildren(item, w.id);
                decorate(item, w, isWhyLeaf(list, w.id));
                if (selected && *selected == w.id)
                    m_tree->setCurrentItem(item);
            }
        };
        addChildren(nullptr, std::nullopt);
        m_tree->expandAll();
        refreshDetail();
    }

    // The "Reads as" column: the verdict, whether it is a root cause, and
    // whether a reviewer accepted it.
    void decorate(QTreeWidgetItem *item, const WhyNode &w, bool leaf)
    {
        if (w.answer.trimmed().isEmpty()) {
            item->setText(1, tr("unanswered"));
            item->setForeground(1, themed(QColor(0x8a, 0x6d, 0x00)));
            return;
        }
        const LintResult r = m_linter->lint(w.answer);
        QString text = lintVerdictLabel(r.verdict);
        if (leaf)
            text += tr(" · root cause");
        if (r.verdict == LintVerdict::Blame && !w.overrideReason.trimmed().isEmpty())
            text += tr(" · accepted");
        item->setText(1, text);
        item->setForeground(1, verdictColour(r.verdict));
        item->setToolTip(1, r.explanation);
    }

    void refreshDetail()
    {
        const OptionalId id = currentNode();
        const QList<WhyNode> list = whys();
        const WhyNode *w = id ? find(list, *id) : nullptr;
        if (!w) {
            m_detail->setText(tr("<span style='color:#666'>Select an answer to see how it reads.</span>"));
            if (m_accept)
                m_accept->setEnabled(false);
            return;
        }
        showDetail(m_linter->lint(w->answer), w->answer, id);
    }

    void showDetail(const LintResult &r, const QString &answer, const OptionalId &id)
    {
        const QList<WhyNode> list = whys();
        const WhyNode *w = id ? find(list, *id) : nullptr;
        QString html = highlightedAnswerHtml(answer, r);
        html += QStringLiteral("<br><b style='color:%1'>%2</b> %3").arg(verdictColour(r.verdict).name(), lintVerdictLabel(r.verdict), r.explanation.toHtmlEscaped());
        if (r.verdict == LintVerdict::Blame) {
            const bool leaf = w && isWhyLeaf(list, w->id);
            html += QStringLiteral("<br>%1 <i>%2</i>").arg(tr("Ask next:"), r.reframe.toHtmlEscaped());
            if (leaf)
                html += QStringLiteral("<br>") + tr("A root cause that blames a person blocks the review. Answer the next why under it.");
            else
                html += QStringLiteral("<br>") + tr("In the middle of the chain this is allowed: describe the action and the conditions, not the person.");
        }
        if (w && !w->overrideReason.trimmed().isEmpty())
            html += QStringLiteral("<br>") + tr("Accepted by the reviewer: %1").arg(w->overrideReason.toHtmlEscaped());
        m_detail->setText(html);
        if (m_accept) { // not yet while the constructor binds the field
            const OptionalId reviewer = document()->coe().reviewerId;
            m_accept->setEnabled(w && r.verdict == LintVerdict::Blame && w->overrideReason.trimmed().isEmpty() && reviewer && reviewer == m_person);
        }
    }

    void answerEdited(Id id, const QString &text)
    {
        QList<WhyNode> list = whys();
        auto it = std::find_if(list.begin(), list.end(), [id](const WhyNode &n) { return n.id == id; });
        if (it == list.end() || it->answer == text)
            return;
        it->answer = text;
        // An accepted finding was about the old words.
        it->overrideReason.clear();
        it->overrideBy.reset();
        // Refusal: a root cause that blames a person gets the next why.
        const LintResult r = m_linter->lint(it->answer);
        if (r.verdict == LintVerdict::Blame && isWhyLeaf(list, id))
            list.append(newNode(list, id, nextWhyQuestion(r)));
        m_pendingSelection = id;
        binder()->edit(CoeField::Whys, QVariant::fromValue(list));
        m_pendingSelection.reset();
    }

    WhyNode newNode(const QList<WhyNode> &list, const OptionalId &parent, const QString &question)
    {
        WhyNode w;
        w.id = document()->temporaryId();
        w.parentId = parent;
        w.question = question.isEmpty() ? tr("Why?") : question;
        int position = 0;
        for (const WhyNode &n : list)
            if (n.parentId == parent)
                position = std::max(position, n.position + 1);
        w.position = position;
        return w;
    }

    // After Enter or Tab in the editor: go on to the next answer. A blame
    // root cause already got its next why; edit that one instead of adding
    // a second.
    void continueFromCurrent(bool asChild)
    {
        const OptionalId id = currentNode();
        if (!id)
            return;
        const QList<WhyNode> list = whys();
        const WhyNode *w = find(list, *id);
        if (!w)
            return;
        if (w->answer.trimmed().isEmpty()) {
            // Enter on an empty answer ends the chain, as in an outliner.
            if (isWhyLeaf(list, w->id))
                remove();
            return;
        }
        if (asChild) {
            for (const WhyNode &n : list)
                if (n.parentId == *id && n.answer.trimmed().isEmpty()) {
                    startEditing(n.id);
                    return;
                }
        }
        add(id, asChild, {}, true);
    }

    void add(const OptionalId &selected, bool asChild, const QString &question, bool edit)
    {
        QList<WhyNode> list = whys();
        OptionalId parent;
        if (selected)
            if (const WhyNode *s = find(list, *selected))
                parent = asChild ? OptionalId(s->id) : s->parentId;
        const WhyNode w = newNode(list, parent, question);
        list.append(w);
        m_pendingSelection = w.id;
        binder()->edit(CoeField::Whys, QVariant::fromValue(list));
        m_pendingSelection.reset();
        if (edit)
            startEditing(w.id);
    }

    void startEditing(Id id)
    {
        if (QTreeWidgetItem *item = itemFor(id)) {
            m_tree->setCurrentItem(item);
            m_tree->editItem(item, 0);
        }
    }

    // Swaps the selected answer with its neighbour among its siblings.
    void move(int delta)
    {
        const OptionalId id = currentNode();
        if (!id)
            return;
        QList<WhyNode> list = whys();
        const WhyNode *w = find(list, *id);
        if (!w)
            return;
        QList<WhyNode *> siblings;
        for (WhyNode &n : list)
            if (n.parentId == w->parentId)
                siblings << &n;
        std::sort(siblings.begin(), siblings.end(), [](const WhyNode *a, const WhyNode *b) { return a->position < b->position; });
        const qsizetype at = std::find_if(siblings.cbegin(), siblings.cend(), [&id](const WhyNode *n) { return n->id == *id; }) - siblings.cbegin();
        const qsizetype to = at + delta;
        if (to < 0 || to >= siblings.size())
            return;
        for (qsizetype i = 0; i < siblings.size(); ++i)
            siblings[i]->position = int(i);
        std::swap(siblings[at]->position, siblings[to]->position);
        m_pendingSelection = id;
        binder()->edit(CoeField::Whys, QVariant::fromValue(list));
        m_pendingSelection.reset();
    }

    void remove()
    {
        const OptionalId selected = currentNode();
        if (!selected)
            return;
        QList<WhyNode> list = whys();
        QSet<Id> doomed { *selected };
        for (bool grew = true; grew;) {
            grew = false;
            for (const WhyNode &w : std::as_const(list))
                if (w.parentId && doomed.contains(*w.parentId) && !doomed.contains(w.id)) {
                    doomed.insert(w.id);
                    grew = true;
                }
        }
        const WhyNode *gone = find(list, *selected);
        m_pendingSelection = gone ? gone->parentId : std::nullopt;
        list.removeIf([&doomed](const WhyNode &w) { return doomed.contains(w.id); });
        binder()->edit(CoeField::Whys, QVariant::fromValue(list));
        m_pendingSelection.reset();
    }

    // The reviewer lets a flagged answer stand, in writing.
    void acceptFinding()
    {
        const OptionalId id = currentNode();
        const OptionalId reviewer = document()->coe().reviewerId;
        if (!id || !reviewer || reviewer != m_person)
            return;
        const QString reason = Prompts::text(this, tr("Accept this answer"),
                                             tr("Why may this answer stand as it is? The reason is kept in the COE's history.")).trimmed();
        if (reason.isEmpty())
            return;
        QList<WhyNode> list = whys();
        for (WhyNode &w : list)
            if (w.id == *id) {
                w.overrideReason = reason;
                w.overrideBy = reviewer;
            }
        m_pendingSelection = id;
        binder()->edit(CoeField::Whys, QVariant::fromValue(list));
        m_pendingSelection.reset();
    }

    QTreeWidget *m_tree;
    QLabel *m_detail;
    QPushButton *m_accept = nullptr;
    lint::BlameLexicon m_lexicon;
    std::optional<BlameLinter> m_linter;
    OptionalId m_pendingSelection;
    OptionalId m_person; // who is working, from "Working as"

};

} // namespace

FormSection *createWhysSection(FieldBinder *binder, const CoeChoices &choices)
{
    return new WhysSection(binder, choices);
}

} // namespace closeloop

#include "whyssection.moc"
