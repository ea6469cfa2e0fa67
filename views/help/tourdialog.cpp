#include "tourdialog.h"

#include "settings/preferences.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace closeloop {

TourDialog::TourDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
    , m_step(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
{
    setObjectName(QStringLiteral("tourDialog"));
    setWindowTitle(tr("Welcome to Closeloop"));
    const QList<std::pair<QString, QString>> pages = {
        { tr("Welcome"),
          tr("Closeloop keeps your team's Corrections of Error, the action items that come out of them, and the "
             "Operational Readiness Reviews that turn lessons into practice. A first start with no database opens a "
             "demo organisation, so every screen has something to show; File > New Database starts your own.") },
        { tr("Write a COE"),
          tr("After an incident, COE > New COE (Ctrl+N) opens the form. Its outline on the left walks the sections "
             "in order; Alt+1 to Alt+9 jump between them. What you type is kept as a recovery draft within seconds, and "
             "F1 explains the section you are in.") },
        { tr("Follow the action items"),
          tr("Every action item from COEs, reviews and working-group findings is on the Action items page, with the "
             "overdue ones first. Reviewers follow them there until they are done.") },
        { tr("Review readiness"),
          tr("ORR > New Review (Ctrl+Shift+R) walks a service through the axiom library. Answers that are not met become "
             "action items; each year the next review starts from a copy of the last.") },
        { tr("Close the loop"),
          tr("The Working group and Dashboard pages show COEs side by side and the patterns that repeat, to become new "
             "axioms. Ctrl+K searches every COE; Ctrl+/ lists every shortcut; Help > Tour shows these pages again.") },
    };
    for (const auto &[title, text] : pages) {
        auto *page = new QWidget(m_pages);
        auto *layout = new QVBoxLayout(page);
        auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), page);
        auto *body = new QLabel(text, page);
        body->setWordWrap(true);
        layout->addWidget(heading);
        layout->addWidget(body);
        layout->addStretch();
        m_pages->addWidget(page);
    }
    m_step->setObjectName(QStringLiteral("tourStep"));
    m_back->setObjectName(QStringLiteral("tourBack"));
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_next->setDefault(true);
    auto *skip = new QPushButton(tr("&Skip the Tour"), this);
    skip->setObjectName(QStringLiteral("tourSkip"));
    connect(skip, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { go(page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (page() + 1 < pageCount())
            go(page() + 1);
        else
            accept();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_step);
    buttons->addStretch();
    buttons->addWidget(skip);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    resize(560, 300);
    go(0);
}

int TourDialog::page() const
{
    return m_pages->currentIndex();
}

int TourDialog::pageCount() const
{
    return m_pages->count();
}

void TourDialog::go(int page)
{
    m_pages->setCurrentIndex(qBound(0, page, pageCount() - 1));
    m_step->setText(tr("%1 of %2").arg(this->page() + 1).arg(pageCount()));
    m_back->setEnabled(this->page() > 0);
    m_next->setText(this->page() + 1 < pageCount() ? tr("&Next") : tr("&Done"));
}

void TourDialog::done(int result)
{
    // Seen, whether finished or skipped: it is not shown again by itself.
    QSettings().setValue(prefkeys::tourSeen, true);
    QDialog::done(result);
}

TourDialog *TourDialog::showIfNew(QWidget *parent)
{
    if (QSettings().value(prefkeys::tourSeen, false).toBool())
        return nullptr;
    auto *tour = new TourDialog(parent);
    tour->setAttribute(Qt::WA_DeleteOnClose);
    tour->open();
    return tour;
}

} // namespace closeloop
