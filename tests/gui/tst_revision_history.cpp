// The current article's records in the main window: the revision history dialog (list, compare,
// restore) and the approval slip menu entry, driven as a user would.
#include "app/settings/Settings.h"
#include "app/slip/SlipData.h"
#include "app/storage/ArticleRepository.h"
#include "app/workflow/OfficeSettings.h"
#include "app/workflow/WorkflowService.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleTab.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/history/ArticleRecordActions.h"
#include "ui/history/RestoreQuestion.h"
#include "ui/history/RevisionComparisonView.h"
#include "ui/history/RevisionHistoryDialog.h"
#include "ui/history/SlipFileQuestion.h"
#include "ui/metadata/MetadataPanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

using namespace toasoan;
using toasoan::test::RecordingNotifier;
using toasoan::test::RecordingSaveQuestion;
using toasoan::test::TestWorkspace;

namespace {

const QString kTitle = QStringLiteral("Hội nghị giao ban Quận ủy");
const QString kBody = QStringLiteral("<p>(NTL) Sáng 9/11, Quận ủy tổ chức hội nghị giao ban.</p>"
                                     "<p>Đồng chí Bí thư Quận ủy chủ trì hội nghị.</p>");

class RecordingRestoreQuestion final : public ui::RestoreQuestion
{
public:
    bool confirm(QWidget *, int number, const QString &) override
    {
        asked.append(number);
        return answer;
    }
    QList<int> asked;
    bool answer = true;
};

class FixedSlipQuestion final : public ui::SlipFileQuestion
{
public:
    QString askPath(QWidget *, const QString &suggestedPath) override
    {
        suggested = suggestedPath;
        return answer;
    }
    QString suggested;
    QString answer;
};

struct Fixture
{
    TestWorkspace ws;
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    RecordingNotifier notifier;
    RecordingSaveQuestion saveQuestion;
    RecordingRestoreQuestion restoreQuestion;
    FixedSlipQuestion slipQuestion;
    QList<QUrl> opened;
    User user;
    std::unique_ptr<ui::MainWindow> window;

    Fixture()
    {
        settings.setAutosaveIntervalSeconds(3600);
        const qint64 id = ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Trần Thị Hòa"));
        if (id > 0) {
            user = UserRepository(ws.db()).load(id).value();
        }
    }

    qint64 addArticle()
    {
        Article a;
        a.title = kTitle;
        a.sapo = QStringLiteral("Sáng 9/11, Quận ủy tổ chức hội nghị giao ban.");
        a.body = kBody;
        a.authorId = user.id;
        auto created = ArticleRepository(ws.db()).create(a, user.id);
        return created ? created->id : 0;
    }

    ui::ArticleRecordActions *openWindow(const User &as)
    {
        window = std::make_unique<ui::MainWindow>(ws.db(), as, settings, notifier);
        window->setSaveQuestion(&saveQuestion);
        window->show();
        auto *records = window->findChild<ui::ArticleRecordActions *>();
        if (records) {
            records->setRestoreQuestion(&restoreQuestion);
            records->setSlipFileQuestion(&slipQuestion);
            records->setUrlOpener([this](const QUrl &url) {
                opened.append(url);
                return true;
            });
        }
        return records;
    }

    QList<Revision> revisions(qint64 id) { return ArticleRepository(ws.db()).revisions(id).value(); }
};

// The text of a PDF (pdftotext from poppler-utils), NFC; empty when it could not be read.
QString pdfText(const QString &pdf)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
}

// Selects `words` in the editor's text and types `replacement` over them, as a user would.
bool replaceWords(ui::RichTextEditor *editor, const QString &words, const QString &replacement)
{
    const QTextCursor found = editor->document()->find(words);
    if (found.isNull()) {
        return false;
    }
    editor->setTextCursor(found);
    test::typeText(editor, replacement);
    return true;
}

// The text of the comparison drawn with the given mark: underlined (insertions) or struck out
// (deletions), pieces joined by "|".
QString markedText(const QTextDocument *document, bool underline)
{
    QStringList pieces;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (underline ? format.fontUnderline() : format.fontStrikeOut()) {
                pieces.append(fragment.text());
            }
        }
    }
    return pieces.join(QLatin1Char('|'));
}

// The colour the comparison draws a marked fragment with, for `text`.
QColor colourOf(const QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text().contains(text)) {
                return it.fragment().charFormat().foreground().color();
            }
        }
    }
    return {};
}

} // namespace

class TestRevisionHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void actionsFollowTheCurrentTab();
    void listsRevisionsAfterSaves();
    void comparesTwoRevisionsWordByWord();
    void restoreCreatesRevisionAndReloadsTab();
    void restoreNeedsConfirmation();
    void restoreRefusedByCoreIsShown();
    void restoreRefusedOverUnsavedChanges();
    void restoreDisabledWithoutEditRight();
    void slipWritesPdfWithTitle();
    void slipDateLineHasTheOfficePlace();
    void slipOpensPrintPreview();
    void slipFileNameIsNotCutMidWord();
    void slipCancelledWritesNothing();
    void slipErrorIsShown();

private:
    // Opens the article as the author, saves two edits through the window: revisions 1, 2, 3.
    ui::ArticleRecordActions *prepareThreeRevisions(Fixture &f, qint64 &id);
};

ui::ArticleRecordActions *TestRevisionHistory::prepareThreeRevisions(Fixture &f, qint64 &id)
{
    id = f.addArticle();
    ui::ArticleRecordActions *records = f.openWindow(f.user);
    if (id <= 0 || !records || !f.window->openArticle(id)) {
        return nullptr;
    }
    ui::ArticleTab *tab = f.window->currentTab();
    // Revision 2: the body says "khai mạc" instead of "tổ chức".
    if (!replaceWords(tab->editor(), QStringLiteral("tổ chức"), QStringLiteral("khai mạc")) ||
        !f.window->saveArticle()) {
        return nullptr;
    }
    // Revision 3: a new headline.
    QLineEdit *title = tab->metadataPanel()->titleEdit();
    title->selectAll();
    test::typeText(title, QStringLiteral("Quận ủy họp giao ban tháng 11"));
    if (!f.window->saveArticle()) {
        return nullptr;
    }
    return records;
}

void TestRevisionHistory::actionsFollowTheCurrentTab()
{
    Fixture f;
    const qint64 id = f.addArticle();
    ui::ArticleRecordActions *records = f.openWindow(f.user);
    QVERIFY(records);
    QVERIFY(!records->historyAction()->isEnabled());
    QVERIFY(!records->slipAction()->isEnabled());
    QVERIFY(f.window->openArticle(id));
    QVERIFY(records->historyAction()->isEnabled());
    QVERIFY(records->slipAction()->isEnabled());
    f.window->newArticle(); // not stored yet: it has no history
    QVERIFY(!records->historyAction()->isEnabled());
    QVERIFY(!records->slipAction()->isEnabled());
}

void TestRevisionHistory::listsRevisionsAfterSaves()
{
    Fixture f;
    qint64 id = 0;
    ui::ArticleRecordActions *records = prepareThreeRevisions(f, id);
    QVERIFY(records);
    QVERIFY2(f.notifier.errors.isEmpty(), qPrintable(f.notifier.errors.value(0).error.message));

    records->historyAction()->trigger();
    ui::RevisionHistoryDialog *dialog = records->historyDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->listedNumbers(), (QList<int>{3, 2, 1}));
    QTreeWidget *list = dialog->revisionList();
    QCOMPARE(list->topLevelItemCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(list->topLevelItem(row)->text(1), QStringLiteral("Trần Thị Hòa"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$"))
                    .match(list->topLevelItem(row)->text(2))
                    .hasMatch());
    }
    QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("3")));

    // A further save shows up in the open dialog.
    ui::ArticleTab *tab = f.window->currentTab();
    QTest::keyClick(tab->metadataPanel()->titleEdit(), Qt::Key_End);
    test::typeText(tab->metadataPanel()->titleEdit(), QStringLiteral(" (bổ sung)"));
    QVERIFY(f.window->saveArticle());
    QCOMPARE(dialog->listedNumbers(), (QList<int>{4, 3, 2, 1}));
}

void TestRevisionHistory::comparesTwoRevisionsWordByWord()
{
    Fixture f;
    qint64 id = 0;
    ui::ArticleRecordActions *records = prepareThreeRevisions(f, id);
    QVERIFY(records);
    ui::RevisionHistoryDialog *dialog = records->showHistory();
    QVERIFY(dialog);

    QVERIFY(!dialog->compareButton()->isEnabled());
    dialog->selectNumbers({3, 1}); // any order: compared older to newer
    QVERIFY(dialog->compareButton()->isEnabled());
    QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);

    const QTextDocument *shown = dialog->comparisonView()->document();
    const QString text = shown->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Đồng chí Bí thư Quận ủy chủ trì hội nghị.")), qPrintable(text));
    // The body: "tổ chức" deleted, "khai mạc" inserted, the rest unmarked.
    const QString insertedWords = markedText(shown, true);
    const QString deletedWords = markedText(shown, false);
    QVERIFY2(insertedWords.contains(QStringLiteral("khai mạc")), qPrintable(insertedWords));
    QVERIFY2(deletedWords.contains(QStringLiteral("tổ chức")), qPrintable(deletedWords));
    QVERIFY(!deletedWords.contains(QStringLiteral("Bí thư")));
    // Green insertions, red deletions.
    const QColor green = colourOf(shown, QStringLiteral("khai mạc"));
    const QColor red = colourOf(shown, QStringLiteral("tổ chức"));
    QVERIFY(green.green() > green.red());
    QVERIFY(red.red() > red.green());
    // The headline change is listed with the details, word by word.
    QVERIFY(text.contains(QStringLiteral("Title")));
    QVERIFY2(insertedWords.contains(QStringLiteral("họp")), qPrintable(insertedWords));
    QVERIFY2(deletedWords.contains(QStringLiteral("Hội nghị")), qPrintable(deletedWords));
    // The HTML handed to the view marks them the same way.
    const QString html = dialog->comparisonView()->comparisonHtml();
    QVERIFY(html.contains(QStringLiteral("text-decoration:underline;\">khai mạc</span>")));
    QVERIFY(html.contains(QStringLiteral("text-decoration:line-through;\">tổ chức</span>")));

    // One revision: compared with the one before it (2 against 1: only the body changed).
    dialog->selectNumbers({2});
    QVERIFY(dialog->compareSelected());
    QVERIFY(!dialog->comparisonView()->document()->toPlainText().contains(QStringLiteral("Title")));
    QVERIFY(markedText(dialog->comparisonView()->document(), true).contains(QStringLiteral("khai mạc")));
    QVERIFY(f.notifier.errors.isEmpty());
}

void TestRevisionHistory::restoreCreatesRevisionAndReloadsTab()
{
    Fixture f;
    qint64 id = 0;
    ui::ArticleRecordActions *records = prepareThreeRevisions(f, id);
    QVERIFY(records);
    ui::RevisionHistoryDialog *dialog = records->showHistory();
    QVERIFY(dialog);

    dialog->selectNumbers({3});
    QVERIFY(!dialog->restoreButton()->isEnabled()); // the current text
    dialog->selectNumbers({1});
    QVERIFY(dialog->restoreButton()->isEnabled());
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QCOMPARE(f.restoreQuestion.asked, QList<int>{1});
    QVERIFY2(f.notifier.errors.isEmpty(), qPrintable(f.notifier.errors.value(0).error.message));

    // Revision 4 holds revision 1's content; the older ones stay.
    const QList<Revision> revisions = f.revisions(id);
    QCOMPARE(revisions.size(), 4);
    QCOMPARE(revisions.first().number, 4);
    auto restored = ArticleRepository(f.ws.db()).load(id);
    QVERIFY(restored.ok());
    QCOMPARE(restored->title, kTitle);
    QVERIFY(restored->body.contains(QStringLiteral("Quận ủy tổ chức hội nghị")));
    QCOMPARE(dialog->listedNumbers(), (QList<int>{4, 3, 2, 1}));

    // The open tab shows it, as saved.
    ui::ArticleTab *tab = f.window->currentTab();
    QCOMPARE(tab->metadataPanel()->titleEdit()->text(), kTitle);
    QVERIFY(tab->editor()->toPlainText().contains(QStringLiteral("Quận ủy tổ chức hội nghị")));
    QVERIFY(!tab->isModified());
    QCOMPARE(tab->stored().version, restored->version);
    // Saving the tab again is possible (its version is the stored one).
    QTest::keyClick(tab->metadataPanel()->titleEdit(), Qt::Key_End);
    test::typeText(tab->metadataPanel()->titleEdit(), QStringLiteral("!"));
    QVERIFY(f.window->saveArticle());
    QVERIFY(f.notifier.errors.isEmpty());
}

void TestRevisionHistory::restoreNeedsConfirmation()
{
    Fixture f;
    qint64 id = 0;
    ui::ArticleRecordActions *records = prepareThreeRevisions(f, id);
    QVERIFY(records);
    ui::RevisionHistoryDialog *dialog = records->showHistory();
    f.restoreQuestion.answer = false;
    dialog->selectNumbers({2});
    QVERIFY(!dialog->restoreSelected());
    QCOMPARE(f.restoreQuestion.asked, QList<int>{2});
    QCOMPARE(f.revisions(id).size(), 3);
}

void TestRevisionHistory::restoreRefusedByCoreIsShown()
{
    Fixture f;
    qint64 id = 0;
    ui::ArticleRecordActions *records = prepareThreeRevisions(f, id);
    QVERIFY(records);
    ui::RevisionHistoryDialog *dialog = records->showHistory();
    dialog->selectNumbers({1});
    QVERIFY(dialog->restoreButton()->isEnabled());
    // Meanwhile the article was submitted: it is locked for its author.
    QVERIFY(WorkflowService(f.ws.db()).submit(id, f.user.id).ok());

    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QCOMPARE(f.notifier.errors.size(), 1);
    QCOMPARE(f.notifier.errors.first().error.code, ErrorCode::Forbidden);
    QVERIFY(!f.notifier.errors.first().error.message.isEmpty());
    QCOMPARE(f.revisions(id).size(), 3);
    QVERIFY(!dialog->restoreButton()->isEnabled()); // the dialog now knows
}

void TestRevisionHistory::restoreRefusedOverUnsavedChanges()
{
    Fixture f;
    qint64 id = 0;
    ui::ArticleRecordActions *records = prepareThreeRevisions(f, id);
    QVERIFY(records);
    ui::RevisionHistoryDialog *dialog = records->showHistory();
    ui::ArticleTab *tab = f.window->currentTab();
    QTest::keyClick(tab->metadataPanel()->titleEdit(), Qt::Key_End);
    test::typeText(tab->metadataPanel()->titleEdit(), QStringLiteral(" — chưa lưu"));
    QVERIFY(tab->isModified());

    dialog->selectNumbers({1});
    QVERIFY(!dialog->restoreSelected());
    QCOMPARE(f.notifier.errors.size(), 1);
    QVERIFY(f.restoreQuestion.asked.isEmpty());
    QCOMPARE(f.revisions(id).size(), 3);
    QVERIFY(tab->metadataPanel()->titleEdit()->text().endsWith(QStringLiteral(" — chưa lưu")));
}

void TestRevisionHistory::restoreDisabledWithoutEditRight()
{
    Fixture f;
    const qint64 id = f.addArticle();
    const qint64 otherId = f.ws.addUser(QStringLiteral("phongvien2"), Role::Reporter, QStringLiteral("Lê Văn Bình"));
    const User other = UserRepository(f.ws.db()).load(otherId).value();
    QVERIFY(WorkflowService(f.ws.db()).saveAsUser(
        [&] {
            Article a = ArticleRepository(f.ws.db()).load(id).value();
            a.title += QStringLiteral(" (sửa)");
            return a;
        }(),
        f.user.id));
    // Submitted: another reporter may read it (a draft would be private), not edit it.
    QVERIFY(ArticleRepository(f.ws.db()).transition(id, WorkflowState::Submitted, f.user.id));
    ui::ArticleRecordActions *records = f.openWindow(other);
    QVERIFY(f.window->openArticle(id));
    ui::RevisionHistoryDialog *dialog = records->showHistory();
    QVERIFY(dialog);
    QCOMPARE(dialog->listedNumbers(), (QList<int>{2, 1}));
    dialog->selectNumbers({1});
    QVERIFY(!dialog->restoreButton()->isEnabled());
    QVERIFY(!dialog->restoreButton()->toolTip().isEmpty()); // the core's reason
    dialog->selectNumbers({1, 2});
    QVERIFY(dialog->compareButton()->isEnabled()); // reading is allowed
    QVERIFY(dialog->compareSelected());
    QVERIFY(f.notifier.errors.isEmpty());
}

void TestRevisionHistory::slipWritesPdfWithTitle()
{
    Fixture f;
    const qint64 id = f.addArticle();
    ui::ArticleRecordActions *records = f.openWindow(f.user);
    QVERIFY(f.window->openArticle(id));
    f.slipQuestion.answer = f.dir.filePath(QStringLiteral("phiếu duyệt")); // no suffix: .pdf is added
    records->slipPdfAction()->trigger();
    QVERIFY2(f.notifier.errors.isEmpty(), qPrintable(f.notifier.errors.value(0).error.message));
    QVERIFY(f.slipQuestion.suggested.endsWith(QStringLiteral(".pdf")));
    const QString pdf = f.dir.filePath(QStringLiteral("phiếu duyệt.pdf"));
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(f.opened, QList<QUrl>{QUrl::fromLocalFile(pdf)});

    const QString text = pdfText(pdf);
    QVERIFY2(text.simplified().contains(kTitle), qPrintable(text.left(400)));
}

void TestRevisionHistory::slipDateLineHasTheOfficePlace()
{
    Fixture f;
    OfficeSettings office;
    office.officeName = QStringLiteral("Trung tâm Văn hóa - Thông tin quận");
    office.officePlace = QStringLiteral("Nam Từ Liêm");
    QVERIFY(storeOfficeSettings(f.ws.db(), office).ok());
    const qint64 id = f.addArticle();
    ui::ArticleRecordActions *records = f.openWindow(f.user);
    QVERIFY(f.window->openArticle(id));
    // The Vietnamese interface sets this locale (app/i18n): the administrative date line.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    f.slipQuestion.answer = f.dir.filePath(QStringLiteral("phieu.pdf"));
    const bool printed = records->printSlip();
    QLocale::setDefault(before);
    QVERIFY(printed);
    const QString line =
        slip::slipDateLine(office.officePlace, QDate::currentDate(), QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QVERIFY(line.startsWith(QStringLiteral("Nam Từ Liêm, ngày ")));
    const QString text = pdfText(f.slipQuestion.answer).simplified();
    QVERIFY2(text.contains(line), qPrintable(text.left(400)));
}

void TestRevisionHistory::slipFileNameIsNotCutMidWord()
{
    Fixture f;
    const QString slug =
        QStringLiteral("hoi-nghi-giao-ban-ban-chu-nhiem-chuong-trinh-so-04-quy-iv-tong-ket-quan-uy-nam-tu-liem");
    QVERIFY(slug.size() > 60 && slug.at(60) != QLatin1Char('-') && slug.at(59) != QLatin1Char('-'));
    const qint64 id = f.addArticle();
    Article article = ArticleRepository(f.ws.db()).load(id).value();
    article.slug = slug;
    QVERIFY(ArticleRepository(f.ws.db()).save(article, f.user.id).ok());
    ui::ArticleRecordActions *records = f.openWindow(f.user);
    QVERIFY(f.window->openArticle(id));
    f.slipQuestion.answer.clear();
    QVERIFY(!records->printSlip());
    const QString stem = QFileInfo(f.slipQuestion.suggested).completeBaseName();
    QVERIFY2(stem.startsWith(QStringLiteral("approval-slip-")), qPrintable(stem));
    const QString name = stem.mid(QStringLiteral("approval-slip-").size());
    // Whole words of the slug only, and not more than 60 characters of it.
    QVERIFY2(slug.startsWith(name + QLatin1Char('-')), qPrintable(name));
    QVERIFY(name.size() <= 60);
    QVERIFY(name.size() > 40);
}

void TestRevisionHistory::slipOpensPrintPreview()
{
    Fixture f;
    const qint64 id = f.addArticle();
    ui::ArticleRecordActions *records = f.openWindow(f.user);
    QVERIFY(f.window->openArticle(id));
    // Both entries are in a menu of the window.
    QVERIFY(!records->slipAction()->associatedObjects().isEmpty());
    QVERIFY(!records->slipPdfAction()->associatedObjects().isEmpty());
    QVERIFY(records->slipPdfAction()->isEnabled());

    bool seen = false;
    int pages = 0;
    bool canSave = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        seen = true;
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
            QTRY_VERIFY(preview->pageCount() > 0); // painted on show
            pages = preview->pageCount();
        }
        canSave = dialog->findChild<QAction *>(QStringLiteral("slipPreviewSavePdf")) != nullptr;
        dialog->reject();
    });
    records->slipAction()->trigger();
    QVERIFY(seen);
    QVERIFY(pages >= 1);
    QVERIFY(canSave);
    QVERIFY2(f.notifier.errors.isEmpty(), qPrintable(f.notifier.errors.value(0).error.message));
    QVERIFY(f.opened.isEmpty()); // nothing saved
}

void TestRevisionHistory::slipCancelledWritesNothing()
{
    Fixture f;
    const qint64 id = f.addArticle();
    ui::ArticleRecordActions *records = f.openWindow(f.user);
    QVERIFY(f.window->openArticle(id));
    f.slipQuestion.answer.clear();
    QVERIFY(!records->printSlip());
    QVERIFY(f.opened.isEmpty());
    QVERIFY(f.notifier.errors.isEmpty());
    QCOMPARE(QDir(f.dir.path()).entryList({QStringLiteral("*.pdf")}).size(), 0);
}

void TestRevisionHistory::slipErrorIsShown()
{
    Fixture f;
    const qint64 id = f.addArticle();
    ui::ArticleRecordActions *records = f.openWindow(f.user);
    QVERIFY(f.window->openArticle(id));
    f.slipQuestion.answer = f.dir.filePath(QStringLiteral("không-có/thư-mục/phiếu.pdf"));
    QVERIFY(!records->printSlip());
    QCOMPARE(f.notifier.errors.size(), 1);
    QVERIFY(!f.notifier.errors.first().error.message.isEmpty());
    QVERIFY(f.opened.isEmpty());
}

QTEST_MAIN(TestRevisionHistory)
#include "tst_revision_history.moc"
