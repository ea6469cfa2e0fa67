#include "listpages.h"
#include "domain/translate.h"

#include "listpage.h"
#include "models/listmodels.h"

#include <QCoreApplication>

namespace closeloop {

namespace {

QString tr(const char *text)
{
    return translateIn("closeloop::ListPages", text);
}

template <typename Model>
ListPageMaker maker(ListPageSpec spec)
{
    spec.states = Model::stateChoices();
    ListPageMaker result { spec.objectName, spec.title, {} };
    result.make = [spec = std::move(spec)](QWidget *parent) {
        auto *model = new Model;
        return new ListPage(spec, model, [model](Database &db) { return model->reload(db); }, parent);
    };
    return result;
}

} // namespace

QList<ListPageMaker> listPageMakers()
{
    return {
        maker<CoeListModel>({ QStringLiteral("coesPage"), tr("COEs"),
            tr("Correction-of-Error reviews: what happened, how it was detected and resolved, "
               "its blast radius, the Five Whys and the actions that follow."),
            tr("No COEs yet. After an incident, the team that owns the service writes one: "
               "detection, resolution, blast radius, Five Whys and action items."),
            tr("COEs"), {}, {}, CoeListModel::StartColumn, Qt::DescendingOrder }),
        maker<ActionItemListModel>({ QStringLiteral("actionsPage"), tr("Action items"),
            tr("Every action item from COEs, ORR reviews and working-group findings, "
               "followed until done. Overdue items are highlighted."),
            tr("No action items yet. They come from COEs, ORR answers that are not met, "
               "and working-group findings."),
            tr("action items"), {}, QStringLiteral("unfinished"), ActionItemListModel::DueColumn,
            Qt::AscendingOrder }),
        maker<OrrReviewListModel>({ QStringLiteral("orrPage"), tr("ORR reviews"),
            tr("Operational Readiness Reviews: before launch and every year after, each "
               "axiom answered with evidence."),
            tr("No ORR reviews yet. A service team reviews its readiness before launch "
               "and recertifies every year."),
            tr("reviews"), {}, {}, OrrReviewListModel::DateColumn, Qt::DescendingOrder }),
        maker<ServiceListModel>({ QStringLiteral("servicesPage"), tr("Services"),
            tr("The services COEs and ORR reviews are about, with their team, tier and "
               "Availability Zone footprint."),
            tr("No services yet. Add the services your teams run so COEs and reviews "
               "can refer to them."),
            tr("services"), {}, {}, ServiceListModel::NameColumn, Qt::AscendingOrder }),
        maker<FindingListModel>({ QStringLiteral("workingGroupPage"), tr("Working group"),
            tr("Patterns the safety working group found across COEs, and what it decided: "
               "a new ORR axiom, an automated check, or a best practice."),
            tr("No findings yet. When several COEs share a cause, record it here and "
               "decide how practice should change."),
            tr("findings"), {}, {}, FindingListModel::IdColumn, Qt::DescendingOrder }),
    };
}

} // namespace closeloop
