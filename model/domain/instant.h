#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace closeloop {

// A moment as it was lived: the UTC instant plus the UTC offset of the place
// where it happened. Incidents are shown in their own time zone, never
// silently converted to the reader's.
struct Instant {
    QDateTime utc;          // always Qt::UTC
    int offsetMinutes = 0;  // e.g. +330 for India, -420 for PDT

    static Instant fromLocal(const QDateTime &withOffset);
    static Instant fromUtc(const QDateTime &utc, int offsetMinutes);
    QDateTime local() const; // the same instant, expressed with its offset
    QString toIsoString() const; // 2026-03-04T09:12:00+01:00
    static std::optional<Instant> parseIso(const QString &text);

    friend bool operator==(const Instant &a, const Instant &b)
    {
        return a.utc == b.utc && a.offsetMinutes == b.offsetMinutes;
    }
};

// Storage form of a UTC moment: sortable text, second precision.
QString toStorageText(const QDateTime &utc);
QDateTime fromStorageText(const QString &text);

} // namespace closeloop
