#include "app/auth/PasswordHasher.h"

#include <QByteArray>
#include <sodium.h>

namespace toasoan::PasswordHasher {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString hash(const QString &password)
{
    if (!sodiumReady()) {
        return {};
    }
    const QByteArray utf8 = password.normalized(QString::NormalizationForm_C).toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool verify(const QString &password, const QString &encodedHash)
{
    if (!sodiumReady() || !encodedHash.startsWith(QLatin1String("$argon2id$"))) {
        return false;
    }
    const QByteArray utf8 = password.normalized(QString::NormalizationForm_C).toUtf8();
    const QByteArray stored = encodedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace toasoan::PasswordHasher
