#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace closeloop {

// A date or time as postmortems write it: "2017-01-31 14:02 UTC",
// "2017/01/31 14:02", "Friday, January 24, 2014 11:30 PST",
// "10 October 2017", "2:30 PM", "14:02:33+05:30". The offset is kept as
// written; a time without a zone has none, and nobody assumes UTC.
struct LooseTime {
    QDate date;                     // invalid when only a time was written
    std::optional<QTime> time;      // none when only a date was written
    std::optional<int> offsetSeconds; // none when no zone was written
    QString zone;                   // the zone as written ("PST", "+05:30", "UTC")
    int matchStart = 0;             // where in the text it was found
    int matchLength = 0;

    bool isInstant() const { return date.isValid() && time && offsetSeconds; }
    // ISO 8601: "2017-01-31T14:02:00-08:00" for an instant, "2017-01-31"
    // for a date alone or a date with a time but no zone (the day is known,
    // the instant is not); empty without a date.
    QString iso() const;
    // How it reads, for people ("2017-01-31 14:02, no time zone").
    QString describe() const;
};

// The first date and/or time in `text`. `contextDate` completes a time
// written without a date; `contextOffset` completes one written without a
// zone when the document said which zone its times are in.
std::optional<LooseTime> findLooseTime(const QString &text, const QDate &contextDate = {},
                                       std::optional<int> contextOffset = std::nullopt, const QString &contextZone = {});

// The first time zone written in `text` ("UTC", "Pacific Time", "+02:00",
// "Europe/Berlin"), case as written; empty when there is none.
QString findZoneName(const QString &text);

// A zone as written ("PST", "UTC+1", "-0800", "Pacific Time",
// "Europe/Berlin") as an offset on `date`; none when it is not a zone.
std::optional<int> zoneOffset(const QString &zone, const QDate &date);

} // namespace closeloop
