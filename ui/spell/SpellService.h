#pragma once

#include "app/core/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace toasoan {
class Database;
class Settings;
class SpellChecker;
} // namespace toasoan

namespace toasoan::ui {

/// A misspelled word of one paragraph, as the editor underlines it.
struct Misspelling
{
    int start = 0; ///< in the paragraph's text (UTF-16 units)
    int length = 0;
    QString word; ///< as written
    QString key;  ///< NFC, new tone placement: what "ignore" and "add" compare

    bool operator==(const Misspelling &other) const = default;
};
using Misspellings = QList<Misspelling>;

/// Spell checking for the editors of a window. The Vietnamese dictionary is loaded once per process,
/// on a worker thread, the first time an editor asks (the window never waits for it), and shared by
/// every open article. Paragraphs are checked on this service's own worker thread; the UI thread only
/// applies results. It also holds what the office taught the checker (the personal dictionary in the
/// workspace database), the words ignored during this session, and the on/off setting.
///
/// The loaded checker is shared by the whole process: the application opens one workspace per process,
/// so one office dictionary at a time.
class SpellService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellService)

public:
    enum class State
    {
        Idle,        ///< nothing asked for it yet
        Loading,     ///< the dictionary is being read on a worker thread
        Ready,       ///< checking works
        Unavailable, ///< no dictionary (see error()); the editors work without spell checking
    };
    Q_ENUM(State)

    /// `db` stores the office dictionary (words cannot be added without it), `userId` is who adds
    /// them; `settings` keeps the on/off choice (on when null). Nothing is loaded yet.
    SpellService(Database *db, qint64 userId, Settings *settings, QObject *parent = nullptr);
    ~SpellService() override;

    /// Where to look for vi_VN.aff/.dic; before the first load() (tests). Empty: the system folders.
    void setDirectories(const QStringList &directories);

    /// Starts loading the dictionary in the background, once; stateChanged() tells the outcome.
    void load();
    State state() const { return m_state; }
    /// Why spell checking is unavailable (translated), when state() is Unavailable.
    const Error &error() const { return m_error; }
    /// The unavailability message, the first time it is asked for; empty afterwards (shown once).
    QString takeUnavailableNotice();

    /// The user's choice (the setting), whatever the dictionary's state.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    /// Checking happens: enabled and the dictionary is loaded.
    bool isActive() const { return m_enabled && m_state == State::Ready; }

    /// Changes when the checker's answers change for text already checked (the office dictionary
    /// was read again): results of an older revision are stale.
    quint64 revision() const { return m_revision; }
    /// Whether a misspelling with this key is accepted anyway: ignored in this session, or added to the
    /// office dictionary since its paragraph was checked.
    bool isAccepted(const QString &key) const;

    bool canAddWords() const { return m_db != nullptr; }
    /// Adds `word` to the office dictionary (stored in the database with the user's id) and to the
    /// checker; every editor drops its underline.
    Result<void> addToDictionary(const QString &word);
    /// Accepts `word` (any capitalisation) until the application closes.
    void ignore(const QString &word);
    /// Reads the office dictionary from the database again (another computer changed it).
    void reloadPersonalWords();

    /// Checks `texts` on the worker thread and calls `done` on `receiver`'s thread with the
    /// revision they were checked at and one list per text. Nothing is called when `receiver` is gone.
    void check(const QStringList &texts, QObject *receiver,
               std::function<void(quint64 revision, const QList<Misspellings> &results)> done);
    /// Corrections for `word`, when they were computed already.
    std::optional<QStringList> cachedSuggestions(const QString &word) const;
    /// Computes corrections on the worker thread (Hunspell may take a few hundred milliseconds for
    /// a long foreign word) and calls `done` on `receiver`'s thread.
    void suggest(const QString &word, QObject *receiver, std::function<void(const QStringList &)> done);

    /// Paragraphs checked so far, and how many of them were checked on the UI thread (none should be).
    int textsChecked() const { return m_textsChecked.load(); }
    int textsCheckedOnUiThread() const { return m_textsCheckedOnUiThread.load(); }

    /// The key of a word: NFC, new tone placement (hòa → hoà).
    static QString keyFor(const QString &word);

signals:
    void stateChanged(toasoan::ui::SpellService::State state);
    void enabledChanged(bool enabled);
    /// Words were ignored or added: underlines must be drawn again (no new check is needed).
    void acceptedWordsChanged();
    /// revision() changed: every paragraph must be checked again.
    void revisionChanged();

private:
    void loaded(std::shared_ptr<SpellChecker> checker, const Error &error);
    Result<QStringList> readPersonalWords();

    Database *m_db = nullptr;
    qint64 m_userId = 0;
    Settings *m_settings = nullptr;
    QStringList m_directories;
    State m_state = State::Idle;
    Error m_error;
    bool m_noticeTaken = false;
    bool m_enabled = true;
    quint64 m_revision = 1;
    std::shared_ptr<SpellChecker> m_checker;
    QSet<QString> m_ignored; ///< lower-case keys
    QSet<QString> m_added;   ///< keys of the words added this session
    QHash<QString, QStringList> m_suggestions;
    QThreadPool m_pool; ///< one thread: checks run in order and never crowd the global pool
    std::atomic<int> m_textsChecked = 0;
    std::atomic<int> m_textsCheckedOnUiThread = 0;
};

} // namespace toasoan::ui
