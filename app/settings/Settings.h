#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>

class QSettings;

namespace toasoan {

/// The preferences, typed. Every QSettings key of the application lives in Settings.cpp: widgets
/// ask this class and never spell a key themselves.
///
/// One computer may be shared by the office (one system account, several people logging in to
/// ToaSoan): what belongs to a person — the window layout, the open articles, the spell-check
/// toggle — is kept per ToaSoan login (setUser()), so nothing of one person is shown to the
/// next. The rest (language, autosave interval, length limits, the last login) is the machine's.
class Settings final
{
public:
    /// The version migrate() brings a settings file to.
    static constexpr int kCurrentVersion = 2;

    /// The per-user settings of the application identity (organization/application names).
    Settings();
    /// An INI file at `iniPath` (tests, portable installs).
    explicit Settings(const QString &iniPath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    /// Brings keys written by older versions up to kCurrentVersion. A file written by a newer
    /// ToaSoan is left as it is: its keys may mean things this version does not know.
    void migrate();
    int version() const;

    /// The person logged in (their login): the per-person settings below are theirs from now on.
    /// Without one (empty), those read as their defaults and are not written.
    void setUser(const QString &login);
    QString user() const { return m_user; }

    /// "vi", "en" or empty (not chosen: the default applies).
    QString language() const;
    void setLanguage(const QString &language);

    // Per person (setUser()):
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    /// Sizes of the list/editor/metadata splitter; empty when never saved.
    QList<int> mainSplitterSizes() const;
    void setMainSplitterSizes(const QList<int> &sizes);

    /// The articles open in tabs when the window closed, for the workspace at `workspacePath`
    /// (ids of another workspace mean other articles: they are not returned).
    QList<qint64> openArticles(const QString &workspacePath) const;
    /// The id of the tab that was in front, or 0.
    qint64 currentArticle(const QString &workspacePath) const;
    void setOpenArticles(const QString &workspacePath, const QList<qint64> &ids, qint64 currentId);

    /// Seconds between autosaves of an edited article (default 30). The environment variable
    /// TOASOAN_AUTOSAVE_SECONDS overrides the stored value (tests, kiosk set-ups).
    int autosaveIntervalSeconds() const;
    void setAutosaveIntervalSeconds(int seconds);
    static constexpr int kDefaultAutosaveSeconds = 30;

    /// Headline and sapo lengths, in characters, past which the editor warns.
    int titleLengthLimit() const;
    void setTitleLengthLimit(int characters);
    int sapoLengthLimit() const;
    void setSapoLengthLimit(int characters);
    static constexpr int kDefaultTitleLimit = 100;
    static constexpr int kDefaultSapoLimit = 300;

    /// Whether the editor underlines misspelled words (default on). Per person.
    bool spellCheckEnabled() const;
    void setSpellCheckEnabled(bool enabled);
    /// Whether submitting, forwarding and approving ask for a confirmation first (default on;
    /// off once the person ticked "Không hỏi lại"). Per person.
    bool confirmWorkflowSteps() const;
    void setConfirmWorkflowSteps(bool confirm);

    /// The login typed at the last successful log-in. The password is never stored.
    QString lastLogin() const;
    void setLastLogin(const QString &login);

    /// The workspace this computer opens when neither --database nor TOASOAN_DB names one: an SQLite
    /// file path or a PostgreSQL location (chosen at the first start or in "Cơ sở dữ liệu"). Empty
    /// when never chosen. A PostgreSQL location is stored without its password (that goes to the
    /// keychain); one that cannot be parsed is not stored.
    QString databaseLocation() const;
    void setDatabaseLocation(const QString &location);

    /// The folder of this computer's automatic backups of an SQLite workspace (the machine's, chosen by an
    /// administrator); by default "sao-luu" in the application's data folder (~/.local/share/...).
    QString backupFolder() const;
    /// Empty: back to the default.
    void setBackupFolder(const QString &folder);

    /// Writes pending changes to disk.
    void sync();
    /// Where the settings live (shown in the About box, used by tests).
    QString fileName() const;

private:
    /// The key of `name` in the current person's group; empty without a person.
    QString personal(const char *name) const;
    QVariant personalValue(const char *name, const QVariant &fallback = {}) const;
    void setPersonal(const char *name, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
    QString m_user;
};

} // namespace toasoan
