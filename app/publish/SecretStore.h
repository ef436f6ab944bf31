#pragma once

#include "app/core/Result.h"
#include "app/model/Site.h"

#include <QHash>
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

/// The websites' secrets in the OS keychain (SystemKeychain), under keyFor(). The environment
/// variable TOASOAN_SITE_PASSWORD, when set, overrides every stored secret (command line use).
class SystemSecretStore final : public SecretStore
{
public:
    /// `service` names the keychain entries' owner (tests use their own).
    explicit SystemSecretStore(QString service = QStringLiteral("ToaSoan"), int timeoutMs = 10000);

    Result<QString> read(const Site &site) override;
    Result<void> write(const Site &site, const QString &secret) override;
    Result<void> remove(const Site &site) override;
    QString sessionOnlyReason() const override;

private:
    SystemKeychain m_keychain;
};

} // namespace toasoan
