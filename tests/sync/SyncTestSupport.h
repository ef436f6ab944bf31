#pragma once

// What the working-copy tests (tests/sync) share: the people's password, a one-number query, the copies made.

#include "app/storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QString>
#include <QVariantList>
#include <QtGlobal>

namespace toasoan::test {

/// The password of everyone the sync tests create.
inline const QString kSyncPassword = QStringLiteral("mat-khau-1");

/// The first column of the first row of `sql` as a number; -1 (and a warning) when the query fails.
inline qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto v = db.value(sql, values);
    if (!v) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(v.error().detail));
        return -1;
    }
    return v->toLongLong();
}

/// How many working copies (*.sqlite) there are below `folder`.
inline int copiesUnder(const QString &folder)
{
    int n = 0;
    for (QDirIterator it(folder, {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();
         it.next()) {
        ++n;
    }
    return n;
}

} // namespace toasoan::test
