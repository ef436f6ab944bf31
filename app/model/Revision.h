#pragma once

#include "app/model/Article.h"

#include <QDateTime>
#include <QString>

namespace toasoan {

/// A full snapshot of an article's fields, made by each explicit save.
struct Revision
{
    qint64 id = 0;
    qint64 articleId = 0;
    int number = 0; ///< 1, 2, 3... per article
    qint64 authorId = 0;
    QDateTime createdAt;
    QString note;
    Article snapshot; ///< empty body etc. when only the list of revisions was loaded
};

} // namespace toasoan
