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
    /// Ngừng dùng: stays on the articles that have it, cannot be chosen for others.
    bool retired = false;
};

/// A free keyword (thẻ).
struct Tag
{
    qint64 id = 0;
    QString name;
    QString slug;
};

} // namespace toasoan
