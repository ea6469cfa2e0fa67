#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace closeloop {

// A failure a user can read: what went wrong and, where we know it, what to do.
struct Error {
    enum class Kind {
        General,
        Conflict, // lost a race with another editor: offer "reload", not a generic error
        Damaged,  // the stored data failed an integrity check
        NotFound, // what was asked for does not exist: the request was wrong, not the data
        Denied,   // the server refused: the user lacks the role for this change
        Transient, // lost a lock race on the server (deadlock, serialization): retrying may succeed
        Offline,  // the connection to the server is gone: keep the work locally, reconnect
    };
    QString message;
    Kind kind = Kind::General;
};

// The one error style of closeloop-core: a value or an Error, never an
// exception across the API.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace closeloop
