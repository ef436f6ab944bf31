#include "tests/support/CutProxy.h"

#include <QHostAddress>
#include <QList>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <atomic>

namespace toasoan::test {

/// The proxy's sockets and commands, all in the proxy's thread (the facade reaches it by blocking
/// queued calls, so that a command is in force when the call returns).
class CutProxyWorker : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Forward,
        CutClientMessage,
        CutServerReply
    };

    CutProxyWorker(const QString &host, quint16 port) : m_host(host), m_port(port) {}

    std::atomic<quint16> listeningPort = 0;
    std::atomic<int> seen = 0;
    std::atomic<int> cut = 0;

    void start()
    {
        m_listener = new QTcpServer(this);
        connect(m_listener, &QTcpServer::newConnection, this, &CutProxyWorker::accept);
        if (m_listener->listen(QHostAddress::LocalHost, 0)) {
            listeningPort = m_listener->serverPort();
        }
    }

    void stop()
    {
        const QList<Pair *> pairs = m_pairs;
        for (Pair *pair : pairs) {
            drop(pair, false);
        }
        delete m_listener;
        m_listener = nullptr;
    }

    void command(Mode mode, const QByteArray &pattern)
    {
        m_mode = mode;
        m_pattern = pattern;
    }

    void setRefusing(bool refusing) { m_refusing = refusing; }

    void cutAll()
    {
        const QList<Pair *> pairs = m_pairs;
        for (Pair *pair : pairs) {
            drop(pair, true);
        }
    }

private:
    struct Pair
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        QByteArray tail;    // the client's last bytes, for a pattern split between two reads
        bool armed = false; // the server's next answer is cut
    };

    void accept()
    {
        while (QTcpSocket *client = m_listener->nextPendingConnection()) {
            ++seen;
            auto *pair = new Pair;
            pair->client = client;
            pair->server = new QTcpSocket(this);
            m_pairs.append(pair);
            if (m_refusing) {
                drop(pair, true);
                continue;
            }
            pair->server->connectToHost(m_host, m_port);
            if (!pair->server->waitForConnected(5000)) {
                drop(pair, true);
                continue;
            }
            connect(client, &QTcpSocket::readyRead, this, [this, pair] { fromClient(pair); });
            connect(pair->server, &QTcpSocket::readyRead, this, [this, pair] { fromServer(pair); });
            connect(client, &QTcpSocket::disconnected, this, [this, pair] { drop(pair, false); });
            connect(pair->server, &QTcpSocket::disconnected, this, [this, pair] { drop(pair, false); });
            if (client->bytesAvailable() > 0) {
                fromClient(pair);
            }
        }
    }

    void fromClient(Pair *pair)
    {
        const QByteArray data = pair->client->readAll();
        if (m_mode != Mode::Forward && !m_pattern.isEmpty()) {
            const QByteArray window = pair->tail + data;
            if (window.contains(m_pattern)) {
                const Mode mode = m_mode;
                m_mode = Mode::Forward;
                if (mode == Mode::CutClientMessage) {
                    drop(pair, true);
                    return;
                }
                pair->armed = true;
            }
            pair->tail = window.right(m_pattern.size() - 1);
        }
        pair->server->write(data);
    }

    void fromServer(Pair *pair)
    {
        if (pair->armed) {
            drop(pair, true);
            return;
        }
        pair->client->write(pair->server->readAll());
    }

    /// Ends a pair: at once (a cut: unsent data is lost) or after what is written went out.
    void drop(Pair *pair, bool isCut)
    {
        if (!m_pairs.removeOne(pair)) {
            return;
        }
        if (isCut) {
            ++cut;
        }
        for (QTcpSocket *socket : {pair->client, pair->server}) {
            socket->disconnect(this);
            if (isCut) {
                socket->abort();
            } else {
                socket->disconnectFromHost();
            }
            socket->deleteLater();
        }
        delete pair;
    }

    QString m_host;
    quint16 m_port;
    QTcpServer *m_listener = nullptr;
    QList<Pair *> m_pairs;
    Mode m_mode = Mode::Forward;
    QByteArray m_pattern;
    bool m_refusing = false;
};

void CutProxy::onWorker(const std::function<void()> &fn) const
{
    QMetaObject::invokeMethod(m_worker, fn, Qt::BlockingQueuedConnection);
}

CutProxy::CutProxy(const QString &host, quint16 port) : m_worker(new CutProxyWorker(host, port))
{
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    onWorker([this] { m_worker->start(); });
}

CutProxy::~CutProxy()
{
    onWorker([this] { m_worker->stop(); });
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

std::unique_ptr<CutProxy> CutProxy::inFrontOf(const QString &conninfo)
{
    // The last host= and port= win, as in libpq.
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5432;
    auto keywords = QRegularExpression(QStringLiteral("(?:^|\\s)(host|port)=(\\S+)")).globalMatch(conninfo);
    while (keywords.hasNext()) {
        const auto match = keywords.next();
        if (match.captured(1) == QLatin1String("host")) {
            host = match.captured(2);
        } else {
            port = quint16(match.captured(2).toUInt());
        }
    }
    return std::make_unique<CutProxy>(host, port);
}

bool CutProxy::isListening() const
{
    return m_worker->listeningPort != 0;
}

quint16 CutProxy::port() const
{
    return m_worker->listeningPort;
}

QString CutProxy::route(const QString &conninfo) const
{
    return conninfo + QStringLiteral(" host=127.0.0.1 port=%1 sslmode=disable").arg(port());
}

void CutProxy::cutNow()
{
    onWorker([this] { m_worker->cutAll(); });
}

void CutProxy::cutWhenClientSends(const QByteArray &pattern)
{
    onWorker([&] { m_worker->command(CutProxyWorker::Mode::CutClientMessage, pattern); });
}

void CutProxy::cutServerReplyTo(const QByteArray &pattern)
{
    onWorker([&] { m_worker->command(CutProxyWorker::Mode::CutServerReply, pattern); });
}

void CutProxy::setRefusing(bool refusing)
{
    onWorker([&] { m_worker->setRefusing(refusing); });
}

int CutProxy::connectionsSeen() const
{
    return m_worker->seen;
}

int CutProxy::connectionsCut() const
{
    return m_worker->cut;
}

} // namespace toasoan::test

#include "CutProxy.moc"
