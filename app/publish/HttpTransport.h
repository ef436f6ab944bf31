#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace toasoan {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// No byte moving for this long ends the request (QNetworkRequest::setTransferTimeout).
    int timeoutMs = 30000;
    /// Replies larger than this are cut off, never buffered whole.
    qint64 maxReplyBytes = 16 * 1024 * 1024;
};

struct HttpResponse
{
    int status = 0; ///< 0 when no HTTP answer came
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QStringList sslErrors; ///< certificate problems, as Qt words them
    bool timedOut = false;
    bool tooLarge = false;
    bool bodySent = false; ///< the whole request body left this machine
    QUrl url;              ///< the URL asked for
    QUrl finalUrl;         ///< where the answer came from, after redirections

    /// An HTTP answer (any status) arrived and was read completely.
    bool answered() const
    {
        // Qt turns HTTP error statuses into errors too; only network (1–99), proxy (101–199) and
        // protocol failures (301, 399) mean the answer was cut or unreadable.
        const int e = int(error);
        const bool cut = (e >= 1 && e < 200) || e == int(QNetworkReply::ProtocolUnknownError) ||
                         e == int(QNetworkReply::ProtocolFailure);
        return status != 0 && !timedOut && !tooLarge && !cut;
    }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    /// Seconds from Retry-After (delta or HTTP date), 0 when absent or unreadable. Capped at a day.
    int retryAfterSeconds() const;
};

/// Sends HTTP requests synchronously (a local event loop per request) on one
/// QNetworkAccessManager. Meant for a worker thread: create it in the thread that uses it.
/// Honours the system proxy, follows at most 5 redirects (never from https to http), reports
/// TLS certificate errors and never ignores them.
class HttpTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    HttpResponse send(const HttpRequest &request);

    /// Aborts the request in flight, if any. Thread-safe (queued to the transport's thread).
    void abortCurrent();

    QNetworkAccessManager *manager() const { return m_manager; }

private:
    QNetworkAccessManager *m_manager;
    QNetworkReply *m_current = nullptr;
};

} // namespace toasoan
