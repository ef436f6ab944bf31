// Settings round-trip and migration; the interface language choice; embedded catalogues.
#include "app/core/DatabaseLocation.h"
#include "app/i18n/Translations.h"
#include "app/settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The default Settings() (used for the language) must not touch the real user's file.
        QVERIFY(m_home.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ToaSoanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03geometry", 14);
        {
            Settings settings(file);
            settings.setUser(QStringLiteral("phóngviên"));
            settings.setLanguage(QStringLiteral("en"));
            settings.setMainWindowGeometry(geometry);
            settings.setMainWindowState(QByteArray("state\0bytes", 11));
            settings.setMainSplitterSizes({640, 480});
            settings.setLastLogin(QStringLiteral("phóngviên"));
            settings.setSpellCheckEnabled(false);
            settings.sync();
        }
        Settings reread(file);
        reread.setUser(QStringLiteral("phóngviên"));
        QCOMPARE(reread.language(), QStringLiteral("en"));
        QCOMPARE(reread.mainWindowGeometry(), geometry);
        QCOMPARE(reread.mainWindowState(), QByteArray("state\0bytes", 11));
        QCOMPARE(reread.mainSplitterSizes(), (QList<int>{640, 480}));
        QCOMPARE(reread.lastLogin(), QStringLiteral("phóngviên"));
        QCOMPARE(reread.spellCheckEnabled(), false);
    }

    void emptyFileGivesDefaults()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.language().isEmpty());
        QVERIFY(settings.mainWindowGeometry().isEmpty());
        QVERIFY(settings.mainSplitterSizes().isEmpty());
        QVERIFY(settings.lastLogin().isEmpty());
        QVERIFY(settings.spellCheckEnabled());
        QCOMPARE(settings.version(), 0);
    }

    void migrate_data()
    {
        QTest::addColumn<QString>("fileText");
        QTest::addColumn<int>("expectedVersion");
        QTest::addColumn<QString>("expectedLanguage");
        QTest::newRow("nominal: unversioned file with a locale name")
            << QStringLiteral("[interface]\nlanguage=vi_VN\n") << Settings::kCurrentVersion << QStringLiteral("vi");
        QTest::newRow("nominal: already current") << QStringLiteral("[meta]\nversion=2\n[interface]\nlanguage=en\n")
                                                  << Settings::kCurrentVersion << QStringLiteral("en");
        QTest::newRow("robustness: unknown language is dropped")
            << QStringLiteral("[interface]\nlanguage=klingon\n") << Settings::kCurrentVersion << QString();
        QTest::newRow("robustness: a newer file is left alone")
            << QStringLiteral("[meta]\nversion=99\n[interface]\nlanguage=en\n") << 99 << QStringLiteral("en");
    }

    void migrate()
    {
        QFETCH(QString, fileText);
        QFETCH(int, expectedVersion);
        QFETCH(QString, expectedLanguage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileText.toUtf8());
        file.close();

        Settings settings(path);
        settings.migrate();
        settings.sync();
        QCOMPARE(settings.version(), expectedVersion);
        QCOMPARE(settings.language(), expectedLanguage);
        // Stored, not only computed: a second reader sees the same.
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("interface/language")).toString().isEmpty(),
                 expectedLanguage.isEmpty());
    }

    void personalSettingsBelongToTheUserLoggedIn()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        const QString workspace = dir.filePath(QStringLiteral("toasoan.sqlite"));
        {
            Settings settings(file);
            settings.setUser(QStringLiteral("lan"));
            settings.setMainWindowGeometry(QByteArray("lan's geometry"));
            settings.setMainSplitterSizes({300, 700});
            settings.setOpenArticles(workspace, {4, 9}, 9);
            settings.setSpellCheckEnabled(false);
            settings.setLastLogin(QStringLiteral("lan"));
            settings.sync();
        }
        // The next person on the same computer starts with nothing of hers.
        Settings next(file);
        next.setUser(QStringLiteral("minh"));
        QVERIFY(next.mainWindowGeometry().isEmpty());
        QVERIFY(next.mainSplitterSizes().isEmpty());
        QVERIFY(next.openArticles(workspace).isEmpty());
        QCOMPARE(next.currentArticle(workspace), qint64(0));
        QVERIFY(next.spellCheckEnabled());
        next.setOpenArticles(workspace, {5}, 5);
        next.setUser(QStringLiteral("LAN")); // logins are not case-sensitive
        QCOMPARE(next.openArticles(workspace), (QList<qint64>{4, 9}));
        QCOMPARE(next.mainWindowGeometry(), QByteArray("lan's geometry"));
        QVERIFY(!next.spellCheckEnabled());
        // Before anyone logs in: defaults, and nothing is written.
        next.setUser({});
        QVERIFY(next.openArticles(workspace).isEmpty());
        next.setOpenArticles(workspace, {1}, 1);
        next.setUser(QStringLiteral("minh"));
        QCOMPARE(next.openArticles(workspace), (QList<qint64>{5}));
        QCOMPARE(next.lastLogin(), QStringLiteral("lan")); // the machine's
    }

    // The database chosen in the window (issue 13): a file path as it is; a PostgreSQL location as a URI
    // that gives back every field and option, but never its password.
    void databaseLocationKeepsNoPassword_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("nominal: URI with TLS and a CA file")
            << "postgresql://toasoan:b%C3%AD%20m%E1%BA%ADt@db.toasoan.lan:5433/tin_bai?sslmode=verify-full&"
               "sslrootcert=%2Fetc%2Fssl%2Fco%20quan.crt";
        QTest::newRow("nominal: conninfo with a quoted password")
            << "host=10.0.0.5 port=5432 dbname=toasoan user=bien.tap password='a@b:c/d&e+f g' sslmode=require "
               "connect_timeout=5 application_name=a&b=c";
        QTest::newRow("robustness: IPv6 host") << "postgresql://toasoan:pw@[::1]:5432/toasoan?sslmode=disable";
    }

    void databaseLocationKeepsNoPassword()
    {
        QFETCH(QString, location);
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.databaseLocation().isEmpty());
        settings.setDatabaseLocation(location);
        settings.sync();
        const auto given = parsePostgresLocation(location);
        QVERIFY(given && !given->password.isEmpty());
        const auto stored = parsePostgresLocation(settings.databaseLocation());
        QVERIFY2(stored, qPrintable(settings.databaseLocation()));
        QVERIFY(stored->password.isEmpty());
        QCOMPARE(stored->host, given->host);
        QCOMPARE(stored->port, given->port);
        QCOMPARE(stored->database, given->database);
        QCOMPARE(stored->user, given->user);
        QCOMPARE(stored->options, given->options);
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("pw") && !text.contains("m%E1%BA%ADt") && !text.contains("a@b"));

        // With the password: the same location back.
        PostgresLocation whole = *given;
        const auto again = parsePostgresLocation(whole.uri());
        QVERIFY(again);
        QCOMPARE(again->password, given->password);
        QCOMPARE(again->options, given->options);

        // A file path is kept as it is.
        settings.setDatabaseLocation(dir.filePath(QStringLiteral("tòa soạn.sqlite")));
        QCOMPARE(settings.databaseLocation(), dir.filePath(QStringLiteral("tòa soạn.sqlite")));
    }

    void backupFolderIsTheMachinesWithADefault()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QString fallback =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sao-luu"));
        {
            Settings settings(ini);
            QCOMPARE(settings.backupFolder(), fallback);
            settings.setUser(QStringLiteral("quantri"));
            settings.setBackupFolder(dir.filePath(QStringLiteral("usb/sao lưu/")));
        }
        // Kept for the PC, whoever logs in next.
        Settings again(ini);
        again.setUser(QStringLiteral("phongvien"));
        QCOMPARE(again.backupFolder(), dir.filePath(QStringLiteral("usb/sao lưu")));
        again.setBackupFolder(QString());
        QCOMPARE(again.backupFolder(), fallback);
    }

    void migrateMakesMachineSettingsPersonal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        const QString workspace = dir.filePath(QStringLiteral("toasoan.sqlite"));
        {
            QSettings old(path, QSettings::IniFormat);
            old.setValue(QStringLiteral("meta/version"), 1);
            old.setValue(QStringLiteral("mainWindow/splitterSizes"), QVariantList{250, 750});
            old.setValue(QStringLiteral("editor/spellCheck"), false);
            old.setValue(QStringLiteral("login/lastLogin"), QStringLiteral("lan"));
            old.setValue(QStringLiteral("session/workspace"), workspace);
            old.setValue(QStringLiteral("session/openArticles"), QVariantList{4, 9});
            old.setValue(QStringLiteral("session/currentArticle"), 9);
            old.setValue(QStringLiteral("editor/autosaveSeconds"), 45);
        }
        Settings settings(path);
        settings.migrate();
        settings.sync();
        QCOMPARE(settings.version(), Settings::kCurrentVersion);
        QCOMPARE(settings.autosaveIntervalSeconds(), 45); // the machine's, untouched
        // The layout and the spell-check choice go to whoever set them; the open tabs to nobody.
        settings.setUser(QStringLiteral("lan"));
        QCOMPARE(settings.mainSplitterSizes(), (QList<int>{250, 750}));
        QVERIFY(!settings.spellCheckEnabled());
        QVERIFY(settings.openArticles(workspace).isEmpty());
        settings.setUser(QStringLiteral("minh"));
        QVERIFY(settings.mainSplitterSizes().isEmpty());
        QVERIFY(settings.spellCheckEnabled());
        QVERIFY(settings.openArticles(workspace).isEmpty());
        const QSettings raw(path, QSettings::IniFormat);
        QVERIFY(!raw.contains(QStringLiteral("session/openArticles")));
        QVERIFY(!raw.contains(QStringLiteral("mainWindow/splitterSizes")));
    }

    void chosenLanguage_data()
    {
        QTest::addColumn<QByteArray>("env");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: nothing chosen means Vietnamese") << QByteArray() << QString() << QStringLiteral("vi");
        QTest::newRow("nominal: the setting") << QByteArray() << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("nominal: env wins over the setting")
            << QByteArray("en") << QStringLiteral("vi") << QStringLiteral("en");
        QTest::newRow("robustness: env in capitals")
            << QByteArray("VI") << QStringLiteral("en") << QStringLiteral("vi");
        QTest::newRow("robustness: unsupported env falls back to the setting")
            << QByteArray("fr") << QStringLiteral("en") << QStringLiteral("en");
    }

    void chosenLanguage()
    {
        QFETCH(QByteArray, env);
        QFETCH(QString, saved);
        QFETCH(QString, expected);
        {
            Settings settings;
            settings.setLanguage(saved);
            settings.sync();
        }
        if (env.isEmpty()) {
            qunsetenv("TOASOAN_LANG");
        } else {
            qputenv("TOASOAN_LANG", env);
        }
        QCOMPARE(toasoan::chosenLanguage(), expected);
        qunsetenv("TOASOAN_LANG");
    }

    void cataloguesAreEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nominal: Vietnamese") << QStringLiteral("vi");
        QTest::newRow("nominal: English") << QStringLiteral("en");
    }

    void cataloguesAreEmbedded()
    {
        QFETCH(QString, language);
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/toasoan_") + language + QStringLiteral(".qm")));
    }

    void installsVietnameseByDefault()
    {
        qunsetenv("TOASOAN_LANG");
        {
            Settings settings;
            settings.setLanguage({});
            settings.sync();
        }
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QLocale().language(), QLocale::Vietnamese);
        // The menu title of the main window is translated by our own catalogue.
        QCOMPARE(QCoreApplication::translate("toasoan::ui::MainWindow", "&File"), QStringLiteral("&Tệp"));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
