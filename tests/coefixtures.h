#pragma once

// A COE that passes the completeness check, and the people and service it
// needs, for tests of the document, the workflow and the form.

#include "domain/actionitem.h"
#include "domain/coe.h"
#include "storage/personrepository.h"
#include "storage/servicerepository.h"

#include <QTimeZone>

namespace closeloop::test {

struct CoeCast {
    Id service = 0;
    Id author = 0;
    Id reviewer = 0;
    Id other = 0;
};

inline CoeCast createCast(Database &db)
{
    CoeCast cast;
    auto person = [&db](const char *name, PersonRole role) {
        Person p;
        p.name = QString::fromUtf8(name);
        p.team = QStringLiteral("Payments");
        p.role = role;
        return PersonRepository(db).create(p).value();
    };
    cast.author = person("Asha Rao", PersonRole::Engineer);
    cast.reviewer = person("Bo Lindqvist", PersonRole::Reviewer);
    cast.other = person("Chen Wei", PersonRole::Reviewer);
    Service s;
    s.name = QStringLiteral("Checkout");
    s.team = QStringLiteral("Payments");
    s.ownerId = cast.author;
    cast.service = ServiceRepository(db).create(s).value();
    return cast;
}

inline Instant nepalTime(int hour, int minute)
{
    return Instant::fromLocal(QDateTime(QDate(2026, 3, 29), QTime(hour, minute), QTimeZone(345 * 60)));
}

inline Coe completeCoe(const CoeCast &cast)
{
    Coe c;
    c.title = QStringLiteral("Checkout errors after a bad deploy");
    c.serviceId = cast.service;
    c.severity = 2;
    c.category = QStringLiteral("deployment");
    c.authorId = cast.author;
    c.reviewerId = cast.reviewer;
    c.summary = QStringLiteral("A build with a broken payment client reached every AZ at once.");
    c.impact = QStringLiteral("12% of checkouts failed for 50 minutes.");
    c.impactStart = nepalTime(1, 50);
    c.detected = nepalTime(2, 5);
    c.engaged = nepalTime(2, 9);
    c.mitigated = nepalTime(2, 40);
    c.resolved = nepalTime(3, 30);
    c.timeline = { { -1, nepalTime(1, 48), TimelineKind::Deployment, QStringLiteral("Deploy starts"), {} } };
    c.detectionMethod = DetectionMethod::Alarm;
    c.detectionSource = QStringLiteral("checkout-5xx-rate");
    c.halveTtdAnswer = QStringLiteral("An alarm on the payment client error metric with a 1 minute period");
    c.resolution = QStringLiteral("Rolled the deploy back.");
    c.runbookUrl = QStringLiteral("https://wiki.example.com/runbooks/checkout-rollback");
    c.customersAffected = 1200;
    c.customersTotal = 90000;
    c.failedRequestShare = 0.12;
    c.blastScopes = { { BlastScopeKind::Region, QStringLiteral("ap-south-1") } };
    c.halveBlastAnswer = QStringLiteral("Deploy to one AZ first and bake for an hour");
    c.whys = { { -2, std::nullopt, 0, QStringLiteral("Why did checkouts fail?"), QStringLiteral("The payment client sent malformed requests."), {}, std::nullopt },
               { -3, -2, 0, QStringLiteral("Why?"), QStringLiteral("The pipeline deployed to every AZ at once."), {}, std::nullopt } };
    c.lessons = QStringLiteral("Stage every deploy.");
    c.noAxiomExists = true;
    c.axiomProposal = QStringLiteral("Every deploy goes one AZ at a time with a bake.");
    return c;
}

inline QList<ActionItem> completeActions(const CoeCast &cast)
{
    ActionItem detect;
    detect.id = -10;
    detect.title = QStringLiteral("Add an alarm on payment client errors");
    detect.ownerId = cast.author;
    detect.due = QDate(2026, 5, 1);
    detect.type = ActionType::Detect;
    detect.addresses = ActionTarget::HalveTtd;
    ActionItem stage = detect;
    stage.id = -11;
    stage.title = QStringLiteral("Deploy one AZ at a time");
    stage.type = ActionType::Prevent;
    stage.addresses = ActionTarget::HalveBlastRadius;
    return { detect, stage };
}

} // namespace closeloop::test
