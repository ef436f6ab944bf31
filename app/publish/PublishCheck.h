#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"

#include <QStringList>

namespace toasoan {

class Database;

/// The images of a stored body that a site cannot be given: neither the workspace's media (media:ID)
/// nor an absolute https:// address with a host (relative paths, file:, http:, data:...), as the body
/// holds them, in order, each once.
QStringList foreignBodyReferences(const QString &body);

/// Ok when everything the article's body shows can be published: its images are media of the
/// workspace (the row exists) or https:// addresses. Otherwise an Invalid error with a translated
/// message naming the first reference at fault. Checked when a push is queued and again by the job,
/// before anything is sent.
Result<void> checkPublishable(Database &db, const Article &article);

} // namespace toasoan
