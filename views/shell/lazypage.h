#pragma once

#include <QWidget>

#include <functional>

namespace closeloop {

// A page of the main window that is built the first time it is shown or
// asked for. The window starts without building, polishing and laying out
// pages nobody has opened yet (a stacked widget measures every page it
// holds, shown or not).
class LazyPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyPage)
public:
    using Build = std::function<QWidget *(QWidget *parent)>;
    explicit LazyPage(Build build, QWidget *parent = nullptr);

    // The page, built now if it was not yet.
    QWidget *content();
    bool isBuilt() const { return m_content != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Build m_build;
    QWidget *m_content = nullptr;
};

} // namespace closeloop
