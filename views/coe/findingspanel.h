#pragma once

#include "coe/coechecks.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace closeloop {

// What stands between the COE and its review, grouped by section, kept
// up to date while the author writes. Activating a finding (click or
// Enter) takes the author to the field.
class FindingsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)
public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    void setChecks(const QList<CoeCheck> &checks);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void fieldActivated(closeloop::CoeField field);

private:
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace closeloop
