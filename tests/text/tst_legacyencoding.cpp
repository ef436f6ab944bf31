// TCVN3 (ABC), VNI-Windows and VIQR: known strings decode right and every Vietnamese letter round-trips.
#include "app/text/LegacyEncoding.h"
#include "app/text/LegacyTables.h"
#include "app/text/VietnameseLetters.h"

#include <QSet>
#include <QTest>

using namespace toasoan;

namespace {

QString lowerLetters()
{
    return text::allVietnameseLetters().left(67);
}

QString upperLetters()
{
    return text::allVietnameseLetters().mid(67);
}

QString hex(const QString &s)
{
    QStringList parts;
    for (const QChar ch : s) {
        parts.append(QString::number(ch.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestLegacyEncoding : public QObject
{
    Q_OBJECT

private slots:
    void letterInventory()
    {
        const QString all = text::allVietnameseLetters();
        QCOMPARE(all.size(), 134); // 60 toned + ă â ê ô ơ ư + đ, both cases, without plain ASCII vowels
        QCOMPARE(QSet<QChar>(all.cbegin(), all.cend()).size(), 134);
        QVERIFY(lowerLetters().contains(QStringLiteral("ệ")));
        QVERIFY(upperLetters().contains(QStringLiteral("Ự")));
        QCOMPARE(lowerLetters().toUpper(), upperLetters());
    }

    void decodesTcvn3_data()
    {
        QTest::addColumn<QString>("legacy");
        QTest::addColumn<bool>("caps");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: example from the style guide")
            << QStringLiteral(u"Vi\u00D6t \u2013 \u00AE\u00AD\u00EAng") << false << QStringLiteral("Việt – đường");
        QTest::newRow("nominal: hand-encoded sentence")
            << QStringLiteral(u"H\u00E9i ngh\u00DE t\u00E6ng k\u00D5t n\u00A8m") << false
            << QStringLiteral("Hội nghị tổng kết năm");
        QTest::newRow("nominal: capitals Ă Â Ê Ô Ơ Ư Đ have their own codes")
            << QStringLiteral(u"\u00A7\u00A6\u00A5\u00A4\u00A3\u00A2\u00A1") << false << QStringLiteral("ĐƯƠÔÊÂĂ");
        QTest::newRow("nominal: caps font draws lower-case codes as capitals")
            << QStringLiteral(u"C\u00E9NG HO\u00B5 X\u00B7 H\u00E9I CH\u00F1 NGH\u00DCA VI\u00D6T NAM") << true
            << QStringLiteral("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        QTest::newRow("nominal: caps font with lower-case ASCII")
            << QStringLiteral(u"vi\u00D6t nam") << true << QStringLiteral("VIỆT NAM");
        QTest::newRow("nominal: soft hyphen is ư, not dropped")
            << QStringLiteral(u"\u00AD\u00EDc m\u00AC ng\u00AD\u00EAi") << false << QStringLiteral("ước mơ người");
        QTest::newRow("robustness: Latin-1 reading of byte 0x96 (C1 control)")
            << QStringLiteral(u"a \u0096 b") << false << QStringLiteral("a – b");
        QTest::newRow("robustness: Unicode letters pass through")
            << QStringLiteral(u"Vi\u1EC7t") << false << QStringLiteral("Việt");
        QTest::newRow("robustness: empty") << QString() << false << QString();
    }

    void decodesTcvn3()
    {
        QFETCH(QString, legacy);
        QFETCH(bool, caps);
        QFETCH(QString, expected);
        QCOMPARE(text::decodeTcvn3(legacy, caps), expected);
    }

    void decodesTcvn3FromRawBytes()
    {
        const QByteArray bytes("Vi\xD6t \x96 \xAE\xAD\xEAng");
        QCOMPARE(text::decodeTcvn3(text::legacyBytesToString(bytes)), QStringLiteral("Việt – đường"));
    }

    void decodesVni_data()
    {
        QTest::addColumn<QString>("legacy");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: example from the style guide")
            << QStringLiteral(u"Vie\u00E4t \u2013 \u00F1\u00F6\u00F4\u00F8ng") << QStringLiteral("Việt – đường");
        QTest::newRow("nominal: hand-encoded sentence")
            << QStringLiteral(u"Ho\u00E4i ngh\u00F2 to\u00E5ng ke\u00E1t na\u00EAm")
            << QStringLiteral("Hội nghị tổng kết năm");
        QTest::newRow("nominal: capitals use capital marks")
            << QStringLiteral(u"\u00D1\u00D6\u00D4\u00D8NG HO\u00C0 CH\u00CD MINH")
            << QStringLiteral("ĐƯỜNG HỒ CHÍ MINH");
        QTest::newRow("nominal: capital base, small mark (title case)")
            << QStringLiteral(u"A\u00F9nh") << QStringLiteral("Ánh");
        QTest::newRow("nominal: ơ and ư alone") << QStringLiteral(u"\u00F4i \u00F6") << QStringLiteral("ơi ư");
        QTest::newRow("nominal: ỵ is one code") << QStringLiteral(u"\u00EE") << QStringLiteral("ỵ");
        QTest::newRow("robustness: mark after a consonant stays")
            << QStringLiteral(u"b\u00F9") << QStringLiteral(u"b\u00F9");
        QTest::newRow("robustness: breve on e is no letter")
            << QStringLiteral(u"e\u00EA") << QStringLiteral(u"e\u00EA");
        QTest::newRow("robustness: empty") << QString() << QString();
    }

    void decodesVni()
    {
        QFETCH(QString, legacy);
        QFETCH(QString, expected);
        QCOMPARE(text::decodeVni(legacy), expected);
    }

    void decodesViqr_data()
    {
        QTest::addColumn<QString>("viqr");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: Vie^.t Nam") << QStringLiteral("Vie^.t Nam") << QStringLiteral("Việt Nam");
        QTest::newRow("nominal: dd for đ") << QStringLiteral("dda^'t nu+o+'c") << QStringLiteral("đất nước");
        QTest::newRow("nominal: d9 for đ") << QStringLiteral("d9a^'t") << QStringLiteral("đất");
        QTest::newRow("nominal: capitals") << QStringLiteral("DDa` Na(~ng") << QStringLiteral("Đà Nẵng");
        QTest::newRow("nominal: hook inside a word") << QStringLiteral("cu?a to^i") << QStringLiteral("của tôi");
        QTest::newRow("nominal: sentence-final period") << QStringLiteral("Ha` No^.i.") << QStringLiteral("Hà Nội.");
        QTest::newRow("nominal: question mark") << QStringLiteral("Anh ddi dda^u?") << QStringLiteral("Anh đi đâu?");
        QTest::newRow("nominal: dot tone before a lower-case word")
            << QStringLiteral("me. ddi cho+..") << QStringLiteral("mẹ đi chợ.");
        QTest::newRow("nominal: ellipsis stays") << QStringLiteral("Ha` No^.i...") << QStringLiteral("Hà Nội...");
        QTest::newRow("nominal: hook tone before a lower-case word")
            << QStringLiteral("kho?e kho^ng") << QStringLiteral("khỏe không");
        QTest::newRow("nominal: backslash escapes") << QStringLiteral("U\\.S\\.A\\.") << QStringLiteral("U.S.A.");
        // RFC 1456: a tone mark after a vowel is a tone, before a space or punctuation too; a literal
        // mark after a vowel is escaped.
        QTest::newRow("nominal: hook tone before a period") << QStringLiteral("qua?.") << QStringLiteral("quả.");
        QTest::newRow("nominal: escaped question mark after a vowel")
            << QStringLiteral("qua\\?") << QStringLiteral("qua?");
        QTest::newRow("nominal: escaped period after a vowel")
            << QStringLiteral("Ai ddi ra\\.") << QStringLiteral("Ai đi ra.");
        QTest::newRow("nominal: hook tone before a capital")
            << QStringLiteral("Tho+`i tie^'t o+? Sa`i Go`n ho^m nay no'ng qua'!")
            << QStringLiteral("Thời tiết ở Sài Gòn hôm nay nóng quá!");
        QTest::newRow("nominal: Usenet sentence, dot tones and a period")
            << QStringLiteral("Ho^m qua me. to^i ddi cho+.. Sa'ng nay ba` mua mo^.t qua? cam.")
            << QStringLiteral("Hôm qua mẹ tôi đi chợ. Sáng nay bà mua một quả cam.");
        QTest::newRow("nominal: Usenet question, new-style tone at a word's end")
            << QStringLiteral("Ba.n co' khoe? kho^ng?") << QStringLiteral("Bạn có khoẻ không?");
        QTest::newRow("nominal: hook tone before a comma and a question mark after a tone")
            << QStringLiteral("Anh ta^.p the^? du.c, co`n chi. thi`?")
            << QStringLiteral("Anh tập thể dục, còn chị thì?");
        QTest::newRow("nominal: quoted question")
            << QStringLiteral("To^i ho?i: \"Ca^.u te^n gi`?\"") << QStringLiteral("Tôi hỏi: \"Cậu tên gì?\"");
        QTest::newRow("nominal: a question mark the last vowel cannot carry")
            << QStringLiteral("Ca'c ba.n o+? dda^u?") << QStringLiteral("Các bạn ở đâu?");
        QTest::newRow("nominal: dot tone then a period, and a period after a toned word")
            << QStringLiteral("Chu'ng to^i ra^'t vui ddu+o+.c ga(.p ca'c ba.n. Ca?m o+n nhie^`u.")
            << QStringLiteral("Chúng tôi rất vui được gặp các bạn. Cảm ơn nhiều.");
        QTest::newRow("nominal: hook tone after the gi onset")
            << QStringLiteral("Gia? su+? anh ddi.") << QStringLiteral("Giả sử anh đi.");
        QTest::newRow("robustness: dd inside a word is not đ")
            << QStringLiteral("address") << QStringLiteral("address");
        QTest::newRow("robustness: escaped dd") << QStringLiteral("d\\d") << QStringLiteral("dd");
        QTest::newRow("robustness: caret after a consonant") << QStringLiteral("x^2") << QStringLiteral("x^2");
        QTest::newRow("robustness: empty") << QString() << QString();
    }

    void decodesViqr()
    {
        QFETCH(QString, viqr);
        QFETCH(QString, expected);
        QCOMPARE(text::decodeViqr(viqr), expected);
    }

    void tcvn3RoundTripsEveryLowerCaseLetter()
    {
        QSet<QChar> codes;
        for (const QChar letter : lowerLetters()) {
            const QString encoded = text::encodeTcvn3(QString(letter));
            QVERIFY2(encoded.size() == 1, qPrintable(hex(QString(letter))));
            QVERIFY2(encoded.at(0).unicode() >= 0xA1 && encoded.at(0).unicode() <= 0xFE, qPrintable(hex(encoded)));
            codes.insert(encoded.at(0));
            QCOMPARE(text::decodeTcvn3(encoded), QString(letter));
        }
        QCOMPARE(codes.size(), 67); // no two letters share a code
        QCOMPARE(text::decodeTcvn3(text::encodeTcvn3(lowerLetters())), lowerLetters());
    }

    void tcvn3FollowsTheAbcLayout()
    {
        // ABC lists the toned vowels in the order a ă â e ê i o ô ơ u ư y, each as huyền, hỏi, ngã, sắc, nặng,
        // with rising codes. A round trip cannot notice two swapped codes; this order does.
        const QString vowels = QStringLiteral("aăâeêioôơuưy");
        const text::Tone order[] = {text::Tone::Grave, text::Tone::Hook, text::Tone::Tilde, text::Tone::Acute,
                                    text::Tone::Dot};
        int previous = 0;
        for (const QChar vowel : vowels) {
            for (const text::Tone tone : order) {
                const QString encoded = text::encodeTcvn3(QString(text::withTone(vowel, tone)));
                QCOMPARE(encoded.size(), 1);
                const int code = encoded.at(0).unicode();
                QVERIFY2(code > previous, qPrintable(QString(vowel) + QLatin1Char(' ') + QString::number(code, 16)));
                previous = code;
            }
        }
        QCOMPARE(previous, 0xFE); // ỵ is the last code
        QCOMPARE(text::encodeTcvn3(QStringLiteral("ăâêôơưđ")),
                 QStringLiteral(u"\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE"));
    }

    void vniUsesTheWindowsMarkCodes_data()
    {
        QTest::addColumn<QString>("letters");
        QTest::addColumn<QString>("vni");
        QTest::newRow("nominal: tones (sắc huyền hỏi ngã nặng)")
            << QStringLiteral("áàảãạ") << QStringLiteral(u"a\u00F9a\u00F8a\u00FBa\u00F5a\u00EF");
        QTest::newRow("nominal: circumflex family")
            << QStringLiteral("âấầẩẫậ") << QStringLiteral(u"a\u00E2a\u00E1a\u00E0a\u00E5a\u00E3a\u00E4");
        QTest::newRow("nominal: breve family")
            << QStringLiteral("ăắằẳẵặ") << QStringLiteral(u"a\u00EAa\u00E9a\u00E8a\u00FAa\u00FCa\u00EB");
        QTest::newRow("nominal: single codes")
            << QStringLiteral("íìỉĩịơưđỵ") << QStringLiteral(u"\u00ED\u00EC\u00E6\u00F3\u00F2\u00F4\u00F6\u00F1\u00EE");
        QTest::newRow("nominal: horn letters take tone marks")
            << QStringLiteral("ớự") << QStringLiteral(u"\u00F4\u00F9\u00F6\u00EF");
        QTest::newRow("nominal: capitals") << QStringLiteral("ẤĐỴ") << QStringLiteral(u"A\u00C1\u00D1\u00CE");
    }

    void vniUsesTheWindowsMarkCodes()
    {
        QFETCH(QString, letters);
        QFETCH(QString, vni);
        QCOMPARE(text::encodeVni(letters), vni);
        QCOMPARE(text::decodeVni(vni), letters);
    }

    void tcvn3RoundTripsCapitals()
    {
        // Toned capitals only exist in the caps fonts ...
        for (const QChar letter : upperLetters()) {
            const QString encoded = text::encodeTcvn3(QString(letter), true);
            QCOMPARE(text::decodeTcvn3(encoded, true), QString(letter));
        }
        QCOMPARE(text::decodeTcvn3(text::encodeTcvn3(upperLetters(), true), true), upperLetters());
        // ... while Ă Â Ê Ô Ơ Ư Đ also have codes of their own in the normal fonts.
        const QString own = QStringLiteral("ĂÂÊÔƠƯĐ");
        QCOMPARE(text::decodeTcvn3(text::encodeTcvn3(own)), own);
        // A toned capital in a normal font falls back to its lower-case code, as the old keyboards did.
        QCOMPARE(text::decodeTcvn3(text::encodeTcvn3(QStringLiteral("Ấp"))), QStringLiteral("ấp"));
    }

    void vniRoundTripsEveryLetter_data()
    {
        QTest::addColumn<QString>("letters");
        QTest::newRow("nominal: lower case") << lowerLetters();
        QTest::newRow("nominal: upper case") << upperLetters();
    }

    void vniRoundTripsEveryLetter()
    {
        QFETCH(QString, letters);
        for (const QChar letter : letters) {
            const QString encoded = text::encodeVni(QString(letter));
            QVERIFY2(!encoded.contains(QLatin1Char('?')), qPrintable(hex(QString(letter))));
            QCOMPARE(text::decodeVni(encoded), QString(letter));
            // Inside a word too: the mark must bind to its own base letter only.
            const QString word = QStringLiteral("b") + letter + QStringLiteral("n");
            QCOMPARE(text::decodeVni(text::encodeVni(word)), word);
        }
        QCOMPARE(text::decodeVni(text::encodeVni(letters)), letters);
    }

    void viqrRoundTripsEveryLetter_data() { vniRoundTripsEveryLetter_data(); }

    void viqrRoundTripsEveryLetter()
    {
        QFETCH(QString, letters);
        for (const QChar letter : letters) {
            const QString phrase = QString(letter) + QStringLiteral(" ba");
            QCOMPARE(text::decodeViqr(text::encodeViqr(phrase)), phrase);
        }
    }

    void roundTripsSentences_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("nominal: news sentence")
            << QStringLiteral("Sáng 9/11, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm 2022.");
        QTest::newRow("nominal: punctuation and quotes")
            << QStringLiteral("Ông Nguyễn Văn Đức nói: \"Đường sẽ được nâng cấp (giai đoạn 2)!\"");
        QTest::newRow("robustness: literal VIQR marks after vowels") << QStringLiteral("a^b, e+f, o'clock, i.e.: x");
    }

    void roundTripsSentences()
    {
        QFETCH(QString, sentence);
        QCOMPARE(text::decodeVni(text::encodeVni(sentence)), sentence);
        QCOMPARE(text::decodeViqr(text::encodeViqr(sentence)), sentence);
        QCOMPARE(text::decodeTcvn3(text::encodeTcvn3(sentence.toUpper(), true), true), sentence.toUpper());
    }

    void replacesWhatCannotBeEncoded_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("tcvn3");
        QTest::addColumn<QString>("vni");

        QTest::newRow("robustness: German ü collides with a code")
            << QStringLiteral("ü") << QStringLiteral("?") << QStringLiteral("?");
        QTest::newRow("robustness: Chinese") << QStringLiteral("中") << QStringLiteral("?") << QStringLiteral("?");
        QTest::newRow("nominal: Windows-1252 dash is kept")
            << QStringLiteral("–") << QStringLiteral("–") << QStringLiteral("–");
    }

    void replacesWhatCannotBeEncoded()
    {
        QFETCH(QString, input);
        QFETCH(QString, tcvn3);
        QFETCH(QString, vni);
        QCOMPARE(text::encodeTcvn3(input), tcvn3);
        QCOMPARE(text::encodeVni(input), vni);
    }

    void bytesRoundTrip()
    {
        QByteArray all;
        for (int b = 0; b < 256; ++b) {
            all.append(char(b));
        }
        QCOMPARE(text::legacyStringToBytes(text::legacyBytesToString(all)), all);
        QCOMPARE(text::legacyBytesToString(QByteArray("\x93\x94")), QStringLiteral("“”"));
    }

    void decodeLegacyDispatches()
    {
        const QString source = QStringLiteral("Tòa soạn");
        QCOMPARE(text::decodeLegacy(text::encodeTcvn3(source.toLower()), text::LegacyEncoding::Tcvn3),
                 source.toLower());
        QCOMPARE(text::decodeLegacy(text::encodeVni(source), text::LegacyEncoding::Vni), source);
        QCOMPARE(text::decodeLegacy(text::encodeViqr(source), text::LegacyEncoding::Viqr), source);
        QCOMPARE(text::decodeLegacy(QStringLiteral(u"To\u0300a"), text::LegacyEncoding::Unicode),
                 QStringLiteral("Tòa"));
    }
};

QTEST_GUILESS_MAIN(TestLegacyEncoding)
#include "tst_legacyencoding.moc"
