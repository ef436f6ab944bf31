#pragma once

#include <QString>
#include <type_traits>
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
    Offline,   ///< needs the shared server, and this is an offline working copy of it (issue 14)
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
    T &operator*() { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

    /// `fn(value)` (which returns a Result) when this holds a value, else this error: as
    /// std::expected::and_then.
    template <typename F>
    auto and_then(F &&fn) const & -> std::invoke_result_t<F, const T &>
    {
        if (!ok()) {
            return error();
        }
        return std::forward<F>(fn)(value());
    }

    /// A Result of `fn(value)` when this holds a value, else this error: as std::expected::transform.
    template <typename F>
    auto transform(F &&fn) const & -> Result<std::invoke_result_t<F, const T &>>
    {
        using U = std::invoke_result_t<F, const T &>;
        if (!ok()) {
            return error();
        }
        if constexpr (std::is_void_v<U>) {
            std::forward<F>(fn)(value());
            return {};
        } else {
            return std::forward<F>(fn)(value());
        }
    }

    /// Drops the value: success or this error.
    Result<void> discard() const;

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

    /// `fn()` (which returns a Result) on success, else this error.
    template <typename F>
    auto and_then(F &&fn) const -> std::invoke_result_t<F>
    {
        if (!ok()) {
            return error();
        }
        return std::forward<F>(fn)();
    }

private:
    Error m_error;
    bool m_failed = false;
};

template <typename T>
Result<void> Result<T>::discard() const
{
    return ok() ? Result<void>() : Result<void>(error());
}

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace toasoan

/// Evaluates a Result and returns its error from the enclosing function when it failed:
/// `TOASOAN_CHECK(repository.save(a));` stands for the four-line early return.
#define TOASOAN_CHECK(...)                                                                                             \
    do {                                                                                                               \
        if (auto toasoanCheck_ = (__VA_ARGS__); !toasoanCheck_) {                                                      \
            return toasoanCheck_.error();                                                                              \
        }                                                                                                              \
    } while (false)

/// Declares `name` as the Result of the expression and returns its error from the enclosing
/// function when it failed; afterwards `*name` / `name->` hold the value.
#define TOASOAN_TRY(name, ...)                                                                                         \
    auto name = (__VA_ARGS__);                                                                                         \
    if (!name) {                                                                                                       \
        return name.error();                                                                                           \
    }                                                                                                                  \
    static_assert(true, "TOASOAN_TRY needs a semicolon")
