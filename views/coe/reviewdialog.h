#pragma once

#include "domain/coe.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace closeloop {

// The bar raiser's checklist: a yes or no and a note for each review
// question. Approve needs every answer yes; "Request changes" needs a note
// and sends the COE back to its author.
class ReviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)
public:
    enum class Decision { None, Approve, RequestChanges };

    ReviewDialog(const QString &reviewerName, const QList<ReviewCheck> &previous, QWidget *parent = nullptr);
    QList<ReviewCheck> answers() const;
    Decision decision() const { return m_decision; }

private:
    void updateButtons();

    QList<std::pair<QCheckBox *, QLineEdit *>> m_rows;
    QPushButton *m_approve;
    Decision m_decision = Decision::None;
};

} // namespace closeloop
