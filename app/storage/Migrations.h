#pragma once

#include <QList>
#include <QStringList>

namespace toasoan {

/// One numbered schema step; its statements run in the same transaction as the version bump.
struct Migration
{
    int version;
    /// May use ${ID} and ${BLOB}; a statement starting ${SQLITE} or ${POSTGRES} runs on that backend
    /// only (see SqlDialect::expand).
    QStringList statements;
};

/// Every migration, in order. Append new ones; never edit a released one.
const QList<Migration> &migrations();

} // namespace toasoan
