// The tracker's filter: each criterion alone, and combined.
#include "actions/actionfilter.h"

#include <QTest>

using namespace closeloop;

namespace {

const QDate kToday(2026, 11, 22);

ActionItemSummary item(Id id, const char *title, const char *owner, const char *service, ActionStatus status, int priority,
                       std::optional<QDate> due, ActionSource source = ActionSource::Coe)
{
    ActionItemSummary s;
    s.item.id = id;
    s.item.title = QString::fromUtf8(title);
    s.item.status = status;
    s.item.priority = priority;
    s.item.due = due;
    s.item.source = source;
    s.ownerName = QString::fromUtf8(owner);
    s.serviceName = QString::fromUtf8(service);
    s.sourceTitle = QStringLiteral("Checkout errors");
    return s;
}

QList<Id> ids(const QList<ActionItemSummary> &list)
{
    QList<Id> out;
    for (const ActionItemSummary &s : list)
        out << s.item.id;
    return out;
}

} // namespace

class TestActionFilter : public QObject {
    Q_OBJECT
    QList<ActionItemSummary> m_all {
        item(1, "Add an alarm on queue depth", "Priya Raman", "search", ActionStatus::Open, 1, kToday.addDays(-3)),
        item(2, "Validate pool size in the pipeline", "Priya Raman", "payments", ActionStatus::Done, 1, kToday.addDays(-30)),
        item(3, "Document the failover", "Mei Chen", "search", ActionStatus::InProgress, 3, kToday.addDays(10)),
        item(4, "Automate certificate rotation", "", "identity", ActionStatus::Open, 0, std::nullopt, ActionSource::OrrAnswer),
        item(5, "Train on-call engineers", "Mei Chen", "payments", ActionStatus::WontDo, 2, kToday.addDays(-1)),
    };

private Q_SLOTS:
    void eachCriterion()
    {
        ActionFilter f;
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 1, 2, 3, 4, 5 }));
        f.overdueOnly = true; // done and won't-do items are never overdue
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 1 }));
        f = {};
        f.owner = QStringLiteral("priya");
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 1, 2 }));
        f.owner = QStringLiteral("Mei Chen");
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 3, 5 }));
        f = {};
        f.service = QStringLiteral("Payments");
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 2, 5 }));
        f = {};
        f.statuses = { ActionStatus::Open, ActionStatus::InProgress };
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 1, 3, 4 }));
        f = {};
        f.source = ActionSource::OrrAnswer;
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 4 }));
        f = {};
        f.priority = 1;
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 1, 2 }));
        f = {};
        f.strength = ActionStrength::Weak;
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 3, 5 }));
        f.strength = ActionStrength::Strong;
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 2, 4 }));
        f = {};
        f.dueBy = kToday;
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 1, 2, 5 }));
        f = {};
        f.text = QStringLiteral("CHECKOUT"); // the source title counts
        QCOMPARE(ids(filterActions(m_all, f, kToday)).size(), 5);
        f.text = QStringLiteral("rotation");
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 4 }));
    }

    void criteriaCombine()
    {
        ActionFilter f;
        f.owner = QStringLiteral("Mei");
        f.statuses = { ActionStatus::InProgress };
        f.strength = ActionStrength::Weak;
        QCOMPARE(ids(filterActions(m_all, f, kToday)), (QList<Id> { 3 }));
        f.service = QStringLiteral("payments");
        QVERIFY(filterActions(m_all, f, kToday).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActionFilter)
#include "tst_actionfilter.moc"
