#include "storage/ArticleJson.h"

#include <QJsonArray>

namespace toasoan {

namespace {
QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}
} // namespace

QJsonObject articleToJson(const Article &a)
{
    QJsonArray publications;
    for (const RemotePublication &p : a.publications) {
        publications.append(QJsonObject{{QStringLiteral("site_id"), p.siteId},
                                        {QStringLiteral("remote_id"), p.remoteId},
                                        {QStringLiteral("url"), p.url.toString()},
                                        {QStringLiteral("last_published_at"), timeToJson(p.lastPublishedAt)}});
    }
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("uuid"), a.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("slug"), a.slug},
        {QStringLiteral("sapo"), a.sapo},
        {QStringLiteral("body"), a.body},
        {QStringLiteral("category_id"), a.categoryId},
        {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
        {QStringLiteral("author_id"), a.authorId},
        {QStringLiteral("byline"), a.byline},
        {QStringLiteral("source"), a.source},
        {QStringLiteral("dateline"), a.dateline},
        {QStringLiteral("featured_image_id"), a.featuredImageId},
        {QStringLiteral("featured_image_caption"), a.featuredImageCaption},
        {QStringLiteral("scheduled_at"), timeToJson(a.scheduledAt)},
        {QStringLiteral("notes"), a.notes},
        {QStringLiteral("state"), workflowStateKey(a.state)},
        {QStringLiteral("version"), a.version},
        {QStringLiteral("created_at"), timeToJson(a.createdAt)},
        {QStringLiteral("updated_at"), timeToJson(a.updatedAt)},
        {QStringLiteral("deleted_at"), timeToJson(a.deletedAt)},
        {QStringLiteral("publications"), publications},
    };
}

Article articleFromJson(const QJsonObject &j)
{
    Article a;
    a.id = j.value(QLatin1String("id")).toInteger();
    a.uuid = QUuid::fromString(j.value(QLatin1String("uuid")).toString());
    a.title = j.value(QLatin1String("title")).toString();
    a.slug = j.value(QLatin1String("slug")).toString();
    a.sapo = j.value(QLatin1String("sapo")).toString();
    a.body = j.value(QLatin1String("body")).toString();
    a.categoryId = j.value(QLatin1String("category_id")).toInteger();
    for (const QJsonValue &tag : j.value(QLatin1String("tags")).toArray()) {
        a.tags.append(tag.toString());
    }
    a.authorId = j.value(QLatin1String("author_id")).toInteger();
    a.byline = j.value(QLatin1String("byline")).toString();
    a.source = j.value(QLatin1String("source")).toString();
    a.dateline = j.value(QLatin1String("dateline")).toString();
    a.featuredImageId = j.value(QLatin1String("featured_image_id")).toInteger();
    a.featuredImageCaption = j.value(QLatin1String("featured_image_caption")).toString();
    a.scheduledAt = timeFromJson(j.value(QLatin1String("scheduled_at")));
    a.notes = j.value(QLatin1String("notes")).toString();
    a.state = workflowStateFromKey(j.value(QLatin1String("state")).toString()).value_or(WorkflowState::Draft);
    a.version = j.value(QLatin1String("version")).toInt();
    a.createdAt = timeFromJson(j.value(QLatin1String("created_at")));
    a.updatedAt = timeFromJson(j.value(QLatin1String("updated_at")));
    a.deletedAt = timeFromJson(j.value(QLatin1String("deleted_at")));
    for (const QJsonValue &value : j.value(QLatin1String("publications")).toArray()) {
        const QJsonObject p = value.toObject();
        a.publications.append(RemotePublication{
            p.value(QLatin1String("site_id")).toInteger(), p.value(QLatin1String("remote_id")).toString(),
            QUrl(p.value(QLatin1String("url")).toString()), timeFromJson(p.value(QLatin1String("last_published_at")))});
    }
    return a;
}

} // namespace toasoan
