// The amounts written in Vietnamese words on the royalty statement, the points' format and the
// integer rounding of money.
#include "app/report/Money.h"

#include <QTest>

using namespace toasoan::report;

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void words_data();
    void words();
    void grouping();
    void points_data();
    void points();
    void rounding();
};

void tst_Money::words_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, qint64 amount, const char *words) {
        QTest::newRow(name) << amount << QString::fromUtf8(words);
    };
    row("nominal: the issue's example", 1200000, "Một triệu hai trăm nghìn đồng");
    row("nominal: zero", 0, "Không đồng");
    row("nominal: one", 1, "Một đồng");
    row("nominal: ten", 10, "Mười đồng");
    row("nominal: eleven is mười một, not mốt", 11, "Mười một đồng");
    row("nominal: fourteen keeps bốn", 14, "Mười bốn đồng");
    row("nominal: fifteen is mười lăm", 15, "Mười lăm đồng");
    row("nominal: twenty", 20, "Hai mươi đồng");
    row("nominal: twenty-one is mốt", 21, "Hai mươi mốt đồng");
    row("nominal: twenty-four is tư", 24, "Hai mươi tư đồng");
    row("nominal: twenty-five is lăm", 25, "Hai mươi lăm đồng");
    row("nominal: ninety-nine", 99, "Chín mươi chín đồng");
    row("nominal: hundred", 100, "Một trăm đồng");
    row("nominal: linh one", 101, "Một trăm linh một đồng");
    row("nominal: linh four keeps bốn", 104, "Một trăm linh bốn đồng");
    row("nominal: linh five keeps năm", 105, "Một trăm linh năm đồng");
    row("nominal: hundred ten", 110, "Một trăm mười đồng");
    row("nominal: hundred fifteen", 115, "Một trăm mười lăm đồng");
    row("nominal: 999", 999, "Chín trăm chín mươi chín đồng");
    row("nominal: thousand", 1000, "Một nghìn đồng");
    row("nominal: không trăm linh in a later group", 1001, "Một nghìn không trăm linh một đồng");
    row("nominal: không trăm mười lăm", 1015, "Một nghìn không trăm mười lăm đồng");
    row("nominal: không trăm hai mươi mốt", 2021, "Hai nghìn không trăm hai mươi mốt đồng");
    row("nominal: 10,500", 10500, "Mười nghìn năm trăm đồng");
    row("nominal: 15,000", 15000, "Mười lăm nghìn đồng");
    row("nominal: 25,000", 25000, "Hai mươi lăm nghìn đồng");
    row("nominal: 50,000", 50000, "Năm mươi nghìn đồng");
    row("nominal: 105,000", 105000, "Một trăm linh năm nghìn đồng");
    row("nominal: 121,000", 121000, "Một trăm hai mươi mốt nghìn đồng");
    row("nominal: 250,000", 250000, "Hai trăm năm mươi nghìn đồng");
    row("nominal: a million", 1000000, "Một triệu đồng");
    row("nominal: empty thousands are skipped", 1000005, "Một triệu không trăm linh năm đồng");
    row("nominal: không trăm linh năm nghìn", 1005000, "Một triệu không trăm linh năm nghìn đồng");
    row("nominal: 1,050,000", 1050000, "Một triệu không trăm năm mươi nghìn đồng");
    row("nominal: 3,450,500", 3450500, "Ba triệu bốn trăm năm mươi nghìn năm trăm đồng");
    row("nominal: 21,000,000", 21000000, "Hai mươi mốt triệu đồng");
    row("nominal: 24,524,000", 24524000, "Hai mươi tư triệu năm trăm hai mươi tư nghìn đồng");
    row("nominal: 115,000,000", 115000000, "Một trăm mười lăm triệu đồng");
    row("nominal: a thousand million is tỷ", 1000000000, "Một tỷ đồng");
    row("nominal: tỷ then empty groups", 1000000005, "Một tỷ không trăm linh năm đồng");
    row("nominal: tỷ and triệu", 2500000000, "Hai tỷ năm trăm triệu đồng");
    row("nominal: tỷ, later group without hundreds", 1020300400,
        "Một tỷ không trăm hai mươi triệu ba trăm nghìn bốn trăm đồng");
    row("nominal: a thousand tỷ", 1000000000000, "Một nghìn tỷ đồng");
    row("nominal: tỷ tỷ", 1000000000000000000, "Một tỷ tỷ đồng");
    row("nominal: 1,234,567,891,011", 1234567891011,
        "Một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn không trăm "
        "mười một đồng");
    row("robustness: negative", -15000, "Âm mười lăm nghìn đồng");
    row("robustness: the largest amount", std::numeric_limits<qint64>::max(),
        "Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm năm "
        "mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng");
    row("robustness: the smallest amount", std::numeric_limits<qint64>::min(),
        "Âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm "
        "năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh tám đồng");
}

void tst_Money::words()
{
    QFETCH(qint64, amount);
    QFETCH(QString, expected);
    QCOMPARE(vndInWords(amount), expected);
}

void tst_Money::grouping()
{
    QCOMPARE(formatVnd(0), QStringLiteral("0"));
    QCOMPARE(formatVnd(999), QStringLiteral("999"));
    QCOMPARE(formatVnd(1000), QStringLiteral("1.000"));
    QCOMPARE(formatVnd(1200000), QStringLiteral("1.200.000"));
    QCOMPARE(formatVnd(-1234567), QStringLiteral("-1.234.567"));
}

void tst_Money::points_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tenths"); // -1 = refused
    QTest::newRow("nominal: whole") << "3" << 30;
    QTest::newRow("nominal: comma") << "2,5" << 25;
    QTest::newRow("nominal: point") << "2.5" << 25;
    QTest::newRow("nominal: zero") << "0" << 0;
    QTest::newRow("nominal: spaces") << " 12 " << 120;
    QTest::newRow("robustness: two decimals") << "2,25" << -1;
    QTest::newRow("robustness: negative") << "-1" << -1;
    QTest::newRow("robustness: words") << "ba" << -1;
    QTest::newRow("robustness: empty") << "" << -1;
}

void tst_Money::points()
{
    QFETCH(QString, text);
    QFETCH(int, tenths);
    const auto parsed = parsePoints(text);
    QCOMPARE(parsed.value_or(-1), tenths);
    if (parsed) {
        QCOMPARE(parsePoints(formatPoints(*parsed)), parsed);
    }
}

void tst_Money::rounding()
{
    QCOMPARE(formatPoints(25), QStringLiteral("2,5"));
    QCOMPARE(formatPoints(30), QStringLiteral("3"));
    QCOMPARE(amountFor(25, 100000), qint64(250000));
    // 0,5 point of 15.001 đ = 7.500,5 đ: half up.
    QCOMPARE(amountFor(5, 15001), qint64(7501));
    // 0,3 point of 15.001 đ = 4.500,3 đ: down.
    QCOMPARE(amountFor(3, 15001), qint64(4500));
    QCOMPARE(amountFor(0, 15001), qint64(0));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
