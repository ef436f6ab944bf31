#include "app/publish/SecretStore.h"

#include "app/text/Slug.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>
#include <cerrno>
#include <cstring>
#include <optional>
#include <qt6keychain/keychain.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

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
                              "(or, for the command line and unattended workers, set %2 or give %3 in the secrets "
                              "file named by TOASOAN_SECRETS_FILE).")
                         .arg(site.name, SystemSecretStore::siteVariable(site), SystemSecretStore::siteKey(site)));
}

struct SecretsFile
{
    QHash<QString, QString> entries; ///< SITE → secret
};

// Reads and checks the file named by TOASOAN_SECRETS_FILE; nullopt entries when it is unset.
Result<std::optional<SecretsFile>> loadSecretsFile()
{
    const QString path = qEnvironmentVariable("TOASOAN_SECRETS_FILE");
    if (path.isEmpty()) {
        return std::optional<SecretsFile>();
    }
    const QString shown = QDir::toNativeSeparators(path);
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return makeError(ErrorCode::Io,
                         Text::tr("The secrets file %1 (TOASOAN_SECRETS_FILE) cannot be read: %2.")
                             .arg(shown, QString::fromLocal8Bit(std::strerror(errno))),
                         path);
    }
    if (info.st_uid != ::geteuid()) {
        return makeError(ErrorCode::Forbidden,
                         Text::tr("The secrets file %1 belongs to another user: ToaSoan reads passwords only from a "
                                  "file of the user it runs as. Give it to that user (chown) with mode 0600.")
                             .arg(shown),
                         QStringLiteral("owner uid %1, running as uid %2").arg(info.st_uid).arg(::geteuid()));
    }
    if ((info.st_mode & 077) != 0) {
        return makeError(
            ErrorCode::Forbidden,
            Text::tr("The secrets file %1 may be read by other users (mode %2): ToaSoan refuses it. Make it private "
                     "with \"chmod 600 %1\".")
                .arg(shown, QStringLiteral("0%1").arg(info.st_mode & 0777, 3, 8, QLatin1Char('0'))),
            QStringLiteral("mode 0%1").arg(info.st_mode & 0777, 3, 8, QLatin1Char('0')));
    }
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            Text::tr("The secrets file %1 (TOASOAN_SECRETS_FILE) cannot be read: %2.").arg(shown, file.errorString()),
            path);
    }
    SecretsFile secrets;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || equals <= 0) {
            continue;
        }
        QString key = line.left(equals).trimmed();
        if (key.startsWith(QLatin1String("TOASOAN_SITE_PASSWORD_"))) {
            key = key.mid(22);
        }
        secrets.entries.insert(key, line.mid(equals + 1).trimmed());
    }
    return std::optional<SecretsFile>(secrets);
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

QString SystemSecretStore::siteKey(const Site &site)
{
    QString key = text::slugify(site.name, 1000).toUpper();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    static const QRegularExpression other(QStringLiteral("[^A-Z0-9_]+"));
    key.replace(other, QStringLiteral("_"));
    while (key.contains(QStringLiteral("__"))) {
        key.replace(QStringLiteral("__"), QStringLiteral("_"));
    }
    while (key.startsWith(QLatin1Char('_'))) {
        key.remove(0, 1);
    }
    while (key.endsWith(QLatin1Char('_'))) {
        key.chop(1);
    }
    return key.isEmpty() ? QString::number(site.id) : key;
}

QString SystemSecretStore::siteVariable(const Site &site)
{
    return QStringLiteral("TOASOAN_SITE_PASSWORD_") + siteKey(site);
}

Result<void> SystemSecretStore::checkSecretsFile()
{
    TOASOAN_TRY(file, loadSecretsFile());
    return {};
}

void SystemSecretStore::setWorkspaceSites(const QList<Site> &sites)
{
    QMutexLocker lock(&m_mutex);
    m_sites = sites;
    m_sitesKnown = true;
}

Result<QString> SystemSecretStore::readUnattended(const Site &site)
{
    const QString key = siteKey(site);
    QList<Site> sites;
    bool known = false;
    {
        QMutexLocker lock(&m_mutex);
        sites = m_sites;
        known = m_sitesKnown;
    }
    auto sameKey = [&]() -> std::optional<Site> {
        for (const Site &other : std::as_const(sites)) {
            if (other.id != site.id && siteKey(other) == key) {
                return other;
            }
        }
        return std::nullopt;
    };
    const QString variable = siteVariable(site);
    QString secret = qEnvironmentVariable(qPrintable(variable));
    if (secret.isEmpty()) {
        TOASOAN_TRY(file, loadSecretsFile());
        if (file->has_value()) {
            secret = (*file)->entries.value(key);
        }
    }
    if (!secret.isEmpty()) {
        if (const auto twin = sameKey()) {
            return makeError(ErrorCode::Invalid,
                             Text::tr("The website connections %1 and %2 both read their password from %3: rename "
                                      "one of them so that each has its own.")
                                 .arg(site.name, twin->name, variable));
        }
        return secret;
    }
    const QString shared = qEnvironmentVariable("TOASOAN_SITE_PASSWORD");
    if (shared.isEmpty()) {
        return QString();
    }
    if (known && sites.size() > 1) {
        return makeError(ErrorCode::Invalid,
                         Text::tr("TOASOAN_SITE_PASSWORD serves a workspace with one website connection only, and "
                                  "this one has %1: it would give one site's password to the others. Set %2 for %3 "
                                  "(or give %4 in the secrets file named by TOASOAN_SECRETS_FILE).")
                             .arg(sites.size())
                             .arg(variable, site.name, key));
    }
    return shared;
}

Result<QString> SystemSecretStore::read(const Site &site)
{
    TOASOAN_TRY(unattended, readUnattended(site));
    if (!unattended->isEmpty()) {
        return *unattended;
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
                    "TOASOAN_SITE_PASSWORD_<SITE> or the secrets file named by TOASOAN_SECRETS_FILE.")
        .arg(unavailable);
}

} // namespace toasoan
