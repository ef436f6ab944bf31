#include "app/storage/UserRepository.h"

#include "app/auth/PasswordHasher.h"
#include "app/storage/Database.h"
#include "app/text/Normalize.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace toasoan {

namespace {

const QString kColumns = QStringLiteral("id, login, display_name, role, password_hash, active, created_at");

User userFromQuery(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::Reporter);
    u.passwordHash = q.value(4).toString();
    u.active = q.value(5).toInt() != 0;
    u.createdAt = fromDbTime(q.value(6));
    return u;
}

QString normalizedLogin(const QString &login)
{
    return text::normalize(login.trimmed()).toLower();
}

Result<void> checkPassword(const QString &password)
{
    if (password.size() < UserRepository::kMinPasswordLength) {
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("toasoan::UserRepository", "The password must have at least 8 characters."));
    }
    return {};
}

} // namespace

Result<User> UserRepository::create(const QString &login, const QString &displayName, Role role,
                                    const QString &password, qint64 actorId)
{
    const QString cleanLogin = normalizedLogin(login);
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9._-]{2,64}$"));
    if (!loginPattern.match(cleanLogin).hasMatch()) {
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("toasoan::UserRepository",
                                                     "A login has 2 to 64 characters: letters without accents, digits, "
                                                     "dot, dash or underscore."));
    }
    const QString cleanName = text::normalize(displayName.simplified());
    if (cleanName.isEmpty()) {
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("toasoan::UserRepository", "Please enter the user's full name."));
    }
    TOASOAN_CHECK(checkPassword(password));
    if (auto existing = findByLogin(cleanLogin); existing) {
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("toasoan::UserRepository", "The login \"%1\" is already taken.")
                             .arg(cleanLogin));
    }
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("toasoan::UserRepository",
                                                     "The password could not be protected (hashing failed)."));
    }

    User user;
    user.login = cleanLogin;
    user.displayName = cleanName;
    user.role = role;
    user.passwordHash = hash;
    user.active = true;
    user.createdAt = QDateTime::currentDateTimeUtc();
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        auto id =
            m_db.insert(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, active, "
                                       "created_at) VALUES (?, ?, ?, ?, 1, ?) RETURNING id"),
                        {user.login, user.displayName, roleKey(role), user.passwordHash, toDbTime(user.createdAt)});
        if (!id) {
            return id.error();
        }
        user.id = *id;
        auto logged = m_db.exec(QStringLiteral("INSERT INTO events (article_id, user_id, at, action, comment) "
                                               "VALUES (NULL, ?, ?, 'user_create', ?)"),
                                {toDbId(actorId), toDbTime(user.createdAt), user.login});
        return logged ? Result<void>() : Result<void>(logged.error());
    });
    if (!done) {
        return done.error();
    }
    return user;
}

Result<User> UserRepository::load(qint64 id)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE id = ?"), {id}));
    if (!q->next()) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("toasoan::UserRepository", "No such user."),
                         QString::number(id));
    }
    return userFromQuery(*q);
}

Result<User> UserRepository::findByLogin(const QString &login)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE login = ?"),
                             {normalizedLogin(login)}));
    if (!q->next()) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("toasoan::UserRepository",
                                                                          "There is no user with the login \"%1\".")
                                                  .arg(login));
    }
    return userFromQuery(*q);
}

Result<QList<User>> UserRepository::list()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users")));
    QList<User> users;
    while (q->next()) {
        users.append(userFromQuery(*q));
    }
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::sort(users.begin(), users.end(),
              [&](const User &a, const User &b) { return collator.compare(a.displayName, b.displayName) < 0; });
    return users;
}

Result<int> UserRepository::count()
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("SELECT count(*) FROM users")));
    q->next();
    return q->value(0).toInt();
}

Result<void> UserRepository::setActive(qint64 id, bool active)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active ? 1 : 0, id}));
    if (q->numRowsAffected() == 0) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("toasoan::UserRepository", "No such user."));
    }
    return {};
}

Result<void> UserRepository::setRole(qint64 id, Role role)
{
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {roleKey(role), id}));
    if (q->numRowsAffected() == 0) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("toasoan::UserRepository", "No such user."));
    }
    return {};
}

Result<void> UserRepository::setPassword(qint64 id, const QString &password)
{
    TOASOAN_CHECK(checkPassword(password));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("toasoan::UserRepository",
                                                     "The password could not be protected (hashing failed)."));
    }
    TOASOAN_TRY(q, m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, id}));
    if (q->numRowsAffected() == 0) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("toasoan::UserRepository", "No such user."));
    }
    return {};
}

Result<User> UserRepository::authenticate(const QString &login, const QString &password)
{
    const Error wrong =
        makeError(ErrorCode::Auth, QCoreApplication::translate("toasoan::UserRepository", "Wrong login or password."));
    auto user = findByLogin(login);
    if (!user) {
        // Spend the same effort as a real check so timing does not reveal which logins exist.
        (void)PasswordHasher::verify(password, QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$"
                                                              "c29tZXNhbHRzb21lc2FsdA$"
                                                              "2xJ1dQ5s3b0VqXkYF2y5m1h0Jq0H0mJx8n0n1mQb9cE"));
        return user.error().code == ErrorCode::NotFound ? wrong : user.error();
    }
    if (!PasswordHasher::verify(password, user->passwordHash)) {
        return wrong;
    }
    if (!user->active) {
        return makeError(ErrorCode::Auth, QCoreApplication::translate(
                                              "toasoan::UserRepository",
                                              "This account has been deactivated. Please ask the administrator."));
    }
    return user;
}

} // namespace toasoan
