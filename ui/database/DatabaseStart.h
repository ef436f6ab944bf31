#pragma once

#include "app/core/Result.h"

#include <QString>
#include <memory>

namespace toasoan {
class Database;
class Settings;
class SystemKeychain;
} // namespace toasoan

namespace toasoan::ui {

/// Opens the workspace the window starts on: --database (`cliValue`), else TOASOAN_DB, else the one
/// chosen in the settings. On the very first start (none of these, and no workspace file of an
/// earlier version) DatabaseDialog asks first, before anything is created; "Chỉ máy này" then opens
/// the file it always did. A PostgreSQL location's password comes from the location, the keychain,
/// PGPASSWORD or ~/.pgpass (libpq); when it is missing or refused the person is asked for it (for the
/// remembered choice in DatabaseDialog, where the user name can be corrected too), and a password that
/// worked goes to the keychain. When the remembered database cannot be opened for another reason,
/// DatabaseDialog shows the diagnosis and lets the person correct the choice or quit.
/// `demo` (the --demo of scripts/run-app.sh, the README's first command) is this computer's demo: on
/// the very first start it opens this computer's workspace without asking.
/// A null database (no error) when the person quits; `tried` is the location of the last attempt
/// (without the password of the keychain), for messages.
Result<std::unique_ptr<Database>> openStartDatabase(const QString &cliValue, Settings &settings,
                                                    const std::shared_ptr<SystemKeychain> &keychain, QString &tried,
                                                    bool demo = false);

} // namespace toasoan::ui
