#pragma once

#include "coe/answerrules.h"
#include "coe/coefields.h"

#include <QWidget>

class QLabel;

namespace closeloop {

class FieldBinder;

// One of the two "what if it had been half?" questions: the answer box,
// a live verdict on the answer, and the reviewer's reason for needing no
// action item. Shared by the detection and blast-radius sections.
class ThoughtExperimentBox final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThoughtExperimentBox)
public:
    ThoughtExperimentBox(ThoughtExperiment which, FieldBinder *binder, QWidget *parent = nullptr);
    QLabel *verdict() const { return m_verdict; }

private:
    void updateVerdict();

    ThoughtExperiment m_which;
    FieldBinder *m_binder;
    QLabel *m_verdict;
};

} // namespace closeloop
