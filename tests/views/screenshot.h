#pragma once

// CLOSELOOP_SCREENSHOTS=DIR keeps a picture of what a GUI test drove, for
// people to look at: the whole screen under a real X server (xvfb-run with
// QT_QPA_PLATFORM=xcb shows popups too), else the widget alone. Without the
// variable it does nothing.

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QWidget>

namespace closeloop::test {

inline void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("CLOSELOOP_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let pending layouts settle first
    const QString path = QDir(dir).filePath(QString::fromLatin1(name));
    if (QGuiApplication::platformName() == QLatin1String("xcb"))
        QGuiApplication::primaryScreen()->grabWindow(0).save(path);
    else
        widget->grab().save(path);
}

} // namespace closeloop::test
