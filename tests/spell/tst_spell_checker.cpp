// SpellChecker with Debian's hunspell-vi and the office dictionary stored in the workspace.
#include "app/spell/PersonalDictionary.h"
#include "app/spell/SpellChecker.h"
#include "tests/support/TestWorkspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace toasoan;
using toasoan::test::TestWorkspace;

class TestSpellChecker : public QObject
{
    Q_OBJECT

    std::unique_ptr<SpellChecker> m_checker;

    QStringList flagged(const QString &text) const
    {
        QStringList words;
        for (const SpellIssue &issue : m_checker->check(text)) {
            words.append(issue.word);
            // The position must point at the word in the caller's text.
            if (text.mid(issue.position, issue.length) != issue.word) {
                words.append(QStringLiteral("(bad position)"));
            }
        }
        return words;
    }

private slots:
    void initTestCase()
    {
        TOASOAN_REQUIRE_TEST_BACKEND();
        auto opened = SpellChecker::open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        m_checker = std::move(opened.value());
    }

    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: a correct paragraph has no errors")
            << QStringLiteral("(NTL) Sáng ngày 9/11, Quận uỷ Ngũ Hành Sơn tổ chức Hội nghị giao ban. Dự và chỉ đạo "
                              "hội nghị có đồng chí Phó Bí thư Thường trực. Đặc biệt, quận đã hoàn thành tốt nhiệm "
                              "vụ phát triển kinh tế - xã hội, giữ vững quốc phòng, an ninh.")
            << QStringList{};
        QTest::newRow("nominal: typos are flagged") << QStringLiteral("Thủ đô Hà Nộii nghiêmm khắc")
                                                    << QStringList{QStringLiteral("Nộii"), QStringLiteral("nghiêmm")};
        QTest::newRow("nominal: old tone placement passes")
            << QStringLiteral("hòa bình, thủy lợi, khỏe mạnh, Quận ủy") << QStringList{};
        QTest::newRow("nominal: new tone placement passes")
            << QStringLiteral("hoà bình, thuỷ lợi, khoẻ mạnh, Quận uỷ") << QStringList{};
        QTest::newRow("nominal: capitals pass") << QStringLiteral("Đà Nẵng Hà Nội") << QStringList{};
        QTest::newRow("nominal: upper-case words (acronyms) are skipped")
            << QStringLiteral("NTL, HĐND, MTTQ, ĐÀ NẴNG, NỘII") << QStringList{};
        QTest::newRow("nominal: words with digits are skipped")
            << QStringLiteral("Quyết định 123/QĐ-UBND ngày 5/6, mã ABC123x và 2tr") << QStringList{};
        QTest::newRow("nominal: URLs and e-mail addresses are skipped")
            << QStringLiteral("Xem https://nguhanhson.danang.gov.vn/tin-tuc?id=5 hoặc www.xyzqw.vn, gửi "
                              "phongvien.ntl@gmail.com.")
            << QStringList{};
        QTest::newRow("nominal: hyphenated syllables are checked one by one")
            << QStringLiteral("Hà-Nội Hà-Nộii") << QStringList{QStringLiteral("Nộii")};
        QTest::newRow("robustness: NFD text keeps positions")
            << QStringLiteral("Ha\u0300 No\u0302\u0323ii") << QStringList{QStringLiteral("No\u0302\u0323ii")};
        QTest::newRow("robustness: empty") << QString() << QStringList{};
        QTest::newRow("robustness: punctuation only") << QStringLiteral(" ... -- !? “ ” ") << QStringList{};
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(flagged(text), expected);
    }

    void suggestions_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: extra letter") << QStringLiteral("nghiêmm") << QStringLiteral("nghiêm");
        QTest::newRow("nominal: ngh/ng confusion") << QStringLiteral("nghành") << QStringLiteral("ngành");
        QTest::newRow("nominal: d/gi confusion") << QStringLiteral("dáo") << QStringLiteral("giáo");
        QTest::newRow("nominal: capital kept") << QStringLiteral("Nộii") << QStringLiteral("Nội");
        QTest::newRow("nominal: old style stays old") << QStringLiteral("khòa") << QStringLiteral("khóa");
    }

    void suggestions()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        const QStringList got = m_checker->suggestions(word);
        QVERIFY2(got.contains(expected), qPrintable(got.join(QLatin1Char(','))));
    }

    void personalDictionary()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 user = ws.addUser(QStringLiteral("lan"));
        PersonalDictionary dictionary(ws.db());
        QVERIFY(dictionary.add(QStringLiteral("Zalo"), user).ok());
        QVERIFY(dictionary.add(QStringLiteral("livestream"), user).ok());
        QVERIFY(dictionary.add(QStringLiteral("livestream"), user).ok()); // twice is fine
        QVERIFY(!dictionary.add(QStringLiteral("hai từ"), user).ok());
        QVERIFY(!dictionary.add(QStringLiteral("  "), user).ok());
        auto words = dictionary.words();
        QVERIFY(words.ok());
        QCOMPARE(*words, (QStringList{QStringLiteral("livestream"), QStringLiteral("Zalo")}));

        QCOMPARE(flagged(QStringLiteral("Zalo livestream")),
                 (QStringList{QStringLiteral("Zalo"), QStringLiteral("livestream")}));
        m_checker->setPersonalWords(*words);
        QCOMPARE(flagged(QStringLiteral("Zalo livestream Livestream zalo")), QStringList{QStringLiteral("zalo")});

        QVERIFY(dictionary.remove(QStringLiteral("Zalo")).ok());
        m_checker->setPersonalWords(*dictionary.words());
        QCOMPARE(flagged(QStringLiteral("Zalo livestream")), QStringList{QStringLiteral("Zalo")});
        m_checker->addPersonalWord(QStringLiteral("Zalo"));
        QCOMPARE(flagged(QStringLiteral("Zalo")), QStringList{});
        m_checker->removePersonalWord(QStringLiteral("Zalo"));
        m_checker->setPersonalWords({});
        QCOMPARE(flagged(QStringLiteral("Zalo")), QStringList{QStringLiteral("Zalo")});
    }

    void missingDictionaryIsAClearError_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("robustness: empty folder") << QStringLiteral("vi_VN");
        QTest::newRow("robustness: unknown language") << QStringLiteral("xx_YY");
    }

    void missingDictionaryIsAClearError()
    {
        QFETCH(QString, language);
        QTemporaryDir empty;
        auto opened = SpellChecker::open({empty.path()}, language);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
        QVERIFY(opened.error().message.contains(QLatin1String("hunspell-vi")));
        QVERIFY(opened.error().detail.contains(empty.path()));
    }

    void checksFromWorkerThreads()
    {
        // The editor checks paragraphs in a worker while the UI thread asks for suggestions.
        std::atomic<int> wrong = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 100; ++i) {
                    const bool typo = (i + t) % 2 == 1;
                    const auto issues =
                        m_checker->check(typo ? QStringLiteral("Hà Nộii đẹp") : QStringLiteral("Quận ủy họp"));
                    if (issues.size() != (typo ? 1 : 0)) {
                        ++wrong;
                    }
                    if (i % 10 == 0 &&
                        !m_checker->suggestions(QStringLiteral("nghiêmm")).contains(QStringLiteral("nghiêm"))) {
                        ++wrong;
                    }
                }
            });
        }
        for (std::thread &thread : threads) {
            thread.join();
        }
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spell_checker.moc"
