#include "ui/search/SearchIndexing.h"

#include "app/search/SearchIndex.h"
#include "app/storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace toasoan::ui {

namespace {

int workOffBacklog(Database *db)
{
    // A failure (busy database, full disk) leaves the rest for the next start.
    const auto indexed = searchindex::catchUpAll(*db, 200);
    // Pool threads live on: give the connection back before the thread goes idle.
    db->releaseThreadConnection();
    return indexed ? *indexed : 0;
}

} // namespace

SearchIndexing::SearchIndexing(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    connect(&m_watcher, &QFutureWatcher<int>::finished, this, [this] { emit finished(m_watcher.result()); });
}

SearchIndexing::~SearchIndexing()
{
    m_watcher.waitForFinished();
}

void SearchIndexing::start()
{
    if (m_watcher.isRunning()) {
        return;
    }
    auto waiting = searchindex::backlogSize(m_db);
    if (!waiting || *waiting == 0) {
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(workOffBacklog, &m_db));
}

} // namespace toasoan::ui
