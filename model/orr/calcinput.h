#pragma once

// Checks shared by the calculators: every number is finite and in range,
// and a refusal names the field and what to enter instead.

#include "domain/result.h"
#include "domain/translate.h"

#include <QCoreApplication>
#include <QString>

#include <cmath>
#include <optional>


namespace closeloop::calc {

inline QString tr(const char *text)
{
    return translateIn("closeloop::Calculators", text);
}

enum class Range { Positive, NonNegative };

inline std::optional<Error> checkNumber(double value, const QString &label, Range range)
{
    if (!std::isfinite(value))
        return Error { tr("%1 is not a number: enter a plain number such as 1200.").arg(label) };
    if (range == Range::Positive && value <= 0)
        return Error { tr("%1 must be greater than zero (it is %2).").arg(label).arg(value) };
    if (range == Range::NonNegative && value < 0)
        return Error { tr("%1 cannot be negative (it is %2).").arg(label).arg(value) };
    return std::nullopt;
}

} // namespace closeloop::calc
