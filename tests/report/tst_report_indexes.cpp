// Migration 25: the event log's index by state and time, which the reports' queries over a period use
// (report/NewsroomStats.cpp, report/Royalties.cpp), on SQLite and, registered again, on PostgreSQL.

#include "app/storage/Database.h"
#include "app/storage/Migrations.h"
#include "tests/support/ScratchLocation.h"

#include <QTest>

using namespace toasoan;

namespace {

bool hasIndex(Database &db)
{
    auto found = db.value(db.isShared() ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                                         "'events_by_state' AND schemaname = current_schema()")
                                        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                                         "name = 'events_by_state'"));
    return found && found->toInt() == 1;
}

/// The plan of `sql` as text (PostgreSQL: with sequential scans discouraged, as on a large table). Values are
/// written in: PostgreSQL prepares no EXPLAIN.
QString plan(Database &db, const QString &sql)
{
    if (db.isShared() && !db.exec(QStringLiteral("SET enable_seqscan = off"))) {
        return {};
    }
    auto q = db.exec((db.isShared() ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql);
    QString text;
    while (q && q->next()) {
        text += q->value(db.isShared() ? 0 : 3).toString() + QLatin1Char('\n');
    }
    return text;
}

int versionBefore(int version)
{
    int before = 0;
    for (const Migration &migration : migrations()) {
        if (migration.version == version) {
            return before;
        }
        before = migration.version;
    }
    return -1;
}

} // namespace

class tst_ReportIndexes : public QObject
{
    Q_OBJECT

private slots:
    void migrationAddsTheIndex()
    {
        test::ScratchLocation location;
        const int before = versionBefore(25);
        QVERIFY(before > 0);
        {
            DatabaseOptions options;
            options.targetVersion = before;
            auto old = Database::open(location.path(), options);
            QVERIFY(old);
            QVERIFY(!hasIndex(**old));
        }
        auto updated = Database::open(location.path());
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().detail));
        QVERIFY((*updated)->schemaVersion() >= 25);
        QVERIFY(hasIndex(**updated));
        // Run again over its own result (a test that rewinds the schema number does): no failure.
        QVERIFY((*updated)->exec(QStringLiteral("UPDATE schema_version SET version = ?"), {before}));
        updated->reset();
        auto again = Database::open(location.path());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().detail));
        QVERIFY(hasIndex(**again));
    }

    void reportQueriesUseIt()
    {
        test::ScratchLocation location;
        auto opened = Database::open(location.path());
        QVERIFY(opened);
        Database &db = **opened;
        // The statistics' period (NewsroomStats.cpp, transitionsInto()).
        const QString stats =
            plan(db, QStringLiteral("SELECT e.article_id FROM events e WHERE e.action = 'transition' AND "
                                    "e.to_state IN ('published', 'approved') AND e.at >= 0 AND e.at < 1000"));
        QVERIFY2(stats.contains(QLatin1String("events_by_state")), qPrintable(stats));
        // A month's first publications (Royalties::month).
        const QString royalties =
            plan(db, QStringLiteral(
                         "SELECT e.article_id, min(e.at) FROM events e WHERE e.to_state = 'published' AND e.at >= "
                         "0 AND e.at < 1000 AND e.article_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events b "
                         "WHERE b.article_id = e.article_id AND b.to_state = e.to_state AND b.at < 0) GROUP BY "
                         "e.article_id"));
        QVERIFY2(royalties.contains(QLatin1String("events_by_state")), qPrintable(royalties));
    }
};

QTEST_GUILESS_MAIN(tst_ReportIndexes)
#include "tst_report_indexes.moc"
