#include "mergedialog.h"

#include "coe/coechoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace closeloop {

MergeDialog::MergeDialog(const QString &reason, const QList<FieldConflict> &conflicts, const CoeChoices &choices,
                         QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Someone else changed this COE"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);

    int both = 0;
    for (const FieldConflict &c : conflicts)
        both += c.both() ? 1 : 0;
    // Only who saved and when: the rest of the conflict message advises
    // reloading, which this window replaces.
    const qsizetype end = reason.indexOf(QStringLiteral(". "));
    const QString who = end < 0 ? reason : reason.left(end + 1);
    auto *intro = new QLabel(tr("%1\nNothing of yours is lost: it is in the form and in a recovery copy. Choose, "
                                "for each field that differs, which version to keep. Fields changed on both "
                                "sides: %2.")
                                 .arg(who).arg(both),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(conflicts.size()), 4, this);
    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Yours"), tr("Stored now"), tr("Keep") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    const QSet<CoeField> mine = defaultTakeMine(conflicts);
    for (int row = 0; row < conflicts.size(); ++row) {
        const FieldConflict &c = conflicts.at(row);
        auto *name = new QTableWidgetItem(coeFieldLabel(c.field)
                                          + (c.both() ? tr("\nchanged on both sides") : c.changedByMe ? tr("\nchanged by you")
                                                                                                      : tr("\nchanged by them")));
        if (c.both()) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(fieldValueText(c.field, c.mine, choices)));
        m_table->setItem(row, 2, new QTableWidgetItem(fieldValueText(c.field, c.theirs, choices)));
        auto *keep = new QComboBox(m_table);
        keep->setObjectName(QStringLiteral("keep_") + coeFieldKey(c.field));
        keep->addItems({ tr("Yours"), tr("Stored") });
        keep->setCurrentIndex(mine.contains(c.field) ? 0 : 1);
        keep->setAccessibleName(tr("Keep for %1").arg(coeFieldLabel(c.field)));
        m_table->setCellWidget(row, 3, keep);
        m_keep.append(keep);
    }
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Save Merged Version"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("mergeSave"));
    save->setDefault(true);
    auto *theirs = buttons->addButton(tr("Discard Mine, Show Stored"), QDialogButtonBox::DestructiveRole);
    theirs->setObjectName(QStringLiteral("mergeTakeTheirs"));
    auto *later = buttons->addButton(tr("Keep Editing"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("mergeKeepEditing"));
    connect(save, &QPushButton::clicked, this, [this] {
        m_outcome = SaveMerged;
        accept();
    });
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_outcome = TakeTheirs;
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_table->setAlternatingRowColors(true);
    resize(900, 440);
}

QSet<CoeField> MergeDialog::takeMine() const
{
    QSet<CoeField> fields;
    for (int i = 0; i < m_conflicts.size(); ++i)
        if (m_keep.at(i)->currentIndex() == 0)
            fields.insert(m_conflicts.at(i).field);
    return fields;
}

void MergeDialog::choose(CoeField field, bool mine)
{
    for (int i = 0; i < m_conflicts.size(); ++i)
        if (m_conflicts.at(i).field == field)
            m_keep.at(i)->setCurrentIndex(mine ? 0 : 1);
}

} // namespace closeloop
