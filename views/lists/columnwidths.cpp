#include "columnwidths.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace closeloop {

namespace {

// The last column stretches to the window's edge: its width is whatever is
// left, so it is neither kept nor restored.
int keptColumns(const QHeaderView *header)
{
    return header->stretchLastSection() ? header->count() - 1 : header->count();
}

} // namespace

QString ColumnWidths::settingsKey(const QString &listName)
{
    return QStringLiteral("lists/%1/columnWidths").arg(listName);
}

ColumnWidths::ColumnWidths(QTableView *table, const QString &listName, int maxWidth, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_header(table->horizontalHeader())
    , m_key(settingsKey(listName))
    , m_maxWidth(maxWidth)
    , m_saving(new QTimer(this))
{
    m_saving->setSingleShot(true);
    m_saving->setInterval(500);
    connect(m_saving, &QTimer::timeout, this, &ColumnWidths::save);
    m_settled = restore();
    connect(m_header, &QHeaderView::sectionResized, this, &ColumnWidths::sectionResized);
}

ColumnWidths::~ColumnWidths()
{
    if (m_saving->isActive()) // a drag that ended just before the window closed
        save();
}

bool ColumnWidths::restore()
{
    const QVariantList saved = QSettings().value(m_key).toList();
    const int kept = keptColumns(m_header);
    // Widths kept by a version with other columns would land on the wrong
    // ones: measure afresh instead.
    if (kept <= 0 || saved.size() != kept)
        return false;
    QList<int> widths;
    for (const QVariant &value : saved) {
        bool ok = false;
        const int width = value.toInt(&ok);
        if (!ok || width < m_header->minimumSectionSize() || width > 4000) // a hand-edited file
            return false;
        widths.append(width);
    }
    m_applying = true;
    for (int c = 0; c < kept; ++c)
        m_header->resizeSection(c, widths.at(c));
    m_applying = false;
    return true;
}

void ColumnWidths::fitToContents()
{
    m_applying = true;
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_header->count(); ++c)
        m_header->resizeSection(c, std::min(m_header->sectionSize(c), m_maxWidth));
    m_applying = false;
    m_settled = true;
    // Kept at once, not after a pause: the next start should find them
    // even if this run ends in the next second.
    save();
}

void ColumnWidths::sectionResized(int logicalIndex)
{
    if (m_applying || logicalIndex >= keptColumns(m_header))
        return;
    m_settled = true; // a width set by hand is kept, not measured over
    m_saving->start();
}

void ColumnWidths::save()
{
    m_saving->stop();
    QVariantList widths;
    for (int c = 0; c < keptColumns(m_header); ++c)
        widths.append(m_header->sectionSize(c));
    QSettings().setValue(m_key, widths);
}

} // namespace closeloop
