// "Tệp ▸ Nhập tệp…" and files dropped on the article list: Word and LibreOffice files become drafts
// of the logged-in user, all or none, with a message naming a bad file.
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/ArticleTableModel.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleFileImport.h"
#include "ui/article/ArticleListPane.h"
#include "ui/article/ArticleTab.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/MetadataPanel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

using namespace toasoan;
using toasoan::test::RecordingNotifier;
using toasoan::test::TestWorkspace;

namespace {

QString fixture(const char *name)
{
    return qEnvironmentVariable("TOASOAN_SOURCE_DIR") + QStringLiteral("/tests/fixtures/office/") + QLatin1String(name);
}

struct Fixture
{
    TestWorkspace ws;
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    RecordingNotifier notifier;
    User user;
    std::unique_ptr<ui::MainWindow> window;

    Fixture()
    {
        settings.setAutosaveIntervalSeconds(3600);
        const qint64 id = ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Trần Thị Hòa"));
        if (id > 0) {
            user = UserRepository(ws.db()).load(id).value();
        }
        window = std::make_unique<ui::MainWindow>(ws.db(), user, settings, notifier);
        window->show();
    }

    int listed() const { return window->listPane()->model()->rowCount(); }
};

QAction *fileMenuAction(ui::MainWindow &window, const QString &name)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu()) {
            continue;
        }
        for (QAction *action : menu->menu()->actions()) {
            if (action->objectName() == name) {
                return action;
            }
        }
        break; // the first menu is File
    }
    return nullptr;
}

// Drags `path` onto the article list and drops it there, as a user does from the file manager.
void dropOnList(ui::MainWindow &window, const QString &path)
{
    QWidget *viewport = window.listPane()->table()->viewport();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = viewport->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
}

bool writePage(const QString &path, const QString &body)
{
    QFile file(path);
    const QByteArray html =
        (QStringLiteral("<html><head><meta charset=\"utf-8\"><title>Tin có ảnh</title></head><body>") + body +
         QStringLiteral("</body></html>"))
            .toUtf8();
    return file.open(QIODevice::WriteOnly) && file.write(html) == html.size();
}

} // namespace

class TestArticleFileImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }

    void fileMenuImportsWordFiles()
    {
        Fixture f;
        QVERIFY(f.ws.ok() && f.user.id > 0);
        QAction *action = fileMenuAction(*f.window, QStringLiteral("importFilesAction"));
        QVERIFY2(action, "Tệp ▸ Nhập tệp… is missing");
        QVERIFY(ui::ArticleFileImport::fileFilter().contains(QStringLiteral("*.docx")));
        QVERIFY(ui::ArticleFileImport::fileFilter().contains(QStringLiteral("*.odt")));
        f.window->fileImport()->setFileChooser([] {
            return QStringList{fixture("bai-viet.docx"), fixture("tcvn3.docx")};
        });
        const int before = f.listed();
        action->trigger();
        QVERIFY2(f.notifier.errors.isEmpty(), qPrintable(f.notifier.errors.value(0).error.message));
        QCOMPARE(f.listed(), before + 2);
        const QString status = f.window->statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("Imported 2 article")) && status.contains(QStringLiteral("5 run")),
                 qPrintable(status));
        QStringList titles;
        for (int row = 0; row < f.listed(); ++row) {
            titles.append(f.window->listPane()->model()->index(row, 0).data().toString());
        }
        QVERIFY2(titles.contains(QStringLiteral("HỘI NGHỊ TỔNG KẾT NĂM")), qPrintable(titles.join(QLatin1Char('|'))));
    }

    void droppedFileOpensAsDraft()
    {
        Fixture f;
        QVERIFY(f.ws.ok() && f.user.id > 0);
        dropOnList(*f.window, fixture("bai-viet.odt"));
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY2(f.notifier.errors.isEmpty(), qPrintable(f.notifier.errors.value(0).error.message));
        ui::ArticleTab *tab = f.window->currentTab();
        QVERIFY2(tab, "the imported article is opened");
        QCOMPARE(tab->metadataPanel()->titleEdit()->text(),
                 QStringLiteral("Hội nghị giao ban Ban chủ nhiệm chương trình 04-CTr/QU"));
    }

    void otherFilesAreNotTaken()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        QWidget *viewport = f.window->listPane()->table()->viewport();
        QMimeData mime;
        mime.setUrls(
            {QUrl::fromLocalFile(fixture("bai-viet.odt")), QUrl::fromLocalFile(QStringLiteral("/tmp/anh.png"))});
        QDragEnterEvent enter(viewport->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void badFileStopsTheBatch()
    {
        Fixture f;
        QVERIFY(f.ws.ok() && f.user.id > 0);
        const int before = f.listed();
        const QList<qint64> ids = f.window->fileImport()->importFiles({fixture("bai-viet.docx"), fixture("bomb.docx")});
        QVERIFY(ids.isEmpty());
        QCOMPARE(f.notifier.errors.size(), 1);
        QVERIFY2(f.notifier.errors.constFirst().error.message.contains(QStringLiteral("bomb.docx")),
                 qPrintable(f.notifier.errors.constFirst().error.message));
        f.window->refreshList();
        QCOMPARE(f.listed(), before);
    }

    // A web page dropped with its picture beside it: the picture is the article's media, and the
    // editor shows it as one it inserted itself.
    void droppedWebPageBringsItsPictures()
    {
        Fixture f;
        QVERIFY(f.ws.ok() && f.user.id > 0);
        QTemporaryDir dir;
        QImage photo(8, 6, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("ảnh")));
        QVERIFY(photo.save(dir.filePath(QStringLiteral("ảnh/hội nghị.png"))));
        const QString page = dir.filePath(QStringLiteral("tin.html"));
        QVERIFY(writePage(
            page, QStringLiteral("<p>Chữ.</p><p><img src=\"%E1%BA%A3nh/h%E1%BB%99i%20ngh%E1%BB%8B.png\"></p>")));

        dropOnList(*f.window, page);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY2(f.notifier.errors.isEmpty(), qPrintable(f.notifier.errors.value(0).error.message));
        ui::ArticleTab *tab = f.window->currentTab();
        QVERIFY2(tab, "the imported article is opened");
        const QRegularExpressionMatch media =
            QRegularExpression(QStringLiteral("src=\"(media:\\d+)\"")).match(tab->editor()->bodyHtml());
        QVERIFY2(media.hasMatch(), qPrintable(tab->editor()->bodyHtml()));
        // The editor decodes photos on a worker thread: a frame of the right size first, then the photo.
        const auto shown = [&] {
            return tab->editor()
                ->document()
                ->resource(QTextDocument::ImageResource, QUrl(media.captured(1)))
                .value<QImage>();
        };
        QCOMPARE(shown().size(), photo.size());
        QTRY_COMPARE(shown().pixelColor(0, 0), QColor(Qt::darkGreen));
    }

    void missingPictureStopsTheBatch()
    {
        Fixture f;
        QVERIFY(f.ws.ok() && f.user.id > 0);
        const int before = f.listed();
        QTemporaryDir dir;
        const QString page = dir.filePath(QStringLiteral("tin.html"));
        QVERIFY(writePage(page, QStringLiteral("<p><img src=\"mat.jpg\"></p>")));
        const QList<qint64> ids = f.window->fileImport()->importFiles({fixture("bai-viet.docx"), page});
        QVERIFY(ids.isEmpty());
        QCOMPARE(f.notifier.errors.size(), 1);
        const QString message = f.notifier.errors.constFirst().error.message;
        QVERIFY2(message.contains(page) && message.contains(QStringLiteral("\"mat.jpg\"")), qPrintable(message));
        f.window->refreshList();
        QCOMPARE(f.listed(), before);
    }
};

QTEST_MAIN(TestArticleFileImport)
#include "tst_article_file_import.moc"
