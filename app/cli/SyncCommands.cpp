// toasoan sync [--json] --user LOGIN, toasoan status [--json]: the offline working copy of a PC on the shared
// database (app/sync, issue 14): sync pushes the changes queued in the copy, then pulls.
#include "app/cli/Commands.h"
#include "app/cli/OfflineFallback.h"
#include "app/cli/Output.h"
#include "app/cli/PasswordPrompt.h"
#include "app/core/DatabaseLocation.h"
#include "app/storage/Database.h"
#include "app/sync/SyncEngine.h"
#include "app/sync/WorkingCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QJsonValue>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

QJsonValue skewSeconds(std::optional<qint64> ms)
{
    return ms ? QJsonValue(double(*ms) / 1000.0) : QJsonValue();
}

void warnAboutClock(CommandContext &context, qint64 skewMs)
{
    if (std::abs(skewMs) > sync::kClockSkewWarningMs) {
        context.err() << Text::tr("This computer's clock is %1 minutes off the server's: correct it (the order of "
                                  "changes does not depend on it, but the times shown do).")
                             .arg(qAbs(qRound64(double(skewMs) / 60000.0)))
                      << Qt::endl;
    }
}

int syncRun(CommandContext &context)
{
    Database &server = context.database();
    if (!server.isShared()) {
        return context.fail(
            makeError(ErrorCode::Invalid, Text::tr("Only a shared database (PostgreSQL) has working copies to sync: "
                                                   "this workspace is a file.")));
    }
    return runAs(context, actingLogin(context), Text::tr("Say who syncs: --user LOGIN."), [&](const User &) {
        const QString path = sync::workingCopyPath(server.identity());
        auto copy = Database::openSqlite(path);
        if (!copy) {
            return context.fail(copy.error());
        }
        sync::SyncEngine engine(server, **copy);
        auto synced = engine.sync();
        if (!synced) {
            return context.fail(synced.error());
        }
        const sync::PullReport *report = &synced->pull;
        const sync::PushReport &pushed = synced->push;
        warnAboutClock(context, report->clockSkewMs);
        if (context.hasOption("json")) {
            printJson(context.out(), QJsonObject{
                                         {QStringLiteral("pushed"), pushed.pushed},
                                         {QStringLiteral("conflicts"), pushed.conflicts},
                                         {QStringLiteral("merged"), pushed.merged},
                                         {QStringLiteral("restored"), pushed.restored},
                                         {QStringLiteral("already_applied"), pushed.alreadyApplied},
                                         {QStringLiteral("pulled"), report->rows},
                                         {QStringLiteral("deleted"), report->deleted},
                                         {QStringLiteral("from_version"), report->fromVersion},
                                         {QStringLiteral("to_version"), report->toVersion},
                                         {QStringLiteral("clock_skew_s"), skewSeconds(report->clockSkewMs)},
                                         {QStringLiteral("copy"), QDir::toNativeSeparators(path)},
                                     });
            return int(ExitOk);
        }
        context.out() << Text::tr("Sent %n changes made on this computer to the server.", nullptr, pushed.pushed)
                      << '\n';
        if (pushed.conflicts > 0) {
            context.out() << Text::tr("%n of them had changed on the server meanwhile: your text is kept as a "
                                      "conflict copy beside the server's version.",
                                      nullptr, pushed.conflicts)
                          << '\n';
        }
        context.out() << Text::tr("Pulled %1 changed rows and %2 deletions from the server (now at version %3).")
                             .arg(report->rows)
                             .arg(report->deleted)
                             .arg(report->toVersion)
                      << '\n'
                      << Text::tr("Working copy: %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return int(ExitOk);
    });
}

int statusRun(CommandContext &context)
{
    const QString location = context.location();
    bool online = true;
    sync::CopyStatus status;
    if (isPostgresLocation(location)) {
        auto parsed = parsePostgresLocation(location);
        if (!parsed) {
            return context.fail(parsed.error());
        }
        online = bool(Database::open(location));
        auto copy = sync::openWorkingCopy(parsed->display());
        if (copy) {
            status = copy->status;
            if (!online) {
                printOfflineNote(context.err(), OfflineUse::Reads, parsed->display(), status.lastSync);
            }
        } else if (copy.error().code != ErrorCode::Offline) {
            return context.fail(copy.error());
        }
    }
    if (context.hasOption("json")) {
        printJson(
            context.out(),
            QJsonObject{
                {QStringLiteral("online"), online},
                {QStringLiteral("pending"), status.pending},
                {QStringLiteral("conflicts"), status.conflicts},
                {QStringLiteral("last_sync"),
                 status.lastSync.isValid() ? QJsonValue(status.lastSync.toString(Qt::ISODateWithMs)) : QJsonValue()},
                {QStringLiteral("last_version"), status.lastVersion},
                {QStringLiteral("clock_skew_s"), skewSeconds(status.clockSkewMs)},
            });
        return ExitOk;
    }
    context.out()
        << (online ? Text::tr("Online.") : Text::tr("Offline: the server cannot be reached.")) << '\n'
        << Text::tr("Changes waiting to be synced: %1").arg(status.pending) << '\n'
        << Text::tr("Conflicts waiting: %1").arg(status.conflicts) << '\n'
        << Text::tr("Last sync: %1").arg(status.lastSync.isValid() ? formatTime(status.lastSync) : Text::tr("never"))
        << Qt::endl;
    if (status.clockSkewMs) {
        warnAboutClock(context, *status.clockSkewMs);
    }
    return ExitOk;
}

} // namespace

Command syncCommand()
{
    return Command{
        "sync",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli", "Send the changes made in this computer's working copy of the shared "
                                          "database to the server, then bring the copy up to date."),
        {{"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of text")},
         {"user", "LOGIN",
          QT_TRANSLATE_NOOP("toasoan::cli", "Who syncs (logs in with their password: TOASOAN_PASSWORD or asked on the "
                                            "terminal)")},
         asOption()},
        0,
        0,
        true,
        &syncRun,
    };
}

Command statusCommand()
{
    return Command{
        "status",
        "",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Say whether the shared database can be reached, and how this computer's working copy "
                          "stands (changes waiting, conflicts, last sync)."),
        {{"json", nullptr, QT_TRANSLATE_NOOP("toasoan::cli", "Print JSON instead of text")}},
        0,
        0,
        false,
        &statusRun,
    };
}

} // namespace toasoan::cli
