#include "ui/workflow/ArticleSession.h"

#include "app/storage/ArticleRepository.h"
#include "app/storage/EventLog.h"
#include "app/storage/UserRepository.h"
#include "app/text/VietnameseLocale.h"
#include "ui/article/ArticleTab.h"
#include "ui/common/Notifier.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/workflow/Banner.h"
#include "ui/workflow/WorkflowBar.h"

#include <QPushButton>
#include <QTimer>

namespace toasoan::ui {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString localDateTime(const QDateTime &utc)
{
    return text::formatDateTime(utc.toLocalTime());
}

// The last move into the article's current state: who, when and why.
std::optional<Event> lastMoveInto(Database &db, qint64 articleId, WorkflowState state)
{
    auto events = EventLog(db).forArticle(articleId);
    if (!events) {
        return std::nullopt;
    }
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        if (it->action == QLatin1String("transition") && it->toState == state) {
            return *it;
        }
    }
    return std::nullopt;
}

/// The edit after the approval that `latest` still shows: the save after the last move into
/// "approved", or the move from "approved" back to "awaiting approval" that such a save caused
/// (the core decides which: see WorkflowService::saveAsUser).
std::optional<Event> editAfterApproval(Database &db, const Article &latest)
{
    if (latest.state != WorkflowState::Approved && latest.state != WorkflowState::AwaitingApproval) {
        return std::nullopt;
    }
    auto events = EventLog(db).forArticle(latest.id);
    if (!events) {
        return std::nullopt;
    }
    std::optional<Event> lastSave;
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        if (it->action == QLatin1String("save") && !lastSave) {
            lastSave = *it;
        } else if (it->action == QLatin1String("transition")) {
            if (latest.state == WorkflowState::Approved) {
                return it->toState == WorkflowState::Approved ? lastSave : std::nullopt;
            }
            return it->fromState == WorkflowState::Approved ? std::optional<Event>(*it) : std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace

ArticleSession::ArticleSession(Database &db, const User &user, Notifier &notifier, ArticleTab *tab, QObject *parent)
    : QObject(parent), m_db(db), m_user(user), m_notifier(notifier), m_service(db), m_tab(tab)
{
    m_bar = new WorkflowBar(tab);
    tab->addBar(m_bar);
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(kHeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &ArticleSession::heartbeat);
    connect(m_bar, &WorkflowBar::actionRequested, this, &ArticleSession::actionRequested);
    connect(m_bar, &WorkflowBar::takeOverRequested, this, &ArticleSession::takeOver);
    connect(m_bar, &WorkflowBar::showNewerRequested, this, &ArticleSession::showNewerVersion);
    // Unsaved changes after losing the lock change what the banner advises.
    connect(tab, &ArticleTab::modifiedChanged, this, [this] {
        if (m_lostLock) {
            refresh();
        }
    });
}

ArticleSession::~ArticleSession()
{
    release();
}

WorkflowBar *ArticleSession::bar() const
{
    return m_bar;
}

qint64 ArticleSession::articleId() const
{
    return m_tab ? m_tab->articleId() : 0;
}

void ArticleSession::refresh()
{
    if (!m_tab) {
        return;
    }
    const qint64 id = m_tab->articleId();
    if (id == 0) {
        // Not stored yet: it is the writer's own draft; the first save creates it.
        m_allowed = {Action::EditContent, Action::Submit};
        m_bar->setStateText(tr("%1, not saved yet").arg(workflowStateLabel(WorkflowState::Draft)));
        m_bar->setAllowed(m_allowed);
        m_tab->setReadOnly(false);
        emit changed();
        return;
    }
    if (m_lockedId != 0 && m_lockedId != id) {
        release();
    }
    auto latest = ArticleRepository(m_db).load(id);
    if (!latest) {
        reportOnce(tr("Cannot read the article"), latest.error());
        return;
    }
    const Article &shown = m_tab->stored();
    m_newer.reset();
    if (latest->version != shown.version) {
        if (!m_tab->isModified() && latest->sameContent(shown)) {
            m_tab->setArticle(*latest); // only its state (or its review) moved on
        } else {
            m_newer = *latest;
        }
    }
    auto allowed = m_service.allowedActions(m_user.id, id);
    if (!allowed) {
        reportOnce(tr("Cannot read the article's permissions"), allowed.error());
    }
    m_allowed = allowed ? *allowed : QList<Action>();
    const bool mayEdit = m_allowed.contains(Action::EditContent);
    updateLock(id, mayEdit);
    m_tab->setReadOnly(!mayEdit || !m_holdsLock);
    m_bar->setStateText(tr("%1 · version %2").arg(workflowStateLabel(latest->state)).arg(latest->version));
    m_bar->setAllowed(m_allowed);
    updateBanners(*latest, mayEdit);
    if (allowed && (mayEdit == m_holdsLock)) {
        m_reported.clear(); // all went well: a new failure is worth saying again
    }
    emit changed();
}

void ArticleSession::reportOnce(const QString &title, const Error &error)
{
    // Refreshes run every few seconds while something changes: one message box per problem.
    const QString key = title + QLatin1Char('\n') + error.message + QLatin1Char('\n') + error.detail;
    if (key != m_reported) {
        m_reported = key;
        emit failed(title, error);
    }
}

void ArticleSession::updateLock(qint64 id, bool mayEdit)
{
    if (!mayEdit) {
        release();
        m_holder.reset();
        m_lostLock = false;
        return;
    }
    if (m_holdsLock && m_lockedId == id) {
        // Only read here: a write would wake every other computer's poll, whose refresh would
        // wake ours again. The heartbeat renews the lock.
        auto current = m_service.currentLock(id);
        if (current && current->has_value() && (*current)->userId == m_user.id) {
            return;
        }
    }
    // Acquiring takes a free lock, and fails when someone took ours over meanwhile.
    auto lock = m_service.acquireLock(id, m_user.id);
    if (lock) {
        m_holdsLock = true;
        m_lockedId = id;
        m_lostLock = false;
        m_holder.reset();
        m_heartbeat->start();
        return;
    }
    m_lostLock = m_lostLock || m_holdsLock;
    m_holdsLock = false;
    m_lockedId = 0;
    m_heartbeat->stop();
    m_holder.reset();
    if (lock.error().code != ErrorCode::Conflict) {
        reportOnce(tr("Cannot open the article for editing"), lock.error());
        return;
    }
    if (auto holder = m_service.currentLock(id); holder && holder->has_value()) {
        m_holder = **holder;
    }
}

void ArticleSession::updateBanners(const Article &latest, bool mayEdit)
{
    QString readOnly;
    if (!mayEdit) {
        auto why = m_service.check(m_user.id, Action::EditContent, latest.id);
        readOnly = tr("Read only: %1").arg(why ? tr("you cannot edit this article now.") : why.error().message);
    }
    m_bar->readOnlyBanner()->setText(readOnly);

    QString lock;
    if (mayEdit && m_holder) {
        if (m_lostLock) {
            lock = tr("%1 took over editing at %2: you can no longer save this article.")
                       .arg(m_holder->userName, localTime(m_holder->acquiredAt));
            if (m_tab->isModified()) {
                lock += QLatin1Char(' ') + tr("Your unsaved changes are still shown here: copy what you need.");
            }
        } else {
            lock = tr("Being edited by %1 since %2. You can read it; to edit it, take over.")
                       .arg(m_holder->userName, localTime(m_holder->acquiredAt));
        }
    } else if (mayEdit && !m_holdsLock) {
        lock = tr("Someone else may be editing this article; it is read only for now.");
    }
    m_bar->lockBanner()->setText(lock);
    m_bar->takeOverButton()->setVisible(mayEdit && !m_holdsLock);

    QString newer;
    if (m_newer) {
        newer = tr("A newer version of this article was saved (version %1; you are looking at version %2).")
                    .arg(m_newer->version)
                    .arg(m_tab->stored().version);
        if (m_tab->isModified()) {
            newer += QLatin1Char(' ') + tr("Your changes were not saved: copy them before showing it.");
        }
    }
    m_bar->newerBanner()->setText(newer);

    QString reason;
    const WorkflowState state = latest.state;
    if (state == WorkflowState::Returned || state == WorkflowState::Rejected || state == WorkflowState::Unpublished) {
        if (auto move = lastMoveInto(m_db, latest.id, state)) {
            const QString who = userName(move->userId);
            const QString when = localDateTime(move->at);
            const QString why = move->comment.trimmed();
            switch (state) {
            case WorkflowState::Returned:
                reason = why.isEmpty() ? tr("Returned by %1 on %2.").arg(who, when)
                                       : tr("Returned by %1 on %2: %3").arg(who, when, why);
                break;
            case WorkflowState::Rejected:
                reason = why.isEmpty() ? tr("Rejected by %1 on %2.").arg(who, when)
                                       : tr("Rejected by %1 on %2: %3").arg(who, when, why);
                break;
            default:
                reason = why.isEmpty() ? QString() : tr("Taken off the websites by %1 on %2: %3").arg(who, when, why);
                break;
            }
        }
    }
    m_bar->reasonBanner()->setText(reason);

    QString edited;
    if (auto edit = editAfterApproval(m_db, latest)) {
        const QString who = userName(edit->userId);
        const QString when = localDateTime(edit->at);
        edited =
            latest.state == WorkflowState::Approved
                ? tr("Edited by %1 on %2 after it was approved. The approval stands: %1 may approve it.").arg(who, when)
                : tr("Edited by %1 on %2 after it was approved: it needs approving again.").arg(who, when);
    }
    m_bar->approvalEditBanner()->setText(edited);
}

QString ArticleSession::userName(qint64 id)
{
    if (id == 0) {
        return tr("the system");
    }
    if (!m_names.contains(id)) {
        auto user = UserRepository(m_db).load(id);
        m_names.insert(id, user ? user->displayName : tr("user %1").arg(id));
    }
    return m_names.value(id);
}

void ArticleSession::takeOver()
{
    const qint64 id = articleId();
    if (id == 0) {
        return;
    }
    auto lock = m_service.takeOverLock(id, m_user.id);
    if (!lock) {
        emit failed(tr("Cannot take over editing"), lock.error());
        refresh();
        return;
    }
    m_holdsLock = true;
    m_lockedId = id;
    m_lostLock = false;
    m_holder.reset();
    m_heartbeat->start();
    refresh();
}

void ArticleSession::showNewerVersion()
{
    if (!m_tab || !m_newer) {
        return;
    }
    if (m_tab->isModified() &&
        !m_notifier.confirmDiscard(m_tab->window(), tr("Show the new version and lose your unsaved changes?"))) {
        return;
    }
    m_tab->setArticle(*m_newer);
    refresh();
}

void ArticleSession::release()
{
    m_heartbeat->stop();
    if (m_holdsLock && m_lockedId != 0) {
        (void)m_service.releaseLock(m_lockedId, m_user.id); // a lock left behind expires by itself
    }
    m_holdsLock = false;
    m_lockedId = 0;
}

void ArticleSession::heartbeat()
{
    if (!m_holdsLock) {
        return;
    }
    if (auto beat = m_service.heartbeatLock(m_lockedId, m_user.id); !beat) {
        refresh(); // taken over meanwhile: say so, and stop editing
    }
}

} // namespace toasoan::ui
