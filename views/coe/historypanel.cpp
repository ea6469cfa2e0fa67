#include "historypanel.h"

#include "domain/oneline.h"

#include "coe/coefields.h"
#include "storage/auditlogrepository.h"

#include <QHeaderView>

namespace closeloop {

namespace {

// Audit rows name database columns; show the form's words where we have them.
QString fieldName(const QString &column)
{
    QString key = column;
    key.remove(QStringLiteral("_at")).remove(QStringLiteral("_offset")).remove(QStringLiteral("_id"));
    if (key == QLatin1String("impact_duration_minutes"))
        key = QStringLiteral("impact_duration");
    if (key == QLatin1String("trigger_kind"))
        key = QStringLiteral("trigger");
    if (const auto f = coeFieldFromKey(key))
        return coeFieldLabel(*f);
    return column;
}

QString shorten(const QString &text)
{
    return oneLine(text, 80);
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("history"));
    setColumnCount(3);
    setHeaderLabels({ tr("When (UTC)"), tr("Who"), tr("What") });
    setRootIsDecorated(false);
    header()->setStretchLastSection(true);
}

void HistoryPanel::load(Database &db, Id coeId)
{
    clear();
    auto history = AuditLogRepository(db).history(QStringLiteral("coes"), coeId);
    if (!history) {
        addTopLevelItem(new QTreeWidgetItem({ QString(), QString(), history.errorMessage() }));
        return;
    }
    const QList<AuditEntry> &entries = history.value();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        QString what;
        if (it->action == QLatin1String("create"))
            what = tr("Created");
        else if (it->action == QLatin1String("transition"))
            what = tr("Status: %1 → %2").arg(enumLabel(enumFromKey<CoeStatus>(it->oldValue).value_or(CoeStatus::Draft)),
                                             enumLabel(enumFromKey<CoeStatus>(it->newValue).value_or(CoeStatus::Draft)));
        else if (it->field == QLatin1String("why_override"))
            what = tr("Accepted the finding on \u201C%1\u201D: %2").arg(shorten(it->oldValue), it->newValue);
        else if (it->action == QLatin1String("delete"))
            what = tr("Deleted");
        else
            what = tr("%1: %2 → %3").arg(fieldName(it->field), shorten(it->oldValue).isEmpty() ? tr("(empty)") : shorten(it->oldValue),
                                         shorten(it->newValue).isEmpty() ? tr("(empty)") : shorten(it->newValue));
        auto *item = new QTreeWidgetItem({ it->at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), it->actor, what });
        item->setToolTip(2, it->newValue.left(2000));
        addTopLevelItem(item);
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

} // namespace closeloop
