#pragma once

#include <QFrame>

class QDate;
class QLabel;

namespace closeloop {

class Database;

// The calm line the day starts with: what is overdue, whose it is, and a
// way to see it. Shown when a database opens, dismissed with one click.
class OverdueNotice final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverdueNotice)
public:
    explicit OverdueNotice(QWidget *parent = nullptr);
    // Shows the summary, or hides the notice when nothing is overdue.
    void present(const QString &summary, bool anyOverdue);
    // Counts what is overdue on a connection of its own, on another thread,
    // and presents it when done: over half a million items that takes tens
    // of milliseconds the window need not wait for at start. A later count,
    // or dismiss(), makes an earlier one's answer moot.
    void countIn(const Database &db, const QDate &today);
    // Hidden, and kept hidden when a count still running comes back.
    void dismiss();
    QString text() const;

Q_SIGNALS:
    void showRequested();
    void problem(const QString &message);

private:
    QLabel *m_text;
    quint64 m_generation = 0;
};

} // namespace closeloop
