// The royalty statement's files, read back as accounting would open them: the .xlsx workbook with
// python3-openpyxl (numbers are numbers, amounts carry a VND format, one sheet per author plus a summary)
// and the A4 PDF with pdftotext and pdffonts (Vietnamese text, the signature block, the total in words,
// DejaVu embedded). Written by `toasoan report royalties --out` in Vietnamese on RoyaltyFixture.h's month.
#include "tests/report/RoyaltyFixture.h"
#include "tests/support/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;

namespace {

// Dumps every sheet: its name and, for each non-empty cell, [row, column, Python type, value, number format].
const char *const kReadWorkbook = R"(
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = []
for sheet in book.worksheets:
    cells = []
    for row in sheet.iter_rows():
        for c in row:
            if c.value is not None:
                cells.append([c.row, c.column, type(c.value).__name__, str(c.value), c.number_format])
    out.append({"name": sheet.title, "cells": cells})
print(json.dumps(out, ensure_ascii=False))
)";

QString python()
{
    // Debian's interpreter, which python3-openpyxl installs into (not a pyenv one first on the PATH).
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

} // namespace

class tst_RoyaltiesFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workbook();
    void statementPdf();

private:
    test::CliRun writeStatement(const QString &file);

    test::RoyaltyFixture f;
    QTemporaryDir m_home;
};

void tst_RoyaltiesFiles::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("TOASOAN_BINARY"));
    QVERIFY(f.setUp());
    QVERIFY(f.buildNovember());
    OfficeSettings office;
    office.officeName = QStringLiteral("Trung tâm Văn hóa - Thông tin quận");
    office.officePlace = QStringLiteral("Hà Nội");
    QVERIFY(storeOfficeSettings(f.db(), office));
}

test::CliRun tst_RoyaltiesFiles::writeStatement(const QString &file)
{
    QProcess process;
    QProcessEnvironment env = test::cliEnvironment(m_home.path());
    env.insert(QStringLiteral("TOASOAN_LANG"), QStringLiteral("vi"));
    env.insert(QStringLiteral("TOASOAN_PASSWORD"), QStringLiteral("mat-khau-1"));
    process.setProcessEnvironment(env);
    // Read by the approver: every author's statement.
    return test::runCli(process, qEnvironmentVariable("TOASOAN_BINARY"),
                        {QStringLiteral("--database"), f.path(), QStringLiteral("report"), QStringLiteral("royalties"),
                         QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"), file,
                         QStringLiteral("--user"), QStringLiteral("lanhdao")});
}

void tst_RoyaltiesFiles::workbook()
{
    const QString file = m_home.filePath(QStringLiteral("nhuan-but-11-2026.xlsx"));
    const auto written = writeStatement(file);
    QVERIFY2(written.code == 0, qPrintable(written.err));

    QProcess reader;
    reader.start(python(), {QStringLiteral("-c"), QString::fromUtf8(kReadWorkbook), file});
    QVERIFY(reader.waitForFinished(60000));
    QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
    const QJsonArray sheets = QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
    QStringList names;
    for (const QJsonValue &sheet : sheets) {
        names.append(sheet[QStringLiteral("name")].toString());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Tổng hợp"), QStringLiteral("Nguyễn Văn An"),
                                 QStringLiteral("Phạm Thị Dung"), QStringLiteral("Vũ Văn Em")}));

    // Every cell as text, and the numeric cells with their type and format.
    const auto cells = [&](int sheet) {
        QHash<QString, QJsonArray> byText;
        for (const QJsonValue &cell : sheets[sheet][QStringLiteral("cells")].toArray()) {
            byText.insert(cell[3].toString(), cell.toArray());
        }
        return byText;
    };
    const auto summary = cells(0);
    QVERIFY(summary.contains(QStringLiteral("BẢNG KÊ NHUẬN BÚT THÁNG 11/2026")));
    QVERIFY(summary.contains(QStringLiteral("Trung tâm Văn hóa - Thông tin quận")));
    for (const char *amount : {"650000", "1200000", "100000", "1950000"}) {
        const QJsonArray cell = summary.value(QString::fromLatin1(amount));
        QVERIFY2(!cell.isEmpty(), amount);
        QCOMPARE(cell[2].toString(), QStringLiteral("int"));
        QVERIFY2(cell[4].toString().contains(QStringLiteral("#,##0")) &&
                     cell[4].toString().contains(QStringLiteral("đ")),
                 qPrintable(cell[4].toString()));
    }
    QCOMPARE(summary.value(QStringLiteral("19.5"))[2].toString(), QStringLiteral("float"));
    QVERIFY(summary.contains(QStringLiteral("Bằng chữ: Một triệu chín trăm năm mươi nghìn đồng")));
    QVERIFY(summary.contains(QStringLiteral("Vũ Văn Em (đã khóa)")));

    const auto an = cells(1);
    QVERIFY(an.contains(QStringLiteral("Tin 23:59 ngày cuối tháng")));
    const QJsonArray when = an.value(QStringLiteral("2026-11-30 23:59:00"));
    QCOMPARE(when[2].toString(), QStringLiteral("datetime"));
    QCOMPARE(an.value(QStringLiteral("2.5"))[2].toString(), QStringLiteral("float"));
    QCOMPARE(an.value(QStringLiteral("250000"))[2].toString(), QStringLiteral("int"));
    QCOMPARE(an.value(QStringLiteral("650000"))[2].toString(), QStringLiteral("int"));
    QVERIFY(an.contains(QStringLiteral("chưa chấm điểm")));
}

void tst_RoyaltiesFiles::statementPdf()
{
    const QString file = m_home.filePath(QStringLiteral("nhuan-but-11-2026.pdf"));
    const auto written = writeStatement(file);
    QVERIFY2(written.code == 0, qPrintable(written.err));

    if (const QString keep = qEnvironmentVariable("TOASOAN_SCREENSHOT_DIR"); !keep.isEmpty()) {
        QFile::copy(file, QDir(keep).filePath(QStringLiteral("royalty-statement.pdf")));
    }
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    QCOMPARE(pdftotext.exitCode(), 0);
    // Reading order, cell by cell; a title wrapped inside its cell reads as one line once simplified.
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    for (const char *expected :
         {"BẢNG KÊ NHUẬN BÚT THÁNG 11/2026", "TRUNG TÂM VĂN HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hà Nội, ngày",
          "Nguyễn Văn An", "Phạm Thị Dung", "Vũ Văn Em", "Tin 23:59 ngày cuối tháng", "30/11/2026 23:59", "1.950.000",
          "1.200.000", "chưa chấm điểm", "Một triệu chín trăm năm mươi nghìn đồng", "Sáu trăm năm mươi nghìn đồng",
          "NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên)"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)),
                 qPrintable(QString::fromUtf8(expected) + QStringLiteral(" in: ") + text));
    }
    // The October article republished in November is not on it.
    QVERIFY(!text.contains(QStringLiteral("Bài tháng 10 đăng lại tháng 11")));

    QProcess pdffonts;
    pdffonts.start(QStringLiteral("pdffonts"), {file});
    QVERIFY(pdffonts.waitForFinished(60000));
    const QString fonts = QString::fromUtf8(pdffonts.readAllStandardOutput());
    QVERIFY2(fonts.contains(QStringLiteral("DejaVuSans")), qPrintable(fonts));
    for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2)) {
        if (!line.trimmed().isEmpty()) {
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // embedded
        }
    }
}

QTEST_GUILESS_MAIN(tst_RoyaltiesFiles)
#include "tst_royalties_files.moc"
