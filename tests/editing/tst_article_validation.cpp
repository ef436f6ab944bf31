// The core checks behind the editor: required fields before submission, length warnings in
// grapheme clusters, word counts.
#include "app/editing/ArticleValidation.h"
#include "app/editing/TextCounts.h"

#include <QTest>

using namespace toasoan;
using namespace toasoan::editing;

namespace {

Article complete()
{
    Article a;
    a.title = QStringLiteral("Quận ủy tổ chức hội nghị giao ban");
    a.sapo = QStringLiteral("Sáng 9/11, Quận ủy tổ chức hội nghị giao ban quý IV.");
    a.body = QStringLiteral("<p>(NTL) Đồng chí Bí thư Quận ủy chủ trì hội nghị.</p>");
    a.categoryId = 3;
    return a;
}

QStringList fields(const QList<ValidationIssue> &issues)
{
    QStringList keys;
    for (const ValidationIssue &issue : issues) {
        keys.append(issue.field);
    }
    return keys;
}

} // namespace

class TestArticleValidation : public QObject
{
    Q_OBJECT

private slots:
    void required_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("sapo");
        QTest::addColumn<QString>("body");
        QTest::addColumn<qint64>("categoryId");
        QTest::addColumn<QStringList>("expected");
        const Article a = complete();
        QTest::newRow("nominal: complete article") << a.title << a.sapo << a.body << a.categoryId << QStringList{};
        QTest::newRow("nominal: everything missing") << QString() << QString() << QString() << qint64(0)
                                                     << QStringList{QStringLiteral("title"), QStringLiteral("sapo"),
                                                                    QStringLiteral("body"), QStringLiteral("category")};
        QTest::newRow("robustness: blanks are not a headline")
            << QStringLiteral("  \t ") << a.sapo << a.body << a.categoryId << QStringList{QStringLiteral("title")};
        QTest::newRow("robustness: empty paragraphs are no body")
            << a.title << a.sapo << QStringLiteral("<p> </p><p><br></p>") << a.categoryId
            << QStringList{QStringLiteral("body")};
        QTest::newRow("nominal: a photo alone is a body")
            << a.title << a.sapo << QStringLiteral("<p><img src=\"media:4\" alt=\"\"></p>") << a.categoryId
            << QStringList{};
    }

    void required()
    {
        QFETCH(QString, title);
        QFETCH(QString, sapo);
        QFETCH(QString, body);
        QFETCH(qint64, categoryId);
        QFETCH(QStringList, expected);
        Article a;
        a.title = title;
        a.sapo = sapo;
        a.body = body;
        a.categoryId = categoryId;
        const QList<ValidationIssue> issues = checkRequiredForSubmission(a);
        QCOMPARE(fields(issues), expected);
        for (const ValidationIssue &issue : issues) {
            QCOMPARE(issue.severity, ValidationIssue::Severity::Error);
            QVERIFY(!issue.message.isEmpty());
        }
    }

    void lengths_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("warned");
        const QString hundred = QString(QStringLiteral("Việt ")).repeated(20); // 100 characters
        QTest::newRow("nominal: at the limit") << hundred << 100 << false;
        QTest::newRow("nominal: one past the limit") << hundred + QStringLiteral("!") << 100 << true;
        // NFD spells "ệ" with three code points: a UTF-16 count would warn at 60 characters.
        QTest::newRow("robustness: NFD counts what readers see")
            << hundred.normalized(QString::NormalizationForm_D) << 100 << false;
    }

    void lengths()
    {
        QFETCH(QString, title);
        QFETCH(int, limit);
        QFETCH(bool, warned);
        Article a = complete();
        a.title = title;
        const QList<ValidationIssue> issues = checkLengths(a, LengthLimits{limit, 300});
        QCOMPARE(!issues.isEmpty(), warned);
        if (warned) {
            QCOMPARE(issues.first().field, QStringLiteral("title"));
            QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
            QVERIFY(issues.first().message.contains(QString::number(graphemeCount(title))));
        }
    }

    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("graphemes");
        QTest::addColumn<int>("words");
        QTest::newRow("nominal: syllables are words") << QStringLiteral("Quận ủy Ba Đình") << 15 << 4;
        QTest::newRow("robustness: NFD") << QStringLiteral("Quận ủy").normalized(QString::NormalizationForm_D) << 7
                                         << 2;
        // Words are separated by spaces, as in the body and in word processors: "9/11" is one word.
        QTest::newRow("robustness: punctuation is not a word") << QStringLiteral("(NTL) – Sáng 9/11.") << 18 << 3;
        QTest::newRow("nominal: hyphens, points and abbreviations stay one word")
            << QStringLiteral("COVID-19, Covid-19, 2.500 TP.HCM Hà Nội") << 39 << 6;
        QTest::newRow("robustness: line breaks separate words and are not characters")
            << QStringLiteral("Hà\nNội") << 5 << 2;
        QTest::newRow("robustness: empty") << QString() << 0 << 0;
    }

    void counts()
    {
        QFETCH(QString, text);
        QFETCH(int, graphemes);
        QFETCH(int, words);
        QCOMPARE(graphemeCount(text), graphemes);
        QCOMPARE(wordCount(text), words);
    }
};

QTEST_GUILESS_MAIN(TestArticleValidation)
#include "tst_article_validation.moc"
