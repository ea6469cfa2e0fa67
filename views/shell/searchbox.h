#pragma once

#include "domain/ids.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace closeloop {

class Database;

// The search field in the main toolbar: full-text search over every COE
// (title, summary, whys, timeline, everything written), best matches in a
// list under the field as the person types. Enter or a click opens the COE.
class SearchBox final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBox)
public:
    explicit SearchBox(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // The hits shown, as their list rows read; for tests.
    QStringList shownHits() const;
    QCompleter *results() const { return m_completer; }

Q_SIGNALS:
    void openCoe(Id coeId);
    void problem(const QString &text);

private:
    void search();

    Database *m_db = nullptr;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    QTimer *m_delay;
};

} // namespace closeloop
