// vi_VN sorting and the date formats of Vietnamese news and administrative documents.
#include "app/text/VietnameseLocale.h"

#include <QTest>

using namespace toasoan;
using text::DateTimeStyle;

Q_DECLARE_METATYPE(text::DateTimeStyle)

class TestVietnameseLocale : public QObject
{
    Q_OBJECT

private slots:
    void dayNames_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: Monday") << 1 << QStringLiteral("Thứ Hai");
        QTest::newRow("nominal: Tuesday") << 2 << QStringLiteral("Thứ Ba");
        QTest::newRow("nominal: Wednesday") << 3 << QStringLiteral("Thứ Tư");
        QTest::newRow("nominal: Thursday") << 4 << QStringLiteral("Thứ Năm");
        QTest::newRow("nominal: Friday") << 5 << QStringLiteral("Thứ Sáu");
        QTest::newRow("nominal: Saturday") << 6 << QStringLiteral("Thứ Bảy");
        QTest::newRow("nominal: Sunday") << 7 << QStringLiteral("Chủ Nhật");
        QTest::newRow("robustness: out of range") << 8 << QString();
        QTest::newRow("robustness: zero") << 0 << QString();
    }

    void dayNames()
    {
        QFETCH(int, day);
        QFETCH(QString, expected);
        QCOMPARE(text::vietnameseDayName(day), expected);
    }

    void formatsDateTime_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<DateTimeStyle>("style");
        QTest::addColumn<QString>("expected");

        const QDateTime sample(QDate(2022, 11, 9), QTime(15, 32));
        QTest::newRow("nominal: news style with weekday")
            << sample << DateTimeStyle::Weekday << QStringLiteral("Thứ Tư, 09/11/2022 | 15:32");
        QTest::newRow("nominal: numeric") << sample << DateTimeStyle::Numeric << QStringLiteral("09/11/2022 15:32");
        QTest::newRow("nominal: Sunday, leading zeros")
            << QDateTime(QDate(2023, 1, 1), QTime(8, 5)) << DateTimeStyle::Weekday
            << QStringLiteral("Chủ Nhật, 01/01/2023 | 08:05");
        QTest::newRow("robustness: UTC time shown as given, no \"UTC\" suffix")
            << QDateTime(QDate(2022, 11, 9), QTime(23, 59), Qt::UTC) << DateTimeStyle::Numeric
            << QStringLiteral("09/11/2022 23:59");
        QTest::newRow("robustness: invalid") << QDateTime() << DateTimeStyle::Weekday << QString();
    }

    void formatsDateTime()
    {
        QFETCH(QDateTime, when);
        QFETCH(DateTimeStyle, style);
        QFETCH(QString, expected);
        QCOMPARE(text::formatDateTime(when, style), expected);
    }

    void administrativeDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: day below 10 padded")
            << QDate(2022, 11, 9) << QStringLiteral("Hà Nội") << QStringLiteral("Hà Nội, ngày 09 tháng 11 năm 2022");
        QTest::newRow("nominal: February padded") << QDate(2023, 2, 15) << QStringLiteral("Lâm Đồng")
                                                  << QStringLiteral("Lâm Đồng, ngày 15 tháng 02 năm 2023");
        QTest::newRow("nominal: March not padded")
            << QDate(2023, 3, 5) << QStringLiteral("Đà Lạt") << QStringLiteral("Đà Lạt, ngày 05 tháng 3 năm 2023");
        QTest::newRow("robustness: place trimmed and normalized")
            << QDate(2024, 12, 31) << QStringLiteral(u"  \u00D0a\u0300 La\u0323t ")
            << QStringLiteral("Đà Lạt, ngày 31 tháng 12 năm 2024");
        QTest::newRow("robustness: no place")
            << QDate(2024, 1, 1) << QString() << QStringLiteral("ngày 01 tháng 01 năm 2024");
        QTest::newRow("robustness: invalid date") << QDate() << QStringLiteral("Hà Nội") << QString();
    }

    void administrativeDate()
    {
        QFETCH(QDate, date);
        QFETCH(QString, place);
        QFETCH(QString, expected);
        QCOMPARE(text::administrativeDate(date, place), expected);
    }

    void sorts_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("nominal: a < ă < â")
            << QStringList{QStringLiteral("ân"), QStringLiteral("an"), QStringLiteral("ăn")}
            << QStringList{QStringLiteral("an"), QStringLiteral("ăn"), QStringLiteral("ân")};
        QTest::newRow("nominal: d < đ, though Đ is after every ASCII letter in code points")
            << QStringList{QStringLiteral("Đà Lạt"), QStringLiteral("Eakar"), QStringLiteral("Dương")}
            << QStringList{QStringLiteral("Dương"), QStringLiteral("Đà Lạt"), QStringLiteral("Eakar")};
        QTest::newRow("nominal: o < ô < ơ, u < ư")
            << QStringList{QStringLiteral("ơn"), QStringLiteral("ưa"), QStringLiteral("ôn"), QStringLiteral("ua"),
                           QStringLiteral("on")}
            << QStringList{QStringLiteral("on"), QStringLiteral("ôn"), QStringLiteral("ơn"), QStringLiteral("ua"),
                           QStringLiteral("ưa")};
        QTest::newRow("nominal: Á before B (code points would not)")
            << QStringList{QStringLiteral("Bình"), QStringLiteral("Ánh")}
            << QStringList{QStringLiteral("Ánh"), QStringLiteral("Bình")};
        QTest::newRow("nominal: tone is a secondary difference")
            << QStringList{QStringLiteral("bạn"), QStringLiteral("bà"), QStringLiteral("bác"), QStringLiteral("ba")}
            << QStringList{QStringLiteral("ba"), QStringLiteral("bà"), QStringLiteral("bác"), QStringLiteral("bạn")};
        QTest::newRow("nominal: numbers by value") << QStringList{QStringLiteral("Kỳ 10"), QStringLiteral("Kỳ 2")}
                                                   << QStringList{QStringLiteral("Kỳ 2"), QStringLiteral("Kỳ 10")};
        QTest::newRow("robustness: empty list") << QStringList() << QStringList();
    }

    void sorts()
    {
        QFETCH(QStringList, input);
        QFETCH(QStringList, expected);
        text::sortVietnamese(input);
        QCOMPARE(input, expected);
    }

    void collatorIsSharedPerThread()
    {
        QCOMPARE(&text::vietnameseCollator(), &text::vietnameseCollator());
        QCOMPARE(text::vietnameseCollator().locale().language(), QLocale::Vietnamese);
    }
};

QTEST_GUILESS_MAIN(TestVietnameseLocale)
#include "tst_vietnameselocale.moc"
