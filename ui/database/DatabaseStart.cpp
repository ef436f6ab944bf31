#include "ui/database/DatabaseStart.h"

#include "app/backup/WorkspaceBackup.h"
#include "app/config/WorkspacePath.h"
#include "app/core/DatabaseLocation.h"
#include "app/publish/SecretStore.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "ui/database/DatabaseDialog.h"
#include "ui/database/SchemaUpdate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <optional>

namespace toasoan::ui {

namespace {

class DatabaseStart final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ui::DatabaseStart)
};

/// Asks for the database password after `why`; nullopt when the person quits.
std::optional<QString> askPassword(const PostgresLocation &location, const Error &why)
{
    QInputDialog ask;
    ask.setObjectName(QStringLiteral("databasePasswordDialog"));
    ask.setWindowTitle(DatabaseStart::tr("Database password"));
    ask.setLabelText(why.message + QStringLiteral("\n\n") +
                     DatabaseStart::tr("The password of the user %1 on %2:").arg(location.user, location.display()));
    ask.setTextEchoMode(QLineEdit::Password);
    // The diagnosis is a paragraph: wrapped, not one line across the screen.
    for (QLabel *label : ask.findChildren<QLabel *>()) {
        label->setWordWrap(true);
    }
    ask.setMinimumWidth(ask.fontMetrics().averageCharWidth() * 70);
    ask.setOkButtonText(DatabaseStart::tr("Connect"));
    ask.setCancelButtonText(DatabaseStart::tr("Quit"));
    if (ask.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return ask.textValue();
}

} // namespace

Result<std::unique_ptr<Database>> openStartDatabase(const QString &cliValue, Settings &settings,
                                                    const std::shared_ptr<SystemKeychain> &keychain, QString &tried,
                                                    bool demo)
{
    const bool named = config::databaseNamedByUser(cliValue);
    QString location = named ? config::resolveDatabasePath(cliValue) : settings.databaseLocation();
    QString typed;
    if (location.isEmpty()) {
        const QString earlier = config::defaultDatabasePath();
        if (QFileInfo::exists(earlier) || demo) {
            // This computer's workspace from before the choice was asked, or the demo: not asked.
            location = earlier;
        } else {
            DatabaseDialog choose(settings, keychain, DatabaseDialog::Purpose::FirstStart);
            if (choose.exec() != QDialog::Accepted) {
                return std::unique_ptr<Database>();
            }
            location = choose.location();
            typed = choose.password();
        }
    }
    while (true) {
        tried = location;
        if (!isPostgresLocation(location)) {
            // A restore chosen in the window ("Khôi phục từ bản sao lưu…") is swapped in before the opening.
            if (auto restored = backup::applyPendingRestore(location); !restored) {
                return restored.error();
            }
            return openUpdatingSchema(location);
        }
        TOASOAN_TRY(parsed, parsePostgresLocation(location));
        PostgresLocation connect = std::move(parsed).value();
        const QString key = databasePasswordKey(connect);
        if (!typed.isEmpty()) {
            connect.password = typed;
        } else if (connect.password.isEmpty()) {
            // None in the keychain either: libpq looks at PGPASSWORD and ~/.pgpass itself.
            if (auto stored = keychain->read(key)) {
                connect.password = *stored;
            }
        }
        auto opened = openUpdatingSchema(connect.uri());
        if (opened) {
            if (!typed.isEmpty()) {
                (void)keychain->write(key, typed); // when it cannot, it is asked again next time
            }
            return opened;
        }
        if (opened.error().code == ErrorCode::Auth && named) {
            const std::optional<QString> password = askPassword(connect, opened.error());
            if (!password) {
                return std::unique_ptr<Database>();
            }
            typed = *password;
            continue;
        }
        if (named) {
            return opened.error();
        }
        // The remembered choice: the whole form, with the diagnosis (a refused password: in its field).
        DatabaseDialog correct(settings, keychain, DatabaseDialog::Purpose::Reconnect);
        correct.setLocation(location);
        correct.showProblem(opened.error());
        if (correct.exec() != QDialog::Accepted) {
            return std::unique_ptr<Database>();
        }
        location = correct.location();
        typed = correct.password();
    }
}

} // namespace toasoan::ui
