#pragma once

// A small WordPress look-alike for fault-injection tests: the REST routes ToaSoan uses (index,
// users/me, categories, tags, media, posts) and the XML-RPC methods (wp.*, metaWeblog.*,
// blogger.deletePost; their route is "xmlrpc/METHOD"), on a QTcpServer
// that can misbehave on purpose (stall, reset, error statuses, bad JSON, HTML pages, redirect
// loops, huge replies). It counts what it really created, so tests can assert "no duplicates".

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QVariant>

namespace toasoan::test {

struct Fault
{
    enum class Kind
    {
        StallBeforeBody, ///< read the headers, never the body, never answer
        StallAfterBody,  ///< read all (and maybe act), never answer
        ResetMidReply,   ///< act, send half an answer, reset the connection
        Status,          ///< answer `status` with `body` (JSON error by default) and Retry-After
        MalformedJson,   ///< answer 200 with truncated JSON
        HtmlPage,        ///< answer 200 with an HTML page
        RedirectLoop,    ///< answer 302 to the same address
        Huge,            ///< answer 200 with 100 MB
        MalformedXml,    ///< answer 200 with a truncated XML-RPC methodResponse
        XmlRpcFault,     ///< answer an XML-RPC fault: code `status`, string `body`
    };
    Kind kind = Kind::Status;
    QByteArray method;    ///< empty = any
    QString pathContains; ///< matched against the route ("wp/v2/posts", "xmlrpc/metaWeblog.newPost")
    bool process = false; ///< carry the request out before misbehaving
    int status = 500;
    int retryAfter = 0;
    QByteArray body;
    int times = 1; ///< how many matching requests it hits
};

class FakeWordPress final : public QObject
{
    Q_OBJECT

public:
    explicit FakeWordPress(QObject *parent = nullptr);
    ~FakeWordPress() override;

    bool listen();
    QUrl baseUrl() const;

    // Behaviour switches.
    QString user = QStringLiteral("bientap");
    QString password = QStringLiteral("abcd efgh ijkl mnop qrst uvwx");
    bool restDisabled = false;
    bool prettyPermalinks = true;
    bool canPublish = true;
    bool stripAuthorization = false;
    bool advertiseAppPasswords = true;
    bool xmlRpcEnabled = true;
    QUrl redirectTo; ///< when set, every request is answered 301 to the same path there
    QByteArray wrongPasswordCode = "incorrect_password";

    void addFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }

    int postsCreated() const { return m_postsCreated; }
    int mediaCreated() const { return m_mediaCreated; }
    int tagsCreated() const { return m_tagsCreated; }
    int categoriesCreated() const { return m_categoriesCreated; }
    QList<QJsonObject> posts() const { return m_posts.values(); }
    QList<QJsonObject> media() const { return m_media.values(); }
    QJsonObject post(int id) const { return m_posts.value(id); }
    void deletePost(int id) { m_posts.remove(id); }
    void addCategory(int id, const QString &name, const QString &slug, int parent = 0);
    /// Requests seen, as "METHOD route".
    QStringList requests() const { return m_requests; }
    int count(const QByteArray &method, const QString &routeContains) const;

private:
    struct Request
    {
        QByteArray method;
        QString route; ///< REST route without leading slash, or "xmlrpc", or "" for the index
        QUrl url;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
        QList<QPair<QString, QString>> query;
        QString param(const QString &name) const;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json; charset=UTF-8";
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    bool parseOne(QTcpSocket *socket, QByteArray &buffer);
    void serve(QTcpSocket *socket, Request request);
    Reply handle(const Request &request);
    Reply handleRest(const Request &request);
    Reply handleXmlRpc(const Request &request);
    Reply xmlRpcPosts(const QString &method, const QVariantList &params);
    Reply xmlRpcTerms(const QString &method, const QVariantList &params);
    Reply xmlRpcMedia(const QString &method, const QVariantList &params);
    QVariantMap xmlRpcPost(const QJsonObject &post) const;
    static Reply xmlRpcValue(const QVariant &value);
    static Reply xmlRpcFault(int code, const QString &text);
    Reply posts(const Request &request, const QString &id);
    Reply mediaRoute(const Request &request);
    Reply terms(const Request &request, bool tags);
    static Reply json(int status, const QJsonValue &value);
    static Reply wpError(int status, const QString &code, const QString &message, const QJsonObject &extra = {});
    void send(QTcpSocket *socket, const Reply &reply, bool closeAfter = false);
    void sendHuge(QTcpSocket *socket);
    Fault *matchFault(const Request &request);
    bool authorized(const Request &request) const;

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Fault> m_faults;
    QMap<int, QJsonObject> m_posts;
    QMap<int, QJsonObject> m_media;
    QMap<int, QJsonObject> m_categories;
    QMap<int, QJsonObject> m_tags;
    int m_nextId = 100;
    int m_postsCreated = 0;
    int m_mediaCreated = 0;
    int m_tagsCreated = 0;
    int m_categoriesCreated = 0;
    QStringList m_requests;
};

} // namespace toasoan::test
