#include "app/storage/EventLog.h"

#include "app/storage/Database.h"
#include "app/text/Normalize.h"

namespace toasoan {

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, article_id, user_id, at, action, from_state, to_state, comment FROM events ");

QVariant stateValue(const std::optional<WorkflowState> &state)
{
    return state ? QVariant(workflowStateKey(*state)) : QVariant();
}

Event eventFromQuery(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.articleId = q.value(1).toLongLong();
    e.userId = q.value(2).toLongLong();
    e.at = fromDbTime(q.value(3));
    e.action = q.value(4).toString();
    if (!q.value(5).isNull()) {
        e.fromState = workflowStateFromKey(q.value(5).toString());
    }
    if (!q.value(6).isNull()) {
        e.toState = workflowStateFromKey(q.value(6).toString());
    }
    e.comment = q.value(7).toString();
    return e;
}

Result<QList<Event>> collect(Result<QSqlQuery> q)
{
    if (!q) {
        return q.error();
    }
    QList<Event> events;
    while (q->next()) {
        events.append(eventFromQuery(*q));
    }
    return events;
}
} // namespace

Result<qint64> EventLog::append(Event event)
{
    if (!event.at.isValid()) {
        event.at = QDateTime::currentDateTimeUtc();
    }
    return m_db.insert(QStringLiteral("INSERT INTO events (article_id, user_id, at, action, from_state, to_state, "
                                      "comment) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {toDbId(event.articleId), toDbId(event.userId), toDbTime(event.at), event.action,
                        stateValue(event.fromState), stateValue(event.toState), text::normalize(event.comment)});
}

Result<QList<Event>> EventLog::forArticle(qint64 articleId)
{
    return collect(m_db.exec(kSelect + QStringLiteral("WHERE article_id = ? ORDER BY at, id"), {articleId}));
}

Result<QList<Event>> EventLog::recent(int limit)
{
    return collect(m_db.exec(kSelect + QStringLiteral("ORDER BY at DESC, id DESC LIMIT ?"), {limit}));
}

} // namespace toasoan
