// "Tệp ▸ Xuất…" and "Xuất…" in the article list's context menu: the article saved as Word, LibreOffice,
// PDF, web page or JSON, the format chosen by the file's type; the article in front as it is on screen.
#include "app/io/OfficeImport.h"
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/MediaRepository.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/ExportSample.h"
#include "tests/support/TestWorkspace.h"
#include "ui/ArticleTableModel.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleFileExport.h"
#include "ui/article/ArticleListPane.h"
#include "ui/article/ArticleTab.h"
#include "ui/metadata/MetadataPanel.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::RecordingNotifier;
using toasoan::test::TestWorkspace;

namespace {

struct Fixture
{
    TestWorkspace ws;
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    RecordingNotifier notifier;
    User user;
    Article article;
    std::unique_ptr<ui::MainWindow> window;

    Fixture()
    {
        settings.setAutosaveIntervalSeconds(3600);
        const qint64 id = ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Trần Thị Hòa"));
        if (id <= 0) {
            return;
        }
        user = UserRepository(ws.db()).load(id).value();
        MediaRepository media(ws.db());
        Article draft = test::sampleArticle(media);
        draft.authorId = id;
        if (auto created = ArticleRepository(ws.db()).create(draft, id)) {
            article = *created;
        }
        window = std::make_unique<ui::MainWindow>(ws.db(), user, settings, notifier);
        window->show();
    }

    bool ok() const { return ws.ok() && user.id > 0 && article.id > 0 && window; }
};

QAction *fileMenuAction(ui::MainWindow &window, const QString &name)
{
    QAction *file = window.menuBar()->actions().value(0);
    for (QAction *action : file && file->menu() ? file->menu()->actions() : QList<QAction *>()) {
        if (action->objectName() == name) {
            return action;
        }
    }
    return nullptr;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestArticleFileExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }

    // The article in front, with an edit not saved yet, as a Word file read back by the importer.
    void fileMenuExportsTheArticleInFront()
    {
        Fixture f;
        QVERIFY(f.ok());
        ui::ArticleTab *tab = f.window->openArticle(f.article.id);
        QVERIFY(tab);
        Article edited = tab->article();
        edited.title = QStringLiteral("Hội nghị giao ban tháng Mười Một");
        tab->setArticle(edited, true);

        QAction *action = fileMenuAction(*f.window, QStringLiteral("exportArticleAction"));
        QVERIFY2(action, "Tệp ▸ Xuất… is missing");
        QString suggested;
        const QString path = f.dir.filePath(QStringLiteral("bài viết.docx"));
        f.window->fileExport()->setFileChooser([&](const QString &offered) {
            suggested = offered;
            return path;
        });
        action->trigger();
        QVERIFY2(f.notifier.errors.isEmpty(), qPrintable(f.notifier.errors.value(0).error.message));
        QVERIFY2(suggested.endsWith(QStringLiteral("/hoi-nghi-giao-ban-ban-chu-nhiem-chuong-trinh-04-ctr-qu.docx")),
                 qPrintable(suggested));
        auto imported = io::readOfficeDocument(bytesOf(path), path);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->article.title, edited.title);
        MediaRepository media(f.ws.db());
        auto back = io::finishImport(std::move(imported).value(), media);
        QVERIFY(back);
        QCOMPARE(back->body, f.article.body);
        QVERIFY2(f.window->statusBar()->currentMessage().contains(QStringLiteral("Exported")),
                 qPrintable(f.window->statusBar()->currentMessage()));
    }

    // Right-click in the list: the article under the pointer as a PDF, without opening it.
    void listContextMenuExportsPdf()
    {
        Fixture f;
        QVERIFY(f.ok());
        QTableView *table = f.window->listPane()->table();
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        QAction *listAction = nullptr;
        for (QAction *action : table->actions()) {
            if (action->objectName() == QStringLiteral("exportListedArticleAction")) {
                listAction = action;
            }
        }
        QVERIFY2(listAction, "the list's context menu has no Xuất…");
        const int row = f.window->listPane()->model()->rowOf(f.article.id);
        QVERIFY(row >= 0);
        table->setCurrentIndex(f.window->listPane()->model()->index(row, 0));
        const QString path = f.dir.filePath(QStringLiteral("bai-viet.pdf"));
        f.window->fileExport()->setFileChooser([&](const QString &) { return path; });
        listAction->trigger();
        QVERIFY2(f.notifier.errors.isEmpty(), qPrintable(f.notifier.errors.value(0).error.message));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(f.article.title) && text.contains(f.article.byline), qPrintable(text));
    }

    void formatFollowsTheFileType_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("nominal: Word") << QStringLiteral("a.docx") << QStringLiteral("docx");
        QTest::newRow("nominal: LibreOffice") << QStringLiteral("a.ODT") << QStringLiteral("odt");
        QTest::newRow("nominal: web page") << QStringLiteral("a.htm") << QStringLiteral("html");
        QTest::newRow("nominal: JSON") << QStringLiteral("a.json") << QStringLiteral("json");
        QTest::newRow("robustness: an old Word type") << QStringLiteral("a.doc") << QString();
    }

    void formatFollowsTheFileType()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QCOMPARE(ui::ArticleFileExport::formatOf(file), format);
    }

    void jsonAndUnknownTypes()
    {
        Fixture f;
        QVERIFY(f.ok());
        const QString json = f.dir.filePath(QStringLiteral("bai-viet.json"));
        QVERIFY(f.window->fileExport()->exportArticle(f.article.id, json));
        const QJsonObject object = QJsonDocument::fromJson(bytesOf(json)).object();
        QCOMPARE(object.value(QStringLiteral("title")).toString(), f.article.title);
        QCOMPARE(object.value(QStringLiteral("author_name")).toString(), QStringLiteral("Trần Thị Hòa"));

        const QString doc = f.dir.filePath(QStringLiteral("bai-viet.doc"));
        QVERIFY(!f.window->fileExport()->exportArticle(f.article.id, doc));
        QCOMPARE(f.notifier.errors.size(), 1);
        QVERIFY(!QFile::exists(doc));
    }
};

QTEST_MAIN(TestArticleFileExport)
#include "tst_article_file_export.moc"
