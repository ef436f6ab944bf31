// The window while the office's database server is away (issue 13): saving says plainly that the
// connection was lost, a banner across the window says it once and goes when the server is back,
// the text stays in the editor, and saving works again without restarting ToaSoan. Kills a
// PostgreSQL cluster of its own (tests/support/PrivatePostgres.h); skipped without the server programs.
#include "app/publish/SecretStore.h"
#include "app/search/SearchIndex.h"
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/PrivatePostgres.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleTab.h"
#include "ui/article/ArticleTabs.h"
#include "ui/article/SaveQuestion.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/publish/OutboxView.h"
#include "ui/publish/Publishing.h"
#include "ui/workflow/Banner.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::PrivatePostgres;
using toasoan::test::RecordingNotifier;
using toasoan::test::RecordingSaveQuestion;

class TestConnectionLoss : public QObject
{
    Q_OBJECT

private slots:
    void savingWhileTheServerIsAwayAndAfterItIsBack_data()
    {
        QTest::addColumn<bool>("newArticle");
        QTest::newRow("an article from the list") << false;
        QTest::newRow("a new article") << true;
    }

    void savingWhileTheServerIsAwayAndAfterItIsBack()
    {
        QFETCH(bool, newArticle);
        if (PrivatePostgres::binDir().isEmpty()) {
            QSKIP("the PostgreSQL server programs are not installed (/usr/lib/postgresql/*/bin)");
        }
        PrivatePostgres server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        auto opened = Database::open(server.location());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        std::unique_ptr<Database> db = std::move(opened).value();
        searchindex::attach(*db);
        auto user = UserRepository(*db).create(QStringLiteral("phongvien"), QStringLiteral("Trần Thị Hòa"),
                                               Role::Reporter, QStringLiteral("mat-khau-1"));
        QVERIFY(user);
        Article a;
        a.title = QStringLiteral("Tin giao thông");
        a.body = QStringLiteral("<p>Đoạn đầu.</p>");
        const qint64 id = ArticleRepository(*db).create(a, user->id).value().id;

        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        settings.setAutosaveIntervalSeconds(3600); // the saves here are the test's own
        RecordingNotifier notifier;
        RecordingSaveQuestion question;
        question.answer = ui::SaveAnswer::Discard;
        ui::Publishing publishing(*db, std::make_unique<MemorySecretStore>());
        auto window = std::make_unique<ui::MainWindow>(*db, *user, settings, notifier);
        window->setPublishing(&publishing);
        window->setSaveQuestion(&question);
        window->show();
        auto *banner = window->findChild<ui::Banner *>(QStringLiteral("connectionBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isHidden());
        ui::ArticleTab *tab = newArticle ? (window->newArticle(), window->currentTab()) : window->openArticle(id);
        QVERIFY(tab);
        QTest::qWait(200); // what the window does once shown (the offer of autosaved changes)
        QVERIFY(notifier.errors.isEmpty());

        QVERIFY2(server.kill(), qPrintable(server.error()));
        tab->editor()->moveCursor(QTextCursor::End);
        const QString typed = QStringLiteral(" Đường Láng thông xe.");
        test::typeText(tab->editor(), typed);
        QVERIFY(!window->saveArticle());
        QCOMPARE(notifier.errors.size(), 1);
        const Error said = notifier.errors.constFirst().error;
        QVERIFY2(said.message.contains(QLatin1String("connection")) && said.message.contains(QLatin1String("lost")),
                 qPrintable(said.message));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(db->displayName()));
        if (const QString shots = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            window->resize(1280, 720);
            QTest::qWait(50);
            window->grab().save(QDir(shots).filePath(QStringLiteral("connection-lost.png")));
        }
        QVERIFY(tab->isModified());
        QVERIFY(tab->editor()->toPlainText().contains(typed.trimmed()));
        // Leaving the article autosaves, and the publishing queue reads itself on a clock: both fail,
        // without another word beside the banner.
        window->tabs()->autosaveAll();
        window->tabs()->flushAutosaves();
        auto *outbox = window->findChild<ui::OutboxView *>();
        QVERIFY(outbox);
        outbox->reload();
        QCOMPARE(notifier.errors.size(), 1);

        QVERIFY2(server.restart(), qPrintable(server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 30000);
        QVERIFY2(window->saveArticle(), qPrintable(notifier.errors.constLast().error.detail));
        QCOMPARE(notifier.errors.size(), 1);
        auto stored = ArticleRepository(*db).load(tab->articleId());
        QVERIFY(stored);
        QVERIFY(stored->body.contains(typed.trimmed()));
        QVERIFY(!tab->isModified());
        window.reset();
    }
};

QTEST_MAIN(TestConnectionLoss)
#include "tst_connection_loss.moc"
