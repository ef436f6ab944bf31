// The settings dialog: language (applies after a restart, with a note), autosave and length limits
// in this computer's Settings, the office's house tone style in the workspace, for administrators only.
#include "app/i18n/HouseToneStyle.h"
#include "app/settings/Settings.h"
#include "app/slip/SlipData.h"
#include "app/storage/ArticleRepository.h"
#include "app/workflow/OfficeSettings.h"
#include "tests/support/TestWorkspace.h"
#include "ui/settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

Q_DECLARE_METATYPE(toasoan::Role)

namespace {

struct Fixture
{
    TestWorkspace ws;
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};

    User user(Role role)
    {
        const qint64 id = ws.addUser(QStringLiteral("nguoidung"), role, QStringLiteral("Lê Thị Thủy"));
        auto loaded = UserRepository(ws.db()).load(id);
        return loaded ? loaded.value() : User{};
    }
};

template <typename T>
T *child(QWidget &dialog, const char *name)
{
    return dialog.findChild<T *>(QString::fromLatin1(name));
}

void clickOk(QWidget &dialog)
{
    auto *ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        // As installTranslations() leaves it for a Vietnamese interface.
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }

    void houseStyle_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("editable");
        QTest::addColumn<text::ToneStyle>("stored");
        QTest::newRow("nominal: an administrator sets the new style") << Role::Admin << true << text::ToneStyle::New;
        QTest::newRow("robustness: a reporter cannot change it") << Role::Reporter << false << text::ToneStyle::Old;
        QTest::newRow("robustness: an approver cannot change it") << Role::Approver << false << text::ToneStyle::Old;
    }

    void houseStyle()
    {
        QFETCH(Role, role);
        QFETCH(bool, editable);
        QFETCH(text::ToneStyle, stored);
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::SettingsDialog dialog(f.settings, f.ws.db(), f.user(role));
        dialog.show();
        auto *oldStyle = child<QRadioButton>(dialog, "oldStyleRadio");
        auto *newStyle = child<QRadioButton>(dialog, "newStyleRadio");
        QVERIFY(oldStyle && newStyle);
        QVERIFY(oldStyle->isChecked()); // the default house style
        QCOMPARE(dialog.canEditOffice(), editable);
        QCOMPARE(newStyle->isEnabled(), editable);
        QVERIFY(!child<QLabel>(dialog, "officeNote")->text().isEmpty());
        if (editable) {
            QTest::mouseClick(newStyle, Qt::LeftButton);
        }
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(loadHouseToneStyle(f.ws.db()).value(), stored);

        // Reopened, the dialog shows what is stored.
        ui::SettingsDialog again(f.settings, f.ws.db(), f.user(role));
        QCOMPARE(child<QRadioButton>(again, "newStyleRadio")->isChecked(), stored == text::ToneStyle::New);
    }

    void officeNameReachesTheSlip_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("editable");
        QTest::newRow("nominal: an administrator names the office") << Role::Admin << true;
        QTest::newRow("robustness: an editor cannot rename it") << Role::Editor << false;
    }

    void officeNameReachesTheSlip()
    {
        QFETCH(Role, role);
        QFETCH(bool, editable);
        Fixture f;
        QVERIFY(f.ws.ok());
        const User user = f.user(role);
        ui::SettingsDialog dialog(f.settings, f.ws.db(), user);
        dialog.show();
        auto *name = child<QLineEdit>(dialog, "officeNameEdit");
        auto *place = child<QLineEdit>(dialog, "officePlaceEdit");
        QVERIFY(name && place);
        QCOMPARE(name->isEnabled(), editable);
        QCOMPARE(place->isEnabled(), editable);
        if (editable) {
            name->setText(QStringLiteral("Trung tâm Văn hóa - Thông tin và Thể thao quận"));
            place->setText(QStringLiteral("Nam Từ Liêm"));
        }
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QString expectedName =
            editable ? QStringLiteral("Trung tâm Văn hóa - Thông tin và Thể thao quận") : QString();
        const QString expectedPlace = editable ? QStringLiteral("Nam Từ Liêm") : QString();
        Article article;
        article.title = QStringLiteral("Phiếu duyệt có tên cơ quan");
        article.authorId = user.id;
        auto created = ArticleRepository(f.ws.db()).create(article, user.id);
        QVERIFY(created);
        auto slip = slip::collectSlipData(f.ws.db(), created->id, QDate(2022, 11, 9));
        QVERIFY(slip);
        QCOMPARE(slip->officeName, expectedName);
        QCOMPARE(slip->place, expectedPlace);

        // Reopened, the dialog shows what is stored.
        ui::SettingsDialog again(f.settings, f.ws.db(), user);
        QCOMPARE(child<QLineEdit>(again, "officeNameEdit")->text(), expectedName);
    }

    void languageAppliesAfterRestart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("restart");
        QTest::newRow("nominal: switching to English needs a restart") << QStringLiteral("en") << true;
        QTest::newRow("nominal: keeping Vietnamese does not") << QStringLiteral("vi") << false;
    }

    void languageAppliesAfterRestart()
    {
        QFETCH(QString, language);
        QFETCH(bool, restart);
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::SettingsDialog dialog(f.settings, f.ws.db(), f.user(Role::Reporter));
        dialog.show();
        QSignalSpy saved(&dialog, &ui::SettingsDialog::settingsSaved);
        auto *combo = child<QComboBox>(dialog, "languageCombo");
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("vi"));
        QCOMPARE(combo->count(), 2);
        combo->setCurrentIndex(combo->findData(language));
        QCOMPARE(child<QLabel>(dialog, "restartNote")->isVisibleTo(&dialog), restart);
        QCOMPARE(dialog.restartNeeded(), restart);
        clickOk(dialog);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toBool(), restart);
        QCOMPARE(Settings(f.settings.fileName()).language(), language);
    }

    void editingValues()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        f.settings.setAutosaveIntervalSeconds(45);
        ui::SettingsDialog dialog(f.settings, f.ws.db(), f.user(Role::Editor));
        auto *autosave = child<QSpinBox>(dialog, "autosaveSpin");
        auto *title = child<QSpinBox>(dialog, "titleLimitSpin");
        auto *sapo = child<QSpinBox>(dialog, "sapoLimitSpin");
        QVERIFY(autosave && title && sapo);
        QCOMPARE(autosave->value(), 45);
        QCOMPARE(title->value(), Settings::kDefaultTitleLimit);
        autosave->setValue(120);
        title->setValue(80);
        sapo->setValue(250);
        clickOk(dialog);
        Settings reread(f.settings.fileName());
        QCOMPARE(reread.autosaveIntervalSeconds(), 120);
        QCOMPARE(reread.titleLengthLimit(), 80);
        QCOMPARE(reread.sapoLengthLimit(), 250);
    }

    void cancelWritesNothing()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        ui::SettingsDialog dialog(f.settings, f.ws.db(), f.user(Role::Admin));
        child<QRadioButton>(dialog, "newStyleRadio")->setChecked(true);
        child<QComboBox>(dialog, "languageCombo")->setCurrentIndex(1);
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(loadHouseToneStyle(f.ws.db()).value(), text::ToneStyle::Old);
        QVERIFY(Settings(f.settings.fileName()).language().isEmpty());
    }

    void unreadableOfficeSettings()
    {
        Fixture f;
        QVERIFY(f.ws.ok());
        const User admin = f.user(Role::Admin);
        QVERIFY(f.ws.db().exec(QStringLiteral("DROP TABLE settings")).ok());
        ui::SettingsDialog dialog(f.settings, f.ws.db(), admin);
        QVERIFY(!child<QRadioButton>(dialog, "newStyleRadio")->isEnabled());
        QVERIFY(!dialog.canEditOffice());
        // This computer's settings are still saved.
        child<QSpinBox>(dialog, "autosaveSpin")->setValue(60);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Settings(f.settings.fileName()).autosaveIntervalSeconds(), 60);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
