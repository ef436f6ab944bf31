#include "i18n/Translations.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QtGlobal>

namespace toasoan {

namespace {

bool isSupported(const QString &language)
{
    return language == QLatin1String("vi") || language == QLatin1String("en");
}

void installCatalogue(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(name, directory)) {
        QCoreApplication::installTranslator(translator);
    } else {
        // Missing catalogues are normal (Debian ships no qtbase_vi): the source text shows.
        delete translator;
    }
}

} // namespace

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
    const QString language = chosenLanguage();
    if (language == QLatin1String("vi")) {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        installCatalogue(app, QStringLiteral("qtbase_vi"), qtDir);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    installCatalogue(app, QStringLiteral("toasoan_") + language, QStringLiteral(":/i18n"));
}

} // namespace toasoan
