#include "postmortem.h"
#include "domain/translate.h"

#include "markdown/markdowntree.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <mutex>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::PostmortemImport", text);
}

using Kind = MarkdownBlock::Kind;
using WordMap = QList<QPair<QString, QStringList>>;

struct Vocabulary {
    WordMap sections;
    WordMap fields;
    WordMap detection;
    WordMap timeline;
};

WordMap readMap(const QJsonObject &object)
{
    WordMap map;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList words;
        for (const QJsonValue &v : it.value().toArray())
            words << v.toString();
        map.append({ it.key(), words });
    }
    return map;
}

const Vocabulary &vocabulary()
{
    static const Vocabulary v = [] {
        QFile file(QStringLiteral(":/closeloop/templates/import/sections.json"));
        file.open(QIODevice::ReadOnly);
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        return Vocabulary { readMap(root.value(QStringLiteral("sections")).toObject()), readMap(root.value(QStringLiteral("fields")).toObject()),
                            readMap(root.value(QStringLiteral("detection_words")).toObject()), readMap(root.value(QStringLiteral("timeline_words")).toObject()) };
    }();
    return v;
}

// "2. Root Cause(s):" -> "root cause(s)" -> compared without the numbering and punctuation.
QString normalised(const QString &heading)
{
    static const QRegularExpression numbering(QStringLiteral("^\\s*(?:\\d+(?:\\.\\d+)*[.)]?|[ivx]+[.)])\\s+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression noise(QStringLiteral("[^\\p{L}\\p{N}/;&' -]+"));
    QString h = heading.toLower();
    h.remove(numbering);
    h.replace(noise, QStringLiteral(" "));
    return h.simplified();
}

QString match(const WordMap &map, const QString &text, bool prefix)
{
    const QString n = normalised(text);
    if (n.isEmpty())
        return {};
    for (const auto &[key, words] : map)
        for (const QString &w : words)
            if (n == w)
                return key;
    if (prefix)
        for (const auto &[key, words] : map)
            for (const QString &w : words)
                if (w.size() >= 4 && (n.startsWith(w + QLatin1Char(' ')) || n.startsWith(w + QLatin1Char('('))))
                    return key;
    return {};
}

// Where a word list first occurs in `text` (whole words), or -1.
int firstOccurrence(const QString &text, const QStringList &words)
{
    // One alternation per word list, compiled once: imports run this for
    // every timeline line of every file.
    static std::mutex mutex;
    static QHash<QString, QRegularExpression> compiled;
    const QString key = words.join(QLatin1Char('\n'));
    QRegularExpression re;
    {
        std::lock_guard lock(mutex);
        auto it = compiled.find(key);
        if (it == compiled.end()) {
            QStringList escaped;
            for (const QString &w : words)
                escaped << QRegularExpression::escape(w);
            it = compiled.insert(key, QRegularExpression(QStringLiteral("\\b(?:") + escaped.join(QLatin1Char('|')) + QStringLiteral(")\\b"),
                                                         QRegularExpression::CaseInsensitiveOption));
        }
        re = it.value();
    }
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? int(m.capturedStart()) : -1;
}

QString classify(const WordMap &map, const QString &text)
{
    QString key;
    int at = -1;
    for (const auto &[k, words] : map) {
        const int pos = firstOccurrence(text, words);
        if (pos >= 0 && (at < 0 || pos < at)) {
            at = pos;
            key = k;
        }
    }
    return key;
}

// Text of blocks as a person would read it: paragraphs, list items as "- ".
QString textOf(const QList<MarkdownBlock> &blocks)
{
    QStringList parts;
    for (const MarkdownBlock &b : blocks) {
        if (b.kind == Kind::List) {
            QStringList items;
            for (const MarkdownBlock &item : b.children)
                items << QStringLiteral("- ") + item.plainText().replace(QLatin1Char('\n'), QLatin1Char(' '));
            parts << items.join(QLatin1Char('\n'));
        } else if (b.kind == Kind::Table) {
            QStringList rows;
            for (const MarkdownBlock &r : b.children)
                rows << r.plainText();
            parts << rows.join(QLatin1Char('\n'));
        } else if (b.kind == Kind::Heading) {
            parts << b.text;
        } else {
            const QString t = b.plainText();
            if (!t.isEmpty())
                parts << t;
        }
    }
    return parts.join(QStringLiteral("\n\n")).trimmed();
}

struct Section {
    QString heading;
    int level = 0;
    QString key;  // a section of sections.json, "field:NAME" for a heading that names a field, or empty
    QList<MarkdownBlock> blocks;
};

// Every line of text in blocks that reads "Label: value".
QList<QPair<QString, QString>> labelledLines(const QList<MarkdownBlock> &blocks)
{
    static const QRegularExpression line(QStringLiteral("^\\s*([^:|\\n]{1,40}?)\\s*[:：]\\s+(.+?)\\s*$"));
    QList<QPair<QString, QString>> found;
    for (const MarkdownBlock &b : blocks) {
        if (b.kind == Kind::Table) {
            // A two-column table of labels and values.
            for (const MarkdownBlock &r : b.children)
                if (r.children.size() == 2)
                    found.append({ r.children.at(0).text, r.children.at(1).text });
            continue;
        }
        if (b.kind == Kind::List || b.kind == Kind::Item || b.kind == Kind::Quote) {
            found += labelledLines(b.children);
            continue;
        }
        if (b.kind != Kind::Paragraph)
            continue;
        for (const QString &l : b.text.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = line.match(l);
            if (m.hasMatch())
                found.append({ m.captured(1), m.captured(2) });
        }
    }
    return found;
}

class Reader {
public:
    Reader(const QString &markdown, const QString &fileName)
    {
        m_pm.file = fileName;
        m_blocks = parseMarkdownBlocks(withoutFrontMatter(markdown));
    }

    ImportedPostmortem read()
    {
        splitSections();
        readFields();
        findZone();
        for (const Section &s : std::as_const(m_sections))
            readSection(s);
        deriveTimes();
        if (m_pm.title.isEmpty())
            m_pm.title = QFileInfo(m_pm.file).completeBaseName();
        if (m_unzoned > 0)
            m_pm.warnings << QCoreApplication::translate("closeloop::PostmortemImport", "Times without a time zone: %n. They are left unset rather than taken as UTC; their dates are kept.", nullptr, m_unzoned);
        return m_pm;
    }

private:
    // Static site generators put "---\ntitle: ...\n---" first; cmark would
    // read it as a rule and a heading. Its "key: value" lines are fields.
    QString withoutFrontMatter(const QString &markdown)
    {
        static const QRegularExpression frontMatter(QStringLiteral("\\A\\x{FEFF}?---[ \\t]*\\r?\\n(.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)"),
                                                    QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = frontMatter.match(markdown);
        if (!m.hasMatch())
            return markdown;
        static const QRegularExpression line(QStringLiteral("^\\s*([\\w -]{1,40}?)\\s*:\\s+[\"']?(.*?)[\"']?\\s*$"));
        for (const QString &l : m.captured(1).split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch f = line.match(l);
            if (f.hasMatch())
                m_frontMatter.append({ f.captured(1).replace(QLatin1Char('_'), QLatin1Char(' ')), f.captured(2) });
        }
        // Keep the line count so that messages still name the right lines.
        return QString(m.captured(0).count(QLatin1Char('\n')), QLatin1Char('\n')) + markdown.mid(m.capturedEnd());
    }

    void splitSections()
    {
        Section current { QString(), 0, QStringLiteral("preamble"), {} };
        bool titled = false;
        for (MarkdownBlock b : std::as_const(m_blocks)) {
            // Free-form files write a section's name as a line of its own.
            if (b.kind == Kind::Paragraph && !b.text.contains(QLatin1Char('\n')) && b.text.size() <= 60 && !b.text.trimmed().endsWith(QLatin1Char('.'))
                && !match(vocabulary().sections, b.text, false).isEmpty()) {
                b.kind = Kind::Heading;
                b.level = 2;
                b.text = b.text.simplified();
            }
            if (b.kind == Kind::Heading) {
                const QString key = match(vocabulary().sections, b.text, true);
                const QString field = match(vocabulary().fields, b.text, false);
                // The first top-level heading is the title, even when it starts like a section ("Summary of ...").
                if (!titled && (b.level == 1 || (key.isEmpty() && m_sections.isEmpty() && current.blocks.isEmpty()))) {
                    m_pm.title = b.text;
                    titled = true;
                    continue;
                }
                // A heading below a known section that names no section of its own belongs to it
                // (a timeline's day or hour headings, an action item's title).
                if (key.isEmpty() && field.isEmpty() && !current.key.isEmpty() && current.key != QLatin1String("preamble") && b.level > current.level) {
                    current.blocks << b;
                    continue;
                }
                m_sections << current;
                current = Section { b.text, b.level, key.isEmpty() && !field.isEmpty() ? QStringLiteral("field:") + field : key, {} };
                continue;
            }
            current.blocks << b;
        }
        m_sections << current;
        // Free-form: no heading at all, and the first line reads as a title.
        if (!titled && !m_sections.isEmpty() && !m_sections.first().blocks.isEmpty()) {
            MarkdownBlock &first = m_sections.first().blocks.first();
            const QString line = first.text.section(QLatin1Char('\n'), 0, 0).trimmed();
            const bool labelled = !match(vocabulary().fields, line.section(QLatin1Char(':'), 0, 0), false).isEmpty();
            if (first.kind == Kind::Paragraph && !line.isEmpty() && line.size() <= 120 && !line.endsWith(QLatin1Char('.')) && !labelled) {
                m_pm.title = line;
                first.text = first.text.section(QLatin1Char('\n'), 1);
                if (first.text.trimmed().isEmpty())
                    m_sections.first().blocks.removeFirst();
            }
        }
    }

    void readFields()
    {
        // Labelled lines anywhere outside the timeline and action items say what the file knows.
        // The first value given for a field counts: front matter, then the file from the top.
        auto take = [this](const QList<QPair<QString, QString>> &labelled) {
            for (const auto &[label, value] : labelled) {
                const QString field = match(vocabulary().fields, label, false);
                if (!field.isEmpty() && !m_fields.contains(field))
                    m_fields.insert(field, value);
            }
        };
        take(m_frontMatter);
        for (const Section &s : std::as_const(m_sections))
            if (s.key != QLatin1String("timeline") && s.key != QLatin1String("action_items"))
                take(labelledLines(s.blocks));
        if (m_pm.title.isEmpty())
            m_pm.title = m_fields.value(QStringLiteral("title"));
        if (const auto date = findLooseTime(m_fields.value(QStringLiteral("date"))))
            m_contextDate = date->date;
        else if (const auto inTitle = findLooseTime(m_pm.title); inTitle && inTitle->date.isValid())
            m_contextDate = inTitle->date;
        m_fileDate = m_contextDate;
        m_pm.severity = m_fields.value(QStringLiteral("severity"));
        for (const QString &s : m_fields.value(QStringLiteral("services")).split(QRegularExpression(QStringLiteral("\\s*(?:,|;|/|\\band\\b)\\s*")), Qt::SkipEmptyParts))
            addService(s);
    }

    void addService(const QString &name)
    {
        QString n = name.trimmed();
        n.remove(QRegularExpression(QStringLiteral("\\s*\\(.*\\)$")));
        if (!n.isEmpty() && !m_pm.services.contains(n, Qt::CaseInsensitive))
            m_pm.services << n;
    }

    void findZone()
    {
        // "All times are in PST", "Time zone: UTC", a timeline table's "Time (UTC)" column.
        QString zone = m_fields.value(QStringLiteral("zone"));
        if (zone.isEmpty()) {
            // The zone is named, in its own spelling, shortly after the phrase.
            static const QRegularExpression said(QStringLiteral("(?:all times|times are|times in|timestamps are|time zone|timezone|zeitzone|alle zeiten|zeiten in)([^.\\n]{0,30})"),
                                                 QRegularExpression::CaseInsensitiveOption);
            const QString all = textOf(m_blocks);
            for (auto it = said.globalMatch(all); it.hasNext() && zone.isEmpty();)
                zone = findZoneName(it.next().captured(1));
        }
        const auto offset = zoneOffset(zone.trimmed(), m_contextDate);
        if (offset) {
            m_zone = zone.trimmed();
            m_offset = offset;
        }
    }

    std::optional<LooseTime> timeIn(const QString &text, bool countUnzoned = true)
    {
        auto t = findLooseTime(text, m_contextDate, m_offset, m_zone);
        if (t && t->date.isValid() && !t->time)
            m_contextDate = t->date;
        else if (t && t->date.isValid())
            m_contextDate = t->date;
        if (t && t->time && !t->offsetSeconds && countUnzoned)
            ++m_unzoned;
        return t;
    }

    void readSection(const Section &s)
    {
        const QString text = textOf(s.blocks);
        const QString &key = s.key;
        if (key == QLatin1String("preamble")) {
            // What is not a labelled line is the summary when the file has no summary section.
            QList<MarkdownBlock> rest;
            for (const MarkdownBlock &b : s.blocks)
                if (!(b.kind == Kind::Paragraph && labelledLines({ b }).size() == b.text.split(QLatin1Char('\n')).size()) && b.kind != Kind::Table)
                    rest << b;
            const QString t = textOf(rest);
            if (!t.isEmpty())
                m_preamble = t;
            return;
        }
        if (key == QLatin1String("summary"))
            append(m_pm.summary, text);
        else if (key == QLatin1String("impact"))
            append(m_pm.impact, text);
        else if (key == QLatin1String("resolution"))
            append(m_pm.resolution, text);
        else if (key == QLatin1String("trigger"))
            append(m_pm.trigger, text);
        else if (key == QLatin1String("lessons"))
            append(m_pm.lessons, text);
        else if (key == QLatin1String("detection"))
            append(m_pm.detection, text);
        else if (key == QLatin1String("timeline"))
            readTimeline(s.blocks);
        else if (key == QLatin1String("action_items"))
            readActions(s.blocks);
        else if (key == QLatin1String("whys"))
            readWhys(s.blocks, true);
        else if (key == QLatin1String("root_cause")) {
            append(m_pm.rootCause, text);
            readWhys(s.blocks, false);
        } else if (key == QLatin1String("field:services")) {
            for (const MarkdownBlock &b : s.blocks)
                if (b.kind == Kind::List)
                    for (const MarkdownBlock &item : b.children)
                        addService(item.plainText());
        } else if (key.startsWith(QLatin1String("field:")) && !text.isEmpty()) {
            m_fields.insert(key.mid(6), text);
            if (key == QLatin1String("field:detection_method"))
                append(m_pm.detection, text);
            else
                m_pm.unmapped.append({ s.heading, text });
        } else if (!text.isEmpty() || !s.heading.isEmpty()) {
            m_pm.unmapped.append({ s.heading.isEmpty() ? tr("(before the first heading)") : s.heading, text });
        }
    }

    static void append(QString &to, const QString &text)
    {
        if (text.isEmpty())
            return;
        to = to.isEmpty() ? text : to + QStringLiteral("\n\n") + text;
    }

    void addEvent(const QString &line)
    {
        const QString trimmed = line.trimmed();
        // "All times UTC." says how to read the times; it is not an event.
        static const QRegularExpression zoneNote(QStringLiteral("^(?:all )?(?:times|timestamps)\\b.{0,30}$"), QRegularExpression::CaseInsensitiveOption);
        if (trimmed.isEmpty() || zoneNote.match(trimmed).hasMatch())
            return;
        auto at = timeIn(trimmed);
        if (at && at->matchStart <= 3 && at->time) {
            QString rest = trimmed.mid(at->matchStart + at->matchLength);
            rest.remove(QRegularExpression(QStringLiteral("^[\\s:–—|,)\\]-]+")));
            m_pm.timeline.append({ at, rest.trimmed() });
        } else if (at && at->matchStart <= 3 && !at->time && trimmed.size() - at->matchLength < 4) {
            return; // a day on its own line: the date of what follows
        } else if (!m_pm.timeline.isEmpty() && !at) {
            // A line without a time continues the event before it.
            QString &text = m_pm.timeline.last().text;
            text = text.isEmpty() ? trimmed : text + QLatin1Char(' ') + trimmed;
        } else {
            m_pm.timeline.append({ at && at->matchStart <= 3 ? at : std::nullopt, trimmed });
        }
    }

    void readTimeline(const QList<MarkdownBlock> &blocks)
    {
        for (const MarkdownBlock &b : blocks) {
            switch (b.kind) {
            case Kind::Heading:
                addEvent(b.text);
                break;
            case Kind::Paragraph:
            case Kind::Code:
                for (const QString &line : b.text.split(QLatin1Char('\n')))
                    addEvent(line);
                break;
            case Kind::List:
                for (const MarkdownBlock &item : b.children) {
                    const QString t = item.plainText();
                    const qsizetype before = m_pm.timeline.size();
                    addEvent(t.section(QLatin1Char('\n'), 0, 0));
                    const QString more = t.section(QLatin1Char('\n'), 1).simplified();
                    if (!more.isEmpty() && m_pm.timeline.size() > before)
                        m_pm.timeline.last().text += QLatin1Char(' ') + more;
                }
                break;
            case Kind::Table:
                readTimelineTable(b);
                break;
            default:
                break;
            }
        }
    }

    void readTimelineTable(const MarkdownBlock &table)
    {
        if (table.children.isEmpty())
            return;
        const MarkdownBlock &header = table.children.first();
        int timeCol = -1;
        int dateCol = -1;
        for (int c = 0; c < header.children.size(); ++c) {
            const QString h = header.children.at(c).text.toLower();
            if (dateCol < 0 && (h.startsWith(QLatin1String("date")) || h == QLatin1String("day") || h.startsWith(QLatin1String("datum"))))
                dateCol = c;
            else if (timeCol < 0 && (h.contains(QLatin1String("time")) || h.contains(QLatin1String("when")) || h.contains(QLatin1String("zeit")) || h.contains(QLatin1String("hora"))))
                timeCol = c;
            // "Time (UTC)": the zone of the whole column.
            if (const auto z = QRegularExpression(QStringLiteral("\\(([^)]+)\\)")).match(header.children.at(c).text); z.hasMatch() && !m_offset)
                if (const auto off = zoneOffset(z.captured(1), m_contextDate)) {
                    m_offset = off;
                    m_zone = z.captured(1);
                }
        }
        if (timeCol < 0)
            timeCol = dateCol >= 0 ? dateCol : 0;
        for (qsizetype r = 1; r < table.children.size(); ++r) {
            const MarkdownBlock &row = table.children.at(r);
            QString when = row.children.value(timeCol).text;
            if (dateCol >= 0 && dateCol != timeCol)
                when = row.children.value(dateCol).text + QLatin1Char(' ') + when;
            QStringList rest;
            for (int c = 0; c < row.children.size(); ++c)
                if (c != timeCol && c != dateCol && !row.children.at(c).text.isEmpty())
                    rest << row.children.at(c).text;
            m_pm.timeline.append({ timeIn(when), rest.join(QStringLiteral(" — ")) });
        }
    }

    static ImportedAction actionFrom(QString text)
    {
        ImportedAction a;
        text = text.simplified();
        static const QList<QRegularExpression> ownerPatterns {
            QRegularExpression(QStringLiteral("\\(\\s*(?:owner|owners|assignee|assigned to|owned by|verantwortlich)\\s*[:=]?\\s*@?([^)]+?)\\s*\\)"), QRegularExpression::CaseInsensitiveOption),
            QRegularExpression(QStringLiteral("\\[\\s*(?:owner|assignee)\\s*[:=]\\s*@?([^\\]]+?)\\s*\\]"), QRegularExpression::CaseInsensitiveOption),
            QRegularExpression(QStringLiteral("[,;.]?\\s*\\b(?:owner|assignee|assigned to|owned by)\\s*[:=]\\s*@?([^,;()]+?)\\s*(?=[,;(]|$)"), QRegularExpression::CaseInsensitiveOption),
            QRegularExpression(QStringLiteral("\\s*(?:—|–| - )\\s*@?([A-Z][\\w.'-]+(?: [A-Z][\\w.'-]+)?)\\s*$")),
            QRegularExpression(QStringLiteral("(?:^|\\s)@(\\w(?:[\\w./-]*\\w)?)")),
        };
        for (const QRegularExpression &re : ownerPatterns) {
            const QRegularExpressionMatch m = re.match(text);
            if (m.hasMatch()) {
                a.owner = m.captured(1).trimmed();
                text.remove(m.capturedStart(), m.capturedLength());
                break;
            }
        }
        static const QRegularExpression due(QStringLiteral("[,;]?\\s*\\(?\\b(?:due|by|deadline|eta)\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2}|\\w+ \\d{1,2},? \\d{4}|\\d{1,2} \\w+ \\d{4}|Q[1-4] \\d{4})\\)?"), QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = due.match(text); m.hasMatch()) {
            a.due = m.captured(1);
            text.remove(m.capturedStart(), m.capturedLength());
        }
        a.title = text.simplified();
        while (a.title.endsWith(QLatin1Char(',')) || a.title.endsWith(QLatin1Char(';')))
            a.title.chop(1);
        return a;
    }

    void readActions(const QList<MarkdownBlock> &blocks)
    {
        for (const MarkdownBlock &b : blocks) {
            if (b.kind == Kind::List) {
                for (const MarkdownBlock &item : b.children) {
                    QList<MarkdownBlock> own;
                    QList<MarkdownBlock> nested;
                    for (const MarkdownBlock &c : item.children)
                        (c.kind == Kind::List ? nested : own) << c;
                    ImportedAction a = actionFrom(textOf(own));
                    a.done = item.checked;
                    if (!a.title.isEmpty())
                        m_pm.actions << a;
                    readActions(nested);
                }
            } else if (b.kind == Kind::Table && !b.children.isEmpty()) {
                int titleCol = -1, ownerCol = -1, dueCol = -1, statusCol = -1;
                const MarkdownBlock &header = b.children.first();
                for (int c = 0; c < header.children.size(); ++c) {
                    const QString h = normalised(header.children.at(c).text);
                    if (ownerCol < 0 && QRegularExpression(QStringLiteral("^(owner|owners|assignee|who|responsible|verantwortlich|dri)")).match(h).hasMatch())
                        ownerCol = c;
                    else if (dueCol < 0 && QRegularExpression(QStringLiteral("^(due|deadline|eta|target|when|date)")).match(h).hasMatch())
                        dueCol = c;
                    else if (statusCol < 0 && QRegularExpression(QStringLiteral("^(status|state|done|progress)")).match(h).hasMatch())
                        statusCol = c;
                    else if (titleCol < 0 && QRegularExpression(QStringLiteral("^(action|item|task|description|what|title|follow|remediation|maßnahme|ticket|issue)")).match(h).hasMatch())
                        titleCol = c;
                }
                for (int c = 0; titleCol < 0 && c < header.children.size(); ++c)
                    if (c != ownerCol && c != dueCol && c != statusCol)
                        titleCol = c;
                for (qsizetype r = 1; r < b.children.size(); ++r) {
                    const MarkdownBlock &row = b.children.at(r);
                    ImportedAction a;
                    a.title = row.children.value(titleCol).text.simplified();
                    a.owner = row.children.value(ownerCol).text.simplified().remove(QLatin1Char('@'));
                    a.due = row.children.value(dueCol).text.simplified();
                    const QString status = row.children.value(statusCol).text.toLower();
                    if (statusCol >= 0 && !status.isEmpty())
                        a.done = QRegularExpression(QStringLiteral("\\b(done|complete|completed|closed|fixed|resolved|yes|erledigt)\\b|✅|☑|\\[x\\]")).match(status).hasMatch();
                    if (!a.title.isEmpty())
                        m_pm.actions << a;
                }
            } else if (b.kind == Kind::Paragraph || b.kind == Kind::Heading) {
                // Prose around the items is kept with them, not dropped.
                if (!b.text.trimmed().isEmpty())
                    m_actionProse << b.text.trimmed();
            }
        }
        if (!m_actionProse.isEmpty() && m_pm.actions.isEmpty())
            for (const QString &p : std::as_const(m_actionProse))
                m_pm.actions << actionFrom(p);
    }

    void readWhys(const QList<MarkdownBlock> &blocks, bool whysSection)
    {
        static const QRegularExpression whyPrefix(QStringLiteral("^\\s*(?:\\d+[.)]\\s*)?(?:why\\s*\\d*\\s*\\??\\s*[:.)-]?|warum\\s*\\??\\s*[:.)-]?|pourquoi\\s*\\??\\s*[:.)-]?)\\s*"), QRegularExpression::CaseInsensitiveOption);
        QStringList found;
        for (const MarkdownBlock &b : blocks) {
            if (b.kind == Kind::List) {
                for (const MarkdownBlock &item : b.children) {
                    const QString t = item.plainText().simplified();
                    if (whysSection || t.startsWith(QLatin1String("Why"), Qt::CaseInsensitive))
                        found << t;
                }
            } else if (b.kind == Kind::Paragraph) {
                for (const QString &line : b.text.split(QLatin1Char('\n')))
                    if (line.trimmed().startsWith(QLatin1String("Why"), Qt::CaseInsensitive) || (whysSection && !line.trimmed().isEmpty()))
                        found << line.simplified();
            }
        }
        for (QString w : std::as_const(found)) {
            w.remove(whyPrefix);
            // "Why did X? Because Y." keeps the answer.
            const qsizetype because = w.indexOf(QRegularExpression(QStringLiteral("\\?\\s+")));
            if (because > 0 && because + 2 < w.size())
                w = w.mid(because + 1).trimmed();
            w.remove(QRegularExpression(QStringLiteral("^(?:because|weil|parce que)\\s*[:,]?\\s*"), QRegularExpression::CaseInsensitiveOption));
            if (!w.isEmpty())
                m_pm.whys << w.left(1).toUpper() + w.mid(1);
        }
    }

    // "Services began to recover" is not when it began.
    static bool endsImpact(const QString &text)
    {
        return firstOccurrence(text, timelineWords(QStringLiteral("mitigated_at"))) >= 0 || firstOccurrence(text, timelineWords(QStringLiteral("resolved_at"))) >= 0;
    }

    static const QStringList &timelineWords(const QString &milestone)
    {
        for (const auto &[k, w] : vocabulary().timeline)
            if (k == milestone)
                return w;
        static const QStringList none;
        return none;
    }

    // Sentences with a time, in the order the file tells them, from the parts
    // of a free-form report that narrate the incident.
    QList<ImportedEvent> timedSentences(QHash<QString, int> &hinted)
    {
        static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+(?=[A-Z])|,\\s+and\\s+|;\\s+"));
        QList<ImportedEvent> events;
        m_contextDate = m_fileDate;
        for (const Section &s : std::as_const(m_sections)) {
            QString hint;
            if (s.key == QLatin1String("preamble") || s.key == QLatin1String("summary"))
                hint = QStringLiteral("started_at");
            else if (s.key == QLatin1String("detection"))
                hint = QStringLiteral("detected_at");
            else if (s.key != QLatin1String("resolution") && s.key != QLatin1String("impact"))
                continue;
            const QString text = s.key == QLatin1String("preamble") ? m_preamble : textOf(s.blocks);
            for (const QString &sentence : text.split(sentenceEnd, Qt::SkipEmptyParts)) {
                auto at = timeIn(sentence, false);
                if (!at || !at->time)
                    continue;
                // Only a sentence that names no other milestone stands for its section's.
                bool namesOther = false;
                for (const auto &[k, w] : vocabulary().timeline)
                    if (k != hint && firstOccurrence(sentence, w) >= 0)
                        namesOther = true;
                if (!hint.isEmpty() && !hinted.contains(hint) && !namesOther)
                    hinted.insert(hint, int(events.size()));
                events.append({ at, sentence });
            }
        }
        return events;
    }

    std::optional<LooseTime> fieldTime(const QString &field)
    {
        const QString value = m_fields.value(field);
        if (value.isEmpty())
            return std::nullopt;
        return timeIn(value);
    }

    void deriveTimes()
    {
        if (m_pm.summary.isEmpty())
            m_pm.summary = m_preamble;
        else if (!m_preamble.isEmpty())
            m_pm.unmapped.prepend({ tr("(before the first heading)"), m_preamble });
        m_pm.startedAt = fieldTime(QStringLiteral("started_at"));
        m_pm.detectedAt = fieldTime(QStringLiteral("detected_at"));
        m_pm.mitigatedAt = fieldTime(QStringLiteral("mitigated_at"));
        m_pm.resolvedAt = fieldTime(QStringLiteral("resolved_at"));
        // Free-form reports give their times in sentences: those count when there is no timeline.
        QList<ImportedEvent> events = m_pm.timeline;
        QHash<QString, int> hinted; // milestone -> index into events of a sentence whose section implies it
        if (events.isEmpty())
            events = timedSentences(hinted);
        // The first event that says so, where no field did; else the sentence its section implies
        // (the first time in a summary is when it started, a time under Detection when it was detected).
        std::optional<LooseTime> *slots[] = { &m_pm.startedAt, &m_pm.detectedAt, &m_pm.mitigatedAt, &m_pm.resolvedAt };
        const QStringList keys { QStringLiteral("started_at"), QStringLiteral("detected_at"), QStringLiteral("mitigated_at"), QStringLiteral("resolved_at") };
        QString detectionEvent;
        for (int i = 0; i < 4; ++i) {
            if (*slots[i])
                continue;
            const QStringList &words = timelineWords(keys.at(i));
            for (const ImportedEvent &e : std::as_const(events))
                if (e.at && e.at->time && firstOccurrence(e.text, words) >= 0 && !(i == 0 && endsImpact(e.text))) {
                    *slots[i] = e.at;
                    if (i == 1)
                        detectionEvent = e.text;
                    break;
                }
            if (!*slots[i] && hinted.contains(keys.at(i))) {
                const ImportedEvent &e = events.at(hinted.value(keys.at(i)));
                *slots[i] = e.at;
                if (i == 1)
                    detectionEvent = e.text;
            }
        }
        QString method = m_fields.value(QStringLiteral("detection_method"));
        if (method.isEmpty())
            method = m_pm.detection;
        if (!method.isEmpty()) {
            m_pm.detectionMethod = classify(vocabulary().detection, method);
            if (m_pm.detectionMethod.isEmpty())
                m_pm.detectionMethod = QStringLiteral("other");
        } else if (!detectionEvent.isEmpty()) {
            // "Monitoring alerts; engineers paged": the event says how, when it says so clearly.
            m_pm.detectionMethod = classify(vocabulary().detection, detectionEvent);
        }
        if (m_pm.detection.isEmpty())
            m_pm.detection = m_fields.value(QStringLiteral("detection_method"));
    }

    ImportedPostmortem m_pm;
    QList<MarkdownBlock> m_blocks;
    QList<Section> m_sections;
    QHash<QString, QString> m_fields;
    QStringList m_actionProse;
    QString m_preamble;
    QList<QPair<QString, QString>> m_frontMatter;
    QDate m_fileDate; // the date the file gives for itself, before any timeline
    QDate m_contextDate;
    std::optional<int> m_offset;
    QString m_zone;
    int m_unzoned = 0;
};

QJsonValue timeJson(const std::optional<LooseTime> &t)
{
    if (!t || t->iso().isEmpty())
        return QJsonValue::Null;
    return t->iso();
}

} // namespace

QJsonObject ImportedPostmortem::toJson() const
{
    QJsonArray actionArray;
    for (const ImportedAction &a : actions)
        actionArray.append(QJsonObject { { QStringLiteral("title"), a.title }, { QStringLiteral("owner"), a.owner.isEmpty() ? QJsonValue() : QJsonValue(a.owner) },
                                         { QStringLiteral("done"), a.done ? QJsonValue(*a.done) : QJsonValue() },
                                         { QStringLiteral("due"), a.due.isEmpty() ? QJsonValue() : QJsonValue(a.due) } });
    QJsonArray events;
    for (const ImportedEvent &e : timeline)
        events.append(QJsonObject { { QStringLiteral("at"), timeJson(e.at) },
                                    { QStringLiteral("as_written"), e.at ? QJsonValue(e.at->describe()) : QJsonValue() },
                                    { QStringLiteral("text"), e.text } });
    QJsonArray notes;
    for (const ImportedNote &n : unmapped)
        notes.append(n.heading);
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject {
        { QStringLiteral("file"), file },
        { QStringLiteral("title"), title },
        { QStringLiteral("summary"), text(summary) },
        { QStringLiteral("impact"), text(impact) },
        { QStringLiteral("started_at"), timeJson(startedAt) },
        { QStringLiteral("detected_at"), timeJson(detectedAt) },
        { QStringLiteral("mitigated_at"), timeJson(mitigatedAt) },
        { QStringLiteral("resolved_at"), timeJson(resolvedAt) },
        { QStringLiteral("detection_method"), text(detectionMethod) },
        { QStringLiteral("detection"), text(detection) },
        { QStringLiteral("services"), QJsonArray::fromStringList(services) },
        { QStringLiteral("severity"), text(severity) },
        { QStringLiteral("trigger"), text(trigger) },
        { QStringLiteral("resolution"), text(resolution) },
        { QStringLiteral("root_cause"), text(rootCause) },
        { QStringLiteral("whys"), QJsonArray::fromStringList(whys) },
        { QStringLiteral("action_items"), actionArray },
        { QStringLiteral("lessons"), text(lessons) },
        { QStringLiteral("timeline"), events },
        { QStringLiteral("unmapped"), notes },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
    };
}

ImportedPostmortem parsePostmortem(const QString &markdown, const QString &fileName)
{
    return Reader(markdown, fileName).read();
}

QStringList postmortemFilesIn(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QDirIterator it(path, { QStringLiteral("*.md"), QStringLiteral("*.markdown") }, QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found << it.next();
        found.sort();
        files += found;
    }
    return files;
}

PostmortemFile readPostmortemFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { std::nullopt, tr("%1: could not open it (%2).").arg(shown, file.errorString()) };
    if (file.size() > kMaxPostmortemBytes)
        return { std::nullopt, tr("%1 is %2 MB; a postmortem is expected to be under 10 MB. Split it or remove embedded data, then import again.")
                                   .arg(shown).arg(file.size() / (1024 * 1024)) };
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return { std::nullopt, tr("%1 is empty; there is nothing to import.").arg(shown) };
    if (bytes.contains('\0'))
        return { std::nullopt, tr("%1 is a binary file, not Markdown text. Choose the .md file of the postmortem.").arg(shown) };
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        // Name the line so the person can find the bad bytes: the first
        // U+FFFD that the file itself did not contain.
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const int line = int(text.left(std::max<qsizetype>(bad, 0)).count(QLatin1Char('\n'))) + 1;
        return { std::nullopt, tr("%1 is not valid UTF-8 text (first bad byte on line %2). Save it as UTF-8 and import again.").arg(shown).arg(line) };
    }
    return { parsePostmortem(text, QFileInfo(path).fileName()), QString() };
}

} // namespace closeloop
