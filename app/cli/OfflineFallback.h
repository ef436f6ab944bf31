#pragma once

// How the command line chooses its database (issue 14, step 5): the location as given, or, when that is the
// shared database and its server cannot be reached, this PC's working copy of it for the commands that may
// run on it (Command::offline).

#include "app/cli/Commands.h"
#include "app/core/Result.h"
#include "app/storage/Database.h"

#include <QDateTime>
#include <QString>
#include <QTextStream>
#include <memory>

namespace toasoan::cli {

/// The one way a command's database is opened: Database::open(location); for a PostgreSQL location whose
/// server cannot be reached, the working copy when `use` allows it (with the note below on `err`), else
/// ErrorCode::Offline saying the command needs the server (or that there is no copy yet).
/// `options` (the schema update's progress) apply to whichever is opened.
Result<std::unique_ptr<Database>> openCommandDatabase(const QString &location, OfflineUse use, QTextStream &err,
                                                      const DatabaseOptions &options = {});

/// "Offline: …" on `err`: the answers come from the working copy of `server` last synced at `lastSync` (and,
/// for Queues, the changes wait there for the next sync).
void printOfflineNote(QTextStream &err, OfflineUse use, const QString &server, const QDateTime &lastSync);

} // namespace toasoan::cli
