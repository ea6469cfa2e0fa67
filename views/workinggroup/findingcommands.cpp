#include "findingcommands.h"

#include "actions/duepolicy.h"
#include "findingdialog.h"
#include "shell/databasesession.h"
#include "storage/axiomrepository.h"
#include "storage/coerepository.h"
#include "storage/database.h"

#include <QWidget>

namespace closeloop {

FindingCommands::FindingCommands(DatabaseSession *session, QWidget *parentWindow)
    : QObject(parentWindow), m_session(session), m_parentWindow(parentWindow)
{
}

FindingDialog *FindingCommands::openDialog() const
{
    return m_parentWindow->findChild<FindingDialog *>(QStringLiteral("findingDialog"));
}

void FindingCommands::newFinding()
{
    Finding f;
    f.createdBy = m_person;
    showDialog(f);
}

void FindingCommands::openFinding(Id id)
{
    Database *db = m_session->database();
    if (!db)
        return;
    auto loaded = FindingRepository(*db).load(id);
    if (!loaded) {
        Q_EMIT problem(loaded.errorMessage());
        return;
    }
    showDialog(loaded.value());
}

void FindingCommands::showDialog(const Finding &finding)
{
    Database *db = m_session->database();
    if (!db) {
        Q_EMIT problem(tr("Open or create a database first (File > Open Database)."));
        return;
    }
    FindingDialog::Context context;
    auto coes = CoeRepository(*db).list();
    auto sets = AxiomRepository(*db).listSets();
    auto policy = DueDatePolicy::load(*db);
    if (!coes || !sets || !policy) {
        Q_EMIT problem(!coes ? coes.errorMessage() : !sets ? sets.errorMessage() : policy.errorMessage());
        return;
    }
    context.coes = coes.value();
    context.sets = sets.value();
    for (const AxiomSet &set : std::as_const(context.sets))
        if (auto current = AxiomRepository(*db).current(set.id))
            context.currentAxioms.insert(set.id, current.value());
    context.currentPerson = m_person;
    context.checkDue = policy->dueFor(1, QDate::currentDate());
    if (FindingDialog *old = openDialog())
        old->deleteLater();
    auto *dialog = new FindingDialog(finding, std::move(context), m_parentWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FindingDialog::submitted, this, [this, dialog](const Finding &f, const FindingDecision &decision) {
        Database *current = m_session->database();
        if (!current)
            return;
        Finding toSave = f;
        if (auto s = saveFinding(*current, toSave, decision); !s) {
            dialog->setError(s.errorMessage());
            return;
        }
        dialog->accept();
        Q_EMIT changed();
        Q_EMIT message(toSave.outcome == FindingOutcome::NewAxiom && decision.newAxiom
                           ? tr("Finding %1 saved; axiom %2 added to the library with its COEs as motivation.").arg(toSave.id).arg(decision.newAxiom->key)
                           : tr("Finding %1 saved.").arg(toSave.id));
    });
    dialog->open();
}

} // namespace closeloop
