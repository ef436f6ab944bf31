#pragma once

// Running the built `toasoan` binary from a test, one way for every command-line test: a clean
// environment (the test's own HOME and settings, English messages, none of the caller's database or
// passwords) and a run to the end with standard input closed, so that nothing waits for typing.

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace toasoan::test {

struct CliRun
{
    int code = -1; ///< the exit code; -1 when it did not finish in time (then killed), -2 when it crashed
    QString out;
    QString err;
};

/// The caller's environment without TOASOAN_DB, the TOASOAN_* passwords, the secrets file and the
/// keychain's session bus; HOME and XDG_CONFIG_HOME in `home`; messages in English.
inline QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"TOASOAN_DB", "TOASOAN_PASSWORD", "TOASOAN_NEW_PASSWORD", "TOASOAN_SITE_PASSWORD",
                             "TOASOAN_SECRETS_FILE", "DBUS_SESSION_BUS_ADDRESS"}) {
        env.remove(QLatin1String(name));
    }
    env.insert(QStringLiteral("TOASOAN_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    return env;
}

/// Starts `program` in `process` (its environment and child modifier already set) and waits for
/// the end; standard input is closed at once (not a terminal: nobody is asked for a password).
inline CliRun runCli(QProcess &process, const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    process.start(program, arguments);
    process.closeWriteChannel();
    CliRun r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace toasoan::test
