#pragma once

#include <QObject>
#include <QString>

class QHeaderView;
class QTableView;
class QTimer;

namespace closeloop {

// A list's column widths, kept between runs (QSettings, under the list's
// name). The first time a list shows rows its columns are measured from
// their text; after that the widths stay as measured or as the person
// dragged them, through reloads and restarts, until they ask for a fresh
// measurement (fitToContents, from the header's context menu).
//
// Why keep them: a list reloads whenever a record is saved, and measuring
// on every reload undid any column a person had widened by hand. Measuring
// also read and laid out a screen of rows at every start.
class ColumnWidths final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnWidths)
public:
    // `maxWidth` bounds a measured column: one long title must not push the
    // others out of sight (the full text is in its tooltip).
    ColumnWidths(QTableView *table, const QString &listName, int maxWidth, QObject *parent = nullptr);
    ~ColumnWidths() override;

    // Widths are known: restored from an earlier run, measured, or set by hand.
    bool settled() const { return m_settled; }
    // Measures every column from the header and the rows in view, within
    // maxWidth, and keeps the result.
    void fitToContents();

    static QString settingsKey(const QString &listName);

private:
    bool restore();
    void save();
    void sectionResized(int logicalIndex);

    QTableView *m_table;
    QHeaderView *m_header;
    QString m_key;
    int m_maxWidth;
    QTimer *m_saving; // a drag resizes a column many times; written once it stops
    bool m_settled = false;
    bool m_applying = false;
};

} // namespace closeloop
