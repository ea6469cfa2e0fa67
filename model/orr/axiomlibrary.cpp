#include "axiomlibrary.h"
#include "domain/translate.h"

#include "calculation.h"
#include "storage/axiomrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::AxiomLibrary", text);
}

const QStringList kSetFields { QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("description"),
                               QStringLiteral("axioms") };
const QStringList kAxiomFields { QStringLiteral("key"), QStringLiteral("area"), QStringLiteral("statement"), QStringLiteral("rationale"),
                                 QStringLiteral("guidance"), QStringLiteral("evidence"), QStringLiteral("launch_blocking"),
                                 QStringLiteral("tiers"), QStringLiteral("max_evidence_age_days"), QStringLiteral("check"),
                                 QStringLiteral("calculator"), QStringLiteral("calculator_inputs") };

std::optional<QString> unknownField(const QJsonObject &o, const QStringList &known)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return it.key();
    return std::nullopt;
}

// The fields that make two versions different for a reviewer.
bool sameContent(const Axiom &a, const Axiom &b)
{
    return a.area == b.area && a.statement == b.statement && a.rationale == b.rationale && a.guidance == b.guidance
        && a.evidenceExpected == b.evidenceExpected && a.launchBlocking == b.launchBlocking && a.applicability == b.applicability
        && a.maxEvidenceAgeDays == b.maxEvidenceAgeDays && a.checkKind == b.checkKind && a.calculator == b.calculator
        && a.calculatorInputs == b.calculatorInputs;
}

} // namespace

Result<AxiomLibrary> parseAxiomLibrary(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error { tr("%1 is not an axiom library: it is not valid JSON (%2 at character %3).")
                           .arg(origin, error.errorString()).arg(error.offset) };
    const QJsonObject root = doc.object();
    if (const auto field = unknownField(root, kSetFields))
        return Error { tr("%1 has a field this version does not know: “%2”. Known fields: %3.").arg(origin, *field, kSetFields.join(QStringLiteral(", "))) };
    AxiomLibrary lib;
    lib.set.key = root.value(QStringLiteral("key")).toString().trimmed();
    lib.set.name = root.value(QStringLiteral("name")).toString().trimmed();
    lib.set.version = root.value(QStringLiteral("version")).toString(QStringLiteral("1"));
    lib.set.description = root.value(QStringLiteral("description")).toString();
    if (lib.set.key.isEmpty() || lib.set.name.isEmpty())
        return Error { tr("%1 needs a \"key\" and a \"name\" for the axiom set.").arg(origin) };
    if (!root.value(QStringLiteral("axioms")).isArray())
        return Error { tr("%1 has no \"axioms\" list.").arg(origin) };

    QSet<QString> keys;
    const QJsonArray items = root.value(QStringLiteral("axioms")).toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString where = tr("%1, axiom %2").arg(origin).arg(i + 1);
        if (const auto field = unknownField(o, kAxiomFields))
            return Error { tr("%1 has a field this version does not know: “%2”. Known fields: %3.").arg(where, *field, kAxiomFields.join(QStringLiteral(", "))) };
        Axiom a;
        a.key = o.value(QStringLiteral("key")).toString().trimmed();
        a.area = o.value(QStringLiteral("area")).toString().trimmed();
        a.statement = o.value(QStringLiteral("statement")).toString().trimmed();
        if (a.key.isEmpty() || a.statement.isEmpty())
            return Error { tr("%1 needs a \"key\" and a \"statement\".").arg(where) };
        if (keys.contains(a.key))
            return Error { tr("%1 repeats the key %2: each axiom needs its own.").arg(where, a.key) };
        keys.insert(a.key);
        a.rationale = o.value(QStringLiteral("rationale")).toString();
        a.guidance = o.value(QStringLiteral("guidance")).toString();
        a.evidenceExpected = o.value(QStringLiteral("evidence")).toString();
        a.launchBlocking = o.value(QStringLiteral("launch_blocking")).toBool();
        a.applicability = o.value(QStringLiteral("tiers")).toString();
        if (o.contains(QStringLiteral("max_evidence_age_days"))) {
            const int days = o.value(QStringLiteral("max_evidence_age_days")).toInt(-1);
            if (days <= 0)
                return Error { tr("%1 (%2): max_evidence_age_days must be a whole number of days above zero.").arg(where, a.key) };
            a.maxEvidenceAgeDays = days;
        }
        const QString check = o.value(QStringLiteral("check")).toString(QStringLiteral("yes_no"));
        const auto kind = enumFromKey<CheckKind>(check);
        if (!kind)
            return Error { tr("%1 (%2): check “%3” is unknown; use yes_no, calculator, recency or coverage.").arg(where, a.key, check) };
        a.checkKind = *kind;
        a.calculator = o.value(QStringLiteral("calculator")).toString();
        if (a.checkKind == CheckKind::Calculator && !calculatorInfo(a.calculator))
            return Error { tr("%1 (%2): there is no calculator “%3”.").arg(where, a.key, a.calculator) };
        a.calculatorInputs = o.value(QStringLiteral("calculator_inputs")).toString();
        lib.axioms.append(a);
    }
    if (lib.axioms.isEmpty())
        return Error { tr("%1 holds no axioms.").arg(origin) };
    return lib;
}

Result<AxiomLibrary> builtInAxiomLibrary()
{
    QFile file(QStringLiteral(":/closeloop/templates/orr/axioms.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The built-in axiom library is missing from this build.") };
    return parseAxiomLibrary(file.readAll(), QStringLiteral("templates/orr/axioms.json"));
}

QByteArray axiomLibraryToJson(const AxiomLibrary &library)
{
    QJsonArray axioms;
    for (const Axiom &a : library.axioms) {
        QJsonObject o { { QStringLiteral("key"), a.key }, { QStringLiteral("area"), a.area }, { QStringLiteral("statement"), a.statement },
                        { QStringLiteral("rationale"), a.rationale }, { QStringLiteral("guidance"), a.guidance },
                        { QStringLiteral("evidence"), a.evidenceExpected }, { QStringLiteral("launch_blocking"), a.launchBlocking },
                        { QStringLiteral("check"), enumKey(a.checkKind) } };
        if (!a.applicability.isEmpty())
            o.insert(QStringLiteral("tiers"), a.applicability);
        if (a.maxEvidenceAgeDays)
            o.insert(QStringLiteral("max_evidence_age_days"), *a.maxEvidenceAgeDays);
        if (!a.calculator.isEmpty())
            o.insert(QStringLiteral("calculator"), a.calculator);
        if (!a.calculatorInputs.isEmpty())
            o.insert(QStringLiteral("calculator_inputs"), a.calculatorInputs);
        axioms.append(o);
    }
    const QJsonObject root { { QStringLiteral("key"), library.set.key }, { QStringLiteral("name"), library.set.name },
                             { QStringLiteral("version"), library.set.version }, { QStringLiteral("description"), library.set.description },
                             { QStringLiteral("axioms"), axioms } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<std::optional<AxiomLibrary>> installedAxiomLibrary(Database &db, const QString &keyOrName)
{
    AxiomRepository repo(db);
    auto sets = repo.listSets();
    if (!sets)
        return sets.error();
    const QList<AxiomSet> all = sets.value();
    for (const AxiomSet &s : all) {
        if (s.key != keyOrName && s.name.compare(keyOrName, Qt::CaseInsensitive) != 0)
            continue;
        auto axioms = repo.current(s.id);
        if (!axioms)
            return axioms.error();
        return std::optional<AxiomLibrary>(AxiomLibrary { s, axioms.value() });
    }
    return std::optional<AxiomLibrary>();
}

Result<LibraryUpdate> installAxiomLibrary(Database &db, const AxiomLibrary &library)
{
    AxiomRepository repo(db);
    Transaction tx(db);
    LibraryUpdate update;
    auto sets = repo.listSets();
    if (!sets)
        return sets.error();
    for (const AxiomSet &s : sets.value())
        if (s.key == library.set.key)
            update.setId = s.id;
    if (update.setId == 0) {
        AxiomSet set = library.set;
        auto id = repo.createSet(set);
        if (!id)
            return id.error();
        update.setId = id.value();
    }
    auto current = repo.current(update.setId);
    if (!current)
        return current.error();
    QHash<QString, Axiom> installed;
    for (const Axiom &a : current.value())
        installed.insert(a.key, a);
    for (Axiom a : library.axioms) {
        a.setId = update.setId;
        const auto it = installed.constFind(a.key);
        if (it == installed.constEnd()) {
            if (auto id = repo.add(a); !id)
                return Error { tr("%1: %2").arg(a.key, id.errorMessage()) };
            ++update.added;
        } else if (sameContent(*it, a)) {
            ++update.unchanged;
        } else {
            a.id = it->id;
            a.revision = it->revision;
            a.version = it->version;
            a.motivatingCoeIds = it->motivatingCoeIds;
            if (auto id = repo.revise(a); !id)
                return Error { tr("%1: %2").arg(a.key, id.errorMessage()) };
            ++update.revised;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return update;
}

Result<LibraryUpdate> installBuiltInAxiomLibrary(Database &db)
{
    auto library = builtInAxiomLibrary();
    if (!library)
        return library.error();
    return installAxiomLibrary(db, library.value());
}

} // namespace closeloop
