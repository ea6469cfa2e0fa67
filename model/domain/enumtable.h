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
const EnumEntry<E> *enumEntry(E value)
{
    for (const auto &e : EnumTraits<E>::entries())
        if (e.value == value)
            return &e;
    return nullptr;
}

template <typename E>
QString enumKey(E value)
{
    const auto *e = enumEntry(value);
    return e ? QString::fromLatin1(e->key) : QString();
}

template <typename E>
QString enumLabel(E value)
{
    const auto *e = enumEntry(value);
    return e ? QCoreApplication::translate("closeloop::Enum", e->label) : QString();
}

// The label as written, for reports, which are English in any language.
template <typename E>
QString enumLabelEnglish(E value)
{
    const auto *e = enumEntry(value);
    return e ? QString::fromUtf8(e->label) : QString();
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
