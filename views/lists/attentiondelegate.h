#pragma once

#include <QStyledItemDelegate>

namespace closeloop {

// Draws rows that need attention (overdue action items) in the palette's
// link-visited colour with a bold title, so they stand out without alarm red.
class AttentionDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace closeloop
