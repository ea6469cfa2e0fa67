#include "attentiondelegate.h"

#include "models/recordtablemodel.h"

#include <QPalette>

namespace closeloop {

void AttentionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(AttentionRole).toBool())
        return;
    // A warm amber reads as "needs you" on light and dark palettes alike.
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    option->palette.setColor(QPalette::Text, dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xa3, 0x4a, 0x00));
    option->font.setBold(true);
}

} // namespace closeloop
