#pragma once

// A TCP proxy between the app and the PostgreSQL test server that cuts the connection on command (issue 14:
// the faults the real server will not produce on demand). It runs in a thread of its own, so that a client
// blocked in libpq in the test's thread is still served. Commands are one-shot: once a cut happened the
// proxy forwards again, so that the client's reconnection works.
//   - cutNow(): every open connection is closed at once, both ways;
//   - cutWhenClientSends("COMMIT"): the client's message holding the pattern never reaches the server, and
//     the connection is closed (cut before the commit);
//   - cutServerReplyTo("COMMIT"): the message reaches the server, which acts on it, and the connection is
//     closed when the server's answer arrives, before the client reads it (after the commit, before the
//     reply);
//   - setRefusing(true): new connections are closed as soon as they open (the server is away).
// Connections through the proxy are unencrypted (route() asks for sslmode=disable) so that patterns can
// be seen in the PostgreSQL protocol.

#include <QByteArray>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>

namespace toasoan::test {

class CutProxyWorker;

class CutProxy final
{
public:
    /// Listens on 127.0.0.1 (a free port) and forwards to host:port.
    CutProxy(const QString &host, quint16 port);
    ~CutProxy();
    CutProxy(const CutProxy &) = delete;
    CutProxy &operator=(const CutProxy &) = delete;

    /// Listens in front of the server of a PostgreSQL conninfo (host= and port= keywords).
    static std::unique_ptr<CutProxy> inFrontOf(const QString &conninfo);

    bool isListening() const;
    quint16 port() const;
    /// `conninfo` (a libpq keyword=value string) made to go through the proxy.
    QString route(const QString &conninfo) const;

    void cutNow();
    void cutWhenClientSends(const QByteArray &pattern);
    void cutServerReplyTo(const QByteArray &pattern);
    void setRefusing(bool refusing);
    /// Connections accepted so far, and cut so far (by a command or refused).
    int connectionsSeen() const;
    int connectionsCut() const;

private:
    /// Runs `fn` in the proxy's thread and waits for it.
    void onWorker(const std::function<void()> &fn) const;

    QThread m_thread;
    CutProxyWorker *m_worker = nullptr; // lives in m_thread
};

} // namespace toasoan::test
