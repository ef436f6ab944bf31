#include "app/publish/HttpTransport.h"

#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QSslError>
#include <memory>

namespace toasoan {

namespace {

struct DeleteLater
{
    void operator()(QObject *object) const
    {
        if (object) {
            object->deleteLater();
        }
    }
};

constexpr int kMaxRetryAfter = 24 * 3600;

} // namespace

int HttpResponse::retryAfterSeconds() const
{
    const QByteArray value = header("retry-after").trimmed();
    if (value.isEmpty()) {
        return 0;
    }
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok) {
        return seconds <= 0 ? 0 : int(std::min<qlonglong>(seconds, kMaxRetryAfter));
    }
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value).replace(QLatin1String(" GMT"), QString()),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid()) {
        return 0;
    }
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(utc);
    return delta <= 0 ? 0 : int(std::min<qint64>(delta, kMaxRetryAfter));
}

HttpTransport::HttpTransport(QObject *parent) : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    // Offices often sit behind a proxy configured for the whole machine.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpTransport::~HttpTransport() = default;

void HttpTransport::abortCurrent()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_current) {
                m_current->abort();
            }
        },
        Qt::QueuedConnection);
}

HttpResponse HttpTransport::send(const HttpRequest &request)
{
    HttpResponse response;
    response.url = request.url;

    QNetworkRequest nr(request.url);
    nr.setTransferTimeout(request.timeoutMs);
    nr.setMaximumRedirectsAllowed(5);
    nr.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ToaSoan/" TOASOAN_VERSION));
    for (const auto &h : request.headers) {
        nr.setRawHeader(h.first, h.second);
    }

    std::unique_ptr<QNetworkReply, DeleteLater> reply;
    if (request.method == "GET") {
        reply.reset(m_manager->get(nr));
    } else {
        reply.reset(m_manager->sendCustomRequest(nr, request.method, request.body));
    }
    QNetworkReply *r = reply.get();
    // Bounded: a huge reply is read as it comes and cut off, never accumulated by Qt.
    r->setReadBufferSize(256 * 1024);
    m_current = r;

    auto drain = [&] {
        while (r->bytesAvailable() > 0 && !response.tooLarge) {
            const QByteArray chunk = r->read(std::min<qint64>(r->bytesAvailable(), 256 * 1024));
            if (response.body.size() + chunk.size() > request.maxReplyBytes) {
                response.tooLarge = true;
                r->abort();
                return;
            }
            response.body.append(chunk);
        }
    };

    QEventLoop loop;
    connect(r, &QNetworkReply::readyRead, &loop, drain);
    connect(r, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total) {
            response.bodySent = true;
        }
    });
    connect(r, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        // Reported, never ignored: the request fails with SslHandshakeFailedError.
        for (const QSslError &e : errors) {
            QString text = e.errorString();
            if (!e.certificate().isNull()) {
                text += QStringLiteral(" (") + e.certificate().subjectDisplayName() + QLatin1Char(')');
            }
            response.sslErrors.append(text);
        }
    });
    connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!r->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    m_current = nullptr;
    drain();

    response.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.finalUrl = r->url();
    for (const auto &pair : r->rawHeaderPairs()) {
        response.headers.insert(pair.first.toLower(), pair.second);
    }
    response.error = r->error();
    response.errorString = r->errorString();
    if (response.error == QNetworkReply::OperationCanceledError && !response.tooLarge) {
        // Qt reports a transfer timeout as a cancellation; abortCurrent() is the only other cause
        // and callers that abort know it.
        response.timedOut = true;
    }
    if (response.error == QNetworkReply::TimeoutError) {
        response.timedOut = true;
    }
    if (response.status != 0) {
        response.bodySent = true;
    }
    return response;
}

} // namespace toasoan
