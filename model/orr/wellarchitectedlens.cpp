#include "wellarchitectedlens.h"
#include "domain/translate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::WellArchitectedLens", text);
}

const QString kSchemaVersion = QStringLiteral("2021-11-01");
constexpr int kTitleLimit = 128;

// The fields the 2021-11-01 format defines at each level. Anything else is
// refused: a misspelt field would otherwise vanish on import.
const QStringList kLensFields { QStringLiteral("schemaVersion"), QStringLiteral("name"), QStringLiteral("description"),
                                QStringLiteral("pillars") };
const QStringList kPillarFields { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("questions") };
const QStringList kQuestionFields { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
                                    QStringLiteral("helpfulResource"), QStringLiteral("improvementPlan"),
                                    QStringLiteral("choices"), QStringLiteral("riskRules") };
const QStringList kChoiceFields { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("helpfulResource"),
                                  QStringLiteral("improvementPlan"), QStringLiteral("additionalResources") };
const QStringList kResourceFields { QStringLiteral("displayText"), QStringLiteral("url") };
const QStringList kRiskRuleFields { QStringLiteral("condition"), QStringLiteral("risk") };
const QStringList kAdditionalFields { QStringLiteral("type"), QStringLiteral("content") };
const QStringList kRisks { QStringLiteral("NO_RISK"), QStringLiteral("MEDIUM_RISK"), QStringLiteral("HIGH_RISK") };

Status checkFields(const QJsonValue &value, const QStringList &known, const QString &where)
{
    if (!value.isObject())
        return Error { tr("%1 must be a JSON object.").arg(where) };
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return Error { tr("%1 has a field the lens format (%2) does not define: “%3”. Known fields: %4.")
                               .arg(where, kSchemaVersion, it.key(), known.join(QStringLiteral(", "))) };
    return {};
}

QJsonObject resource(const QString &text)
{
    return { { QStringLiteral("displayText"), text } };
}

QString resourceText(const QJsonObject &o, const QString &field)
{
    return o.value(field).toObject().value(QStringLiteral("displayText")).toString();
}

QString pillarId(const QString &area)
{
    QString id = area.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return id.isEmpty() ? QStringLiteral("general") : id;
}

QString shortTitle(const Axiom &a)
{
    const QString title = QStringLiteral("%1 %2").arg(a.key, a.statement);
    return title.size() <= kTitleLimit ? title : title.left(kTitleLimit - 1).trimmed() + QChar(0x2026);
}

Status checkResources(const QJsonObject &o, const QString &where)
{
    for (const QString &field : { QStringLiteral("helpfulResource"), QStringLiteral("improvementPlan") })
        if (o.contains(field))
            if (auto s = checkFields(o.value(field), kResourceFields, tr("%1, %2").arg(where, field)); !s)
                return s;
    return {};
}

Result<Axiom> readQuestion(const QJsonValue &value, const QString &area, const QString &where)
{
    if (auto s = checkFields(value, kQuestionFields, where); !s)
        return s.error();
    const QJsonObject q = value.toObject();
    if (auto s = checkResources(q, where); !s)
        return s.error();
    Axiom a;
    a.key = q.value(QStringLiteral("id")).toString().trimmed();
    const QString title = q.value(QStringLiteral("title")).toString().trimmed();
    if (a.key.isEmpty() || title.isEmpty())
        return Error { tr("%1 needs an \"id\" and a \"title\".").arg(where) };
    a.area = area;
    const QString description = q.value(QStringLiteral("description")).toString().trimmed();
    a.statement = description.isEmpty() ? title : description;
    a.rationale = resourceText(q, QStringLiteral("helpfulResource"));

    const QJsonArray choices = q.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return Error { tr("%1 (%2) has no choices: a question needs at least one.").arg(where, a.key) };
    for (int i = 0; i < choices.size(); ++i) {
        const QString at = tr("%1 (%2), choice %3").arg(where, a.key).arg(i + 1);
        if (auto s = checkFields(choices.at(i), kChoiceFields, at); !s)
            return s.error();
        const QJsonObject c = choices.at(i).toObject();
        if (auto s = checkResources(c, at); !s)
            return s.error();
        if (c.value(QStringLiteral("id")).toString().isEmpty())
            return Error { tr("%1 needs an \"id\".").arg(at) };
        const QJsonArray additional = c.value(QStringLiteral("additionalResources")).toArray();
        for (int k = 0; k < additional.size(); ++k)
            if (auto s = checkFields(additional.at(k), kAdditionalFields, tr("%1, additional resource %2").arg(at).arg(k + 1)); !s)
                return s.error();
    }
    const QJsonObject first = choices.first().toObject();
    a.evidenceExpected = resourceText(first, QStringLiteral("helpfulResource"));
    a.guidance = resourceText(first, QStringLiteral("improvementPlan"));

    const QJsonArray rules = q.value(QStringLiteral("riskRules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QString at = tr("%1 (%2), risk rule %3").arg(where, a.key).arg(i + 1);
        if (auto s = checkFields(rules.at(i), kRiskRuleFields, at); !s)
            return s.error();
        const QJsonObject r = rules.at(i).toObject();
        const QString risk = r.value(QStringLiteral("risk")).toString();
        if (!kRisks.contains(risk))
            return Error { tr("%1: risk “%2” is unknown; use %3.").arg(at, risk, kRisks.join(QStringLiteral(", "))) };
        // The default rule says how bad an unmet question is.
        if (r.value(QStringLiteral("condition")).toString() == QLatin1String("default"))
            a.launchBlocking = risk == QLatin1String("HIGH_RISK");
    }
    return a;
}

} // namespace

QString setKeyFromName(const QString &name)
{
    QString key = name.toLower();
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (key.startsWith(QLatin1Char('-')))
        key.remove(0, 1);
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("imported-lens") : key;
}

QByteArray axiomLibraryToLens(const AxiomLibrary &library)
{
    QList<QString> areas;
    QHash<QString, QJsonArray> questions;
    for (const Axiom &a : library.axioms) {
        if (!areas.contains(a.area))
            areas.append(a.area);
        const QString met = a.key + QStringLiteral("_met");
        const QJsonObject metChoice { { QStringLiteral("id"), met },
                                      { QStringLiteral("title"), tr("Met, with evidence") },
                                      { QStringLiteral("helpfulResource"), resource(a.evidenceExpected) },
                                      { QStringLiteral("improvementPlan"), resource(a.guidance) } };
        const QJsonObject notMetChoice { { QStringLiteral("id"), a.key + QStringLiteral("_not_met") },
                                         { QStringLiteral("title"), tr("Not met") },
                                         { QStringLiteral("helpfulResource"), resource(a.evidenceExpected) },
                                         { QStringLiteral("improvementPlan"), resource(a.guidance) } };
        const QJsonArray rules { QJsonObject { { QStringLiteral("condition"), met }, { QStringLiteral("risk"), QStringLiteral("NO_RISK") } },
                                 QJsonObject { { QStringLiteral("condition"), QStringLiteral("default") },
                                               { QStringLiteral("risk"), a.launchBlocking ? QStringLiteral("HIGH_RISK") : QStringLiteral("MEDIUM_RISK") } } };
        questions[a.area].append(QJsonObject { { QStringLiteral("id"), a.key },
                                               { QStringLiteral("title"), shortTitle(a) },
                                               { QStringLiteral("description"), a.statement },
                                               { QStringLiteral("helpfulResource"), resource(a.rationale) },
                                               { QStringLiteral("choices"), QJsonArray { metChoice, notMetChoice } },
                                               { QStringLiteral("riskRules"), rules } });
    }
    QJsonArray pillars;
    for (const QString &area : std::as_const(areas))
        pillars.append(QJsonObject { { QStringLiteral("id"), pillarId(area) },
                                     { QStringLiteral("name"), area },
                                     { QStringLiteral("questions"), questions.value(area) } });
    const QJsonObject lens { { QStringLiteral("schemaVersion"), kSchemaVersion },
                             { QStringLiteral("name"), library.set.name },
                             { QStringLiteral("description"), library.set.description },
                             { QStringLiteral("pillars"), pillars } };
    return QJsonDocument(lens).toJson(QJsonDocument::Indented);
}

Result<AxiomLibrary> axiomLibraryFromLens(const QByteArray &json, const QString &origin, const AxiomLibrary *existing)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error { tr("%1 is not a Well-Architected lens: it is not valid JSON (%2 at character %3).")
                           .arg(origin, error.errorString()).arg(error.offset) };
    if (auto s = checkFields(doc.object(), kLensFields, origin); !s)
        return s.error();
    const QJsonObject root = doc.object();
    const QString version = root.value(QStringLiteral("schemaVersion")).toString();
    if (version != kSchemaVersion)
        return Error { tr("%1 has schemaVersion “%2”; Closeloop reads lenses of schema version %3.").arg(origin, version, kSchemaVersion) };

    AxiomLibrary lib;
    lib.set.name = root.value(QStringLiteral("name")).toString().trimmed();
    lib.set.description = root.value(QStringLiteral("description")).toString();
    if (lib.set.name.isEmpty())
        return Error { tr("%1 needs a lens \"name\".").arg(origin) };
    lib.set.key = existing ? existing->set.key : setKeyFromName(lib.set.name);
    lib.set.version = existing ? existing->set.version : QStringLiteral("1");

    QHash<QString, Axiom> before;
    if (existing)
        for (const Axiom &a : existing->axioms)
            before.insert(a.key, a);
    QSet<QString> keys;
    const QJsonArray pillars = root.value(QStringLiteral("pillars")).toArray();
    for (int p = 0; p < pillars.size(); ++p) {
        const QString where = tr("%1, pillar %2").arg(origin).arg(p + 1);
        if (auto s = checkFields(pillars.at(p), kPillarFields, where); !s)
            return s.error();
        const QJsonObject pillar = pillars.at(p).toObject();
        const QString area = pillar.value(QStringLiteral("name")).toString().trimmed();
        const QJsonArray list = pillar.value(QStringLiteral("questions")).toArray();
        for (int i = 0; i < list.size(); ++i) {
            auto axiom = readQuestion(list.at(i), area, tr("%1, question %2").arg(where).arg(i + 1));
            if (!axiom)
                return axiom.error();
            Axiom a = std::move(axiom).value();
            if (keys.contains(a.key))
                return Error { tr("%1 repeats the question id %2: each question needs its own.").arg(where, a.key) };
            keys.insert(a.key);
            if (const auto it = before.constFind(a.key); it != before.constEnd()) {
                a.applicability = it->applicability;
                a.maxEvidenceAgeDays = it->maxEvidenceAgeDays;
                a.checkKind = it->checkKind;
                a.calculator = it->calculator;
                a.calculatorInputs = it->calculatorInputs;
            }
            lib.axioms.append(a);
        }
    }
    if (lib.axioms.isEmpty())
        return Error { tr("%1 holds no questions.").arg(origin) };
    return lib;
}

Result<LensImport> importLens(Database &db, const QByteArray &json, const QString &origin)
{
    auto probe = axiomLibraryFromLens(json, origin);
    if (!probe)
        return probe.error();
    auto existing = installedAxiomLibrary(db, probe.value().set.name);
    if (!existing)
        return existing.error();
    auto library = existing.value() ? axiomLibraryFromLens(json, origin, &*existing.value()) : probe;
    if (!library)
        return library.error();
    auto update = installAxiomLibrary(db, library.value());
    if (!update)
        return update.error();
    return LensImport { library.value(), update.value() };
}

} // namespace closeloop
