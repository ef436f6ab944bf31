// Settings round-trip and migration; the interface language choice; embedded catalogues.
#include "app/i18n/Translations.h"
#include "app/settings/Settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
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
            settings.setLanguage(QStringLiteral("en"));
            settings.setMainWindowGeometry(geometry);
            settings.setMainWindowState(QByteArray("state\0bytes", 11));
            settings.setMainSplitterSizes({640, 480});
            settings.setLastLogin(QStringLiteral("phóngviên"));
            settings.setSpellCheckEnabled(false);
            settings.sync();
        }
        Settings reread(file);
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
        QTest::newRow("nominal: already current") << QStringLiteral("[meta]\nversion=1\n[interface]\nlanguage=en\n")
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
