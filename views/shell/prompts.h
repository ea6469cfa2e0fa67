#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace closeloop {

// Questions to the user behind a seam: tests queue answers instead of
// clicking modal boxes, and can read what was asked.
class Prompts final {
public:
    // Shows the text with one button per choice; returns the index chosen,
    // or -1 when the box was dismissed. The first choice is the default.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices);
    // Asks for one line of text; an empty result means cancelled.
    static QString text(QWidget *parent, const QString &title, const QString &label, const QString &initial = {});
    // Asks to pick one of a list (people, say), or with `editable` to type
    // something else; returns the text, empty when cancelled. Tests answer
    // with queueText().
    static QString pick(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                        int current = 0, bool editable = false);
    // Asks where to save a file; an empty result means cancelled. Tests
    // answer it with queueText(). `selectedFilter`, when given, receives the
    // filter the person chose (tests leave it empty).
    static QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                            QString *selectedFilter = nullptr);

    // For tests: the next questions are answered with these, in order
    // (choice index, or text for text()).
    static void queueChoice(int index);
    static void queueText(const QString &text);
    static QString lastQuestion();
    static int pendingAnswers();
};

} // namespace closeloop
