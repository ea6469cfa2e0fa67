#include "prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace closeloop {

namespace {

QList<int> g_choices;
QStringList g_texts;
QString g_lastQuestion;

} // namespace

int Prompts::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices)
{
    g_lastQuestion = text;
    if (!g_choices.isEmpty())
        return g_choices.takeFirst();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &c : choices)
        buttons << box.addButton(c, QMessageBox::AcceptRole);
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.first()));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

QString Prompts::text(QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    g_lastQuestion = label;
    if (!g_texts.isEmpty())
        return g_texts.takeFirst();
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? answer.trimmed() : QString();
}

QString Prompts::pick(QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current,
                      bool editable)
{
    g_lastQuestion = label;
    if (!g_texts.isEmpty())
        return g_texts.takeFirst();
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, items, current, editable, &ok);
    return ok ? answer.trimmed() : QString();
}

QString Prompts::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter, QString *selectedFilter)
{
    g_lastQuestion = title;
    if (!g_texts.isEmpty())
        return g_texts.takeFirst();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, selectedFilter);
}

void Prompts::queueChoice(int index) { g_choices << index; }
void Prompts::queueText(const QString &text) { g_texts << text; }
QString Prompts::lastQuestion() { return g_lastQuestion; }
int Prompts::pendingAnswers() { return int(g_choices.size() + g_texts.size()); }

} // namespace closeloop
