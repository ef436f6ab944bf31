#include "app/cli/OfflineFallback.h"

#include "app/cli/Output.h"
#include "app/core/DatabaseLocation.h"
#include "app/storage/Database.h"
#include "app/sync/WorkingCopy.h"

#include <QCoreApplication>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

} // namespace

void printOfflineNote(QTextStream &err, OfflineUse use, const QString &server, const QDateTime &lastSync)
{
    // stderr, so that JSON on stdout stays clean.
    if (use == OfflineUse::Queues) {
        err << Text::tr("Offline: the database server %1 cannot be reached. This works on this computer's working "
                        "copy, last synced at %2; the changes wait there and \"toasoan sync\" sends them to the "
                        "server.")
                   .arg(server, formatTime(lastSync))
            << Qt::endl;
    } else {
        err << Text::tr("Offline: the database server %1 cannot be reached. The answers come from this computer's "
                        "working copy, last synced at %2.")
                   .arg(server, formatTime(lastSync))
            << Qt::endl;
    }
}

Result<std::unique_ptr<Database>> openCommandDatabase(const QString &location, OfflineUse use, QTextStream &err,
                                                      const DatabaseOptions &options)
{
    auto opened = Database::open(location, options);
    if (opened || !isPostgresLocation(location) || !Database::isConnectionLoss(opened.error())) {
        return opened;
    }
    const QString server = parsePostgresLocation(location)->display();
    if (use == OfflineUse::Refused) {
        return makeError(ErrorCode::Offline,
                         Text::tr("Offline: %1 This command needs the server; only reading, searching and importing "
                                  "articles work from this computer's working copy.")
                             .arg(opened.error().message),
                         opened.error().detail);
    }
    TOASOAN_TRY(copy, sync::openWorkingCopy(server, options));
    printOfflineNote(err, use, server, copy->status.lastSync);
    return std::move(copy->copy);
}

} // namespace toasoan::cli
