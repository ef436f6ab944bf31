#include "ui/SignIn.h"

#include "app/settings/Settings.h"
#include "app/storage/UserRepository.h"
#include "app/workflow/AuthService.h"
#include "ui/FirstAdminDialog.h"
#include "ui/LoginDialog.h"
#include "ui/setup/FirstStartWizard.h"

namespace toasoan::ui {

Result<std::optional<User>> signIn(Database &db, Settings &settings)
{
    UserRepository users(db);
    TOASOAN_TRY(count, users.count());
    if (*count == 0) {
        FirstAdminDialog firstAdmin(db);
        if (firstAdmin.exec() != QDialog::Accepted) {
            return std::optional<User>();
        }
        const User admin = firstAdmin.createdUser();
        settings.setLastLogin(admin.login);
        // They typed the password twice a moment ago. Whatever the wizard ends with (finished,
        // skipped or closed), the window opens: it can be run again from the File menu.
        FirstStartWizard wizard(db, admin);
        wizard.exec();
        return std::optional<User>(admin);
    }
    AuthService auth(db);
    LoginDialog login(auth, settings);
    if (login.exec() != QDialog::Accepted) {
        return std::optional<User>();
    }
    return std::optional<User>(login.user());
}

} // namespace toasoan::ui
