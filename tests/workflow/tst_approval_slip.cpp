// The approval slip: data from the workflow, the administrative date line, and a real PDF whose
// text (read back with pdftotext from poppler-utils) has the Vietnamese content and date.
#include "app/slip/ApprovalSlip.h"
#include "app/storage/ArticleRepository.h"
#include "app/workflow/WorkflowService.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using namespace toasoan::slip;

namespace {

const QLocale kVietnamese(QLocale::Vietnamese, QLocale::Vietnam);

// The pages of a PDF as text (pdftotext separates them with form feeds), NFC.
QStringList pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_C)
        .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
}

// pdftotext output, NFC and with line breaks and runs of spaces made single spaces (the text is
// justified and wrapped).
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_C).simplified();
}

} // namespace

class tst_ApprovalSlip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dateLine_data();
    void dateLine();
    void collectsTheWorkflow();
    void htmlIsEscaped();
    void pdfHasVietnameseTextAndDate();
    void pdfEmbedsTheFont();
    void fullTextKeepsListsAndSubheadings();
    void signaturesStayOnOnePage();
    void longTrailKeepsRowsWhole_data();
    void longTrailKeepsRowsWhole();
    void unwritablePathLeavesNothing();
    void slipToolPrintsFromTheDatabase();

private:
    test::TestWorkspace m_ws;
    qint64 m_reporter = 0;
    qint64 m_editor = 0;
    qint64 m_approver = 0;
    qint64 m_article = 0;
    QTemporaryDir m_out;
};

void tst_ApprovalSlip::initTestCase()
{
    TOASOAN_REQUIRE_TEST_BACKEND();
    QVERIFY(m_ws.ok());
    m_reporter = m_ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Nguyễn Văn An"));
    m_editor = m_ws.addUser(QStringLiteral("bientap"), Role::Editor, QStringLiteral("Trần Thị Bình"));
    m_approver = m_ws.addUser(QStringLiteral("lanhdao"), Role::Approver, QStringLiteral("Lê Văn Cường"));
    QVERIFY(m_reporter && m_editor && m_approver);
    OfficeSettings office;
    office.officeName = QStringLiteral("Trung tâm Văn hóa - Thông tin quận");
    office.officePlace = QStringLiteral("Hà Nội");
    QVERIFY(storeOfficeSettings(m_ws.db(), office).ok());
    auto category = m_ws.db().insert(QStringLiteral("INSERT INTO categories (name, slug) VALUES (?, ?) RETURNING id"),
                                     {QStringLiteral("Xây dựng Đảng"), QStringLiteral("xay-dung-dang")});
    QVERIFY(category.ok());

    Article a;
    a.title = QStringLiteral("Hội nghị giao ban Ban Chủ nhiệm Chương trình số 04");
    a.sapo = QStringLiteral("Sáng ngày 9/11, Quận ủy tổ chức Hội nghị giao ban quý IV.");
    a.body = QStringLiteral("<p>(NTL) Dự và chỉ đạo Hội nghị có đồng chí Phó Bí thư Thường trực Quận uỷ.</p>"
                            "<p>Đặc biệt, quận đã hoàn thành xuất sắc nhiệm vụ đăng cai Đại hội thể thao.</p>");
    a.categoryId = *category;
    a.tags = {QStringLiteral("Quận ủy"), QStringLiteral("giao ban")};
    a.byline = QStringLiteral("Trần Hòa");
    a.source = QStringLiteral("Ban Tuyên giáo Quận ủy");
    auto created = ArticleRepository(m_ws.db()).create(a, m_reporter);
    QVERIFY(created.ok());
    m_article = created->id;

    WorkflowService wf(m_ws.db());
    QVERIFY(wf.submit(m_article, m_reporter, QStringLiteral("Kính gửi chị Bình")).ok());
    QVERIFY(wf.forward(m_article, m_editor, QStringLiteral("Đã biên tập, đề nghị duyệt")).ok());
    QVERIFY(wf.approve(m_article, m_approver, QStringLiteral("Đồng ý đăng")).ok());
}

void tst_ApprovalSlip::dateLine_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("line");
    QTest::newRow("nominal: the example of the issue") << QStringLiteral("Hà Nội") << QDate(2022, 11, 9) << kVietnamese
                                                       << QStringLiteral("Hà Nội, ngày 09 tháng 11 năm 2022");
    QTest::newRow("nominal: January and February take a zero")
        << QStringLiteral("Hà Nội") << QDate(2023, 2, 5) << kVietnamese
        << QStringLiteral("Hà Nội, ngày 05 tháng 02 năm 2023");
    QTest::newRow("nominal: March onwards does not") << QStringLiteral("Đà Nẵng") << QDate(2023, 3, 15) << kVietnamese
                                                     << QStringLiteral("Đà Nẵng, ngày 15 tháng 3 năm 2023");
    QTest::newRow("robustness: no place")
        << QString() << QDate(2022, 11, 9) << kVietnamese << QStringLiteral("ngày 09 tháng 11 năm 2022");
    QTest::newRow("robustness: NFD place is normalized")
        << QStringLiteral("Hà Nội").normalized(QString::NormalizationForm_D) << QDate(2022, 11, 9) << kVietnamese
        << QStringLiteral("Hà Nội, ngày 09 tháng 11 năm 2022");
    QTest::newRow("nominal: English interface")
        << QStringLiteral("Hà Nội") << QDate(2022, 11, 9) << QLocale(QLocale::English, QLocale::UnitedStates)
        << QStringLiteral("Hà Nội, 9 November 2022");
}

void tst_ApprovalSlip::dateLine()
{
    QFETCH(QString, place);
    QFETCH(QDate, date);
    QFETCH(QLocale, locale);
    QFETCH(QString, line);
    QCOMPARE(slipDateLine(place, date, locale), line);
}

void tst_ApprovalSlip::collectsTheWorkflow()
{
    auto data = collectSlipData(m_ws.db(), m_article, QDate(2022, 11, 9), kVietnamese);
    QVERIFY(data.ok());
    QCOMPARE(data->officeName, QStringLiteral("Trung tâm Văn hóa - Thông tin quận"));
    QCOMPARE(data->categoryName, QStringLiteral("Xây dựng Đảng"));
    QCOMPARE(data->authorName, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(data->editorName, QStringLiteral("Trần Thị Bình"));
    QCOMPARE(data->approverName, QStringLiteral("Lê Văn Cường"));
    QCOMPARE(data->paragraphs.size(), 2);
    QCOMPARE(data->trail.size(), 4); // created, submitted, forwarded, approved
    QCOMPARE(data->trail.at(2).who, QStringLiteral("Trần Thị Bình"));
    QCOMPARE(data->trail.at(2).comment, QStringLiteral("Đã biên tập, đề nghị duyệt"));
    QVERIFY(data->trail.at(3).what.contains(workflowStateLabel(WorkflowState::Approved)));

    // After a return the earlier signatures no longer hold.
    Article copy = data->article;
    copy.id = 0;
    copy.uuid = QUuid();
    copy.state = WorkflowState::Draft;
    auto created = ArticleRepository(m_ws.db()).create(copy, m_reporter);
    QVERIFY(created.ok());
    const qint64 second = created->id;
    WorkflowService wf(m_ws.db());
    QVERIFY(wf.submit(second, m_reporter).ok());
    QVERIFY(wf.forward(second, m_editor).ok());
    QVERIFY(wf.returnToAuthor(second, m_approver, QStringLiteral("Bổ sung ảnh")).ok());
    auto returned = collectSlipData(m_ws.db(), second);
    QVERIFY(returned->editorName.isEmpty());
    QVERIFY(returned->approverName.isEmpty());
    QCOMPARE(collectSlipData(m_ws.db(), 424242).error().code, ErrorCode::NotFound);
}

void tst_ApprovalSlip::htmlIsEscaped()
{
    auto data = collectSlipData(m_ws.db(), m_article, QDate(2022, 11, 9), kVietnamese);
    data->article.title = QStringLiteral("<script>alert(1)</script> & \"Quận ủy\"");
    const QString html = slipHtml(*data);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(html.contains(QStringLiteral("Hà Nội, ngày 09 tháng 11 năm 2022")));
}

void tst_ApprovalSlip::pdfHasVietnameseTextAndDate()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed: run scripts/install-deps.sh test");
    }
    auto data = collectSlipData(m_ws.db(), m_article, QDate(2022, 11, 9), kVietnamese);
    QVERIFY(data.ok());
    const QString pdf = m_out.filePath(QStringLiteral("phieu-duyet.pdf"));
    auto written = writeApprovalSlip(*data, pdf);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext failed");
    const QStringList expected = {
        QStringLiteral("Hà Nội, ngày 09 tháng 11 năm 2022"),
        // The office name wraps in its column, and pdftotext joins "-" at a line end: check the parts.
        QStringLiteral("TRUNG TÂM VĂN HÓA"),
        QStringLiteral("THÔNG TIN QUẬN"),
        QStringLiteral("Hội nghị giao ban Ban Chủ nhiệm Chương trình số 04"),
        QStringLiteral("Sáng ngày 9/11, Quận ủy tổ chức Hội nghị giao ban quý IV."),
        QStringLiteral("(NTL) Dự và chỉ đạo Hội nghị có đồng chí Phó Bí thư Thường trực Quận uỷ."),
        QStringLiteral("Đặc biệt, quận đã hoàn thành xuất sắc nhiệm vụ đăng cai Đại hội thể thao."),
        QStringLiteral("Xây dựng Đảng"),
        QStringLiteral("Ban Tuyên giáo Quận ủy"),
        QStringLiteral("Đã biên tập, đề nghị duyệt"),
        QStringLiteral("Nguyễn Văn An"),
        QStringLiteral("Trần Thị Bình"),
        QStringLiteral("Lê Văn Cường"),
    };
    for (const QString &line : expected) {
        QVERIFY2(text.contains(line), qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(line, text)));
    }
}

void tst_ApprovalSlip::pdfEmbedsTheFont()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty()) {
        QSKIP("pdffonts (poppler-utils) is not installed: run scripts/install-deps.sh test");
    }
    const QString pdf = m_out.filePath(QStringLiteral("fonts.pdf"));
    QVERIFY(writeApprovalSlip(*collectSlipData(m_ws.db(), m_article), pdf).ok());
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(p.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    int embedded = 0;
    for (const QString &line : lines) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        // name type... emb sub uni object ID: "emb" is the 5th column from the end.
        if (line.contains(QLatin1String("DejaVuSans")) && cols.size() > 5 &&
            cols.at(cols.size() - 5) == QLatin1String("yes")) {
            ++embedded;
        }
    }
    QVERIFY2(embedded >= 2, qPrintable(lines.join(QLatin1Char('\n')))); // regular and bold
}

void tst_ApprovalSlip::fullTextKeepsListsAndSubheadings()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed: run scripts/install-deps.sh test");
    }
    Article a = ArticleRepository(m_ws.db()).load(m_article).value();
    a.id = 0;
    a.uuid = QUuid();
    a.state = WorkflowState::Draft;
    a.body =
        QStringLiteral("<p>Hội nghị đã thống nhất các nội dung sau.</p>"
                       "<h2>Những kết quả nổi bật</h2>"
                       "<ul><li>Hoàn thành chỉ tiêu thu ngân sách</li><li>Giải phóng mặt bằng đúng tiến độ</li></ul>"
                       "<h3>Nhiệm vụ quý I</h3>"
                       "<ol><li>Rà soát hồ sơ đất đai</li><li>Tổ chức Tết cho nhân dân</li></ol>");
    auto created = ArticleRepository(m_ws.db()).create(a, m_reporter);
    QVERIFY(created.ok());
    auto data = collectSlipData(m_ws.db(), created->id, QDate(2022, 11, 9), kVietnamese);
    QVERIFY(data.ok());

    // Sub-headings are printed in bold on their own line.
    const QString html = slipHtml(*data);
    QVERIFY(html.contains(QStringLiteral("<b>Những kết quả nổi bật</b>")));
    QVERIFY(html.contains(QStringLiteral("<b>Nhiệm vụ quý I</b>")));

    const QString pdf = m_out.filePath(QStringLiteral("danh-sach.pdf"));
    QVERIFY(writeApprovalSlip(*data, pdf).ok());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_C).split(QLatin1Char('\n'));
    const auto hasLine = [&lines](const QString &line) {
        return std::any_of(lines.cbegin(), lines.cend(), [&line](const QString &l) { return l.simplified() == line; });
    };
    for (const QString &line :
         {QStringLiteral("Những kết quả nổi bật"), QStringLiteral("• Hoàn thành chỉ tiêu thu ngân sách"),
          QStringLiteral("• Giải phóng mặt bằng đúng tiến độ"), QStringLiteral("Nhiệm vụ quý I"),
          QStringLiteral("1. Rà soát hồ sơ đất đai"), QStringLiteral("2. Tổ chức Tết cho nhân dân")}) {
        QVERIFY2(hasLine(line),
                 qPrintable(QStringLiteral("no line \"%1\" in:\n%2").arg(line, lines.join(QLatin1Char('\n')))));
    }
}

void tst_ApprovalSlip::signaturesStayOnOnePage()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed: run scripts/install-deps.sh test");
    }
    auto data = collectSlipData(m_ws.db(), m_article, QDate(2022, 11, 9), kVietnamese);
    QVERIFY(data.ok());
    const QString paragraph = QStringLiteral("Đoạn văn thêm vào để đẩy khối chữ ký xuống cuối trang.");
    bool sawTwoPages = false;
    // Growing bodies move the signature blocks across the end of page one at some point.
    for (int extra = 0; extra < 30; ++extra) {
        SlipData longer = *data;
        for (int i = 0; i < extra; ++i) {
            longer.paragraphs.append(html::TextBlock{paragraph});
        }
        const QString pdf = m_out.filePath(QStringLiteral("dai-%1.pdf").arg(extra));
        QVERIFY(writeApprovalSlip(longer, pdf).ok());
        const QStringList pages = pdfPages(pdf);
        QVERIFY(!pages.isEmpty());
        sawTwoPages = sawTwoPages || pages.size() > 1;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())),
                     qPrintable(pages[i]));
            const qsizetype label = pages[i].indexOf(QStringLiteral("APPROVED BY"));
            if (label >= 0) {
                QVERIFY2(pages[i].indexOf(QStringLiteral("Lê Văn Cường"), label) > label,
                         qPrintable(QStringLiteral("signatures split with %1 extra paragraphs").arg(extra)));
                QVERIFY(pages[i].contains(QStringLiteral("REPORTER")));
            }
        }
    }
    QVERIFY(sawTwoPages);
}

void tst_ApprovalSlip::longTrailKeepsRowsWhole_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("variety");
    QTest::newRow("nominal: 60 rows of two lines") << 60 << 0;
    QTest::newRow("nominal: 45 rows of two to eight lines") << 45 << 1;
    for (int steps = 20; steps < 32; steps += 3) {
        QTest::addRow("boundary: %d rows of mixed heights", steps) << steps << 3;
    }
}

void tst_ApprovalSlip::longTrailKeepsRowsWhole()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed: run scripts/install-deps.sh test");
    }
    auto data = collectSlipData(m_ws.db(), m_article, QDate(2022, 11, 9), kVietnamese);
    QVERIFY(data.ok());
    // Rows of several lines each, with their first and last words marked: a row split between
    // pages shows its first mark on one page and its last on the next.
    QFETCH(int, steps);
    QFETCH(int, variety);
    for (int i = 0; i < steps; ++i) {
        SlipStep step = data->trail.constLast();
        const QString sentence = QStringLiteral(" Đề nghị phóng viên bổ sung ý kiến của cơ sở, kiểm tra lại số liệu.");
        step.comment = QStringLiteral("mởđầu%1").arg(i) + sentence.repeated(1 + (i * variety) % 4) +
                       QStringLiteral(" kếtthúc%1").arg(i);
        data->trail.append(step);
    }
    const QString pdf = m_out.filePath(QStringLiteral("lich-su-dai.pdf"));
    QVERIFY(writeApprovalSlip(*data, pdf).ok());
    const QStringList pages = pdfPages(pdf);
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString page = pages[i].simplified();
        const QString footer = QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size());
        QVERIFY2(page.endsWith(footer), qPrintable(QStringLiteral("page %1 ends: %2").arg(i + 1).arg(page.right(200))));
        QCOMPARE(page.count(footer), 1);
        QVERIFY2(page != footer, qPrintable(QStringLiteral("page %1 is empty").arg(i + 1)));
        if (page.contains(QStringLiteral("mởđầu"))) {
            for (const QString &column : {QStringLiteral("Time"), QStringLiteral("Person"), QStringLiteral("Step"),
                                          QStringLiteral("Comment")}) {
                QVERIFY2(page.contains(column), qPrintable(QStringLiteral("page %1 lacks the header").arg(i + 1)));
            }
        }
    }
    for (int i = 0; i < steps; ++i) {
        const QRegularExpression first(QStringLiteral("\\bmởđầu%1\\b").arg(i));
        const QRegularExpression last(QStringLiteral("\\bkếtthúc%1\\b").arg(i));
        qsizetype firstPage = -1;
        qsizetype lastPage = -1;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (pages[p].contains(first)) {
                firstPage = p;
            }
            if (pages[p].contains(last)) {
                lastPage = p;
            }
        }
        QVERIFY2(
            firstPage >= 0 && firstPage == lastPage,
            qPrintable(
                QStringLiteral("row %1 runs from page %2 to page %3").arg(i).arg(firstPage + 1).arg(lastPage + 1)));
    }
}

void tst_ApprovalSlip::unwritablePathLeavesNothing()
{
    const QString pdf = m_out.filePath(QStringLiteral("khong-co/thu-muc/phieu.pdf"));
    auto failed = writeApprovalSlip(*collectSlipData(m_ws.db(), m_article), pdf);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::Io);
    QVERIFY(!QFile::exists(pdf));
}

void tst_ApprovalSlip::slipToolPrintsFromTheDatabase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed: run scripts/install-deps.sh test");
    }
    const QString tool = QStringLiteral(TOASOAN_SLIP_TOOL);
    const QString pdf = m_out.filePath(QStringLiteral("tool.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOASOAN_LANG"), QStringLiteral("vi"));
    p.setProcessEnvironment(env);
    p.start(tool, {QStringLiteral("--database"), m_ws.path(), QStringLiteral("--article"), QString::number(m_article),
                   QStringLiteral("--out"), pdf, QStringLiteral("--date"), QStringLiteral("2022-11-09")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Hà Nội, ngày 09 tháng 11 năm 2022")));

    QProcess bad;
    bad.start(tool, {QStringLiteral("--database"), m_ws.path(), QStringLiteral("--article"), QStringLiteral("x")});
    QVERIFY(bad.waitForFinished(60000));
    QCOMPARE(bad.exitCode(), 2);
    QProcess missing;
    missing.start(tool, {QStringLiteral("--database"), m_ws.path(), QStringLiteral("--article"), QStringLiteral("999"),
                         QStringLiteral("--out"), pdf + QStringLiteral(".2")});
    QVERIFY(missing.waitForFinished(60000));
    QCOMPARE(missing.exitCode(), 1);
    QVERIFY(!QFile::exists(pdf + QStringLiteral(".2")));
}

QTEST_MAIN(tst_ApprovalSlip)
#include "tst_approval_slip.moc"
