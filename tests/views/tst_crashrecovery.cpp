// Kill a process in the middle of editing a COE, then start again: the
// autosaved draft is offered, and restoring it brings back what was typed.
#include "coe/coedocument.h"
#include "coe/coewindow.h"
#include "coefixtures.h"
#include "shell/prompts.h"
#include "storage/coerepository.h"
#include "testsupport.h"

#include <QPlainTextEdit>
#include <QProcess>
#include <QTest>

using namespace closeloop;

class TestCrashRecovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedMidEditKeepsTheAutosavedText()
    {
        QTemporaryDir dir;
        Id id = 0;
        {
            auto db = test::openFresh(dir);
            const test::CoeCast cast = test::createCast(*db);
            Coe c;
            c.title = QStringLiteral("Checkout errors");
            c.authorId = cast.author;
            id = CoeRepository(*db).create(c).value();
        }
        const QString typed = QStringLiteral("Payment client sent malformed requests");
        QProcess editor;
        editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        editor.start(QStringLiteral(CLOSELOOP_EDIT_HELPER),
                     { dir.filePath(QStringLiteral("test.db")), QString::number(id), typed });
        QVERIFY(editor.waitForStarted());
        QByteArray out;
        while (!out.contains("autosaved") && editor.waitForReadyRead(15000))
            out += editor.readAllStandardOutput();
        QVERIFY2(out.contains("autosaved"), out.constData());
        editor.kill(); // SIGKILL: no chance to save or clean up
        QVERIFY(editor.waitForFinished());
        QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

        // The next start: the database is intact and the draft is offered.
        OpenOptions options;
        options.path = dir.filePath(QStringLiteral("test.db"));
        auto db = Database::openSqlite(options);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->integrityCheck().value(), QStringLiteral("ok"));
        QVERIFY(CoeRepository(*db.value()).load(id)->summary.isEmpty()); // never saved
        Prompts::queueChoice(0); // restore
        QString error;
        std::unique_ptr<CoeWindow> window(CoeWindow::open(*db.value(), id, nullptr, &error));
        QVERIFY2(window, qPrintable(error));
        QVERIFY(Prompts::lastQuestion().contains(QStringLiteral("never saved")));
        QVERIFY(window->findChild<QPlainTextEdit *>(QStringLiteral("summary"))->toPlainText().startsWith(typed));
        QVERIFY(window->document()->isModified());
        QVERIFY(window->save());
        QVERIFY(CoeRepository(*db.value()).load(id)->summary.startsWith(typed));
    }
};

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
