#pragma once

#include "app/core/Result.h"
#include "app/model/Site.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace toasoan {

/// Where website passwords live. Never the database, never the settings file.
/// Thread-safe: the publishing worker reads secrets from its threads.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// The secret for the site; NotFound when none was given.
    virtual Result<QString> read(const Site &site) = 0;
    virtual Result<void> write(const Site &site, const QString &secret) = 0;
    virtual Result<void> remove(const Site &site) = 0;
    /// Empty when secrets are kept safely across sessions; otherwise a translated sentence
    /// saying plainly that they are kept for this session only, and why.
    virtual QString sessionOnlyReason() const = 0;

    /// The workspace's sites, told by whoever reads secrets for them (the worker, the command line),
    /// so that a secret meant for one site is never given to another (see SystemSecretStore).
    virtual void setWorkspaceSites(const QList<Site> &sites) { Q_UNUSED(sites); }

    /// The key a site's secret is filed under: "user@host/path", stable across workspaces.
    static QString keyFor(const Site &site);
};

/// Keeps secrets in memory for the session (tests, and the fallback of SystemSecretStore).
class MemorySecretStore final : public SecretStore
{
public:
    Result<QString> read(const Site &site) override;
    Result<void> write(const Site &site, const QString &secret) override;
    Result<void> remove(const Site &site) override;
    QString sessionOnlyReason() const override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

/// The OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager) through
/// QtKeychain, secrets filed under keys of the caller's choosing: the websites' (SystemSecretStore)
/// and the shared database's. When no keychain service answers (headless servers, CI without D-Bus)
/// a secret is kept in memory for this session only and unavailableReason() says why.
/// Thread-safe.
class SystemKeychain final
{
public:
    /// `service` names the keychain entries' owner (tests use their own).
    explicit SystemKeychain(QString service = QStringLiteral("ToaSoan"), int timeoutMs = 10000);

    /// The secret filed under `key`; an empty string when none is; an Io error (untranslated detail)
    /// when the keychain refused.
    Result<QString> read(const QString &key);
    Result<void> write(const QString &key, const QString &secret);
    Result<void> remove(const QString &key);
    /// Empty while the keychain answers; otherwise why it cannot (secrets then last this session).
    QString unavailableReason() const;

private:
    QString m_service;
    int m_timeoutMs;
    mutable QMutex m_mutex;
    QHash<QString, QString> m_session;
    QString m_unavailableReason; ///< set once the keychain failed for want of a service
};

/// The websites' secrets in the OS keychain (SystemKeychain), under keyFor().
///
/// Unattended workers (`toasoan outbox serve`, scheduled `outbox run`) and the command line take a
/// site's secret, before the keychain, from, in this order:
///  1. the variable TOASOAN_SITE_PASSWORD_<SITE>, SITE being siteKey(): the site's name without
///     Vietnamese marks (đ as d), upper-case, each run of other characters than A–Z and 0–9 one `_`,
///     none at either end ("Cổng huyện" → CONG_HUYEN); a name with no such character gives its id;
///  2. the secrets file named by TOASOAN_SECRETS_FILE: lines `SITE=secret` (or
///     `TOASOAN_SITE_PASSWORD_SITE=secret`), `#` comments; refused unless only its owner, the user
///     ToaSoan runs as, may read it (mode 0600 or 0400);
///  3. TOASOAN_SITE_PASSWORD, as earlier versions: only while the workspace has one website
///     connection (a second one would be sent the first one's password), else refused with a message
///     naming the variable to set.
class SystemSecretStore final : public SecretStore
{
public:
    /// `service` names the keychain entries' owner (tests use their own).
    explicit SystemSecretStore(QString service = QStringLiteral("ToaSoan"), int timeoutMs = 10000);

    Result<QString> read(const Site &site) override;
    Result<void> write(const Site &site, const QString &secret) override;
    Result<void> remove(const Site &site) override;
    QString sessionOnlyReason() const override;
    void setWorkspaceSites(const QList<Site> &sites) override;

    /// SITE in TOASOAN_SITE_PASSWORD_<SITE> and in the secrets file, for this site.
    static QString siteKey(const Site &site);
    /// "TOASOAN_SITE_PASSWORD_" + siteKey(site).
    static QString siteVariable(const Site &site);
    /// Ok when TOASOAN_SECRETS_FILE is unset, or names a file that may be used (read once, checked
    /// here): else the translated reason it is refused.
    static Result<void> checkSecretsFile();

private:
    /// The site's secret from the environment or the secrets file; an empty string when none is set.
    Result<QString> readUnattended(const Site &site);

    SystemKeychain m_keychain;
    mutable QMutex m_mutex;
    QList<Site> m_sites; ///< the workspace's sites, when told (setWorkspaceSites)
    bool m_sitesKnown = false;
};

} // namespace toasoan
