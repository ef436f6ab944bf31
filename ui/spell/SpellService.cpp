#include "ui/spell/SpellService.h"

#include "app/settings/Settings.h"
#include "app/spell/PersonalDictionary.h"
#include "app/spell/SpellChecker.h"
#include "app/text/Normalize.h"
#include "app/text/ToneStyle.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QThread>

namespace toasoan::ui {

namespace {

Q_LOGGING_CATEGORY(lcSpell, "toasoan.spell")

// Suggestions already computed, per word: bounded, a session meets few distinct typos.
constexpr qsizetype kMaxCachedSuggestions = 500;

struct Loaded
{
    std::shared_ptr<SpellChecker> checker;
    Error error;
};

// Hunspell reads its files once per process, whichever window or tab asks first; a later asker
// (on the worker thread too) waits for the first load instead of repeating it.
Loaded loadShared(const QStringList &directories)
{
    static QMutex mutex;
    static QHash<QString, Loaded> loaded;
    const QString key = directories.join(QLatin1Char('\n'));
    QMutexLocker lock(&mutex);
    if (const auto found = loaded.constFind(key); found != loaded.cend()) {
        return *found;
    }
    Loaded result;
    auto opened = SpellChecker::open(directories);
    if (opened) {
        result.checker = std::shared_ptr<SpellChecker>(std::move(opened.value()));
    } else {
        result.error = opened.error();
    }
    loaded.insert(key, result);
    return result;
}

} // namespace

SpellService::SpellService(Database *db, qint64 userId, Settings *settings, QObject *parent)
    : QObject(parent), m_db(db), m_userId(userId), m_settings(settings)
{
    setObjectName(QStringLiteral("spellService"));
    m_enabled = !settings || settings->spellCheckEnabled();
    m_pool.setMaxThreadCount(1);
}

SpellService::~SpellService()
{
    m_pool.clear();
    m_pool.waitForDone(); // a running batch is short; its results are dropped with this object
}

void SpellService::setDirectories(const QStringList &directories)
{
    m_directories = directories;
}

QString SpellService::keyFor(const QString &word)
{
    return text::convertToneStyle(text::normalize(word), text::ToneStyle::New).text;
}

Result<QStringList> SpellService::readPersonalWords()
{
    if (!m_db) {
        return QStringList();
    }
    return PersonalDictionary(*m_db).words();
}

void SpellService::load()
{
    if (m_state != State::Idle) {
        return;
    }
    m_state = State::Loading;
    // The office's words are few: read them here (the database connection belongs to this thread) and
    // hand them to the checker before it checks anything.
    auto words = readPersonalWords();
    if (!words) {
        qCWarning(lcSpell) << "office dictionary not read:" << words.error().detail;
    }
    const QStringList personal = words ? *words : QStringList();
    const QStringList directories = m_directories;
    m_pool.start([this, directories, personal] {
        Loaded result = loadShared(directories);
        if (result.checker) {
            result.checker->setPersonalWords(personal);
        }
        QMetaObject::invokeMethod(
            this, [this, result] { loaded(result.checker, result.error); }, Qt::QueuedConnection);
    });
}

void SpellService::loaded(std::shared_ptr<SpellChecker> checker, const Error &error)
{
    m_checker = std::move(checker);
    if (m_checker) {
        m_state = State::Ready;
    } else {
        m_state = State::Unavailable;
        m_error = error;
        qCInfo(lcSpell) << "spell checking off:" << error.detail;
    }
    emit stateChanged(m_state);
}

QString SpellService::takeUnavailableNotice()
{
    if (m_state != State::Unavailable || m_noticeTaken) {
        return {};
    }
    m_noticeTaken = true;
    return m_error.message;
}

void SpellService::setEnabled(bool enabled)
{
    if (enabled == m_enabled) {
        return;
    }
    m_enabled = enabled;
    if (m_settings) {
        m_settings->setSpellCheckEnabled(enabled);
    }
    if (enabled) {
        load();
    }
    emit enabledChanged(enabled);
}

bool SpellService::isAccepted(const QString &key) const
{
    if (m_ignored.isEmpty() && m_added.isEmpty()) {
        return false;
    }
    const QString lower = key.toLower();
    // As the office dictionary does: a lower-case entry accepts any capitalisation, "iPhone" only itself.
    return m_ignored.contains(lower) || m_added.contains(key) || m_added.contains(lower);
}

Result<void> SpellService::addToDictionary(const QString &word)
{
    if (!m_db) {
        return makeError(ErrorCode::Invalid, tr("Words can only be added to the dictionary of a workspace."));
    }
    auto added = PersonalDictionary(*m_db).add(word, m_userId);
    if (!added) {
        return added;
    }
    if (m_checker) {
        m_checker->addPersonalWord(word);
    }
    // Paragraphs already checked keep their results; this set hides the word in them.
    m_added.insert(keyFor(word.trimmed()));
    emit acceptedWordsChanged();
    return {};
}

void SpellService::ignore(const QString &word)
{
    m_ignored.insert(keyFor(word.trimmed()).toLower());
    emit acceptedWordsChanged();
}

void SpellService::reloadPersonalWords()
{
    auto words = readPersonalWords();
    if (!words) {
        qCWarning(lcSpell) << "office dictionary not read:" << words.error().detail;
        return;
    }
    if (m_checker) {
        m_checker->setPersonalWords(*words);
    }
    m_added.clear(); // the checker knows them now, and a removed word must show again
    ++m_revision;
    emit revisionChanged();
}

void SpellService::check(const QStringList &texts, QObject *receiver,
                         std::function<void(quint64, const QList<Misspellings> &)> done)
{
    if (!m_checker || texts.isEmpty()) {
        return;
    }
    const quint64 revision = m_revision;
    QPointer<QObject> guard(receiver);
    m_pool.start([this, checker = m_checker, texts, revision, guard, done = std::move(done)] {
        const bool uiThread = QThread::currentThread() == QCoreApplication::instance()->thread();
        QList<Misspellings> results;
        results.reserve(texts.size());
        for (const QString &text : texts) {
            Misspellings found;
            for (const SpellIssue &issue : checker->check(text)) {
                found.append(Misspelling{int(issue.position), int(issue.length), issue.word, keyFor(issue.word)});
            }
            results.append(found);
        }
        m_textsChecked += int(texts.size());
        if (uiThread) {
            m_textsCheckedOnUiThread += int(texts.size());
        }
        // Delivered through this object, which outlives the job (the destructor waits for it); the
        // receiver is checked on the UI thread, where it is deleted.
        QMetaObject::invokeMethod(
            this,
            [guard, done, revision, results] {
                if (guard) {
                    done(revision, results);
                }
            },
            Qt::QueuedConnection);
    });
}

std::optional<QStringList> SpellService::cachedSuggestions(const QString &word) const
{
    const auto found = m_suggestions.constFind(word);
    if (found == m_suggestions.cend()) {
        return std::nullopt;
    }
    return *found;
}

void SpellService::suggest(const QString &word, QObject *receiver, std::function<void(const QStringList &)> done)
{
    if (!m_checker) {
        return;
    }
    QPointer<QObject> guard(receiver);
    m_pool.start(
        [this, checker = m_checker, word, guard, done = std::move(done)] {
            const QStringList found = checker->suggestions(word);
            QMetaObject::invokeMethod(
                this,
                [this, word, found, guard, done] {
                    if (m_suggestions.size() >= kMaxCachedSuggestions) {
                        m_suggestions.clear();
                    }
                    m_suggestions.insert(word, found);
                    if (guard) {
                        done(found);
                    }
                },
                Qt::QueuedConnection);
        },
        1); // before queued paragraphs: someone is looking at the menu
}

} // namespace toasoan::ui
