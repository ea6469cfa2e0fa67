#pragma once

#include <QTableView>

namespace closeloop {

// A list page's table, which says when it has painted its rows: the read
// of a list's remaining ids waits for that (IdsReadAhead).
class ListTable final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListTable)
public:
    using QTableView::QTableView;

Q_SIGNALS:
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        Q_EMIT painted();
    }
};

} // namespace closeloop
