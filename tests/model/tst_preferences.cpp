// A person's settings file: its layout is versioned, an older file is
// migrated key by key without losing a value, a newer one is never
// rewritten, and a wrong value is refused before anything is written.
#include "settings/preferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace closeloop;

class TestPreferences : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshFile() { return m_dir.filePath(QStringLiteral("settings-%1.conf").arg(++m_n)); }

private Q_SLOTS:
    void version1KeysMoveAndKeepTheirValues()
    {
        const QString file = freshFile();
        {
            QSettings v1(file, QSettings::IniFormat);
            v1.setValue(QStringLiteral("recentDatabases"), QStringList { QStringLiteral("/a.db"), QStringLiteral("/b.db") });
            v1.setValue(QStringLiteral("team/lastWasShared"), true);
            v1.setValue(QStringLiteral("team/lastConnection"), QStringLiteral("host=db dbname=coe"));
            v1.setValue(QStringLiteral("identity/abc"), 7);
        }
        QSettings settings(file, QSettings::IniFormat);
        QVERIFY(Preferences::migrate(settings));
        QCOMPARE(settings.value(prefkeys::version).toInt(), Preferences::kVersion);
        QCOMPARE(settings.value(prefkeys::recentDatabases).toStringList(), (QStringList { QStringLiteral("/a.db"), QStringLiteral("/b.db") }));
        QCOMPARE(settings.value(prefkeys::lastWasShared).toBool(), true);
        QCOMPARE(settings.value(prefkeys::lastConnection).toString(), QStringLiteral("host=db dbname=coe"));
        QCOMPARE(settings.value(QStringLiteral("identity/abc")).toInt(), 7); // unchanged key
        QVERIFY(!settings.contains(QStringLiteral("recentDatabases")));
        QVERIFY(!settings.contains(QStringLiteral("team/lastWasShared")));

        // Running again changes nothing.
        QVERIFY(Preferences::migrate(settings));
        QCOMPARE(settings.value(prefkeys::lastConnection).toString(), QStringLiteral("host=db dbname=coe"));
        // And the file on disk says so too.
        QSettings reread(file, QSettings::IniFormat);
        QCOMPARE(reread.value(prefkeys::version).toInt(), Preferences::kVersion);
        QCOMPARE(reread.value(prefkeys::lastWasShared).toBool(), true);
    }

    void aValueAlreadyUnderTheNewNameWins()
    {
        QSettings settings(freshFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("team/lastConnection"), QStringLiteral("host=old"));
        settings.setValue(prefkeys::lastConnection, QStringLiteral("host=new"));
        QVERIFY(Preferences::migrate(settings));
        QCOMPARE(settings.value(prefkeys::lastConnection).toString(), QStringLiteral("host=new"));
    }

    void aNewerFileIsReadButNeverRewritten()
    {
        QSettings settings(freshFile(), QSettings::IniFormat);
        settings.setValue(prefkeys::version, Preferences::kVersion + 1);
        settings.setValue(QStringLiteral("recentDatabases"), QStringLiteral("kept as it is"));
        settings.setValue(prefkeys::name, QStringLiteral("Mei Chen"));
        const auto migrated = Preferences::migrate(settings);
        QVERIFY(!migrated);
        QVERIFY2(migrated.errorMessage().contains(QLatin1String("newer Closeloop")), qPrintable(migrated.errorMessage()));
        QCOMPARE(settings.value(prefkeys::version).toInt(), Preferences::kVersion + 1);
        QCOMPARE(settings.value(QStringLiteral("recentDatabases")).toString(), QStringLiteral("kept as it is"));
        QCOMPARE(Preferences::load(settings).name, QStringLiteral("Mei Chen"));
        Preferences p;
        p.name = QStringLiteral("Someone else");
        QVERIFY(!p.save(settings));
        QCOMPARE(settings.value(prefkeys::name).toString(), QStringLiteral("Mei Chen"));
    }

    void savedPreferencesReadBack()
    {
        QSettings settings(freshFile(), QSettings::IniFormat);
        Preferences p;
        p.name = QStringLiteral("  Priya Raman ");
        p.role = QStringLiteral("Payments on-call");
        p.defaultDatabase = m_dir.filePath(QStringLiteral("team.db"));
        p.templateFolder = m_dir.path();
        p.blamelessByDefault = false;
        p.autosaveSeconds = 30;
        QVERIFY(p.save(settings));
        const Preferences back = Preferences::load(settings);
        QCOMPARE(back.name, QStringLiteral("Priya Raman"));
        QCOMPARE(back.role, p.role);
        QCOMPARE(back.defaultDatabase, p.defaultDatabase);
        QCOMPARE(back.databaseToOpen(), p.defaultDatabase);
        QCOMPARE(back.templateFolder, p.templateFolder);
        QCOMPARE(back.blamelessByDefault, false);
        QCOMPARE(back.autosaveSeconds, 30);
        QCOMPARE(settings.value(prefkeys::version).toInt(), Preferences::kVersion);
    }

    void wrongValuesAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("autosave 0") << "autosave" << "0" << "Autosave every 0 seconds";
        QTest::newRow("autosave 301") << "autosave" << "301" << "Autosave every 301 seconds";
        QTest::newRow("database is a folder") << "database" << "." << "is a folder";
        QTest::newRow("database in a missing folder") << "database" << "missing/sub/x.db" << "folder that does not exist";
        QTest::newRow("templates is a file") << "templates" << "file" << "is a file";
    }

    void wrongValuesAreRefusedAndNothingIsWritten()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, named);
        QFile file(m_dir.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QSettings settings(freshFile(), QSettings::IniFormat);
        settings.setValue(prefkeys::name, QStringLiteral("Before"));
        Preferences p;
        p.name = QStringLiteral("After");
        if (field == QLatin1String("autosave"))
            p.autosaveSeconds = value.toInt();
        else if (field == QLatin1String("database"))
            p.defaultDatabase = value == QLatin1String(".") ? m_dir.path() : m_dir.filePath(value);
        else
            p.templateFolder = m_dir.filePath(value);
        const auto saved = p.save(settings);
        QVERIFY(!saved);
        QVERIFY2(saved.errorMessage().contains(named), qPrintable(saved.errorMessage()));
        QCOMPARE(settings.value(prefkeys::name).toString(), QStringLiteral("Before"));
    }

    void anOutOfRangeValueInTheFileReadsAsTheDefault()
    {
        QSettings settings(freshFile(), QSettings::IniFormat);
        settings.setValue(prefkeys::autosaveSeconds, QStringLiteral("soon"));
        QCOMPARE(Preferences::load(settings).autosaveSeconds, Preferences {}.autosaveSeconds);
        settings.setValue(prefkeys::autosaveSeconds, 100000);
        QCOMPARE(Preferences::load(settings).autosaveSeconds, Preferences {}.autosaveSeconds);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
