#pragma once

#include "coe/coechoices.h"

#include <QFutureWatcher>
#include <QTextBrowser>

class QTimer;

namespace closeloop {

class CoeDocument;

// The rendered report beside the form. Rendering (Mustache, then
// cmark-gfm) runs on a worker thread after a short pause in typing, so a
// long COE never makes a keystroke wait; a newer edit supersedes an older
// render instead of queueing behind it.
class PreviewPanel final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPanel)
public:
    PreviewPanel(CoeDocument *doc, CoeChoices choices, QWidget *parent = nullptr);
    ~PreviewPanel() override;
    QString markdown() const { return m_markdown; }

private:
    struct Rendered {
        QString markdown;
        QString html;
    };
    void render();
    void showRendered();

    CoeDocument *m_doc;
    CoeChoices m_choices;
    QTimer *m_timer;
    QFutureWatcher<Rendered> m_watcher;
    bool m_pending = false;
    QString m_markdown;
};

} // namespace closeloop
