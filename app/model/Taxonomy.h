#pragma once

#include <QDateTime>
#include <QString>

namespace toasoan {

/// A section of the site (chuyên mục); categories form a tree through parentId.
struct Category
{
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 = top level
    QString name;
    QString slug;
    int position = 0;
};

/// A free keyword (thẻ).
struct Tag
{
    qint64 id = 0;
    QString name;
    QString slug;
};

} // namespace toasoan
