#include "app/storage/ArticleJson.h"

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
/// Appends `text` as a JSON string.
void appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out += '"';
}

void appendTime(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid()) {
        out += "null";
        return;
    }
    // A bulk import stamps every article with the same instant (created = updated = the call's time):
    // formatting it each time was a tenth of the revision snapshot's cost. The last one is kept per thread.
    thread_local QDateTime lastTime;
    thread_local QByteArray lastText;
    if (!lastTime.isValid() || time != lastTime) {
        lastText.clear();
        appendString(lastText, time.toUTC().toString(Qt::ISODateWithMs));
        lastTime = time;
    }
    out += lastText;
}

/// Writes `"key":` (keys are plain ASCII), with a comma before all but the first.
void appendKey(QByteArray &out, const char *key)
{
    if (out.size() > 1) {
        out += ',';
    }
    out += '"';
    out += key;
    out += "\":";
}

QByteArray jsonText(const Article &a, bool withBody)
{
    QByteArray out;
    out.reserve((withBody ? a.body.size() * 2 : 0) + 1024);
    out += '{';
    appendKey(out, "author_id");
    out += QByteArray::number(a.authorId);
    if (withBody) {
        appendKey(out, "body");
        appendString(out, a.body);
    }
    appendKey(out, "byline");
    appendString(out, a.byline);
    appendKey(out, "category_id");
    out += QByteArray::number(a.categoryId);
    appendKey(out, "created_at");
    appendTime(out, a.createdAt);
    appendKey(out, "dateline");
    appendString(out, a.dateline);
    appendKey(out, "deleted_at");
    appendTime(out, a.deletedAt);
    appendKey(out, "featured_image_caption");
    appendString(out, a.featuredImageCaption);
    appendKey(out, "featured_image_id");
    out += QByteArray::number(a.featuredImageId);
    appendKey(out, "id");
    out += QByteArray::number(a.id);
    appendKey(out, "notes");
    appendString(out, a.notes);
    appendKey(out, "publications");
    out += '[';
    for (qsizetype i = 0; i < a.publications.size(); ++i) {
        const RemotePublication &p = a.publications.at(i);
        out += i == 0 ? "{" : ",{";
        out += "\"last_published_at\":";
        appendTime(out, p.lastPublishedAt);
        out += ",\"remote_id\":";
        appendString(out, p.remoteId);
        out += ",\"site_id\":";
        out += QByteArray::number(p.siteId);
        out += ",\"url\":";
        appendString(out, p.url.toString());
        out += '}';
    }
    out += ']';
    appendKey(out, "sapo");
    appendString(out, a.sapo);
    appendKey(out, "scheduled_at");
    appendTime(out, a.scheduledAt);
    appendKey(out, "slug");
    appendString(out, a.slug);
    appendKey(out, "source");
    appendString(out, a.source);
    appendKey(out, "state");
    appendString(out, workflowStateKey(a.state));
    appendKey(out, "tags");
    out += '[';
    for (qsizetype i = 0; i < a.tags.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        appendString(out, a.tags.at(i));
    }
    out += ']';
    appendKey(out, "title");
    appendString(out, a.title);
    appendKey(out, "updated_at");
    appendTime(out, a.updatedAt);
    appendKey(out, "uuid");
    appendString(out, a.uuid.toString(QUuid::WithoutBraces));
    appendKey(out, "version");
    out += QByteArray::number(a.version);
    out += '}';
    return out;
}

} // namespace

QByteArray articleToJsonText(const Article &a)
{
    return jsonText(a, true);
}

QByteArray articleToJsonTextWithoutBody(const Article &a)
{
    return jsonText(a, false);
}

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
