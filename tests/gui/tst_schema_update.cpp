// The window's side of a schema update on opening (ui/database/SchemaUpdate.h): the progress window with
// the step's description in Vietnamese, and compacting afterwards (asked first for a large file).

#include "app/i18n/Translations.h"
#include "app/storage/Compaction.h"
#include "app/storage/Database.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/OldWorkspace.h"
#include "ui/database/SchemaUpdate.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

namespace {

/// Records the text of each SchemaUpdateDialog when it appears.
class ShowWatch final : public QObject
{
public:
    QStringList shown;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            if (auto *dialog = qobject_cast<ui::SchemaUpdateDialog *>(object)) {
                shown.append(dialog->text());
            }
        }
        return false;
    }
};

qint64 freeBytes(Database &db)
{
    auto space = compaction::space(db);
    return space ? space->freeBytes : -1;
}

} // namespace

class tst_SchemaUpdate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TOASOAN_LANG", "vi");
        installTranslations(*QCoreApplication::instance());
        qApp->installEventFilter(&m_watch);
    }

    void init() { m_watch.shown.clear(); }

    void dialogShowsTheStep()
    {
        ui::SchemaUpdateDialog dialog;
        MigrationProgress progress;
        progress.done = 1;
        progress.total = 3;
        progress.version = 22;
        progress.description = QStringLiteral("Tách nội dung phiên bản");
        dialog.showStep(progress);
        QVERIFY2(dialog.text().contains(QStringLiteral("Bước 2/3: Tách nội dung phiên bản…")),
                 qPrintable(dialog.text()));
        auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("schemaUpdateBar"));
        QVERIFY(bar);
        QCOMPARE(bar->maximum(), 3);
        QCOMPARE(bar->value(), 1);
        dialog.showBusy(QStringLiteral("Đang thu gọn"));
        QCOMPARE(bar->maximum(), 0); // busy
        // Neither Esc nor the window's close stops an update halfway.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.close());
        QVERIFY(dialog.isVisible());
    }

    void largeFileShowsTheStepsAndAsksBeforeCompacting_data()
    {
        QTest::addColumn<bool>("compact");
        QTest::newRow("nominal: compact now") << true;
        QTest::newRow("nominal: later") << false;
    }

    void largeFileShowsTheStepsAndAsksBeforeCompacting()
    {
        QFETCH(bool, compact);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        QVERIFY(test::writeSchema21Workspace(path, 40, 20000));

        test::ModalDriver driver;
        QString question;
        driver.when<QMessageBox>([&](QMessageBox *box) {
            question = box->objectName() + QLatin1Char(':') + box->text();
            const char *button = compact ? "compactNow" : "compactLater";
            if (auto *b = box->findChild<QAbstractButton *>(QLatin1String(button))) {
                b->click();
            }
        });
        ui::SchemaUpdateOptions options;
        options.largeBytes = 1; // every file is large
        auto opened = ui::openUpdatingSchema(path, nullptr, options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        Database &db = **opened;
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(db.openedAtVersion(), 21);

        // Shown at once, with the first step's description in Vietnamese.
        QCOMPARE(m_watch.shown.size(), compact ? 2 : 1); // the update, then the compaction
        QVERIFY2(m_watch.shown.at(0).contains(QStringLiteral("Bước 1/")), qPrintable(m_watch.shown.at(0)));
        QVERIFY2(m_watch.shown.at(0).contains(QStringLiteral("Tách nội dung của các phiên bản khỏi bản chụp")),
                 qPrintable(m_watch.shown.at(0)));
        QVERIFY2(question.startsWith(QLatin1String("compactQuestion:")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("Thu gọn")), qPrintable(question));
        if (compact) {
            QCOMPARE(freeBytes(db), 0);
            QVERIFY(m_watch.shown.at(1).contains(QStringLiteral("Đang thu gọn")));
        } else {
            QVERIFY(freeBytes(db) > 40 * 10000); // the bodies copied in the snapshots, freed by step 22
        }
        // The workspace works: its articles are there.
        auto count = db.value(QStringLiteral("SELECT count(*) FROM articles"));
        QVERIFY(count);
        QCOMPARE(count->toInt(), 40);
    }

    // "Thu gọn dữ liệu làm việc…": the sizes in a question, then the busy window, then the space is back.
    void compactsOnRequestAfterAsking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        QVERIFY(test::writeSchema21Workspace(path, 40, 20000));
        ui::SchemaUpdateOptions options;
        options.showAfterMs = 60 * 60 * 1000;
        auto opened = ui::openUpdatingSchema(path, nullptr, options);
        QVERIFY(opened);
        Database &db = **opened;
        QCOMPARE(freeBytes(db), 0); // compacted after the update (a small file)
        // A table written and dropped leaves its pages free, as deleted articles do.
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE filler AS SELECT randomblob(2000000) AS b")));
        QVERIFY(db.exec(QStringLiteral("DROP TABLE filler")));
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(freeBytes(db) > 0);
        m_watch.shown.clear();

        for (const bool compact : {false, true}) {
            test::ModalDriver driver;
            QString question;
            driver.when<QMessageBox>([&](QMessageBox *box) {
                question = box->objectName() + QLatin1Char(':') + box->text();
                if (auto *b =
                        box->findChild<QAbstractButton *>(QLatin1String(compact ? "compactNow" : "compactLater"))) {
                    b->click();
                }
            });
            const qint64 before = freeBytes(db);
            const auto after = ui::compactOnRequest(db);
            QVERIFY2(question.startsWith(QLatin1String("compactQuestion:")), qPrintable(question));
            QVERIFY2(question.contains(QStringLiteral("Dữ liệu làm việc chiếm")),
                     qPrintable(question)); // its size, asked
            QCOMPARE(after.has_value(), compact);
            QCOMPARE(freeBytes(db), compact ? 0 : before);
            QCOMPARE(m_watch.shown.size(), compact ? 1 : 0);
        }
        QVERIFY(m_watch.shown.at(0).contains(QStringLiteral("Đang thu gọn")));
    }

    void smallFileIsCompactedWithoutAsking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        QVERIFY(test::writeSchema21Workspace(path, 40, 20000));
        test::ModalDriver driver;
        ui::SchemaUpdateOptions options;
        options.showAfterMs = 60 * 60 * 1000; // a quick update shows nothing
        auto opened = ui::openUpdatingSchema(path, nullptr, options);
        QVERIFY(opened);
        QCOMPARE((*opened)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(freeBytes(**opened), 0);
        QVERIFY2(!driver.seen.contains(QLatin1String("QMessageBox")), qPrintable(driver.seen.join(u',')));
        QVERIFY(m_watch.shown.isEmpty());
    }

    void newWorkspaceShowsNothing()
    {
        QTemporaryDir dir;
        ui::SchemaUpdateOptions options;
        options.largeBytes = 0;
        options.showAfterMs = 0;
        auto opened = ui::openUpdatingSchema(dir.filePath(QStringLiteral("new.sqlite")), nullptr, options);
        QVERIFY(opened);
        QCOMPARE((*opened)->openedAtVersion(), 0);
        QCOMPARE((*opened)->schemaVersion(), Database::latestSchemaVersion());
        QTest::qWait(20);
        QVERIFY(m_watch.shown.isEmpty());
    }

    void refusedFileGivesItsError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-workspace.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto opened = ui::openUpdatingSchema(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Corrupt);
    }

private:
    ShowWatch m_watch;
};

QTEST_MAIN(tst_SchemaUpdate)
#include "tst_schema_update.moc"
