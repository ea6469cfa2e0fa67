#include "searchbox.h"

#include "storage/searchrepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace closeloop {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMaxHits = 20;

QString readable(QString snippet)
{
    // The index marks matches with «»; in a one-line list they read as quotes.
    snippet.replace(QChar(0x00AB), QChar(0x201C)).replace(QChar(0x00BB), QChar(0x201D));
    return snippet.simplified();
}

} // namespace

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("searchBox"));
    setPlaceholderText(tr("Search COEs (Ctrl+K)"));
    setAccessibleName(tr("Search COEs"));
    setToolTip(tr("Full-text search over every COE: words match as prefixes, \"quoted words\" as a phrase"));
    setClearButtonEnabled(true);
    setMinimumWidth(280);

    // The list is the search's own ranking, so the completer must not filter or reorder it.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("searchResults"));
    m_completer->popup()->setTextElideMode(Qt::ElideRight);

    m_delay->setSingleShot(true);
    m_delay->setInterval(150); // one query per pause in typing, not per key
    connect(m_delay, &QTimer::timeout, this, &SearchBox::search);
    connect(this, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_delay->stop();
        search();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const Id id = index.data(kIdRole).toLongLong();
        if (id > 0)
            Q_EMIT openCoe(id);
    });
}

void SearchBox::setDatabase(Database *db)
{
    m_db = db;
    m_model->clear();
    setEnabled(db != nullptr);
}

void SearchBox::search()
{
    m_model->clear();
    if (!m_db || text().trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    auto hits = SearchRepository(*m_db).searchCoes(text(), kMaxHits);
    if (!hits) {
        Q_EMIT problem(hits.errorMessage());
        return;
    }
    for (const SearchHit &hit : hits.value()) {
        QString line = QStringLiteral("COE-%1  %2").arg(hit.coeId).arg(hit.title);
        if (!hit.service.isEmpty())
            line += QStringLiteral("  ·  ") + hit.service;
        const QString snippet = readable(hit.snippet);
        if (!snippet.isEmpty() && snippet != hit.title)
            line += QStringLiteral("  —  ") + snippet;
        auto *item = new QStandardItem(line);
        item->setData(hit.coeId, kIdRole);
        item->setToolTip(readable(hit.snippet));
        m_model->appendRow(item);
    }
    if (hits.value().isEmpty()) {
        auto *none = new QStandardItem(tr("No COE mentions \"%1\"").arg(text().simplified()));
        none->setFlags(Qt::ItemIsEnabled);
        m_model->appendRow(none);
    }
    // Wider than the field, right edges aligned, so a title and its passage fit.
    const int wide = std::max(width(), 640);
    m_completer->complete(QRect(width() - wide, 0, wide, height()));
    // The popup shows the completer's proxy of the model, so its index comes from there.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

QStringList SearchBox::shownHits() const
{
    QStringList rows;
    for (int i = 0; i < m_model->rowCount(); ++i)
        rows << m_model->item(i)->text();
    return rows;
}

} // namespace closeloop
