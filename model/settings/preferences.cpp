#include "preferences.h"

#include "storage/database.h"

#include <QDir>
#include <QFileInfo>

namespace closeloop {

namespace {

// Version 1's keys and where version 2 keeps them.
const std::pair<QString, QString> kMovedInVersion2[] = {
    { QStringLiteral("recentDatabases"), prefkeys::recentDatabases },
    { QStringLiteral("team/lastWasShared"), prefkeys::lastWasShared },
    { QStringLiteral("team/lastConnection"), prefkeys::lastConnection },
};

// QSettings::status() reports an access error after sync() whenever a
// read-only fallback file (the organisation's, the system's) is missing,
// even though the user's file was written; so the user's file itself is
// read back instead.
Status confirmWritten(QSettings &settings, const QString &key, const QVariant &expected, const QString &problem)
{
    settings.sync();
    const QFileInfo file(settings.fileName());
    if (settings.format() != QSettings::NativeFormat && settings.format() != QSettings::IniFormat)
        return {};
    if (QSettings(file.filePath(), QSettings::IniFormat).value(key).toString() != expected.toString())
        return Error { problem };
    return {};
}

} // namespace

Status Preferences::migrate(QSettings &settings)
{
    const int stored = settings.value(prefkeys::version, 1).toInt();
    if (stored > kVersion)
        return Error { tr("Your settings were written by a newer Closeloop (layout %1; this one knows %2). "
                          "They are used as far as they can be and are not changed.")
                           .arg(stored)
                           .arg(kVersion) };
    if (stored < 2) {
        for (const auto &[from, to] : kMovedInVersion2) {
            // A value already under the new name wins: it is the newer one.
            if (settings.contains(from) && !settings.contains(to))
                settings.setValue(to, settings.value(from));
            settings.remove(from);
        }
    }
    if (stored == kVersion && settings.contains(prefkeys::version))
        return {};
    settings.setValue(prefkeys::version, kVersion);
    return confirmWritten(settings, prefkeys::version, kVersion,
                          tr("Your settings file %1 could not be written. Check that its folder is writable.").arg(settings.fileName()));
}

Preferences Preferences::load(QSettings &settings)
{
    (void)migrate(settings); // a newer file is read as it is, and not changed
    Preferences p;
    p.defaultDatabase = settings.value(prefkeys::defaultDatabase).toString();
    p.name = settings.value(prefkeys::name).toString();
    p.role = settings.value(prefkeys::role).toString();
    p.templateFolder = settings.value(prefkeys::templateFolder).toString();
    p.blamelessByDefault = settings.value(prefkeys::blamelessByDefault, true).toBool();
    bool ok = false;
    const int autosave = settings.value(prefkeys::autosaveSeconds, p.autosaveSeconds).toInt(&ok);
    if (ok && autosave >= kMinAutosave && autosave <= kMaxAutosave)
        p.autosaveSeconds = autosave;
    return p;
}

Status Preferences::check() const
{
    if (autosaveSeconds < kMinAutosave || autosaveSeconds > kMaxAutosave)
        return Error { tr("Autosave every %1 seconds is out of range: use %2 to %3 seconds.")
                           .arg(autosaveSeconds)
                           .arg(kMinAutosave)
                           .arg(kMaxAutosave) };
    if (!defaultDatabase.isEmpty()) {
        const QFileInfo file(defaultDatabase);
        if (file.isDir())
            return Error { tr("The default database %1 is a folder. Choose a database file.").arg(QDir::toNativeSeparators(defaultDatabase)) };
        if (!file.exists() && !QFileInfo(file.absolutePath()).isDir())
            return Error { tr("The default database %1 is in a folder that does not exist. Choose a file in an existing folder.")
                               .arg(QDir::toNativeSeparators(defaultDatabase)) };
    }
    if (!templateFolder.isEmpty() && QFileInfo(templateFolder).exists() && !QFileInfo(templateFolder).isDir())
        return Error { tr("The template folder %1 is a file. Choose a folder.").arg(QDir::toNativeSeparators(templateFolder)) };
    if (name.size() > 200 || role.size() > 200)
        return Error { tr("Your name and role can be at most 200 characters each.") };
    return {};
}

Status Preferences::save(QSettings &settings) const
{
    if (auto s = check(); !s)
        return s;
    if (auto s = migrate(settings); !s)
        return s; // never write a newer layout with this one's keys
    auto setOrRemove = [&settings](const QString &key, const QString &value) {
        if (value.trimmed().isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value.trimmed());
    };
    setOrRemove(prefkeys::defaultDatabase, defaultDatabase);
    setOrRemove(prefkeys::name, name);
    setOrRemove(prefkeys::role, role);
    setOrRemove(prefkeys::templateFolder, templateFolder);
    settings.setValue(prefkeys::blamelessByDefault, blamelessByDefault);
    settings.setValue(prefkeys::autosaveSeconds, autosaveSeconds);
    return confirmWritten(settings, prefkeys::autosaveSeconds, autosaveSeconds,
                          tr("Your settings could not be written to %1. Check that the folder is writable and the disk is not full.")
                              .arg(settings.fileName()));
}

QString Preferences::databaseToOpen() const
{
    return defaultDatabase.isEmpty() ? defaultDatabasePath() : defaultDatabase;
}

} // namespace closeloop
