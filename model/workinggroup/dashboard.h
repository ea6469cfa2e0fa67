#pragma once

#include "dashboardfacts.h"

#include <QSet>

#include <array>

namespace closeloop {

struct DashboardFilter {
    QDate from; // inclusive; COEs by the day impact began
    QDate to;   // inclusive
    QSet<Id> serviceIds;  // empty: every service
    QSet<QString> teams;  // empty: every team
    QSet<int> severities; // empty: every severity
};

// One bar, slice or point, with the COEs behind it so that a click can
// open them.
struct TermCount {
    QString term;
    QList<int> perQuarter; // aligned with Dashboard::quarters
    QList<Id> coeIds;
    int total() const { return int(coeIds.size()); }
};

struct MonthBucket {
    QDate month; // first day
    std::array<QList<Id>, 5> bySeverity; // index 0 is severity 1
    int opened = 0; // action items opened in the month
    int closed = 0; // action items done in the month
    QList<Id> openedCoeIds; // the COEs those items came from (items of ORRs and findings have none)
    QList<Id> closedCoeIds;
    int total() const;
};

struct QuarterBucket {
    QDate start;
    QString label; // "2026 Q1"
    QList<Id> coeIds;
    QList<Id> customerDetected;
    int ttdCount = 0; // COEs with a known TTD
    int ttmCount = 0;
    std::optional<double> ttdMedian, ttdP90, ttmMedian, ttmP90; // seconds
};

struct ActionHealth {
    int opened = 0; // in the period
    int closed = 0; // done in the period
    int strongOpened = 0;
    int overdue = 0; // open and past due today, whenever opened
    std::optional<double> medianDaysToClose; // of the items done in the period
    QList<Id> overdueCoeIds;
    std::optional<double> strongShare() const;
};

// Did "how could detection take half the time?" and "how could the blast
// radius be halved?" lead to work, or only to words?
struct HalvingFollowThrough {
    int coes = 0;
    QList<Id> ttdWithActions;
    QList<Id> blastWithActions;
};

struct OrrHealth {
    QList<RecertificationDue> overdue;
    int openLaunchBlocking = 0;
    QList<WaiverFact> activeWaivers;
    QList<WaiverFact> expiredWaivers;
};

struct AxiomProposal {
    Id coeId = 0;
    QString coeTitle;
    QString serviceName;
    QDate date;
    QString proposal;
};

struct Dashboard {
    QDate today;
    DashboardFilter filter;
    QList<Id> coeIds; // every COE the filter lets through
    QList<MonthBucket> months; // every month of the period, empty ones too
    QList<QuarterBucket> quarters;
    QList<Id> customerDetected;
    QList<TermCount> triggers; // most frequent first
    QList<TermCount> categories;
    QList<TermCount> tags;
    QList<TermCount> services;
    ActionHealth actions;
    HalvingFollowThrough halving;
    OrrHealth orr;
    QList<AxiomProposal> proposals;

    std::optional<double> customerDetectedShare() const;
};

// The default period: the twelve whole months up to today's month.
DashboardFilter defaultFilter(const QDate &today);

Dashboard computeDashboard(const DashboardFacts &facts, const DashboardFilter &filter, const QDate &today);

// The groups WorkingGroupRepository::openItemGroups() counts in SQL, counted
// from a list of items instead (for facts made by hand).
QList<OpenItemGroup> openItemGroups(const QList<ActionFact> &items, const QDate &today);

// Recurring causes: the terms seen in at least `minimum` COEs of the period.
QList<TermCount> recurring(const QList<TermCount> &terms, int minimum = 2);

// "2026 Q3"
QString quarterLabel(const QDate &date);
QDate quarterStart(const QDate &date);

} // namespace closeloop
