#pragma once

#include "domain/orr.h"
#include "domain/person.h"
#include "domain/result.h"
#include "domain/service.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace closeloop {

// Starts a review: which service, of what kind, on which date, with which
// axiom set, who reviews and who takes part. Participants matter: a
// waiver must be approved by someone who is not one of them.
class NewReviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewReviewDialog)
public:
    NewReviewDialog(const QList<Service> &services, const QList<AxiomSet> &sets, const QList<Person> &people,
                    Id preselectedService, const QDate &today, QWidget *parent);

    // The review as entered, or an error naming the field to fix.
    Result<OrrReview> review() const;
    void setError(const QString &message);

Q_SIGNALS:
    void submitted(const OrrReview &review);

private:
    QComboBox *m_service;
    QComboBox *m_kind;
    QLineEdit *m_date;
    QComboBox *m_set;
    QComboBox *m_reviewer;
    QListWidget *m_participants;
    QLabel *m_error;
};

} // namespace closeloop
