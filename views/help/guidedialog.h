#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace closeloop {

// Help > Guide (F1): the guide's topics on the left, the chosen one on the
// right. Opened from a COE window it starts at the section being written.
class GuideDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideDialog)
public:
    explicit GuideDialog(QWidget *parent = nullptr);
    // Shows the topic with this key; false when there is none.
    bool showTopic(const QString &key);
    QString currentTopic() const;

    // Opens a guide window (or raises the open one) at `key`.
    static GuideDialog *openAt(QWidget *parent, const QString &key);

private:
    QListWidget *m_topics;
    QTextBrowser *m_text;
};

} // namespace closeloop
