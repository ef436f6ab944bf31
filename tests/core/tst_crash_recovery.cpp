// A writer process is killed with SIGKILL in the middle of a transaction: everything it had
// committed is still there and the database passes PRAGMA integrity_check.
#include "app/search/SearchIndex.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace toasoan;

namespace {

// Child mode: commit articles in batches forever, printing each committed batch's last id.
int runWriter(const QString &path)
{
    auto db = Database::openSqlite(path);
    if (!db) {
        return 3;
    }
    searchindex::attach(**db); // the articles are written as the application writes them
    auto user = UserRepository(**db).create(QStringLiteral("writer"), QStringLiteral("Người viết"), Role::Reporter,
                                            QStringLiteral("mat-khau-1"));
    if (!user) {
        return 4;
    }
    ArticleRepository repo(**db);
    const QString body = QStringLiteral("<p>Đoạn văn dài về công tác an sinh xã hội của quận.</p>").repeated(40);
    for (int batch = 0;; ++batch) {
        qint64 last = 0;
        auto done = (*db)->transaction([&]() -> Result<void> {
            for (int i = 0; i < 200; ++i) {
                Article a;
                a.title = QStringLiteral("Lô %1 – bài %2").arg(batch).arg(i);
                a.body = body;
                auto created = repo.create(a, user->id);
                if (!created) {
                    return created.error();
                }
                last = created->id;
            }
            return {};
        });
        if (!done) {
            return 5;
        }
        std::printf("%lld\n", static_cast<long long>(last));
        std::fflush(stdout);
    }
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void sigkillMidTransactionLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        QProcess writer;
        writer.setProgram(QCoreApplication::applicationFilePath());
        writer.setArguments({QStringLiteral("--writer"), path});
        writer.start();
        QVERIFY(writer.waitForStarted());

        qint64 lastCommitted = 0;
        int batches = 0;
        while (batches < 4) {
            QVERIFY2(writer.waitForReadyRead(60000), "writer stopped committing");
            while (writer.canReadLine()) {
                lastCommitted = writer.readLine().trimmed().toLongLong();
                ++batches;
            }
        }
        // The writer is now inside its next transaction: kill it there.
        QTest::qWait(15);
        writer.kill(); // SIGKILL on Unix
        QVERIFY(writer.waitForFinished());
        while (writer.canReadLine()) { // a batch may have committed before the kill landed
            lastCommitted = qMax(lastCommitted, writer.readLine().trimmed().toLongLong());
        }
        const QByteArray rest = writer.readAll().trimmed();
        if (!rest.isEmpty()) {
            lastCommitted = qMax(lastCommitted, rest.toLongLong());
        }

        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
        auto check = (*db)->exec(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check && check->next());
        QCOMPARE(check->value(0).toString(), QStringLiteral("ok"));
        check->finish();
        auto count = (*db)->exec(QStringLiteral("SELECT count(*), max(id) FROM articles"));
        QVERIFY(count && count->next());
        QVERIFY(count->value(0).toLongLong() >= lastCommitted);
        QCOMPARE(count->value(0).toLongLong() % 200, 0); // whole batches only: no half transaction
        count->finish();
        ArticleRepository repo(**db);
        auto last = repo.load(lastCommitted);
        QVERIFY(last.ok());
        QVERIFY(last->title.startsWith(QStringLiteral("Lô ")));
        QCOMPARE(repo.revisions(lastCommitted)->size(), 1);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash_recovery.moc"
