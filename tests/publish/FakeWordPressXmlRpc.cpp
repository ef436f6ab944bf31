// The XML-RPC side of FakeWordPress: wp.*, metaWeblog.* and blogger.deletePost as WordPress answers
// them, over the same posts, categories and media as the REST side. Calls are decoded and replies
// encoded with the core's own XML-RPC codec (the real-WordPress tests check the codec itself).
#include "app/publish/XmlRpc.h"
#include "tests/publish/FakeWordPress.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace toasoan::test {

namespace {

using xmlrpc::memberString;

// A methodCall's params, read by turning the call into a response holding one array.
QVariantList callParams(const QByteArray &body, QString &method)
{
    static const QRegularExpression name(QStringLiteral("<methodName>([^<]*)</methodName>"));
    QString xml = QString::fromUtf8(body);
    method = name.match(xml).captured(1);
    xml.remove(name);
    xml.replace(QStringLiteral("<methodCall>"), QStringLiteral("<methodResponse>"));
    xml.replace(QStringLiteral("</methodCall>"), QStringLiteral("</methodResponse>"));
    xml.remove(QStringLiteral("<param>"));
    xml.remove(QStringLiteral("</param>"));
    xml.replace(QStringLiteral("<params/>"), QStringLiteral("<params></params>"));
    xml.replace(QStringLiteral("<params>"), QStringLiteral("<params><param><value><array><data>"));
    xml.replace(QStringLiteral("</params>"), QStringLiteral("</data></array></value></param></params>"));
    xmlrpc::Response response;
    QString error;
    if (!xmlrpc::decodeResponse(xml.toUtf8(), response, error)) {
        qWarning("FakeWordPress: unreadable XML-RPC call: %s", qPrintable(error));
        return {};
    }
    return response.value.toList();
}

QJsonObject rawText(const QString &text)
{
    return QJsonObject{{QStringLiteral("raw"), text}, {QStringLiteral("rendered"), text}};
}

QString rawOf(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1String(field)).toObject().value(QStringLiteral("raw")).toString();
}

} // namespace

FakeWordPress::Reply FakeWordPress::xmlRpcValue(const QVariant &value)
{
    QByteArray body = xmlrpc::encodeCall(QStringLiteral("r"), {value});
    body.replace("<methodCall>", "<methodResponse>");
    body.replace("<methodName>r</methodName>", "");
    body.replace("</methodCall>", "</methodResponse>");
    Reply r;
    r.contentType = "text/xml; charset=UTF-8";
    r.body = body;
    return r;
}

FakeWordPress::Reply FakeWordPress::xmlRpcFault(int code, const QString &text)
{
    Reply r;
    r.contentType = "text/xml; charset=UTF-8";
    r.body = QByteArray("<?xml version=\"1.0\"?><methodResponse><fault><value><struct><member><name>faultCode"
                        "</name><value><int>") +
             QByteArray::number(code) + "</int></value></member><member><name>faultString</name><value><string>" +
             text.toHtmlEscaped().toUtf8() + "</string></value></member></struct></value></fault></methodResponse>";
    return r;
}

FakeWordPress::Reply FakeWordPress::handleXmlRpc(const Request &request)
{
    QString method;
    const QVariantList params = callParams(request.body, method);
    if (!xmlRpcEnabled) {
        return xmlRpcFault(405, QStringLiteral("XML-RPC services are disabled on this site."));
    }
    // Where the user name is: first for wp.getUsersBlogs, after the app key and post id for
    // blogger.*, after the blog or post id for everything else.
    const int at = method == QLatin1String("wp.getUsersBlogs")    ? 0
                   : method.startsWith(QLatin1String("blogger.")) ? 2
                                                                  : 1;
    if (params.value(at).toString() != user || params.value(at + 1).toString() != password) {
        return xmlRpcFault(403, QStringLiteral("Incorrect username or password."));
    }
    if (method == QLatin1String("wp.getUsersBlogs")) {
        return xmlRpcValue(QVariantList{QVariantMap{{QStringLiteral("blogName"), QStringLiteral("Fake")},
                                                    {QStringLiteral("blogid"), QStringLiteral("1")}}});
    }
    if (method == QLatin1String("wp.getProfile")) {
        return xmlRpcValue(
            QVariantMap{{QStringLiteral("display_name"), QStringLiteral("Bien tap")},
                        {QStringLiteral("roles"),
                         QStringList{canPublish ? QStringLiteral("editor") : QStringLiteral("contributor")}}});
    }
    if (method == QLatin1String("wp.getOptions")) {
        return xmlRpcValue(
            QVariantMap{{QStringLiteral("time_zone"), QVariantMap{{QStringLiteral("value"), QStringLiteral("7")}}}});
    }
    if (method == QLatin1String("wp.getTerms") || method == QLatin1String("wp.newTerm")) {
        return xmlRpcTerms(method, params);
    }
    if (method == QLatin1String("wp.getMediaLibrary") || method == QLatin1String("metaWeblog.newMediaObject")) {
        return xmlRpcMedia(method, params);
    }
    if (method.startsWith(QLatin1String("metaWeblog.")) || method == QLatin1String("blogger.deletePost") ||
        method == QLatin1String("wp.editPost")) {
        return xmlRpcPosts(method, params);
    }
    return xmlRpcFault(-32601, QStringLiteral("server error. requested method %1 does not exist.").arg(method));
}

FakeWordPress::Reply FakeWordPress::xmlRpcTerms(const QString &method, const QVariantList &params)
{
    if (method == QLatin1String("wp.getTerms")) {
        QVariantList terms;
        for (const QJsonObject &c : std::as_const(m_categories)) {
            terms.append(
                QVariantMap{{QStringLiteral("term_id"), QString::number(c.value(QStringLiteral("id")).toInt())},
                            {QStringLiteral("name"), c.value(QStringLiteral("name")).toString()},
                            {QStringLiteral("slug"), c.value(QStringLiteral("slug")).toString()},
                            {QStringLiteral("parent"), QString::number(c.value(QStringLiteral("parent")).toInt())}});
        }
        return xmlRpcValue(terms);
    }
    const QVariantMap term = params.value(3).toMap();
    const QString name = memberString(term, "name");
    const int parent = memberString(term, "parent").toInt();
    for (const QJsonObject &c : std::as_const(m_categories)) {
        if (c.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0 &&
            c.value(QStringLiteral("parent")).toInt() == parent) {
            return xmlRpcFault(500, QStringLiteral("A term with the name provided already exists with this parent."));
        }
    }
    const int id = m_nextId;
    addCategory(id, name, name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')), parent);
    ++m_categoriesCreated;
    return xmlRpcValue(QString::number(id));
}

FakeWordPress::Reply FakeWordPress::xmlRpcMedia(const QString &method, const QVariantList &params)
{
    if (method == QLatin1String("wp.getMediaLibrary")) {
        QVariantList items;
        for (const QJsonObject &m : std::as_const(m_media)) {
            items.append(
                QVariantMap{{QStringLiteral("attachment_id"), QString::number(m.value(QStringLiteral("id")).toInt())},
                            {QStringLiteral("link"), m.value(QStringLiteral("source_url")).toString()},
                            {QStringLiteral("title"), rawOf(m, "title")}});
        }
        return xmlRpcValue(items);
    }
    if (!canPublish) {
        return xmlRpcFault(401, QStringLiteral("Sorry, you are not allowed to upload files."));
    }
    const QVariantMap file = params.value(3).toMap();
    const QString name = memberString(file, "name");
    const QByteArray bits = file.value(QStringLiteral("bits")).toByteArray();
    if (bits.isEmpty()) {
        return xmlRpcFault(500, QStringLiteral("Could not write file %1").arg(name));
    }
    const int id = m_nextId++;
    const QString url = baseUrl().toString() + QStringLiteral("wp-content/uploads/") +
                        QString::fromLatin1(QUrl::toPercentEncoding(name));
    m_media.insert(id, QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("source_url"), url},
                                   {QStringLiteral("title"), rawText(QFileInfo(name).completeBaseName())},
                                   {QStringLiteral("caption"), rawText(QString())},
                                   {QStringLiteral("file_name"), name},
                                   {QStringLiteral("size"), qint64(bits.size())}});
    ++m_mediaCreated;
    return xmlRpcValue(QVariantMap{{QStringLiteral("id"), QString::number(id)},
                                   {QStringLiteral("url"), url},
                                   {QStringLiteral("file"), name},
                                   {QStringLiteral("type"), memberString(file, "type")}});
}

QVariantMap FakeWordPress::xmlRpcPost(const QJsonObject &p) const
{
    QStringList categoryNames;
    for (const QJsonValue &c : p.value(QStringLiteral("categories")).toArray()) {
        categoryNames.append(m_categories.value(c.toInt()).value(QStringLiteral("name")).toString());
    }
    QStringList tags;
    for (const QJsonValue &t : p.value(QStringLiteral("tags")).toArray()) {
        tags.append(t.toString());
    }
    const QString link = p.value(QStringLiteral("link")).toString();
    return QVariantMap{{QStringLiteral("postid"), QString::number(p.value(QStringLiteral("id")).toInt())},
                       {QStringLiteral("title"), rawOf(p, "title")},
                       {QStringLiteral("description"), rawOf(p, "content")},
                       {QStringLiteral("mt_excerpt"), rawOf(p, "excerpt")},
                       {QStringLiteral("post_status"), p.value(QStringLiteral("status")).toString()},
                       {QStringLiteral("wp_slug"), p.value(QStringLiteral("slug")).toString()},
                       {QStringLiteral("link"), link},
                       {QStringLiteral("permaLink"), link},
                       {QStringLiteral("categories"), categoryNames},
                       {QStringLiteral("mt_keywords"), tags.join(QStringLiteral(", "))},
                       {QStringLiteral("wp_post_thumbnail"), p.value(QStringLiteral("featured_media")).toString()},
                       {QStringLiteral("date_created_gmt"),
                        QDateTime::fromString(p.value(QStringLiteral("date_gmt")).toString(), Qt::ISODate)}};
}

FakeWordPress::Reply FakeWordPress::xmlRpcPosts(const QString &method, const QVariantList &params)
{
    if (method == QLatin1String("metaWeblog.getRecentPosts")) {
        QVariantList posts;
        const int wanted = params.value(3).toInt();
        const QList<QJsonObject> all = m_posts.values();
        for (auto it = all.crbegin(); it != all.crend() && posts.size() < wanted; ++it) {
            if (it->value(QStringLiteral("status")).toString() != QLatin1String("trash")) {
                posts.append(xmlRpcPost(*it));
            }
        }
        return xmlRpcValue(posts);
    }
    // wp.editPost (blog, user, password, id, fields) sets media captions and post fields.
    const bool wpEdit = method == QLatin1String("wp.editPost");
    const int id = (wpEdit                                          ? params.value(3)
                    : method == QLatin1String("blogger.deletePost") ? params.value(1)
                                                                    : params.value(0))
                       .toString()
                       .toInt();
    if (method == QLatin1String("metaWeblog.newPost")) {
        const QVariantMap s = params.value(3).toMap();
        const QString status = memberString(s, "post_status").isEmpty()
                                   ? (params.value(4).toBool() ? QStringLiteral("publish") : QStringLiteral("draft"))
                                   : memberString(s, "post_status");
        if (!canPublish && status != QLatin1String("draft")) {
            return xmlRpcFault(401, QStringLiteral("Sorry, you are not allowed to publish posts on this site."));
        }
        const int newId = m_nextId++;
        QString slug = memberString(s, "wp_slug");
        for (const QJsonObject &p : std::as_const(m_posts)) {
            if (p.value(QStringLiteral("slug")).toString() == slug) {
                slug += QStringLiteral("-2");
            }
        }
        m_posts.insert(newId,
                       QJsonObject{{QStringLiteral("id"), newId},
                                   {QStringLiteral("slug"), slug},
                                   {QStringLiteral("link"), QString(baseUrl().toString() + slug + QLatin1Char('/'))}});
        ++m_postsCreated;
        QVariantList edit = params;
        edit[0] = QString::number(newId);
        (void)xmlRpcPosts(QStringLiteral("metaWeblog.editPost"), edit);
        return xmlRpcValue(QString::number(newId));
    }
    if (!m_posts.contains(id) && !(wpEdit && m_media.contains(id))) {
        return xmlRpcFault(404, QStringLiteral("Invalid post ID."));
    }
    if (method == QLatin1String("metaWeblog.getPost")) {
        return xmlRpcValue(xmlRpcPost(m_posts.value(id)));
    }
    if (method == QLatin1String("blogger.deletePost")) {
        m_posts[id].insert(QStringLiteral("status"), QStringLiteral("trash"));
        return xmlRpcValue(true);
    }
    if (wpEdit) {
        const QVariantMap fields = params.value(4).toMap();
        QJsonObject &item = m_media.contains(id) ? m_media[id] : m_posts[id];
        if (fields.contains(QStringLiteral("post_excerpt"))) {
            item.insert(QLatin1String(m_media.contains(id) ? "caption" : "excerpt"),
                        rawText(memberString(fields, "post_excerpt")));
        }
        if (fields.contains(QStringLiteral("post_title"))) {
            item.insert(QStringLiteral("title"), rawText(memberString(fields, "post_title")));
        }
        return xmlRpcValue(true);
    }
    // metaWeblog.editPost
    const QVariantMap s = params.value(3).toMap();
    QJsonObject &p = m_posts[id];
    if (!canPublish && params.value(4).toBool()) {
        return xmlRpcFault(401, QStringLiteral("Sorry, you are not allowed to publish this post."));
    }
    p.insert(QStringLiteral("title"), rawText(memberString(s, "title")));
    p.insert(QStringLiteral("content"), rawText(memberString(s, "description")));
    p.insert(QStringLiteral("excerpt"), rawText(memberString(s, "mt_excerpt")));
    p.insert(QStringLiteral("status"),
             memberString(s, "post_status").isEmpty()
                 ? (params.value(4).toBool() ? QStringLiteral("publish") : QStringLiteral("draft"))
                 : memberString(s, "post_status"));
    QJsonArray categories;
    for (const QString &name : s.value(QStringLiteral("categories")).toStringList()) {
        for (const QJsonObject &c : std::as_const(m_categories)) {
            if (c.value(QStringLiteral("name")).toString() == name) {
                categories.append(c.value(QStringLiteral("id")));
            }
        }
    }
    p.insert(QStringLiteral("categories"), categories);
    QJsonArray tags;
    for (const QString &t : memberString(s, "mt_keywords").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        tags.append(t.trimmed());
    }
    p.insert(QStringLiteral("tags"), tags);
    if (s.contains(QStringLiteral("wp_post_thumbnail"))) {
        p.insert(QStringLiteral("featured_media"), memberString(s, "wp_post_thumbnail"));
    }
    if (s.contains(QStringLiteral("date_created_gmt"))) {
        p.insert(QStringLiteral("date_gmt"),
                 s.value(QStringLiteral("date_created_gmt")).toDateTime().toUTC().toString(Qt::ISODate));
    }
    return xmlRpcValue(true);
}

} // namespace toasoan::test
