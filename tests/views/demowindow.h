#pragma once

// The main window on a database seeded with the demo, as the GUI tests of
// the working group's pages start from.

#include "demo/demodata.h"
#include "shell/databasesession.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QListWidget>
#include <QStackedWidget>

namespace closeloop::test {

// Creates `name` in `dir` and fills it with the demo; returns its path.
inline QString seedDemoDatabase(const QTemporaryDir &dir, const QString &name)
{
    auto db = openFresh(dir, name);
    if (!seedDemoData(*db))
        qFatal("cannot seed the demo");
    return dir.filePath(name);
}

struct DemoWindow {
    std::unique_ptr<DatabaseSession> session;
    std::unique_ptr<MainWindow> window;

    // Opens the database in a new session and shows the main window on it.
    bool open(const QString &path)
    {
        session = std::make_unique<DatabaseSession>();
        if (!session->open(path, false))
            return false;
        window = std::make_unique<MainWindow>(session.get());
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void close()
    {
        window.reset();
        session.reset();
    }

    // Clicks the named section in the navigation; true once it is shown.
    bool showSection(const QString &title, QWidget *page)
    {
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const auto items = navigation->findItems(title, Qt::MatchExactly);
        if (items.size() != 1)
            return false;
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(items.first()).center());
        // Pages built when first opened sit inside a holder of their own.
        return QTest::qWaitFor([&] {
            const QWidget *current = window->findChild<QStackedWidget *>()->currentWidget();
            return current == page || current->isAncestorOf(page);
        });
    }
};

} // namespace closeloop::test
