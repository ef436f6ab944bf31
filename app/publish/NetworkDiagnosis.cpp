#include "app/publish/NetworkDiagnosis.h"

#include "app/html/PlainText.h"

#include <QCoreApplication>
#include <QLocale>

namespace toasoan {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::NetworkDiagnosis)
};

RemoteError make(RemoteError::Kind kind, const QString &message, const HttpResponse &response)
{
    RemoteError e;
    e.kind = kind;
    e.error =
        makeError(ErrorCode::Network, message,
                  response.url.toDisplayString(QUrl::RemoveUserInfo) + QStringLiteral(": ") + response.errorString);
    e.httpStatus = response.status;
    e.ambiguous = response.bodySent;
    return e;
}

} // namespace

QString bodySnippet(const QByteArray &body, int maxChars)
{
    QString text = QString::fromUtf8(body.left(maxChars * 8));
    if (text.contains(QLatin1Char('<'))) {
        text = html::toPlainText(text);
    }
    text = text.simplified();
    if (text.size() > maxChars) {
        text = text.left(maxChars) + QChar(0x2026);
    }
    return text;
}

QString remoteText(const QString &text, int maxChars)
{
    return bodySnippet(text.toUtf8(), maxChars);
}

QString rawReply(const HttpResponse &response, int maxChars)
{
    QString text = QString::fromUtf8(response.body.left(maxChars * 4)).trimmed();
    if (text.size() > maxChars) {
        text = text.left(maxChars) + QChar(0x2026);
    }
    return text;
}

QString responseSummary(const QByteArray &method, const HttpResponse &response)
{
    QString s = QString::fromLatin1(method) + QLatin1Char(' ') + response.url.toDisplayString(QUrl::RemoveUserInfo);
    if (response.status != 0) {
        s += QStringLiteral(" → ") + QString::number(response.status);
    } else {
        s += QStringLiteral(" → ") + response.errorString;
    }
    const QString snippet = bodySnippet(response.body);
    if (!snippet.isEmpty()) {
        s += QStringLiteral(": ") + snippet;
    }
    return s;
}

RemoteError describeTransportFailure(const HttpResponse &response, int timeoutMs)
{
    const QString host = response.url.host();
    using E = QNetworkReply::NetworkError;
    using K = RemoteError::Kind;
    if (response.tooLarge) {
        return make(K::Server,
                    Text::tr("The answer from %1 is too large; it was cut off. The address may point to something "
                             "other than the website's interface.")
                        .arg(host),
                    response);
    }
    if (!response.sslErrors.isEmpty()) {
        RemoteError e = make(K::Tls,
                             Text::tr("The secure connection to %1 was refused because of its certificate: %2. Ask the "
                                      "site's administrator to fix the certificate, and check this computer's date.")
                                 .arg(host, response.sslErrors.join(QStringLiteral("; "))),
                             response);
        e.ambiguous = false;
        return e;
    }
    if (response.error == E::SslHandshakeFailedError) {
        RemoteError e = make(K::Tls,
                             Text::tr("The secure connection (TLS) to %1 failed: %2. The address may say https for a "
                                      "server that only speaks http, or the server's TLS setup is broken.")
                                 .arg(host, response.errorString),
                             response);
        e.ambiguous = false;
        return e;
    }
    if (response.timedOut) {
        return make(K::Network,
                    Text::tr("%1 did not answer within %2 seconds.").arg(host).arg(std::max(1, timeoutMs / 1000)),
                    response);
    }
    switch (response.error) {
    case E::HostNotFoundError: {
        RemoteError e = make(K::Offline,
                             Text::tr("The name %1 could not be found. Check the site's address and this computer's "
                                      "Internet connection.")
                                 .arg(host),
                             response);
        e.ambiguous = false;
        return e;
    }
    case E::ConnectionRefusedError: {
        RemoteError e =
            make(K::Network,
                 Text::tr("%1 refused the connection on port %2: the web server is not running or a firewall "
                          "blocks it.")
                     .arg(host)
                     .arg(response.url.port(response.url.scheme() == QLatin1String("https") ? 443 : 80)),
                 response);
        e.ambiguous = false;
        return e;
    }
    case E::RemoteHostClosedError:
        return make(K::Network, Text::tr("%1 closed the connection before answering completely.").arg(host), response);
    case E::TooManyRedirectsError:
        return make(K::Invalid,
                    Text::tr("%1 sends the request round in a loop of redirections. Check the site's address "
                             "(http or https, with or without www).")
                        .arg(host),
                    response);
    case E::InsecureRedirectError:
        return make(
            K::Invalid,
            Text::tr("%1 redirects a secure request to an insecure address; ToaSoan does not follow it.").arg(host),
            response);
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::UnknownNetworkError:
        return make(K::Offline, Text::tr("This computer seems to be offline (%1).").arg(response.errorString),
                    response);
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        return make(K::Network, Text::tr("The proxy server failed: %1").arg(response.errorString), response);
    default:
        break;
    }
    return make(K::Network, Text::tr("The connection to %1 failed: %2").arg(host, response.errorString), response);
}

RemoteError describeHttpFailure(const HttpResponse &response)
{
    using K = RemoteError::Kind;
    const QString host = response.url.host();
    RemoteError e;
    e.httpStatus = response.status;
    e.retryAfterSeconds = response.retryAfterSeconds();
    // The site answered with an error: it may still have done the work before failing.
    e.ambiguous = response.status >= 500;
    QString message;
    if (response.status == 429 || (response.status == 503 && e.retryAfterSeconds > 0)) {
        e.kind = K::RateLimited;
        message = e.retryAfterSeconds > 0
                      ? Text::tr("%1 is busy and asks to come back in %2 seconds.").arg(host).arg(e.retryAfterSeconds)
                      : Text::tr("%1 is busy and asks to come back later.").arg(host);
    } else if (response.status >= 500) {
        e.kind = K::Server;
        message =
            Text::tr("%1 had an internal error (HTTP %2). ToaSoan will try again.").arg(host).arg(response.status);
    } else if (response.status >= 200 && response.status < 300) {
        e.kind = K::Server;
        e.ambiguous = true;
        message =
            Text::tr("%1 answered with something that is not the website's interface (perhaps an error or a login "
                     "page). ToaSoan will try again.")
                .arg(host);
    } else {
        e.kind = K::Invalid;
        message = Text::tr("%1 refused the request (HTTP %2).").arg(host).arg(response.status);
    }
    e.error = makeError(ErrorCode::Network, message, responseSummary("", response).trimmed());
    e.reply = rawReply(response);
    return e;
}

} // namespace toasoan
