#include "app/storage/ServerLink.h"

#include "app/storage/Database.h"

#include <QCoreApplication>

namespace toasoan::online {

namespace {

/// server_ids read one way: `id` in column `from`, the `to` of its row; NotFound with `missing` when none.
Result<qint64> mapped(const Database &copy, const QString &table, qint64 id, const char *from, const char *to,
                      const QString &missing)
{
    if (id == 0) {
        return qint64(0);
    }
    TOASOAN_TRY(found, copy.value(QStringLiteral("SELECT %1 FROM server_ids WHERE table_name = ? AND %2 = ?")
                                      .arg(QLatin1String(to), QLatin1String(from)),
                                  {table, id}));
    if (!found->isValid()) {
        return makeError(ErrorCode::NotFound, missing,
                         QStringLiteral("%1 %2 %3: not in server_ids").arg(table, QLatin1String(from)).arg(id));
    }
    return found->toLongLong();
}

} // namespace

Result<qint64> serverId(const Database &copy, const QString &table, qint64 localId)
{
    return mapped(copy, table, localId, "local_id", "server_id",
                  QCoreApplication::translate("toasoan::ServerLink", "This was made on this computer and has not "
                                                                     "reached the office server yet."));
}

Result<qint64> localId(const Database &copy, const QString &table, qint64 serverId)
{
    return mapped(copy, table, serverId, "server_id", "local_id",
                  QCoreApplication::translate("toasoan::ServerLink", "The office server made the change; this "
                                                                     "computer has not received it yet."));
}

Result<void> run(Database &copy, const QString &reason, const std::function<Result<void>(Database &server)> &command)
{
    ServerLink *link = copy.serverLink();
    if (!link) {
        return makeError(ErrorCode::Offline, reason, QStringLiteral("a working copy without a link to its server"));
    }
    Database &server = link->server();
    // A lost connection turns into the reason the command needs the server; what the server refused stays so.
    auto offline = [&](const Error &error) -> Error {
        if (Database::isConnectionLoss(error)) {
            return makeError(ErrorCode::Offline, reason, error.detail);
        }
        return error;
    };
    if (!server.isOnline()) {
        return makeError(ErrorCode::Offline, reason, QStringLiteral("the server is away"));
    }
    if (auto before = link->syncAndWait(); !before) {
        return offline(before.error());
    }
    if (auto done = command(server); !done) {
        return offline(done.error());
    }
    // The command is done on the server; should this pull fail, the sync service brings the outcome later.
    (void)link->syncAndWait();
    return {};
}

} // namespace toasoan::online
