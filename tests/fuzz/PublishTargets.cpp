// What a website answers: XML-RPC responses and WordPress REST JSON.
#include "app/publish/SiteFields.h"
#include "app/publish/WordPressRestClient.h"
#include "app/publish/XmlRpc.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace toasoan::fuzz {

namespace {

void checkVariant(const QVariant &value, int depth)
{
    if (depth > 70) {
        fail("xmlrpc", QStringLiteral("a value nested deeper than the decoder allows"));
    }
    if (value.typeId() == QMetaType::QString && !validUtf16(value.toString())) {
        fail("xmlrpc", QStringLiteral("a string that is not valid UTF-16"));
    }
    if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : value.toList()) {
            checkVariant(item, depth + 1);
        }
    } else if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            checkVariant(it.value(), depth + 1);
        }
        xmlrpc::memberString(map, "post_title");
    }
}

void readPost(const QJsonObject &object)
{
    const RemotePost post = remotePostFromJson(object);
    // A numeric id is a positive whole number or nothing, whatever number the reply holds.
    static const QRegularExpression numericId(QStringLiteral("^[1-9][0-9]*$"));
    if (object.value(QLatin1String("id")).isDouble() && !post.id.isEmpty() && !numericId.match(post.id).hasMatch()) {
        fail("wordpress_json", QStringLiteral("the numeric id %1 read as \"%2\"")
                                   .arg(object.value(QLatin1String("id")).toDouble())
                                   .arg(post.id));
    }
    for (const QString &text : {post.id, post.title, post.content, post.excerpt, post.slug}) {
        if (!validUtf16(text)) {
            fail("wordpress_json", QStringLiteral("a post field that is not valid UTF-16"), text);
        }
    }
}

} // namespace

void xmlRpc(const QByteArray &input)
{
    xmlrpc::Response response;
    QString error;
    if (!xmlrpc::decodeResponse(input, response, error)) {
        if (error.isEmpty()) {
            fail("xmlrpc", QStringLiteral("a refused response without a reason"));
        }
        return;
    }
    if (response.fault) {
        if (!validUtf16(response.faultString)) {
            fail("xmlrpc", QStringLiteral("a fault string that is not valid UTF-16"));
        }
        return;
    }
    checkVariant(response.value, 0);
    // What was read can be sent back.
    xmlrpc::encodeCall(QStringLiteral("wp.editPost"), {response.value});
}

void wordPressJson(const QByteArray &input)
{
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject()) {
        readPost(doc.object());
    } else if (doc.isArray()) {
        for (const QJsonValue &item : doc.array()) {
            readPost(item.toObject());
            textFromSite(item.toString());
        }
    }
}

} // namespace toasoan::fuzz
