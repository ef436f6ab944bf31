#include "ui/GuiApp.h"

#include "app/config/WorkspacePath.h"
#include "app/core/DatabaseLocation.h"
#include "app/demo/DemoWorkspace.h"
#include "app/i18n/Translations.h"
#include "app/publish/SecretStore.h"
#include "app/search/SearchIndex.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/SignIn.h"
#include "ui/backup/BackupActions.h"
#include "ui/common/Notifier.h"
#include "ui/database/DatabaseStart.h"
#include "ui/publish/Publishing.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

namespace toasoan::ui {

namespace {

// Gives the start-up texts a translation context of their own.
class GuiApp final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ui::GuiApp)
};

// The detail behind "Show details" names the file: the message alone may not.
Error withPath(Error error, const QString &path)
{
    error.detail = GuiApp::tr("Database file: %1").arg(displayLocation(path)) +
                   (error.detail.isEmpty() ? QString() : QStringLiteral("\n") + error.detail);
    return error;
}

} // namespace

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    config::setApplicationIdentity();
    installTranslations(app);
    // Qt appends the display name to every window title ("x.sqlite — Tòa soạn").
    QGuiApplication::setApplicationDisplayName(GuiApp::tr("ToaSoan"));
    QGuiApplication::setDesktopFileName(QStringLiteral("toasoan"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/toasoan.svg")));

    Settings settings;
    settings.migrate();
    MessageBoxNotifier notifier;

    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringList{QStringLiteral("database")},
                                            GuiApp::tr("Open the workspace database at <path>."), GuiApp::tr("path"));
    const QCommandLineOption demoOption(QStringList{QStringLiteral("demo")},
                                        GuiApp::tr("Fill an empty workspace with demo users and articles."));
    parser.addOption(databaseOption);
    parser.addOption(demoOption);
    if (!parser.parse(QApplication::arguments())) {
        notifier.showError(nullptr, GuiApp::tr("Cannot start ToaSoan"),
                           makeError(ErrorCode::Invalid, parser.errorText(), GuiApp::tr("Try: toasoan --help")));
        return 2;
    }

    // The database password's keychain (the websites' secrets have theirs, in Publishing).
    const auto keychain = std::make_shared<SystemKeychain>();
    QString path;
    auto opened = openStartDatabase(parser.value(databaseOption), settings, keychain, path, parser.isSet(demoOption));
    if (!opened) {
        // The core never overwrites a file it cannot read; the user only needs to know why.
        notifier.showError(nullptr, GuiApp::tr("Cannot open the workspace"), withPath(opened.error(), path));
        return 1;
    }
    const std::unique_ptr<Database> db = std::move(opened).value();
    if (!db) {
        return 0; // the person quit before choosing or connecting
    }
    searchindex::attach(*db);

    if (parser.isSet(demoOption)) {
        if (auto filled = demo::fillDemoWorkspaceIfEmpty(*db); !filled) {
            notifier.showError(nullptr, GuiApp::tr("Cannot create the demo workspace"), withPath(filled.error(), path));
            return 1;
        }
    }

    // Publishing runs in this process: the outbox is sent in the background, pausing while offline.
    std::unique_ptr<Publishing> publishing;
    // "Đăng xuất" closes the window and asks for a log-in again: a shared computer changes hands
    // without restarting, and the next person starts from their own settings.
    while (true) {
        auto who = signIn(*db, settings);
        if (!who) {
            notifier.showError(nullptr, GuiApp::tr("Cannot open the workspace"), withPath(who.error(), path));
            return 1;
        }
        if (!who->has_value()) {
            return 0;
        }
        const bool firstSession = !publishing;
        if (firstSession) {
            publishing = std::make_unique<Publishing>(*db, std::make_unique<SystemSecretStore>());
        }
        MainWindow window(*db, **who, settings, notifier);
        window.setPublishing(publishing.get());
        if (firstSession) {
            publishing->startWorker();
        }
        window.show();
        // The daily backup of an SQLite workspace: a minute after the window opens, then hourly, once a day.
        window.backupActions()->startAutomatic();
        const int code = QApplication::exec();
        if (!window.loggedOut()) {
            return code;
        }
    }
}

} // namespace toasoan::ui
