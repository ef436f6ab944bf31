// The command line for a scheduled task on the office server: sites add/list/test, publish,
// outbox list/run, run as the real `toasoan` binary against a local fake WordPress.
#include "tests/publish/FakeWordPress.h"
#include "tests/publish/PublishFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace toasoan;
using namespace toasoan::test;

namespace {

struct Output
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the binary while this process keeps serving the fake site (no blocking wait).
Output toasoanCli(const QString &db, const QStringList &args, const QString &password = {},
                  const QString &language = QStringLiteral("en"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TOASOAN_SITE_PASSWORD"));
    env.remove(QStringLiteral("TOASOAN_SECRETS_FILE"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // never touch the developer's keychain
    if (!password.isEmpty()) {
        // The workspace has two sites ("Cổng huyện" and "Trang xã"): each has its own variable.
        env.insert(password.startsWith(QLatin1String("legacy:")) ? QStringLiteral("TOASOAN_SITE_PASSWORD")
                                                                 : QStringLiteral("TOASOAN_SITE_PASSWORD_TRANG_XA"),
                   password.startsWith(QLatin1String("legacy:")) ? password.mid(7) : password);
    }
    // The fixture's people all have this password; every change proves who makes it.
    env.insert(QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("mat-khau-1"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TOASOAN_LANG"), language); // most assertions read English text
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("TOASOAN_BINARY"), QStringList{QStringLiteral("--database"), db} + args);
    if (!p.waitForStarted() || !finished.wait(60000)) {
        p.kill();
        return {};
    }
    return Output{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                  QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestPublishCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        if (qEnvironmentVariableIsEmpty("TOASOAN_BINARY") || !QFile::exists(qEnvironmentVariable("TOASOAN_BINARY"))) {
            QSKIP("TOASOAN_BINARY is not set (run through ctest).");
        }
    }

    void sitesListHeaderNamesTheSite()
    {
        // The users list's "Name" is a person's full name ("Họ tên"); a site has a name of its own.
        PublishFixture fx;
        const Output listed =
            toasoanCli(fx.dbPath(), {QStringLiteral("sites"), QStringLiteral("list")}, {}, QStringLiteral("vi"));
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QString header = listed.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(header.startsWith(QStringLiteral("Tên trang")), qPrintable(header));
        QVERIFY2(!header.contains(QStringLiteral("Họ tên")), qPrintable(header));
    }

    // `publish` refuses, in the interface's language, an article showing a picture from the author's disk:
    // nothing is queued.
    void publishRefusesImagesTheSiteCannotShow()
    {
        PublishFixture fx;
        QVERIFY(fx.addUser(QStringLiteral("lanhdao"), Role::Approver) > 0);
        Article article = *ArticleRepository(fx.db()).load(fx.article.id);
        article.body += QStringLiteral("<p><img src=\"ảnh/lễ khánh thành.jpg\"></p>");
        QVERIFY(ArticleRepository(fx.db()).save(article, fx.editor).ok());
        const Output refused =
            toasoanCli(fx.dbPath(),
                       {QStringLiteral("publish"), QString::number(fx.article.id), QStringLiteral("--site"),
                        fx.site.name, QStringLiteral("--user"), QStringLiteral("lanhdao")},
                       {}, QStringLiteral("vi"));
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Không thể đăng bài “") + article.title) &&
                     refused.err.contains(QStringLiteral("“ảnh/lễ khánh thành.jpg”")),
                 qPrintable(refused.err));
        const Output jobs =
            toasoanCli(fx.dbPath(), {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(jobs.out.toUtf8()).array().size(), 0);
    }

    void addsTestsPublishesAndRuns()
    {
        FakeWordPress wp;
        QVERIFY(wp.listen());
        PublishFixture fx;
        const QString db = fx.dbPath();
        const QString url = wp.baseUrl().toString();
        QVERIFY(fx.addUser(QStringLiteral("quantri"), Role::Admin) > 0);
        const qint64 approver = fx.addUser(QStringLiteral("lanhdao"), Role::Approver);
        QVERIFY(approver > 0);

        Output added =
            toasoanCli(db,
                       {QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("Trang xã"),
                        QStringLiteral("--type"), QStringLiteral("wordpress"), QStringLiteral("--url"), url,
                        QStringLiteral("--user"), wp.user, QStringLiteral("--as"), QStringLiteral("quantri")},
                       wp.password);
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY2(added.err.contains(QLatin1String("not saved")), qPrintable(added.err)); // no keychain here
        Output bad =
            toasoanCli(db, {QStringLiteral("sites"), QStringLiteral("add"), QStringLiteral("X"),
                            QStringLiteral("--type"), QStringLiteral("ftp"), QStringLiteral("--url"), url,
                            QStringLiteral("--user"), wp.user, QStringLiteral("--as"), QStringLiteral("quantri")});
        QCOMPARE(bad.code, 2);

        Output listed = toasoanCli(db, {QStringLiteral("sites"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        const QJsonArray sites = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(sites.size(), 2);
        QVERIFY(!listed.out.contains(wp.password));

        Output tested =
            toasoanCli(db, {QStringLiteral("sites"), QStringLiteral("test"), QStringLiteral("trang xã")}, wp.password);
        QVERIFY2(tested.code == 0, qPrintable(tested.err));
        QVERIFY(tested.out.contains(QLatin1String("Asia/Ho_Chi_Minh")));
        Output wrong = toasoanCli(db, {QStringLiteral("sites"), QStringLiteral("test"), QStringLiteral("Trang xã")},
                                  QStringLiteral("sai mat khau"));
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("refused the user name")), qPrintable(wrong.err));
        Output noSecret = toasoanCli(db, {QStringLiteral("sites"), QStringLiteral("test"), QStringLiteral("Trang xã")});
        QCOMPARE(noSecret.code, 1);
        QVERIFY2(noSecret.err.contains(QLatin1String("TOASOAN_SITE_PASSWORD_TRANG_XA")), qPrintable(noSecret.err));
        // One variable for every site would send this site's password to the other: refused, saying what to set.
        Output shared = toasoanCli(db, {QStringLiteral("sites"), QStringLiteral("test"), QStringLiteral("Trang xã")},
                                   QStringLiteral("legacy:") + wp.password);
        QCOMPARE(shared.code, 1);
        QVERIFY2(shared.err.contains(QLatin1String("TOASOAN_SITE_PASSWORD_TRANG_XA")), qPrintable(shared.err));

        Output queued =
            toasoanCli(db, {QStringLiteral("publish"), QString::number(fx.article.id), QStringLiteral("--site"),
                            QStringLiteral("Trang xã"), QStringLiteral("--user"), QStringLiteral("lanhdao")});
        QVERIFY2(queued.code == 0, qPrintable(queued.err));
        Output listedJobs =
            toasoanCli(db, {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
        QJsonArray jobs = QJsonDocument::fromJson(listedJobs.out.toUtf8()).array();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("requested_by")).toInteger(), approver);

        Output ran = toasoanCli(db, {QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--until-empty")},
                                wp.password);
        QVERIFY2(ran.code == 0, qPrintable(ran.out + ran.err));
        QCOMPARE(wp.postsCreated(), 1);
        jobs = QJsonDocument::fromJson(
                   toasoanCli(db, {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")})
                       .out.toUtf8())
                   .array();
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QVERIFY(jobs.at(0).toObject().value(QStringLiteral("post_url")).toString().startsWith(url));

        // Nothing left: a second run sends nothing and creates nothing.
        Output again = toasoanCli(db, {QStringLiteral("outbox"), QStringLiteral("run")}, wp.password);
        QCOMPARE(again.code, 0);
        QCOMPARE(wp.postsCreated(), 1);

        // A failing job makes the run fail with the reason on stderr.
        Output requeued =
            toasoanCli(db, {QStringLiteral("publish"), QString::number(fx.article.id), QStringLiteral("--site"),
                            QStringLiteral("Trang xã"), QStringLiteral("--user"), QStringLiteral("lanhdao")});
        QCOMPARE(requeued.code, 0);
        Output denied = toasoanCli(db, {QStringLiteral("outbox"), QStringLiteral("run")}, QStringLiteral("sai"));
        QCOMPARE(denied.code, 1);
        QVERIFY2(denied.err.contains(QLatin1String("refused")), qPrintable(denied.err));
    }
};

QTEST_GUILESS_MAIN(TestPublishCli)
#include "tst_publish_cli.moc"
