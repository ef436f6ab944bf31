#pragma once

// The fixture of the command-line tests that run the real `toasoan` binary (TOASOAN_BINARY) as a user or
// a script would, on temporary workspaces (tst_cli, tst_cli_articles, tst_cli_import, tst_cli_workspace_files).

#include "tests/support/CliProcess.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <unistd.h>

namespace toasoan::test {

using Run = CliRun;

inline QString dataFile(const char *name)
{
    return qEnvironmentVariable("TOASOAN_SOURCE_DIR") + QStringLiteral("/tests/cli/data/") + QLatin1String(name);
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// A test class's base: its temporary folder (HOME, settings, data), the binary, the demo workspace.
class CliFixture
{
protected:
    /// In initTestCase(): false when the folder or the binary is missing.
    bool setUpCli()
    {
        m_binary = qEnvironmentVariable("TOASOAN_BINARY");
        return m_dir.isValid() && QFileInfo(m_binary).isExecutable();
    }

    Run run(const QStringList &arguments, const QHash<QString, QString> &extraEnv = {})
    {
        QProcess process;
        // Never touch the real user's data or settings.
        QProcessEnvironment env = cliEnvironment(m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it) {
            env.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(env);
        if (m_asOrdinaryUser && geteuid() == 0) {
            // Root ignores read-only permissions: the command runs as "nobody", as an ordinary user would.
            process.setChildProcessModifier([] {
                if (setgid(65534) != 0 || setuid(65534) != 0) {
                    _exit(127);
                }
            });
        }
        return runCli(process, m_binary, arguments);
    }

    Run runOn(const QString &database, const QStringList &arguments, const QHash<QString, QString> &extraEnv = {})
    {
        return run(QStringList{QStringLiteral("--database"), database} + arguments, extraEnv);
    }

    QJsonDocument json(const Run &result)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        if (document.isNull()) {
            qWarning() << "not JSON:" << error.errorString() << result.out << result.err;
        }
        return document;
    }

    QString freshDatabase() { return m_dir.filePath(QStringLiteral("ws-%1.sqlite").arg(++m_counter)); }

    QString demoDatabase()
    {
        if (m_demo.isEmpty()) {
            const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
            if (runOn(path, {QStringLiteral("--demo"), QStringLiteral("users"), QStringLiteral("list")}).code == 0) {
                m_demo = path;
            }
        }
        return m_demo;
    }

    QJsonObject importFile(const QString &database, const QString &path)
    {
        const Run r = runOn(database,
                            {QStringLiteral("articles"), QStringLiteral("import"), path, QStringLiteral("--user"),
                             QStringLiteral("phongvien"), QStringLiteral("--json")},
                            m_demoPassword);
        if (r.code != 0) {
            qWarning() << "import failed:" << r.code << r.err;
            return {};
        }
        return json(r).object();
    }

    // The demo's people share one password; every change proves who makes it.
    const QHash<QString, QString> m_demoPassword{{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("toasoan-demo")}};
    QTemporaryDir m_dir;
    QString m_binary;
    QString m_demo;
    int m_counter = 0;
    bool m_asOrdinaryUser = false;
};

} // namespace toasoan::test
