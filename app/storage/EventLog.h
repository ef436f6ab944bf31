#pragma once

#include "app/core/Result.h"
#include "app/model/Event.h"

#include <QList>

namespace toasoan {

class Database;

/// The append-only event log: rows are added, never changed or removed.
class EventLog final
{
public:
    explicit EventLog(Database &db) : m_db(db) {}

    /// Appends `event` (its id and, when invalid, its time are filled in).
    Result<qint64> append(Event event);
    Result<QList<Event>> forArticle(qint64 articleId); ///< oldest first
    Result<QList<Event>> recent(int limit = 100);      ///< newest first

private:
    Database &m_db;
};

} // namespace toasoan
