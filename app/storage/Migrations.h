#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace toasoan {

/// One numbered schema step; its statements run in the same transaction as the version bump.
struct Migration
{
    int version;
    /// May use ${ID} and ${BLOB}; a statement starting ${SQLITE} or ${POSTGRES} runs on that backend
    /// only (see SqlDialect::expand).
    QStringList statements;
    /// What the step does, shown while it runs (QT_TRANSLATE_NOOP in the context "toasoan::Migrations").
    const char *description = nullptr;
    /// The step drops or rewrites enough rows that an SQLite file keeps free pages afterwards (a VACUUM
    /// gives them back: storage/Compaction.h).
    bool freesSpace = false;
};

/// Every migration, in order. Append new ones; never edit a released one.
const QList<Migration> &migrations();

/// The step's description, translated (a generic one for a step without).
QString migrationDescription(const Migration &migration);
/// True when a step after `fromVersion` up to `toVersion` frees space.
bool migrationsFreeSpace(int fromVersion, int toVersion);

} // namespace toasoan
