#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace toasoan {

/// A language the interface can be shown in.
struct LanguageChoice
{
    QString code;       ///< "vi", "en"
    QString nativeName; ///< the language's name in that language ("Tiếng Việt", "English"): never translated
};

/// The interface languages, Vietnamese first (the default).
QList<LanguageChoice> supportedLanguages();

/// The interface language: env TOASOAN_LANG (vi|en), else the saved setting, else Vietnamese.
QString chosenLanguage();

/// Installs ToaSoan's catalogue (":/i18n/toasoan_<lang>.qm") and, for Vietnamese, the Vietnamese for
/// Qt's own strings (standard buttons, context menus, file dialog): ":/i18n/qt_vi.qm", which ToaSoan
/// ships because Debian has no qtbase_vi, over the system's qtbase_vi when there is one. Sets the default
/// QLocale to match. On Linux it also asks for Qt's own dialogs instead of the desktop's (GTK, KDE): those
/// follow the desktop's language, not the one chosen here. Call once, after the application identity is
/// set (the setting is read from the user's settings file).
void installTranslations(QCoreApplication &app);

} // namespace toasoan
