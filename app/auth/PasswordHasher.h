#pragma once

#include <QString>

namespace toasoan {

/// Argon2id password hashing through libsodium (crypto_pwhash_str, interactive limits).
namespace PasswordHasher {

/// The encoded hash ("$argon2id$v=19$..."), or an empty string if libsodium failed.
QString hash(const QString &password);
/// True when `password` matches `encodedHash`; false for any malformed hash.
bool verify(const QString &password, const QString &encodedHash);

} // namespace PasswordHasher

} // namespace toasoan
