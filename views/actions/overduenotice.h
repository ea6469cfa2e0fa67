#pragma once

#include <QFrame>

class QLabel;

namespace closeloop {

// The calm line the day starts with: what is overdue, whose it is, and a
// way to see it. Shown when a database opens, dismissed with one click.
class OverdueNotice final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverdueNotice)
public:
    explicit OverdueNotice(QWidget *parent = nullptr);
    // Shows the summary, or hides the notice when nothing is overdue.
    void present(const QString &summary, bool anyOverdue);
    QString text() const;

Q_SIGNALS:
    void showRequested();

private:
    QLabel *m_text;
};

} // namespace closeloop
