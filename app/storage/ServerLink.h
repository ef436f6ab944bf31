#pragma once

// The online commands of a PC's offline working copy (issue 14, docs/design/offline-working-copies.md): what only
// the server may do (workflow transitions, the trash, taking over an edit lock, the administrator's changes)
// runs, on a working copy, through online::run(): the copy's queued changes go up first (so that the server acts
// on what this PC shows), the command runs on the server's Database with the server's ids, and the copy pulls
// its outcome. The services (WorkflowService, UserAdmin, TaxonomyAdmin...) branch on Database::isWorkingCopy();
// the window never chooses the database. Without a link, or with the server away, the command is refused with
// ErrorCode::Offline and the translated reason the service gives.

#include "app/core/Result.h"

#include <QString>
#include <functional>
#include <optional>

namespace toasoan {

class Database;

/// A working copy's way to its server (Database::setServerLink()); app/sync's SyncService is one.
class ServerLink
{
public:
    virtual ~ServerLink() = default;
    /// The shared database the copy is a copy of.
    virtual Database &server() = 0;
    /// Brings the copy and the server in step (push, then pull) on the calling thread, never at the same time
    /// as another sync of the copy.
    virtual Result<void> syncAndWait() = 0;
};

namespace online {

/// The server's id of the copy's row `localId` of `table` (0 stays 0); NotFound when the row was made here and
/// has not reached the server.
Result<qint64> serverId(const Database &copy, const QString &table, qint64 localId);

/// The copy's id of the server's row `serverId` of `table`, once pulled (0 stays 0); NotFound when not pulled yet.
Result<qint64> localId(const Database &copy, const QString &table, qint64 serverId);

/// Runs `command` with the server of the working copy `copy` (see the top of this file): Offline with `reason`
/// when the copy has no link or the server does not answer; the command's own error otherwise.
Result<void> run(Database &copy, const QString &reason, const std::function<Result<void>(Database &server)> &command);

/// run() for a command done as the copy's user `actorId` that has an outcome: `command(server, actor)` gets the
/// server's Database and the server's id of the actor, and gives a Result<T>, returned as the server gave it.
template <typename T, typename F>
Result<T> runAs(Database &copy, const QString &reason, qint64 actorId, F &&command)
{
    std::optional<T> out;
    TOASOAN_CHECK(run(copy, reason, [&](Database &server) -> Result<void> {
        TOASOAN_TRY(actor, serverId(copy, QStringLiteral("users"), actorId));
        TOASOAN_TRY(done, command(server, *actor));
        out = std::move(*done);
        return {};
    }));
    return std::move(*out);
}

} // namespace online
} // namespace toasoan
