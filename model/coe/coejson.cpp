#include "coejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace closeloop {

namespace {

constexpr int kFormat = 1;

QJsonValue idValue(const OptionalId &id) { return id ? QJsonValue(qint64(*id)) : QJsonValue(); }
OptionalId toId(const QJsonValue &v) { return v.isDouble() ? OptionalId(v.toInteger()) : std::nullopt; }

QJsonValue instantValue(const std::optional<Instant> &i)
{
    if (!i)
        return {};
    return QJsonObject { { QStringLiteral("utc"), toStorageText(i->utc) }, { QStringLiteral("offset"), i->offsetMinutes } };
}

std::optional<Instant> toInstant(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    return Instant::fromUtc(fromStorageText(o.value(QStringLiteral("utc")).toString()), o.value(QStringLiteral("offset")).toInt());
}

template <typename T>
QJsonValue numberValue(const std::optional<T> &n) { return n ? QJsonValue(double(*n)) : QJsonValue(); }

QJsonValue dateValue(const std::optional<QDate> &d) { return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(); }
std::optional<QDate> toDate(const QJsonValue &v)
{
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

QJsonValue time(const QDateTime &t) { return toStorageText(t); }
QDateTime toTime(const QJsonValue &v) { return fromStorageText(v.toString()); }

QJsonObject actionToJson(const ActionItem &a)
{
    return {
        { QStringLiteral("id"), qint64(a.id) }, { QStringLiteral("revision"), a.revision },
        { QStringLiteral("title"), a.title }, { QStringLiteral("description"), a.description },
        { QStringLiteral("owner"), idValue(a.ownerId) }, { QStringLiteral("due"), dateValue(a.due) },
        { QStringLiteral("priority"), a.priority }, { QStringLiteral("status"), enumKey(a.status) },
        { QStringLiteral("statusReason"), a.statusReason }, { QStringLiteral("type"), enumKey(a.type) },
        { QStringLiteral("tracker"), a.trackerRef }, { QStringLiteral("doneOn"), dateValue(a.doneOn) },
        { QStringLiteral("evidence"), a.closureEvidence }, { QStringLiteral("addresses"), enumKey(a.addresses) },
        { QStringLiteral("why"), idValue(a.whyId) }, { QStringLiteral("sourceId"), qint64(a.sourceId) },
        { QStringLiteral("createdAt"), time(a.createdAt) }, { QStringLiteral("updatedAt"), time(a.updatedAt) },
    };
}

ActionItem actionFromJson(const QJsonObject &o)
{
    ActionItem a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.revision = o.value(QStringLiteral("revision")).toInt();
    a.title = o.value(QStringLiteral("title")).toString();
    a.description = o.value(QStringLiteral("description")).toString();
    a.ownerId = toId(o.value(QStringLiteral("owner")));
    a.due = toDate(o.value(QStringLiteral("due")));
    a.priority = o.value(QStringLiteral("priority")).toInt(2);
    a.status = enumFromKey<ActionStatus>(o.value(QStringLiteral("status")).toString()).value_or(ActionStatus::Open);
    a.statusReason = o.value(QStringLiteral("statusReason")).toString();
    a.type = enumFromKey<ActionType>(o.value(QStringLiteral("type")).toString()).value_or(ActionType::Prevent);
    a.trackerRef = o.value(QStringLiteral("tracker")).toString();
    a.doneOn = toDate(o.value(QStringLiteral("doneOn")));
    a.closureEvidence = o.value(QStringLiteral("evidence")).toString();
    a.addresses = enumFromKey<ActionTarget>(o.value(QStringLiteral("addresses")).toString()).value_or(ActionTarget::General);
    a.whyId = toId(o.value(QStringLiteral("why")));
    a.source = ActionSource::Coe;
    a.sourceId = o.value(QStringLiteral("sourceId")).toInteger();
    a.createdAt = toTime(o.value(QStringLiteral("createdAt")));
    a.updatedAt = toTime(o.value(QStringLiteral("updatedAt")));
    return a;
}

QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

QByteArray coeSnapshotToJson(const CoeSnapshot &s)
{
    const Coe &c = s.coe;
    QJsonArray timeline;
    for (const TimelineEvent &e : c.timeline)
        timeline.append(QJsonObject { { QStringLiteral("id"), qint64(e.id) }, { QStringLiteral("at"), instantValue(e.at) },
                                      { QStringLiteral("kind"), enumKey(e.kind) }, { QStringLiteral("text"), e.text },
                                      { QStringLiteral("evidence"), e.evidenceUrl } });
    QJsonArray whys;
    for (const WhyNode &w : c.whys)
        whys.append(QJsonObject { { QStringLiteral("id"), qint64(w.id) }, { QStringLiteral("parent"), idValue(w.parentId) },
                                  { QStringLiteral("position"), w.position }, { QStringLiteral("question"), w.question },
                                  { QStringLiteral("answer"), w.answer }, { QStringLiteral("overrideReason"), w.overrideReason },
                                  { QStringLiteral("overrideBy"), idValue(w.overrideBy) } });
    QJsonArray samples;
    for (const ImpactSample &x : c.impactSeries)
        samples.append(QJsonObject { { QStringLiteral("at"), time(x.at) }, { QStringLiteral("expected"), x.expected },
                                     { QStringLiteral("successful"), x.successful } });
    QJsonArray scopes;
    for (const BlastScope &b : c.blastScopes)
        scopes.append(QJsonObject { { QStringLiteral("kind"), enumKey(b.kind) }, { QStringLiteral("name"), b.name } });
    QJsonArray checks;
    for (const ReviewCheck &r : c.reviewChecks)
        checks.append(QJsonObject { { QStringLiteral("question"), r.question }, { QStringLiteral("passed"), r.passed },
                                    { QStringLiteral("note"), r.note }, { QStringLiteral("reviewer"), idValue(r.reviewerId) },
                                    { QStringLiteral("answeredAt"), time(r.answeredAt) } });
    QJsonArray actions;
    for (const ActionItem &a : s.actionItems)
        actions.append(actionToJson(a));

    const QJsonObject o {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("id"), qint64(c.id) }, { QStringLiteral("revision"), c.revision },
        { QStringLiteral("title"), c.title }, { QStringLiteral("service"), idValue(c.serviceId) },
        { QStringLiteral("severity"), c.severity }, { QStringLiteral("category"), c.category },
        { QStringLiteral("trigger"), c.trigger }, { QStringLiteral("tags"), QJsonArray::fromStringList(c.tags) },
        { QStringLiteral("status"), enumKey(c.status) }, { QStringLiteral("author"), idValue(c.authorId) },
        { QStringLiteral("reviewer"), idValue(c.reviewerId) }, { QStringLiteral("summary"), c.summary },
        { QStringLiteral("impact"), c.impact }, { QStringLiteral("impactStart"), instantValue(c.impactStart) },
        { QStringLiteral("detected"), instantValue(c.detected) }, { QStringLiteral("engaged"), instantValue(c.engaged) },
        { QStringLiteral("mitigated"), instantValue(c.mitigated) }, { QStringLiteral("resolved"), instantValue(c.resolved) },
        { QStringLiteral("detectionMethod"), enumKey(c.detectionMethod) },
        { QStringLiteral("detectionSource"), c.detectionSource }, { QStringLiteral("halveTtdAnswer"), c.halveTtdAnswer },
        { QStringLiteral("halveTtdNoActionReason"), c.halveTtdNoActionReason },
        { QStringLiteral("resolution"), c.resolution }, { QStringLiteral("runbookUrl"), c.runbookUrl },
        { QStringLiteral("noRunbook"), c.noRunbook },
        { QStringLiteral("customersAffected"), numberValue(c.customersAffected) },
        { QStringLiteral("customersTotal"), numberValue(c.customersTotal) },
        { QStringLiteral("failedRequestShare"), numberValue(c.failedRequestShare) },
        { QStringLiteral("blastScopes"), scopes }, { QStringLiteral("dataLost"), c.dataLost },
        { QStringLiteral("dataLossDetail"), c.dataLossDetail },
        { QStringLiteral("impactDurationMinutes"), numberValue(c.impactDurationMinutes) },
        { QStringLiteral("halveBlastAnswer"), c.halveBlastAnswer },
        { QStringLiteral("halveBlastNoActionReason"), c.halveBlastNoActionReason },
        { QStringLiteral("lessons"), c.lessons }, { QStringLiteral("notes"), c.notes }, { QStringLiteral("preventingAxiom"), idValue(c.preventingAxiomId) },
        { QStringLiteral("noAxiomExists"), c.noAxiomExists }, { QStringLiteral("axiomProposal"), c.axiomProposal },
        { QStringLiteral("createdAt"), time(c.createdAt) }, { QStringLiteral("updatedAt"), time(c.updatedAt) },
        { QStringLiteral("submittedAt"), time(c.submittedAt) }, { QStringLiteral("approvedAt"), time(c.approvedAt) },
        { QStringLiteral("closedAt"), time(c.closedAt) },
        { QStringLiteral("timeline"), timeline }, { QStringLiteral("whys"), whys },
        { QStringLiteral("impactSeries"), samples }, { QStringLiteral("reviewChecks"), checks },
        { QStringLiteral("actionItems"), actions },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<CoeSnapshot> coeSnapshotFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error { QCoreApplication::translate("closeloop::CoeJson", "The saved draft is not readable (%1).").arg(parseError.errorString()) };
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        return Error { QCoreApplication::translate("closeloop::CoeJson", "The saved draft was written by another version of Closeloop.") };
    auto v = [&o](const char *key) { return o.value(QLatin1String(key)); };

    CoeSnapshot s;
    Coe &c = s.coe;
    c.id = v("id").toInteger();
    c.revision = v("revision").toInt();
    c.title = v("title").toString();
    c.serviceId = toId(v("service"));
    c.severity = v("severity").toInt(3);
    c.category = v("category").toString();
    c.trigger = v("trigger").toString();
    c.tags = toStrings(v("tags"));
    c.status = enumFromKey<CoeStatus>(v("status").toString()).value_or(CoeStatus::Draft);
    c.authorId = toId(v("author"));
    c.reviewerId = toId(v("reviewer"));
    c.summary = v("summary").toString();
    c.impact = v("impact").toString();
    c.impactStart = toInstant(v("impactStart"));
    c.detected = toInstant(v("detected"));
    c.engaged = toInstant(v("engaged"));
    c.mitigated = toInstant(v("mitigated"));
    c.resolved = toInstant(v("resolved"));
    c.detectionMethod = enumFromKey<DetectionMethod>(v("detectionMethod").toString()).value_or(DetectionMethod::Unknown);
    c.detectionSource = v("detectionSource").toString();
    c.halveTtdAnswer = v("halveTtdAnswer").toString();
    c.halveTtdNoActionReason = v("halveTtdNoActionReason").toString();
    c.resolution = v("resolution").toString();
    c.runbookUrl = v("runbookUrl").toString();
    c.noRunbook = v("noRunbook").toBool();
    if (v("customersAffected").isDouble())
        c.customersAffected = v("customersAffected").toInteger();
    if (v("customersTotal").isDouble())
        c.customersTotal = v("customersTotal").toInteger();
    if (v("failedRequestShare").isDouble())
        c.failedRequestShare = v("failedRequestShare").toDouble();
    for (const QJsonValue &b : v("blastScopes").toArray())
        c.blastScopes.append({ enumFromKey<BlastScopeKind>(b[QLatin1String("kind")].toString()).value_or(BlastScopeKind::Region),
                               b[QLatin1String("name")].toString() });
    c.dataLost = v("dataLost").toBool();
    c.dataLossDetail = v("dataLossDetail").toString();
    if (v("impactDurationMinutes").isDouble())
        c.impactDurationMinutes = v("impactDurationMinutes").toInteger();
    c.halveBlastAnswer = v("halveBlastAnswer").toString();
    c.halveBlastNoActionReason = v("halveBlastNoActionReason").toString();
    c.lessons = v("lessons").toString();
    c.notes = v("notes").toString();
    c.preventingAxiomId = toId(v("preventingAxiom"));
    c.noAxiomExists = v("noAxiomExists").toBool();
    c.axiomProposal = v("axiomProposal").toString();
    c.createdAt = toTime(v("createdAt"));
    c.updatedAt = toTime(v("updatedAt"));
    c.submittedAt = toTime(v("submittedAt"));
    c.approvedAt = toTime(v("approvedAt"));
    c.closedAt = toTime(v("closedAt"));
    for (const QJsonValue &e : v("timeline").toArray())
        c.timeline.append({ e[QLatin1String("id")].toInteger(), toInstant(e[QLatin1String("at")]).value_or(Instant {}),
                            enumFromKey<TimelineKind>(e[QLatin1String("kind")].toString()).value_or(TimelineKind::Event),
                            e[QLatin1String("text")].toString(), e[QLatin1String("evidence")].toString() });
    for (const QJsonValue &w : v("whys").toArray())
        c.whys.append({ w[QLatin1String("id")].toInteger(), toId(w[QLatin1String("parent")]), w[QLatin1String("position")].toInt(),
                        w[QLatin1String("question")].toString(), w[QLatin1String("answer")].toString(),
                        w[QLatin1String("overrideReason")].toString(), toId(w[QLatin1String("overrideBy")]) });
    for (const QJsonValue &x : v("impactSeries").toArray())
        c.impactSeries.append({ toTime(x[QLatin1String("at")]), x[QLatin1String("expected")].toDouble(),
                                x[QLatin1String("successful")].toDouble() });
    for (const QJsonValue &r : v("reviewChecks").toArray())
        c.reviewChecks.append({ r[QLatin1String("question")].toString(), r[QLatin1String("passed")].toBool(),
                                r[QLatin1String("note")].toString(), toId(r[QLatin1String("reviewer")]),
                                toTime(r[QLatin1String("answeredAt")]) });
    for (const QJsonValue &a : v("actionItems").toArray())
        s.actionItems.append(actionFromJson(a.toObject()));
    return s;
}

} // namespace closeloop
