#include "coemarkdown.h"
#include "domain/translate.h"

#include "reportparts.h"
#include "reporttemplates.h"
#include "coe/coedocument.h"
#include "coe/coefields.h"
#include "coe/coemetrics.h"
#include "coe/severityscale.h"
#include "coe/timeinput.h"
#include "storage/actionitemrepository.h"
#include "storage/coerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <memory>

namespace closeloop {

namespace {

using kainjow::mustache::data;

// Set for the duration of one render; see maxFieldChars in the header.
thread_local int t_maxFieldChars = 0;

QString clipped(const QString &text)
{
    if (t_maxFieldChars <= 0 || text.size() <= t_maxFieldChars)
        return text;
    return text.left(t_maxFieldChars)
        + en(" … (%1 more characters not shown in the preview)")
              .arg(text.size() - t_maxFieldChars);
}

// Our own words, already Markdown.
std::string s(const QString &text)
{
    return text.toStdString();
}

// Typed text on one line, escaped.
std::string line(const QString &text)
{
    return markdownInline(clipped(text)).toStdString();
}

std::string cell(const QString &text)
{
    return markdownCell(clipped(text));
}

std::string block(const QString &text)
{
    return text.trimmed().isEmpty() ? en("*Not written yet.*").toStdString() : markdownText(clipped(text.trimmed())).toStdString();
}

QString percent(double share)
{
    return QLocale::c().toString(share * 100.0, 'f', share * 100.0 < 1 ? 3 : 2) + QLatin1Char('%');
}

void addWhys(const Coe &coe, const OptionalId &parent, int depth, data &list)
{
    QList<WhyNode> children;
    for (const WhyNode &w : coe.whys)
        if (w.parentId == parent)
            children << w;
    std::sort(children.begin(), children.end(), [](const WhyNode &a, const WhyNode &b) { return a.position < b.position; });
    for (const WhyNode &w : children) {
        const bool leaf = std::none_of(coe.whys.cbegin(), coe.whys.cend(), [&w](const WhyNode &o) { return o.parentId == w.id; });
        data item;
        item.set("indent", std::string(std::size_t(depth) * 2, ' '));
        item.set("answer", w.answer.simplified().isEmpty() ? s(en("(no answer yet)")) : line(w.answer));
        item.set("rootCause", leaf);
        list.push_back(item);
        addWhys(coe, w.id, depth + 1, list);
    }
}

} // namespace

QString coeToMarkdown(const Coe &c, const QList<ActionItem> &items, const CoeChoices &names, int maxFieldChars)
{
    t_maxFieldChars = maxFieldChars;
    data d;
    d.set("title", c.title.simplified().isEmpty() ? s(en("Untitled COE")) : line(c.title));
    d.set("service", cell(names.serviceName(c.serviceId)));
    d.set("severity", cell(severityNameEnglish(c.severity)));
    d.set("status", cell(enumLabelEnglish(c.status)));
    d.set("author", cell(names.personName(c.authorId)));
    d.set("reviewer", cell(names.personName(c.reviewerId)));
    d.set("category", cell(c.category));
    d.set("tags", cell(c.tags.join(QStringLiteral(", "))));
    d.set("summary", block(c.summary));
    d.set("impact", block(c.impact));

    data window { data::type::list };
    const std::optional<Instant> *moments[] = { &c.impactStart, &c.detected, &c.engaged, &c.mitigated, &c.resolved };
    for (int i = 0; i < 5; ++i) {
        data row;
        row.set("label", s(QString::fromUtf8(coeFieldInfo(impactWindowFields().at(i)).label)));
        row.set("time", cell(*moments[i] ? formatUserInstant(**moments[i]) : QString()));
        row.set("since", cell(i == 0 ? QString() : formatDuration(secondsBetween(c.impactStart, *moments[i]))));
        window.push_back(row);
    }
    d.set("window", window);
    const CoeDurations durations = computeDurations(c);
    d.set("ttd", s(formatDuration(durations.ttdSeconds)));
    d.set("ttm", s(formatDuration(durations.ttmSeconds)));
    d.set("ttr", s(formatDuration(durations.ttrSeconds)));
    d.set("ttdHalf", s(durations.ttdSeconds ? formatDuration(*durations.ttdSeconds / 2) : QStringLiteral("–")));

    data timeline { data::type::list };
    QList<TimelineEvent> events = c.timeline;
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent &a, const TimelineEvent &b) { return a.at.utc < b.at.utc; });
    for (const TimelineEvent &e : events) {
        data row;
        row.set("time", cell(formatUserInstant(e.at)));
        row.set("kind", cell(enumLabelEnglish(e.kind)));
        row.set("text", cell(e.text));
        if (!e.evidenceUrl.trimmed().isEmpty())
            row.set("evidence", s(markdownLinkTarget(e.evidenceUrl)));
        timeline.push_back(row);
    }
    d.set("hasTimeline", !events.isEmpty());
    d.set("timeline", timeline);

    d.set("detectionMethod", s(enumLabelEnglish(c.detectionMethod).toLower()));
    if (!c.detectionSource.trimmed().isEmpty())
        d.set("detectionSource", line(c.detectionSource));
    d.set("halveTtdAnswer", block(c.halveTtdAnswer));
    if (!c.halveTtdNoActionReason.trimmed().isEmpty())
        d.set("halveTtdNoActionReason", line(c.halveTtdNoActionReason));
    d.set("resolution", block(c.resolution));
    d.set("runbook", c.noRunbook ? s(en("no runbook existed."))
                                 : (c.runbookUrl.trimmed().isEmpty() ? s(en("not given.")) : line(c.runbookUrl)));

    QString customers = c.customersAffected ? QLocale::c().toString(*c.customersAffected) : QString();
    if (c.customersAffected && c.customersTotal && *c.customersTotal > 0)
        customers += en(" of %1 (%2)").arg(QLocale::c().toString(*c.customersTotal), percent(double(*c.customersAffected) / double(*c.customersTotal)));
    d.set("customers", cell(customers));
    d.set("failedShare", cell(c.failedRequestShare ? percent(*c.failedRequestShare) : QString()));
    const AvailabilityResult availability = computeAvailability(c.impactSeries);
    d.set("availability", cell(availability.availability ? percent(*availability.availability) : QString()));
    QStringList scopes;
    for (const BlastScope &b : c.blastScopes)
        scopes << QStringLiteral("%1 %2").arg(enumLabelEnglish(b.kind), b.name);
    d.set("scopes", cell(scopes.join(QStringLiteral(", "))));
    d.set("dataLost", cell(c.dataLost ? en("Yes: %1").arg(c.dataLossDetail) : en("No")));
    d.set("duration", cell(c.impactDurationMinutes ? formatDuration(*c.impactDurationMinutes * 60)
                                                   : formatDuration(secondsBetween(c.impactStart, c.resolved))));
    d.set("halveBlastAnswer", block(c.halveBlastAnswer));
    if (!c.halveBlastNoActionReason.trimmed().isEmpty())
        d.set("halveBlastNoActionReason", line(c.halveBlastNoActionReason));

    data whys { data::type::list };
    addWhys(c, std::nullopt, 0, whys);
    d.set("hasWhys", !c.whys.isEmpty());
    d.set("whys", whys);

    data actions { data::type::list };
    for (const ActionItem &a : items) {
        data row;
        row.set("check", a.isOpen() ? std::string("☐") : std::string("☑"));
        row.set("title", cell(a.title));
        row.set("owner", cell(names.personName(a.ownerId)));
        row.set("due", cell(a.due ? a.due->toString(Qt::ISODate) : QString()));
        row.set("priority", std::to_string(a.priority));
        row.set("type", cell(enumLabelEnglish(a.type)));
        row.set("status", cell(enumLabelEnglish(a.status)));
        actions.push_back(row);
    }
    d.set("hasActions", !items.isEmpty());
    d.set("actions", actions);

    d.set("lessons", block(c.lessons));
    if (!c.notes.trimmed().isEmpty())
        d.set("notes", block(c.notes));
    QString axiom = en("not answered yet.");
    if (c.preventingAxiomId)
        axiom = en("yes, %1.").arg(markdownInline(names.axiomName(c.preventingAxiomId)));
    else if (c.noAxiomExists)
        axiom = en("no axiom exists. Proposed: %1").arg(markdownInline(clipped(c.axiomProposal)));
    d.set("axiom", s(axiom));

    t_maxFieldChars = 0;
    return ReportTemplates::render(QStringLiteral("coe.md.mustache"), d);
}

Result<StoredReport> storedCoeReport(Database &db, Id coeId, ReportAudience audience)
{
    auto names = CoeChoices::load(db);
    if (!names)
        return names.error();
    return storedCoeReport(db, coeId, audience, names.value());
}

Result<StoredReport> storedCoeReport(Database &db, Id coeId, ReportAudience audience, const CoeChoices &names)
{
    if (audience == ReportAudience::Team)
        return storedCoeReport(db, coeId, names, nullptr);
    const Blameless blameless(names);
    return storedCoeReport(db, coeId, names, &blameless);
}

Result<StoredReport> storedCoeReport(Database &db, Id coeId, const CoeChoices &names, const Blameless *blameless)
{
    auto doc = CoeDocument::load(db, coeId);
    if (!doc)
        return doc.error();
    const Coe &coe = doc.value()->coe();
    return StoredReport { QStringLiteral("COE-%1 %2").arg(coe.id).arg(coe.title.simplified()),
                          coeReport(coe, doc.value()->actionItems(), names, blameless), coe.id };
}

namespace {

struct CoeBatch {
    QList<Coe> coes;
    QHash<Id, QList<ActionItem>> items;
};

Result<CoeBatch> loadBatch(Database &db, const QList<Id> &ids)
{
    auto coes = CoeRepository(db).loadMany(ids);
    if (!coes)
        return coes.error();
    auto items = ActionItemRepository(db).forCoes(ids);
    if (!items)
        return items.error();
    if (coes->size() != ids.size())
        for (Id id : ids)
            if (std::none_of(coes->cbegin(), coes->cend(), [id](const Coe &c) { return c.id == id; }))
                return Error { QCoreApplication::translate("closeloop::CoeMarkdown", "There is no COE with id %1.").arg(id),
                               Error::Kind::NotFound };
    return CoeBatch { std::move(coes).value(), std::move(items).value() };
}

} // namespace

namespace {

// One batch being rendered by the thread pool.
class Rendering {
public:
    Rendering(CoeBatch batch, const CoeChoices &names, const Blameless *blameless, const ReportStep &alongside)
        : m_batch(std::move(batch)), m_reports(m_batch.coes.size()), m_steps(m_batch.coes.size())
    {
        const qsizetype size = m_batch.coes.size();
        const qsizetype workers = std::clamp<qsizetype>(QThread::idealThreadCount(), 1, 8);
        const qsizetype share = std::max<qsizetype>(1, (size + workers - 1) / workers);
        for (qsizetype first = 0; first < size; first += share, ++m_tasks)
            QThreadPool::globalInstance()->start([this, first, share, size, &names, blameless, &alongside] {
                for (qsizetype i = first; i < std::min(first + share, size); ++i) {
                    const Coe &coe = m_batch.coes.at(i);
                    m_reports[i] = StoredReport { QStringLiteral("COE-%1 %2").arg(coe.id).arg(coe.title.simplified()),
                                                  coeReport(coe, m_batch.items.value(coe.id), names, blameless), coe.id };
                    if (alongside)
                        m_steps[i] = alongside(m_reports.at(i));
                }
                m_done.release();
            });
    }
    Rendering(const Rendering &) = delete;
    Rendering &operator=(const Rendering &) = delete;
    // Never leaves work running on the batch it owns.
    ~Rendering() { m_done.acquire(m_tasks); }

    const QList<StoredReport> &reports()
    {
        m_done.acquire(m_tasks);
        m_tasks = 0;
        return m_reports;
    }
    // What the step alongside gave for the report at `i`, once reports() returned.
    const Status &step(qsizetype i) const { return m_steps.at(i); }

private:
    CoeBatch m_batch;
    QList<StoredReport> m_reports;
    QList<Status> m_steps;
    QSemaphore m_done;
    int m_tasks = 0;
};

} // namespace

Status forEachCoeReport(Database &db, const QList<Id> &ids, const CoeChoices &names, const Blameless *blameless,
                        const ReportStep &take, const ReportStep &alongside)
{
    // A pipeline: while the thread pool renders one batch (rendering is
    // pure and most of the work), this thread hands on the batch before it
    // and reads the next from the database (its connection belongs to this
    // thread). Reports are handed on in order.
    constexpr qsizetype Batch = 256;
    std::unique_ptr<Rendering> rendering;
    for (qsizetype from = 0; from < ids.size() || rendering; from += Batch) {
        std::unique_ptr<Rendering> previous = std::move(rendering);
        if (from < ids.size()) {
            auto batch = loadBatch(db, ids.mid(from, Batch));
            if (!batch)
                return batch.error();
            rendering = std::make_unique<Rendering>(std::move(batch).value(), names, blameless, alongside);
        }
        if (!previous)
            continue;
        const QList<StoredReport> &reports = previous->reports();
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (const Status &s = previous->step(i); !s)
                return s;
            if (take)
                if (auto s = take(reports.at(i)); !s)
                    return s;
        }
    }
    return {};
}

} // namespace closeloop
