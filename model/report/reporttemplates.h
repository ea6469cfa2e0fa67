#pragma once

#include <QList>
#include <QString>

#include <kainjow/mustache.hpp>

namespace closeloop {

// The Mustache templates reports are rendered through. The shipped ones are
// resources (templates/reports/); a file of the same name in the user
// template folder replaces one. A user template that does not compile, or
// fails while rendering, is not used: the shipped one is, and the problem
// is reported with the file and line so the user can fix it.
struct TemplateProblem {
    QString file;    // full path of the user template
    int line = 0;    // 1-based; 0 when the problem has no position
    QString message; // what is wrong, in the template engine's words
    QString text() const;
};

class ReportTemplates final {
public:
    // Names of the shipped templates, e.g. "coe.md.mustache".
    static QStringList shippedNames();
    // The folder whose files override the shipped templates: set by
    // setUserFolder, else $CLOSELOOP_TEMPLATES, else
    // <config location>/templates (~/.config/closeloop/templates on Linux).
    static QString userFolder();
    static void setUserFolder(const QString &folder);
    // Copies the shipped templates into the user folder as a starting
    // point, never overwriting a file that is there. Returns the files it
    // wrote, or an error naming the folder.
    static QStringList copyShippedToUserFolder(QString *error = nullptr);

    // The problems of every user template that overrides a shipped one;
    // empty when all of them are usable.
    static QList<TemplateProblem> problems();

    // Renders `name` with `data`, through the user's template when it is
    // usable, else through the shipped one.
    static QString render(const QString &name, const kainjow::mustache::data &data);

    // A file that is not a template (the report stylesheet): the user's
    // copy when there is one, else the shipped one.
    static QString text(const QString &name);

    // The shipped template's text.
    static std::string shipped(const QString &name);
};

} // namespace closeloop
