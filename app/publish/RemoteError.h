#pragma once

#include "app/core/Result.h"

#include <utility>
#include <variant>

namespace toasoan {

/// A failure talking to a website, with what the outbox needs to decide what to do next.
struct RemoteError
{
    enum class Kind
    {
        Offline,     ///< no network or the name does not resolve: pause the whole queue
        Network,     ///< refused, reset, timeout: retry later
        Tls,         ///< the certificate was not accepted: a person must act
        Server,      ///< 5xx, or a reply we cannot read: retry later
        RateLimited, ///< 429 / 503 with Retry-After: retry after the given delay
        Auth,        ///< wrong credentials, application passwords off: a person must act
        Forbidden,   ///< the account lacks a right, a firewall refuses: a person must act
        NotFound,    ///< the remote object does not exist (deleted post, missing route)
        Invalid,     ///< the site refused the data (validation): a person must act
    };

    Error error; ///< translated message for people, technical detail
    Kind kind = Kind::Network;
    int retryAfterSeconds = 0; ///< from Retry-After, 0 = not given
    bool ambiguous = false;    ///< the request may have been carried out although no answer came
    int httpStatus = 0;
    QString remoteCode; ///< WordPress error code ("rest_cannot_publish") or XML-RPC fault code
    QString existingId; ///< for "term_exists": the id of the term that already exists
    QString reply;      ///< the start of the site's reply as sent (may be HTML): for "Details" only

    bool retryable() const
    {
        return kind == Kind::Offline || kind == Kind::Network || kind == Kind::Server || kind == Kind::RateLimited;
    }
};

/// A value or a RemoteError: what every SiteClient call gives.
template <typename T>
class [[nodiscard]] RemoteResult
{
public:
    RemoteResult(T value) : m_data(std::move(value)) {}
    RemoteResult(RemoteError error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }
    const RemoteError &error() const { return std::get<RemoteError>(m_data); }

private:
    std::variant<T, RemoteError> m_data;
};

} // namespace toasoan
