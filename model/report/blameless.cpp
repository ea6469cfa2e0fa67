#include "coemarkdown.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("closeloop::Blameless", text);
}

QString rolePhrase(const QString &roleKey)
{
    if (roleKey == QLatin1String("reviewer"))
        return tr("the reviewer");
    if (roleKey == QLatin1String("leader"))
        return tr("a leader");
    if (roleKey == QLatin1String("working_group"))
        return tr("a working-group member");
    if (roleKey == QLatin1String("admin"))
        return tr("an administrator");
    return tr("an engineer");
}

struct Replacement {
    QRegularExpression pattern;
    QString role;
};

} // namespace

QString blamelessText(const QString &text, const CoeChoices &names)
{
    // First and last names alone are replaced only when no two people
    // share them, so that one person's role is never given to another.
    QHash<QString, int> partCounts;
    for (const Choice &p : names.people)
        for (const QString &part : p.name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            ++partCounts[part];

    QList<QPair<QString, Replacement>> all; // literal → replacement, longest first
    for (const Choice &p : names.people) {
        const QString role = rolePhrase(p.role);
        auto add = [&all, &role](const QString &literal, QRegularExpression::PatternOptions options) {
            if (literal.trimmed().size() < 3)
                return;
            all.append({ literal, { QRegularExpression(QStringLiteral("(?<![\\w@.])%1(?![\\w@])").arg(QRegularExpression::escape(literal)), options), role } });
        };
        add(p.email, QRegularExpression::CaseInsensitiveOption);
        add(p.name, QRegularExpression::NoPatternOption);
        for (const QString &part : p.name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (partCounts.value(part) == 1 && part != p.name)
                add(part, QRegularExpression::NoPatternOption);
    }
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });

    QString out = text;
    for (const auto &[literal, r] : std::as_const(all)) {
        Q_UNUSED(literal)
        QString next;
        qsizetype at = 0;
        for (auto it = r.pattern.globalMatch(out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            next += QStringView(out).mid(at, m.capturedStart() - at);
            // At the start of a line or sentence the role starts with a capital.
            const QStringView before = QStringView(next).trimmed();
            const bool sentenceStart = before.isEmpty() || next.endsWith(QLatin1Char('\n')) || before.endsWith(QLatin1Char('.'))
                || next.endsWith(QLatin1String("- ")) || next.endsWith(QLatin1String("| ")) || next.endsWith(QLatin1String(": "));
            QString role = r.role;
            if (sentenceStart)
                role[0] = role[0].toUpper();
            next += role;
            at = m.capturedEnd();
        }
        next += QStringView(out).mid(at);
        out = next;
    }
    return out;
}

QString coeReport(const Coe &coe, const QList<ActionItem> &items, const CoeChoices &names, ReportAudience audience)
{
    const QString markdown = coeToMarkdown(coe, items, names);
    return audience == ReportAudience::Outside ? blamelessText(markdown, names) : markdown;
}

} // namespace closeloop
