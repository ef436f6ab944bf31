// Dealing with conflict copies (issue 14): the text a PC wrote offline while the article changed on the
// server waits as a revision with conflict = 1 (SyncEngine::push; tst_sync_push makes them through the real
// push). ConflictResolution keeps the current version, takes the copy's text or saves a merged one, marks
// the copy dealt with (conflict = 2) and logs it, in one transaction; who may do it is checked in the core.
// On both databases (tst_conflict_resolution_postgresql). Also the merge of two texts by hunks (app/diff).
#include "app/diff/ConflictMerge.h"
#include "app/html/BodyHtml.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/workflow/ConflictResolution.h"
#include "app/workflow/Inbox.h"
#include "tests/support/ConflictCopies.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QTest>

using namespace toasoan;

namespace {

const QString kCurrentBody = QStringLiteral("<p>Đoạn một của tòa soạn.</p>\n<p>Đoạn hai giữ nguyên.</p>\n"
                                            "<p>Đoạn ba sửa ở tòa soạn.</p>");
const QString kCopyBody = QStringLiteral("<p>Đoạn một viết khi ngoại tuyến.</p>\n<p>Đoạn hai giữ nguyên.</p>\n"
                                         "<p>Đoạn ba viết khi ngoại tuyến.</p>");

} // namespace

class tst_ConflictResolution : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void mergeCutsTheTextIntoHunks();
    void mergeOfListsAndMarkup();
    void resolves_data();
    void resolves();
    void whoMayDealWithACopy_data();
    void whoMayDealWithACopy();
    void aCopyUnderReviewCanOnlyBeSetAsideByItsAuthor();
    void refusals();
    void offlineWorkingCopyRefuses();

private:
    /// The article `id` with the texts of the test, current on the server, and a conflict copy of `author`
    /// beside it, stored as SyncEngine::push stores one. Its revision number.
    int conflictCopy(qint64 id, qint64 author);
    qint64 conflictState(qint64 id, int revision);

    test::WorkflowFixture m_f;
    Database &db() { return m_f.db(); }
};

void tst_ConflictResolution::initTestCase()
{
    QVERIFY(m_f.setUp());
}

void tst_ConflictResolution::init()
{
    // Each test counts its own copies: the earlier ones are set aside.
    QVERIFY(db().exec(QStringLiteral("UPDATE revisions SET conflict = 2 WHERE conflict = 1")));
}

int tst_ConflictResolution::conflictCopy(qint64 id, qint64 author)
{
    ArticleRepository articles(db());
    Article current = articles.load(id).value();
    current.sapo = QStringLiteral("Sapo của tòa soạn.");
    current.body = kCurrentBody;
    current = articles.save(current, current.authorId).value();
    Article copy = current;
    copy.title = QStringLiteral("Tiêu đề viết khi ngoại tuyến");
    copy.sapo = QStringLiteral("Sapo viết khi ngoại tuyến.");
    copy.body = kCopyBody;
    return test::storeConflictCopy(db(), id, author, copy);
}

qint64 tst_ConflictResolution::conflictState(qint64 id, int revision)
{
    auto v = db().value(QStringLiteral("SELECT conflict FROM revisions WHERE article_id = ? AND number = ?"),
                        {id, revision});
    return v ? v->toLongLong() : -1;
}

void tst_ConflictResolution::mergeCutsTheTextIntoHunks()
{
    Article current;
    current.title = QStringLiteral("Tiêu đề");
    current.sapo = QStringLiteral("Sapo chung.");
    current.body = kCurrentBody;
    current.byline = QStringLiteral("Trần Hòa");
    Article copy = current;
    copy.title = QStringLiteral("Tiêu đề mới");
    copy.body = kCopyBody + QStringLiteral("\n<p>Đoạn bốn thêm vào.</p>");
    copy.byline = QStringLiteral("Người khác");
    const diff::TextMerge merge(current, copy);
    const QList<diff::MergeHunk> changes = merge.changes();
    // The title; paragraph one; paragraphs three and four (one stretch after the unchanged second).
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).field, QStringLiteral("title"));
    QCOMPARE(changes.at(1).field, QStringLiteral("body"));
    QCOMPARE(changes.at(1).current, QStringList{QStringLiteral("<p>Đoạn một của tòa soạn.</p>")});
    QCOMPARE(changes.at(2).copy.size(), 2);
    QVERIFY(diff::hasChanges(changes.at(1).runs));
    const QString words = diff::runsToPlainText(changes.at(1).runs);
    QVERIFY2(words.contains(QStringLiteral("[-của tòa soạn-]{+viết khi ngoại tuyến+}")), qPrintable(words));

    // Nothing chosen: the current text; everything from the copy: the copy's text; metadata stays current.
    QCOMPARE(merge.merged({}).body, current.body);
    QCOMPARE(merge.merged({}).title, current.title);
    const Article all = merge.merged({diff::MergeSide::Copy, diff::MergeSide::Copy, diff::MergeSide::Copy});
    QCOMPARE(all.title, copy.title);
    QCOMPARE(all.body, copy.body);
    QCOMPARE(all.byline, current.byline);
    // One hunk each way.
    const Article mixed = merge.merged({diff::MergeSide::Current, diff::MergeSide::Copy, diff::MergeSide::Current});
    QCOMPARE(mixed.title, current.title);
    QCOMPARE(mixed.body, QStringLiteral("<p>Đoạn một viết khi ngoại tuyến.</p>\n<p>Đoạn hai giữ nguyên.</p>\n"
                                        "<p>Đoạn ba sửa ở tòa soạn.</p>"));
    // The same texts: nothing to choose.
    QVERIFY(diff::TextMerge(current, current).changes().isEmpty());
}

void tst_ConflictResolution::mergeOfListsAndMarkup()
{
    // A list is one block; a change of markup alone is a change to choose (never lost unseen).
    const QString list = QStringLiteral("<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>");
    QCOMPARE(diff::bodyBlocks(QStringLiteral("<p>A</p>") + list + QStringLiteral("<p>B</p>")).size(), 3);
    Article current;
    current.body = QStringLiteral("<p>Chữ thường.</p>\n") + list;
    Article copy = current;
    copy.body = QStringLiteral("<p><strong>Chữ</strong> thường.</p>\n") + list;
    const diff::TextMerge merge(current, copy);
    QCOMPARE(merge.changes().size(), 1);
    QVERIFY(!diff::hasChanges(merge.changes().first().runs)); // the same words
    QCOMPARE(merge.merged({diff::MergeSide::Copy}).body, html::normalizeBody(copy.body));
    QVERIFY(merge.merged({diff::MergeSide::Copy}).body.contains(QStringLiteral("<li>Hai</li>")));
}

void tst_ConflictResolution::resolves_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::newRow("nominal: keep the current version")
        << int(ConflictChoice::KeepCurrent) << QStringLiteral("Quận ủy tổ chức hội nghị giao ban") << kCurrentBody;
    QTest::newRow("nominal: take the copy")
        << int(ConflictChoice::TakeCopy) << QStringLiteral("Tiêu đề viết khi ngoại tuyến") << kCopyBody;
    QTest::newRow("nominal: save a merge")
        << int(ConflictChoice::Merge) << QStringLiteral("Quận ủy tổ chức hội nghị giao ban")
        << QStringLiteral("<p>Đoạn một viết khi ngoại tuyến.</p>\n<p>Đoạn hai giữ nguyên.</p>\n"
                          "<p>Đoạn ba sửa ở tòa soạn.</p>");
}

void tst_ConflictResolution::resolves()
{
    QFETCH(int, choice);
    QFETCH(QString, title);
    QFETCH(QString, body);
    const qint64 id = m_f.draft(m_f.reporter);
    const int revision = conflictCopy(id, m_f.reporter);
    QVERIFY(revision > 0);
    QCOMPARE(Inbox(db()).counts(m_f.reporter)->conflicts, 1);
    ConflictResolution conflicts(db());
    QCOMPARE(conflicts.waitingFor(m_f.reporter)->size(), 1);
    QCOMPARE(conflicts.waitingOn(id, m_f.reporter)->size(), 1);
    auto opened = conflicts.open(id, revision, m_f.reporter);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened->copy.snapshot.body, kCopyBody);
    QCOMPARE(opened->current.body, kCurrentBody);
    QCOMPARE(opened->copyAuthor, QStringLiteral("Nguyễn Văn An"));
    const int versionBefore = opened->current.version;
    const qint64 revisionsBefore = ArticleRepository(db()).revisions(id)->size();

    const diff::TextMerge merge(opened->current, opened->copy.snapshot);
    // Title, sapo, paragraph one, paragraph three: the copy's first paragraph only.
    const Article merged = merge.merged(
        {diff::MergeSide::Current, diff::MergeSide::Current, diff::MergeSide::Copy, diff::MergeSide::Current});
    auto done = conflicts.resolve(id, revision, m_f.reporter, ConflictChoice(choice), merged, versionBefore);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));

    const Article after = ArticleRepository(db()).load(id).value();
    QCOMPARE(after.title, title);
    QCOMPARE(after.body, body);
    QCOMPARE(after.byline, QStringLiteral("Trần Hòa")); // metadata stays the current version's
    const bool saved = ConflictChoice(choice) != ConflictChoice::KeepCurrent;
    QCOMPARE(after.version, versionBefore + (saved ? 1 : 0));
    QCOMPARE(ArticleRepository(db()).revisions(id)->size(), revisionsBefore + (saved ? 1 : 0));
    QCOMPARE(conflictState(id, revision), 2);
    // The copy stays in the history, its text intact.
    QCOMPARE(ArticleRepository(db()).revision(id, revision)->snapshot.body, kCopyBody);
    const QList<Event> events = m_f.events(id);
    QCOMPARE(events.last().action, QStringLiteral("conflict_resolved"));
    QCOMPARE(events.last().userId, m_f.reporter);
    QCOMPARE(Inbox(db()).counts(m_f.reporter)->conflicts, 0);
    QVERIFY(conflicts.waitingFor(m_f.reporter)->isEmpty());

    // Dealt with: not again.
    auto again = conflicts.resolve(id, revision, m_f.reporter, ConflictChoice::KeepCurrent);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Invalid);
}

void tst_ConflictResolution::whoMayDealWithACopy_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("nominal: its author") << QStringLiteral("reporter") << true;
    QTest::newRow("nominal: an editor") << QStringLiteral("editor") << true;
    QTest::newRow("nominal: an approver") << QStringLiteral("approver") << true;
    QTest::newRow("robustness: another reporter") << QStringLiteral("reporter2") << false;
}

void tst_ConflictResolution::whoMayDealWithACopy()
{
    QFETCH(QString, who);
    QFETCH(bool, allowed);
    const QHash<QString, qint64> users{{QStringLiteral("reporter"), m_f.reporter},
                                       {QStringLiteral("reporter2"), m_f.reporter2},
                                       {QStringLiteral("editor"), m_f.editor},
                                       {QStringLiteral("approver"), m_f.approver}};
    // Submitted: editors and approvers may open and edit it; its author may not edit it any more.
    const qint64 id = m_f.inState(m_f.reporter, WorkflowState::Submitted);
    const int revision = conflictCopy(id, m_f.reporter);
    QVERIFY(revision > 0);
    const qint64 actor = users.value(who);
    ConflictResolution conflicts(db());
    QCOMPARE(conflicts.waitingOn(id, actor)->size(), allowed ? 1 : 0);
    const ConflictChoice choice =
        who == QLatin1String("reporter") ? ConflictChoice::KeepCurrent : ConflictChoice::TakeCopy;
    auto done = conflicts.resolve(id, revision, actor, choice);
    QCOMPARE(bool(done), allowed);
    if (!allowed) {
        QCOMPARE(done.error().code, ErrorCode::Forbidden);
        QVERIFY(!done.error().message.isEmpty());
        QCOMPARE(conflictState(id, revision), 1);
        QCOMPARE(ArticleRepository(db()).load(id)->body, kCurrentBody);
        return;
    }
    QCOMPARE(conflictState(id, revision), 2);
    QCOMPARE(m_f.events(id).last().userId, actor);
    QCOMPARE(ArticleRepository(db()).load(id)->body, choice == ConflictChoice::TakeCopy ? kCopyBody : kCurrentBody);
}

void tst_ConflictResolution::aCopyUnderReviewCanOnlyBeSetAsideByItsAuthor()
{
    const qint64 id = m_f.inState(m_f.reporter, WorkflowState::Submitted);
    const int revision = conflictCopy(id, m_f.reporter);
    const qint64 eventsBefore = m_f.events(id).size();
    ConflictResolution conflicts(db());
    for (ConflictChoice choice : {ConflictChoice::TakeCopy, ConflictChoice::Merge}) {
        auto refused = conflicts.resolve(id, revision, m_f.reporter, choice, ArticleRepository(db()).load(id).value());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QVERIFY2(refused.error().message.contains(QLatin1String("locked for its author")),
                 qPrintable(refused.error().message));
    }
    QCOMPARE(conflictState(id, revision), 1);
    QCOMPARE(m_f.events(id).size(), eventsBefore);
    QVERIFY(conflicts.resolve(id, revision, m_f.reporter, ConflictChoice::KeepCurrent));
    QCOMPARE(conflictState(id, revision), 2);
}

void tst_ConflictResolution::refusals()
{
    ConflictResolution conflicts(db());
    // A draft is its author's: an editor cannot open it, nor its conflict copy.
    const qint64 draft = m_f.draft(m_f.reporter);
    const int revision = conflictCopy(draft, m_f.reporter);
    auto editor = conflicts.resolve(draft, revision, m_f.editor, ConflictChoice::KeepCurrent);
    QVERIFY(!editor);
    QCOMPARE(editor.error().code, ErrorCode::Forbidden);
    QVERIFY(conflicts.waitingOn(draft, m_f.editor)->isEmpty());
    // An ordinary revision is not a conflict copy; a missing one is not found.
    QCOMPARE(conflicts.resolve(draft, 1, m_f.reporter, ConflictChoice::KeepCurrent).error().code, ErrorCode::Invalid);
    QCOMPARE(conflicts.resolve(draft, 99, m_f.reporter, ConflictChoice::KeepCurrent).error().code, ErrorCode::NotFound);
    // Saved by someone since the comparison: nothing written.
    const int seen = ArticleRepository(db()).load(draft)->version;
    Article newer = ArticleRepository(db()).load(draft).value();
    newer.notes = QStringLiteral("Sửa sau khi so sánh");
    QVERIFY(ArticleRepository(db()).save(newer, m_f.reporter));
    auto stale = conflicts.resolve(draft, revision, m_f.reporter, ConflictChoice::TakeCopy, {}, seen);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QCOMPARE(conflictState(draft, revision), 1);
    QCOMPARE(ArticleRepository(db()).load(draft)->body, kCurrentBody);
    // In the trash: restore it first.
    QVERIFY(ArticleRepository(db()).moveToTrash(draft, m_f.reporter));
    QCOMPARE(conflicts.resolve(draft, revision, m_f.reporter, ConflictChoice::KeepCurrent).error().code,
             ErrorCode::Invalid);
    QCOMPARE(conflictState(draft, revision), 1);
}

void tst_ConflictResolution::offlineWorkingCopyRefuses()
{
    // On a PC's working copy, a copy the server does not know (no server id: never pulled) cannot be marked:
    // refused, and the text is not saved either (tst_sync_push deals with pulled ones offline).
    if (db().isShared()) {
        QSKIP("a working copy is an SQLite file");
    }
    const qint64 id = m_f.draft(m_f.reporter);
    const int revision = conflictCopy(id, m_f.reporter);
    db().setWorkingCopy(true);
    auto offline = ConflictResolution(db()).resolve(id, revision, m_f.reporter, ConflictChoice::TakeCopy);
    const auto queued = db().value(QStringLiteral("SELECT count(*) FROM pending_ops"));
    db().setWorkingCopy(false);
    QVERIFY(!offline);
    QCOMPARE(offline.error().code, ErrorCode::Offline);
    QVERIFY(!offline.error().message.isEmpty());
    QCOMPARE(queued->toInt(), 0);
    QCOMPARE(conflictState(id, revision), 1);
    QCOMPARE(ArticleRepository(db()).load(id)->body, kCurrentBody);
}

QTEST_GUILESS_MAIN(tst_ConflictResolution)
#include "tst_conflict_resolution.moc"
