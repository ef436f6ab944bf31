// Power cut mid-sentence: a real editing process (autosave_typist, the real MainWindow with a
// one-second autosave) types into an article and is killed with SIGKILL. Everything it typed
// more than one autosave interval before the kill must be in the recovery copy.
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "tests/support/TestWorkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

class TestAutosaveKill : public QObject
{
    Q_OBJECT

private slots:
    void typedTextSurvivesSigkill_data()
    {
        QTest::addColumn<int>("typingMs");
        QTest::newRow("nominal: killed after a few intervals") << 3500;
        QTest::newRow("robustness: killed soon after the first autosave") << 1600;
    }

    void typedTextSurvivesSigkill()
    {
        QFETCH(int, typingMs);
        constexpr qint64 kIntervalMs = 1000;
        QTemporaryDir settingsDir;
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const QString path = ws.path();
        const qint64 user = ws.addUser(QStringLiteral("phongvien"));
        Article a;
        a.title = QStringLiteral("Mưa lớn gây ngập");
        a.body = QStringLiteral("<p>Đoạn mở đầu.</p>");
        const qint64 articleId = ArticleRepository(ws.db()).create(a, user).value().id;

        QProcess typist;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("TOASOAN_AUTOSAVE_SECONDS"), QString::number(kIntervalMs / 1000));
        typist.setProcessEnvironment(env);
        typist.setProcessChannelMode(QProcess::SeparateChannels);
        typist.start(QStringLiteral(TOASOAN_TYPIST), {path, QString::number(user), QString::number(articleId),
                                                      settingsDir.filePath(QStringLiteral("settings.ini"))});
        QVERIFY2(typist.waitForStarted(), qPrintable(typist.errorString()));

        // When the parent learnt each word was typed: later than the typing, so ages measured
        // from here are on the safe side.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> typedAt;
        QByteArray pending;
        qint64 firstTyped = -1;
        while (typist.state() == QProcess::Running) {
            typist.waitForReadyRead(50);
            pending += typist.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline).trimmed();
                pending.remove(0, newline + 1);
                if (line.startsWith("typed ")) {
                    typedAt.append(clock.elapsed());
                    if (firstTyped < 0) {
                        firstTyped = clock.elapsed();
                    }
                }
            }
            if (firstTyped >= 0 && clock.elapsed() - firstTyped >= typingMs) {
                break;
            }
            QVERIFY2(clock.elapsed() < 60000, "the typist never started typing");
        }
        QVERIFY2(typist.state() == QProcess::Running, typist.readAllStandardError().constData());
        typist.kill(); // SIGKILL: no close event, no destructor, no flush
        const qint64 killedAt = clock.elapsed();
        QVERIFY(typist.waitForFinished(10000));
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);

        // Words typed (and reported) more than one interval before the kill.
        int mustSurvive = -1;
        for (int i = 0; i < typedAt.size(); ++i) {
            if (killedAt - typedAt.at(i) > kIntervalMs) {
                mustSurvive = i;
            }
        }
        QVERIFY2(mustSurvive >= 1, "the typist did not type long enough before the kill");

        // A fresh connection, as the next start would open.
        auto reopened = Database::openSqlite(path);
        QVERIFY(reopened.ok());
        ArticleRepository articles(*reopened.value());
        auto copy = articles.recovery(articleId);
        QVERIFY(copy.ok());
        QVERIFY2(copy->has_value(), typist.readAllStandardError().constData());
        const Article &recovered = (*copy)->article;
        QCOMPARE(recovered.title, QStringLiteral("Mưa lớn gây ngập — tin khẩn"));
        for (int i = 1; i <= mustSurvive; ++i) {
            const QString word = QStringLiteral("từ%1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY2(recovered.body.contains(word),
                     qPrintable(word + QStringLiteral(" lost; body: ") + recovered.body));
        }
        // The saved article itself is untouched: autosave is not a save.
        QCOMPARE(articles.load(articleId)->version, 1);
        QCOMPARE((*copy)->userId, user);
    }
};

QTEST_GUILESS_MAIN(TestAutosaveKill)
#include "tst_autosave_kill.moc"
