// Slugs the way a real WordPress makes them from Vietnamese titles, and unique slugs.
#include "app/text/Slug.h"

#include <QSet>
#include <QTest>

using namespace toasoan;

class TestSlug : public QObject
{
    Q_OBJECT

private slots:
    void slugify_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: WordPress example") << QStringLiteral("Kinh tế") << 190 << QStringLiteral("kinh-te");
        QTest::newRow("nominal: đ becomes d, not dropped") << QStringLiteral("đường") << 190 << QStringLiteral("duong");
        QTest::newRow("nominal: capital Đ") << QStringLiteral("ĐẮK LẮK") << 190 << QStringLiteral("dak-lak");
        QTest::newRow("nominal: full title") << QStringLiteral("Đường Kinh tế: Hội nghị tổng kết năm 2022") << 190
                                             << QStringLiteral("duong-kinh-te-hoi-nghi-tong-ket-nam-2022");
        QTest::newRow("nominal: both tone styles give one slug")
            << QStringLiteral("Quận ủy, Quận uỷ") << 190 << QStringLiteral("quan-uy-quan-uy");
        QTest::newRow("nominal: NFD input")
            << QStringLiteral(u"Vie\u0323\u0302t Nam") << 190 << QStringLiteral("viet-nam");
        QTest::newRow("nominal: eth typed for Đ")
            << QStringLiteral(u"\u00D0à Nẵng") << 190 << QStringLiteral("da-nang");
        QTest::newRow("nominal: cut on a word boundary")
            << QStringLiteral("Ủy ban nhân dân huyện tổ chức hội nghị") << 20 << QStringLiteral("uy-ban-nhan-dan");
        QTest::newRow("robustness: one long word is cut hard")
            << QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaa") << 10 << QStringLiteral("aaaaaaaaaa");
        QTest::newRow("robustness: punctuation runs and edges")
            << QStringLiteral("  --Tin   nhanh!!  ") << 190 << QStringLiteral("tin-nhanh");
        QTest::newRow("robustness: only punctuation gives empty") << QStringLiteral("!!! … ???") << 190 << QString();
        QTest::newRow("robustness: empty") << QString() << 190 << QString();
        QTest::newRow("robustness: no trailing dash after cut")
            << QStringLiteral("ab cd ef gh ij kl") << 9 << QStringLiteral("ab-cd-ef");
    }

    void slugify()
    {
        QFETCH(QString, title);
        QFETCH(int, maxLength);
        QFETCH(QString, expected);
        const QString slug = text::slugify(title, maxLength);
        QCOMPARE(slug, expected);
        QVERIFY(slug.size() <= maxLength);
        QVERIFY(!slug.startsWith(QLatin1Char('-')) && !slug.endsWith(QLatin1Char('-')));
    }

    void uniqueSlug_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: free base")
            << QStringLiteral("kinh-te") << QStringList() << 190 << QStringLiteral("kinh-te");
        QTest::newRow("nominal: base taken") << QStringLiteral("kinh-te") << QStringList{QStringLiteral("kinh-te")}
                                             << 190 << QStringLiteral("kinh-te-2");
        QTest::newRow("nominal: -2 taken too")
            << QStringLiteral("kinh-te") << QStringList{QStringLiteral("kinh-te"), QStringLiteral("kinh-te-2")} << 190
            << QStringLiteral("kinh-te-3");
        QTest::newRow("nominal: only -2 taken, base free")
            << QStringLiteral("kinh-te") << QStringList{QStringLiteral("kinh-te-2")} << 190
            << QStringLiteral("kinh-te");
        QTest::newRow("robustness: suffix fits the length limit")
            << QStringLiteral("abcdefghij") << QStringList{QStringLiteral("abcdefghij")} << 10
            << QStringLiteral("abcdefgh-2");
        QTest::newRow("robustness: no double dash when shortening")
            << QStringLiteral("abcdefg-ij") << QStringList{QStringLiteral("abcdefg-ij")} << 10
            << QStringLiteral("abcdefg-2");
        QTest::newRow("robustness: empty base") << QString() << QStringList() << 190 << QString();
    }

    void uniqueSlug()
    {
        QFETCH(QString, base);
        QFETCH(QStringList, taken);
        QFETCH(int, maxLength);
        QFETCH(QString, expected);
        const QSet<QString> used(taken.cbegin(), taken.cend());
        QCOMPARE(text::uniqueSlug(
                     base, [&used](const QString &s) { return used.contains(s); }, maxLength),
                 expected);
    }

    void uniqueSlugGivesUpOnABrokenPredicate()
    {
        int calls = 0;
        const QString slug = text::uniqueSlug(QStringLiteral("tin"), [&calls](const QString &) {
            ++calls;
            return true;
        });
        QVERIFY(slug.isEmpty());
        QVERIFY(calls > 100);
    }
};

QTEST_GUILESS_MAIN(TestSlug)
#include "tst_slug.moc"
