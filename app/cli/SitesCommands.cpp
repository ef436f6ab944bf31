// toasoan sites add NAME --type wordpress|xmlrpc --url URL --user USER --as ADMIN
// toasoan sites list [--json]
// toasoan sites test NAME
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/PasswordPrompt.h"
#include "app/io/ArticleExport.h"
#include "app/publish/ClientFactory.h"
#include "app/publish/SecretStore.h"
#include "app/publish/SiteAdmin.h"
#include "app/storage/SiteRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

int sitesAdd(CommandContext &context)
{
    const auto kind = siteKindFromKey(context.option("type"));
    if (!kind) {
        return context.usageError(Text::tr("--type must be \"wordpress\" or \"xmlrpc\"."));
    }
    Site site;
    site.name = context.arguments().constFirst();
    site.kind = *kind;
    site.baseUrl = SiteRepository::cleanBaseUrl(context.option("url"));
    site.username = context.option("user");
    if (context.hasOption("unpublish")) {
        const auto action = unpublishActionFromKey(context.option("unpublish"));
        if (!action) {
            return context.usageError(Text::tr("--unpublish must be \"draft\" or \"trash\"."));
        }
        site.unpublishAction = *action;
    }
    // --user is the account on the site: the administrator who adds the connection is --as.
    return runAs(context, context.option("as"), Text::tr("Name the administrator who adds the site: --as LOGIN."),
                 [&](const User &admin) {
                     // This site's own variable, else the one of earlier versions: either names this site only.
                     QString secret = qEnvironmentVariable(qPrintable(SystemSecretStore::siteVariable(site)));
                     if (secret.isEmpty()) {
                         secret = qEnvironmentVariable("TOASOAN_SITE_PASSWORD");
                     }
                     SystemSecretStore secrets;
                     auto created = SiteAdmin(context.database(), secrets).save(admin.id, site, secret);
                     if (!created) {
                         return context.fail(created.error());
                     }
                     context.out() << Text::tr("Added the website connection %1 (%2, %3).")
                                          .arg(created->name, siteKindLabel(created->kind),
                                               created->baseUrl.toDisplayString())
                                   << Qt::endl;
                     if (secret.isEmpty()) {
                         context.err() << Text::tr("No password was given (set %1): enter it in the application, or "
                                                   "set %1 when publishing from the command line.")
                                              .arg(SystemSecretStore::siteVariable(*created))
                                       << Qt::endl;
                     } else if (!secrets.sessionOnlyReason().isEmpty()) {
                         // A command line session ends now: the password is simply not kept. Say so plainly.
                         context.err() << Text::tr("The password was not saved: this computer has no system "
                                                   "keychain. Set %1 (or give %2 in the secrets file named by "
                                                   "TOASOAN_SECRETS_FILE) whenever you run \"toasoan sites test\", "
                                                   "\"toasoan outbox run\", \"toasoan outbox serve\" or the "
                                                   "application.")
                                              .arg(SystemSecretStore::siteVariable(*created),
                                                   SystemSecretStore::siteKey(*created))
                                       << Qt::endl;
                     } else {
                         context.out() << Text::tr("The password is stored in the system keychain.") << Qt::endl;
                     }
                     return int(ExitOk);
                 });
}

int sitesList(CommandContext &context)
{
    auto sites = SiteRepository(context.database()).list();
    if (!sites) {
        return context.fail(sites.error());
    }
    if (context.hasOption("json")) {
        QJsonArray array;
        for (const Site &s : std::as_const(*sites)) {
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("type"), siteKindKey(s.kind)},
                                     {QStringLiteral("url"), s.baseUrl.toString()},
                                     {QStringLiteral("user"), s.username},
                                     {QStringLiteral("unpublish"), unpublishActionKey(s.unpublishAction)},
                                     {QStringLiteral("created_at"), io::timeToJson(s.createdAt)}});
        }
        printJson(context.out(), array);
        return ExitOk;
    }
    if (sites->isEmpty()) {
        context.out() << Text::tr("No website connections yet. Add one with \"toasoan sites add\".") << Qt::endl;
        return ExitOk;
    }
    TextTable table({Text::tr("Site name"), Text::tr("Type"), Text::tr("User"), Text::tr("Address")});
    for (const Site &s : std::as_const(*sites)) {
        table.addRow({s.name, siteKindKey(s.kind), s.username, s.baseUrl.toDisplayString()});
    }
    table.print(context.out());
    return ExitOk;
}

int sitesTest(CommandContext &context)
{
    auto site = SiteRepository(context.database()).loadByName(context.arguments().constFirst());
    if (!site) {
        return context.fail(site.error());
    }
    SystemSecretStore secrets;
    if (auto sites = SiteRepository(context.database()).list()) {
        secrets.setWorkspaceSites(*sites);
    }
    auto secret = secrets.read(*site);
    if (!secret) {
        return context.fail(secret.error());
    }
    auto info = testSiteConnection(*site, *secret);
    if (!info) {
        context.err() << Text::tr("The connection to %1 does not work.").arg(site->name) << Qt::endl;
        return context.fail(info.error().error);
    }
    QTextStream &out = context.out();
    out << Text::tr("The connection to %1 works.").arg(site->name) << '\n';
    if (!info->siteName.isEmpty()) {
        out << Text::tr("Site: %1").arg(info->siteName) << '\n';
    }
    out << Text::tr("Interface: %1").arg(info->apiUrl.toDisplayString()) << '\n';
    if (!info->userName.isEmpty()) {
        out << Text::tr("Account: %1 (may publish: %2, may upload images: %3)")
                   .arg(info->userName, info->canPublish ? Text::tr("yes") : Text::tr("no"),
                        info->canUpload ? Text::tr("yes") : Text::tr("no"))
            << '\n';
    }
    if (!info->timeZone.isEmpty()) {
        out << Text::tr("Time zone: %1").arg(info->timeZone) << '\n';
    }
    for (const QString &note : std::as_const(info->notes)) {
        out << note << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace

Command sitesAddCommand()
{
    return Command{
        "sites add",
        "NAME",
        QT_TRANSLATE_NOOP(
            "toasoan::cli",
            "Add a website connection, as the administrator named by --as (who logs in with their "
            "password: TOASOAN_PASSWORD or asked on the terminal). The site's password (application "
            "password) is read from TOASOAN_SITE_PASSWORD_<SITE> (SITE: the name in capitals without marks, "
            "other characters as _) or TOASOAN_SITE_PASSWORD, and kept in the system keychain."),
        {{"type", "wordpress|xmlrpc", QT_TRANSLATE_NOOP("toasoan::cli", "The site's interface"), true},
         {"url", "URL", QT_TRANSLATE_NOOP("toasoan::cli", "The site's address"), true},
         {"user", "USER", QT_TRANSLATE_NOOP("toasoan::cli", "The user name on the site"), true},
         {"unpublish", "draft|trash",
          QT_TRANSLATE_NOOP("toasoan::cli", "What unpublishing does on this site (default: draft)")},
         {"as", "LOGIN",
          QT_TRANSLATE_NOOP("toasoan::cli", "The administrator who adds the site (logs in with their password)")}},
        1,
        1,
        true,
        &sitesAdd,
    };
}

Command sitesListCommand()
{
    return Command{
        "sites list",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli", "List the website connections."),
        {{"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of a table")}},
        0,
        0,
        true,
        &sitesList,
    };
}

Command sitesTestCommand()
{
    return Command{
        "sites test",
        "NAME",
        QT_TRANSLATE_NOOP("toasoan::cli", "Check a website connection: address, password and rights, with a precise "
                                          "explanation of what is wrong."),
        {},
        1,
        1,
        true,
        &sitesTest,
    };
}

} // namespace toasoan::cli
