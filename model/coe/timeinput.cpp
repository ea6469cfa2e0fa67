#include "timeinput.h"
#include "domain/translate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdlib>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::TimeInput", text);
}

const QString kExample = QStringLiteral("2026-03-04 09:12 +01:00");

} // namespace

QString formatOffset(int offsetMinutes)
{
    const QChar sign = offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int m = std::abs(offsetMinutes);
    return QStringLiteral("%1%2:%3").arg(sign).arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString formatUserInstant(const Instant &instant)
{
    const QDateTime local = instant.local();
    const QString format = local.time().second() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    return local.toString(format) + QLatin1Char(' ') + formatOffset(instant.offsetMinutes);
}

Result<Instant> parseUserInstant(const QString &input)
{
    QString text = input.trimmed();
    text.replace(QChar(0x2212), QLatin1Char('-')); // a typographic minus pasted from a document
    if (text.isEmpty())
        return Error { tr("Enter a time such as %1.").arg(kExample) };

    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{1,2})-(\\d{1,2})[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*"
        "(Z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return Error { tr("\"%1\" is not a time Closeloop can read. Use the form %2.").arg(input.trimmed().left(40), kExample) };

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return Error { tr("%1-%2-%3 is not a date in the calendar.").arg(m.captured(1), m.captured(2), m.captured(3)) };
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!time.isValid())
        return Error { tr("%1:%2 is not a time of day.").arg(m.captured(4), m.captured(5)) };

    const QString zone = m.captured(7).toUpper();
    if (zone.isEmpty())
        return Error { tr("Add the UTC offset of the place where the incident happened, e.g. %1 or \"Z\" for UTC. "
                          "Closeloop never guesses a time zone.").arg(kExample) };
    int offset = 0;
    if (zone != QLatin1String("Z") && zone != QLatin1String("UTC") && zone != QLatin1String("GMT")) {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        int hours = 0;
        int minutes = 0;
        if (digits.size() <= 2) {
            hours = digits.toInt();
        } else {
            hours = digits.left(digits.size() - 2).toInt();
            minutes = digits.right(2).toInt();
        }
        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
            return Error { tr("%1 is not a UTC offset: offsets run from -12:00 to +14:00.").arg(m.captured(7)) };
        offset = sign * (hours * 60 + minutes);
    }
    const QDateTime local(date, time, Qt::OffsetFromUTC, offset * 60);
    return Instant::fromUtc(local.toUTC(), offset);
}

} // namespace closeloop
