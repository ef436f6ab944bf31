// The autosave writer (its own thread and connection), the recovery review offered at start-up,
// and the editor's settings.
#include "app/editing/AutosaveWriter.h"
#include "app/editing/RecoveryReview.h"
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace toasoan;
using namespace toasoan::editing;
using toasoan::test::TestWorkspace;

namespace {

Article draft(const QString &title)
{
    Article a;
    a.title = title;
    a.sapo = QStringLiteral("Sapo của bài.");
    a.body = QStringLiteral("<p>Đoạn đầu tiên.</p>");
    return a;
}

} // namespace

class TestAutosaveWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void writesRecoveryCopyOffTheCallingThread()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 user = ws.addUser(QStringLiteral("phongvien"));
        ArticleRepository articles(ws.db());
        auto created = articles.create(draft(QStringLiteral("Tin sáng")), user);
        QVERIFY(created.ok());

        AutosaveWriter writer(ws.db());
        QSignalSpy finished(&writer, &AutosaveWriter::finished);
        Article edited = created.value();
        edited.body = QStringLiteral("<p>Đoạn đầu tiên, đã sửa.</p>");
        const quint64 ticket = writer.write(edited, user);
        writer.waitForIdle();
        QCOMPARE(finished.count(), 1);
        const auto outcome = finished.first().first().value<AutosaveOutcome>();
        QCOMPARE(outcome.ticket, ticket);
        QVERIFY(outcome.ok());
        QVERIFY(!outcome.created);
        QVERIFY(outcome.savedAt.isValid());

        auto copy = articles.recovery(created->id);
        QVERIFY(copy.ok() && copy->has_value());
        QCOMPARE((*copy)->article.body, edited.body);
        QCOMPARE((*copy)->userId, user);
        QCOMPARE(articles.load(created->id)->version, 1); // an autosave is not a revision
    }

    void createsAnArticleWithoutId()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 user = ws.addUser(QStringLiteral("phongvien"));
        AutosaveWriter writer(ws.db());
        QSignalSpy finished(&writer, &AutosaveWriter::finished);
        (void)writer.write(draft(QStringLiteral("Bài mới chưa lưu")), user);
        writer.waitForIdle();
        QCOMPARE(finished.count(), 1);
        const auto outcome = finished.first().first().value<AutosaveOutcome>();
        QVERIFY(outcome.ok());
        QVERIFY(outcome.created);
        QVERIFY(outcome.articleId > 0);
        QCOMPARE(outcome.article.version, 1);
        auto stored = ArticleRepository(ws.db()).load(outcome.articleId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, QStringLiteral("Bài mới chưa lưu"));
        QCOMPARE(stored->authorId, user);
    }

    void reportsFailures()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 user = ws.addUser(QStringLiteral("phongvien"));
        AutosaveWriter writer(ws.db());
        QSignalSpy finished(&writer, &AutosaveWriter::finished);
        Article ghost = draft(QStringLiteral("Bài đã bị xóa"));
        ghost.id = 4242;
        (void)writer.write(ghost, user);
        writer.waitForIdle();
        QCOMPARE(finished.count(), 1);
        const auto outcome = finished.first().first().value<AutosaveOutcome>();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error->code, ErrorCode::NotFound);
    }

    void keepsOrderAndDeliversOnItsThread()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 user = ws.addUser(QStringLiteral("phongvien"));
        ArticleRepository articles(ws.db());
        auto created = articles.create(draft(QStringLiteral("Tin chiều")), user);
        QVERIFY(created.ok());
        AutosaveWriter writer(ws.db());
        QList<quint64> order;
        QList<bool> onMainThread;
        connect(&writer, &AutosaveWriter::finished, this, [&](const AutosaveOutcome &outcome) {
            order.append(outcome.ticket);
            onMainThread.append(QThread::currentThread() == thread());
        });
        QList<quint64> tickets;
        for (int i = 1; i <= 5; ++i) {
            Article edited = created.value();
            edited.sapo = QStringLiteral("Lần sửa %1").arg(i);
            tickets.append(writer.write(edited, user));
        }
        // Delivered by the event loop without anyone waiting.
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 20000);
        QCOMPARE(order, tickets);
        QVERIFY(!onMainThread.contains(false));
        QCOMPARE((*articles.recovery(created->id))->article.sapo, QStringLiteral("Lần sửa 5"));
    }

    void delay_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("nominal: default interval") << 30 << 22500;
        QTest::newRow("nominal: one second") << 1 << 750;
        QTest::newRow("robustness: zero is one second") << 0 << 750;
    }

    void delay()
    {
        QFETCH(int, seconds);
        QFETCH(int, expectedMs);
        QCOMPARE(autosaveDelay(seconds).count(), expectedMs);
    }

    void reviewOffersOnlyRealChanges()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 user = ws.addUser(QStringLiteral("phongvien"));
        const qint64 other = ws.addUser(QStringLiteral("bientap"));
        ArticleRepository articles(ws.db());
        auto changed = articles.create(draft(QStringLiteral("Bài có thay đổi")), user);
        auto same = articles.create(draft(QStringLiteral("Bài không đổi")), user);
        auto theirs = articles.create(draft(QStringLiteral("Bài của người khác")), other);
        QVERIFY(changed.ok() && same.ok() && theirs.ok());

        Article edited = changed.value();
        edited.title = QStringLiteral("Bài có thay đổi lớn");
        edited.body = QStringLiteral("<p>Đoạn đầu tiên.</p><p>Đoạn thứ hai mới viết.</p>");
        QVERIFY(articles.autosave(edited, user).ok());
        QVERIFY(articles.autosave(same.value(), user).ok());
        QVERIFY(articles.autosave(theirs.value(), other).ok());

        auto offered = reviewRecoveries(articles, user);
        QVERIFY(offered.ok());
        QCOMPARE(offered->size(), 1);
        const RecoveredArticle &item = offered->first();
        QCOMPARE(item.recovery.articleId, changed->id);
        QVERIFY(!item.savedSinceCopy);
        QVERIFY(item.changes.bodyChanged);
        QCOMPARE(item.changes.fields.size(), 1);
        QCOMPARE(item.changes.fields.first().key, QStringLiteral("title"));
        // The identical copy was thrown away; the other user's copy is theirs.
        QVERIFY(!articles.recovery(same->id)->has_value());
        QVERIFY(articles.recovery(theirs->id)->has_value());

        // Someone saves after the copy was taken: restoring is based on their version.
        Article newer = articles.load(changed->id).value();
        newer.sapo = QStringLiteral("Sapo do biên tập viên sửa.");
        QVERIFY(articles.save(newer, other).ok());
        QVERIFY(articles.autosave(edited, user).ok()); // save() cleared it; the crash left it again
        offered = reviewRecoveries(articles, user);
        QVERIFY(offered.ok());
        QCOMPARE(offered->size(), 1);
        QVERIFY(offered->first().savedSinceCopy);
        const Article restored = restoredArticle(offered->first());
        QCOMPARE(restored.version, 2);
        QCOMPARE(restored.title, edited.title);
        QCOMPARE(restored.sapo, edited.sapo);
        QVERIFY(articles.save(restored, user).ok());
    }

    void settings()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        qunsetenv("TOASOAN_AUTOSAVE_SECONDS");
        QCOMPARE(settings.autosaveIntervalSeconds(), 30);
        settings.setAutosaveIntervalSeconds(45);
        QCOMPARE(settings.autosaveIntervalSeconds(), 45);
        qputenv("TOASOAN_AUTOSAVE_SECONDS", "1");
        QCOMPARE(settings.autosaveIntervalSeconds(), 1);
        qputenv("TOASOAN_AUTOSAVE_SECONDS", "abc");
        QCOMPARE(settings.autosaveIntervalSeconds(), 45);
        qunsetenv("TOASOAN_AUTOSAVE_SECONDS");

        QCOMPARE(settings.titleLengthLimit(), 100);
        settings.setTitleLengthLimit(80);
        QCOMPARE(settings.titleLengthLimit(), 80);

        const QString workspace = dir.filePath(QStringLiteral("a.sqlite"));
        settings.setUser(QStringLiteral("lan"));
        settings.setOpenArticles(workspace, {7, 3, 7, 12}, 3);
        settings.sync();
        Settings reread(dir.filePath(QStringLiteral("settings.ini")));
        reread.setUser(QStringLiteral("lan"));
        QCOMPARE(reread.openArticles(workspace), (QList<qint64>{7, 3, 12}));
        QCOMPARE(reread.currentArticle(workspace), qint64(3));
        // Another workspace's ids are other articles.
        QVERIFY(reread.openArticles(dir.filePath(QStringLiteral("b.sqlite"))).isEmpty());
        QCOMPARE(reread.currentArticle(dir.filePath(QStringLiteral("b.sqlite"))), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestAutosaveWriter)
#include "tst_autosave_writer.moc"
