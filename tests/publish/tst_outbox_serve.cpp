// `toasoan outbox serve`: two worker processes (two "PCs", each with its own HOME) share one outbox
// against the real WordPress (TOASOAN_TEST_WP_*), on SQLite and on the PostgreSQL test server: every
// post is created once, a worker without a site's password leaves that site's jobs to the other, and
// SIGTERM stops a worker cleanly (exit 0, nothing left claimed by it). Also: who may run a worker, and
// a secrets file others may read is refused.
#include "app/publish/Outbox.h"
#include "app/publish/RemoteCache.h"
#include "app/storage/OutboxRepository.h"
#include "tests/publish/PublishFixture.h"
#include "tests/publish/RealWordPress.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace toasoan;
using namespace toasoan::test;

namespace {

const QString kPassword = QStringLiteral("mat-khau-1"); // the fixture's people

/// One `toasoan outbox serve` process, on a "PC" of its own (HOME).
class ServeProcess
{
public:
    ServeProcess(const QString &db, const QString &login, const QHash<QString, QString> &extraEnv, const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("TOASOAN_SITE_PASSWORD")) || name == QLatin1String("TOASOAN_DB") ||
                name == QLatin1String("TOASOAN_SECRETS_FILE") || name == QLatin1String("DBUS_SESSION_BUS_ADDRESS")) {
                env.remove(name);
            }
        }
        env.insert(QStringLiteral("TOASOAN_PASSWORD"), kPassword);
        env.insert(QStringLiteral("TOASOAN_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it) {
            env.insert(it.key(), it.value());
        }
        m_process.setProcessEnvironment(env);
        m_process.start(qEnvironmentVariable("TOASOAN_BINARY"),
                        {QStringLiteral("--database"), db, QStringLiteral("outbox"), QStringLiteral("serve"),
                         QStringLiteral("--user"), login, QStringLiteral("--jobs"), QStringLiteral("2")});
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QProcess &process() { return m_process; }
    QString out()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_out;
    }
    QString err()
    {
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_err;
    }
    /// The name it claims jobs under, once it has started.
    QString identity()
    {
        static const QRegularExpression started(QStringLiteral("as worker \"([^\"]+)\""));
        return started.match(err()).captured(1);
    }
    /// The jobs it says it finished.
    QSet<qint64> done()
    {
        static const QRegularExpression line(QStringLiteral("Job (\\d+) done"));
        QSet<qint64> ids;
        for (auto it = line.globalMatch(out()); it.hasNext();) {
            ids.insert(it.next().captured(1).toLongLong());
        }
        return ids;
    }
    /// SIGTERM, as systemd stops it; the exit code, or -1 when it did not stop in time.
    int terminate(int timeoutMs = 40000)
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(timeoutMs)) {
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
};

JobState stateOf(Database &db, qint64 jobId)
{
    auto job = OutboxRepository(db).load(jobId);
    return job ? job->state : JobState::Failed;
}

} // namespace

class TestOutboxServe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        if (!QFile::exists(qEnvironmentVariable("TOASOAN_BINARY"))) {
            QSKIP("TOASOAN_BINARY is not set (run through ctest).");
        }
        QVERIFY(m_home.isValid());
    }

    void whoMayRunAWorker()
    {
        PublishFixture fx;
        QVERIFY(fx.addUser(QStringLiteral("phongvien"), Role::Reporter) > 0);
        {
            ServeProcess nobody(fx.dbPath(), QString(), {}, m_home.path());
            QVERIFY(nobody.process().waitForFinished(30000));
            QCOMPARE(nobody.process().exitCode(), 2); // --user names who acts
        }
        {
            ServeProcess wrong(fx.dbPath(), QStringLiteral("bientap"),
                               {{QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("sai")}}, m_home.path());
            QVERIFY(wrong.process().waitForFinished(30000));
            QCOMPARE(wrong.process().exitCode(), 1);
        }
        {
            // A reporter may not publish, so may not send what others queued.
            ServeProcess reporter(fx.dbPath(), QStringLiteral("phongvien"), {}, m_home.path());
            QVERIFY(reporter.process().waitForFinished(30000));
            QCOMPARE(reporter.process().exitCode(), 1);
            QVERIFY2(reporter.identity().isEmpty(), qPrintable(reporter.err()));
        }
    }

    void refusesASecretsFileOthersMayRead()
    {
        PublishFixture fx;
        const qint64 approver = fx.addUser(QStringLiteral("lanhdao"), Role::Approver);
        QVERIFY(approver > 0);
        auto job = Outbox(fx.db()).publish(fx.article.id, fx.site.id, approver);
        QVERIFY(job.ok());
        const QString path = m_home.filePath(QStringLiteral("secrets-open"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("CONG_HUYEN=abcd efgh\n");
        file.close();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                QFile::ReadOther)); // 0644
        ServeProcess open(fx.dbPath(), QStringLiteral("lanhdao"), {{QStringLiteral("TOASOAN_SECRETS_FILE"), path}},
                          m_home.path());
        QVERIFY(open.process().waitForFinished(30000));
        QCOMPARE(open.process().exitCode(), 1);
        QVERIFY2(open.err().contains(QLatin1String("chmod 600")), qPrintable(open.err()));
        QCOMPARE(stateOf(fx.db(), job->id), JobState::Queued);
        QCOMPARE(OutboxRepository(fx.db()).load(job->id)->attempts, 0);
    }

    // The office's two workers against the real WordPress: "PC 1" has only the first site's password,
    // "PC 2" has both (in a secrets file). PC 1 is stopped with SIGTERM in the middle of the run; PC 2
    // finishes. Every article is posted once, and no job of the second site ever went to PC 1.
    void twoWorkersShareTheOutboxAgainstWordPress()
    {
        const auto wp = server();
        if (!wp) {
            QSKIP(kNoWordPress);
        }
        PublishFixture fx;
        fx.pointSiteAt(wp->url, SiteKind::WordPressRest, wp->user);
        const qint64 approver = fx.addUser(QStringLiteral("lanhdao"), Role::Approver);
        QVERIFY(approver > 0);
        Site second = fx.site;
        second.id = 0;
        second.name = QStringLiteral("Trang xã");
        auto secondStored = SiteRepository(fx.db()).create(second);
        QVERIFY(secondStored.ok());
        second = *secondStored;

        const QString secretsPath = m_home.filePath(QStringLiteral("secrets-pc2"));
        QFile secrets(secretsPath);
        QVERIFY(secrets.open(QIODevice::WriteOnly | QIODevice::Truncate));
        secrets.write(QStringLiteral("# PC 2\nCONG_HUYEN=%1\nTRANG_XA=%1\n").arg(wp->appPassword).toUtf8());
        secrets.close();
        QVERIFY(QFile::setPermissions(secretsPath, QFile::ReadOwner | QFile::WriteOwner));

        QTemporaryDir pc1Home, pc2Home;
        ServeProcess pc1(fx.dbPath(), QStringLiteral("lanhdao"),
                         {{QStringLiteral("TOASOAN_SITE_PASSWORD_CONG_HUYEN"), wp->appPassword}}, pc1Home.path());
        ServeProcess pc2(fx.dbPath(), QStringLiteral("lanhdao"),
                         {{QStringLiteral("TOASOAN_SECRETS_FILE"), secretsPath}}, pc2Home.path());
        QTRY_VERIFY_WITH_TIMEOUT(!pc1.identity().isEmpty() && !pc2.identity().isEmpty(), 30000);
        QVERIFY2(pc1.err().contains(QLatin1String("TOASOAN_SITE_PASSWORD_TRANG_XA")), qPrintable(pc1.err()));

        // Many articles, each with a title found nowhere else on the site, queued while both wait.
        const QString run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
        Outbox outbox(fx.db());
        QHash<qint64, qint64> jobArticle;
        QHash<qint64, qint64> jobSite;
        for (int i = 0; i < 10; ++i) {
            auto article = fx.makeArticle(QStringLiteral("Tin hai máy %1 số %2").arg(run).arg(i), 0);
            QVERIFY(article.ok());
            const qint64 site = i % 3 == 2 ? second.id : fx.site.id;
            auto job = outbox.publish(article->id, site, approver);
            QVERIFY(job.ok());
            jobArticle.insert(job->id, article->id);
            jobSite.insert(job->id, site);
        }

        // PC 1 stops (SIGTERM) once it has sent something: it exits 0 and holds no job any more.
        QTRY_VERIFY_WITH_TIMEOUT(!pc1.done().isEmpty(), 90000);
        const QString pc1Identity = pc1.identity();
        QCOMPARE(pc1.terminate(), 0);
        QVERIFY2(pc1.err().contains(QLatin1String("Stopped.")), qPrintable(pc1.err()));
        auto left = OutboxRepository(fx.db()).list();
        QVERIFY(left.ok());
        for (const OutboxJob &job : std::as_const(*left)) {
            QVERIFY2(!(job.state == JobState::Running && job.claimedBy == pc1Identity), "PC 1 kept a job");
        }

        for (auto it = jobArticle.cbegin(); it != jobArticle.cend(); ++it) {
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(fx.db(), it.key()), JobState::Done, 120000);
        }
        const QSet<qint64> byPc1 = pc1.done();
        QTRY_COMPARE_WITH_TIMEOUT(byPc1.size() + pc2.done().size(), int(jobArticle.size()), 10000);
        const QSet<qint64> byPc2 = pc2.done();
        QVERIFY(!byPc1.intersects(byPc2));
        for (qint64 jobId : byPc1) {
            QVERIFY2(jobSite.value(jobId) == fx.site.id, "PC 1 has no password for the second site");
        }
        QCOMPARE(pc2.terminate(), 0);

        // On the site: one post per job, none twice.
        ReadBack site(*wp);
        const QJsonArray posts =
            site.get(QStringLiteral("wp/v2/posts"), QStringLiteral("per_page=100&status=any&search=") + run).toArray();
        QCOMPARE(posts.size(), jobArticle.size());
        QSet<QString> remoteIds;
        for (auto it = jobArticle.cbegin(); it != jobArticle.cend(); ++it) {
            auto publication = RemoteCache(fx.db(), jobSite.value(it.key())).publication(it.value());
            QVERIFY(publication.ok() && publication->has_value());
            remoteIds.insert(publication->value().remoteId);
        }
        QCOMPARE(remoteIds.size(), jobArticle.size());
        for (const QJsonValue &post : posts) {
            QVERIFY(remoteIds.contains(QString::number(post.toObject().value(QStringLiteral("id")).toInt())));
        }
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestOutboxServe)
#include "tst_outbox_serve.moc"
