#pragma once

#include <QTreeWidget>

namespace closeloop {

struct ImportedPostmortem;

// What one postmortem becomes, field by field: the COE field on the left,
// what the file said on the right. A field the file does not give says so
// instead of staying blank, and times that cannot be saved (no zone) are
// marked, so nobody discovers a missing time after the import.
class PostmortemPreview final : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostmortemPreview)
public:
    explicit PostmortemPreview(QWidget *parent = nullptr);

    void showPostmortem(const ImportedPostmortem &pm);
    void showProblem(const QString &problem);
    // The value shown for a field (its label in the first column), for tests
    // and for people copying it.
    QString valueOf(const QString &field) const;
    // The whole of what the file said for a row (the list shows one line).
    static QString fullText(QTreeWidgetItem *item);
};

} // namespace closeloop
