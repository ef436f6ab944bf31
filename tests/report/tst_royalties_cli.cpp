// `toasoan report royalties|close-month|reopen-month` with the real binary (TOASOAN_BINARY) on the
// hand-computed November 2026 statement of RoyaltyFixture.h: the sums in JSON, CSV and the table, closing
// with a password, what closing freezes, points set on the command line, the scheme, and the refusals.
#include "app/report/Royalties.h"
#include "tests/report/RoyaltyFixture.h"
#include "tests/support/CliProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

class tst_RoyaltiesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json();
    void csv();
    void table();
    void badArguments();
    void closeAndReopen();
    void scheme();
    void readersSeeWhatTheyMay();

private:
    test::CliRun run(const QStringList &arguments, const QString &password = {});
    /// `report royalties ARGUMENTS` read by `login` (the approver: every author's), with the password.
    test::CliRun royalties(const QStringList &arguments, const QString &login = QStringLiteral("lanhdao"))
    {
        return run(QStringList{QStringLiteral("report"), QStringLiteral("royalties")} + arguments +
                       QStringList{QStringLiteral("--user"), login},
                   QStringLiteral("mat-khau-1"));
    }

    test::RoyaltyFixture f;
    QTemporaryDir m_home;
    QString m_binary;
};

void tst_RoyaltiesCli::initTestCase()
{
    m_binary = qEnvironmentVariable("TOASOAN_BINARY");
    QVERIFY(!m_binary.isEmpty());
    QVERIFY(f.setUp());
    QVERIFY(f.buildNovember());
}

test::CliRun tst_RoyaltiesCli::run(const QStringList &arguments, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = test::cliEnvironment(m_home.path());
    if (!password.isEmpty()) {
        env.insert(QStringLiteral("TOASOAN_PASSWORD"), password);
    }
    process.setProcessEnvironment(env);
    return test::runCli(process, m_binary, QStringList{QStringLiteral("--database"), f.path()} + arguments);
}

void tst_RoyaltiesCli::json()
{
    const auto r = royalties({QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject month = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(month.value(QStringLiteral("month")).toString(), QStringLiteral("2026-11"));
    QCOMPARE(month.value(QStringLiteral("point_value")).toInteger(), 100000);
    QCOMPARE(month.value(QStringLiteral("total")).toInteger(), 1950000);
    QCOMPARE(month.value(QStringLiteral("articles")).toInt(), 5);
    QCOMPARE(month.value(QStringLiteral("unscored")).toInt(), 1);
    QCOMPARE(month.value(QStringLiteral("points")).toDouble(), 19.5);
    QCOMPARE(month.value(QStringLiteral("total_in_words")).toString(),
             QStringLiteral("Một triệu chín trăm năm mươi nghìn đồng"));
    const QJsonArray authors = month.value(QStringLiteral("authors")).toArray();
    QCOMPARE(authors.size(), 3);
    QCOMPARE(authors[0][QStringLiteral("amount")].toInteger(), 650000);
    QCOMPARE(authors[1][QStringLiteral("amount")].toInteger(), 1200000);
    QCOMPARE(authors[2][QStringLiteral("login")].toString(), QStringLiteral("phongvien3"));
    QCOMPARE(authors[2][QStringLiteral("active")].toBool(), false);
    const QJsonObject last = authors[0][QStringLiteral("articles")].toArray()[2].toObject();
    QCOMPARE(last[QStringLiteral("id")].toInteger(), f.lastMinute);
    QCOMPARE(last[QStringLiteral("published_at")].toString(), QStringLiteral("2026-11-30T23:59:00+07:00"));
    QCOMPARE(last[QStringLiteral("points")].toDouble(), 2.5);
    QCOMPARE(last[QStringLiteral("amount")].toInteger(), 250000);

    const auto december = royalties({QStringLiteral("--month"), QStringLiteral("2026-12"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(december.out.toUtf8())[QStringLiteral("total")].toInteger(), 500000);
}

void tst_RoyaltiesCli::csv()
{
    const auto r = royalties({QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--csv")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = QString(r.out).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0], QStringLiteral("Author,Login,Article,Title,Published,Kind,Points,Amount (VND)"));
    QCOMPARE(lines[3], QStringLiteral("Nguyễn Văn An,phongvien,%1,Tin 23:59 ngày cuối tháng,30/11/2026 23:59,Tin,2.5,"
                                      "250000")
                           .arg(f.lastMinute));
    QCOMPARE(lines[2],
             QStringLiteral("Nguyễn Văn An,phongvien,%1,Bài chưa chấm điểm,07/11/2026 09:00,,0,0").arg(f.unscored));
    qint64 sum = 0;
    for (const QString &line : lines.mid(1)) {
        sum += line.section(QLatin1Char(','), -1).toLongLong();
    }
    QCOMPARE(sum, 1950000);

    const QString file = m_home.filePath(QStringLiteral("nhuan-but.csv"));
    const auto written =
        royalties({QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"), file});
    QVERIFY2(written.code == 0, qPrintable(written.err));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    // A byte-order mark first, so that Excel reads UTF-8.
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), QString(r.out).remove(QChar(0xFEFF)));
}

void tst_RoyaltiesCli::table()
{
    const auto r = royalties({QStringLiteral("--month"), QStringLiteral("2026-11")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Office total: 1.950.000 đ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Một triệu chín trăm năm mươi nghìn đồng")));
    QVERIFY(r.out.contains(QStringLiteral("Vũ Văn Em (phongvien3, deactivated)")));
    QVERIFY(r.out.contains(QStringLiteral("1.200.000")));

    const auto empty = royalties({QStringLiteral("--month"), QStringLiteral("2020-01")});
    QCOMPARE(empty.code, 0);
    QVERIFY(empty.out.contains(QStringLiteral("Nothing was published in 01/2020.")));
}

void tst_RoyaltiesCli::badArguments()
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--month"), QStringLiteral("2026-13")},
          QStringList{QStringLiteral("--month"), QStringLiteral("11/2026")},
          QStringList{QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--json"),
                      QStringLiteral("--csv")},
          QStringList{QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"),
                      m_home.filePath(QStringLiteral("x.doc"))}}) {
        const auto r = royalties(arguments);
        QCOMPARE(r.code, 2);
    }
}

void tst_RoyaltiesCli::closeAndReopen()
{
    const QString password = QStringLiteral("mat-khau-1");
    const QStringList close{QStringLiteral("report"), QStringLiteral("close-month"), QStringLiteral("2026-11")};
    // A reporter is refused by the core; nothing is closed.
    const auto reporter = run(close + QStringList{QStringLiteral("--user"), QStringLiteral("phongvien")}, password);
    QCOMPARE(reporter.code, 1);
    QVERIFY(!f.royalties().isClosed(QDate(2026, 11, 1)).value());

    const auto closed = run(close + QStringList{QStringLiteral("--user"), QStringLiteral("lanhdao")}, password);
    QVERIFY2(closed.code == 0, qPrintable(closed.err));
    QVERIFY(closed.out.contains(QStringLiteral("The royalties of 11/2026 are closed.")));
    QVERIFY(f.royalties().isClosed(QDate(2026, 11, 1)).value());
    const auto json = royalties({QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())[QStringLiteral("closed_by")].toString(),
             QStringLiteral("Lê Văn Cường"));

    // Points changed after closing: refused, on the command line as in the core.
    const QStringList setPoints{QStringLiteral("report"), QStringLiteral("set-points"), QString::number(f.lastMinute),
                                QStringLiteral("--kind"), QStringLiteral("tin"),        QStringLiteral("--points"),
                                QStringLiteral("3"),      QStringLiteral("--user"),     QStringLiteral("lanhdao2")};
    const auto frozen = run(setPoints, password);
    QCOMPARE(frozen.code, 1);
    QVERIFY2(frozen.err.contains(QStringLiteral("closed")), qPrintable(frozen.err));
    QCOMPARE(f.royalties().setRoyalty(f.lastMinute, f.approver2, QStringLiteral("tin"), 30).error().code,
             ErrorCode::Forbidden);
    // Closing twice is a failure, not a silent success.
    QCOMPARE(run(close + QStringList{QStringLiteral("--user"), QStringLiteral("lanhdao")}, password).code, 1);

    const auto reopened = run({QStringLiteral("report"), QStringLiteral("reopen-month"), QStringLiteral("2026-11"),
                               QStringLiteral("--as"), QStringLiteral("quantri"), QStringLiteral("--reason"),
                               QStringLiteral("Chấm lại bài tin")},
                              password);
    QVERIFY2(reopened.code == 0, qPrintable(reopened.err));
    QVERIFY(!f.royalties().isClosed(QDate(2026, 11, 1)).value());
    const auto changed = run(setPoints, password);
    QVERIFY2(changed.code == 0, qPrintable(changed.err));
    QCOMPARE(f.royalties().royaltyOf(f.lastMinute).value()->points, 30);
    QCOMPARE(f.royalties().royaltyOf(f.lastMinute).value()->setBy, f.approver2);
    const auto after = royalties({QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8())[QStringLiteral("total")].toInteger(), 2000000);
    // Out of the kind's range: refused by the core.
    QStringList tooMany = setPoints;
    tooMany[6] = QStringLiteral("9");
    QCOMPARE(run(tooMany, password).code, 1);
}

void tst_RoyaltiesCli::scheme()
{
    const auto r = run({QStringLiteral("report"), QStringLiteral("scheme"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject scheme = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(scheme[QStringLiteral("point_value")].toInteger(), 100000);
    QVERIFY(scheme[QStringLiteral("example")].toBool());
    const QJsonArray kinds = scheme[QStringLiteral("kinds")].toArray();
    QCOMPARE(kinds.size(), 5);
    QCOMPARE(kinds[0][QStringLiteral("key")].toString(), QStringLiteral("tin"));
    QCOMPARE(kinds[0][QStringLiteral("max_points")].toDouble(), 3.0);
    const auto table = run({QStringLiteral("report"), QStringLiteral("scheme")});
    QVERIFY(table.out.contains(QStringLiteral("example scheme")));
    QVERIFY(table.out.contains(QStringLiteral("Phóng sự")));
}

void tst_RoyaltiesCli::readersSeeWhatTheyMay()
{
    const QStringList november{QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--json")};
    // A reporter reads their own articles only, and totals that are theirs.
    const auto own = royalties(november, QStringLiteral("phongvien2"));
    QVERIFY2(own.code == 0, qPrintable(own.err));
    const QJsonObject mine = QJsonDocument::fromJson(own.out.toUtf8()).object();
    QCOMPARE(mine.value(QStringLiteral("own_only")).toBool(), true);
    const QJsonArray authors = mine.value(QStringLiteral("authors")).toArray();
    QCOMPARE(authors.size(), 1);
    QCOMPARE(authors.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("phongvien2"));
    QCOMPARE(mine.value(QStringLiteral("total")).toInteger(), 1200000);
    // The table says so instead of an office total.
    const auto table = royalties({QStringLiteral("--month"), QStringLiteral("2026-11")}, QStringLiteral("bientap"));
    QCOMPARE(table.code, 0);
    QVERIFY2(table.out.contains(QLatin1String("You have nothing published in 11/2026.")), qPrintable(table.out));
    QVERIFY(!table.out.contains(QLatin1String("Nguyễn Văn An")));
    // The administrator reads everyone's.
    const auto admin = royalties(november, QStringLiteral("quantri"));
    QCOMPARE(admin.code, 0);
    const QJsonObject all = QJsonDocument::fromJson(admin.out.toUtf8()).object();
    QCOMPARE(all.value(QStringLiteral("own_only")).toBool(), false);
    QCOMPARE(all.value(QStringLiteral("authors")).toArray().size(), 3);
    // Nobody named, or a wrong password: nothing is shown.
    const auto anonymous = run(
        {QStringLiteral("report"), QStringLiteral("royalties"), QStringLiteral("--month"), QStringLiteral("2026-11")});
    QCOMPARE(anonymous.code, 2);
    QVERIFY(anonymous.out.isEmpty());
    const auto wrong = run({QStringLiteral("report"), QStringLiteral("royalties"), QStringLiteral("--month"),
                            QStringLiteral("2026-11"), QStringLiteral("--user"), QStringLiteral("phongvien")},
                           QStringLiteral("sai-mat-khau"));
    QCOMPARE(wrong.code, 1);
    QVERIFY(wrong.out.isEmpty());
    // The PDF of a reporter's statement is written by the printer from what they may read.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("cua-toi.pdf"));
    const auto written = royalties({QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"), pdf},
                                   QStringLiteral("phongvien2"));
    QVERIFY2(written.code == 0, qPrintable(written.err));
    QVERIFY(QFileInfo(pdf).size() > 0);
}

QTEST_GUILESS_MAIN(tst_RoyaltiesCli)
#include "tst_royalties_cli.moc"
