// `toasoan report stats`: the real binary over the newsroom history of tests/support/NewsroomHistory.h, as
// JSON and as tables, with its filters and its usage errors; it changes nothing (tst_cli_auth).
#include "tests/support/CliProcess.h"
#include "tests/support/NewsroomHistory.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

class TestReportStatsCli : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_ws;
    test::NewsroomHistory m_h;
    QTemporaryDir m_home;

    test::CliRun run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = test::cliEnvironment(m_home.path());
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Ho_Chi_Minh"));
        process.setProcessEnvironment(env);
        return test::runCli(
            process, qEnvironmentVariable("TOASOAN_BINARY"),
            QStringList{QStringLiteral("--database"), m_ws.path(), QStringLiteral("report"), QStringLiteral("stats")} +
                arguments);
    }

    QJsonObject json(const QStringList &arguments)
    {
        const test::CliRun r = run(arguments + QStringList{QStringLiteral("--json")});
        if (r.code != 0) {
            qWarning("%s", qPrintable(r.err));
        }
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        test::useVietnamTime();
        QVERIFY(m_ws.ok());
        QVERIFY(m_h.build(m_ws));
    }

    void json()
    {
        const QJsonObject o = json({QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                    QStringLiteral("2026-04-30")});
        QCOMPARE(o.value(QStringLiteral("published_total")).toInt(), 3);
        const QJsonArray months = o.value(QStringLiteral("published_per_month")).toArray();
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(months.at(0).toObject().value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("published_per_week")).toArray().size(), 10);
        const QJsonArray authors = o.value(QStringLiteral("by_author")).toArray();
        QCOMPARE(authors.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Nguyễn Thị Hồng Nhung"));
        QCOMPARE(authors.at(0).toObject().value(QStringLiteral("count")).toInt(), 2);
        const QJsonObject review = o.value(QStringLiteral("review")).toObject();
        QCOMPARE(review.value(QStringLiteral("reviews")).toInt(), 4);
        QCOMPARE(review.value(QStringLiteral("median_ms")).toInteger(), 9 * 3600 * 1000LL);
        QCOMPARE(o.value(QStringLiteral("oldest_waiting")).toObject().value(QStringLiteral("id")).toInteger(),
                 m_h.ids.value(QStringLiteral("A5")));
        const QJsonObject april = o.value(QStringLiteral("rates")).toArray().at(1).toObject();
        QCOMPARE(april.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(april.value(QStringLiteral("decisions")).toInt(), 3);
    }

    void filters()
    {
        const QJsonObject thoiSu =
            json({QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                  QStringLiteral("2026-04-30"), QStringLiteral("--category"), QStringLiteral("Thời sự")});
        QCOMPARE(thoiSu.value(QStringLiteral("published_total")).toInt(), 2);
        const QJsonObject quocBao =
            json({QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                  QStringLiteral("2026-04-30"), QStringLiteral("--author"), QStringLiteral("quocbao")});
        QCOMPARE(quocBao.value(QStringLiteral("published_total")).toInt(), 1);
        QCOMPARE(quocBao.value(QStringLiteral("author_id")).toInteger(), m_h.reporter2);
        const test::CliRun unknown =
            run({QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                 QStringLiteral("2026-04-30"), QStringLiteral("--category"), QStringLiteral("Thể thao")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("Thể thao")), qPrintable(unknown.err));
    }

    void tables()
    {
        const test::CliRun r = run({QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                    QStringLiteral("2026-04-30")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Statistics from 01/03/2026 to 30/04/2026")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Articles published: 3")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("over 4 approvals: median 9 h 0 min, slowest 1 d 0 h")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\"Bài A5\"")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("33.3%")), qPrintable(r.out)); // April's rejections
    }

    void vietnamese()
    {
        QProcess process;
        QProcessEnvironment env = test::cliEnvironment(m_home.path());
        env.insert(QStringLiteral("TOASOAN_LANG"), QStringLiteral("vi"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Ho_Chi_Minh"));
        process.setProcessEnvironment(env);
        const test::CliRun r =
            test::runCli(process, qEnvironmentVariable("TOASOAN_BINARY"),
                         {QStringLiteral("--database"), m_ws.path(), QStringLiteral("report"), QStringLiteral("stats"),
                          QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                          QStringLiteral("2026-04-30")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("33,3%")), qPrintable(r.out)); // Vietnamese decimal comma
        QVERIFY2(r.out.contains(QStringLiteral("của 4 bài được duyệt: trung vị 9 giờ 0 phút")), qPrintable(r.out));
    }

    void usage()
    {
        QCOMPARE(run({QStringLiteral("--from"), QStringLiteral("2026-03-01")}).code, 2); // --to is required
        const test::CliRun badDate = run({QStringLiteral("--from"), QStringLiteral("1/3/2026"), QStringLiteral("--to"),
                                          QStringLiteral("2026-04-30")});
        QCOMPARE(badDate.code, 2);
        QVERIFY2(badDate.err.contains(QStringLiteral("YYYY-MM-DD")), qPrintable(badDate.err));
        const test::CliRun reversed = run({QStringLiteral("--from"), QStringLiteral("2026-04-30"),
                                           QStringLiteral("--to"), QStringLiteral("2026-03-01")});
        QCOMPARE(reversed.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestReportStatsCli)
#include "tst_report_stats_cli.moc"
