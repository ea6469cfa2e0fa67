#include "coemerge.h"
#include "domain/translate.h"

#include "coechoices.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

QVariant valueOf(const CoeSnapshot &s, CoeField field)
{
    if (field == CoeField::ActionItems)
        return QVariant::fromValue(s.actionItems);
    return coeFieldValue(s.coe, field);
}

QString tr(const char *text)
{
    return translateIn("closeloop::CoeMerge", text);
}

} // namespace

QList<FieldConflict> differingFields(const CoeSnapshot &base, const CoeSnapshot &mine, const CoeSnapshot &theirs)
{
    QList<FieldConflict> out;
    for (const CoeFieldInfo &info : coeFields()) {
        const QVariant b = valueOf(base, info.field);
        const QVariant m = valueOf(mine, info.field);
        const QVariant t = valueOf(theirs, info.field);
        if (m == t)
            continue;
        out.append({ info.field, b, m, t, m != b, t != b });
    }
    return out;
}

QSet<CoeField> defaultTakeMine(const QList<FieldConflict> &conflicts)
{
    QSet<CoeField> fields;
    for (const FieldConflict &c : conflicts)
        if (c.changedByMe)
            fields.insert(c.field);
    return fields;
}

CoeSnapshot mergeVersions(const CoeSnapshot &mine, const CoeSnapshot &theirs, const QSet<CoeField> &takeMine)
{
    CoeSnapshot merged = theirs;
    for (CoeField field : takeMine) {
        if (field == CoeField::ActionItems) {
            // My list, with their revisions where the item still exists, so
            // that saving it is not refused as a conflict again.
            merged.actionItems = mine.actionItems;
            for (ActionItem &item : merged.actionItems)
                for (const ActionItem &stored : theirs.actionItems)
                    if (stored.id == item.id)
                        item.revision = stored.revision;
        } else {
            setCoeFieldValue(merged.coe, field, coeFieldValue(mine.coe, field));
        }
    }
    return merged;
}

QString fieldValueText(CoeField field, const QVariant &value, const CoeChoices &choices)
{
    if (!value.isValid() || value.isNull() || (value.metaType() == QMetaType::fromType<QString>() && value.toString().isEmpty()))
        return tr("(empty)");
    switch (field) {
    case CoeField::Service:
        return choices.serviceName(value.toLongLong());
    case CoeField::Author:
    case CoeField::Reviewer:
        return choices.personName(value.toLongLong());
    case CoeField::PreventingAxiom:
        return choices.axiomName(value.toLongLong());
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Instant>())
        return value.value<Instant>().toIsoString();
    if (value.metaType() == QMetaType::fromType<QList<TimelineEvent>>()) {
        QStringList lines;
        for (const TimelineEvent &e : value.value<QList<TimelineEvent>>())
            lines << e.at.toIsoString() + QStringLiteral("  ") + e.text;
        return lines.join(QLatin1Char('\n'));
    }
    if (value.metaType() == QMetaType::fromType<QList<WhyNode>>()) {
        QStringList lines;
        for (const WhyNode &w : value.value<QList<WhyNode>>())
            lines << QStringLiteral("• ") + w.answer;
        return lines.join(QLatin1Char('\n'));
    }
    if (value.metaType() == QMetaType::fromType<QList<BlastScope>>()) {
        QStringList names;
        for (const BlastScope &b : value.value<QList<BlastScope>>())
            names << b.name;
        return names.join(QStringLiteral(", "));
    }
    if (value.metaType() == QMetaType::fromType<QList<ImpactSample>>())
        return tr("impact samples: %1").arg(value.value<QList<ImpactSample>>().size());
    if (value.metaType() == QMetaType::fromType<QList<ActionItem>>()) {
        QStringList lines;
        for (const ActionItem &a : value.value<QList<ActionItem>>())
            lines << QStringLiteral("• %1 (%2)").arg(a.title, enumLabel(a.status));
        return lines.join(QLatin1Char('\n'));
    }
    if (value.metaType() == QMetaType::fromType<QStringList>())
        return value.toStringList().join(QStringLiteral(", "));
    if (value.metaType() == QMetaType::fromType<bool>())
        return value.toBool() ? tr("yes") : tr("no");
    return value.toString();
}

} // namespace closeloop
