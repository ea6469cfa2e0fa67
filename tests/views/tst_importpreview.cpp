// Importing postmortems from the File menu: the files are read in the
// background, every file is listed with what went where, refused files say
// why, and only the chosen ones are saved, as draft COEs, all at once.
#include "coe/coewindows.h"
#include "demowindow.h"
#include "screenshot.h"
#include "importing/importcommands.h"
#include "importing/importpreviewdialog.h"
#include "importing/postmortempreview.h"
#include "lists/listpage.h"
#include "shell/filedialogs.h"
#include "storage/coerepository.h"

#include <QAction>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace closeloop;

class TestImportPreview : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    test::DemoWindow m_demo;
    QString m_folder;

    Database &db() const { return *m_demo.session->database(); }
    int coeCount() const { return int(CoeRepository(db()).list().value().size()); }

    void copyPostmortem(const QString &name)
    {
        QVERIFY(QFile::copy(QStringLiteral(CLOSELOOP_TEST_DATA "/import/") + name, QDir(m_folder).filePath(name)));
    }

    void trigger(const char *action)
    {
        auto *a = m_demo.window->findChild<QAction *>(QString::fromLatin1(action));
        QVERIFY2(a, action);
        a->trigger();
    }

    // The dialog once every file has been read.
    ImportPreviewDialog *readDialog(int files)
    {
        ImportPreviewDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = m_demo.window->imports()->dialog();
                return dialog && dialog->fileList()->count() == files;
            }))
            return nullptr;
        return dialog;
    }

    void pick(ImportPreviewDialog *dialog, const QString &fileName)
    {
        const auto items = dialog->fileList()->findItems(fileName, Qt::MatchContains);
        QCOMPARE(items.size(), 1);
        const QRect rect = dialog->fileList()->visualItemRect(items.first());
        QTest::mouseClick(dialog->fileList()->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(dialog->fileList()->currentItem(), items.first());
    }

private Q_SLOTS:
    void init()
    {
        const QString name = QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(m_demo.open(test::seedDemoDatabase(m_dir, name)));
        m_folder = m_dir.filePath(QStringLiteral("%1-postmortems").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(QDir().mkpath(m_folder));
    }

    void cleanup()
    {
        m_demo.window->coeWindows()->closeAll();
        m_demo.close();
    }

    void aFolderIsPreviewedThenTheChosenFilesSaved()
    {
        copyPostmortem(QStringLiteral("gitlab-2017-database.md"));
        copyPostmortem(QStringLiteral("knight-2012-smars.md"));
        copyPostmortem(QStringLiteral("roblox-2021-consul.md"));
        QFile binary(QDir(m_folder).filePath(QStringLiteral("attachment.md")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
        binary.close();
        const int before = coeCount();

        FileDialogs::setNextAnswer(m_folder);
        trigger("importFolderAction");
        ImportPreviewDialog *dialog = readDialog(4);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QProgressBar *>()->isVisible());
        QCOMPARE(dialog->summary(), QStringLiteral("Files read: 4 · ready to import as draft COEs: 3 (with warnings: 1; pick a file to see them)"
                                                   " · cannot be imported: 1, left out (pick it to see why)."));
        QCOMPARE(dialog->saveButton()->text(), QStringLiteral("Save as Draft COEs (3)"));

        // What went where, per file.
        pick(dialog, QStringLiteral("gitlab-2017-database.md"));
        QCOMPARE(dialog->preview()->valueOf(QStringLiteral("Title")), QStringLiteral("Postmortem: loss of production database data"));
        QVERIFY(dialog->preview()->valueOf(QStringLiteral("Detected")).startsWith(QStringLiteral("2017-01-31T23:27:00Z")));
        QCOMPARE(dialog->preview()->valueOf(QStringLiteral("Services")), QStringLiteral("GitLab.com, PostgreSQL primary"));
        QCOMPARE(dialog->preview()->valueOf(QStringLiteral("Severity (as written)")), QStringLiteral("not in the file"));
        pick(dialog, QStringLiteral("knight-2012-smars.md"));
        QVERIFY2(dialog->preview()->valueOf(QStringLiteral("Impact started")).startsWith(QStringLiteral("not saved: 2012-08-01 09:30, no time zone")),
                 qPrintable(dialog->preview()->valueOf(QStringLiteral("Impact started"))));
        QVERIFY(dialog->preview()->valueOf(QStringLiteral("Warning")).contains(QStringLiteral("without a time zone")));
        // A row picked reads in full below the list.
        QTreeWidgetItem *summary = dialog->preview()->findItems(QStringLiteral("Summary"), Qt::MatchExactly).first();
        QTest::mouseClick(dialog->preview()->viewport(), Qt::LeftButton, {}, dialog->preview()->visualItemRect(summary).center());
        QTRY_VERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("importDetail"))->toPlainText().endsWith(QStringLiteral("which sent child orders without ever counting them as filled.")));
        test::screenshot(dialog, "import-preview.png");
        pick(dialog, QStringLiteral("attachment.md"));
        QVERIFY(dialog->preview()->valueOf(QStringLiteral("Not imported")).contains(QStringLiteral("binary")));

        // Leave one out, save the rest.
        QListWidgetItem *roblox = dialog->fileList()->findItems(QStringLiteral("roblox-2021-consul.md"), Qt::MatchContains).first();
        roblox->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog->saveButton()->text(), QStringLiteral("Save as Draft COEs (2)"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_demo.window->imports()->dialog());
        QCOMPARE(coeCount(), before + 2);
        QVERIFY(m_demo.window->statusBar()->currentMessage().startsWith(QStringLiteral("Postmortems imported as draft COEs: 2.")));
        QCOMPARE(m_demo.window->page(0)->table()->model()->rowCount(), before + 2);
        bool knightSaved = false;
        const QList<CoeSummary> rows = CoeRepository(db()).list().value();
        for (const auto &row : rows) {
            QVERIFY(row.title != QStringLiteral("Roblox Return to Service 10/28-10/31 2021"));
            if (row.title == QStringLiteral("Knight Capital trading loss")) {
                const Coe coe = CoeRepository(db()).load(row.id).value();
                QCOMPARE(coe.status, CoeStatus::Draft);
                QVERIFY(!coe.impactStart);
                QVERIFY2(coe.notes.contains(QStringLiteral("Impact started (as written, not a full time): 2012-08-01 09:30, no time zone")), qPrintable(coe.notes));
                knightSaved = true;
            }
        }
        QVERIFY(knightSaved);
    }

    void cancellingSavesNothing()
    {
        copyPostmortem(QStringLiteral("slack-2021-tgw.md"));
        const int before = coeCount();
        FileDialogs::setNextAnswer(QDir(m_folder).filePath(QStringLiteral("slack-2021-tgw.md")));
        trigger("importPostmortemsAction");
        ImportPreviewDialog *dialog = readDialog(1);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importCancel")), Qt::LeftButton);
        QTRY_VERIFY(!m_demo.window->imports()->dialog());
        QCOMPARE(coeCount(), before);
    }

    void oneImportedPostmortemOpensAsACoe()
    {
        copyPostmortem(QStringLiteral("slack-2021-tgw.md"));
        FileDialogs::setNextAnswer(QDir(m_folder).filePath(QStringLiteral("slack-2021-tgw.md")));
        trigger("importPostmortemsAction");
        ImportPreviewDialog *dialog = readDialog(1);
        QVERIFY(dialog);
        QCOMPARE(dialog->saveButton()->text(), QStringLiteral("Save as Draft COEs (1)"));
        QTest::keyClick(dialog, Qt::Key_Return); // Save is the default button
        QTRY_VERIFY(!m_demo.window->imports()->dialog());
        Id imported = 0;
        const QList<CoeSummary> rows = CoeRepository(db()).list().value();
        for (const auto &row : rows)
            if (row.title == QStringLiteral("Slack's outage on January 4th 2021"))
                imported = row.id;
        QVERIFY(imported > 0);
        QTRY_VERIFY(m_demo.window->coeWindows()->window(imported));
        const Coe coe = CoeRepository(db()).load(imported).value();
        QCOMPARE(coe.whys.size(), 5);
        QVERIFY(coe.impactStart.has_value());
    }

    void anEmptyFolderSaysSo()
    {
        FileDialogs::setNextAnswer(m_folder);
        trigger("importFolderAction");
        ImportPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_demo.window->imports()->dialog()) && dialog->summary().contains(QStringLiteral("no Markdown files")));
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->reject();
    }
};

QTEST_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
