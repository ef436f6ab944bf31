#include "app/publish/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::SecretStore)
};

Error noSecret(const Site &site)
{
    return makeError(ErrorCode::NotFound,
                     Text::tr("No password is stored for the connection %1. Enter it in the connection's settings "
                              "(or set TOASOAN_SITE_PASSWORD for the command line).")
                         .arg(site.name));
}

struct JobOutcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;
    bool finished = false;
};

// QtKeychain is asynchronous; secrets are read seldom (then cached by the caller's client),
// so a short local loop with a timeout is simpler than threading callbacks through the core.
JobOutcome runJob(QKeychain::Job *job, int timeoutMs)
{
    JobOutcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.errorString = done->errorString();
        if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(done)) {
            outcome.text = reader->textData();
        }
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    if (!outcome.finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!outcome.finished) {
        outcome.error = QKeychain::NoBackendAvailable;
        outcome.errorString = QStringLiteral("the keychain service did not answer in time");
    }
    job->deleteLater();
    return outcome;
}

bool serviceMissing(const JobOutcome &o)
{
    // Without a Secret Service or KWallet, QtKeychain reports "no backend" or, on some systems,
    // an OtherError "Unknown error". Only a refusal by the user is a real answer.
    return o.error == QKeychain::NoBackendAvailable || o.error == QKeychain::NotImplemented ||
           o.error == QKeychain::OtherError;
}

// On Linux the keychain lives behind the D-Bus session bus; without one (servers, CI, cron)
// asking would only wait for a timeout.
QString missingServiceReason()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return Text::tr("no D-Bus session bus");
    }
#endif
    return {};
}

} // namespace

QString SecretStore::keyFor(const Site &site)
{
    return site.username + QLatin1Char('@') + site.baseUrl.host() + site.baseUrl.path();
}

Result<QString> MemorySecretStore::read(const Site &site)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_secrets.constFind(keyFor(site));
    if (it == m_secrets.cend()) {
        return noSecret(site);
    }
    return it.value();
}

Result<void> MemorySecretStore::write(const Site &site, const QString &secret)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.insert(keyFor(site), secret);
    return {};
}

Result<void> MemorySecretStore::remove(const Site &site)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.remove(keyFor(site));
    return {};
}

QString MemorySecretStore::sessionOnlyReason() const
{
    return Text::tr("Passwords are kept in memory for this session only.");
}

SystemKeychain::SystemKeychain(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs), m_unavailableReason(missingServiceReason())
{
}

Result<QString> SystemKeychain::read(const QString &key)
{
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_session.constFind(key); it != m_session.cend()) {
            return it.value();
        }
        if (!m_unavailableReason.isEmpty()) {
            return QString();
        }
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const JobOutcome outcome = runJob(job, m_timeoutMs);
    QMutexLocker lock(&m_mutex);
    if (outcome.error == QKeychain::NoError) {
        m_session.insert(key, outcome.text);
        return outcome.text;
    }
    if (outcome.error == QKeychain::EntryNotFound) {
        return QString();
    }
    if (serviceMissing(outcome)) {
        m_unavailableReason = outcome.errorString;
        return QString();
    }
    return makeError(ErrorCode::Io, Text::tr("The system keychain refused to give a password."), outcome.errorString);
}

Result<void> SystemKeychain::write(const QString &key, const QString &secret)
{
    {
        QMutexLocker lock(&m_mutex);
        m_session.insert(key, secret);
        if (!m_unavailableReason.isEmpty()) {
            return {}; // kept for the session; unavailableReason() tells the user
        }
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    const JobOutcome outcome = runJob(job, m_timeoutMs);
    if (outcome.error == QKeychain::NoError) {
        return {};
    }
    if (serviceMissing(outcome)) {
        QMutexLocker lock(&m_mutex);
        m_unavailableReason = outcome.errorString;
        return {};
    }
    return makeError(ErrorCode::Io, Text::tr("The system keychain could not store a password."), outcome.errorString);
}

Result<void> SystemKeychain::remove(const QString &key)
{
    {
        QMutexLocker lock(&m_mutex);
        m_session.remove(key);
        if (!m_unavailableReason.isEmpty()) {
            return {};
        }
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const JobOutcome outcome = runJob(job, m_timeoutMs);
    if (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound || serviceMissing(outcome)) {
        return {};
    }
    return makeError(ErrorCode::Io, Text::tr("The system keychain could not delete a password."), outcome.errorString);
}

QString SystemKeychain::unavailableReason() const
{
    QMutexLocker lock(&m_mutex);
    return m_unavailableReason;
}

SystemSecretStore::SystemSecretStore(QString service, int timeoutMs) : m_keychain(std::move(service), timeoutMs) {}

Result<QString> SystemSecretStore::read(const Site &site)
{
    const QString fromEnvironment = qEnvironmentVariable("TOASOAN_SITE_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    auto stored = m_keychain.read(keyFor(site));
    if (!stored) {
        return makeError(ErrorCode::Io,
                         Text::tr("The system keychain refused to give the password of %1.").arg(site.name),
                         stored.error().detail);
    }
    if (stored->isEmpty()) {
        return noSecret(site);
    }
    return stored;
}

Result<void> SystemSecretStore::write(const Site &site, const QString &secret)
{
    auto written = m_keychain.write(keyFor(site), secret);
    if (!written) {
        return makeError(ErrorCode::Io,
                         Text::tr("The system keychain could not store the password of %1.").arg(site.name),
                         written.error().detail);
    }
    return {};
}

Result<void> SystemSecretStore::remove(const Site &site)
{
    auto removed = m_keychain.remove(keyFor(site));
    if (!removed) {
        return makeError(ErrorCode::Io,
                         Text::tr("The system keychain could not delete the password of %1.").arg(site.name),
                         removed.error().detail);
    }
    return {};
}

QString SystemSecretStore::sessionOnlyReason() const
{
    const QString unavailable = m_keychain.unavailableReason();
    if (unavailable.isEmpty()) {
        return {};
    }
    return Text::tr("No system keychain is available on this computer (%1). Passwords are kept in memory for this "
                    "session only and must be entered again after a restart; the command line can read "
                    "TOASOAN_SITE_PASSWORD.")
        .arg(unavailable);
}

} // namespace toasoan
