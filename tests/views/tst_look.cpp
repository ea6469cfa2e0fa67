// How Closeloop looks under the system's palette and on HiDPI screens: the
// shipped action icons, drawn in the palette's text colour at the screen's
// pixel size, and the colours Closeloop adds, swapped on a dark palette.
#include "coe/coewindow.h"
#include "coe/coewindows.h"
#include "demowindow.h"
#include "look/actionicons.h"
#include "look/appstyle.h"
#include "look/tones.h"
#include "screenshot.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QPalette>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace closeloop;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2d));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Button, QColor(0x2b, 0x2e, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x74, 0x78));
    return p;
}

// The mean colour of the pixels an icon paints (alpha above half).
QColor inkOf(const QImage &image, int *painted = nullptr)
{
    qint64 r = 0, g = 0, b = 0, n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                r += c.red(), g += c.green(), b += c.blue();
                ++n;
            }
        }
    if (painted)
        *painted = int(n);
    return n ? QColor(int(r / n), int(g / n), int(b / n)) : QColor();
}

} // namespace

class TestLook : public QObject {
    Q_OBJECT
    QPalette m_original;

private Q_SLOTS:
    void initTestCase() { m_original = QApplication::palette(); }
    void cleanup() { QApplication::setPalette(m_original); }

    // First, while nothing in this process has read a PNG yet. A window too
    // narrow for its toolbar shows the overflow chevron, drawn from the
    // shipped SVG; making a menu bar and a toolbar no longer loads Qt's
    // image-format plugins at start (see AppStyle).
    void overflowChevronsAreShippedDrawings()
    {
        auto loadedImagePlugins = [] {
            QFile maps(QStringLiteral("/proc/self/maps"));
            if (!maps.open(QIODevice::ReadOnly))
                return -1;
            return int(maps.readAll().count("/imageformats/"));
        };
        QApplication::setStyle(new AppStyle);
        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("&File"));
        QToolBar *bar = window.addToolBar(QStringLiteral("Main"));
        for (const QString &name : { QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("save"),
                                     QStringLiteral("search"), QStringLiteral("export"), QStringLiteral("print") })
            bar->addAction(actionIcon(name), name);
        window.resize(120, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *chevron = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(chevron);
        QTRY_VERIFY(chevron->isVisible());
        QVERIFY(!chevron->icon().isNull());
        QCOMPARE(chevron->icon().pixmap(QSize(16, 16)).toImage(), actionIcon(QStringLiteral("overflow-right")).pixmap(QSize(16, 16)).toImage());
        QVERIFY(!QApplication::style()->standardIcon(QStyle::SP_ToolBarVerticalExtensionButton).isNull());
        QCOMPARE(loadedImagePlugins(), 0);
        // Every other standard icon is still the platform style's own.
        QVERIFY(!QApplication::style()->standardIcon(QStyle::SP_DirIcon).pixmap(32).isNull());
        QVERIFY(loadedImagePlugins() != 0);
    }

    void everyIconIsDrawnAtTheScreensPixelSize()
    {
        const QStringList names = actionIconNames();
        QVERIFY2(names.size() >= 25, qPrintable(QString::number(names.size())));
        for (const QString &name : names) {
            const QIcon icon = actionIcon(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            for (const qreal ratio : { 1.0, 2.0, 3.0 }) {
                const QPixmap pixmap = icon.pixmap(QSize(24, 24), ratio);
                // Drawn for the device's pixels, not scaled up from 24.
                QCOMPARE(pixmap.size(), QSize(24, 24) * ratio);
                QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(24, 24));
                int painted = 0;
                inkOf(pixmap.toImage(), &painted);
                QVERIFY2(painted > 10 * ratio * ratio, qPrintable(QStringLiteral("%1 at %2x paints %3 pixels").arg(name).arg(ratio).arg(painted)));
            }
        }
        // A 2x drawing has detail a scaled 1x one lacks: edges are
        // anti-aliased at the finer grid, so the images differ.
        const QImage fine = actionIcon(QStringLiteral("search")).pixmap(QSize(24, 24), 2.0).toImage();
        const QImage coarse = actionIcon(QStringLiteral("search")).pixmap(QSize(24, 24), 1.0).toImage().scaled(48, 48);
        QVERIFY(fine.convertToFormat(QImage::Format_ARGB32) != coarse.convertToFormat(QImage::Format_ARGB32));
    }

    void iconsFollowTheLightOrDarkPalette()
    {
        const QIcon icon = actionIcon(QStringLiteral("coe"));
        QVERIFY(!paletteIsDark());
        const QColor onLight = inkOf(icon.pixmap(QSize(32, 32)).toImage());
        QVERIFY2(onLight.lightness() < 80, qPrintable(onLight.name()));

        QApplication::setPalette(darkPalette());
        QVERIFY(paletteIsDark());
        const QColor onDark = inkOf(icon.pixmap(QSize(32, 32)).toImage());
        QVERIFY2(onDark.lightness() > 180, qPrintable(onDark.name()));

        const QColor disabled = inkOf(icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage());
        QVERIFY2(qAbs(disabled.lightness() - QColor(0x70, 0x74, 0x78).lightness()) < 20, qPrintable(disabled.name()));
    }

    void addedColoursAreSwappedOnADarkPalette()
    {
        const QColor fails(0x8e, 0x1b, 0x1b);
        const QString notice = QStringLiteral("QLabel { background: #fdf3e1; color: #5C3B00; }");
        QCOMPARE(themed(fails), fails);
        QCOMPARE(themed(notice), notice);

        QApplication::setPalette(darkPalette());
        // Readable on a dark window: lighter text, darker backgrounds.
        QVERIFY(themed(fails).lightness() > fails.lightness() + 60);
        const QString dark = themed(notice);
        QVERIFY2(!dark.contains(QLatin1String("#fdf3e1")) && !dark.contains(QLatin1String("5C3B00"), Qt::CaseInsensitive), qPrintable(dark));
        const QColor background(dark.mid(dark.indexOf(QLatin1String("background: ")) + 12, 7));
        QVERIFY2(background.lightness() < 80, qPrintable(dark));
        // A colour not in the table is left as it is.
        QCOMPARE(themed(QColor(Qt::red)), QColor(Qt::red));
    }

    void everyToolbarButtonHasAnIcon()
    {
        QTemporaryDir dir;
        test::DemoWindow demo;
        QVERIFY(demo.open(test::seedDemoDatabase(dir, QStringLiteral("look.db"))));
        auto buttonsWithoutIcon = [](QWidget *window) {
            QStringList missing;
            for (auto *bar : window->findChildren<QToolBar *>())
                for (QAction *a : bar->actions())
                    if (!a->isSeparator() && qobject_cast<QToolButton *>(bar->widgetForAction(a)) && a->icon().isNull())
                        missing << a->text();
            return missing;
        };
        QCOMPARE(buttonsWithoutIcon(demo.window.get()), QStringList());
        CoeWindow *coe = demo.window->coeWindows()->open(1);
        QVERIFY(coe);
        QCOMPARE(buttonsWithoutIcon(coe), QStringList());
        test::screenshot(demo.window.get(), "look-main-light.png");
    }

    // Opened under a dark palette, no widget keeps a light-only background.
    void windowsOpenedOnADarkPaletteHaveNoLightPatches()
    {
        QApplication::setPalette(darkPalette());
        QTemporaryDir dir;
        test::DemoWindow demo;
        QVERIFY(demo.open(test::seedDemoDatabase(dir, QStringLiteral("dark.db"))));
        CoeWindow *coe = demo.window->coeWindows()->open(6);
        QVERIFY(coe);
        const QStringList lightBackgrounds = { QStringLiteral("#fdf3e1"), QStringLiteral("#eef3f8"),
                                               QStringLiteral("#f3f6f9"), QStringLiteral("#f7f8fa") };
        for (QWidget *window : { static_cast<QWidget *>(demo.window.get()), static_cast<QWidget *>(coe) })
            for (auto *w : window->findChildren<QWidget *>())
                for (const QString &light : lightBackgrounds)
                    QVERIFY2(!w->styleSheet().contains(light, Qt::CaseInsensitive),
                             qPrintable(w->objectName() + QLatin1Char(' ') + QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') + w->styleSheet()));
        test::screenshot(coe, "look-coe-dark.png");
    }
};

QTEST_MAIN(TestLook)
#include "tst_look.moc"
