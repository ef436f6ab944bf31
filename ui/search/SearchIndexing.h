#pragma once

#include <QFutureWatcher>
#include <QObject>

namespace toasoan {
class Database;
}

namespace toasoan::ui {

/// Works off the search backlog (articles written by a bulk import, search/SearchIndex.h) on a
/// worker thread, a few hundred articles per transaction so that saves in the window never wait
/// long for the database. Started when the window opens; `finished` tells how many it indexed.
class SearchIndexing final : public QObject
{
    Q_OBJECT

public:
    explicit SearchIndexing(Database &db, QObject *parent = nullptr);
    ~SearchIndexing() override; ///< waits for the worker: the database outlives it

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void finished(int indexed);

private:
    Database &m_db;
    QFutureWatcher<int> m_watcher;
};

} // namespace toasoan::ui
