// A PC killed (SIGKILL) in the middle of an offline save (issue 14): the queued operation is written in the
// save's own transaction, so after the kill every change whose save returned is still queued, no change is
// stored without its operation (nor an operation without its change), and the file is intact. The saver is a
// program of its own (offline_saver.cpp), killed at a different moment each round.
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "tests/sync/SyncTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

using test::scalar;

class TestSyncKill : public QObject
{
    Q_OBJECT

private slots:
    void savesSurviveSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
        qint64 user = 0;
        qint64 articleId = 0;
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            auto lan = UserRepository(**db).create(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"),
                                                   Role::Reporter, test::kSyncPassword);
            QVERIFY(lan);
            Article a;
            a.title = QStringLiteral("Đường mới ở Tân Lập");
            a.body = QStringLiteral("<p>Bản đã đồng bộ.</p>");
            auto created = ArticleRepository(**db).create(a, lan->id);
            QVERIFY(created);
            user = lan->id;
            articleId = created->id;
            // As a first pull leaves it: a working copy of its server.
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO sync_meta (server, last_version, last_sync_ms) VALUES "
                                               "('postgresql://toasoan@may-chu/toasoan', 7, 0)")));
        }

        QSet<qint64> reported; // saves that returned, as the saver said
        qint64 next = 1;
        for (int round = 0; round < 4; ++round) {
            QProcess saver;
            saver.setProcessChannelMode(QProcess::SeparateChannels);
            saver.start(QStringLiteral(TOASOAN_OFFLINE_SAVER),
                        {path, QString::number(user), QString::number(articleId), QString::number(next)});
            QVERIFY(saver.waitForStarted());
            // Killed after a different number of saves each round, between two reads of its output.
            const int killAfter = 5 + int(QRandomGenerator::global()->bounded(40));
            qint64 last = next - 1;
            QByteArray pending;
            while (last - next + 1 < killAfter) {
                QVERIFY2(saver.state() == QProcess::Running || saver.bytesAvailable() > 0,
                         saver.readAllStandardError().constData());
                saver.waitForReadyRead(5000);
                pending += saver.readAllStandardOutput();
                qsizetype end;
                while ((end = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(end);
                    pending.remove(0, end + 1);
                    QVERIFY2(line.startsWith("saved "), line.constData());
                    last = line.mid(6).toLongLong();
                    reported.insert(last);
                }
            }
            saver.kill(); // SIGKILL: wherever it is, inside a save's transaction or not
            QVERIFY(saver.waitForFinished());
            QCOMPARE(saver.exitStatus(), QProcess::CrashExit);
            // Lines written before the kill and not yet read are saves that returned, too.
            pending += saver.readAllStandardOutput();
            for (const QByteArray &line : pending.split('\n')) {
                if (line.startsWith("saved ")) {
                    last = line.mid(6).toLongLong();
                    reported.insert(last);
                }
            }

            auto db = Database::openSqlite(path);
            QVERIFY(db);
            QVERIFY((*db)->isWorkingCopy());
            QCOMPARE((*db)->value(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
            // What is queued, by change number.
            QSet<qint64> queued;
            auto ops = (*db)->exec(QStringLiteral("SELECT kind, payload FROM pending_ops ORDER BY seq"));
            QVERIFY(ops);
            static const QRegularExpression numbered(QStringLiteral("(?:Bài mới|Lần sửa) (\\d+)"));
            while (ops->next()) {
                const QJsonObject article = QJsonDocument::fromJson(ops->value(1).toString().toUtf8())
                                                .object()
                                                .value(QStringLiteral("article"))
                                                .toObject();
                const QString text = ops->value(0).toString() == QLatin1String("article.create")
                                         ? article.value(QStringLiteral("title")).toString()
                                         : article.value(QStringLiteral("body")).toString();
                const auto match = numbered.match(text);
                QVERIFY2(match.hasMatch(), qPrintable(text));
                queued.insert(match.captured(1).toLongLong());
            }
            // Every save that returned is queued.
            for (qint64 n : std::as_const(reported)) {
                QVERIFY2(queued.contains(n), qPrintable(QStringLiteral("save %1 returned but is not queued").arg(n)));
            }
            // Both or neither: one queued creation per article made, one queued edit per revision saved, and the
            // article's text is the last queued edit's.
            QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM pending_ops WHERE kind = 'article.create'")),
                     scalar(**db, QStringLiteral("SELECT count(*) FROM articles")) - 1);
            QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM pending_ops WHERE kind = 'article.edit'")),
                     scalar(**db, QStringLiteral("SELECT count(*) FROM revisions WHERE article_id = ?"), {articleId}) -
                         1);
            const qint64 lastEdit = *std::max_element(queued.cbegin(), queued.cend(), [](qint64 a, qint64 b) {
                return (a % 3 == 0 ? -1 : a) < (b % 3 == 0 ? -1 : b);
            });
            if (lastEdit % 3 != 0) {
                QCOMPARE(ArticleRepository(**db).load(articleId)->body,
                         QStringLiteral("<p>Lần sửa %1</p>").arg(lastEdit));
            }
            next = *std::max_element(queued.cbegin(), queued.cend()) + 1;
            QVERIFY(next > last); // nothing after the last reported save is lost but the one killed
        }
        QVERIFY(reported.size() >= 4 * 5);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
