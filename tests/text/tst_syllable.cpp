// The syllable validator that scores legacy decodings, cross-checked against Debian's hunspell-vi list.
#include "app/text/Syllable.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace toasoan;

class TestSyllable : public QObject
{
    Q_OBJECT

private slots:
    void validates_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("valid");

        const char *const good[] = {
            "Việt",  "nghiêng", "quốc",  "giữ",    "gì",     "gìn", "khuya", "thuở",  "hoà",   "hòa",    "khuỷu",
            "quỳnh", "xoong",   "ĐƯỜNG", "Nguyễn", "oà",     "ủy",  "uỷ",    "yêu",   "ơi",    "kiếm",   "ghế",
            "nghỉ",  "quyết",   "người", "huých",  "khoắng", "a",   "y",     "tuyết", "giếng", "khuyên",
        };
        for (const char *w : good) {
            QTest::addRow("nominal: %s", w) << QString::fromUtf8(w) << true;
        }
        const struct
        {
            const char *word;
            const char *why;
        } bad[] = {
            {"ViÖt", "TCVN3 left undecoded"},
            {"ViƯt", "TCVN3 read as VNI"},
            {"ngê", "ng before ê must be ngh"},
            {"ce", "c before e must be k"},
            {"kan", "k before a must be c"},
            {"ghà", "gh before a must be g"},
            {"hoàt", "stop coda with huyền"},
            {"bac", "stop coda without tone"},
            {"hóà", "two tones"},
            {"web", "loan word"},
            {"q", "lone q"},
            {"nggh", "no vowel"},
            {"aa", "no such rhyme"},
            {"quu", "qu + u"},
            {"Vieät", "VNI left undecoded"},
            {"", "empty"},
            {"nghiêngnghiêng", "too long"},
        };
        for (const auto &row : bad) {
            QTest::addRow("robustness: %s (%s)", row.word, row.why) << QString::fromUtf8(row.word) << false;
        }
    }

    void validates()
    {
        QFETCH(QString, word);
        QFETCH(bool, valid);
        QCOMPARE(text::isVietnameseSyllable(word), valid);
    }

    void scoresText()
    {
        const text::SyllableScore unicode = text::scoreSyllables(QStringLiteral("Việt – đường, 2022!"));
        QCOMPARE(unicode.words, 2);
        QCOMPARE(unicode.valid, 2);
        QCOMPARE(unicode.share(), 1.0);
        const text::SyllableScore legacy =
            text::scoreSyllables(QStringLiteral(u"Vi\u00D6t \u2013 \u00AE\u00AD\u00EAng"));
        // Undecoded TCVN3: "ViÖt" is no syllable, and "®­êng" splits into the non-syllable "êng".
        QCOMPARE(legacy.words, 2);
        QCOMPARE(legacy.valid, 0);
        QCOMPARE(text::scoreSyllables(QString()).share(), 0.0);
    }

    void agreesWithHunspellVietnameseList()
    {
        // Debian's hunspell-vi is a syllable list (new-style tones only): a second opinion, used only here.
        QFile dic(QStringLiteral("/usr/share/hunspell/vi_VN.dic"));
        if (!dic.open(QIODevice::ReadOnly)) {
            QSKIP("hunspell-vi is not installed");
        }
        const QStringList lines = QString::fromUtf8(dic.readAll()).split(QLatin1Char('\n'));
        int checked = 0;
        QStringList rejected;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString word = lines.at(i).section(QLatin1Char('/'), 0, 0).trimmed();
            // Skip abbreviations (HĐND), loan words with f/j/w/z, and capitalised names.
            if (word.isEmpty() || word != word.toLower() ||
                word.contains(QRegularExpression(QStringLiteral("[fjwz]")))) {
                continue;
            }
            ++checked;
            if (!text::isVietnameseSyllable(word)) {
                rejected.append(word);
            }
        }
        QVERIFY(checked > 6000);
        // The list also holds loan words and a few rare spellings; anything else it has must pass.
        const QStringList known = {
            QStringLiteral("basoi"),  QStringLiteral("email"),    QStringLiteral("gen"),      QStringLiteral("gip"),
            QStringLiteral("gram"),   QStringLiteral("internet"), QStringLiteral("intranet"), QStringLiteral("ka"),
            QStringLiteral("palăng"), QStringLiteral("ping"),     QStringLiteral("quoàng"),   QStringLiteral("quoạng"),
            QStringLiteral("quoắt"),  QStringLiteral("tivi"),     QStringLiteral("tout"),     QStringLiteral("têt"),
            QStringLiteral("v"),      QStringLiteral("xit"),
        };
        QStringList unexpected;
        for (const QString &word : std::as_const(rejected)) {
            if (!known.contains(word)) {
                unexpected.append(word);
            }
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char(' '))));
    }

    void rejectsMostRandomLetterStrings()
    {
        // The validator must discriminate, or legacy detection could not tell decodings apart.
        const QString letters = QStringLiteral("abcdeghiklmnopqrstuvxyăâêôơưđáàạ");
        quint32 seed = 12345;
        int valid = 0;
        for (int i = 0; i < 2000; ++i) {
            QString word;
            const int length = 2 + int(seed % 4);
            for (int k = 0; k < length; ++k) {
                seed = seed * 1103515245u + 12345u;
                word.append(letters.at((seed >> 16) % letters.size()));
            }
            valid += text::isVietnameseSyllable(word) ? 1 : 0;
        }
        QVERIFY2(valid < 200, qPrintable(QString::number(valid)));
    }
};

QTEST_GUILESS_MAIN(TestSyllable)
#include "tst_syllable.moc"
