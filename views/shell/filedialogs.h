#pragma once

#include <QString>

class QWidget;

namespace closeloop {

// File dialogs behind a seam: tests queue the answer instead of clicking a
// native dialog.
class FileDialogs final {
public:
    static QString openDatabase(QWidget *parent);
    static QString newDatabase(QWidget *parent);
    // Any file to read (evidence, a lens); empty when cancelled.
    static QString openFile(QWidget *parent, const QString &title, const QString &filter);
    // Markdown files to import; empty when cancelled. Tests answer with
    // setNextAnswer (one file).
    static QStringList openMarkdownFiles(QWidget *parent, const QString &title);
    // A folder; empty when cancelled.
    static QString openFolder(QWidget *parent, const QString &title);
    // The next dialog returns this instead of opening (an empty string = cancel).
    static void setNextAnswer(const QString &fileName);
};

} // namespace closeloop
