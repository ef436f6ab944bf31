// The command line without its server (issue 14, step 5), against the PostgreSQL test server behind a proxy
// that refuses connections on command (tests/support/CutProxy): reading, searching and importing articles work
// from the PC's working copy with "Offline: …" on stderr, an import waits in the copy and the next
// `toasoan sync` sends it, log-in is still proven (the copy's password hashes and lock-out), and the commands
// that need the server are refused with their own exit code.
#include "app/cli/Commands.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "tests/support/CliProcess.h"
#include "tests/support/CutProxy.h"
#include "tests/support/PostgresScratch.h"
#include "tests/sync/SyncTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::CutProxy;
using toasoan::test::PostgresScratch;

const QString kPassword = test::kSyncPassword;
using test::copiesUnder;

class TestSyncOfflineCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (PostgresScratch::serverLocation().isEmpty()) {
            QSKIP("No PostgreSQL test server (TOASOAN_TEST_PG)");
        }
        QVERIFY(!qEnvironmentVariable("TOASOAN_BINARY").isEmpty());
    }

    void workingCopyAnswersWhileTheServerIsAway()
    {
        PostgresScratch scratch;
        QVERIFY(scratch.ok());
        auto server = Database::open(scratch.location());
        QVERIFY(server);
        UserRepository users(**server);
        auto lan = users.create(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), Role::Reporter, kPassword);
        auto hung = users.create(QStringLiteral("hung"), QStringLiteral("Lê Văn Hùng"), Role::Reporter, kPassword);
        QVERIFY(lan && hung);
        ArticleRepository articles(**server);
        Article a;
        a.title = QStringLiteral("Đường mới ở Tân Lập");
        a.sapo = QStringLiteral("Xã Tân Lập khánh thành con đường bê tông.");
        a.body = QStringLiteral("<p>Sáng nay, con đường dài 3 km đã thông xe.</p>");
        auto first = articles.create(a, lan->id);
        a.title = QStringLiteral("Chợ phiên vùng cao");
        a.body = QStringLiteral("<p>Phiên chợ họp mỗi sáng chủ nhật.</p>");
        auto second = articles.create(a, lan->id);
        QVERIFY(first && second);

        QTemporaryDir home;
        const QString data = home.filePath(QStringLiteral("data"));
        auto proxy = CutProxy::inFrontOf(PostgresScratch::serverLocation());
        QVERIFY(proxy->isListening());
        const QString location = proxy->route(scratch.location());
        auto cli = [&](const QStringList &arguments, const QString &password = QString(),
                       const QString &language = QStringLiteral("en")) {
            QProcessEnvironment env = test::cliEnvironment(home.path());
            env.insert(QStringLiteral("XDG_DATA_HOME"), data);
            env.insert(QStringLiteral("TOASOAN_LANG"), language);
            if (!password.isNull()) {
                env.insert(QStringLiteral("TOASOAN_PASSWORD"), password);
            }
            QProcess process;
            process.setProcessEnvironment(env);
            return test::runCli(process, qEnvironmentVariable("TOASOAN_BINARY"),
                                QStringList{QStringLiteral("--database"), location} + arguments);
        };
        auto json = [](const QString &text) { return QJsonDocument::fromJson(text.toUtf8()); };
        // The changes waiting in the copy, as `status` counts them.
        auto pending = [&] {
            return json(cli({QStringLiteral("status"), QStringLiteral("--json")}).out)
                .object()
                .value(QStringLiteral("pending"))
                .toInt();
        };
        const QString user = QStringLiteral("--user");
        const QString importFile = home.filePath(QStringLiteral("bai-moi.txt"));
        {
            QFile file(importFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("Lúa mùa được mùa\n\nNông dân Tân Lập phấn khởi.\n").toUtf8());
        }

        // Away before any copy exists: a clear message, nothing made.
        proxy->setRefusing(true);
        const auto noCopy = cli({QStringLiteral("articles"), QStringLiteral("list")});
        QCOMPARE(noCopy.code, int(cli::ExitOffline));
        QVERIFY2(noCopy.err.contains(QLatin1String("no working copy")) &&
                     noCopy.err.contains(QLatin1String("toasoan sync")),
                 qPrintable(noCopy.err));
        QCOMPARE(copiesUnder(data), 0);

        proxy->setRefusing(false);
        const auto synced = cli({QStringLiteral("sync"), user, QStringLiteral("lan")}, kPassword);
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        const auto online = cli({QStringLiteral("articles"), QStringLiteral("list")});
        QCOMPARE(online.code, 0);
        QVERIFY2(!online.err.contains(QLatin1String("Offline")), qPrintable(online.err)); // the server answered

        proxy->setRefusing(true);
        // Reading: list, show, export, search, status.
        const auto list = cli({QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(list.err.startsWith(QLatin1String("Offline: ")) && list.err.contains(QLatin1String("working copy")) &&
                     list.err.contains(QLatin1String("last synced at")),
                 qPrintable(list.err));
        QCOMPARE(json(list.out).array().size(), 2);
        const auto show = cli({QStringLiteral("articles"), QStringLiteral("show"),
                               first->uuid.toString(QUuid::WithoutBraces), QStringLiteral("--json")});
        QVERIFY2(show.code == 0, qPrintable(show.err));
        QCOMPARE(json(show.out).object().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Đường mới ở Tân Lập"));
        QVERIFY(show.err.startsWith(QLatin1String("Offline: ")));
        const auto exported =
            cli({QStringLiteral("articles"), QStringLiteral("export"), second->uuid.toString(QUuid::WithoutBraces),
                 QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QStringLiteral("Phiên chợ họp mỗi sáng chủ nhật.")), qPrintable(exported.out));
        QVERIFY(exported.err.startsWith(QLatin1String("Offline: ")));
        const auto found = cli({QStringLiteral("search"), QStringLiteral("chợ phiên"), QStringLiteral("--json")});
        QVERIFY2(found.code == 0, qPrintable(found.err));
        QVERIFY2(found.out.contains(QStringLiteral("Chợ phiên vùng cao")) &&
                     !found.out.contains(QStringLiteral("Đường mới ở Tân Lập")),
                 qPrintable(found.out));
        QVERIFY(found.err.startsWith(QLatin1String("Offline: ")));
        const auto status = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.code, 0);
        QCOMPARE(json(status.out).object().value(QStringLiteral("online")).toBool(), false);
        QVERIFY(status.err.startsWith(QLatin1String("Offline: ")));
        // In Vietnamese, the default language.
        const auto vietnamese =
            cli({QStringLiteral("articles"), QStringLiteral("list")}, QString(), QStringLiteral("vi"));
        QCOMPARE(vietnamese.code, 0);
        QVERIFY2(vietnamese.err.startsWith(QStringLiteral("Ngoại tuyến: ")), qPrintable(vietnamese.err));

        // Importing: still a log-in (the copy's password hash), then queued.
        const QStringList import = {QStringLiteral("articles"), QStringLiteral("import"), importFile, user,
                                    QStringLiteral("lan")};
        const auto wrong = cli(import, QStringLiteral("sai-mat-khau"));
        QCOMPARE(wrong.code, int(cli::ExitFailure));
        const auto imported = cli(import, kPassword);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QLatin1String("toasoan sync")), qPrintable(imported.err));
        QCOMPARE(pending(), 1);
        QCOMPARE(json(cli({QStringLiteral("articles"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                     .array()
                     .size(),
                 3);
        // A page with a picture: new pictures are not pushed, so the import is refused and nothing is queued.
        {
            QFile png(home.filePath(QStringLiteral("anh.png")));
            QVERIFY(png.open(QIODevice::WriteOnly));
            png.write(
                QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6"
                                       "kgAAAABJRU5ErkJggg=="));
            QFile page(home.filePath(QStringLiteral("bai-anh.html")));
            QVERIFY(page.open(QIODevice::WriteOnly));
            page.write(QStringLiteral("<html><head><title>Ảnh lúa chín</title></head><body><p>Đồng lúa.</p>"
                                      "<img src=\"anh.png\"></body></html>")
                           .toUtf8());
        }
        const auto withPicture = cli({QStringLiteral("articles"), QStringLiteral("import"),
                                      home.filePath(QStringLiteral("bai-anh.html")), user, QStringLiteral("lan")},
                                     kPassword);
        QCOMPARE(withPicture.code, int(cli::ExitOffline));
        QVERIFY2(withPicture.err.contains(QLatin1String("New pictures")), qPrintable(withPicture.err));
        QCOMPARE(pending(), 1);
        // Lock-out holds offline: hung's guesses lock him out, and then even his password is refused.
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(
                cli({QStringLiteral("articles"), QStringLiteral("import"), importFile, user, QStringLiteral("hung")},
                    QStringLiteral("doan-%1").arg(i))
                    .code,
                int(cli::ExitFailure));
        }
        const auto locked =
            cli({QStringLiteral("articles"), QStringLiteral("import"), importFile, user, QStringLiteral("hung")},
                kPassword);
        QCOMPARE(locked.code, int(cli::ExitFailure));
        QCOMPARE(pending(), 1);

        // What needs the server is refused, with its own exit code, and changes nothing.
        const auto submit = cli({QStringLiteral("workflow"), QStringLiteral("submit"), QString::number(first->id), user,
                                 QStringLiteral("lan")},
                                kPassword);
        QCOMPARE(submit.code, int(cli::ExitOffline));
        QVERIFY2(submit.err.startsWith(QLatin1String("Offline: ")) &&
                     submit.err.contains(QLatin1String("needs the server")),
                 qPrintable(submit.err));
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("list")}).code, int(cli::ExitOffline));
        QCOMPARE(cli({QStringLiteral("sync"), user, QStringLiteral("lan")}, kPassword).code, int(cli::ExitOffline));
        QCOMPARE(test::scalar(**server, QStringLiteral("SELECT count(*) FROM articles")), 2);
        QCOMPARE(test::scalar(**server, QStringLiteral("SELECT count(*) FROM articles WHERE state = 'draft'")), 2);

        // Back online: the next sync sends the import, once.
        proxy->setRefusing(false);
        const auto pushed =
            cli({QStringLiteral("sync"), QStringLiteral("--json"), user, QStringLiteral("lan")}, kPassword);
        QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
        QCOMPARE(json(pushed.out).object().value(QStringLiteral("pushed")).toInt(), 1);
        QCOMPARE(
            test::scalar(**server, QStringLiteral("SELECT count(*) FROM articles WHERE title = 'Lúa mùa được mùa' AND "
                                                  "author_id = %1 AND state = 'draft'")
                                       .arg(lan->id)),
            1);
        QCOMPARE(test::scalar(**server, QStringLiteral("SELECT count(*) FROM articles")), 3);
        QCOMPARE(pending(), 0);
        const auto again =
            cli({QStringLiteral("sync"), QStringLiteral("--json"), user, QStringLiteral("lan")}, kPassword);
        QCOMPARE(json(again.out).object().value(QStringLiteral("pushed")).toInt(), 0);
        QCOMPARE(test::scalar(**server, QStringLiteral("SELECT count(*) FROM articles")), 3);
    }
};

QTEST_GUILESS_MAIN(TestSyncOfflineCli)
#include "tst_sync_offline_cli.moc"
