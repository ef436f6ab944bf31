// MainWindow end to end: empty state, create through the keyboard, save, conflict, layout.
#include "ArticleEditorPane.h"
#include "ArticleTableModel.h"
#include "MainWindow.h"
#include "gui/GuiTestSupport.h"
#include "settings/Settings.h"
#include "storage/ArticleRepository.h"
#include "support/TestWorkspace.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::RecordingNotifier;
using toasoan::test::TestWorkspace;

namespace {

const QString kTitle = QStringLiteral("Hội nghị giao ban Quận ủy");
const QString kBody = QStringLiteral("(NTL) Sáng 9/11, Quận ủy tổ chức Hội nghị giao ban.\n"
                                     "Đồng chí Bí thư Quận ủy chủ trì hội nghị.");

// Everything a MainWindow needs, with a user "phongvien" already in the workspace.
struct Fixture
{
    TestWorkspace ws;
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    RecordingNotifier notifier;
    User user;

    Fixture()
    {
        const qint64 id = ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Trần Thị Hòa"));
        if (id > 0) {
            user = UserRepository(ws.db()).load(id).value();
        }
    }
};

template <typename T>
T *child(QWidget &window, const char *name)
{
    return window.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void createsArticleFromEmptyState_data()
    {
        QTest::addColumn<bool>("useShortcut");
        QTest::addColumn<bool>("decomposedInput");
        QTest::newRow("nominal: Save button, NFC typing") << false << false;
        QTest::newRow("nominal: Ctrl+S, NFC typing") << true << false;
        QTest::newRow("robustness: NFD typing is stored NFC") << false << true;
    }

    void createsArticleFromEmptyState()
    {
        QFETCH(bool, useShortcut);
        QFETCH(bool, decomposedInput);
        Fixture f;
        QVERIFY(f.ws.ok());
        QVERIFY(f.user.id > 0);

        ui::MainWindow window(f.ws.db(), f.user, f.settings, f.notifier);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QVERIFY(window.isEmptyStateShown());
        auto *newButton = child<QPushButton>(window, "emptyStateNewButton");
        QVERIFY(newButton);
        QVERIFY(newButton->isVisible());
        QTest::mouseClick(newButton, Qt::LeftButton);

        auto *title = child<QLineEdit>(window, "titleEdit");
        auto *body = child<QPlainTextEdit>(window, "bodyEdit");
        QVERIFY(title && body);
        QVERIFY(title->isEnabled());
        test::typeText(title, decomposedInput ? test::nfd(kTitle) : kTitle);
        test::typeText(body, decomposedInput ? test::nfd(kBody) : kBody);
        QVERIFY(window.editor()->isModified());

        QSignalSpy saved(&window, &ui::MainWindow::articleSaved);
        if (useShortcut) {
            QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        } else {
            QTest::mouseClick(child<QPushButton>(window, "saveButton"), Qt::LeftButton);
        }
        QCOMPARE(saved.count(), 1);
        QVERIFY2(f.notifier.errors.isEmpty(), qPrintable(f.notifier.errors.value(0).error.message));

        // The database has it, NFC, written by the logged-in user.
        ArticleRepository articles(f.ws.db());
        auto page = articles.list({});
        QVERIFY(page.ok());
        QCOMPARE(page->total, 1);
        auto stored = articles.load(page->items.first().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, kTitle);
        QVERIFY(stored->title != test::nfd(kTitle));
        QCOMPARE(stored->authorId, f.user.id);
        QVERIFY(stored->body.contains(QStringLiteral("<p>(NTL) Sáng 9/11, Quận ủy tổ chức Hội nghị giao ban.</p>")));
        QVERIFY(stored->body.contains(QStringLiteral("<p>Đồng chí Bí thư Quận ủy chủ trì hội nghị.</p>")));

        // The window shows it: list instead of the empty state, row in the model, saved time.
        QVERIFY(!window.isEmptyStateShown());
        QCOMPARE(window.articleModel()->rowCount(), 1);
        QCOMPARE(window.articleModel()->index(0, ui::ArticleTableModel::TitleColumn).data().toString(), kTitle);
        QCOMPARE(window.articleModel()->index(0, ui::ArticleTableModel::AuthorColumn).data().toString(),
                 QStringLiteral("Trần Thị Hòa"));
        QVERIFY(window.articleModel()
                    ->index(0, ui::ArticleTableModel::UpdatedColumn)
                    .data()
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$"))));
        QVERIFY(
            child<QLabel>(window, "savedLabel")->text().contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d"))));
        QVERIFY(!window.editor()->isModified());

        // A second save of the same article is an update, not a second article.
        QTest::keyClick(title, Qt::Key_End); // a loaded headline shows its start; edit at the end
        test::typeText(title, QStringLiteral(" lần 2"));
        QVERIFY(window.saveArticle());
        QCOMPARE(articles.list({})->total, 1);
        QCOMPARE(articles.load(stored->id)->title, kTitle + QStringLiteral(" lần 2"));
        QCOMPARE(articles.load(stored->id)->version, stored->version + 1);
    }

    void conflictKeepsTheOtherVersion()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        Article original;
        original.title = QStringLiteral("Bản tin sáng");
        original.body = QStringLiteral("<p>Nội dung ban đầu.</p>");
        auto created = ArticleRepository(f.ws.db()).create(original, f.user.id);
        QVERIFY(created.ok());

        ui::MainWindow window(f.ws.db(), f.user, f.settings, f.notifier);
        window.show();
        QVERIFY(!window.isEmptyStateShown());
        auto *table = child<QTableView>(window, "articleTable");
        table->selectRow(0);
        QCOMPARE(window.editor()->article().id, created->id);
        QTest::keyClick(child<QLineEdit>(window, "titleEdit"), Qt::Key_End);
        test::typeText(child<QLineEdit>(window, "titleEdit"), QStringLiteral(" (sửa)"));

        // Someone else saves first, through another connection to the same file.
        auto other = Database::openSqlite(f.ws.path());
        QVERIFY(other.ok());
        ArticleRepository otherArticles(*other.value());
        Article theirs = otherArticles.load(created->id).value();
        theirs.title = QStringLiteral("Bản tin sáng của biên tập viên");
        QVERIFY(otherArticles.save(theirs, f.user.id).ok());

        QSignalSpy saved(&window, &ui::MainWindow::articleSaved);
        QTest::mouseClick(child<QPushButton>(window, "saveButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(f.notifier.errors.size(), 1);
        QCOMPARE(f.notifier.errors.first().error.code, ErrorCode::Conflict);
        QVERIFY(!f.notifier.errors.first().error.message.isEmpty());

        auto stored = ArticleRepository(f.ws.db()).load(created->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, QStringLiteral("Bản tin sáng của biên tập viên"));
        // The user's text is still in the editor, unsaved.
        QCOMPARE(window.editor()->article().title, QStringLiteral("Bản tin sáng (sửa)"));
        QVERIFY(window.editor()->isModified());
    }

    void refusesEmptyHeadline()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MainWindow window(f.ws.db(), f.user, f.settings, f.notifier);
        window.newArticle();
        test::typeText(child<QPlainTextEdit>(window, "bodyEdit"), QStringLiteral("Chỉ có nội dung."));
        QVERIFY(!window.saveArticle());
        QCOMPARE(f.notifier.errors.size(), 1);
        QCOMPARE(f.notifier.errors.first().error.code, ErrorCode::Invalid);
        QCOMPARE(ArticleRepository(f.ws.db()).list({})->total, 0);
        QVERIFY(window.isEmptyStateShown());
    }

    void unsavedChangesAskBeforeClosing_data()
    {
        QTest::addColumn<bool>("discard");
        QTest::newRow("nominal: user discards, window closes") << true;
        QTest::newRow("robustness: user keeps editing, window stays") << false;
    }

    void unsavedChangesAskBeforeClosing()
    {
        QFETCH(bool, discard);
        Fixture f;
        QVERIFY(f.ws.ok());
        f.notifier.discard = discard;
        ui::MainWindow window(f.ws.db(), f.user, f.settings, f.notifier);
        window.show();
        window.newArticle();
        test::typeText(child<QLineEdit>(window, "titleEdit"), QStringLiteral("Tin chưa lưu"));
        QCOMPARE(window.close(), discard);
        QCOMPARE(f.notifier.confirmations, 1);
        QCOMPARE(window.isVisible(), !discard);
    }

    void bodyRoundTrip_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("plainAgain");
        QTest::newRow("nominal: two paragraphs")
            << QStringLiteral("Đoạn một.\nĐoạn hai.") << QStringLiteral("<p>Đoạn một.</p>\n<p>Đoạn hai.</p>")
            << QStringLiteral("Đoạn một.\n\nĐoạn hai.");
        QTest::newRow("robustness: markup characters are escaped")
            << QStringLiteral("Giá <100> & \"rẻ\"") << QStringLiteral("<p>Giá &lt;100&gt; &amp; &quot;rẻ&quot;</p>")
            << QStringLiteral("Giá <100> & \"rẻ\"");
        QTest::newRow("robustness: blank lines and indentation are dropped")
            << QStringLiteral("\n  Một.  \n\n\nHai.\n") << QStringLiteral("<p>Một.</p>\n<p>Hai.</p>")
            << QStringLiteral("Một.\n\nHai.");
    }

    void bodyRoundTrip()
    {
        QFETCH(QString, plain);
        QFETCH(QString, html);
        QFETCH(QString, plainAgain);
        QCOMPARE(ui::ArticleEditorPane::plainToHtml(plain), html);
        QCOMPARE(ui::ArticleEditorPane::htmlToPlain(html), plainAgain);
        QCOMPARE(ui::ArticleEditorPane::plainToHtml(plainAgain), html);
    }

    void remembersLayout()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        {
            ui::MainWindow window(f.ws.db(), f.user, f.settings, f.notifier);
            window.show();
            window.resize(1000, 640);
            QVERIFY(window.close());
        }
        QVERIFY(!f.settings.mainWindowGeometry().isEmpty());
        QCOMPARE(f.settings.mainSplitterSizes().size(), 2);

        ui::MainWindow again(f.ws.db(), f.user, f.settings, f.notifier);
        QCOMPARE(again.size(), QSize(1000, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
