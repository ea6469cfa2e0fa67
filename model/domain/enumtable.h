#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace closeloop {

// One row of an enum's table: the value, the key stored in the database and
// in JSON (stable, never translated), and the label people read.
template <typename E>
struct EnumEntry {
    E value;
    const char *key;
    const char *label;
};

// Specialise with `static std::span<const EnumEntry<E>> entries()`.
template <typename E>
struct EnumTraits;

template <typename E>
QString enumKey(E value)
{
    for (const auto &e : EnumTraits<E>::entries())
        if (e.value == value)
            return QString::fromLatin1(e.key);
    return {};
}

template <typename E>
QString enumLabel(E value)
{
    for (const auto &e : EnumTraits<E>::entries())
        if (e.value == value)
            return QCoreApplication::translate("closeloop::Enum", e.label);
    return {};
}

template <typename E>
std::optional<E> enumFromKey(const QString &key)
{
    for (const auto &e : EnumTraits<E>::entries())
        if (key == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

template <typename E>
QList<E> enumValues()
{
    QList<E> values;
    for (const auto &e : EnumTraits<E>::entries())
        values.append(e.value);
    return values;
}

} // namespace closeloop

#define CLOSELOOP_ENUM_TABLE(E, ...)                                                   \
    template <>                                                                        \
    struct EnumTraits<E> {                                                             \
        static std::span<const EnumEntry<E>> entries()                                 \
        {                                                                              \
            static const EnumEntry<E> table[] = { __VA_ARGS__ };                       \
            return table;                                                              \
        }                                                                              \
    };
