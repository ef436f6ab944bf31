#include "app/sync/WorkingCopy.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace toasoan::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::sync)
};

Error noCopyYet(const QString &serverIdentity)
{
    return makeError(ErrorCode::Offline,
                     Text::tr("The database server %1 cannot be reached, and this computer has no working copy of it "
                              "yet. Run \"toasoan sync\" once while the server can be reached; after that, reading "
                              "and importing articles work without it.")
                         .arg(serverIdentity),
                     QStringLiteral("no working copy at %1").arg(workingCopyPath(serverIdentity)));
}

} // namespace

Result<OpenedCopy> openWorkingCopy(const QString &serverIdentity, const DatabaseOptions &options)
{
    const QString path = workingCopyPath(serverIdentity);
    if (!QFileInfo::exists(path)) {
        return noCopyYet(serverIdentity);
    }
    TOASOAN_TRY(copy, Database::openSqlite(path, options));
    TOASOAN_TRY(status, SyncEngine::status(**copy, serverIdentity));
    if (!status->lastSync.isValid()) {
        return noCopyYet(serverIdentity); // made by a first sync that did not finish its pull
    }
    return OpenedCopy{std::move(copy).value(), *status};
}

} // namespace toasoan::sync
