// text::normalize: every way Vietnamese reaches the app (NFC, NFD, the Windows keyboard's combining
// tones, Icelandic eth) ends as the same NFC string.
#include "app/text/Normalize.h"

#include <QTest>

using namespace toasoan;

namespace {

// What normalize() gives for a text without lone surrogates, in one call on the whole text.
QString nfcWithEthFixed(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_C);
    out.replace(QChar(0x00D0), QChar(0x0110));
    out.replace(QChar(0x00F0), QChar(0x0111));
    return out;
}

} // namespace

class TestNormalize : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: NFC stays as it is") << QStringLiteral("Việt Nam") << QStringLiteral("Việt Nam");
        QTest::newRow("nominal: NFD from macOS")
            << QStringLiteral(u"Vie\u0323\u0302t Nam") << QStringLiteral("Việt Nam");
        QTest::newRow("nominal: NFD with stroke and horn")
            << QStringLiteral(u"\u0111u\u031Bo\u031B\u0300ng") << QStringLiteral("đường");
        QTest::newRow("nominal: Windows keyboard, base letter + combining tone")
            << QStringLiteral(u"Ha\u0300 No\u0302\u0323i") << QStringLiteral("Hà Nội");
        QTest::newRow("nominal: Windows keyboard, precomposed ê + combining acute")
            << QStringLiteral(u"Ti\u00EA\u0301ng Vi\u00EA\u0323t") << QStringLiteral("Tiếng Việt");
        QTest::newRow("nominal: Windows keyboard, precomposed ơ + combining hook")
            << QStringLiteral(u"th\u01A1\u0309") << QStringLiteral("thở");
        QTest::newRow("nominal: tone typed before the shape mark")
            << QStringLiteral(u"Vie\u0302\u0323t") << QStringLiteral("Việt");
        QTest::newRow("nominal: mixed NFC and NFD in one string")
            << QStringLiteral(u"Đà Nẵng và Hue\u0302\u0301") << QStringLiteral("Đà Nẵng và Huế");
        QTest::newRow("nominal: capital eth becomes Đ") << QStringLiteral(u"\u00D0à Lạt") << QStringLiteral("Đà Lạt");
        QTest::newRow("nominal: small eth becomes đ") << QStringLiteral(u"\u00F0ồng") << QStringLiteral("đồng");
        QTest::newRow("robustness: empty") << QString() << QString();
        QTest::newRow("robustness: ASCII untouched")
            << QStringLiteral("Tin nhanh 24/7") << QStringLiteral("Tin nhanh 24/7");
        QTest::newRow("robustness: capital NFD with tone")
            << QStringLiteral(u"U\u031B\u0300NG") << QStringLiteral("ỪNG");
        QTest::newRow("robustness: soft hyphen (TCVN3 ư) survives")
            << QStringLiteral(u"\u00AD\u00EAng") << QStringLiteral(u"\u00AD\u00EAng");
    }

    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = text::normalize(input);
        QCOMPARE(out, expected);
        QCOMPARE(out, out.normalized(QString::NormalizationForm_C));
        QCOMPARE(text::normalize(out), out); // idempotent
    }

    // normalize() skips QString::normalized() for texts made only of characters NFC leaves alone: every
    // character of the Basic Multilingual Plane, alone, after a Vietnamese letter and before a combining
    // mark, comes out as the full normalization gives it.
    void quickPathAgreesWithNfc()
    {
        for (char32_t c = 1; c < 0x10000; ++c) {
            if (QChar::isSurrogate(c)) {
                continue;
            }
            const QString one{QChar(char16_t(c))};
            for (const QString &text : {one, QString(QStringLiteral("Việt") + one), QString(one + QChar(0x0301)),
                                        QString(one + QChar(0x0323))}) {
                if (text::normalize(text) != nfcWithEthFixed(text)) {
                    QFAIL(qPrintable(QStringLiteral("U+%1 in \"%2\"").arg(uint(c), 4, 16, QLatin1Char('0')).arg(text)));
                }
            }
        }
    }

    // normalize() gives a long text to QString::normalized() in segments (one call is quadratic in the
    // length of a text with many decomposed characters), cut before characters that neither reorder nor
    // compose with what precedes them. Every character of the Basic Multilingual Plane, where a cut may
    // fall before it (after a letter, a combining mark, a Hangul initial or syllable) and where one may
    // fall after it (before ASCII, a Vietnamese letter), and a text of random code units (lone
    // surrogates too) come out as one call on the whole text gives them.
    void segmentsAgreeWithWholeText()
    {
        const QString marks = QString(QChar(0x0323)) + QChar(0x0302) + QChar(0x11A8); // and a Hangul final
        // Segments are 1024 characters at least: a cut may fall before the 1025th character, not earlier.
        const QString filler(1021, QLatin1Char('a'));
        const QStringList before = {QStringLiteral("aae"), QStringLiteral(u"aa\u0301"), QStringLiteral(u"ab\u1100"),
                                    QStringLiteral(u"ab\uAC00")};
        const QList<char16_t> after = {u'a', 0x1EC7};
        for (char32_t c = 1; c < 0x10000; ++c) {
            if (QChar::isSurrogate(c)) {
                continue;
            }
            QStringList texts;
            for (const QString &end : before) {
                texts.append(filler + end + QChar(char16_t(c)) + marks);
            }
            for (const char16_t cut : after) {
                texts.append(filler + QStringLiteral("ab") + QChar(char16_t(c)) + QChar(cut) + marks);
            }
            for (const QString &text : texts) {
                if (text::normalize(text) != nfcWithEthFixed(text)) {
                    QFAIL(qPrintable(QStringLiteral("U+%1 in \"%2\"").arg(uint(c), 4, 16).arg(text.right(8))));
                }
            }
        }
        QString random; // bench_publish_garbage's "random code units": every code unit, surrogates included
        for (int i = 0; i < 200000; ++i) {
            random.append(QChar(ushort((i * 7919) % 0xFFFF)));
        }
        QCOMPARE(text::normalize(random), text::withoutLoneSurrogates(nfcWithEthFixed(random)));
    }

    void normalizesLists()
    {
        const QStringList in = {QStringLiteral(u"ho\u0300a"), QStringLiteral(u"\u00D0\u00F4ng")};
        const QStringList expected = {QStringLiteral("hòa"), QStringLiteral("Đông")};
        QCOMPARE(text::normalize(in), expected);
    }
};

QTEST_GUILESS_MAIN(TestNormalize)
#include "tst_normalize.moc"
