// Old (hòa, thủy) and new (hoà, thuỷ) tone placement: only syllables ending in oa, oe, uy differ.
#include "app/text/ToneStyle.h"

#include <QTest>

using namespace toasoan;
using text::ToneStyle;

Q_DECLARE_METATYPE(text::ToneStyle)

class TestToneStyle : public QObject
{
    Q_OBJECT

private slots:
    void converts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ToneStyle>("target");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("changes");

        const auto toNew = [](const char *name, const QString &in, const QString &out, int n) {
            QTest::newRow(name) << in << ToneStyle::New << out << n;
        };
        const auto toOld = [](const char *name, const QString &in, const QString &out, int n) {
            QTest::newRow(name) << in << ToneStyle::Old << out << n;
        };
        toNew("nominal: oa huyền", QStringLiteral("hòa"), QStringLiteral("hoà"), 1);
        toNew("nominal: oa sắc", QStringLiteral("hóa học"), QStringLiteral("hoá học"), 1);
        toNew("nominal: oa hỏi", QStringLiteral("thỏa thuận"), QStringLiteral("thoả thuận"), 1);
        toNew("nominal: oa ngã", QStringLiteral("xõa tóc"), QStringLiteral("xoã tóc"), 1);
        toNew("nominal: oa nặng", QStringLiteral("họa sĩ"), QStringLiteral("hoạ sĩ"), 1);
        toNew("nominal: oe", QStringLiteral("khỏe mạnh, xòe ô"), QStringLiteral("khoẻ mạnh, xoè ô"), 2);
        toNew("nominal: uy", QStringLiteral("thủy lợi, lũy tre, tùy ý"), QStringLiteral("thuỷ lợi, luỹ tre, tuỳ ý"), 3);
        toNew("nominal: uy with no onset", QStringLiteral("ủy ban"), QStringLiteral("uỷ ban"), 1);
        toNew("nominal: oa with no onset", QStringLiteral("òa khóc"), QStringLiteral("oà khóc"), 1);
        toNew("nominal: sentence mixing both styles", QStringLiteral("Quận ủy và Quận uỷ họp tại tòa nhà"),
              QStringLiteral("Quận uỷ và Quận uỷ họp tại toà nhà"), 2);
        toNew("nominal: capitalised", QStringLiteral("Hòa Bình"), QStringLiteral("Hoà Bình"), 1);
        toNew("nominal: all caps", QStringLiteral("HÒA"), QStringLiteral("HOÀ"), 1);
        toNew("nominal: odd case kept per letter", QStringLiteral("hÒa"), QStringLiteral("hOà"), 1);
        toNew("nominal: punctuation around", QStringLiteral("(Thủy)."), QStringLiteral("(Thuỷ)."), 1);
        toNew("nominal: NFD input", QStringLiteral(u"ho\u0300a"), QStringLiteral("hoà"), 1);
        toNew("robustness: final consonant, hoàn", QStringLiteral("hoàn thành"), QStringLiteral("hoàn thành"), 0);
        toNew("robustness: final consonant, loẹt", QStringLiteral("loẹt"), QStringLiteral("loẹt"), 0);
        toNew("robustness: uyê, thuyền", QStringLiteral("thuyền"), QStringLiteral("thuyền"), 0);
        toNew("robustness: uy after q, quý", QStringLiteral("quý, quỳ, quỷ"), QStringLiteral("quý, quỳ, quỷ"), 0);
        toNew("robustness: khuyến", QStringLiteral("khuyến khích"), QStringLiteral("khuyến khích"), 0);
        toNew("robustness: oai, hoài", QStringLiteral("hoài"), QStringLiteral("hoài"), 0);
        toNew("robustness: uơ, thuở", QStringLiteral("thuở"), QStringLiteral("thuở"), 0);
        toNew("robustness: uya, khuya", QStringLiteral("khuya"), QStringLiteral("khuya"), 0);
        toNew("robustness: uynh, huỳnh", QStringLiteral("Huỳnh"), QStringLiteral("Huỳnh"), 0);
        toNew("robustness: no tone", QStringLiteral("hoa quả"), QStringLiteral("hoa quả"), 0);
        toNew("robustness: already new", QStringLiteral("hoà"), QStringLiteral("hoà"), 0);
        toNew("robustness: foreign onset", QStringLiteral("Fòa"), QStringLiteral("Fòa"), 0);
        toNew("robustness: empty", QString(), QString(), 0);
        toOld("nominal: back to old", QStringLiteral("hoà"), QStringLiteral("hòa"), 1);
        toOld("nominal: uỷ to ủy", QStringLiteral("Quận uỷ"), QStringLiteral("Quận ủy"), 1);
        toOld("nominal: oẻ to ỏe", QStringLiteral("khoẻ mạnh"), QStringLiteral("khỏe mạnh"), 1);
        toOld("nominal: all caps", QStringLiteral("HOÀ BÌNH"), QStringLiteral("HÒA BÌNH"), 1);
        toOld("nominal: odd case kept per letter", QStringLiteral("hOà"), QStringLiteral("hÒa"), 1);
        toOld("robustness: quý stays", QStringLiteral("quý"), QStringLiteral("quý"), 0);
        toOld("robustness: foreign word Zoé stays", QStringLiteral("Zoé"), QStringLiteral("Zoé"), 0);
        toOld("robustness: already old", QStringLiteral("thủy"), QStringLiteral("thủy"), 0);
    }

    void converts()
    {
        QFETCH(QString, input);
        QFETCH(ToneStyle, target);
        QFETCH(QString, expected);
        QFETCH(int, changes);
        const text::ToneConversion result = text::convertToneStyle(input, target);
        QCOMPARE(result.text, expected);
        QCOMPARE(result.changes.size(), changes);
        // Converting again changes nothing.
        QCOMPARE(text::convertToneStyle(result.text, target).changes.size(), 0);
        // Every change is the same-length rewrite of one syllable at its position.
        for (const text::ToneChange &change : result.changes) {
            QCOMPARE(change.before.size(), change.length);
            QCOMPARE(change.after.size(), change.length);
            QCOMPARE(result.text.mid(change.position, change.length), change.after);
        }
    }

    void reportsChangesForPreview()
    {
        const text::ToneConversion result = text::convertToneStyle(QStringLiteral("Hòa và Thủy"), ToneStyle::New);
        QCOMPARE(result.changes.size(), 2);
        QCOMPARE(result.changes.at(0).position, 0);
        QCOMPARE(result.changes.at(0).before, QStringLiteral("Hòa"));
        QCOMPARE(result.changes.at(0).after, QStringLiteral("Hoà"));
        QCOMPARE(result.changes.at(1).position, 7);
        QCOMPARE(result.changes.at(1).before, QStringLiteral("Thủy"));
        QCOMPARE(result.changes.at(1).after, QStringLiteral("Thuỷ"));
    }

    void appliesAChosenSubset()
    {
        // The user keeps a person's name ("Hòa") as written and converts the rest.
        const QString source = QStringLiteral("Bà Hòa dự họp Quận ủy");
        const text::ToneConversion result = text::convertToneStyle(source, ToneStyle::New);
        QCOMPARE(result.changes.size(), 2);
        const QString partial = text::applyToneChanges(source, {result.changes.at(1)});
        QCOMPARE(partial, QStringLiteral("Bà Hòa dự họp Quận uỷ"));
        // A stale change (text edited since) is skipped, not applied in the wrong place.
        QCOMPARE(text::applyToneChanges(QStringLiteral("Ông Hùng"), result.changes), QStringLiteral("Ông Hùng"));
    }

    void roundTripsOldStyleText()
    {
        const QString old = QStringLiteral("Tòa soạn báo khỏe mạnh, Quận ủy họp về thủy lợi và hòa giải.");
        const QString modern = text::convertToneStyle(old, ToneStyle::New).text;
        QVERIFY(modern != old);
        QCOMPARE(text::convertToneStyle(modern, ToneStyle::Old).text, old);
    }

    void detects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("oldCount");
        QTest::addColumn<int>("newCount");

        QTest::newRow("nominal: mixed") << QStringLiteral("Quận ủy và Quận uỷ") << 1 << 1;
        QTest::newRow("nominal: old only") << QStringLiteral("hòa khỏe thủy") << 3 << 0;
        QTest::newRow("nominal: new only") << QStringLiteral("hoà khoẻ thuỷ toà") << 0 << 4;
        QTest::newRow("robustness: neutral words") << QStringLiteral("hoàn thuyền quý hoài thuở") << 0 << 0;
        QTest::newRow("robustness: empty") << QString() << 0 << 0;
    }

    void detects()
    {
        QFETCH(QString, input);
        QFETCH(int, oldCount);
        QFETCH(int, newCount);
        const text::ToneStyleCounts counts = text::detectToneStyle(input);
        QCOMPARE(counts.oldStyle, oldCount);
        QCOMPARE(counts.newStyle, newCount);
    }
};

QTEST_GUILESS_MAIN(TestToneStyle)
#include "tst_tonestyle.moc"
