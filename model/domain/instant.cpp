#include "instant.h"

#include <QTimeZone>

namespace closeloop {

Instant Instant::fromLocal(const QDateTime &withOffset)
{
    return { withOffset.toUTC(), withOffset.offsetFromUtc() / 60 };
}

Instant Instant::fromUtc(const QDateTime &utc, int offsetMinutes)
{
    return { utc.toUTC(), offsetMinutes };
}

QDateTime Instant::local() const
{
    return utc.toOffsetFromUtc(offsetMinutes * 60);
}

QString Instant::toIsoString() const
{
    return local().toString(Qt::ISODate);
}

std::optional<Instant> Instant::parseIso(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    // A time without an explicit offset is ambiguous; refuse it rather than guess.
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return fromLocal(dt);
}

QString toStorageText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(Qt::ISODate);
}

QDateTime fromStorageText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.toUTC();
}

} // namespace closeloop
