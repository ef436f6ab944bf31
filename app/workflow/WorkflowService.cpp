// WorkflowService: facts, permission questions and state transitions.
#include "app/workflow/WorkflowService.h"

#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/storage/OfficeSettingsRepository.h"
#include "app/storage/ServerLink.h"
#include "app/storage/UserRepository.h"
#include "app/text/Normalize.h"
#include "app/workflow/ActingUser.h"

#include <QCoreApplication>

namespace toasoan {

namespace {

bool isSubmit(const Event &e)
{
    return e.action == QLatin1String("transition") && e.fromState && e.toState &&
           (*e.fromState == WorkflowState::Draft || *e.fromState == WorkflowState::Returned) &&
           (*e.toState == WorkflowState::Submitted || *e.toState == WorkflowState::AwaitingApproval);
}

} // namespace

WorkflowService::WorkflowService(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

Result<OfficeSettings> WorkflowService::officeSettings()
{
    return loadOfficeSettings(m_db);
}

Result<void> WorkflowService::updateOfficeSettings(qint64 actorId, const OfficeSettings &settings)
{
    if (m_db.isWorkingCopy()) {
        return online::run(m_db, OfficeSettingsRepository::offlineReason(), [&](Database &server) -> Result<void> {
            TOASOAN_TRY(actor, online::serverId(m_db, QStringLiteral("users"), actorId));
            return WorkflowService(server, m_clock).updateOfficeSettings(*actor, settings);
        });
    }
    return actingUser(m_db, actorId, Action::ManageSettings).and_then([&](const User &) {
        return storeOfficeSettings(m_db, settings);
    });
}

Result<void> WorkflowService::serverThere(Action action) const
{
    // Editing one's own draft and commenting are queued on a copy; the rest are online commands.
    if (!m_db.isWorkingCopy() || action == Action::EditContent || action == Action::Comment) {
        return {};
    }
    if (ServerLink *link = m_db.serverLink(); link && link->server().isOnline()) {
        return {};
    }
    return makeError(ErrorCode::Offline, ArticleRepository::offlineReason(), QStringLiteral("the server is away"));
}

Result<Article> WorkflowService::onServer(
    qint64 articleId, qint64 actorId,
    const std::function<Result<void>(WorkflowService &server, qint64 article, qint64 actor)> &command)
{
    TOASOAN_TRY(local, ArticleRepository(m_db).load(articleId));
    const QUuid uuid = local->uuid;
    TOASOAN_CHECK(online::run(m_db, ArticleRepository::offlineReason(), [&](Database &server) -> Result<void> {
        // After the copy's changes went up: an article made here has its row on the server by now.
        TOASOAN_TRY(article, ArticleRepository(server).loadByUuid(uuid));
        TOASOAN_TRY(actor, online::serverId(m_db, QStringLiteral("users"), actorId));
        WorkflowService remote(server, m_clock);
        return command(remote, article->id, *actor);
    }));
    return ArticleRepository(m_db).loadByUuid(uuid);
}

Result<User> WorkflowService::actor(qint64 actorId)
{
    return actingUser(m_db, actorId);
}

Result<bool> WorkflowService::reviewStarted(qint64 articleId, qint64 authorId)
{
    TOASOAN_TRY(events, EventLog(m_db).forArticle(articleId));
    qsizetype lastSubmit = -1;
    for (qsizetype i = 0; i < events->size(); ++i) {
        if (isSubmit(events->at(i))) {
            lastSubmit = i;
        }
    }
    for (qsizetype i = lastSubmit + 1; lastSubmit >= 0 && i < events->size(); ++i) {
        const qint64 who = events->at(i).userId;
        if (who != 0 && who != authorId) {
            return true;
        }
    }
    // Someone who opened it for editing has started too, even before saving anything.
    TOASOAN_TRY(office, officeSettings());
    TOASOAN_TRY(lock, locks(*office).current(articleId));
    return lock->has_value() && (*lock)->userId != authorId;
}

Result<ArticleFacts> WorkflowService::factsOf(const Article &article)
{
    ArticleFacts facts;
    facts.state = article.state;
    facts.authorId = article.authorId;
    facts.trashed = article.isTrashed();
    if (article.state == WorkflowState::Submitted || article.state == WorkflowState::AwaitingApproval) {
        TOASOAN_TRY(started, reviewStarted(article.id, article.authorId));
        facts.reviewStarted = *started;
    }
    return facts;
}

Result<ArticleFacts> WorkflowService::facts(qint64 articleId)
{
    TOASOAN_TRY(article, ArticleRepository(m_db).load(articleId));
    return factsOf(*article);
}

Result<Article> WorkflowService::openArticle(qint64 articleId, qint64 actorId)
{
    TOASOAN_TRY(user, actor(actorId));
    TOASOAN_TRY(article, ArticleRepository(m_db).load(articleId));
    ArticleFacts articleFacts;
    articleFacts.state = article->state;
    articleFacts.authorId = article->authorId;
    articleFacts.trashed = article->isTrashed();
    TOASOAN_CHECK(checkRead(*user, articleFacts));
    return *article;
}

ArticleQuery WorkflowService::readableBy(const User &actor, ArticleQuery query)
{
    if (!readsOthersUnsubmitted(actor)) {
        query.unsubmittedOnlyOf = actor.id > 0 ? actor.id : -1;
    }
    return query;
}

Result<ArticlePage> WorkflowService::listFor(qint64 actorId, const ArticleQuery &query)
{
    TOASOAN_TRY(user, actor(actorId));
    if (!user->active) {
        return checkRead(*user, {}).error();
    }
    return ArticleRepository(m_db).list(readableBy(*user, query));
}

Result<void> WorkflowService::check(qint64 actorId, Action action, qint64 articleId)
{
    TOASOAN_TRY(user, actor(actorId));
    if (!isArticleAction(action)) {
        return checkPermission(*user, action);
    }
    TOASOAN_TRY(office, officeSettings());
    TOASOAN_TRY(articleFacts, facts(articleId));
    TOASOAN_CHECK(checkPermission(*user, action, *articleFacts, *office));
    return serverThere(action);
}

Result<QList<Action>> WorkflowService::allowedActions(qint64 actorId, qint64 articleId)
{
    TOASOAN_TRY(user, actor(actorId));
    TOASOAN_TRY(office, officeSettings());
    TOASOAN_TRY(articleFacts, facts(articleId));
    QList<Action> allowed;
    for (Action action : allActions()) {
        if (isArticleAction(action) && checkPermission(*user, action, *articleFacts, *office) && serverThere(action)) {
            allowed.append(action);
        }
    }
    return allowed;
}

std::optional<WorkflowState> WorkflowService::targetState(Action action, const OfficeSettings &office)
{
    switch (action) {
    case Action::Submit:
        return office.reviewMode == ReviewMode::OneStep ? WorkflowState::AwaitingApproval : WorkflowState::Submitted;
    case Action::Withdraw:
    case Action::RestoreToDraft:
        return WorkflowState::Draft;
    case Action::Forward:
        return WorkflowState::AwaitingApproval;
    case Action::Return:
        return WorkflowState::Returned;
    case Action::Approve:
        return WorkflowState::Approved;
    case Action::Reject:
        return WorkflowState::Rejected;
    case Action::Unpublish:
        return WorkflowState::Unpublished;
    case Action::Archive:
        return WorkflowState::Archived;
    default:
        return std::nullopt;
    }
}

Result<Article> WorkflowService::perform(Action action, qint64 articleId, qint64 actorId, const QString &comment,
                                         int expectedVersion)
{
    const QString note = text::normalize(comment).trimmed();
    if (action == Action::Return && note.isEmpty()) {
        return makeError(ErrorCode::Invalid, WorkflowService::tr("Please give the reason for returning the article."));
    }
    if (m_db.isWorkingCopy()) {
        // The copy's version numbers are the server's (pulled), so the version seen here still guards the text.
        return onServer(articleId, actorId, [&](WorkflowService &server, qint64 article, qint64 actor) {
            return server.perform(action, article, actor, comment, expectedVersion).transform([](const Article &) {});
        });
    }
    ArticleRepository articles(m_db);
    std::optional<Article> moved;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(user, actor(actorId));
        TOASOAN_TRY(office, officeSettings());
        const auto to = targetState(action, *office);
        if (!to) {
            return makeError(
                ErrorCode::Invalid,
                WorkflowService::tr("\"%1\" does not change the article's state.").arg(actionLabel(action)),
                actionKey(action));
        }
        TOASOAN_TRY(article, articles.load(articleId));
        if (expectedVersion != 0 && article->version != expectedVersion) {
            return makeError(
                ErrorCode::Conflict,
                WorkflowService::tr(
                    "The article changed since you opened it. Reopen it and check the new version first."),
                QStringLiteral("stored version %1, seen version %2").arg(article->version).arg(expectedVersion));
        }
        TOASOAN_TRY(articleFacts, factsOf(*article));
        if (auto allowed = checkPermission(*user, action, *articleFacts, *office); !allowed) {
            return allowed;
        }
        if (action == Action::Submit && article->title.trimmed().isEmpty()) {
            return makeError(ErrorCode::Invalid, WorkflowService::tr("Give the article a title before submitting it."));
        }
        TOASOAN_TRY(result, articles.transition(articleId, *to, user->id, note, article->version));
        moved = *result;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return *moved;
}

Result<Article> WorkflowService::submit(qint64 articleId, qint64 actorId, const QString &comment, int expectedVersion)
{
    return perform(Action::Submit, articleId, actorId, comment, expectedVersion);
}

Result<Article> WorkflowService::withdraw(qint64 articleId, qint64 actorId, const QString &comment)
{
    return perform(Action::Withdraw, articleId, actorId, comment);
}

Result<Article> WorkflowService::forward(qint64 articleId, qint64 actorId, const QString &comment, int expectedVersion)
{
    return perform(Action::Forward, articleId, actorId, comment, expectedVersion);
}

Result<Article> WorkflowService::returnToAuthor(qint64 articleId, qint64 actorId, const QString &reason,
                                                int expectedVersion)
{
    return perform(Action::Return, articleId, actorId, reason, expectedVersion);
}

Result<Article> WorkflowService::approve(qint64 articleId, qint64 actorId, const QString &comment, int expectedVersion)
{
    return perform(Action::Approve, articleId, actorId, comment, expectedVersion);
}

Result<Article> WorkflowService::reject(qint64 articleId, qint64 actorId, const QString &comment, int expectedVersion)
{
    return perform(Action::Reject, articleId, actorId, comment, expectedVersion);
}

Result<Article> WorkflowService::unpublish(qint64 articleId, qint64 actorId, const QString &comment)
{
    return perform(Action::Unpublish, articleId, actorId, comment);
}

Result<Article> WorkflowService::archive(qint64 articleId, qint64 actorId, const QString &comment)
{
    return perform(Action::Archive, articleId, actorId, comment);
}

Result<Article> WorkflowService::record(qint64 articleId, qint64 actorId, const QList<WorkflowState> &from,
                                        WorkflowState to, const QString &note)
{
    ArticleRepository articles(m_db);
    std::optional<Article> recorded;
    Result<void> done = m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(article, articles.load(articleId));
        if (article->isTrashed()) {
            return makeError(ErrorCode::Invalid, WorkflowService::tr("This article is in the trash."),
                             QString::number(articleId));
        }
        if (article->state == to) {
            recorded = *article; // the outbox retried: already recorded
            return {};
        }
        if (!from.contains(article->state)) {
            return makeError(ErrorCode::Invalid,
                             WorkflowService::tr("The article is \"%1\"; it cannot become \"%2\".")
                                 .arg(workflowStateLabel(article->state), workflowStateLabel(to)),
                             workflowStateKey(article->state) + QStringLiteral(" -> ") + workflowStateKey(to));
        }
        TOASOAN_TRY(result,
                    articles.transition(articleId, to, actorId, text::normalize(note).trimmed(), article->version));
        recorded = *result;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return *recorded;
}

Result<Article> WorkflowService::markPublished(qint64 articleId, qint64 actorId, const QString &note)
{
    return record(articleId, actorId, {WorkflowState::Approved, WorkflowState::Unpublished}, WorkflowState::Published,
                  note);
}

Result<Article> WorkflowService::markUnpublished(qint64 articleId, qint64 actorId, const QString &note)
{
    return record(articleId, actorId, {WorkflowState::Published}, WorkflowState::Unpublished, note);
}

} // namespace toasoan
