#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace closeloop {

class ListPage;

// One of the main window's lists before it is built: what the navigation
// shows for it, and how to build it when it is first opened.
struct ListPageMaker {
    QString objectName; // the built page's, e.g. "coesPage"
    QString title;
    std::function<ListPage *(QWidget *parent)> make;
};

// The five lists of the main window, in navigation order: COEs, action
// items, ORR reviews, services, working-group findings.
QList<ListPageMaker> listPageMakers();

} // namespace closeloop
