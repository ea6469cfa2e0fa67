#include "filedialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace closeloop {

namespace {

std::optional<QString> &nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

const char *const kFilter = QT_TRANSLATE_NOOP("closeloop::FileDialogs", "Closeloop databases (*.db *.sqlite *.closeloop);;All files (*)");

QString startDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

void FileDialogs::setNextAnswer(const QString &fileName)
{
    nextAnswer() = fileName;
}

QString FileDialogs::openDatabase(QWidget *parent)
{
    if (auto answer = std::exchange(nextAnswer(), std::nullopt))
        return *answer;
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("closeloop::FileDialogs", "Open Database"),
                                        startDir(), QCoreApplication::translate("closeloop::FileDialogs", kFilter));
}

QString FileDialogs::newDatabase(QWidget *parent)
{
    if (auto answer = std::exchange(nextAnswer(), std::nullopt))
        return *answer;
    // The dialog asks before replacing an existing file; we still refuse to
    // replace one below, because "new" must never destroy data.
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("closeloop::FileDialogs", "New Database"),
                                        startDir() + QStringLiteral("/closeloop.db"),
                                        QCoreApplication::translate("closeloop::FileDialogs", kFilter));
}

QString FileDialogs::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    if (auto answer = std::exchange(nextAnswer(), std::nullopt))
        return *answer;
    return QFileDialog::getOpenFileName(parent, title, startDir(), filter);
}

QStringList FileDialogs::openMarkdownFiles(QWidget *parent, const QString &title)
{
    if (auto answer = std::exchange(nextAnswer(), std::nullopt))
        return answer->isEmpty() ? QStringList() : QStringList { *answer };
    return QFileDialog::getOpenFileNames(parent, title, startDir(),
                                         QCoreApplication::translate("closeloop::FileDialogs", "Markdown (*.md *.markdown);;All files (*)"));
}

QString FileDialogs::openFolder(QWidget *parent, const QString &title)
{
    if (auto answer = std::exchange(nextAnswer(), std::nullopt))
        return *answer;
    return QFileDialog::getExistingDirectory(parent, title, startDir());
}

} // namespace closeloop
