#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace toasoan {

/// What kind of failure an Error describes; callers branch on this, never on message text.
enum class ErrorCode
{
    Invalid,   ///< the input is not acceptable (validation, usage)
    NotFound,  ///< the thing asked for does not exist
    Conflict,  ///< someone else saved first (stale version)
    Forbidden, ///< the actor's role does not allow the action
    Storage,   ///< the database failed
    Corrupt,   ///< the database file is damaged or not a database
    TooNew,    ///< the database was written by a newer ToaSoan
    Io,        ///< a file could not be read or written
    Network,   ///< a remote site failed
    Auth,      ///< wrong login or password
};

/// A failure: `message` is translated and shown to users, `detail` is technical (logs, tooltips).
struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message;
    QString detail;
};

/// A value or an Error. The core returns these instead of throwing or showing dialogs.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace toasoan
