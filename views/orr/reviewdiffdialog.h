#pragma once

#include "orr/reviewcycle.h"

#include <QDialog>

namespace closeloop {

// What moved since the service's previous review: answers that changed,
// axioms added or revised, waivers that expired or were granted, and
// calculator inputs that moved.
class ReviewDiffDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDiffDialog)
public:
    ReviewDiffDialog(const ReviewDiff &diff, const QString &before, const QString &after, QWidget *parent);
};

} // namespace closeloop
