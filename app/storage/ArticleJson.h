#pragma once

#include "model/Article.h"

#include <QJsonObject>

namespace toasoan {

/// The article as a JSON object with stable English keys: revision snapshots, recovery
/// copies and `articles export --format json` all use it.
QJsonObject articleToJson(const Article &article);
/// The reverse; unknown keys are ignored, missing ones keep their defaults.
Article articleFromJson(const QJsonObject &json);

} // namespace toasoan
