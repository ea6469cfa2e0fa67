#pragma once

#include "domain/orr.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace closeloop {

// The evidence of one answer: notes, links and attached files. A file is
// stored in the database with its SHA-256 and the date it was last
// changed, so a reviewer can tell exactly what was shown and how old it is.
class EvidenceList final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceList)
public:
    explicit EvidenceList(QWidget *parent = nullptr);

    void setEvidence(const QList<Evidence> &evidence);
    QList<Evidence> evidence() const { return m_evidence; }
    void setReadOnly(bool readOnly);
    void setToday(const QDate &today) { m_today = today; }

    // Files above this size are refused: evidence is a screenshot or a
    // report, not a data dump.
    static constexpr qint64 kMaxFileBytes = 25 * 1024 * 1024;

Q_SIGNALS:
    void edited();
    void problem(const QString &message);

private:
    void addNote();
    void addLink();
    void attachFile();
    void setDate();
    void removeSelected();
    void add(const Evidence &e);
    void rebuild();

    QList<Evidence> m_evidence;
    QDate m_today = QDate::currentDate();
    QListWidget *m_list;
    QList<QPushButton *> m_buttons;
};

} // namespace closeloop
