#include "loosetime.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace closeloop {

namespace {

const QHash<QString, int> &monthNumbers()
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *names[] = { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };
        for (int i = 0; i < 12; ++i) {
            const QString full = QString::fromLatin1(names[i]);
            m.insert(full, i + 1);
            m.insert(full.left(3), i + 1);
        }
        m.insert(QStringLiteral("sept"), 9);
        return m;
    }();
    return months;
}

// Fixed abbreviations, in hours east of UTC. Ambiguous ones (IST, CST in
// Asia) take their most common meaning in English-language postmortems.
const QHash<QString, double> &fixedZones()
{
    static const QHash<QString, double> zones {
        { QStringLiteral("UTC"), 0 }, { QStringLiteral("GMT"), 0 }, { QStringLiteral("Z"), 0 }, { QStringLiteral("UT"), 0 },
        { QStringLiteral("PST"), -8 }, { QStringLiteral("PDT"), -7 }, { QStringLiteral("MST"), -7 }, { QStringLiteral("MDT"), -6 },
        { QStringLiteral("CST"), -6 }, { QStringLiteral("CDT"), -5 }, { QStringLiteral("EST"), -5 }, { QStringLiteral("EDT"), -4 },
        { QStringLiteral("AKST"), -9 }, { QStringLiteral("AKDT"), -8 }, { QStringLiteral("HST"), -10 },
        { QStringLiteral("WET"), 0 }, { QStringLiteral("WEST"), 1 }, { QStringLiteral("BST"), 1 }, { QStringLiteral("IST"), 5.5 },
        { QStringLiteral("CET"), 1 }, { QStringLiteral("CEST"), 2 }, { QStringLiteral("MEZ"), 1 }, { QStringLiteral("MESZ"), 2 },
        { QStringLiteral("EET"), 2 }, { QStringLiteral("EEST"), 3 }, { QStringLiteral("MSK"), 3 }, { QStringLiteral("SGT"), 8 },
        { QStringLiteral("HKT"), 8 }, { QStringLiteral("JST"), 9 }, { QStringLiteral("KST"), 9 }, { QStringLiteral("AEST"), 10 },
        { QStringLiteral("AEDT"), 11 }, { QStringLiteral("NZST"), 12 }, { QStringLiteral("NZDT"), 13 }, { QStringLiteral("NPT"), 5.75 },
    };
    return zones;
}

// Zones written as regions: their offset depends on the date (summer time).
const QHash<QString, QByteArray> &regionZones()
{
    static const QHash<QString, QByteArray> zones {
        { QStringLiteral("PT"), "America/Los_Angeles" }, { QStringLiteral("PACIFIC"), "America/Los_Angeles" },
        { QStringLiteral("PACIFIC TIME"), "America/Los_Angeles" }, { QStringLiteral("MT"), "America/Denver" },
        { QStringLiteral("CT"), "America/Chicago" }, { QStringLiteral("ET"), "America/New_York" },
        { QStringLiteral("EASTERN"), "America/New_York" }, { QStringLiteral("EASTERN TIME"), "America/New_York" },
        { QStringLiteral("CENTRAL TIME"), "America/Chicago" },
    };
    return zones;
}

const QString kZonePattern = QStringLiteral(
    "(?<zone>Z\\b|[+-]\\d{2}:?\\d{2}\\b|(?:UTC|GMT)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?|[A-Z][a-z]+/[A-Za-z_]+|"
    "Pacific Time|Eastern Time|Central Time|\\b(?:UTC|GMT|UT|PST|PDT|MST|MDT|CST|CDT|EST|EDT|AKST|AKDT|HST|WET|WEST|BST|IST|CET|CEST|MEZ|MESZ|EET|EEST|MSK|SGT|HKT|JST|KST|AEST|AEDT|NZST|NZDT|NPT|PT|ET|CT|MT)\\b)");

const QString kTimePattern = QStringLiteral(
    "(?<hour>\\d{1,2})(?:[:h.](?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.\\d+)?)?)?\\s?(?<ampm>[ap]\\.?\\s?m\\.?)?");

struct DateMatch {
    QDate date;
    int start = -1;
    int end = -1;
};

DateMatch findDate(const QString &text)
{
    static const QString month = QStringLiteral("(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
    static const QList<QRegularExpression> patterns {
        // 2017-01-31, 2017/01/31, 2017.01.31
        QRegularExpression(QStringLiteral("\\b(?<year>\\d{4})[-/.](?<mon>\\d{1,2})[-/.](?<day>\\d{1,2})(?=\\b|T)")),
        // Friday, January 24, 2014 / January 24th 2014 / Jan 24, 2014
        QRegularExpression(QStringLiteral("\\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?") + month
                               + QStringLiteral("\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})\\b"),
                           QRegularExpression::CaseInsensitiveOption),
        // 2018 October 21 (timestamp headings)
        QRegularExpression(QStringLiteral("\\b(?<year>\\d{4})\\s+") + month + QStringLiteral("\\s+(?<day>\\d{1,2})\\b"), QRegularExpression::CaseInsensitiveOption),
        // 10 October 2017 / Tuesday 10th Oct 2017
        QRegularExpression(QStringLiteral("\\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?") + month
                               + QStringLiteral(",?\\s+(?<year>\\d{4})\\b"),
                           QRegularExpression::CaseInsensitiveOption),
        // 01/31/2017 (US) or 31/01/2017 when the first number cannot be a month
        QRegularExpression(QStringLiteral("\\b(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<year>\\d{4})\\b")),
    };
    DateMatch best;
    for (int p = 0; p < patterns.size(); ++p) {
        const QRegularExpressionMatch m = patterns.at(p).match(text);
        if (!m.hasMatch() || (best.start >= 0 && m.capturedStart() >= best.start))
            continue;
        const int year = m.captured(QStringLiteral("year")).toInt();
        int mon = 0;
        int day = 0;
        if (p == 0) {
            mon = m.captured(QStringLiteral("mon")).toInt();
            day = m.captured(QStringLiteral("day")).toInt();
        } else if (p == 4) {
            const int a = m.captured(QStringLiteral("a")).toInt();
            const int b = m.captured(QStringLiteral("b")).toInt();
            mon = a > 12 ? b : a;
            day = a > 12 ? a : b;
        } else {
            const QString name = m.captured(QStringLiteral("month")).toLower().remove(QLatin1Char('.'));
            mon = monthNumbers().value(name.startsWith(QLatin1String("sept")) ? QStringLiteral("sept") : name.left(3));
            day = m.captured(QStringLiteral("day")).toInt();
        }
        const QDate date(year, mon, day);
        if (date.isValid())
            best = { date, int(m.capturedStart()), int(m.capturedEnd()) };
    }
    return best;
}

} // namespace

QString findZoneName(const QString &text)
{
    static const QRegularExpression zoneRe(kZonePattern);
    for (auto it = zoneRe.globalMatch(text); it.hasNext();) {
        const QString zone = it.next().captured(QStringLiteral("zone"));
        if (zoneOffset(zone, QDate()))
            return zone;
    }
    return {};
}

std::optional<int> zoneOffset(const QString &written, const QDate &date)
{
    const QString zone = written.trimmed();
    if (zone.isEmpty())
        return std::nullopt;
    const QString upper = zone.toUpper();
    if (fixedZones().contains(upper))
        return int(fixedZones().value(upper) * 3600);
    static const QRegularExpression numeric(QStringLiteral("^(?:UTC|GMT)?\\s?([+-])\\s?(\\d{1,2}):?(\\d{2})?$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = numeric.match(zone);
    if (m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        return (m.captured(1) == QLatin1String("-") ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    QByteArray iana = regionZones().value(upper);
    if (iana.isEmpty() && zone.contains(QLatin1Char('/')))
        iana = zone.toLatin1();
    if (!iana.isEmpty()) {
        const QTimeZone tz(iana);
        if (tz.isValid())
            return tz.offsetFromUtc(QDateTime(date.isValid() ? date : QDate(2000, 1, 1), QTime(12, 0), Qt::UTC));
    }
    return std::nullopt;
}

std::optional<LooseTime> findLooseTime(const QString &text, const QDate &contextDate, std::optional<int> contextOffset, const QString &contextZone)
{
    LooseTime t;
    const DateMatch date = findDate(text);
    // A time right after the date (or anywhere when there is no date).
    static const QRegularExpression timeRe(QStringLiteral("(?:^|[\\sT,@(]|\\bat\\s)") + kTimePattern + QStringLiteral("(?:\\s*\\(?") + kZonePattern + QStringLiteral(")?"),
                                           QRegularExpression::CaseInsensitiveOption);
    const int searchFrom = date.start >= 0 ? date.end : 0;
    QRegularExpressionMatch m;
    for (auto it = timeRe.globalMatch(text, searchFrom); it.hasNext();) {
        const QRegularExpressionMatch c = it.next();
        const bool hasMinute = c.capturedLength(QStringLiteral("minute")) > 0;
        const bool hasAmPm = c.capturedLength(QStringLiteral("ampm")) > 0;
        // "3 services" is not a time: a bare number needs a.m./p.m.
        if (!hasMinute && !hasAmPm)
            continue;
        // With a date, the time must follow it closely.
        if (date.start >= 0 && c.capturedStart() - date.end > 12)
            break;
        m = c;
        break;
    }
    // "At 9:37 AM PST on February 28, 2017": the time can come first.
    if (!m.hasMatch() && date.start > 0) {
        for (auto it = timeRe.globalMatch(text.left(date.start)); it.hasNext();) {
            const QRegularExpressionMatch c = it.next();
            if ((c.capturedLength(QStringLiteral("minute")) > 0 || c.capturedLength(QStringLiteral("ampm")) > 0) && date.start - c.capturedEnd() <= 8)
                m = c;
        }
    }
    if (m.hasMatch()) {
        int hour = m.captured(QStringLiteral("hour")).toInt();
        const int minute = m.captured(QStringLiteral("minute")).toInt();
        const int second = m.captured(QStringLiteral("second")).toInt();
        const QString ampm = m.captured(QStringLiteral("ampm")).toLower().remove(QLatin1Char('.')).remove(QLatin1Char(' '));
        if (ampm == QLatin1String("pm") && hour < 12)
            hour += 12;
        else if (ampm == QLatin1String("am") && hour == 12)
            hour = 0;
        const QTime time(hour, minute, second);
        if (time.isValid()) {
            t.time = time;
            t.zone = m.captured(QStringLiteral("zone"));
        } else {
            m = QRegularExpressionMatch();
        }
    }
    if (date.start < 0 && !t.time)
        return std::nullopt;
    t.date = date.start >= 0 ? date.date : contextDate;
    if (!t.zone.isEmpty())
        t.offsetSeconds = zoneOffset(t.zone, t.date);
    if (t.time && !t.offsetSeconds && (contextOffset || !contextZone.isEmpty())) {
        // A region named once for the whole file ("all times Pacific") has
        // the offset of each event's own day, summer or winter.
        const auto onTheDay = contextZone.isEmpty() ? std::nullopt : zoneOffset(contextZone, t.date);
        t.offsetSeconds = onTheDay ? onTheDay : contextOffset;
        t.zone = contextZone;
    }
    const int timeStart = m.hasMatch() ? int(m.capturedStart(QStringLiteral("hour"))) : -1;
    const int start = date.start >= 0 && (timeStart < 0 || date.start < timeStart) ? date.start : timeStart;
    const int end = std::max(m.hasMatch() ? int(m.capturedEnd()) : 0, date.end);
    t.matchStart = start;
    t.matchLength = std::max(0, end - start);
    return t;
}

QString LooseTime::iso() const
{
    if (!date.isValid())
        return {};
    // Without a zone the instant is unknown but the day is not.
    if (!time || !offsetSeconds)
        return date.toString(Qt::ISODate);
    const QDateTime dt(date, *time, QTimeZone(*offsetSeconds));
    QString text = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int off = *offsetSeconds;
    if (off == 0)
        return text + QLatin1Char('Z');
    return text + QStringLiteral("%1%2:%3").arg(off < 0 ? QLatin1Char('-') : QLatin1Char('+')).arg(std::abs(off) / 3600, 2, 10, QLatin1Char('0')).arg(std::abs(off) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString LooseTime::describe() const
{
    QString text = date.isValid() ? date.toString(Qt::ISODate) : QCoreApplication::translate("closeloop::LooseTime", "(no date)");
    if (time)
        text += QLatin1Char(' ') + time->toString(QStringLiteral("HH:mm"));
    if (time && !offsetSeconds)
        text += QCoreApplication::translate("closeloop::LooseTime", ", no time zone");
    else if (!zone.isEmpty())
        text += QLatin1Char(' ') + zone;
    return text;
}

} // namespace closeloop
