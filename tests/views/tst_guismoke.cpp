// The real closeloop binary starts offscreen on a database, shows every
// list, and quits cleanly.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestGuiSmoke : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QProcess *start(const QStringList &args, QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
    {
        auto *p = new QProcess(this);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(CLOSELOOP_GUI_PATH), args);
        return p;
    }

private Q_SLOTS:
    void firstStartFillsTheDefaultDatabaseWithDemo()
    {
        QProcess *p = start({ QStringLiteral("--smoke-test") });
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        const QByteArray out = p->readAllStandardOutput();
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        QVERIFY2(out.contains("COEs: 8 COEs"), out.constData());
        QVERIFY(out.contains("Services: 5 services"));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/closeloop/closeloop/closeloop.db"))));
    }

    void noDemoStartsEmpty()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QTemporaryDir home;
        QProcess *p = new QProcess(this);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(CLOSELOOP_GUI_PATH), { QStringLiteral("--no-demo"), QStringLiteral("--smoke-test") });
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(p->readAllStandardOutput().contains("COEs: 0 COEs"));
    }

    void missingDatabaseIsReportedNotCreated()
    {
        const QString missing = m_dir.filePath(QStringLiteral("typo.db"));
        QProcess *p = start({ QStringLiteral("--db"), missing, QStringLiteral("--smoke-test") });
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 1);
        QVERIFY(p->readAllStandardError().contains("does not exist"));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestGuiSmoke)
#include "tst_guismoke.moc"
