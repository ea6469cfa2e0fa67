// Test helper, not a test: opens a COE in its window, types into the
// summary, says "autosaved" once the recovery draft is in the database,
// then keeps running until it is killed. tst_crashrecovery kills it.
// Arguments: database, COE id, text[, autosave delay in ms].
#include "coe/coedocument.h"
#include "coe/coewindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace closeloop;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 4 && argc != 5)
        return 2;
    if (argc == 5)
        CoeWindow::setAutosaveDelay(QByteArray(argv[4]).toInt());
    const int pollMs = std::clamp(CoeWindow::autosaveDelay() / 4, 5, 100);
    OpenOptions options;
    options.path = QString::fromLocal8Bit(argv[1]);
    options.actor = QStringLiteral("helper");
    auto db = Database::openSqlite(options);
    if (!db)
        return 3;
    const Id id = QByteArray(argv[2]).toLongLong();
    QString error;
    CoeWindow *window = CoeWindow::open(*db.value(), id, nullptr, &error);
    if (!window)
        return 4;
    window->show();
    auto *summary = window->findChild<QPlainTextEdit *>(QStringLiteral("summary"));
    summary->setFocus();
    QTest::keyClicks(summary, QString::fromUtf8(argv[3]));

    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [&] {
        auto draft = CoeDocument::pendingDraft(*db.value(), id);
        if (draft && draft.value()) {
            std::printf("autosaved\n");
            std::fflush(stdout);
            poll->stop();
            // Keep typing: these words are newer than the draft and may be lost.
            QTest::keyClicks(summary, QStringLiteral(" and more"));
        }
    });
    poll->start(pollMs);
    return QApplication::exec();
}
