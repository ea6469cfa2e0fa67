#pragma once

#include "coe/coechecks.h"
#include "coe/coefields.h"

#include <QHash>
#include <QObject>
#include <QVariant>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;
class QWidget;

namespace closeloop {

class CoeDocument;

// Connects form widgets to COE fields in both directions. A user edit
// becomes an undo command; a document change (undo, reload, recovered
// draft) is shown in the widget without moving the cursor when the value
// already matches. Fields that parse text (times, numbers) keep what was
// typed when it does not parse and say why under the field.
class FieldBinder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldBinder)
public:
    FieldBinder(CoeDocument *doc, QUndoStack *undo, QObject *parent = nullptr);

    void bindText(QLineEdit *edit, CoeField field);
    void bindText(QPlainTextEdit *edit, CoeField field);
    void bindCombo(QComboBox *combo, CoeField field); // item data is the value
    void bindCheck(QCheckBox *check, CoeField field);
    void bindTags(QLineEdit *edit, CoeField field);    // comma-separated
    void bindInstant(QLineEdit *edit, CoeField field); // "2026-03-04 09:12 +01:00"
    void bindCount(QLineEdit *edit, CoeField field);   // whole number, optional
    void bindPercent(QLineEdit *edit, CoeField field); // "12.5%" ↔ 0.125, optional
    // A field edited by a custom widget: `show` is called with the value
    // whenever the document changes it.
    void bindCustom(QWidget *focusTarget, CoeField field, std::function<void(const QVariant &)> show);

    // Pushes an undoable edit of the field.
    void edit(CoeField field, const QVariant &after, bool mergeTyping = false);

    // The message line under a field; the section decides where it goes.
    QLabel *messageLabel(CoeField field);
    void setParseError(CoeField field, const QString &message);
    void setCheckMessages(const QList<CoeCheck> &checks);
    QString message(CoeField field) const;

    QWidget *widgetFor(CoeField field) const { return m_widgets.value(field); }
    // Scrolls to the field's widget and gives it the keyboard focus.
    bool focusField(CoeField field);

    CoeDocument *document() const { return m_doc; }

private:
    void registerField(CoeField field, QWidget *widget, std::function<void(const QVariant &)> show);
    void showValue(CoeField field);
    void bindParsed(QLineEdit *edit, CoeField field, std::function<std::optional<QVariant>(const QString &, QString *)> parse,
                    std::function<QString(const QVariant &)> format);
    void refreshMessage(CoeField field);

    CoeDocument *m_doc;
    QUndoStack *m_undo;
    QHash<CoeField, QWidget *> m_widgets;
    QHash<CoeField, std::function<void(const QVariant &)>> m_show;
    QHash<CoeField, QLabel *> m_labels;
    QHash<CoeField, QString> m_parseErrors;
    QHash<CoeField, QStringList> m_checkMessages;
};

} // namespace closeloop
