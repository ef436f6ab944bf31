#pragma once

// The WordPress that scripts/test-servers/wordpress.sh starts (it exports TOASOAN_TEST_WP_*), and a
// way to read it back on its own, without the code under test.
#include "app/publish/HttpTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace toasoan::test {

/// Why the tests that need it skip without it.
inline constexpr char kNoWordPress[] = "TOASOAN_TEST_WP_URL is not set: start scripts/test-servers/wordpress.sh "
                                       "(scripts/run-tests.sh does) to run the WordPress integration tests.";

struct Server
{
    QUrl url;
    QString user;
    QString appPassword;
    QString contributor;
    QString contributorPassword;
};

inline std::optional<Server> server()
{
    const QString url = qEnvironmentVariable("TOASOAN_TEST_WP_URL");
    if (url.isEmpty()) {
        return std::nullopt;
    }
    Server s;
    s.url = QUrl(url.endsWith(QLatin1Char('/')) ? url : url + QLatin1Char('/'));
    s.user = qEnvironmentVariable("TOASOAN_TEST_WP_USER");
    s.appPassword = qEnvironmentVariable("TOASOAN_TEST_WP_APP_PASSWORD");
    s.contributor = qEnvironmentVariable("TOASOAN_TEST_WP_CONTRIBUTOR_USER");
    s.contributorPassword = qEnvironmentVariable("TOASOAN_TEST_WP_CONTRIBUTOR_APP_PASSWORD");
    return s;
}

// Reads the site back on its own, without the code under test.
class ReadBack
{
public:
    explicit ReadBack(const Server &s) : m_server(s) {}

    QJsonValue get(const QString &route, const QString &query = {})
    {
        HttpRequest r;
        r.url = m_server.url.resolved(QUrl(QStringLiteral("wp-json/") + route));
        r.url.setQuery(QStringLiteral("context=edit&") + query);
        r.headers = {{"Authorization",
                      "Basic " + (m_server.user + QLatin1Char(':') + m_server.appPassword).toUtf8().toBase64()}};
        const HttpResponse response = m_transport.send(r);
        const QJsonDocument doc = QJsonDocument::fromJson(response.body);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QByteArray raw(const QUrl &url)
    {
        HttpRequest r;
        r.url = url;
        r.maxReplyBytes = 64 * 1024 * 1024;
        return m_transport.send(r).body;
    }

private:
    Server m_server;
    HttpTransport m_transport;
};

inline QString raw(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1String(field)).toObject().value(QStringLiteral("raw")).toString();
}

} // namespace toasoan::test
