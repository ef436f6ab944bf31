#pragma once

#include <QString>

class QCoreApplication;

namespace toasoan {

/// The interface language: env TOASOAN_LANG (vi|en), else the saved setting, else Vietnamese.
QString chosenLanguage();

/// Installs ToaSoan's catalogue (":/i18n/toasoan_<lang>.qm") and, for Vietnamese, Qt's own
/// catalogue when the system has one. Sets the default QLocale to match. Call once, after the
/// application identity is set (the setting is read from the user's settings file).
void installTranslations(QCoreApplication &app);

} // namespace toasoan
