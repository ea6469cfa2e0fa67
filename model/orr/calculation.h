#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace closeloop {

// One line of a calculation as the reviewer sees it: an input or a
// computed number, with its unit.
struct CalcRow {
    QString label;
    QString value;
    bool computed = false; // false for the inputs as entered
};

// The result of an ORR calculator: the formula, every number, the verdict.
// Reviewers trust a check they can redo by hand, so nothing is hidden.
struct Calculation {
    QString calculator; // e.g. "az-capacity"
    QString formula; // in words and symbols, e.g. "min_k(ΣC − C_k) ≥ P·(1+m)"
    bool pass = false;
    QString verdict; // one sentence that says why
    QList<CalcRow> rows;
    QJsonObject numbers; // every input and computed number, by key, for --json and reports
};

// What a calculator asks for, so forms and the CLI can be built from it.
struct CalcField {
    QString key; // JSON key, also the CLI flag
    QString label;
    QString unit;
    bool list = false; // several numbers, one per AZ or dependency
    bool optional = false;
    QString help;
};

struct CalculatorInfo {
    QString id;
    QString title;
    QString axioms; // which axioms use it, e.g. "CAP-1, CAP-3"
    QList<CalcField> fields;
};

QList<CalculatorInfo> calculators();
std::optional<CalculatorInfo> calculatorInfo(const QString &id);

// Runs a calculator on inputs stored as JSON (an answer's calculator_inputs,
// or the CLI's flags). Missing, non-numeric, NaN or implausible inputs are
// refused with a message that names the field and says what to enter.
Result<Calculation> runCalculator(const QString &id, const QJsonObject &inputs);

// Plain-number formatting shared by calculators: 14,400 and 0.25 and 7.5.
QString calcNumber(double value, int decimals = 2);

} // namespace closeloop
