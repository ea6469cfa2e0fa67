#include "importpreviewdialog.h"
#include "look/tones.h"

#include "import/postmortemsave.h"
#include "postmortembatch.h"
#include "postmortempreview.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace closeloop {

namespace {
constexpr int kReadableRole = Qt::UserRole + 1;
}

ImportPreviewDialog::ImportPreviewDialog(Database &db, const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_batch(new PostmortemBatch(this))
    , m_files(new QListWidget(this))
    , m_preview(new PostmortemPreview(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
    , m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import Postmortems"));
    resize(1100, 700);

    m_files->setObjectName(QStringLiteral("importFiles"));
    m_files->setAccessibleName(tr("Files to import"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading the files…"));
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(themed(QStringLiteral("QLabel { color: #8a1c1c; }")));
    m_error->hide();
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, int(files.size()));
    m_progress->setValue(0);

    m_files->setWordWrap(true);
    m_files->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_files->setTextElideMode(Qt::ElideMiddle);
    m_detail->setObjectName(QStringLiteral("importDetail"));
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("The selected field in full"));
    m_detail->setPlaceholderText(tr("Pick a row to read it in full."));
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_preview);
    right->addWidget(m_detail);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_files);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 320, 780 });

    m_save->setObjectName(QStringLiteral("importSave"));
    m_save->setEnabled(false);
    m_save->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("importCancel"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each file becomes a draft COE. Pick a file to see what went where; untick a file to leave it out. "
                                "Times without a time zone are not guessed, and sections with no field of their own are kept as notes."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_batch, &PostmortemBatch::progress, m_progress, [this](int done, int total) {
        m_progress->setValue(done);
        m_summary->setText(tr("Reading file %1 of %2…").arg(done).arg(total));
    });
    connect(m_batch, &PostmortemBatch::finished, this, &ImportPreviewDialog::readingFinished);
    connect(m_files, &QListWidget::currentRowChanged, this, &ImportPreviewDialog::showFile);
    connect(m_preview, &QTreeWidget::currentItemChanged, m_detail, [this](QTreeWidgetItem *item) {
        m_detail->setPlainText(PostmortemPreview::fullText(item));
    });
    connect(m_files, &QListWidget::itemChanged, this, &ImportPreviewDialog::updateSaveButton);
    connect(m_save, &QPushButton::clicked, this, &ImportPreviewDialog::save);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_batch->cancel();
        reject();
    });
    updateSaveButton();
    m_batch->start(files);
}

QString ImportPreviewDialog::summary() const
{
    return m_summary->text();
}

void ImportPreviewDialog::readingFinished()
{
    m_progress->hide();
    const QList<PostmortemFile> &results = m_batch->results();
    int refused = 0;
    int warned = 0;
    const QSignalBlocker block(m_files);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const PostmortemFile &r = results.at(i);
        const QString name = QFileInfo(m_batch->files().at(i)).fileName();
        auto *item = new QListWidgetItem(m_files);
        item->setData(kReadableRole, bool(r.postmortem));
        item->setToolTip(m_batch->files().at(i));
        if (!r.postmortem) {
            ++refused;
            item->setText(tr("%1 — not imported").arg(name));
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            continue;
        }
        const bool hasWarnings = !r.postmortem->warnings.isEmpty();
        warned += hasWarnings ? 1 : 0;
        item->setText(QStringLiteral("%1\n%2").arg(r.postmortem->title, name));
        item->setIcon(style()->standardIcon(hasWarnings ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    const int readable = int(results.size()) - refused;
    // Counts after a label read right for one and for many without plural forms.
    QStringList parts;
    parts << tr("Files read: %1").arg(results.size());
    parts << tr("ready to import as draft COEs: %1").arg(readable) + (warned ? tr(" (with warnings: %1; pick a file to see them)").arg(warned) : QString());
    if (refused)
        parts << tr("cannot be imported: %1, left out (pick it to see why)").arg(refused);
    m_summary->setText(results.isEmpty() ? tr("There are no Markdown files (.md or .markdown) there to import.")
                                         : parts.join(QStringLiteral(" · ")) + QLatin1Char('.'));
    if (m_files->count() > 0)
        m_files->setCurrentRow(0);
    showFile(m_files->currentRow());
    updateSaveButton();
}

void ImportPreviewDialog::showFile(int row)
{
    const QList<PostmortemFile> &results = m_batch->results();
    if (row < 0 || row >= results.size()) {
        m_preview->clear();
        return;
    }
    const PostmortemFile &r = results.at(row);
    if (r.postmortem)
        m_preview->showPostmortem(*r.postmortem);
    else
        m_preview->showProblem(r.problem);
}

void ImportPreviewDialog::updateSaveButton()
{
    int chosen = 0;
    for (int i = 0; i < m_files->count(); ++i)
        if (m_files->item(i)->data(kReadableRole).toBool() && m_files->item(i)->checkState() == Qt::Checked)
            ++chosen;
    m_save->setText(chosen > 0 ? tr("Save as Draft COEs (%1)").arg(chosen) : tr("Save"));
    m_save->setEnabled(chosen > 0);
}

void ImportPreviewDialog::save()
{
    QList<ImportedPostmortem> chosen;
    const QList<PostmortemFile> &results = m_batch->results();
    for (int i = 0; i < m_files->count() && i < results.size(); ++i)
        if (m_files->item(i)->data(kReadableRole).toBool() && m_files->item(i)->checkState() == Qt::Checked)
            chosen << *results.at(i).postmortem;
    if (chosen.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto ids = saveImportedPostmortems(m_db, chosen);
    QApplication::restoreOverrideCursor();
    if (!ids) {
        m_error->setText(tr("Nothing was saved: %1").arg(ids.errorMessage()));
        m_error->show();
        return;
    }
    Q_EMIT imported(ids.value());
    accept();
}

} // namespace closeloop
