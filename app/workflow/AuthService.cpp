#include "app/workflow/AuthService.h"

#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "app/text/Normalize.h"

#include <QCoreApplication>

namespace toasoan {

namespace {

QString loginKey(const QString &login)
{
    return text::normalize(login.trimmed()).toLower();
}

} // namespace

AuthService::AuthService(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

qint64 AuthService::delayAfterFailures(int failures)
{
    if (failures < kFreeAttempts) {
        return 0;
    }
    const int doublings = qMin(failures - kFreeAttempts, 16); // 30 s << 16 is far past the cap
    return qMin(kFirstDelaySeconds << doublings, kMaxDelaySeconds);
}

QString AuthService::waitMessage(qint64 seconds)
{
    if (seconds < 120) {
        return AuthService::tr("Please wait %n second(s) before trying again.", nullptr, int(qMax<qint64>(seconds, 1)));
    }
    return AuthService::tr("Please wait %n minute(s) before trying again.", nullptr, int((seconds + 59) / 60));
}

Result<qint64> AuthService::secondsUntilRetry(const QString &login)
{
    TOASOAN_TRY(
        q, m_db.exec(QStringLiteral("SELECT locked_until FROM login_attempts WHERE login = ?"), {loginKey(login)}));
    if (!q->next() || q->value(0).isNull()) {
        return qint64(0);
    }
    const QDateTime until = fromDbTime(q->value(0));
    const qint64 seconds = (m_clock().msecsTo(until) + 999) / 1000; // round up: never say 0 while locked
    return qMax<qint64>(seconds, 0);
}

Result<void> AuthService::clearFailures(const QString &login)
{
    // Only when there is something to clear: logging in to a read-only workspace writes nothing.
    TOASOAN_TRY(failures,
                m_db.value(QStringLiteral("SELECT count(*) FROM login_attempts WHERE login = ?"), {loginKey(login)}));
    if (failures->toLongLong() == 0) {
        return {};
    }
    auto q = m_db.exec(QStringLiteral("DELETE FROM login_attempts WHERE login = ?"), {loginKey(login)});
    return q ? Result<void>() : Result<void>(q.error());
}

Result<qint64> AuthService::recordFailure(const QString &login)
{
    const QDateTime now = m_clock();
    qint64 delay = 0;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(q, m_db.exec(QStringLiteral("INSERT INTO login_attempts (login, failures, last_failure_at) "
                                                "VALUES (?, 1, ?) ON CONFLICT (login) DO UPDATE SET "
                                                "failures = CASE WHEN login_attempts.last_failure_at < ? THEN 1 "
                                                "ELSE login_attempts.failures + 1 END, "
                                                "last_failure_at = excluded.last_failure_at"),
                                 {login, toDbTime(now), toDbTime(now.addSecs(-kForgetAfterSeconds))}));
        TOASOAN_TRY(failures,
                    m_db.exec(QStringLiteral("SELECT failures FROM login_attempts WHERE login = ?"), {login}));
        failures->next();
        delay = delayAfterFailures(failures->value(0).toInt());
        auto locked = m_db.exec(QStringLiteral("UPDATE login_attempts SET locked_until = ? WHERE login = ?"),
                                {delay > 0 ? toDbTime(now.addSecs(delay)) : QVariant(), login});
        return locked ? Result<void>() : Result<void>(locked.error());
    });
    if (!done) {
        return done.error();
    }
    return delay;
}

Result<User> AuthService::logIn(const QString &login, const QString &password)
{
    const QString key = loginKey(login);
    TOASOAN_TRY(wait, secondsUntilRetry(key));
    if (*wait > 0) {
        return makeError(ErrorCode::Auth,
                         AuthService::tr("Too many failed log-in attempts.") + QLatin1Char(' ') + waitMessage(*wait),
                         QStringLiteral("locked for %1 s").arg(*wait));
    }
    auto user = UserRepository(m_db).authenticate(key, password);
    if (user) {
        TOASOAN_CHECK(clearFailures(key));
        return user;
    }
    if (user.error().code != ErrorCode::Auth) {
        return user.error(); // a broken database is not the user's fault: do not count it
    }
    TOASOAN_TRY(delay, recordFailure(key));
    if (*delay > 0) {
        Error error = user.error();
        error.message += QLatin1Char(' ') + AuthService::tr("Too many failed log-in attempts.") + QLatin1Char(' ') +
                         waitMessage(*delay);
        error.detail = QStringLiteral("locked for %1 s").arg(*delay);
        return error;
    }
    return user.error();
}

} // namespace toasoan
