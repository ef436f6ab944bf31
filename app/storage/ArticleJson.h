#pragma once

#include "app/model/Article.h"

#include <QJsonObject>

namespace toasoan {

/// The article as a JSON object with stable English keys: revision snapshots, recovery
/// copies and `articles export --format json` all use it.
QJsonObject articleToJson(const Article &article);
/// The same object as compact JSON text (UTF-8), written directly: what
/// QJsonDocument(articleToJson(a)).toJson(Compact) gives, keys in the same (sorted) order, at a
/// fraction of the cost (tests/bench/bench_store; tst_article_json checks they agree).
QByteArray articleToJsonText(const Article &article);
/// The same without the "body" key: a revision's snapshot, whose body is stored apart (the revisions
/// table's body column, or the article's own row while it is the newest revision: migration 22).
QByteArray articleToJsonTextWithoutBody(const Article &article);
/// The reverse; unknown keys are ignored, missing ones keep their defaults.
Article articleFromJson(const QJsonObject &json);

} // namespace toasoan
