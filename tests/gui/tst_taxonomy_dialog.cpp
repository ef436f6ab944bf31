// The "Chuyên mục và thẻ" dialog, driven as an administrator would: what it adds, moves, merges and
// retires is what the core stores, refusals show inline, and a reporter changes nothing.
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/workflow/TaxonomyAdmin.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleTab.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/taxonomy/CategoryTree.h"
#include "ui/taxonomy/TaxonomyDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

namespace {

struct Fixture
{
    TestWorkspace ws;
    User admin;
    User reporter;
    std::unique_ptr<ui::TaxonomyDialog> dialog;
    QStringList questions;

    Fixture()
    {
        UserRepository users(ws.db());
        admin = users.load(ws.addUser(QStringLiteral("quantri"), Role::Admin, QStringLiteral("Trần Thị Hòa"))).value();
        reporter = users.load(ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Nguyễn Văn An")))
                       .value();
    }

    ui::TaxonomyDialog *open(const User &as)
    {
        dialog = std::make_unique<ui::TaxonomyDialog>(ws.db(), as);
        dialog->setConfirmation([this](const QString &question) {
            questions.append(question);
            return true;
        });
        dialog->show();
        return dialog.get();
    }

    template <typename T>
    T *child(const char *name)
    {
        return dialog->findChild<T *>(QString::fromLatin1(name));
    }

    void click(const char *name)
    {
        QPushButton *button = child<QPushButton>(name);
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void addCategory(const QString &name, bool inside)
    {
        auto *edit = child<QLineEdit>("newCategoryName");
        edit->clear();
        test::typeText(edit, name);
        click(inside ? "addSubcategoryButton" : "addCategoryButton");
    }

    // The stored tree, indented by depth.
    QStringList stored()
    {
        QStringList out;
        const QList<CategoryEntry> entries = TaxonomyAdmin(ws.db()).categories().value();
        for (const CategoryEntry &e : entries) {
            out.append(QString(e.depth * 2, QLatin1Char(' ')) + e.category.name);
        }
        return out;
    }

    // The tree as the dialog shows it.
    QStringList shown()
    {
        QStringList out;
        for (QTreeWidgetItemIterator it(dialog->tree()); *it; ++it) {
            int depth = 0;
            for (QTreeWidgetItem *p = (*it)->parent(); p; p = p->parent()) {
                ++depth;
            }
            out.append(QString(depth * 2, QLatin1Char(' ')) + (*it)->text(ui::CategoryTree::NameColumn));
        }
        return out;
    }

    qint64 idOf(const QString &name) { return findCategory(ws.db(), name).value().id; }

    void select(const QString &name) { dialog->tree()->selectId(idOf(name)); }

    void screenshot(const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
        }
    }
};

} // namespace

class TestTaxonomyDialog : public QObject
{
    Q_OBJECT

private slots:
    void menuEntryOnlyForAdmins_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("shown");
        QTest::newRow("nominal: administrator") << int(Role::Admin) << true;
        QTest::newRow("robustness: approver") << int(Role::Approver) << false;
        QTest::newRow("robustness: reporter") << int(Role::Reporter) << false;
    }

    void menuEntryOnlyForAdmins()
    {
        QFETCH(int, role);
        QFETCH(bool, shown);
        Fixture f;
        const qint64 news = TaxonomyRepository(f.ws.db()).createCategory(QStringLiteral("Tin tức")).value().id;
        const qint64 id = f.ws.addUser(QStringLiteral("nguoidung"), Role(role), QStringLiteral("Phạm Minh Đức"));
        const User user = UserRepository(f.ws.db()).load(id).value();
        Article a;
        a.title = QStringLiteral("Giao ban quý IV");
        a.categoryId = news;
        const qint64 articleId = ArticleRepository(f.ws.db()).create(a, user.id).value().id;
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        test::RecordingNotifier notifier;
        ui::MainWindow window(f.ws.db(), user, settings, notifier);
        auto *action = window.findChild<QAction *>(QStringLiteral("manageTaxonomyAction"));
        QVERIFY(action);
        QCOMPARE(action->isVisible(), shown);
        QCOMPARE(action->isEnabled(), shown);
        if (!shown) {
            return;
        }
        ui::ArticleTab *tab = window.openArticle(articleId);
        QVERIFY(tab);
        action->trigger();
        auto *dialog = window.findChild<ui::TaxonomyDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->tree()->topLevelItemCount(), 1);

        // What the dialog adds reaches the open article's picker and the list's filter at once.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newCategoryName"));
        test::typeText(name, QStringLiteral("Môi trường"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addCategoryButton")), Qt::LeftButton);
        const qint64 added = findCategory(f.ws.db(), QStringLiteral("Môi trường")).value().id;
        QVERIFY(tab->metadataPanel()->findChild<QComboBox *>(QStringLiteral("categoryCombo"))->findData(added) > 0);
        QVERIFY(window.findChild<QComboBox *>(QStringLiteral("categoryFilter"))->findData(added) > 0);
    }

    void addAndRenameInPlace()
    {
        Fixture f;
        ui::TaxonomyDialog *d = f.open(f.admin);
        QSignalSpy changed(d, &ui::TaxonomyDialog::changed);
        QVERIFY(!f.child<QPushButton>("addCategoryButton")->isEnabled()); // nothing typed yet
        f.addCategory(QStringLiteral("Tin tức"), false);
        f.addCategory(QStringLiteral("Đô thị"), true); // inside the one just added, selected
        f.addCategory(QStringLiteral("Kinh tế"), false);
        const QStringList tree{QStringLiteral("Tin tức"), QStringLiteral("  Đô thị"), QStringLiteral("Kinh tế")};
        QCOMPARE(f.stored(), tree);
        QCOMPARE(f.shown(), tree);
        QCOMPARE(changed.count(), 3);
        QVERIFY(!d->messageIsError());

        // Rename in place: F2, type, Enter.
        f.select(QStringLiteral("Kinh tế"));
        d->tree()->setFocus();
        f.click("renameCategoryButton");
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = d->tree()->viewport()->findChild<QLineEdit *>()) != nullptr);
        editor->selectAll();
        test::typeText(editor, QStringLiteral("Kinh tế – Tài chính"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(f.stored().last(), QStringLiteral("Kinh tế – Tài chính"));
        QTRY_VERIFY(d->message().contains(QStringLiteral("Kinh tế – Tài chính")));

        // A sibling's name is refused inline and the tree shows the stored name again.
        QTreeWidgetItem *city = d->tree()->itemFor(f.idOf(QStringLiteral("Kinh tế – Tài chính")));
        city->setText(ui::CategoryTree::NameColumn, QStringLiteral("tin tức"));
        QTRY_VERIFY(d->messageIsError());
        QCOMPARE(f.shown(), f.stored());
    }

    void moveWithButtonsAndDrop()
    {
        Fixture f;
        TaxonomyRepository repo(f.ws.db());
        const qint64 news = repo.createCategory(QStringLiteral("Tin tức")).value().id;
        repo.createCategory(QStringLiteral("Kinh tế")).value();
        repo.createCategory(QStringLiteral("Văn hóa")).value();
        ui::TaxonomyDialog *d = f.open(f.admin);

        f.select(QStringLiteral("Văn hóa"));
        QVERIFY(!f.child<QPushButton>("moveDownButton")->isEnabled()); // already last
        QVERIFY(!f.child<QPushButton>("outdentButton")->isEnabled());  // already at the top
        f.click("moveUpButton");
        QCOMPARE(f.stored(),
                 (QStringList{QStringLiteral("Tin tức"), QStringLiteral("Văn hóa"), QStringLiteral("Kinh tế")}));
        QCOMPARE(d->tree()->currentId(), f.idOf(QStringLiteral("Văn hóa")));
        f.click("indentButton");
        QCOMPARE(f.stored(),
                 (QStringList{QStringLiteral("Tin tức"), QStringLiteral("  Văn hóa"), QStringLiteral("Kinh tế")}));
        f.click("outdentButton");
        QCOMPARE(f.stored(),
                 (QStringList{QStringLiteral("Tin tức"), QStringLiteral("Văn hóa"), QStringLiteral("Kinh tế")}));
        f.click("moveDownButton");
        QCOMPARE(f.stored(),
                 (QStringList{QStringLiteral("Tin tức"), QStringLiteral("Kinh tế"), QStringLiteral("Văn hóa")}));
        QCOMPARE(f.shown(), f.stored());

        // Dropping onto a category puts it inside; above or below one, beside it.
        ui::CategoryTree *tree = d->tree();
        tree->requestDrop(f.idOf(QStringLiteral("Kinh tế")), tree->itemFor(news), ui::CategoryTree::Drop::Onto);
        QCOMPARE(f.stored(),
                 (QStringList{QStringLiteral("Tin tức"), QStringLiteral("  Kinh tế"), QStringLiteral("Văn hóa")}));
        tree->requestDrop(f.idOf(QStringLiteral("Văn hóa")), tree->itemFor(f.idOf(QStringLiteral("Kinh tế"))),
                          ui::CategoryTree::Drop::Above);
        QCOMPARE(f.stored(),
                 (QStringList{QStringLiteral("Tin tức"), QStringLiteral("  Văn hóa"), QStringLiteral("  Kinh tế")}));
        tree->requestDrop(f.idOf(QStringLiteral("Văn hóa")), tree->itemFor(f.idOf(QStringLiteral("Kinh tế"))),
                          ui::CategoryTree::Drop::Below);
        QCOMPARE(f.stored(),
                 (QStringList{QStringLiteral("Tin tức"), QStringLiteral("  Kinh tế"), QStringLiteral("  Văn hóa")}));
        // Onto its own subcategory: a cycle, refused inline.
        tree->requestDrop(news, tree->itemFor(f.idOf(QStringLiteral("Kinh tế"))), ui::CategoryTree::Drop::Onto);
        QVERIFY(d->messageIsError());
        QCOMPARE(f.stored(),
                 (QStringList{QStringLiteral("Tin tức"), QStringLiteral("  Kinh tế"), QStringLiteral("  Văn hóa")}));
        tree->requestDrop(f.idOf(QStringLiteral("Văn hóa")), nullptr, ui::CategoryTree::Drop::AtEnd);
        QCOMPARE(f.stored().last(), QStringLiteral("Văn hóa"));
    }

    void retireMergeAndDelete()
    {
        Fixture f;
        TaxonomyRepository repo(f.ws.db());
        const qint64 current = repo.createCategory(QStringLiteral("Thời sự")).value().id;
        const qint64 news = repo.createCategory(QStringLiteral("Tin tức")).value().id;
        repo.createCategory(QStringLiteral("Trống")).value();
        for (int i = 0; i < 2; ++i) {
            Article a;
            a.title = QStringLiteral("Bài %1").arg(i);
            a.categoryId = current;
            QVERIFY(ArticleRepository(f.ws.db()).create(a, f.reporter.id));
        }
        ui::TaxonomyDialog *d = f.open(f.admin);
        QTreeWidgetItem *item = d->tree()->itemFor(current);
        QCOMPARE(item->text(ui::CategoryTree::ArticlesColumn), QStringLiteral("2"));

        // Deleting a used category is refused with the advice to retire it.
        f.select(QStringLiteral("Thời sự"));
        f.click("deleteCategoryButton");
        QVERIFY(d->messageIsError());
        QVERIFY2(d->message().contains(QStringLiteral("retire")), qPrintable(d->message()));
        QVERIFY(repo.loadCategory(current).ok());

        // Retire: greyed, marked, kept; then brought back.
        f.click("retireButton");
        QVERIFY(repo.loadCategory(current)->retired);
        item = d->tree()->itemFor(current);
        QVERIFY(!item->text(ui::CategoryTree::StatusColumn).isEmpty());
        QCOMPARE(item->foreground(ui::CategoryTree::NameColumn).color(),
                 d->tree()->palette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(!d->tree()->itemFor(news)->font(ui::CategoryTree::NameColumn).italic());
        f.screenshot(QStringLiteral("taxonomy-categories"));
        f.click("retireButton");
        QVERIFY(!repo.loadCategory(current)->retired);

        // Merge into another: asked first, articles follow, the merged one is gone.
        auto *into = f.child<QComboBox>("mergeCategoryInto");
        QCOMPARE(into->findData(current), -1); // not into itself
        into->setCurrentIndex(into->findData(news));
        f.click("mergeCategoryButton");
        QCOMPARE(f.questions.size(), 1);
        QVERIFY(f.questions.first().contains(QStringLiteral("Thời sự")));
        QCOMPARE(repo.loadCategory(current).error().code, ErrorCode::NotFound);
        QCOMPARE(d->tree()->itemFor(news)->text(ui::CategoryTree::ArticlesColumn), QStringLiteral("2"));

        // An unused category is deleted.
        f.select(QStringLiteral("Trống"));
        f.click("deleteCategoryButton");
        QVERIFY(!d->messageIsError());
        QCOMPARE(f.stored(), QStringList{QStringLiteral("Tin tức")});
    }

    void tagsRenameMergeAndHint()
    {
        Fixture f;
        for (const char *name : {"Chuyển đổi số", "chuyển đổi số", "Giao ban"}) {
            QVERIFY(f.ws.db().exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES (?, 'x')"),
                                   {QString::fromUtf8(name)}));
        }
        Article a;
        a.title = QStringLiteral("Hội thảo");
        a.tags = {QStringLiteral("Chuyển đổi số"), QStringLiteral("Giao ban")};
        QVERIFY(ArticleRepository(f.ws.db()).create(a, f.reporter.id));
        ui::TaxonomyDialog *d = f.open(f.admin);
        d->tabs()->setCurrentIndex(1);
        QTableWidget *table = d->tagTable();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY2(d->duplicateHint().contains(QStringLiteral("chuyển đổi số")), qPrintable(d->duplicateHint()));
        QVERIFY(f.dialog->findChild<QLabel *>(QStringLiteral("duplicateTagsHint"))->isVisible());
        f.screenshot(QStringLiteral("taxonomy-tags"));

        auto rowOf = [table](const QString &name) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == name) {
                    return row;
                }
            }
            return -1;
        };
        // Merge the lower-case one into the other.
        table->selectRow(rowOf(QStringLiteral("chuyển đổi số")));
        auto *into = f.child<QComboBox>("mergeTagInto");
        into->setCurrentIndex(into->findText(QStringLiteral("Chuyển đổi số")));
        f.click("mergeTagButton");
        QVERIFY(!d->messageIsError());
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(d->duplicateHint().isEmpty());
        QCOMPARE(table->item(rowOf(QStringLiteral("Chuyển đổi số")), 1)->text(), QStringLiteral("1"));

        // Rename in place.
        table->item(rowOf(QStringLiteral("Giao ban")), 0)->setText(QStringLiteral("Giao ban tuần"));
        QTRY_VERIFY(d->message().contains(QStringLiteral("Giao ban tuần")));
        QVERIFY(!d->messageIsError());
        QVERIFY(rowOf(QStringLiteral("Giao ban tuần")) >= 0);
        QVERIFY(TaxonomyRepository(f.ws.db()).findTag(QStringLiteral("giao ban tuần"))->has_value());
    }

    void reporterChangesNothing()
    {
        Fixture f;
        TaxonomyRepository repo(f.ws.db());
        repo.createCategory(QStringLiteral("Tin tức")).value();
        ui::TaxonomyDialog *d = f.open(f.reporter);
        f.addCategory(QStringLiteral("Văn hóa"), false);
        QVERIFY(d->messageIsError());
        f.select(QStringLiteral("Tin tức"));
        f.click("retireButton");
        QVERIFY(d->messageIsError());
        QCOMPARE(f.stored(), QStringList{QStringLiteral("Tin tức")});
        QVERIFY(!repo.loadCategory(f.idOf(QStringLiteral("Tin tức")))->retired);
    }
};

QTEST_MAIN(TestTaxonomyDialog)
#include "tst_taxonomy_dialog.moc"
