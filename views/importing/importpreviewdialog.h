#pragma once

#include "domain/ids.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace closeloop {

class Database;
class PostmortemBatch;
class PostmortemPreview;

// Importing postmortems written elsewhere: the files are read off the GUI
// thread with progress, then every file is listed with what it becomes, so
// the person sees what went where before anything is saved. Files that
// cannot be read are listed with the reason and left out; the chosen ones
// are saved as draft COEs in one transaction, all or none.
class ImportPreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)
public:
    ImportPreviewDialog(Database &db, const QStringList &files, QWidget *parent = nullptr);

    QListWidget *fileList() const { return m_files; }
    PostmortemPreview *preview() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }
    QString summary() const;

Q_SIGNALS:
    void imported(const QList<Id> &coeIds);

private:
    void readingFinished();
    void showFile(int row);
    void updateSaveButton();
    void save();

    Database &m_db;
    PostmortemBatch *m_batch;
    QListWidget *m_files;
    PostmortemPreview *m_preview;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_error;
    QPlainTextEdit *m_detail;
    QPushButton *m_save;
};

} // namespace closeloop
