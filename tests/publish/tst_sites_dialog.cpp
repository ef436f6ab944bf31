// The website connections dialog and the category mapping dialog, driven like a user would: typing
// a connection, saving it (the password goes to the secret store, never the workspace), testing it
// against the local fake and the real local WordPress (works; wrong password → the site's 401 in
// words), mapping categories, and the core refusing anyone but an administrator.
#include "app/publish/RemoteCache.h"
#include "app/publish/SecretStore.h"
#include "app/publish/SiteAdmin.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/publish/PublishFixture.h"
#include "tests/publish/PublishGuiSupport.h"
#include "ui/publish/CategoryMappingDialog.h"
#include "ui/publish/Publishing.h"
#include "ui/publish/SiteForm.h"
#include "ui/publish/SitesDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace toasoan;
using namespace toasoan::test;

namespace {

constexpr int kNetworkWaitMs = 30000;

User loadUser(Database &db, qint64 id)
{
    return UserRepository(db).load(id).value();
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    typeText(edit, text);
}

void click(QWidget *parent, const char *name)
{
    auto *button = parent->findChild<QPushButton *>(QLatin1String(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestSitesDialog : public QObject
{
    Q_OBJECT

private slots:
    void addsAndTestsAConnection_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("nominal: local fake site") << "fake";
        QTest::newRow("nominal: real local WordPress") << "real";
    }

    void addsAndTestsAConnection()
    {
        QFETCH(QString, target);
        auto wp = WordPressTarget::make(target);
        if (!wp) {
            QSKIP("TOASOAN_TEST_WP_URL is not set: start scripts/test-servers/wordpress.sh for this row.");
        }
        PublishFixture fx;
        const User admin = loadUser(fx.db(), fx.addUser(QStringLiteral("quantri"), Role::Admin));
        auto *store = new MemorySecretStore;
        ui::Publishing publishing(fx.db(), std::unique_ptr<SecretStore>(store));
        RecordingNotifier notifier;
        ui::SitesDialog dialog(publishing, admin, notifier);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.siteList()->count(), 1); // the fixture's connection

        click(&dialog, "addSiteButton");
        ui::SiteForm *form = dialog.form();
        QVERIFY(form->nameEdit()->text().isEmpty());
        typeInto(form->nameEdit(), QStringLiteral("Trang tin huyện"));
        // Pasted with the REST tail: stored as the site's home.
        typeInto(form->urlEdit(), wp->url.toString() + QStringLiteral("wp-json/"));
        typeInto(form->userEdit(), wp->user);
        typeInto(form->passwordEdit(), wp->secret);
        click(&dialog, "saveSiteButton");
        QVERIFY2(dialog.errorMessage().isEmpty(), qPrintable(dialog.errorMessage()));

        auto stored = SiteRepository(fx.db()).loadByName(QStringLiteral("Trang tin huyện"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->baseUrl, wp->url);
        QCOMPARE(stored->username, wp->user);
        QCOMPARE(*store->read(*stored), wp->secret);
        QCOMPARE(dialog.siteList()->currentItem()->text(), QStringLiteral("Trang tin huyện"));
        QVERIFY(form->passwordEdit()->text().isEmpty()); // never shown again
        QVERIFY(form->secretStored());
        QFile file(fx.dbPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(wp->secret.toUtf8()));
        // The session-only store says so plainly.
        QVERIFY(dialog.keychainNote()->isVisibleTo(&dialog));
        QCOMPARE(dialog.keychainNote()->text(), store->sessionOnlyReason());

        // Test with the stored password: works, in a worker thread.
        click(&dialog, "testConnectionButton");
        QVERIFY(dialog.isTesting());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), kNetworkWaitMs);
        QTRY_VERIFY(dialog.testResult()->text().contains(QLatin1String("works")));
        QVERIFY2(!dialog.testResult()->text().contains(QLatin1String("does not work")),
                 qPrintable(dialog.testResult()->text()));
        QVERIFY(dialog.testResult()->text().contains(QLatin1String("may publish: yes")));
        screenshot(&dialog, QStringLiteral("sites-dialog-ok"));

        // A wrong password typed in: the site's 401, in words.
        typeInto(form->passwordEdit(), QStringLiteral("AAAA BBBB CCCC DDDD EEEE FFFF"));
        click(&dialog, "testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), kNetworkWaitMs);
        const QString failed = dialog.testResult()->text();
        QVERIFY2(failed.contains(QLatin1String("does not work")), qPrintable(failed));
        QVERIFY2(failed.contains(QStringLiteral("refused the user name %1").arg(wp->user)), qPrintable(failed));
        QVERIFY(failed.contains(QLatin1String("application password")));
        screenshot(&dialog, QStringLiteral("sites-dialog-401"));
        // Not saved: the stored password is unchanged.
        QCOMPARE(*store->read(*stored), wp->secret);
        QVERIFY(form->isModified());
        // Leaving with the change asks first; "keep editing" keeps it.
        notifier.discard = false;
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QCOMPARE(notifier.confirmations, 1);
        QVERIFY(notifier.errors.isEmpty());
    }

    void errorPagesAreSaidInWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("robustness: a security plugin's HTML page")
            << 403
            << QByteArray("<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>Access denied by "
                          "the firewall</h1><p>Your request was blocked.</p></body></html>")
            << QStringLiteral("HTTP 403");
        QTest::newRow("robustness: WordPress's critical error inside JSON")
            << 500
            << QByteArray(
                   R"({"code":"internal_server_error","message":"<h1>Access denied by the firewall</h1><p>There )"
                   R"(has been a critical error on this website.</p>","data":{"status":500}})")
            << QStringLiteral("HTTP 500");
    }

    void errorPagesAreSaidInWords()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        FakeWordPress wp;
        QVERIFY(wp.listen());
        Fault fault;
        fault.kind = Fault::Kind::Status;
        fault.status = status;
        fault.body = body;
        fault.times = 100; // both forms of the API's address
        wp.addFault(fault);
        PublishFixture fx;
        const User admin = loadUser(fx.db(), fx.addUser(QStringLiteral("quantri"), Role::Admin));
        ui::Publishing publishing(fx.db(), std::make_unique<MemorySecretStore>());
        RecordingNotifier notifier;
        ui::SitesDialog dialog(publishing, admin, notifier);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        click(&dialog, "addSiteButton");
        ui::SiteForm *form = dialog.form();
        typeInto(form->nameEdit(), QStringLiteral("Trang tin xã"));
        typeInto(form->urlEdit(), wp.baseUrl().toString());
        typeInto(form->userEdit(), wp.user);
        typeInto(form->passwordEdit(), wp.password);
        QVERIFY(!dialog.testDetailsButton()->isVisibleTo(&dialog));
        click(&dialog, "testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), kNetworkWaitMs);

        // One sentence of ours with the status: no markup, none of the page's words.
        const QString said = dialog.testResult()->text();
        QVERIFY2(said.contains(QLatin1String("does not work")), qPrintable(said));
        QVERIFY2(said.contains(expected), qPrintable(said));
        QVERIFY2(!said.contains(QLatin1Char('<')), qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("Access denied")), qPrintable(said));
        QVERIFY2(!dialog.testResult()->toolTip().contains(QLatin1Char('<')),
                 qPrintable(dialog.testResult()->toolTip()));
        QVERIFY(dialog.testResult()->height() < dialog.height() / 3);

        // The raw reply is behind "Details", as plain text.
        QToolButton *details = dialog.testDetailsButton();
        QVERIFY(details->isVisibleTo(&dialog));
        QVERIFY(!dialog.testDetails()->isVisibleTo(&dialog));
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(dialog.testDetails()->isVisibleTo(&dialog));
        const QString raw = dialog.testDetails()->toPlainText();
        QVERIFY2(raw.contains(QLatin1String("<h1>Access denied by the firewall</h1>")), qPrintable(raw));
        QVERIFY2(raw.contains(QString::number(status)), qPrintable(raw));
        screenshot(&dialog, QStringLiteral("sites-dialog-error-page-%1").arg(status));

        // A new test starts clean.
        wp.clearFaults();
        click(&dialog, "testConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), kNetworkWaitMs);
        QVERIFY2(dialog.testResult()->text().contains(QLatin1String("works")), qPrintable(dialog.testResult()->text()));
        QVERIFY(!details->isVisibleTo(&dialog));
        QVERIFY(!dialog.testDetails()->isVisibleTo(&dialog));
    }

    void systemKeychainMissingIsSaid()
    {
        // No D-Bus session: the system store keeps secrets for the session and the dialog says so.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        PublishFixture fx;
        const User admin = loadUser(fx.db(), fx.addUser(QStringLiteral("quantri"), Role::Admin));
        ui::Publishing publishing(fx.db(), std::make_unique<SystemSecretStore>(QStringLiteral("ToaSoanTest")));
        RecordingNotifier notifier;
        ui::SitesDialog dialog(publishing, admin, notifier);
        dialog.show();
        typeInto(dialog.form()->passwordEdit(), QStringLiteral("mat khau"));
        click(&dialog, "saveSiteButton");
        QVERIFY2(dialog.errorMessage().isEmpty(), qPrintable(dialog.errorMessage()));
        QVERIFY(dialog.keychainNote()->isVisibleTo(&dialog));
        QVERIFY(dialog.keychainNote()->text().contains(QLatin1String("No system keychain")));
        QVERIFY(dialog.keychainNote()->text().contains(QLatin1String("session only")));
        QCOMPARE(*publishing.secrets().read(fx.site), QStringLiteral("mat khau"));
        if (!bus.isNull()) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        }
    }

    void removesAfterConfirmation()
    {
        PublishFixture fx;
        const User admin = loadUser(fx.db(), fx.addUser(QStringLiteral("quantri"), Role::Admin));
        ui::Publishing publishing(fx.db(), std::make_unique<MemorySecretStore>());
        RecordingNotifier notifier;
        RecordingConfirm confirm;
        ui::SitesDialog dialog(publishing, admin, notifier);
        dialog.setConfirmQuestion(&confirm);
        dialog.show();
        dialog.siteList()->setCurrentRow(0);
        confirm.answer = false;
        click(&dialog, "removeSiteButton");
        QCOMPARE(confirm.asked.size(), 1);
        QVERIFY(confirm.asked.first().contains(fx.site.name));
        QCOMPARE(SiteRepository(fx.db()).list()->size(), 1);
        confirm.answer = true;
        click(&dialog, "removeSiteButton");
        QCOMPARE(SiteRepository(fx.db()).list()->size(), 0);
        QCOMPARE(dialog.siteList()->count(), 0);
    }

    void mapsCategories_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("nominal: local fake site") << "fake";
        QTest::newRow("nominal: real local WordPress") << "real";
    }

    void mapsCategories()
    {
        QFETCH(QString, target);
        auto wp = WordPressTarget::make(target);
        if (!wp) {
            QSKIP("TOASOAN_TEST_WP_URL is not set: start scripts/test-servers/wordpress.sh for this row.");
        }
        PublishFixture fx;
        const User admin = loadUser(fx.db(), fx.addUser(QStringLiteral("quantri"), Role::Admin));
        ui::Publishing publishing(fx.db(), std::make_unique<MemorySecretStore>());
        fx.pointSiteAt(wp->url, SiteKind::WordPressRest, wp->user);
        QVERIFY(publishing.secrets().write(fx.site, wp->secret).ok());
        const QString run = QUuid::createUuid().toString(QUuid::Id128).left(6);
        const QString remoteName = QStringLiteral("Tin huyện ") + run;
        const QString remoteId = wp->addCategory(remoteName);
        QVERIFY(remoteId.toInt() > 0);
        auto local = TaxonomyRepository(fx.db()).createCategory(QStringLiteral("Thời sự ") + run);
        QVERIFY(local.ok());

        RecordingNotifier notifier;
        ui::CategoryMappingDialog dialog(publishing, admin, notifier);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 2); // "Kinh tế" and the new one
        QComboBox *combo = dialog.remoteComboFor(local->id);
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1); // only "automatic" before syncing

        click(&dialog, "syncCategoriesButton");
        QVERIFY(dialog.isSyncing());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSyncing(), kNetworkWaitMs);
        QVERIFY2(dialog.statusLabel()->text().startsWith(QLatin1String("Read ")),
                 qPrintable(dialog.statusLabel()->text()));
        combo = dialog.remoteComboFor(local->id);
        const int index = combo->findData(remoteId);
        QVERIFY(index > 0);
        QVERIFY(combo->itemText(index).contains(remoteName));
        combo->setCurrentIndex(index);
        screenshot(&dialog, QStringLiteral("category-mapping"));
        click(&dialog, "saveMappingButton");
        QVERIFY2(dialog.errorMessage().isEmpty(), qPrintable(dialog.errorMessage()));
        QCOMPARE(RemoteCache(fx.db(), fx.site.id).categoryMap()->value(local->id), remoteId);
        QVERIFY(RemoteCache(fx.db(), fx.site.id).categories()->size() >= 2);

        // Back to automatic: the mapping goes.
        dialog.remoteComboFor(local->id)->setCurrentIndex(0);
        click(&dialog, "saveMappingButton");
        QVERIFY(!RemoteCache(fx.db(), fx.site.id).categoryMap()->contains(local->id));
        QVERIFY(notifier.errors.isEmpty());
    }

    void othersCannotOpenOrSave_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("robustness: editor") << int(Role::Editor);
        QTest::newRow("robustness: approver") << int(Role::Approver);
    }

    void othersCannotOpenOrSave()
    {
        QFETCH(int, role);
        PublishFixture fx;
        const User someone = loadUser(fx.db(), fx.addUser(QStringLiteral("nguoidung"), Role(role)));
        ui::Publishing publishing(fx.db(), std::make_unique<MemorySecretStore>());
        RecordingNotifier notifier;
        QWidget parent;
        QVERIFY(!ui::SitesDialog::openDialog(&parent, publishing, someone, notifier));
        QCOMPARE(notifier.errors.size(), 1);
        QCOMPARE(notifier.errors.first().error.code, ErrorCode::Forbidden);
        QVERIFY(notifier.errors.first().error.message.contains(QLatin1String("administrators")));
        QVERIFY(!ui::CategoryMappingDialog::openDialog(&parent, publishing, someone, notifier));
        QCOMPARE(notifier.errors.size(), 2);

        // Built anyway (a crafted path): the form is off, and saving is refused by the core.
        ui::SitesDialog dialog(publishing, someone, notifier);
        dialog.show();
        QVERIFY(!dialog.form()->isEnabled());
        QVERIFY(!dialog.errorMessage().isEmpty());
        dialog.form()->passwordEdit()->setText(QStringLiteral("chiem quyen"));
        dialog.form()->urlEdit()->setText(QStringLiteral("https://ke-gian.example/"));
        QVERIFY(!dialog.saveSite());
        QVERIFY(dialog.errorMessage().contains(QLatin1String("administrators")));
        QCOMPARE(SiteRepository(fx.db()).load(fx.site.id)->baseUrl, fx.site.baseUrl);
        QVERIFY(!publishing.secrets().read(fx.site).ok());

        // The tree synced earlier by an administrator; choosing is off, and storing is refused.
        QVERIFY(
            RemoteCache(fx.db(), fx.site.id)
                .replaceCategories({{QStringLiteral("7"), {}, QStringLiteral("Tin tức"), QStringLiteral("tin-tuc")}})
                .ok());
        ui::CategoryMappingDialog mapping(publishing, someone, notifier);
        QComboBox *combo = mapping.remoteComboFor(fx.article.categoryId);
        QVERIFY(!combo->isEnabled());
        combo->setCurrentIndex(combo->findData(QStringLiteral("7")));
        QVERIFY(!mapping.saveMappings());
        QVERIFY(mapping.errorMessage().contains(QLatin1String("administrators")));
        QVERIFY(RemoteCache(fx.db(), fx.site.id).categoryMap()->isEmpty());
    }
};

QTEST_MAIN(TestSitesDialog)
#include "tst_sites_dialog.moc"
