// "Cơ sở dữ liệu" and the start that uses it (issue 13): this computer's SQLite file or the office's
// PostgreSQL server; the password in the keychain, never in the settings file; "Kiểm tra kết nối"
// against the real test server, in a worker thread, with the core's diagnoses in Vietnamese; the first
// start asks before anything is created ("Chỉ máy này" keeps today's path); an empty shared database
// leads to the first administrator; a missing or wrong password is asked for.
#include "app/config/WorkspacePath.h"
#include "app/i18n/Translations.h"
#include "app/publish/SecretStore.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/PostgresConnection.h"
#include "app/storage/UserRepository.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/PostgresScratch.h"
#include "tests/support/TestWorkspace.h"
#include "ui/FirstAdminDialog.h"
#include "ui/MainWindow.h"
#include "ui/SignIn.h"
#include "ui/common/StatusLabel.h"
#include "ui/database/DatabaseDialog.h"
#include "ui/database/DatabaseStart.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/setup/FirstStartWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>
#include <optional>

using namespace toasoan;
using toasoan::test::ModalDriver;
using toasoan::test::PostgresScratch;
using Tls = toasoan::ui::DatabaseDialog::Tls;

namespace {

const QString kPassword = QStringLiteral("mật khẩu 2024");

/// The test server's address (host, port, user, password), or nullopt without one.
std::optional<PostgresLocation> testServer()
{
    const QString server = PostgresScratch::serverLocation();
    if (server.isEmpty()) {
        return std::nullopt;
    }
    auto parsed = parsePostgresLocation(server);
    return parsed ? std::optional<PostgresLocation>(*parsed) : std::nullopt;
}

/// `name`: the test server's address; the test is skipped without one.
#define REQUIRE_TEST_SERVER(name)                                                                                      \
    const auto name = testServer();                                                                                    \
    if (!name) {                                                                                                       \
        QSKIP("TOASOAN_TEST_PG is not set: eval \"$(scripts/test-servers/postgres.sh env)\" first");                   \
    }

/// A port on this computer where nothing listens.
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

struct Fixture
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::shared_ptr<SystemKeychain> keychain = std::make_shared<SystemKeychain>(QStringLiteral("ToaSoanTest"));

    QByteArray settingsFile()
    {
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

template <typename T>
T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

void setText(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    QVERIFY2(edit, name);
    edit->clear();
    test::typeText(edit, text);
}

/// Chooses the office's server and fills its fields as a person would.
void fillServer(ui::DatabaseDialog *dialog, const PostgresLocation &server, const QString &database,
                const QString &password, Tls tls)
{
    dialog->postgresButton()->click();
    setText(dialog, "hostEdit", server.host);
    child<QSpinBox>(dialog, "portSpin")->setValue(server.port > 0 ? server.port : 5432);
    setText(dialog, "databaseEdit", database);
    setText(dialog, "userEdit", server.user);
    setText(dialog, "passwordEdit", password);
    dialog->tlsCombo()->setCurrentIndex(dialog->tlsCombo()->findData(int(tls)));
}

/// Presses "Kiểm tra kết nối" and waits for the worker thread's answer; false when none came.
bool check(ui::DatabaseDialog &dialog)
{
    QSignalSpy finished(&dialog, &ui::DatabaseDialog::checkFinished);
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    // The answer comes later, from the worker thread: meanwhile the button waits and the label says
    // what is going on.
    if (!finished.isEmpty() || dialog.checkButton()->isEnabled() ||
        !dialog.message().startsWith(QStringLiteral("Đang kiểm tra kết nối tới"))) {
        return false;
    }
    return finished.wait(30000);
}

/// Every Alt+letter of `dialog` reaches one thing.
QStringList mnemonicClashes(QWidget *dialog)
{
    QHash<QChar, QStringList> owners;
    auto note = [&](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) != QLatin1Char('&')) {
                    owners[text.at(i + 1).toLower()].append(text);
                    return;
                }
                ++i;
            }
        }
    };
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy()) {
            note(label->text());
        }
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        note(button->text());
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1) {
            clashes.append(it.value().join(QStringLiteral(" / ")));
        }
    }
    return clashes;
}

/// True when the scratch database still has no table.
bool stillEmpty(PostgresScratch &scratch)
{
    return scratch.execIn(QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = "
                                         "current_schema()) THEN RAISE EXCEPTION 'tables'; END IF; END $$"));
}

} // namespace

class TestDatabaseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A computer without a keychain service: secrets stay in memory (SystemKeychain's fallback),
        // nothing reaches the desktop's real keychain.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("TOASOAN_DB");
        qunsetenv("PGPASSWORD");
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TOASOAN_LANG", "vi");
        installTranslations(*QCoreApplication::instance());
        QDir().mkpath(QFileInfo(config::defaultDatabasePath()).absolutePath());
        QFile::remove(config::defaultDatabasePath());
    }

    void cleanup() { QFile::remove(config::defaultDatabasePath()); }

    void fieldsFollowTheChoice()
    {
        Fixture fx;
        ui::DatabaseDialog dialog(fx.settings, fx.keychain, ui::DatabaseDialog::Purpose::FirstStart);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Cơ sở dữ liệu"));
        QCOMPARE(dialog.sqliteButton()->text(), QStringLiteral("&Chỉ máy này (SQLite)"));
        QCOMPARE(dialog.postgresButton()->text(), QStringLiteral("Máy chủ của cơ &quan (PostgreSQL)"));
        QCOMPARE(dialog.checkButton()->text(), QStringLiteral("&Kiểm tra kết nối"));
        // This computer only, by default: the file it always used, no server fields.
        QVERIFY(dialog.sqliteButton()->isChecked());
        QCOMPARE(dialog.location(), config::defaultDatabasePath());
        QVERIFY(child<QLabel>(&dialog, "sqliteNote")
                    ->text()
                    .contains(QDir::toNativeSeparators(config::defaultDatabasePath())));
        QVERIFY(!child<QWidget>(&dialog, "serverFields")->isEnabled());
        QVERIFY(!dialog.checkButton()->isEnabled());
        QCOMPARE(child<QLabel>(&dialog, "passwordNote")->text().left(39),
                 QStringLiteral("Máy tính này không có kho mật khẩu của "));

        // The office's server: its fields; TLS is on (require) unless chosen otherwise.
        dialog.postgresButton()->click();
        QVERIFY(child<QWidget>(&dialog, "serverFields")->isEnabled());
        QVERIFY(dialog.checkButton()->isEnabled());
        QCOMPARE(dialog.tlsCombo()->count(), 3);
        QCOMPARE(dialog.tlsCombo()->currentData().toInt(), int(Tls::Required));
        QCOMPARE(child<QSpinBox>(&dialog, "portSpin")->value(), 5432);
        QVERIFY(!child<QLineEdit>(&dialog, "caFileEdit")->isEnabled());
        setText(&dialog, "hostEdit", QStringLiteral("db.toasoan.lan"));
        QCOMPARE(dialog.location(), QStringLiteral("postgresql://toasoan@db.toasoan.lan:5432/toasoan?sslmode=require"));
        dialog.tlsCombo()->setCurrentIndex(dialog.tlsCombo()->findData(int(Tls::Off)));
        QCOMPARE(dialog.location(), QStringLiteral("postgresql://toasoan@db.toasoan.lan:5432/toasoan?sslmode=disable"));

        // Checking the certificate needs the office's CA file, and one that exists.
        dialog.tlsCombo()->setCurrentIndex(dialog.tlsCombo()->findData(int(Tls::VerifyFull)));
        QVERIFY(child<QLineEdit>(&dialog, "caFileEdit")->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.message().startsWith(QStringLiteral("Chọn tệp CA")), qPrintable(dialog.message()));
        QVERIFY(fx.settings.databaseLocation().isEmpty());
        const QString ca = fx.dir.filePath(QStringLiteral("office ca.crt"));
        setText(&dialog, "caFileEdit", ca);
        dialog.accept();
        QVERIFY(dialog.message().startsWith(QStringLiteral("Không có tệp CA")));
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(parsePostgresLocation(dialog.location())->option(QStringLiteral("sslrootcert")) == ca);
        QCOMPARE(parsePostgresLocation(dialog.location())->option(QStringLiteral("sslmode")),
                 QStringLiteral("verify-full"));

        // A location given by hand comes back whole: its other options are kept.
        dialog.setLocation(QStringLiteral("host=10.0.0.5 port=5433 dbname=tin_bai user=bientap sslmode=verify-full "
                                          "sslrootcert='/etc/ssl/co quan.crt' connect_timeout=5"));
        QCOMPARE(child<QLineEdit>(&dialog, "hostEdit")->text(), QStringLiteral("10.0.0.5"));
        QCOMPARE(child<QSpinBox>(&dialog, "portSpin")->value(), 5433);
        QCOMPARE(child<QLineEdit>(&dialog, "databaseEdit")->text(), QStringLiteral("tin_bai"));
        QCOMPARE(child<QLineEdit>(&dialog, "userEdit")->text(), QStringLiteral("bientap"));
        QCOMPARE(child<QLineEdit>(&dialog, "caFileEdit")->text(), QStringLiteral("/etc/ssl/co quan.crt"));
        auto again = parsePostgresLocation(dialog.location());
        QVERIFY(again);
        QCOMPARE(again->option(QStringLiteral("connect_timeout")), QStringLiteral("5"));
        QCOMPARE(again->option(QStringLiteral("sslrootcert")), QStringLiteral("/etc/ssl/co quan.crt"));
        QCOMPARE(again->database, QStringLiteral("tin_bai"));

        const QStringList clashes = mnemonicClashes(&dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        if (const QString shots = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.setLocation(QStringLiteral("postgresql://toasoan@db.toasoan.lan/toasoan?sslmode=require"));
            dialog.showProblem(postgres::connectError(*parsePostgresLocation(dialog.location()),
                                                      QStringLiteral("password authentication failed")));
            dialog.adjustSize();
            QVERIFY(dialog.width() <= 1366 && dialog.height() <= 728);
            dialog.grab().save(shots + QStringLiteral("/database_dialog.png"));
        }
    }

    void passwordGoesToTheKeychainNeverToTheSettings()
    {
        Fixture fx;
        ui::DatabaseDialog dialog(fx.settings, fx.keychain, ui::DatabaseDialog::Purpose::FirstStart);
        dialog.show();
        PostgresLocation server;
        server.host = QStringLiteral("db.toasoan.lan");
        server.user = QStringLiteral("toasoan");
        fillServer(&dialog, server, QStringLiteral("toasoan"), kPassword, Tls::Required);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString stored = fx.settings.databaseLocation();
        QCOMPARE(stored, QStringLiteral("postgresql://toasoan@db.toasoan.lan:5432/toasoan?sslmode=require"));
        QVERIFY(parsePostgresLocation(stored)->password.isEmpty());
        const QByteArray file = fx.settingsFile();
        QVERIFY(file.contains("db.toasoan.lan"));
        QVERIFY(!file.contains(kPassword.toUtf8()));
        QVERIFY(!file.contains(QUrl::toPercentEncoding(kPassword)));
        QVERIFY(!file.contains("2024"));
        QCOMPARE(*fx.keychain->read(QStringLiteral("postgresql://toasoan@db.toasoan.lan:5432/toasoan")), kPassword);

        // A location typed with its password is stored without it all the same.
        fx.settings.setDatabaseLocation(QStringLiteral("postgresql://toasoan:b%C3%AD%20m%E1%BA%ADt@db.lan/toasoan"));
        QCOMPARE(fx.settings.databaseLocation(), QStringLiteral("postgresql://toasoan@db.lan/toasoan"));
        QVERIFY(!fx.settingsFile().contains("b%C3%AD"));
    }

    void checkAgainstTheTestServer_data()
    {
        QTest::addColumn<QString>("create");   // options of the scratch database; empty: none
        QTest::addColumn<QString>("prepare");  // SQL run in it first
        QTest::addColumn<bool>("toasoan");     // made a ToaSoan database first
        QTest::addColumn<QString>("password"); // "*": the right one
        QTest::addColumn<bool>("closedPort");
        QTest::addColumn<int>("tls");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected"); // the beginning of the message
        const QString plain = QStringLiteral("TEMPLATE template1");
        QTest::newRow("nominal: an empty database")
            << plain << QString() << false << "*" << false << int(Tls::Off) << true << "Kết nối được. Cơ sở dữ liệu";
        QTest::newRow("nominal: a ToaSoan database")
            << plain << QString() << true << "*" << false << int(Tls::Off) << true << "Kết nối được: ";
        QTest::newRow("robustness: wrong password") << plain << QString() << false << "sai mật khẩu" << false
                                                    << int(Tls::Off) << false << "Máy chủ cơ sở dữ liệu";
        QTest::newRow("robustness: closed port")
            << plain << QString() << false << "*" << true << int(Tls::Off) << false << "Không kết nối được tới máy chủ";
        QTest::newRow("robustness: TLS required, the server has none")
            << plain << QString() << false << "*" << false << int(Tls::Required) << false << "Kết nối bảo mật (TLS)";
        QTest::newRow("robustness: ctype C")
            << "ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" << QString() << false << "*" << false
            << int(Tls::Off) << false << "Cơ sở dữ liệu postgresql://";
        QTest::newRow("robustness: another program's tables")
            << plain << "CREATE TABLE invoices (id integer)" << false << "*" << false << int(Tls::Off) << false
            << "Cơ sở dữ liệu postgresql://";
        QTest::newRow("robustness: a newer schema")
            << plain << QString() << true << "*" << false << int(Tls::Off) << false << "Cơ sở dữ liệu postgresql://";
    }

    void checkAgainstTheTestServer()
    {
        REQUIRE_TEST_SERVER(server);
        QFETCH(QString, create);
        QFETCH(QString, prepare);
        QFETCH(bool, toasoan);
        QFETCH(QString, password);
        QFETCH(bool, closedPort);
        QFETCH(int, tls);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        PostgresScratch scratch(create);
        QVERIFY(scratch.ok());
        if (!prepare.isEmpty()) {
            QVERIFY(scratch.execIn(prepare));
        }
        if (toasoan) {
            QVERIFY(Database::open(scratch.location()));
        }
        const bool newer = QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("newer"));
        if (newer) {
            QVERIFY(scratch.execIn(
                QStringLiteral("UPDATE schema_version SET version = %1").arg(Database::latestSchemaVersion() + 1)));
        }

        Fixture fx;
        ui::DatabaseDialog dialog(fx.settings, fx.keychain, ui::DatabaseDialog::Purpose::FirstStart);
        dialog.show();
        PostgresLocation where = *server;
        if (closedPort) {
            where.port = ::closedPort();
        }
        fillServer(&dialog, where, scratch.name(), password == QLatin1String("*") ? server->password : password,
                   Tls(tls));
        QVERIFY2(check(dialog), "the check runs in a worker thread and answers");
        QVERIFY(dialog.checkButton()->isEnabled());
        const QString message = dialog.message();
        QVERIFY2(message.startsWith(expected), qPrintable(message));
        QCOMPARE(child<ui::StatusLabel>(&dialog, "statusLabel")->kind(),
                 ok ? ui::StatusLabel::Kind::Success : ui::StatusLabel::Kind::Error);
        if (QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("ctype"))) {
            QVERIFY2(message.contains(QLatin1String("LC_CTYPE")), qPrintable(message));
        }
        if (QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("another program"))) {
            QVERIFY2(message.contains(QStringLiteral("chương trình khác")), qPrintable(message));
        }
        if (newer) {
            QVERIFY2(message.contains(QStringLiteral("phiên bản Tòa soạn mới hơn")), qPrintable(message));
        }
        if (QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("empty"))) {
            QVERIFY2(message.contains(QStringLiteral("còn trống")), qPrintable(message));
            QVERIFY2(stillEmpty(scratch), "a check creates nothing");
        }
        // Checking stores nothing.
        QVERIFY(fx.settings.databaseLocation().isEmpty());
    }

    // The first start, as ui/GuiApp.cpp runs it: no --database, no TOASOAN_DB, no choice yet, no file.
    void firstStartOnThisComputerKeepsTodaysPath()
    {
        Fixture fx;
        QVERIFY(!QFile::exists(config::defaultDatabasePath()));
        ModalDriver driver;
        driver.when<ui::DatabaseDialog>([](ui::DatabaseDialog *dialog) {
            QVERIFY(dialog->sqliteButton()->isChecked());
            QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        });
        driver.when<ui::FirstAdminDialog>([](ui::FirstAdminDialog *dialog) { dialog->reject(); });
        QString tried;
        auto opened = ui::openStartDatabase(QString(), fx.settings, fx.keychain, tried);
        QVERIFY(opened);
        QVERIFY(*opened);
        Database &db = **opened;
        QVERIFY(!db.isShared());
        QCOMPARE(db.path(), config::defaultDatabasePath());
        QCOMPARE(fx.settings.databaseLocation(), config::defaultDatabasePath());
        // Then as before: an empty workspace asks for the first administrator.
        auto who = ui::signIn(db, fx.settings);
        QVERIFY(who && !who->has_value());
        QCOMPARE(driver.seen, (QStringList{QStringLiteral("toasoan::ui::DatabaseDialog"),
                                           QStringLiteral("toasoan::ui::FirstAdminDialog")}));
        opened->reset();

        // The next start is not asked again; nor is a computer with a workspace from before.
        Fixture next;
        ModalDriver none;
        auto reopened = ui::openStartDatabase(QString(), next.settings, next.keychain, tried);
        QVERIFY(reopened && *reopened);
        QCOMPARE((*reopened)->path(), config::defaultDatabasePath());
        QVERIFY(none.seen.isEmpty());
    }

    // scripts/run-app.sh --demo, the README's first command: the demo is this computer's, not asked.
    void theDemoStartsOnThisComputerWithoutAsking()
    {
        Fixture fx;
        QVERIFY(!QFile::exists(config::defaultDatabasePath()));
        ModalDriver driver;
        QString tried;
        auto opened = ui::openStartDatabase(QString(), fx.settings, fx.keychain, tried, true);
        QVERIFY(opened && *opened);
        QVERIFY(!(*opened)->isShared());
        QCOMPARE((*opened)->path(), config::defaultDatabasePath());
        QVERIFY(driver.seen.isEmpty());
    }

    void quittingTheFirstChoiceCreatesNothing()
    {
        Fixture fx;
        ModalDriver driver;
        driver.when<ui::DatabaseDialog>([](ui::DatabaseDialog *dialog) {
            QCOMPARE(child<QPushButton>(dialog, "cancelButton")->text(), QStringLiteral("Thoát"));
            dialog->reject();
        });
        QString tried;
        auto opened = ui::openStartDatabase(QString(), fx.settings, fx.keychain, tried);
        QVERIFY(opened);
        QVERIFY(!*opened);
        QVERIFY(!QFile::exists(config::defaultDatabasePath()));
        QVERIFY(fx.settings.databaseLocation().isEmpty());
    }

    void namedDatabaseIsNotAsked()
    {
        Fixture fx;
        ModalDriver driver;
        const QString path = fx.dir.filePath(QStringLiteral("tin bài.sqlite"));
        QString tried;
        auto opened = ui::openStartDatabase(path, fx.settings, fx.keychain, tried);
        QVERIFY(opened && *opened);
        QCOMPARE((*opened)->path(), path);
        QVERIFY(driver.seen.isEmpty());
        QVERIFY(fx.settings.databaseLocation().isEmpty());
    }

    // The office's server chosen at the first start: an empty database gets its schema and the first
    // administrator, as an empty SQLite file does.
    void firstStartOnTheOfficeServerLeadsToTheFirstAdministrator()
    {
        REQUIRE_TEST_SERVER(server);
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        Fixture fx;
        ModalDriver driver;
        driver.when<ui::DatabaseDialog>([&](ui::DatabaseDialog *dialog) {
            fillServer(dialog, *server, scratch.name(), server->password, Tls::Off);
            QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        });
        driver.when<ui::FirstAdminDialog>([](ui::FirstAdminDialog *dialog) {
            setText(dialog, "loginEdit", QStringLiteral("quantri"));
            setText(dialog, "nameEdit", QStringLiteral("Hoàng Quản Trị"));
            setText(dialog, "passwordEdit", kPassword);
            setText(dialog, "confirmEdit", kPassword);
            QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        });
        driver.when<ui::FirstStartWizard>([](ui::FirstStartWizard *wizard) { wizard->reject(); });
        QString tried;
        auto opened = ui::openStartDatabase(QString(), fx.settings, fx.keychain, tried);
        QVERIFY(opened);
        QVERIFY(*opened);
        Database &db = **opened;
        QVERIFY(db.isShared());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        auto who = ui::signIn(db, fx.settings);
        QVERIFY(who && who->has_value());
        QCOMPARE((*who)->login, QStringLiteral("quantri"));
        QCOMPARE((*who)->role, Role::Admin);
        QCOMPARE(UserRepository(db).count().value(), 1);
        QCOMPARE(driver.seen.mid(0, 2), (QStringList{QStringLiteral("toasoan::ui::DatabaseDialog"),
                                                     QStringLiteral("toasoan::ui::FirstAdminDialog")}));
        // Remembered without the password, which the keychain keeps.
        QVERIFY(isPostgresLocation(fx.settings.databaseLocation()));
        QVERIFY(!fx.settingsFile().contains(server->password.toUtf8()));
        const auto key = ui::databasePasswordKey(*parsePostgresLocation(fx.settings.databaseLocation()));
        QCOMPARE(*fx.keychain->read(key), server->password);
    }

    void aWrongStoredPasswordIsAskedFor()
    {
        REQUIRE_TEST_SERVER(server);
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        Fixture fx;
        PostgresLocation where = *server;
        where.database = scratch.name();
        where.password.clear();
        where.options = {{QStringLiteral("sslmode"), QStringLiteral("disable")}};
        fx.settings.setDatabaseLocation(where.uri());
        const QString key = ui::databasePasswordKey(where);
        QVERIFY(fx.keychain->write(key, QStringLiteral("mật khẩu cũ")));

        // The remembered choice: the form again, the diagnosis shown, the password's field waiting.
        ModalDriver driver;
        QString shown;
        bool waiting = false;
        driver.when<ui::DatabaseDialog>([&](ui::DatabaseDialog *dialog) {
            shown = dialog->message();
            waiting = dialog->focusWidget() == child<QLineEdit>(dialog, "passwordEdit");
            setText(dialog, "passwordEdit", server->password);
            QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        });
        QString tried;
        auto opened = ui::openStartDatabase(QString(), fx.settings, fx.keychain, tried);
        QVERIFY(opened && *opened);
        QCOMPARE(driver.pending(), 0);
        QVERIFY2(shown.startsWith(QStringLiteral("Máy chủ cơ sở dữ liệu")), qPrintable(shown));
        QVERIFY(waiting);
        QCOMPARE(*fx.keychain->read(key), server->password);
        QVERIFY(!fx.settingsFile().contains(server->password.toUtf8()));

        // A database named by --database (or TOASOAN_DB): only its password is asked.
        opened->reset();
        QVERIFY(fx.keychain->write(key, QStringLiteral("mật khẩu cũ")));
        ModalDriver prompt;
        QString asked;
        prompt.when<QInputDialog>([&](QInputDialog *dialog) {
            asked = dialog->labelText();
            dialog->setTextValue(server->password);
            dialog->accept();
        });
        auto named = ui::openStartDatabase(where.uri(), fx.settings, fx.keychain, tried);
        QVERIFY(named && *named);
        QVERIFY2(asked.startsWith(QStringLiteral("Máy chủ cơ sở dữ liệu")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("Mật khẩu của người dùng")), qPrintable(asked));
        QCOMPARE(*fx.keychain->read(key), server->password);
    }

    void anUnreachableServerShowsItsDiagnosis()
    {
        Fixture fx;
        PostgresLocation where;
        where.host = QStringLiteral("127.0.0.1");
        where.port = closedPort();
        where.database = QStringLiteral("toasoan");
        where.user = QStringLiteral("toasoan");
        fx.settings.setDatabaseLocation(where.uri());
        ModalDriver driver;
        QString shown;
        driver.when<ui::DatabaseDialog>([&](ui::DatabaseDialog *dialog) {
            shown = dialog->message();
            QVERIFY(dialog->postgresButton()->isChecked());
            dialog->reject();
        });
        QString tried;
        auto opened = ui::openStartDatabase(QString(), fx.settings, fx.keychain, tried);
        QVERIFY(opened);
        QVERIFY(!*opened);
        QVERIFY2(shown.startsWith(QStringLiteral("Không kết nối được tới máy chủ")), qPrintable(shown));
    }

    void theFileMenuChangesItForTheNextStart()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.ok());
        Fixture fx;
        const qint64 id = ws.addUser(QStringLiteral("quantri"), Role::Admin);
        test::RecordingNotifier notifier;
        ui::MainWindow window(ws.db(), UserRepository(ws.db()).load(id).value(), fx.settings, notifier);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("databaseAction"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->text(), QStringLiteral("Cơ sở &dữ liệu…"));
        action->trigger();
        auto *dialog = window.findChild<ui::DatabaseDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->message().startsWith(QStringLiteral("Đang mở: ")), qPrintable(dialog->message()));
        dialog->sqliteButton()->click();
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        // "This computer only" is the file open now (the usual one when the window is on the server).
        QCOMPARE(fx.settings.databaseLocation(), ws.db().isShared() ? config::defaultDatabasePath() : ws.db().path());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("lần khởi động")),
                 qPrintable(window.statusBar()->currentMessage()));
        // The window goes on with the database it opened.
        QCOMPARE(&window.database(), &ws.db());
    }

    void settingsShowTheDatabaseAndOnlyAnAdministratorChangesIt()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.ok());
        Fixture fx;
        for (const Role role : {Role::Admin, Role::Reporter}) {
            const qint64 id =
                ws.addUser(role == Role::Admin ? QStringLiteral("quantri") : QStringLiteral("phongvien"), role);
            const User user = UserRepository(ws.db()).load(id).value();
            ui::SettingsDialog settings(fx.settings, ws.db(), user);
            settings.show();
            auto *label = child<QLabel>(&settings, "databaseLabel");
            QVERIFY(label && label->text().contains(ws.db().displayName()));
            QVERIFY(settings.sizeHint().height() <= 728);
            if (const QString shots = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
                settings.grab().save(shots + QStringLiteral("/settings_%1.png").arg(roleKey(role)));
            }
            QTest::mouseClick(child<QPushButton>(&settings, "databaseButton"), Qt::LeftButton);
            auto *dialog = settings.findChild<ui::DatabaseDialog *>();
            QVERIFY(dialog && dialog->isVisible());
            QCOMPARE(dialog->postgresButton()->isChecked(), ws.db().isShared());
            QVERIFY(child<QLabel>(dialog, "applyNote")->isVisible());
            if (role == Role::Admin) {
                QVERIFY(child<QPushButton>(dialog, "okButton")->isVisible());
                QVERIFY(child<QLabel>(dialog, "applyNote")->text().contains(QStringLiteral("lần khởi động")));
            } else {
                QVERIFY(!child<QPushButton>(dialog, "okButton")->isVisible());
                QCOMPARE(child<QPushButton>(dialog, "cancelButton")->text(), QStringLiteral("Đóng"));
                QVERIFY(!dialog->sqliteButton()->isEnabled() && !dialog->postgresButton()->isEnabled());
                dialog->accept();
                QVERIFY(fx.settings.databaseLocation().isEmpty());
            }
            dialog->close();
        }
    }
};

QTEST_MAIN(TestDatabaseDialog)
#include "tst_database_dialog.moc"
