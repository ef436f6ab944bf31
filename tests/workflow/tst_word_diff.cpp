// Word-level, Vietnamese-aware comparison of revisions.
#include "app/diff/ArticleDiff.h"
#include "app/diff/WordDiff.h"
#include "app/html/PlainText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace toasoan;
using namespace toasoan::diff;
using Kind = DiffRun::Kind;

namespace {

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

QString side(const QList<DiffRun> &runs, Kind keep)
{
    QString out;
    for (const DiffRun &r : runs) {
        if (r.kind == Kind::Equal || r.kind == keep) {
            out += r.text;
        }
    }
    return out;
}

// Length of the longest common subsequence: the reference for a minimal edit script.
int lcs(const QStringList &a, const QStringList &b)
{
    QList<QList<int>> t(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : qMax(t[i - 1][j], t[i][j - 1]);
        }
    }
    return t[a.size()][b.size()];
}

} // namespace

class tst_WordDiff : public QObject
{
    Q_OBJECT

private slots:
    void tokenize_data();
    void tokenize();
    void diff_data();
    void diff();
    void nestedLists();
    void nfdMatchesNfc();
    void reconstructsBothSides();
    void paragraphsAnchorTheComparison();
    void hugeRewriteFallsBack();
    void htmlParagraphs_data();
    void htmlParagraphs();
    void articleFields();
    void markupOnlyChangeIsNoChange();
    void renderings();
};

void tst_WordDiff::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("nominal: syllables, spaces, punctuation")
        << QStringLiteral("Quận ủy, hội nghị.")
        << QStringList{QStringLiteral("Quận"), QStringLiteral(" "),    QStringLiteral("ủy"),
                       QStringLiteral(","),    QStringLiteral(" "),    QStringLiteral("hội"),
                       QStringLiteral(" "),    QStringLiteral("nghị"), QStringLiteral(".")};
    QTest::newRow("nominal: đ and stacked marks stay inside the word")
        << QStringLiteral("Đường phố Đặng Thị Nhu")
        << QStringList{QStringLiteral("Đường"), QStringLiteral(" "),    QStringLiteral("phố"),
                       QStringLiteral(" "),     QStringLiteral("Đặng"), QStringLiteral(" "),
                       QStringLiteral("Thị"),   QStringLiteral(" "),    QStringLiteral("Nhu")};
    QTest::newRow("robustness: NFD input is tokenized as NFC")
        << nfd(QStringLiteral("Thường trực"))
        << QStringList{QStringLiteral("Thường"), QStringLiteral(" "), QStringLiteral("trực")};
    QTest::newRow("nominal: numbers with Vietnamese separators")
        << QStringLiteral("1.234,5 tỷ")
        << QStringList{QStringLiteral("1.234,5"), QStringLiteral(" "), QStringLiteral("tỷ")};
    QTest::newRow("nominal: newline is a token")
        << QStringLiteral("a\nb") << QStringList{QStringLiteral("a"), QStringLiteral("\n"), QStringLiteral("b")};
    QTest::newRow("robustness: empty") << QString() << QStringList{};
}

void tst_WordDiff::tokenize()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(tokenizeWords(text), tokens);
}

void tst_WordDiff::diff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("plain");
    QTest::newRow("nominal: one syllable replaced")
        << QStringLiteral("Sáng ngày 9/11, Quận ủy tổ chức hội nghị")
        << QStringLiteral("Chiều ngày 9/11, Quận ủy tổ chức hội nghị")
        << QStringLiteral("[-Sáng-]{+Chiều+} ngày 9/11, Quận ủy tổ chức hội nghị");
    QTest::newRow("nominal: tone mark change is a change")
        << QStringLiteral("Quận ủy chỉ đạo") << QStringLiteral("Quận uỷ chỉ đạo")
        << QStringLiteral("Quận [-ủy-]{+uỷ+} chỉ đạo");
    QTest::newRow("nominal: words inserted")
        << QStringLiteral("Hội nghị giao ban") << QStringLiteral("Hội nghị giao ban quý IV năm 2022")
        << QStringLiteral("Hội nghị giao ban{+ quý IV năm 2022+}");
    QTest::newRow("nominal: words deleted")
        << QStringLiteral("đồng chí Phó Bí thư Thường trực Quận ủy") << QStringLiteral("đồng chí Bí thư Quận ủy")
        << QStringLiteral("đồng chí [-Phó -]Bí thư [-Thường trực -]Quận ủy");
    QTest::newRow("nominal: a rewritten phrase reads as one change")
        << QStringLiteral("kết quả rất tốt đẹp") << QStringLiteral("kết quả khả quan hơn")
        << QStringLiteral("kết quả [-rất tốt đẹp-]{+khả quan hơn+}");
    QTest::newRow("nominal: đ versus d is a change")
        << QStringLiteral("Đại hội") << QStringLiteral("Dại hội") << QStringLiteral("[-Đại-]{+Dại+} hội");
    QTest::newRow("robustness: identical")
        << QStringLiteral("Không đổi") << QStringLiteral("Không đổi") << QStringLiteral("Không đổi");
    QTest::newRow("robustness: from empty") << QString() << QStringLiteral("Tin mới") << QStringLiteral("{+Tin mới+}");
    QTest::newRow("robustness: to empty") << QStringLiteral("Tin cũ") << QString() << QStringLiteral("[-Tin cũ-]");
}

void tst_WordDiff::diff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, plain);
    const QList<DiffRun> runs = diffWords(before, after);
    QCOMPARE(runsToPlainText(runs), plain);
    QCOMPARE(hasChanges(runs), before != after);
}

void tst_WordDiff::nfdMatchesNfc()
{
    const QString text = QStringLiteral("Phó Bí thư Thường trực Quận ủy phát biểu chỉ đạo");
    const QList<DiffRun> runs = diffWords(nfd(text), text);
    QVERIFY(!hasChanges(runs));
    QCOMPARE(side(runs, Kind::Delete), text); // the runs come out NFC
}

void tst_WordDiff::reconstructsBothSides()
{
    const QStringList words = {QStringLiteral("hội"),  QStringLiteral("nghị"),  QStringLiteral("Quận"),
                               QStringLiteral("ủy"),   QStringLiteral("đường"), QStringLiteral("phố"),
                               QStringLiteral("xanh"), QStringLiteral(","),     QStringLiteral("năm")};
    QRandomGenerator random(20221109); // fixed seed: the same cases on every run
    for (int round = 0; round < 300; ++round) {
        auto sentence = [&] {
            QString s;
            const int n = int(random.bounded(12));
            for (int i = 0; i < n; ++i) {
                s += (i ? QStringLiteral(" ") : QString()) + words[random.bounded(int(words.size()))];
            }
            return s;
        };
        const QString a = sentence();
        const QString b = sentence();
        const QList<DiffRun> runs = diffWords(a, b);
        QCOMPARE(side(runs, Kind::Delete), a);
        QCOMPARE(side(runs, Kind::Insert), b);

        // One word per paragraph: the edit script must be minimal (no lone spaces to fold).
        const QStringList pa = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList pb = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QList<DiffRun> byParagraph = diffParagraphs(pa, pb);
        QCOMPARE(side(byParagraph, Kind::Delete), pa.join(QLatin1Char('\n')));
        QCOMPARE(side(byParagraph, Kind::Insert), pb.join(QLatin1Char('\n')));
        int changedWords = 0;
        for (const DiffRun &r : byParagraph) {
            if (r.kind != Kind::Equal) {
                changedWords += int(r.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
            }
        }
        QCOMPARE(changedWords, int(pa.size() + pb.size()) - 2 * lcs(pa, pb));
    }
}

void tst_WordDiff::paragraphsAnchorTheComparison()
{
    const QStringList before = {QStringLiteral("(NTL) Sáng ngày 9/11, Quận ủy tổ chức hội nghị."),
                                QStringLiteral("Đoạn này sẽ bị xóa khỏi bài."),
                                QStringLiteral("Đồng chí Bí thư phát biểu chỉ đạo.")};
    const QStringList after = {QStringLiteral("(NTL) Sáng ngày 9/11, Quận ủy tổ chức hội nghị."),
                               QStringLiteral("Đồng chí Bí thư phát biểu kết luận.")};
    const QList<DiffRun> runs = diffParagraphs(before, after);
    QCOMPARE(side(runs, Kind::Delete), before.join(QLatin1Char('\n')));
    QCOMPARE(side(runs, Kind::Insert), after.join(QLatin1Char('\n')));
    QVERIFY(runs.contains(DiffRun{Kind::Delete, QStringLiteral("chỉ đạo")}));
    QVERIFY(runs.contains(DiffRun{Kind::Insert, QStringLiteral("kết luận")}));
    // The first paragraph is untouched.
    QVERIFY(runs.constFirst().kind == Kind::Equal);
    QVERIFY(runs.constFirst().text.startsWith(before.constFirst()));
}

void tst_WordDiff::hugeRewriteFallsBack()
{
    QStringList a, b;
    for (int i = 0; i < 3000; ++i) {
        a.append(QStringLiteral("cũ%1").arg(i));
        b.append(QStringLiteral("mới%1").arg(i));
    }
    const QList<DiffRun> runs = diffWords(a.join(QLatin1Char(' ')), b.join(QLatin1Char(' ')));
    QCOMPARE(side(runs, Kind::Delete), a.join(QLatin1Char(' ')));
    QCOMPARE(side(runs, Kind::Insert), b.join(QLatin1Char(' ')));
}

void tst_WordDiff::htmlParagraphs_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::newRow("nominal: paragraphs and inline tags")
        << QStringLiteral("<p>(NTL) Dự <strong>Hội nghị</strong> có đồng chí.</p><p>Đoạn hai.</p>")
        << QStringList{QStringLiteral("(NTL) Dự Hội nghị có đồng chí."), QStringLiteral("Đoạn hai.")};
    QTest::newRow("nominal: entities, numeric and Latin-1 names")
        << QStringLiteral("<p>Qu&#7853;n &#x1EE7;y &amp; H&agrave; N&ocirc;&#803;i&nbsp;&ndash; 2022</p>")
        << QStringList{QStringLiteral("Quận ủy & Hà Nội – 2022")};
    QTest::newRow("nominal: headings, lists, br")
        << QStringLiteral("<h2>Tiêu đề phụ</h2><ul><li>Ý một</li><li>Ý hai</li></ul>Dòng a<br>Dòng b")
        << QStringList{QStringLiteral("Tiêu đề phụ"), QStringLiteral("Ý một"), QStringLiteral("Ý hai"),
                       QStringLiteral("Dòng a"), QStringLiteral("Dòng b")};
    QTest::newRow("robustness: script, style, comments and attributes with >")
        << QStringLiteral("<style>p{}</style><!-- ghi chú --><p title=\"a>b\">Nội dung</p><script>x<1</script>")
        << QStringList{QStringLiteral("Nội dung")};
    QTest::newRow("robustness: NFD and soft hyphen")
        << nfd(QStringLiteral("<p>Thường&shy;trực</p>")) << QStringList{QStringLiteral("Thườngtrực")};
    QTest::newRow("robustness: stray ampersand kept")
        << QStringLiteral("<p>A & B &unknown; C</p>") << QStringList{QStringLiteral("A & B &unknown; C")};
    QTest::newRow("robustness: empty") << QString() << QStringList{};
}

void tst_WordDiff::htmlParagraphs()
{
    QFETCH(QString, html);
    QFETCH(QStringList, paragraphs);
    QCOMPARE(html::textBlocks(html), paragraphs);
}

void tst_WordDiff::articleFields()
{
    Article before;
    before.title = QStringLiteral("Hội nghị giao ban Ban chủ nhiệm chương trình 04");
    before.sapo = QStringLiteral("Sáng ngày 9/11, Quận ủy tổ chức Hội nghị.");
    before.body = QStringLiteral("<p>(NTL) Dự và chỉ đạo Hội nghị có đồng chí Phó Bí thư.</p>");
    before.categoryId = 1;
    before.tags = {QStringLiteral("Quận ủy")};
    before.byline = QStringLiteral("Trần Hòa");
    before.source = QStringLiteral("Ban Tuyên giáo");
    Article after = before;
    after.title = QStringLiteral("Hội nghị giao ban Ban chủ nhiệm chương trình số 04");
    after.categoryId = 2;
    after.tags = {QStringLiteral("Quận ủy"), QStringLiteral("giao ban")};
    after.byline = nfd(QStringLiteral("Trần Hòa")); // same name, other normalization: not a change
    after.body = QStringLiteral("<p>(NTL) Dự và chỉ đạo Hội nghị có đồng chí Bí thư.</p>");

    const ArticleDiff d = diffArticles(
        before, after, [](qint64 id) { return id == 1 ? QStringLiteral("Thời sự") : QStringLiteral("Xây dựng Đảng"); });
    QStringList keys;
    for (const FieldChange &c : d.fields) {
        keys.append(c.key);
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("title"), QStringLiteral("category"), QStringLiteral("tags")}));
    QCOMPARE(d.fields[0].runs,
             (QList<DiffRun>{{Kind::Equal, QStringLiteral("Hội nghị giao ban Ban chủ nhiệm chương trình ")},
                             {Kind::Insert, QStringLiteral("số ")},
                             {Kind::Equal, QStringLiteral("04")}}));
    QCOMPARE(d.fields[1].before, QStringLiteral("Thời sự"));
    QCOMPARE(d.fields[1].after, QStringLiteral("Xây dựng Đảng"));
    QVERIFY(!d.fields[1].label.isEmpty());
    QCOMPARE(d.fields[2].after, QStringLiteral("Quận ủy, giao ban"));
    QVERIFY(d.bodyChanged);
    QCOMPARE(runsToPlainText(d.body), QStringLiteral("(NTL) Dự và chỉ đạo Hội nghị có đồng chí [-Phó -]Bí thư."));
}

void tst_WordDiff::markupOnlyChangeIsNoChange()
{
    Article before;
    before.body = QStringLiteral("<p>Đồng chí Bí thư phát biểu.</p>");
    Article after = before;
    after.body = QStringLiteral("<p>Đồng chí <em>Bí thư</em> phát biểu.</p>");
    const ArticleDiff d = diffArticles(before, after);
    QVERIFY(d.isEmpty());
}

// A nested list item is a paragraph of its own, indented under its item: a word changed in it is
// that word alone, and an item moved out of its nested list is a change.
void tst_WordDiff::nestedLists()
{
    Article before;
    before.body = QStringLiteral("<ol><li>Rà soát chỉ tiêu<ul><li>Dân số</li><li>Y tế</li></ul></li>"
                                 "<li>Tuyên truyền</li></ol>");
    Article after = before;
    after.body = QStringLiteral("<ol><li>Rà soát chỉ tiêu<ul><li>Dân số</li><li>Y tế cơ sở</li></ul></li>"
                                "<li>Tuyên truyền</li></ol>");
    const QString indent(2, QChar(0xA0));
    ArticleDiff d = diffArticles(before, after);
    QVERIFY(d.bodyChanged);
    QCOMPARE(runsToPlainText(d.body), QStringLiteral("Rà soát chỉ tiêu\n") + indent + QStringLiteral("Dân số\n") +
                                          indent + QStringLiteral("Y tế{+ cơ sở+}\nTuyên truyền"));

    after.body = QStringLiteral("<ol><li>Rà soát chỉ tiêu<ul><li>Dân số</li></ul></li><li>Y tế</li>"
                                "<li>Tuyên truyền</li></ol>");
    d = diffArticles(before, after);
    QVERIFY(d.bodyChanged);
    QVERIFY2(runsToHtml(d.body).contains(QStringLiteral("<del>")), qPrintable(runsToPlainText(d.body)));
}

void tst_WordDiff::renderings()
{
    const QList<DiffRun> runs = {{Kind::Equal, QStringLiteral("a <b>\n")},
                                 {Kind::Delete, QStringLiteral("cũ")},
                                 {Kind::Insert, QStringLiteral("mới & hơn")}};
    QCOMPARE(runsToHtml(runs), QStringLiteral("a &lt;b&gt;<br><del>cũ</del><ins>mới &amp; hơn</ins>"));
    QCOMPARE(runsToPlainText(runs), QStringLiteral("a <b>\n[-cũ-]{+mới & hơn+}"));
}

QTEST_GUILESS_MAIN(tst_WordDiff)
#include "tst_word_diff.moc"
