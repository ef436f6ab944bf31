// The schema update's progress hook (DatabaseOptions::onMigrationProgress) and compacting a workspace
// (storage/Compaction.h), on SQLite and, registered a second time, on PostgreSQL.

#include "app/storage/Compaction.h"
#include "app/storage/Database.h"
#include "app/storage/Migrations.h"
#include "tests/support/ScratchLocation.h"

#include <QFileInfo>
#include <QTest>

using namespace toasoan;

namespace {

std::unique_ptr<Database> openAt(const QString &path, int version)
{
    DatabaseOptions options;
    options.targetVersion = version;
    auto opened = Database::open(path, options);
    return opened ? std::move(opened).value() : nullptr;
}

QList<int> versionsAfter(int version)
{
    QList<int> versions;
    for (const Migration &migration : migrations()) {
        if (migration.version > version) {
            versions.append(migration.version);
        }
    }
    return versions;
}

} // namespace

class tst_MigrationProgress : public QObject
{
    Q_OBJECT

private slots:
    void everyStepIsDescribed()
    {
        for (const Migration &migration : migrations()) {
            QVERIFY2(migration.description != nullptr, qPrintable(QString::number(migration.version)));
            QVERIFY(!migrationDescription(migration).isEmpty());
        }
        QVERIFY(migrationsFreeSpace(20, 22));  // 21 rebuilds the search index, 22 empties revision bodies
        QVERIFY(!migrationsFreeSpace(22, 23)); // 23 adds triggers
    }

    void reportsEachStepInOrder()
    {
        test::ScratchLocation location;
        QVERIFY(openAt(location.path(), 20));
        QList<MigrationProgress> reports;
        DatabaseOptions options;
        options.onMigrationProgress = [&](const MigrationProgress &progress) { reports.append(progress); };
        auto opened = Database::open(location.path(), options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        QCOMPARE((*opened)->openedAtVersion(), 20);

        const QList<int> expected = versionsAfter(20);
        QCOMPARE(reports.size(), expected.size() + 1);
        for (qsizetype i = 0; i < reports.size(); ++i) {
            const MigrationProgress &report = reports.at(i);
            QCOMPARE(report.done, int(i));
            QCOMPARE(report.total, int(expected.size()));
            QCOMPARE(report.fromVersion, 20);
            QVERIFY(report.databaseBytes > 0);
            if (i < expected.size()) {
                QCOMPARE(report.version, expected.at(i));
                QVERIFY(!report.description.isEmpty());
            } else {
                QCOMPARE(report.version, 0); // the end
                QVERIFY(report.description.isEmpty());
            }
        }
        QCOMPARE(reports.at(0).description, QStringLiteral("Rebuilding the search index with longer prefixes"));

        // Opening it again updates nothing and reports nothing.
        reports.clear();
        auto again = Database::open(location.path(), options);
        QVERIFY(again);
        QVERIFY(reports.isEmpty());
        QCOMPARE((*again)->openedAtVersion(), Database::latestSchemaVersion());
    }

    void aFailingStepRollsBackTheWholeUpdate()
    {
        test::ScratchLocation location;
        {
            auto old = openAt(location.path(), 20);
            QVERIFY(old);
            // What migration 22 adds, already there: its ALTER TABLE fails.
            QVERIFY(old->exec(QStringLiteral("ALTER TABLE revisions ADD COLUMN body TEXT")));
        }
        QList<int> started;
        DatabaseOptions options;
        options.onMigrationProgress = [&](const MigrationProgress &progress) { started.append(progress.version); };
        auto opened = Database::open(location.path(), options);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Storage);
        QVERIFY2(opened.error().message.contains(QLatin1String("22")), qPrintable(opened.error().message));
        QCOMPARE(started, (QList<int>{21, 22})); // and no end report

        auto reopened = openAt(location.path(), 20);
        QVERIFY(reopened);
        QCOMPARE(reopened->schemaVersion(), 20);
        if (!location.onPostgres()) {
            // Step 21 had rebuilt the search tables with a longer prefix index: undone with the rest.
            auto sql = reopened->value(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'search_fold'"));
            QVERIFY(sql);
            QVERIFY2(!sql->toString().contains(QLatin1String("prefix='2 3 4 5 6'")), qPrintable(sql->toString()));
        }
        // Without the obstacle the update goes through.
        QVERIFY(reopened->exec(QStringLiteral("ALTER TABLE revisions DROP COLUMN body")));
        reopened.reset();
        auto updated = Database::open(location.path());
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().detail));
        QCOMPARE((*updated)->schemaVersion(), Database::latestSchemaVersion());
    }

    void compactGivesFreePagesBack()
    {
        test::ScratchLocation location;
        auto opened = Database::open(location.path());
        QVERIFY(opened);
        Database &db = **opened;
        if (db.isShared()) {
            auto refused = compaction::compact(db);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Invalid);
            auto space = compaction::space(db);
            QVERIFY(space);
            QVERIFY(space->bytes > 0);
            QCOMPARE(space->freeBytes, 0);
            return;
        }
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE filler (data BLOB)")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO filler SELECT randomblob(8000) FROM (WITH RECURSIVE n(i) AS "
                                       "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) SELECT i FROM n)")));
        auto full = compaction::space(db);
        QVERIFY(full);
        QVERIFY(db.exec(QStringLiteral("DROP TABLE filler")));
        auto freed = compaction::space(db);
        QVERIFY(freed);
        QCOMPARE(freed->bytes, full->bytes);
        QVERIFY2(freed->freeBytes >= 200 * 8000, qPrintable(QString::number(freed->freeBytes)));

        auto compacted = compaction::compact(db);
        QVERIFY2(compacted, qPrintable(compacted ? QString() : compacted.error().detail));
        QCOMPARE(compacted->freeBytes, 0);
        QVERIFY(compacted->bytes <= freed->bytes - freed->freeBytes + 4096);
        QVERIFY(QFileInfo(location.path()).size() <= compacted->bytes);
        // Inside a change it is refused, not run half.
        auto inside = db.transaction([&]() -> Result<void> {
            auto r = compaction::compact(db);
            return r ? Result<void>() : Result<void>(r.error());
        });
        QVERIFY(!inside);
        QCOMPARE(inside.error().code, ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(tst_MigrationProgress)
#include "tst_migration_progress.moc"
