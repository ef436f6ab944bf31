// The metadata panel: Vietnamese typing, live lengths, slug generation and freezing, tags,
// the scheduled time, and the core's validation shown next to the fields.
#include "app/storage/MediaRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/metadata/CategoryCombo.h"
#include "ui/metadata/FieldMessage.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/metadata/ScheduleField.h"
#include "ui/metadata/SlugEdit.h"
#include "ui/metadata/TagField.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolButton>

using namespace toasoan;
using toasoan::test::TestWorkspace;

namespace {

struct Fixture
{
    TestWorkspace ws;
    TaxonomyRepository taxonomy{ws.db()};
    MediaRepository media{ws.db()};
    qint64 news = 0;
    qint64 district = 0;

    Fixture()
    {
        news = taxonomy.createCategory(QStringLiteral("Tin tức")).value().id;
        district = taxonomy.createCategory(QStringLiteral("Tin quận"), news).value().id;
        (void)taxonomy.findOrCreateTag(QStringLiteral("Quận ủy"));
        (void)taxonomy.findOrCreateTag(QStringLiteral("Giao ban"));
    }
};

template <typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestMetadataPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void typingVietnamese_data()
    {
        QTest::addColumn<bool>("decomposed");
        QTest::newRow("nominal: NFC typing") << false;
        QTest::newRow("robustness: NFD typing (macOS, Windows keyboard)") << true;
    }

    void typingVietnamese()
    {
        QFETCH(bool, decomposed);
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MetadataPanel panel(f.taxonomy, f.media, {100, 300});
        panel.show();
        QSignalSpy changed(&panel, &ui::MetadataPanel::changed);
        const QString title = QStringLiteral("Hội nghị giao ban Quận ủy");
        const QString sapo = QStringLiteral("Sáng 9/11, Quận ủy tổ chức hội nghị.");
        auto *titleEdit = child<QLineEdit>(panel, "titleEdit");
        auto *sapoEdit = child<QPlainTextEdit>(panel, "sapoEdit");
        test::typeText(titleEdit, decomposed ? test::nfd(title) : title);
        test::typeText(sapoEdit, decomposed ? test::nfd(sapo) : sapo);
        QVERIFY(changed.count() > 0);

        // Lengths are what readers see, whatever the typing produced.
        QCOMPARE(child<QLabel>(panel, "titleCount")->text(), QStringLiteral("25/100"));
        QVERIFY(child<QLabel>(panel, "sapoCount")->text().contains(QStringLiteral("36")));

        Article article;
        panel.applyTo(article);
        QCOMPARE(article.title, title); // NFC
        QCOMPARE(article.sapo, sapo);
        QCOMPARE(article.slug, QStringLiteral("hoi-nghi-giao-ban-quan-uy"));
    }

    void titleLengthWarning()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MetadataPanel panel(f.taxonomy, f.media, {20, 300});
        panel.show();
        auto *titleEdit = child<QLineEdit>(panel, "titleEdit");
        test::typeText(titleEdit, QStringLiteral("Đường Láng mở rộng")); // 18
        QVERIFY(panel.messageFor(QStringLiteral("title")).isEmpty());
        test::typeText(titleEdit, QStringLiteral(" xong")); // 23 > 20
        QVERIFY(panel.messageFor(QStringLiteral("title")).contains(QStringLiteral("23")));
        QVERIFY(child<ui::FieldMessage>(panel, "titleMessage")->isVisible());
        // A warning, not an error: the field's description carries it for screen readers.
        QVERIFY(!child<ui::FieldMessage>(panel, "titleMessage")->isError());
        QCOMPARE(titleEdit->accessibleDescription(), panel.messageFor(QStringLiteral("title")));
        titleEdit->backspace();
        titleEdit->backspace();
        titleEdit->backspace();
        QVERIFY(panel.messageFor(QStringLiteral("title")).isEmpty());
    }

    void slug_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slug");
        QTest::newRow("nominal: đ folds to d") << QStringLiteral("Đường Láng") << QStringLiteral("duong-lang");
        QTest::newRow("nominal: tone marks dropped")
            << QStringLiteral("Kinh tế quận Ba Đình") << QStringLiteral("kinh-te-quan-ba-dinh");
        QTest::newRow("robustness: NFD title") << test::nfd(QStringLiteral("Hòa Bình")) << QStringLiteral("hoa-binh");
        QTest::newRow("robustness: punctuation runs")
            << QStringLiteral("“Quận ủy” – 2024!") << QStringLiteral("quan-uy-2024");
    }

    void slug()
    {
        QFETCH(QString, title);
        QFETCH(QString, slug);
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MetadataPanel panel(f.taxonomy, f.media, {100, 300});
        panel.show();
        test::typeText(child<QLineEdit>(panel, "titleEdit"), title);
        QCOMPARE(child<ui::SlugEdit>(panel, "slugEdit")->text(), slug);
    }

    void slugFollowsUntilEdited()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MetadataPanel panel(f.taxonomy, f.media, {100, 300});
        panel.show();
        auto *title = child<QLineEdit>(panel, "titleEdit");
        auto *slug = child<ui::SlugEdit>(panel, "slugEdit");
        test::typeText(title, QStringLiteral("Đường Láng"));
        QCOMPARE(slug->text(), QStringLiteral("duong-lang"));

        slug->selectAll();
        test::typeText(slug, QStringLiteral("Đường mới"));
        test::typeText(title, QStringLiteral(" thông xe"));
        Article article;
        panel.applyTo(article);
        QCOMPARE(article.slug, QStringLiteral("duong-moi")); // the writer's, slugified
        QCOMPARE(article.title, QStringLiteral("Đường Láng thông xe"));

        // Clearing the slug hands it back to the headline.
        slug->selectAll();
        QTest::keyClick(slug, Qt::Key_Delete);
        test::typeText(title, QStringLiteral(" sớm"));
        QCOMPARE(slug->text(), QStringLiteral("duong-lang-thong-xe-som"));
    }

    void slugFrozenOncePublished_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("remote");
        QTest::addColumn<bool>("frozen");
        QTest::newRow("nominal: draft stays editable") << int(WorkflowState::Draft) << false << false;
        QTest::newRow("nominal: published is frozen") << int(WorkflowState::Published) << false << true;
        QTest::newRow("robustness: unpublished but on a site") << int(WorkflowState::Unpublished) << true << true;
    }

    void slugFrozenOncePublished()
    {
        QFETCH(int, state);
        QFETCH(bool, remote);
        QFETCH(bool, frozen);
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MetadataPanel panel(f.taxonomy, f.media, {100, 300});
        panel.show();
        Article article;
        article.title = QStringLiteral("Đường Láng");
        article.slug = QStringLiteral("duong-lang");
        article.state = WorkflowState(state);
        if (remote) {
            article.publications.append(RemotePublication{1, QStringLiteral("88"), {}, {}});
        }
        panel.load(article);
        panel.setSlugFrozen(article.state == WorkflowState::Published || !article.publications.isEmpty());
        auto *slug = child<ui::SlugEdit>(panel, "slugEdit");
        QCOMPARE(slug->isReadOnly(), frozen);
        slug->setFocus();
        QTest::keyClick(slug, Qt::Key_End);
        test::typeText(slug, QStringLiteral("-x"));
        Article edited;
        panel.applyTo(edited);
        QCOMPARE(edited.slug, frozen ? QStringLiteral("duong-lang") : QStringLiteral("duong-lang-x"));
        if (frozen) {
            // Nor does a new headline move it.
            test::typeText(child<QLineEdit>(panel, "titleEdit"), QStringLiteral(" mở rộng"));
            panel.applyTo(edited);
            QCOMPARE(edited.slug, QStringLiteral("duong-lang"));
        }
    }

    void readOnlyFieldsLookReadOnly()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MetadataPanel panel(f.taxonomy, f.media, {100, 300});
        panel.show();
        auto *title = child<QLineEdit>(panel, "titleEdit");
        auto *slug = child<ui::SlugEdit>(panel, "slugEdit");
        const QColor window = title->parentWidget()->palette().color(QPalette::Window);
        QVERIFY(title->palette().color(QPalette::Base) != window);
        panel.setReadOnly(true);
        QVERIFY(title->isReadOnly());
        QCOMPARE(title->palette().color(QPalette::Base), window);
        panel.setReadOnly(false);
        QVERIFY(title->palette().color(QPalette::Base) != window);
        // A slug frozen by publication looks read-only on an editable article.
        panel.setSlugFrozen(true);
        QCOMPARE(slug->palette().color(QPalette::Base), window);
        QVERIFY(title->palette().color(QPalette::Base) != window);
    }

    void validationMessagesNextToFields()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MetadataPanel panel(f.taxonomy, f.media, {100, 300});
        panel.show();
        Article empty;
        panel.showIssues(editing::checkRequiredForSubmission(empty));
        auto *titleMessage = child<ui::FieldMessage>(panel, "titleMessage");
        auto *sapoMessage = child<ui::FieldMessage>(panel, "sapoMessage");
        auto *categoryMessage = child<ui::FieldMessage>(panel, "categoryMessage");
        QVERIFY(titleMessage->isVisible() && titleMessage->isError());
        QVERIFY(sapoMessage->isVisible());
        QVERIFY(categoryMessage->isVisible());
        QCOMPARE(titleMessage->text(), editing::checkRequiredForSubmission(empty).at(0).message);

        // Each message goes away as soon as its field is filled in.
        test::typeText(child<QLineEdit>(panel, "titleEdit"), QStringLiteral("Tiêu đề"));
        QVERIFY(!titleMessage->isVisible());
        QVERIFY(sapoMessage->isVisible());
        auto *category = child<ui::CategoryCombo>(panel, "categoryCombo");
        category->setCategoryId(f.district);
        QVERIFY(!categoryMessage->isVisible());
        test::typeText(child<QPlainTextEdit>(panel, "sapoEdit"), QStringLiteral("Sapo."));
        QVERIFY(!sapoMessage->isVisible());
    }

    void categoryTree()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MetadataPanel panel(f.taxonomy, f.media, {100, 300});
        auto *category = child<ui::CategoryCombo>(panel, "categoryCombo");
        QCOMPARE(category->count(), 3); // none + parent + child
        QCOMPARE(category->itemText(2), QStringLiteral("Tin quận"));
        Article article;
        article.categoryId = f.district;
        panel.load(article);
        QCOMPARE(category->currentText(), QStringLiteral("Tin quận"));
        Article edited;
        panel.applyTo(edited);
        QCOMPARE(edited.categoryId, f.district);
    }

    void retiredCategoryOnlyForItsOwnArticles()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        const qint64 old = f.taxonomy.createCategory(QStringLiteral("Tin cũ")).value().id;
        const qint64 oldChild = f.taxonomy.createCategory(QStringLiteral("Tin cũ con"), old).value().id;
        QVERIFY(f.taxonomy.setCategoryRetired(old, true));
        ui::MetadataPanel panel(f.taxonomy, f.media, {100, 300});
        auto *category = child<ui::CategoryCombo>(panel, "categoryCombo");

        // A new article: the retired category cannot be chosen; its subcategory in use still shows
        // under it, the parent disabled.
        Article fresh;
        panel.load(fresh);
        const int parentRow = category->findData(old);
        QVERIFY(parentRow > 0);
        QVERIFY(!qobject_cast<QStandardItemModel *>(category->model())->item(parentRow)->isEnabled());
        QVERIFY(category->findData(oldChild) > 0);
        QVERIFY(f.taxonomy.setCategoryRetired(oldChild, true));
        panel.reloadTaxonomy();
        QCOMPARE(category->findData(old), -1);
        QCOMPARE(category->findData(oldChild), -1);
        QCOMPARE(category->count(), 3); // none + the two in use

        // An old article keeps its retired category, shown and chosen.
        Article kept;
        kept.categoryId = old;
        panel.load(kept);
        QVERIFY(category->findData(old) > 0);
        QCOMPARE(category->currentText(), QStringLiteral("Tin cũ (retired)")); // shown as such
        QVERIFY(qobject_cast<QStandardItemModel *>(category->model())->item(category->findData(old))->isEnabled());
        Article edited;
        panel.applyTo(edited);
        QCOMPARE(edited.categoryId, old);

        // The next article does not offer it any more.
        panel.load(fresh);
        QCOMPARE(category->findData(old), -1);
    }

    void typedTagIsTheExistingOne_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("nominal: other case") << QStringLiteral("quận ủy");
        QTest::newRow("robustness: extra spaces") << QStringLiteral("Quận   ủy ");
        QTest::newRow("robustness: NFD typing") << test::nfd(QStringLiteral("QUẬN ỦY"));
    }

    void typedTagIsTheExistingOne()
    {
        QFETCH(QString, typed);
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MetadataPanel panel(f.taxonomy, f.media, {100, 300});
        panel.show();
        auto *tags = child<ui::TagField>(panel, "tagField");
        QLineEdit *input = tags->input();
        test::typeText(input, typed);
        QTest::keyClick(input, Qt::Key_Return);
        // Written as the stored tag: one tag, not a near-duplicate beside it.
        QCOMPARE(tags->tags(), QStringList{QStringLiteral("Quận ủy")});
    }

    void tagsAsTokens()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MetadataPanel panel(f.taxonomy, f.media, {100, 300});
        panel.show();
        auto *tags = child<ui::TagField>(panel, "tagField");
        QLineEdit *input = tags->input();
        test::typeText(input, QStringLiteral("Giao thông,Đường Láng"));
        QCOMPARE(tags->tags(), QStringList{QStringLiteral("Giao thông")}); // the comma ended the first
        QTest::keyClick(input, Qt::Key_Return);
        test::typeText(input, test::nfd(QStringLiteral("giao thông")));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(tags->tags(), (QStringList{QStringLiteral("Giao thông"), QStringLiteral("Đường Láng")}));

        // A token removes itself by keyboard too.
        QList<QToolButton *> tokens = tags->findChildren<QToolButton *>(QStringLiteral("tagToken"));
        tokens.removeIf([](const QToolButton *token) { return token->isHidden(); }); // removed ones go later
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens.first()->accessibleName().isEmpty(), false);
        tokens.first()->setFocus();
        QTest::keyClick(tokens.first(), Qt::Key_Space);
        QCOMPARE(tags->tags(), QStringList{QStringLiteral("Đường Láng")});
        // Backspace in the empty field takes the last one.
        input->setFocus();
        QTest::keyClick(input, Qt::Key_Backspace);
        QVERIFY(tags->tags().isEmpty());
    }

    void scheduledTime()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::MetadataPanel panel(f.taxonomy, f.media, {100, 300});
        auto *schedule = child<ui::ScheduleField>(panel, "scheduleField");
        QCOMPARE(schedule->editor()->displayFormat(), QStringLiteral("dd/MM/yyyy HH:mm"));
        Article article;
        article.scheduledAt = QDateTime(QDate(2024, 11, 9), QTime(15, 32)).toUTC();
        panel.load(article);
        QVERIFY(schedule->toggle()->isChecked());
        QCOMPARE(schedule->editor()->text(), QStringLiteral("09/11/2024 15:32"));
        Article edited;
        panel.applyTo(edited);
        QCOMPARE(edited.scheduledAt, article.scheduledAt);
        schedule->clear();
        panel.applyTo(edited);
        QVERIFY(!edited.scheduledAt.isValid());
    }
};

QTEST_MAIN(TestMetadataPanel)
#include "tst_metadata_panel.moc"
