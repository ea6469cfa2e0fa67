#include "severityscale.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

const SeverityLevel kLevels[5] = {
    { 1, QT_TRANSLATE_NOOP("closeloop::Severity", "Critical"),
      QT_TRANSLATE_NOOP("closeloop::Severity", "Full failure for many or all customers, any data loss, or a security exposure.") },
    { 2, QT_TRANSLATE_NOOP("closeloop::Severity", "High"),
      QT_TRANSLATE_NOOP("closeloop::Severity", "Partial failure for many customers, or a critical function broken for some of them.") },
    { 3, QT_TRANSLATE_NOOP("closeloop::Severity", "Medium"),
      QT_TRANSLATE_NOOP("closeloop::Severity", "Reduced service or minor customer impact; a workaround existed.") },
    { 4, QT_TRANSLATE_NOOP("closeloop::Severity", "Low"),
      QT_TRANSLATE_NOOP("closeloop::Severity", "No customer impact yet: lost redundancy or capacity that needed urgent action.") },
    { 5, QT_TRANSLATE_NOOP("closeloop::Severity", "No impact"),
      QT_TRANSLATE_NOOP("closeloop::Severity", "A near miss or surprising behaviour worth learning from.") },
};

} // namespace

const SeverityLevel *severityLevels()
{
    return kLevels;
}

QString severityName(int level)
{
    if (level < 1 || level > 5)
        return QCoreApplication::translate("closeloop::Severity", "Sev %1").arg(level);
    return QCoreApplication::translate("closeloop::Severity", "Sev %1 · %2")
        .arg(level)
        .arg(QCoreApplication::translate("closeloop::Severity", kLevels[level - 1].name));
}

QString severityNameEnglish(int level)
{
    if (level < 1 || level > 5)
        return QStringLiteral("Sev %1").arg(level);
    return QStringLiteral("Sev %1 · %2").arg(level).arg(QString::fromUtf8(kLevels[level - 1].name));
}

QString severityDefinition(int level)
{
    if (level < 1 || level > 5)
        return {};
    return QCoreApplication::translate("closeloop::Severity", kLevels[level - 1].definition);
}

} // namespace closeloop
