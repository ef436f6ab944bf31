#pragma once

// A PostgreSQL cluster of the test's own, which the test may kill and start again (the shared test
// server of scripts/test-servers/postgres.sh must stay up for everyone). initdb and pg_ctl come
// from /usr/lib/postgresql/<newest>/bin and run as the `postgres` user when the test runs as root
// (the server refuses root), as in scripts/test-servers/postgres.sh. The data lives in a temporary
// directory; the cluster is stopped and the directory removed when the object goes. Connections
// use TCP on 127.0.0.1 with trust authentication as the superuser `postgres`.

#include <QDir>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace toasoan::test {

class PrivatePostgres
{
public:
    PrivatePostgres() = default;
    ~PrivatePostgres()
    {
        if (m_started) {
            (void)pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        }
    }
    PrivatePostgres(const PrivatePostgres &) = delete;
    PrivatePostgres &operator=(const PrivatePostgres &) = delete;

    /// The server's programs, or empty when PostgreSQL is not installed.
    static QString binDir()
    {
        QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
            if (QFile::exists(dir + QStringLiteral("/initdb"))) {
                return dir;
            }
        }
        return {};
    }

    /// initdb, start, and a UTF-8 database `toasoan` (C.UTF-8 ctype); false with `error()` said.
    bool start()
    {
        if (binDir().isEmpty()) {
            m_error = QStringLiteral("the PostgreSQL server is not installed");
            return false;
        }
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary directory");
            return false;
        }
        if (::getuid() == 0) {
            const passwd *pw = ::getpwnam("postgres");
            if (!pw || ::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                m_error = QStringLiteral("no `postgres` user to run the server as");
                return false;
            }
        }
        if (!runAs(binDir() + QStringLiteral("/initdb"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                    QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                    QStringLiteral("--auth=trust")})) {
            return false;
        }
        m_port = freePort();
        if (m_port == 0 || !startServer()) {
            return false;
        }
        return psql(QStringLiteral("CREATE DATABASE toasoan TEMPLATE template0 ENCODING 'UTF8' "
                                   "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"));
    }

    /// The server's answer to everything: `pg_ctl stop -m immediate` (as after a power cut, no
    /// goodbye to the clients).
    bool kill()
    {
        const bool stopped = pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        m_started = m_started && !stopped;
        return stopped;
    }
    /// Starts the killed server again, on the same port.
    bool restart() { return startServer(); }
    /// Ends the sessions of the clients that named themselves `applicationName`
    /// (pg_terminate_backend): the server stays up.
    bool terminateSessions(const QString &applicationName = QStringLiteral("toasoan"))
    {
        return psql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                                   "'%1' AND pid <> pg_backend_pid()")
                        .arg(applicationName));
    }
    /// Runs `sql` through psql on database `database`; false with `error()` said.
    bool psql(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        return runAs(binDir() + QStringLiteral("/psql"),
                     {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                      QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"),
                      QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                      database, QStringLiteral("-c"), sql});
    }

    /// The libpq location of the `toasoan` database (add options with " key=value").
    QString location() const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=toasoan user=postgres").arg(m_port);
    }
    QString error() const { return m_error; }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool startServer()
    {
        m_started = pgCtl({QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                           QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                                          "-c max_connections=30")
                               .arg(m_port)
                               .arg(m_dir.path()),
                           QStringLiteral("start")});
        return m_started;
    }

    bool pgCtl(QStringList args)
    {
        args.prepend(dataDir());
        args.prepend(QStringLiteral("-D"));
        args.prepend(QStringLiteral("60"));
        args.prepend(QStringLiteral("-t"));
        args.prepend(QStringLiteral("-w"));
        return runAs(binDir() + QStringLiteral("/pg_ctl"), args);
    }

    bool runAs(const QString &program, const QStringList &args)
    {
        QProcess process;
        process.setWorkingDirectory(QStringLiteral("/"));
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (::getuid() == 0) {
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                              args);
        } else {
            process.start(program, args);
        }
        const bool done =
            process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (!done) {
            m_error = QFileInfo(program).fileName() + QStringLiteral(": ") +
                      QString::fromLocal8Bit(process.readAll()).trimmed() + process.errorString();
        }
        return done;
    }

    static quint16 freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        quint16 port = 0;
        if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
            port = ntohs(address.sin_port);
        }
        if (fd >= 0) {
            ::close(fd);
        }
        return port;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/toasoan-pg-private-XXXXXX")};
    quint16 m_port = 0;
    bool m_started = false;
    QString m_error;
};

} // namespace toasoan::test
