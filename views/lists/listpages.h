#pragma once

#include <QList>

class QWidget;

namespace closeloop {

class ListPage;

// The five lists of the main window, in navigation order: COEs, action
// items, ORR reviews, services, working-group findings.
QList<ListPage *> createListPages(QWidget *parent);

} // namespace closeloop
