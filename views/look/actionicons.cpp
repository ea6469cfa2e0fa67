#include "actionicons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace closeloop {

namespace {

const QString kFolder = QStringLiteral(":/closeloop/icons/actions/");
// The shipped drawings use this colour for every stroke; it is replaced
// with the palette's colour when the icon is drawn.
const QByteArray kInk = QByteArrayLiteral("#000000");

class PaletteSvgEngine final : public QIconEngine {
public:
    explicit PaletteSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    QIconEngine *clone() const override { return new PaletteSvgEngine(m_svg); }
    QString key() const override { return QStringLiteral("closeloop-palette-svg"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(inked(mode));
        renderer.render(painter, rect);
    }

    // Qt asks for device pixels (the logical size times the screen's
    // ratio) and marks the pixmap with the ratio itself. Toolbars and lists
    // ask on every repaint, so each drawing is kept, by size, mode and ink
    // (a new palette gets new drawings).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QByteArray svg = inked(mode);
        const QString key = QStringLiteral("%1x%2 %3").arg(size.width()).arg(size.height()).arg(qHash(svg));
        if (const auto cached = m_drawn.constFind(key); cached != m_drawn.constEnd())
            return *cached;
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QSvgRenderer(svg).render(&painter, QRectF(QPoint(0, 0), size));
        painter.end();
        if (m_drawn.size() > 32) // sizes and palettes seen in one run are few
            m_drawn.clear();
        m_drawn.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

private:
    QByteArray inked(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        QColor colour = palette.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            colour = palette.color(QPalette::HighlightedText);
        QByteArray svg = m_svg;
        return svg.replace(kInk, colour.name(QColor::HexRgb).toLatin1());
    }

    QByteArray m_svg;
    QHash<QString, QPixmap> m_drawn;
};

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QIcon actionIcon(const QString &name)
{
    const QByteArray svg = readResource(kFolder + name + QStringLiteral(".svg"));
    Q_ASSERT_X(!svg.isEmpty(), "actionIcon", "no such icon under resources/icons/actions");
    return svg.isEmpty() ? QIcon() : QIcon(new PaletteSvgEngine(svg));
}

QStringList actionIconNames()
{
    QStringList names;
    for (const QString &file : QDir(kFolder).entryList({ QStringLiteral("*.svg") }, QDir::Files, QDir::Name))
        names << file.chopped(4);
    return names;
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/closeloop/icons/closeloop.svg"));
}

} // namespace closeloop
