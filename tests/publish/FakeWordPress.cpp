#include "tests/publish/FakeWordPress.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace toasoan::test {

namespace {

QString pctDecode(const QByteArray &s)
{
    QByteArray plus = s;
    plus.replace('+', ' ');
    return QUrl::fromPercentEncoding(plus);
}

QJsonObject rendered(const QString &raw)
{
    return QJsonObject{{QStringLiteral("raw"), raw}, {QStringLiteral("rendered"), raw}};
}

QString slugOf(const QString &text)
{
    QString s;
    for (const QChar c : text.toLower()) {
        s.append(c.isLetterOrNumber() ? c : QLatin1Char('-'));
    }
    return s;
}

} // namespace

QString FakeWordPress::Request::param(const QString &name) const
{
    for (const auto &q : query) {
        if (q.first == name) {
            return q.second;
        }
    }
    return {};
}

FakeWordPress::FakeWordPress(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeWordPress::onConnection);
    addCategory(1, QStringLiteral("Chưa phân loại"), QStringLiteral("uncategorized"));
}

FakeWordPress::~FakeWordPress()
{
    // Sockets die with the server; their signals must not reach members already destroyed.
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->disconnect();
        socket->abort();
    }
    m_server.close();
}

bool FakeWordPress::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl FakeWordPress::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
}

void FakeWordPress::addCategory(int id, const QString &name, const QString &slug, int parent)
{
    m_categories.insert(id, QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("name"), name},
                                        {QStringLiteral("slug"), slug},
                                        {QStringLiteral("parent"), parent}});
    m_nextId = std::max(m_nextId, id + 1);
}

int FakeWordPress::count(const QByteArray &method, const QString &routeContains) const
{
    int n = 0;
    for (const QString &r : m_requests) {
        if (r.startsWith(QString::fromLatin1(method) + QLatin1Char(' ')) && r.contains(routeContains)) {
            ++n;
        }
    }
    return n;
}

void FakeWordPress::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeWordPress::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket)) {
        socket->readAll(); // stalled: we pretend not to read
        return;
    }
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    while (m_buffers.contains(socket) && parseOne(socket, m_buffers[socket])) {
    }
}

bool FakeWordPress::parseOne(QTcpSocket *socket, QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return false;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    Request r;
    r.method = first.value(0);
    r.url = QUrl(QStringLiteral("http://localhost") + QString::fromLatin1(first.value(1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
    }
    for (const QByteArray &pair : r.url.query(QUrl::FullyEncoded).toLatin1().split('&')) {
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            r.query.append({pctDecode(pair.left(eq)), eq < 0 ? QString() : pctDecode(pair.mid(eq + 1))});
        }
    }
    const QString path = r.url.path();
    if (path == QLatin1String("/xmlrpc.php")) {
        r.route = QStringLiteral("xmlrpc");
    } else if (path.startsWith(QLatin1String("/wp-json"))) {
        r.route = path.mid(8);
        if (r.route.startsWith(QLatin1Char('/'))) {
            r.route.remove(0, 1);
        }
        if (!prettyPermalinks) {
            r.route = QStringLiteral("!notfound");
        }
    } else if (!r.param(QStringLiteral("rest_route")).isNull()) {
        r.route = r.param(QStringLiteral("rest_route")).mid(1);
    } else {
        r.route = QStringLiteral("!home");
    }
    if (r.route.endsWith(QLatin1Char('/'))) {
        r.route.chop(1);
    }

    Fault *fault = matchFault(r);
    if (fault && fault->kind == Fault::Kind::StallBeforeBody) {
        --fault->times;
        m_requests.append(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.route + QStringLiteral(" [stalled]"));
        m_buffers.remove(socket); // never read again, never answer
        return false;
    }
    const qsizetype length = r.headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length) {
        return false;
    }
    r.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    serve(socket, r);
    return true;
}

Fault *FakeWordPress::matchFault(const Request &request)
{
    for (Fault &f : m_faults) {
        if (f.times > 0 && (f.method.isEmpty() || f.method == request.method) &&
            request.route.contains(f.pathContains)) {
            return &f;
        }
    }
    return nullptr;
}

void FakeWordPress::serve(QTcpSocket *socket, Request request)
{
    if (request.route == QLatin1String("xmlrpc")) {
        QXmlStreamReader xml(request.body);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("methodName")) {
                request.route += QLatin1Char('/') + xml.readElementText();
                break;
            }
        }
    }
    m_requests.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.route);
    if (redirectTo.isValid()) {
        Reply moved;
        moved.status = 301;
        moved.contentType = "text/html";
        moved.body = "<html><body>Moved</body></html>";
        QUrl target = redirectTo;
        target.setPath(request.url.path());
        target.setQuery(request.url.query(QUrl::FullyEncoded), QUrl::StrictMode);
        moved.headers.append({"Location", target.toEncoded()});
        send(socket, moved);
        return;
    }
    Fault *fault = matchFault(request);
    if (!fault) {
        send(socket, handle(request));
        return;
    }
    --fault->times;
    const Fault f = *fault;
    if (f.process) {
        (void)handle(request);
    }
    switch (f.kind) {
    case Fault::Kind::StallBeforeBody:
    case Fault::Kind::StallAfterBody:
        m_buffers.remove(socket);
        return;
    case Fault::Kind::ResetMidReply: {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("id"), 1},
                                                          {QStringLiteral("padding"), QString(2000, QLatin1Char('x'))}})
                                    .toJson();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body.left(body.size() / 2));
        socket->flush();
        m_buffers.remove(socket);
        socket->abort();
        return;
    }
    case Fault::Kind::Status: {
        Reply r;
        r.status = f.status;
        r.body = f.body.isEmpty() ? QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("fake_error")},
                                                              {QStringLiteral("message"), QStringLiteral("Injected")},
                                                              {QStringLiteral("data"),
                                                               QJsonObject{{QStringLiteral("status"), f.status}}}})
                                        .toJson()
                                  : f.body;
        if (f.retryAfter > 0) {
            r.headers.append({"Retry-After", QByteArray::number(f.retryAfter)});
        }
        send(socket, r);
        return;
    }
    case Fault::Kind::MalformedJson: {
        Reply r;
        r.body = "{\"id\": 12, \"status\": \"pub";
        send(socket, r);
        return;
    }
    case Fault::Kind::HtmlPage: {
        Reply r;
        r.contentType = "text/html; charset=UTF-8";
        r.body = "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Database connection "
                 "error</h1><p>Please try later.</p></body></html>";
        send(socket, r);
        return;
    }
    case Fault::Kind::RedirectLoop: {
        Reply r;
        r.status = 302;
        r.headers.append({"Location", request.url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toUtf8()});
        r.body = "moved";
        r.contentType = "text/plain";
        send(socket, r);
        return;
    }
    case Fault::Kind::Huge:
        sendHuge(socket);
        return;
    case Fault::Kind::MalformedXml: {
        Reply r;
        r.contentType = "text/xml; charset=UTF-8";
        r.body = "<?xml version=\"1.0\"?><methodResponse><params><param><value><string>12</str";
        send(socket, r);
        return;
    }
    case Fault::Kind::XmlRpcFault:
        send(socket, xmlRpcFault(f.status, QString::fromUtf8(f.body)));
        return;
    }
}

void FakeWordPress::send(QTcpSocket *socket, const Reply &reply, bool closeAfter)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: " + reply.contentType +
                      "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &h : reply.headers) {
        head += h.first + ": " + h.second + "\r\n";
    }
    head += closeAfter ? "Connection: close\r\n\r\n" : "\r\n";
    socket->write(head + reply.body);
    if (closeAfter) {
        socket->disconnectFromHost();
    }
}

void FakeWordPress::sendHuge(QTcpSocket *socket)
{
    constexpr qint64 total = 100LL * 1024 * 1024;
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(total) +
                  "\r\n\r\n[");
    auto written = std::make_shared<qint64>(1);
    const QByteArray chunk(1024 * 1024, ' ');
    auto pump = [socket, written, chunk] {
        while (*written < total && socket->bytesToWrite() < 4 * 1024 * 1024 &&
               socket->state() == QAbstractSocket::ConnectedState) {
            const qint64 n = std::min<qint64>(chunk.size(), total - *written);
            socket->write(chunk.left(n));
            *written += n;
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    m_buffers.remove(socket);
    pump();
}

bool FakeWordPress::authorized(const Request &request) const
{
    if (stripAuthorization) {
        return false;
    }
    const QByteArray expected = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    return request.headers.value("authorization") == expected;
}

FakeWordPress::Reply FakeWordPress::json(int status, const QJsonValue &value)
{
    Reply r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

FakeWordPress::Reply FakeWordPress::wpError(int status, const QString &code, const QString &message,
                                            const QJsonObject &extra)
{
    QJsonObject data = extra;
    data.insert(QStringLiteral("status"), status);
    return json(status, QJsonObject{{QStringLiteral("code"), code},
                                    {QStringLiteral("message"), message},
                                    {QStringLiteral("data"), data}});
}

FakeWordPress::Reply FakeWordPress::handle(const Request &request)
{
    if (request.route.startsWith(QLatin1String("xmlrpc"))) {
        return handleXmlRpc(request);
    }
    if (request.route.startsWith(QLatin1Char('!')) || restDisabled) {
        Reply r;
        r.status = request.route == QLatin1String("!home") ? 200 : 404;
        r.contentType = "text/html";
        r.body = "<html><body><h1>Trang chủ</h1></body></html>";
        return r;
    }
    return handleRest(request);
}

FakeWordPress::Reply FakeWordPress::handleRest(const Request &request)
{
    if (request.route.isEmpty()) {
        QJsonObject index{
            {QStringLiteral("name"), QStringLiteral("Cổng thông tin thử")},
            {QStringLiteral("gmt_offset"), 7},
            {QStringLiteral("timezone_string"), QStringLiteral("Asia/Ho_Chi_Minh")},
            {QStringLiteral("namespaces"), QJsonArray{QStringLiteral("oembed/1.0"), QStringLiteral("wp/v2")}}};
        if (advertiseAppPasswords) {
            index.insert(QStringLiteral("authentication"),
                         QJsonObject{{QStringLiteral("application-passwords"), QJsonObject{}}});
        }
        return json(200, index);
    }
    if (!request.headers.contains("authorization") || stripAuthorization) {
        return wpError(401, QStringLiteral("rest_not_logged_in"), QStringLiteral("You are not currently logged in."));
    }
    if (!authorized(request)) {
        return wpError(401, QString::fromLatin1(wrongPasswordCode), QStringLiteral("The password is wrong."));
    }
    if (request.route == QLatin1String("wp/v2/users/me")) {
        return json(200, QJsonObject{{QStringLiteral("id"), 1},
                                     {QStringLiteral("name"), QStringLiteral("Biên tập")},
                                     {QStringLiteral("roles"), QJsonArray{canPublish ? QStringLiteral("editor")
                                                                                     : QStringLiteral("contributor")}},
                                     {QStringLiteral("capabilities"),
                                      QJsonObject{{QStringLiteral("publish_posts"), canPublish},
                                                  {QStringLiteral("upload_files"), canPublish}}}});
    }
    if (request.route.startsWith(QLatin1String("wp/v2/posts"))) {
        return posts(request, request.route.mid(12));
    }
    if (request.route.startsWith(QLatin1String("wp/v2/media"))) {
        return mediaRoute(request);
    }
    if (request.route == QLatin1String("wp/v2/categories")) {
        return terms(request, false);
    }
    if (request.route == QLatin1String("wp/v2/tags")) {
        return terms(request, true);
    }
    return wpError(404, QStringLiteral("rest_no_route"), QStringLiteral("No route was found."));
}

FakeWordPress::Reply FakeWordPress::terms(const Request &request, bool tags)
{
    QMap<int, QJsonObject> &store = tags ? m_tags : m_categories;
    if (request.method == "GET") {
        const QString search = request.param(QStringLiteral("search"));
        const int perPage = std::max(1, request.param(QStringLiteral("per_page")).toInt());
        const int page = std::max(1, request.param(QStringLiteral("page")).toInt());
        QJsonArray matching;
        for (const QJsonObject &t : std::as_const(store)) {
            if (search.isEmpty() || t.value(QStringLiteral("name")).toString().contains(search, Qt::CaseInsensitive)) {
                matching.append(t);
            }
        }
        QJsonArray pageItems;
        for (qsizetype i = qsizetype(page - 1) * perPage; i < matching.size() && i < qsizetype(page) * perPage; ++i) {
            pageItems.append(matching.at(i));
        }
        Reply r = json(200, pageItems);
        r.headers.append({"X-WP-Total", QByteArray::number(matching.size())});
        r.headers.append({"X-WP-TotalPages", QByteArray::number((matching.size() + perPage - 1) / perPage)});
        return r;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString name = body.value(QStringLiteral("name")).toString();
    const int parent = body.value(QStringLiteral("parent")).toInt();
    for (const QJsonObject &t : std::as_const(store)) {
        if (t.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0 &&
            t.value(QStringLiteral("parent")).toInt() == parent) {
            return wpError(400, QStringLiteral("term_exists"),
                           QStringLiteral("A term with the name provided already "
                                          "exists."),
                           QJsonObject{{QStringLiteral("term_id"), t.value(QStringLiteral("id")).toInt()}});
        }
    }
    const int id = m_nextId++;
    QJsonObject t{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("slug"), slugOf(name)},
                  {QStringLiteral("parent"), parent}};
    store.insert(id, t);
    ++(tags ? m_tagsCreated : m_categoriesCreated);
    return json(201, t);
}

FakeWordPress::Reply FakeWordPress::mediaRoute(const Request &request)
{
    if (request.method == "GET") {
        const QString search = request.param(QStringLiteral("search"));
        const QString slug = request.param(QStringLiteral("slug"));
        QJsonArray found;
        for (const QJsonObject &m : std::as_const(m_media)) {
            const QString description =
                m.value(QStringLiteral("description")).toObject().value(QStringLiteral("raw")).toString();
            if (!slug.isEmpty() && m.value(QStringLiteral("slug")).toString() != slug) {
                continue;
            }
            if (search.isEmpty() || description.contains(search) ||
                m.value(QStringLiteral("title")).toObject().value(QStringLiteral("raw")).toString().contains(search)) {
                found.append(m);
            }
        }
        return json(200, found);
    }
    if (!canPublish) {
        return wpError(403, QStringLiteral("rest_cannot_create"),
                       QStringLiteral("Sorry, you are not allowed to "
                                      "upload."));
    }
    const QByteArray disposition = request.headers.value("content-disposition");
    const qsizetype at = disposition.indexOf("filename=\"");
    QString fileName = at < 0
                           ? QStringLiteral("upload")
                           : QString::fromUtf8(disposition.mid(at + 10, disposition.indexOf('"', at + 10) - at - 10));
    if (request.body.isEmpty()) {
        return wpError(400, QStringLiteral("rest_upload_no_data"), QStringLiteral("No data supplied."));
    }
    const int id = m_nextId++;
    QJsonObject m{{QStringLiteral("id"), id},
                  {QStringLiteral("source_url"), QString(baseUrl().toString() + QStringLiteral("wp-content/uploads/") +
                                                         QString::fromLatin1(QUrl::toPercentEncoding(fileName)))},
                  {QStringLiteral("title"), rendered(request.param(QStringLiteral("title")))},
                  {QStringLiteral("caption"), rendered(request.param(QStringLiteral("caption")))},
                  {QStringLiteral("alt_text"), request.param(QStringLiteral("alt_text"))},
                  {QStringLiteral("description"), rendered(request.param(QStringLiteral("description")))},
                  {QStringLiteral("slug"), request.param(QStringLiteral("slug"))},
                  {QStringLiteral("media_type"), QStringLiteral("image")},
                  {QStringLiteral("file_name"), fileName},
                  {QStringLiteral("size"), qint64(request.body.size())}};
    m_media.insert(id, m);
    ++m_mediaCreated;
    return json(201, m);
}

FakeWordPress::Reply FakeWordPress::posts(const Request &request, const QString &idPart)
{
    if (idPart.isEmpty() && request.method == "GET") {
        const QString slug = request.param(QStringLiteral("slug"));
        const QString search = request.param(QStringLiteral("search"));
        QJsonArray found;
        for (const QJsonObject &p : std::as_const(m_posts)) {
            if (p.value(QStringLiteral("status")).toString() == QLatin1String("trash")) {
                continue;
            }
            if (!slug.isEmpty() && p.value(QStringLiteral("slug")).toString() != slug) {
                continue;
            }
            if (!search.isEmpty() && !p.value(QStringLiteral("content"))
                                          .toObject()
                                          .value(QStringLiteral("raw"))
                                          .toString()
                                          .contains(search)) {
                continue;
            }
            found.append(p);
        }
        return json(200, found);
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (idPart.isEmpty()) { // create
        if (!canPublish && body.value(QStringLiteral("status")).toString() != QLatin1String("draft")) {
            return wpError(403, QStringLiteral("rest_cannot_publish"),
                           QStringLiteral("Sorry, you are not allowed to publish posts in this post type."));
        }
        const int id = m_nextId++;
        QString slug = body.value(QStringLiteral("slug")).toString();
        for (const QJsonObject &p : std::as_const(m_posts)) {
            if (p.value(QStringLiteral("slug")).toString() == slug) {
                slug += QStringLiteral("-2");
            }
        }
        QJsonObject p{{QStringLiteral("id"), id},
                      {QStringLiteral("slug"), slug},
                      {QStringLiteral("link"), QString(baseUrl().toString() + slug + QLatin1Char('/'))}};
        m_posts.insert(id, p);
        ++m_postsCreated;
        return posts(Request{"POST", request.route, request.url, request.headers, request.body, {}},
                     QString::number(id));
    }
    const int id = idPart.toInt();
    if (!m_posts.contains(id)) {
        return wpError(404, QStringLiteral("rest_post_invalid_id"), QStringLiteral("Invalid post ID."));
    }
    QJsonObject p = m_posts.value(id);
    if (request.method == "DELETE") {
        p.insert(QStringLiteral("status"), QStringLiteral("trash"));
        m_posts.insert(id, p);
        return json(200, p);
    }
    if (request.method == "POST") {
        for (const char *field : {"title", "content", "excerpt"}) {
            if (body.contains(QLatin1String(field))) {
                p.insert(QLatin1String(field), rendered(body.value(QLatin1String(field)).toString()));
            }
        }
        for (const char *field : {"status", "categories", "tags", "featured_media", "date_gmt"}) {
            if (body.contains(QLatin1String(field))) {
                p.insert(QLatin1String(field), body.value(QLatin1String(field)));
            }
        }
        m_posts.insert(id, p);
        return json(p.value(QStringLiteral("status")).isUndefined() ? 201 : 200, p);
    }
    return json(200, p);
}

} // namespace toasoan::test
