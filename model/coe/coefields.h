#pragma once

#include "domain/coe.h"
#include "domain/enumtable.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace closeloop {

// The sections of the COE form, in reading order. The outline, the
// completeness report and the Markdown report all follow this order.
enum class CoeSection { Header, Summary, Timeline, Detection, Resolution, BlastRadius, Whys, ActionItems, Lessons };
CLOSELOOP_ENUM_TABLE(CoeSection,
    { CoeSection::Header, "header", QT_TRANSLATE_NOOP("closeloop::Enum", "Header") },
    { CoeSection::Summary, "summary", QT_TRANSLATE_NOOP("closeloop::Enum", "Summary and impact window") },
    { CoeSection::Timeline, "timeline", QT_TRANSLATE_NOOP("closeloop::Enum", "Timeline") },
    { CoeSection::Detection, "detection", QT_TRANSLATE_NOOP("closeloop::Enum", "Detection") },
    { CoeSection::Resolution, "resolution", QT_TRANSLATE_NOOP("closeloop::Enum", "Resolution") },
    { CoeSection::BlastRadius, "blast_radius", QT_TRANSLATE_NOOP("closeloop::Enum", "Blast radius") },
    { CoeSection::Whys, "whys", QT_TRANSLATE_NOOP("closeloop::Enum", "Five Whys") },
    { CoeSection::ActionItems, "action_items", QT_TRANSLATE_NOOP("closeloop::Enum", "Action items") },
    { CoeSection::Lessons, "lessons", QT_TRANSLATE_NOOP("closeloop::Enum", "Lessons learned") })

// Every editable value of a COE, named once. Undo commands, completeness
// findings ("click to go to the field"), drafts and widgets all refer to a
// field by this id, so adding a field means adding one row here.
enum class CoeField {
    Title, Service, Severity, Category, Trigger, Tags, Author, Reviewer,
    Summary, Impact, ImpactStart, Detected, Engaged, Mitigated, Resolved, Timeline,
    DetectionMethod, DetectionSource, HalveTtdAnswer, HalveTtdNoActionReason,
    Resolution, RunbookUrl, NoRunbook,
    CustomersAffected, CustomersTotal, FailedRequestShare, BlastScopes, DataLost, DataLossDetail,
    ImpactDuration, ImpactSeries, HalveBlastAnswer, HalveBlastNoActionReason,
    Whys, ActionItems, Lessons, PreventingAxiom, NoAxiomExists, AxiomProposal, Notes,
};

struct CoeFieldInfo {
    CoeField field;
    const char *key;   // stable: used as widget object name and in drafts
    const char *label; // translatable
    CoeSection section;
    const char *help;  // translatable: what goes here, shown as the field's tooltip
};

const QList<CoeFieldInfo> &coeFields();
const CoeFieldInfo &coeFieldInfo(CoeField field);
std::optional<CoeField> coeFieldFromKey(const QString &key);
QString coeFieldLabel(CoeField field);
QString coeFieldKey(CoeField field);
QString coeFieldHelp(CoeField field);

// Reading and writing one field as a QVariant. Optional values are an
// invalid QVariant when not given; lists hold QList<T>. ActionItems is not
// part of the Coe value and is handled by CoeDocument.
QVariant coeFieldValue(const Coe &coe, CoeField field);
void setCoeFieldValue(Coe &coe, CoeField field, const QVariant &value);

// The five named moments of the impact window, in their required order.
const QList<CoeField> &impactWindowFields();

} // namespace closeloop

Q_DECLARE_METATYPE(closeloop::Instant)
Q_DECLARE_METATYPE(closeloop::TimelineEvent)
Q_DECLARE_METATYPE(closeloop::ImpactSample)
Q_DECLARE_METATYPE(closeloop::BlastScope)
Q_DECLARE_METATYPE(closeloop::WhyNode)
