#pragma once

#include <QList>
#include <QStringList>

namespace toasoan {

/// One numbered schema step; its statements run in the same transaction as the version bump.
struct Migration
{
    int version;
    QStringList statements; ///< may use ${ID} and ${BLOB} (see SqlDialect::expand)
};

/// Every migration, in order. Append new ones; never edit a released one.
const QList<Migration> &migrations();

} // namespace toasoan
