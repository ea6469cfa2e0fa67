#pragma once

#include "orr/calculation.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace closeloop {

// The inputs of one ORR calculator as a form built from its fields, with
// the formula, every number and the verdict recomputed as you type. The
// what-if fields (lose AZ k, multiply the peak) are kept apart: they
// explore, and are never stored with the answer.
class CalculatorForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalculatorForm)
public:
    explicit CalculatorForm(QWidget *parent = nullptr);

    // Builds the form for a calculator (hidden when `id` is empty) and
    // fills it from stored inputs.
    void setCalculator(const QString &id, const QJsonObject &inputs);
    // The inputs as entered, without what-ifs; numbers as numbers, lists as arrays.
    QJsonObject inputs() const;
    void setReadOnly(bool readOnly);
    // The result of the stored inputs, if they compute.
    std::optional<Calculation> result() const { return m_result; }

Q_SIGNALS:
    void edited();

private:
    void recompute();
    QJsonObject read(bool withWhatIf) const;
    static bool isWhatIf(const QString &key);

    QString m_id;
    QFormLayout *m_inputs;
    QFormLayout *m_whatIfs;
    QWidget *m_whatIfBox;
    QLabel *m_title;
    QLabel *m_formula;
    QTableWidget *m_numbers;
    QLabel *m_verdict;
    QLabel *m_whatIfVerdict;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, bool> m_isList;
    std::optional<Calculation> m_result;
};

} // namespace closeloop
