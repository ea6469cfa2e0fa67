#include "fieldbinder.h"
#include "look/tones.h"

#include "coe/coedocument.h"
#include "coe/timeinput.h"
#include "setfieldcommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QUndoStack>

#include <cmath>

namespace closeloop {

namespace {

// No single-line field silently cuts what is pasted into it; overlong
// titles get a message instead.
constexpr int kNoLimit = 10 * 1024 * 1024;

bool isNull(const QVariant &v)
{
    return !v.isValid() || v.isNull();
}

} // namespace

FieldBinder::FieldBinder(CoeDocument *doc, QUndoStack *undo, QObject *parent)
    : QObject(parent), m_doc(doc), m_undo(undo)
{
    connect(m_doc, &CoeDocument::changed, this, &FieldBinder::showValue);
}

void FieldBinder::registerField(CoeField field, QWidget *widget, std::function<void(const QVariant &)> show)
{
    widget->setObjectName(coeFieldKey(field));
    widget->setAccessibleName(coeFieldLabel(field));
    // What goes here, from the one table of fields; a section may say more.
    if (widget->toolTip().isEmpty())
        widget->setToolTip(coeFieldHelp(field));
    m_widgets.insert(field, widget);
    m_show.insert(field, std::move(show));
    showValue(field);
}

void FieldBinder::showValue(CoeField field)
{
    const auto it = m_show.constFind(field);
    if (it != m_show.cend())
        (*it)(m_doc->value(field));
}

void FieldBinder::edit(CoeField field, const QVariant &after, bool mergeTyping)
{
    const QVariant before = m_doc->value(field);
    if (before == after)
        return;
    m_undo->push(new SetFieldCommand(m_doc, field, before, after, mergeTyping));
}

void FieldBinder::bindText(QLineEdit *edit, CoeField field)
{
    edit->setMaxLength(kNoLimit);
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) { this->edit(field, text, true); });
    registerField(field, edit, [edit](const QVariant &v) {
        if (edit->text() != v.toString())
            edit->setText(v.toString());
    });
}

void FieldBinder::bindText(QPlainTextEdit *edit, CoeField field)
{
    edit->setTabChangesFocus(true); // Tab moves through the form; the text never needs a tab
    if (edit->maximumHeight() == QWIDGETSIZE_MAX)
        edit->setMaximumHeight(160); // long text scrolls inside; the form stays scannable
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
        if (edit->property("closeloopUpdating").toBool())
            return;
        this->edit(field, edit->toPlainText(), true);
    });
    registerField(field, edit, [edit](const QVariant &v) {
        if (edit->toPlainText() == v.toString())
            return;
        edit->setProperty("closeloopUpdating", true);
        edit->setPlainText(v.toString());
        edit->setProperty("closeloopUpdating", false);
    });
}

void FieldBinder::bindCombo(QComboBox *combo, CoeField field)
{
    // Choices such as an axiom's whole statement would otherwise set the
    // form's minimum width and push it off a laptop screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(20);
    connect(combo, &QComboBox::activated, this, [this, combo, field](int index) { edit(field, combo->itemData(index)); });
    if (combo->isEditable())
        connect(combo, &QComboBox::editTextChanged, this, [this, combo, field](const QString &text) {
            if (!combo->property("closeloopUpdating").toBool())
                edit(field, text, true);
        });
    registerField(field, combo, [combo](const QVariant &v) {
        combo->setProperty("closeloopUpdating", true);
        if (combo->isEditable()) {
            if (combo->currentText() != v.toString())
                combo->setEditText(v.toString());
        } else {
            int index = -1;
            for (int i = 0; i < combo->count(); ++i) {
                const QVariant d = combo->itemData(i);
                if ((isNull(d) && isNull(v)) || (!isNull(d) && !isNull(v) && d.toString() == v.toString()))
                    index = i;
            }
            combo->setCurrentIndex(index);
        }
        combo->setProperty("closeloopUpdating", false);
    });
}

void FieldBinder::bindCheck(QCheckBox *check, CoeField field)
{
    connect(check, &QCheckBox::clicked, this, [this, field](bool on) { edit(field, on); });
    registerField(field, check, [check](const QVariant &v) {
        const QSignalBlocker block(check);
        check->setChecked(v.toBool());
    });
}

void FieldBinder::bindTags(QLineEdit *edit, CoeField field)
{
    edit->setMaxLength(kNoLimit);
    auto split = [](const QString &text) {
        QStringList tags;
        for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty())
                tags << t.trimmed();
        return tags;
    };
    connect(edit, &QLineEdit::textEdited, this, [this, field, split](const QString &text) { this->edit(field, split(text), true); });
    registerField(field, edit, [edit, split](const QVariant &v) {
        if (split(edit->text()) != v.toStringList())
            edit->setText(v.toStringList().join(QStringLiteral(", ")));
    });
}

void FieldBinder::bindParsed(QLineEdit *edit, CoeField field,
                             std::function<std::optional<QVariant>(const QString &, QString *)> parse,
                             std::function<QString(const QVariant &)> format)
{
    edit->setMaxLength(kNoLimit);
    connect(edit, &QLineEdit::textEdited, this, [this, field, parse](const QString &text) {
        if (text.trimmed().isEmpty()) {
            setParseError(field, {});
            this->edit(field, QVariant());
            return;
        }
        QString error;
        const std::optional<QVariant> value = parse(text, &error);
        setParseError(field, value ? QString() : error);
        if (value)
            this->edit(field, *value);
    });
    registerField(field, edit, [this, edit, field, parse, format](const QVariant &v) {
        QString ignored;
        const std::optional<QVariant> shown = edit->text().trimmed().isEmpty() ? std::optional<QVariant>(QVariant()) : parse(edit->text(), &ignored);
        const bool same = shown && ((isNull(*shown) && isNull(v)) || *shown == v);
        if (same)
            return;
        // Undo, reload or a recovered draft replaced the value: show it.
        setParseError(field, {});
        edit->setText(isNull(v) ? QString() : format(v));
    });
}

void FieldBinder::bindInstant(QLineEdit *edit, CoeField field)
{
    edit->setPlaceholderText(QStringLiteral("2026-03-04 09:12 +01:00"));
    bindParsed(edit, field,
        [](const QString &text, QString *error) -> std::optional<QVariant> {
            auto r = parseUserInstant(text);
            if (!r) {
                *error = r.errorMessage();
                return std::nullopt;
            }
            return QVariant::fromValue(r.value());
        },
        [](const QVariant &v) { return formatUserInstant(v.value<Instant>()); });
}

void FieldBinder::bindCount(QLineEdit *edit, CoeField field)
{
    bindParsed(edit, field,
        [](const QString &text, QString *error) -> std::optional<QVariant> {
            QString t = text.trimmed();
            t.remove(QRegularExpression(QStringLiteral("[\\s,_']")));
            bool ok = false;
            const qint64 n = t.toLongLong(&ok);
            if (!ok || n < 0) {
                *error = tr("\"%1\" is not a whole number of customers. Type digits only, e.g. 1200.").arg(text.trimmed().left(30));
                return std::nullopt;
            }
            return QVariant::fromValue(n);
        },
        [](const QVariant &v) { return QString::number(v.toLongLong()); });
}

void FieldBinder::bindPercent(QLineEdit *edit, CoeField field)
{
    edit->setPlaceholderText(tr("e.g. 12.5%"));
    bindParsed(edit, field,
        [](const QString &text, QString *error) -> std::optional<QVariant> {
            QString t = text.trimmed();
            t.remove(QLatin1Char('%'));
            t.replace(QLatin1Char(','), QLatin1Char('.'));
            bool ok = false;
            const double p = QLocale::c().toDouble(t.trimmed(), &ok);
            if (!ok || !std::isfinite(p) || p < 0 || p > 100) {
                *error = tr("\"%1\" is not a percentage between 0 and 100.").arg(text.trimmed().left(30));
                return std::nullopt;
            }
            return QVariant::fromValue(p / 100.0);
        },
        // Shown with the reader's decimal separator; typing accepts either.
        [](const QVariant &v) { return QLocale().toString(v.toDouble() * 100.0, 'g', 6) + QLatin1Char('%'); });
}

void FieldBinder::bindCustom(QWidget *focusTarget, CoeField field, std::function<void(const QVariant &)> show)
{
    if (focusTarget->toolTip().isEmpty())
        focusTarget->setToolTip(coeFieldHelp(field));
    m_widgets.insert(field, focusTarget);
    m_show.insert(field, std::move(show));
    showValue(field);
}

QLabel *FieldBinder::messageLabel(CoeField field)
{
    QLabel *&label = m_labels[field];
    if (!label) {
        label = new QLabel;
        label->setObjectName(coeFieldKey(field) + QStringLiteral("_message"));
        label->setWordWrap(true);
        label->setStyleSheet(themed(QStringLiteral("QLabel { color: #a33a1b; }")));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
    }
    return label;
}

void FieldBinder::setParseError(CoeField field, const QString &message)
{
    if (message.isEmpty())
        m_parseErrors.remove(field);
    else
        m_parseErrors.insert(field, message);
    refreshMessage(field);
}

void FieldBinder::setCheckMessages(const QList<CoeCheck> &checks)
{
    const QList<CoeField> before = m_checkMessages.keys();
    m_checkMessages.clear();
    for (const CoeCheck &c : checks)
        m_checkMessages[c.field] << c.message;
    for (CoeField f : before)
        refreshMessage(f);
    for (auto it = m_checkMessages.cbegin(); it != m_checkMessages.cend(); ++it)
        refreshMessage(it.key());
}

QString FieldBinder::message(CoeField field) const
{
    const QString parse = m_parseErrors.value(field);
    return parse.isEmpty() ? m_checkMessages.value(field).join(QLatin1Char('\n')) : parse;
}

void FieldBinder::refreshMessage(CoeField field)
{
    QLabel *label = messageLabel(field);
    const QString text = message(field);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool FieldBinder::focusField(CoeField field)
{
    QWidget *w = m_widgets.value(field);
    if (!w)
        return false;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            scroll->ensureWidgetVisible(w, 40, 120);
            break;
        }
    w->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace closeloop
