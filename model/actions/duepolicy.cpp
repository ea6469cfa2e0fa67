#include "duepolicy.h"
#include "domain/translate.h"

#include "storage/settingsrepository.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::DueDatePolicy", text);
}

constexpr int kMaxDays = 3650;

} // namespace

QDate DueDatePolicy::dueFor(int priority, const QDate &from) const
{
    return from.addDays(days[std::clamp(priority, 0, 3)]);
}

QString DueDatePolicy::settingKey(int priority)
{
    return QStringLiteral("actions.due_days.p%1").arg(priority);
}

Result<DueDatePolicy> DueDatePolicy::fromSettings(const QHash<QString, QString> &settings)
{
    DueDatePolicy p;
    for (int priority = 0; priority < 4; ++priority) {
        const auto it = settings.constFind(settingKey(priority));
        if (it == settings.cend())
            continue;
        bool ok = false;
        const int d = it->toInt(&ok);
        if (!ok || d < 1 || d > kMaxDays)
            return Error { tr("The setting %1 is \"%2\"; it must be a number of days from 1 to %3. Set it again.")
                               .arg(settingKey(priority), *it)
                               .arg(kMaxDays) };
        p.days[priority] = d;
    }
    return p;
}

Result<DueDatePolicy> DueDatePolicy::load(Database &db)
{
    auto settings = SettingsRepository(db).all();
    if (!settings)
        return settings.error();
    return fromSettings(settings.value());
}

Status DueDatePolicy::save(Database &db, int priority, int days)
{
    if (priority < 0 || priority > 3)
        return Error { tr("There is no priority P%1: use P0 to P3.").arg(priority) };
    if (days < 1 || days > kMaxDays)
        return Error { tr("%1 days is not a due time: use 1 to %2 days.").arg(days).arg(kMaxDays) };
    return SettingsRepository(db).set({ { settingKey(priority), QString::number(days) } });
}

Status DueDatePolicy::saveAll(Database &db) const
{
    QHash<QString, QString> values;
    for (int p = 0; p < 4; ++p) {
        if (days[p] < 1 || days[p] > kMaxDays)
            return Error { tr("%1 days is not a due time for P%2: use 1 to %3 days.").arg(days[p]).arg(p).arg(kMaxDays) };
        values.insert(settingKey(p), QString::number(days[p]));
    }
    return SettingsRepository(db).set(values);
}

} // namespace closeloop
