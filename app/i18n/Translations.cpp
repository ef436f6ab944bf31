#include "app/i18n/Translations.h"

#include "app/settings/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QtGlobal>
#include <algorithm>

namespace toasoan {

namespace {

bool isSupported(const QString &language)
{
    const QList<LanguageChoice> languages = supportedLanguages();
    return std::any_of(languages.cbegin(), languages.cend(),
                       [&](const LanguageChoice &choice) { return choice.code == language; });
}

void installCatalogue(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(name, directory)) {
        QCoreApplication::installTranslator(translator);
    } else {
        // Missing catalogues are normal (Debian ships no qtbase_vi; qt_vi.qm is linked into the
        // GUI only): the source text shows.
        delete translator;
    }
}

} // namespace

QList<LanguageChoice> supportedLanguages()
{
    return {
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
}

QString chosenLanguage()
{
    const QString fromEnv = qEnvironmentVariable("TOASOAN_LANG").trimmed().toLower();
    if (isSupported(fromEnv)) {
        return fromEnv;
    }
    const QString fromSettings = Settings().language();
    if (isSupported(fromSettings)) {
        return fromSettings;
    }
    return QStringLiteral("vi");
}

void installTranslations(QCoreApplication &app)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // GTK's and KDE's file dialogs speak the desktop's language, so a Vietnamese ToaSoan on an English
    // desktop would show English ones; Qt's own dialogs use the catalogues installed below.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
#endif
    const QString language = chosenLanguage();
    if (language == QLatin1String("vi")) {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        // Translators installed later are asked first: ours, then the system's (if any), then the source.
        installCatalogue(app, QStringLiteral("qtbase_vi"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        installCatalogue(app, QStringLiteral("qt_vi"), QStringLiteral(":/i18n"));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    installCatalogue(app, QStringLiteral("toasoan_") + language, QStringLiteral(":/i18n"));
}

} // namespace toasoan
