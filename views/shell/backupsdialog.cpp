#include "backupsdialog.h"
#include "look/tones.h"

#include "databasesession.h"
#include "prompts.h"
#include "storage/backups.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace closeloop {

namespace {

enum Column { When, Why, Size };

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

BackupsDialog::BackupsDialog(DatabaseSession *session, std::function<bool()> closeRecordWindows, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_closeRecordWindows(std::move(closeRecordWindows))
    , m_where(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_keep(new QSpinBox(this))
    , m_restore(new QPushButton(tr("&Restore This Backup..."), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Backups"));
    setObjectName(QStringLiteral("backupsDialog"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setHeaderLabels({ tr("Made"), tr("Why"), tr("Size") });
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keep->setObjectName(QStringLiteral("backupsKept"));
    m_keep->setRange(1, BackupPolicy::MostKept);
    m_keep->setSuffix(tr(" backups"));
    m_keep->setToolTip(tr("How many daily backups to keep; older ones are removed when a new one is made."));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setWordWrap(true);

    auto *now = new QPushButton(tr("&Back Up Now"), this);
    now->setObjectName(QStringLiteral("backUpNow"));
    auto *folder = new QPushButton(tr("Show &Folder"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(now, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(folder, QDialogButtonBox::ActionRole);

    auto *keepRow = new QFormLayout;
    keepRow->addRow(tr("&Keep the last"), m_keep);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(m_list, 1);
    layout->addLayout(keepRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(now, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(folder, &QPushButton::clicked, this, [this] {
        if (Database *db = m_session->database())
            QDesktopServices::openUrl(QUrl::fromLocalFile(Backups::folderFor(db->path())));
    });
    connect(m_keep, &QSpinBox::editingFinished, this, &BackupsDialog::saveKeep);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { m_restore->setEnabled(m_list->currentItem()); });
    resize(620, 420);
    refresh();
}

QString BackupsDialog::problemText() const
{
    return m_message->property("problem").toBool() ? m_message->text() : QString();
}

void BackupsDialog::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    m_message->setStyleSheet(themed(problem ? QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 6px;") : QString()));
}

void BackupsDialog::refresh()
{
    m_list->clear();
    Database *db = m_session->database();
    const bool local = m_session->canBackUp();
    m_keep->setEnabled(local);
    m_restore->setEnabled(false);
    if (!local) {
        m_where->setText(tr("A shared database is backed up by its server; ask its administrator. Closeloop backs up local "
                            "database files."));
        return;
    }
    m_keep->setValue(BackupPolicy::loadOrDefault(*db).keep);
    m_where->setText(tr("Backups of %1 are kept in %2. Closeloop makes one before every upgrade and one a day while the "
                        "file is open.")
                         .arg(QDir::toNativeSeparators(db->path()), QDir::toNativeSeparators(Backups::folderFor(db->path()))));
    for (const BackupFile &b : Backups::list(db->path())) {
        auto *item = new QTreeWidgetItem(m_list, { when(b.madeAt), backupReasonLabel(b.reason), QLocale().formattedDataSize(b.bytes) });
        item->setData(When, Qt::UserRole, b.path);
        item->setToolTip(When, QDir::toNativeSeparators(b.path));
    }
    if (m_list->topLevelItemCount() == 0)
        say(tr("No backups yet. The first daily one is made a minute after the file opens."), false);
}

void BackupsDialog::backUpNow()
{
    const auto made = m_session->backUpNow();
    if (!made) {
        say(made.errorMessage(), true);
        return;
    }
    refresh();
    say(tr("Backed up to %1.").arg(QDir::toNativeSeparators(made->path)), false);
}

void BackupsDialog::saveKeep()
{
    Database *db = m_session->database();
    if (!db || !m_session->canBackUp() || m_keep->value() == BackupPolicy::loadOrDefault(*db).keep)
        return;
    if (auto s = BackupPolicy::save(*db, m_keep->value()); !s) {
        say(s.errorMessage(), true);
        return;
    }
    say(tr("Closeloop keeps the last %n backup(s) from now on; older ones go when the next is made.", nullptr, m_keep->value()), false);
}

void BackupsDialog::restoreSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    Database *db = m_session->database();
    if (!item || !db)
        return;
    const QString path = item->data(When, Qt::UserRole).toString();
    const int answer = Prompts::choose(
        this, tr("Restore a Backup"),
        tr("Replace everything in %1 with the backup made %2?\n\nWhat was saved since then is not in the backup. The file as "
           "it is now is backed up first, so this can be undone by restoring that.")
            .arg(QDir::toNativeSeparators(db->path()), item->text(When)),
        { tr("Keep the File as It Is"), tr("Restore the Backup") });
    if (answer != 1)
        return;
    if (!m_closeRecordWindows()) {
        say(tr("A COE or ORR window is still open with changes to keep. Save or close it, then restore."), true);
        return;
    }
    const QString madeAt = item->text(When); // the list is rebuilt below
    const auto restored = m_session->restoreBackup(path);
    refresh();
    if (!restored) {
        say(restored.errorMessage(), true);
        return;
    }
    say(tr("Restored the backup made %1. The file as it was is kept as the newest backup.").arg(madeAt),
        false);
}

} // namespace closeloop
