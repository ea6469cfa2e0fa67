#pragma once

#include "domain/actionitem.h"

#include <QString>
#include <QStringList>

namespace closeloop {

// How much an action item changes the system, after the hierarchy of
// controls: strong items remove or automate the hazard, medium ones detect
// it, weak ones ask people to behave differently.
enum class ActionStrength { Strong, Medium, Weak };
CLOSELOOP_ENUM_TABLE(ActionStrength,
    { ActionStrength::Strong, "strong", QT_TRANSLATE_NOOP("closeloop::Enum", "Strong") },
    { ActionStrength::Medium, "medium", QT_TRANSLATE_NOOP("closeloop::Enum", "Medium") },
    { ActionStrength::Weak, "weak", QT_TRANSLATE_NOOP("closeloop::Enum", "Weak") })

struct StrengthVerdict {
    ActionStrength strength = ActionStrength::Weak;
    QString reason; // names the word that decided, for the tooltip and reports
    QString word; // that word, empty when the type decided
};

// Reads the title (its first verb first), then the description. Word lists:
// templates/action-words.json.
StrengthVerdict classifyStrength(const QString &title, const QString &description, ActionType type);
inline StrengthVerdict classifyStrength(const ActionItem &item)
{
    return classifyStrength(item.title, item.description, item.type);
}
// The verdict alone, without the explanation: what the store keeps with
// every item (migration 9) and what lists show.
ActionStrength strengthOf(const QString &title, const QString &description, ActionType type);
inline ActionStrength strengthOf(const ActionItem &item)
{
    return strengthOf(item.title, item.description, item.type);
}

// An item must start with a verb and have a clear done state: "Investigate
// stuff" and "Improve monitoring" do not.
struct ActionabilityCheck {
    bool ok = true;
    QString message; // what is missing and how to fix it
};
ActionabilityCheck checkActionable(const QString &title);

// A link to the team's tracker is either a web address that opens
// (https://tracker.example.com/browse/OPS-123) or a key (OPS-123, #412).
// Returns what is wrong and how to fix it, or an empty string when fine.
QString checkTrackerRef(const QString &ref);

} // namespace closeloop
