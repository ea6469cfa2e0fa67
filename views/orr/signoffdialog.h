#pragma once

#include "domain/person.h"
#include "orr/reviewrules.h"
#include "orr/reviewworkflow.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace closeloop {

// The go/no-go decision on a review: what it rests on (the launch-blocking
// axioms that do not hold, the waivers accepted), who owns it, and why.
// A go is not offered while anything blocks launch.
class SignOffDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffDialog)
public:
    SignOffDialog(const ReviewContext &context, const SignOffSummary &summary, const QList<Person> &people,
                  OptionalId suggestedOwner, QWidget *parent);

    SignOffRequest request() const;
    // Shown when the sign-off was refused; the dialog stays open.
    void setError(const QString &message);

Q_SIGNALS:
    void submitted(const SignOffRequest &request);

private:
    QRadioButton *m_go;
    QRadioButton *m_noGo;
    QComboBox *m_owner;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
};

} // namespace closeloop
