#pragma once

#include "domain/ids.h"

#include <QTreeWidget>

namespace closeloop {

class Database;

// The COE's history from the audit log: every edit and transition, who
// made it and when, newest first.
class HistoryPanel final : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)
public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    void load(Database &db, Id coeId);
};

} // namespace closeloop
