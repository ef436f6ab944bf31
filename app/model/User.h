#pragma once

#include "app/model/Role.h"

#include <QDateTime>
#include <QString>

namespace toasoan {

/// A person who logs in. The hash is Argon2id in libsodium's encoded form.
struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Reporter;
    QString passwordHash;
    bool active = true;
    QDateTime createdAt;
};

} // namespace toasoan
