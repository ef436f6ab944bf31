#pragma once

// Opening a PC's offline working copy of the shared database without its server (issue 14, step 5): the CLI
// reads from it, and queues changes in it, while the server cannot be reached.

#include "app/core/Result.h"
#include "app/storage/Database.h"
#include "app/sync/SyncEngine.h"

#include <memory>

namespace toasoan {

namespace sync {

struct OpenedCopy
{
    std::unique_ptr<Database> copy;
    CopyStatus status;
};

/// This PC's working copy of the server `serverIdentity` (workingCopyPath()), opened, with what it knows.
/// ErrorCode::Offline, saying to sync once while the server can be reached, when there is none yet (no file,
/// or a file that never finished a pull); no file is created.
Result<OpenedCopy> openWorkingCopy(const QString &serverIdentity, const DatabaseOptions &options = {});

} // namespace sync
} // namespace toasoan
