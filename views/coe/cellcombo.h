#pragma once

#include <QComboBox>
#include <QKeyEvent>

namespace closeloop {

// A combo box living in a table cell. Keys it does not use (Down on the
// last entry, Home on the first) must not fall through to the table,
// where they would move the current cell or start editing another one.
class CellCombo final : public QComboBox {
public:
    using QComboBox::QComboBox;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        QComboBox::keyPressEvent(event);
        if (event->key() != Qt::Key_Tab && event->key() != Qt::Key_Backtab)
            event->accept();
    }
};

} // namespace closeloop
