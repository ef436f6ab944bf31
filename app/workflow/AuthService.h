#pragma once

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/model/User.h"

#include <QCoreApplication>
#include <QString>

namespace toasoan {

class Database;

/// Log-in with a lock-out against password guessing. The first kFreeAttempts failures for a
/// login cost nothing; from then on each failure locks the login for a delay that doubles
/// (30 s, 1 min, 2 min, ... up to 15 min). While locked, attempts are refused without checking
/// the password. Failures are counted per typed login, known or not, so the delay does not
/// reveal which logins exist; they are forgotten after a successful log-in or a quiet day.
/// Wraps UserRepository::authenticate, whose API stays as it is.
class AuthService final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::AuthService)

public:
    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstDelaySeconds = 30;
    static constexpr qint64 kMaxDelaySeconds = 15 * 60;
    static constexpr qint64 kForgetAfterSeconds = 24 * 60 * 60;

    explicit AuthService(Database &db, Clock clock = systemClock());

    /// The user, or an Auth error: wrong login/password, deactivated account, or locked out
    /// (the message says how long to wait).
    Result<User> logIn(const QString &login, const QString &password);
    /// Seconds before `login` may try again; 0 when it may try now.
    Result<qint64> secondsUntilRetry(const QString &login);
    /// Forgets the failures of `login` (an administrator unlocking a colleague).
    Result<void> clearFailures(const QString &login);

    /// The lock after the given number of consecutive failures (0 below kFreeAttempts).
    static qint64 delayAfterFailures(int failures);
    /// "Please wait 30 seconds before trying again." (translated, plural-aware)
    static QString waitMessage(qint64 seconds);

private:
    Result<qint64> recordFailure(const QString &login);

    Database &m_db;
    Clock m_clock;
};

} // namespace toasoan
