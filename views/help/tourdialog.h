#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace closeloop {

// The first-run tour: a few pages on what Closeloop holds and where to
// start. Shown once at the first start; Skip or Done records that it was
// seen, and Help > Tour shows it again.
class TourDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TourDialog)
public:
    explicit TourDialog(QWidget *parent = nullptr);
    int page() const;
    int pageCount() const;

    // Shows the tour when this person has not seen it; returns it, or null.
    static TourDialog *showIfNew(QWidget *parent);

    void done(int result) override;

private:
    void go(int page);

    QStackedWidget *m_pages;
    QLabel *m_step;
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace closeloop
