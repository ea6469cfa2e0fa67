#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>

namespace closeloop {

// One person's settings on one machine (QSettings: ~/.config/closeloop/
// closeloop.conf on Linux), as opposed to a team's settings, which live in
// the database. Every key is named here; the file records the version of
// its layout under settings/version, and migrate() brings an older layout
// up to this one before anything reads it.
namespace prefkeys {
inline const QString version = QStringLiteral("settings/version");
inline const QString defaultDatabase = QStringLiteral("database/default");
inline const QString recentDatabases = QStringLiteral("database/recent");
inline const QString lastWasShared = QStringLiteral("database/lastWasShared");
inline const QString lastConnection = QStringLiteral("database/lastConnection");
inline const QString identityGroup = QStringLiteral("identity"); // identity/<database>: the person chosen there
inline const QString name = QStringLiteral("you/name");
inline const QString role = QStringLiteral("you/role");
inline const QString templateFolder = QStringLiteral("reports/templateFolder");
inline const QString blamelessByDefault = QStringLiteral("reports/blamelessByDefault");
inline const QString autosaveSeconds = QStringLiteral("editing/autosaveSeconds");
inline const QString tourSeen = QStringLiteral("help/tourSeen");
} // namespace prefkeys

struct Preferences {
    Q_DECLARE_TR_FUNCTIONS(Preferences)
public:
    // The layout this build writes. 1 was the first release's keys
    // (recentDatabases, team/lastWasShared, team/lastConnection); 2 groups
    // them under database/ and adds the Settings dialog's keys.
    static constexpr int kVersion = 2;
    static constexpr int kMinAutosave = 1;
    static constexpr int kMaxAutosave = 300;

    QString defaultDatabase; // empty: the platform's default file
    QString name;
    QString role;
    QString templateFolder;  // empty: <config>/templates
    bool blamelessByDefault = true;
    int autosaveSeconds = 2;

    // Reads after migrating; a value out of range is read as the default.
    static Preferences load(QSettings &settings);
    // Checks every value first; on a problem nothing is written and the
    // message names the field and what to enter.
    Status save(QSettings &settings) const;
    Status check() const;

    // Brings `settings` from any earlier layout to kVersion, key by key,
    // never dropping a value. A file from a newer Closeloop is left alone
    // and reported, so that an older build never damages it.
    static Status migrate(QSettings &settings);

    // The database to open at start: the chosen default, else the
    // platform's.
    QString databaseToOpen() const;
};

} // namespace closeloop
