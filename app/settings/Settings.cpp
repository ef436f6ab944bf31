#include "app/settings/Settings.h"

#include "app/core/DatabaseLocation.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QVariant>
#include <functional>

namespace toasoan {

namespace {

// The only place that spells settings keys. "Group/key" keeps the INI file readable.
constexpr auto kVersionKey = "meta/version";
// Not "general/...": QSettings reads an INI [General] section (any case) as the top level.
constexpr auto kLanguageKey = "interface/language";
constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
constexpr auto kSplitterKey = "mainWindow/splitterSizes";
constexpr auto kLastLoginKey = "login/lastLogin";
constexpr auto kDatabaseKey = "database/location";
constexpr auto kBackupFolderKey = "backup/folder";
// Per person: under "users/<login>/", the same names as the per-machine keys they replaced.
constexpr auto kUsersGroup = "users/";
constexpr auto kSessionWorkspaceKey = "session/workspace";
constexpr auto kSessionArticlesKey = "session/openArticles";
constexpr auto kSessionCurrentKey = "session/currentArticle";
constexpr auto kAutosaveKey = "editor/autosaveSeconds";
constexpr auto kTitleLimitKey = "editor/titleLengthLimit";
constexpr auto kSapoLimitKey = "editor/sapoLengthLimit";
constexpr auto kSpellCheckKey = "editor/spellCheck";
constexpr auto kConfirmStepsKey = "workflow/confirmSteps";
constexpr auto kAutosaveEnv = "TOASOAN_AUTOSAVE_SECONDS";
// An hour between autosaves is already more than anyone should risk.
constexpr int kMaxAutosaveSeconds = 3600;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// `name` in the group of `login`; the login as one key segment ("/" and the like must not open
// sub-groups), not case-sensitive like logging in.
QString personalKey(const QString &login, const char *name)
{
    return key(kUsersGroup) + QString::fromLatin1(login.trimmed().toLower().toUtf8().toPercentEncoding()) +
           QLatin1Char('/') + key(name);
}

// Up to version 1 these were the machine's, shared by everyone who logged in on it.
constexpr const char *kPersonalKeys[] = {kGeometryKey, kStateKey, kSplitterKey, kSpellCheckKey};
constexpr const char *kOldSessionKeys[] = {kSessionWorkspaceKey, kSessionArticlesKey, kSessionCurrentKey};

QString languageCode(const QString &value)
{
    // Accept locale names ("vi_VN", "en-US") that people type when editing the file by hand.
    const QString code = value.trimmed().left(2).toLower();
    if (code == QLatin1String("vi") || code == QLatin1String("en")) {
        return code;
    }
    return {};
}

struct Migration
{
    int version;
    std::function<void(QSettings &)> apply;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        // 1: first versioned layout. Unversioned files may carry hand-written language values.
        {1,
         [](QSettings &s) {
             if (!s.contains(key(kLanguageKey))) {
                 return;
             }
             const QString code = languageCode(s.value(key(kLanguageKey)).toString());
             if (code.isEmpty()) {
                 s.remove(key(kLanguageKey));
             } else {
                 s.setValue(key(kLanguageKey), code);
             }
         }},
        // 2: per-person settings. The layout and the spell-check toggle go to whoever logged in
        // last (who most likely set them); the open articles are dropped rather than handed to
        // whoever logs in next: they may be someone's drafts.
        {2,
         [](QSettings &s) {
             const QString login = s.value(key(kLastLoginKey)).toString();
             for (const char *name : kPersonalKeys) {
                 if (s.contains(key(name)) && !login.trimmed().isEmpty()) {
                     s.setValue(personalKey(login, name), s.value(key(name)));
                 }
                 s.remove(key(name));
             }
             for (const char *name : kOldSessionKeys) {
                 s.remove(key(name));
             }
         }},
    };
    return steps;
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

Settings::~Settings() = default;

void Settings::migrate()
{
    int current = version();
    if (current >= kCurrentVersion) {
        return;
    }
    for (const Migration &step : migrations()) {
        if (step.version > current) {
            step.apply(*m_settings);
            current = step.version;
        }
    }
    m_settings->setValue(key(kVersionKey), current);
}

void Settings::setUser(const QString &login)
{
    m_user = login.trimmed();
}

QString Settings::personal(const char *name) const
{
    return m_user.isEmpty() ? QString() : personalKey(m_user, name);
}

QVariant Settings::personalValue(const char *name, const QVariant &fallback) const
{
    const QString path = personal(name);
    return path.isEmpty() ? fallback : m_settings->value(path, fallback);
}

void Settings::setPersonal(const char *name, const QVariant &value)
{
    if (const QString path = personal(name); !path.isEmpty()) {
        m_settings->setValue(path, value);
    }
}

int Settings::version() const
{
    return m_settings->value(key(kVersionKey), 0).toInt();
}

QString Settings::language() const
{
    return languageCode(m_settings->value(key(kLanguageKey)).toString());
}

void Settings::setLanguage(const QString &language)
{
    const QString code = languageCode(language);
    if (code.isEmpty()) {
        m_settings->remove(key(kLanguageKey));
    } else {
        m_settings->setValue(key(kLanguageKey), code);
    }
}

QByteArray Settings::mainWindowGeometry() const
{
    return personalValue(kGeometryKey).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    setPersonal(kGeometryKey, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return personalValue(kStateKey).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    setPersonal(kStateKey, state);
}

QList<int> Settings::mainSplitterSizes() const
{
    // Stored as a plain list so the INI file stays readable ("400, 600").
    QList<int> sizes;
    const QVariantList values = personalValue(kSplitterKey).toList();
    for (const QVariant &value : values) {
        bool ok = false;
        const int size = value.toInt(&ok);
        if (!ok || size < 0) {
            return {};
        }
        sizes.append(size);
    }
    return sizes;
}

void Settings::setMainSplitterSizes(const QList<int> &sizes)
{
    QVariantList values;
    for (int size : sizes) {
        values.append(size);
    }
    setPersonal(kSplitterKey, values);
}

QList<qint64> Settings::openArticles(const QString &workspacePath) const
{
    if (workspacePath.isEmpty() || personalValue(kSessionWorkspaceKey).toString() != workspacePath) {
        return {};
    }
    QList<qint64> ids;
    const QVariantList values = personalValue(kSessionArticlesKey).toList();
    for (const QVariant &value : values) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (ok && id > 0 && !ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

qint64 Settings::currentArticle(const QString &workspacePath) const
{
    if (workspacePath.isEmpty() || personalValue(kSessionWorkspaceKey).toString() != workspacePath) {
        return 0;
    }
    return qMax<qint64>(0, personalValue(kSessionCurrentKey).toLongLong());
}

void Settings::setOpenArticles(const QString &workspacePath, const QList<qint64> &ids, qint64 currentId)
{
    QVariantList values;
    for (qint64 id : ids) {
        values.append(id);
    }
    setPersonal(kSessionWorkspaceKey, workspacePath);
    setPersonal(kSessionArticlesKey, values);
    setPersonal(kSessionCurrentKey, currentId);
}

int Settings::autosaveIntervalSeconds() const
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue(kAutosaveEnv, &ok);
    if (ok && fromEnv > 0) {
        return qMin(fromEnv, kMaxAutosaveSeconds);
    }
    const int stored = m_settings->value(key(kAutosaveKey), kDefaultAutosaveSeconds).toInt(&ok);
    return ok && stored > 0 ? qMin(stored, kMaxAutosaveSeconds) : kDefaultAutosaveSeconds;
}

void Settings::setAutosaveIntervalSeconds(int seconds)
{
    m_settings->setValue(key(kAutosaveKey), qBound(1, seconds, kMaxAutosaveSeconds));
}

int Settings::titleLengthLimit() const
{
    bool ok = false;
    const int limit = m_settings->value(key(kTitleLimitKey), kDefaultTitleLimit).toInt(&ok);
    return ok && limit > 0 ? limit : kDefaultTitleLimit;
}

void Settings::setTitleLengthLimit(int characters)
{
    m_settings->setValue(key(kTitleLimitKey), qMax(1, characters));
}

int Settings::sapoLengthLimit() const
{
    bool ok = false;
    const int limit = m_settings->value(key(kSapoLimitKey), kDefaultSapoLimit).toInt(&ok);
    return ok && limit > 0 ? limit : kDefaultSapoLimit;
}

void Settings::setSapoLengthLimit(int characters)
{
    m_settings->setValue(key(kSapoLimitKey), qMax(1, characters));
}

bool Settings::spellCheckEnabled() const
{
    return personalValue(kSpellCheckKey, true).toBool();
}

void Settings::setSpellCheckEnabled(bool enabled)
{
    setPersonal(kSpellCheckKey, enabled);
}

bool Settings::confirmWorkflowSteps() const
{
    return personalValue(kConfirmStepsKey, true).toBool();
}

void Settings::setConfirmWorkflowSteps(bool confirm)
{
    setPersonal(kConfirmStepsKey, confirm);
}

QString Settings::lastLogin() const
{
    return m_settings->value(key(kLastLoginKey)).toString();
}

void Settings::setLastLogin(const QString &login)
{
    m_settings->setValue(key(kLastLoginKey), login);
}

QString Settings::databaseLocation() const
{
    return m_settings->value(key(kDatabaseKey)).toString();
}

void Settings::setDatabaseLocation(const QString &location)
{
    QString stored = location.trimmed();
    if (isPostgresLocation(stored)) {
        // The password belongs in the keychain: what cannot be read safely is not stored at all.
        auto parsed = parsePostgresLocation(stored);
        if (!parsed) {
            return;
        }
        parsed->password.clear();
        stored = parsed->uri();
    }
    m_settings->setValue(key(kDatabaseKey), stored);
}

QString Settings::backupFolder() const
{
    const QString chosen = m_settings->value(key(kBackupFolderKey)).toString();
    if (!chosen.isEmpty()) {
        return chosen;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sao-luu"));
}

void Settings::setBackupFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty()) {
        m_settings->remove(key(kBackupFolderKey));
    } else {
        m_settings->setValue(key(kBackupFolderKey), QDir::cleanPath(folder.trimmed()));
    }
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace toasoan
