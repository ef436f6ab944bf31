// The "Chuyển mã" dialog: pasted TCVN3/VNI/VIQR text detected and converted (font names in the
// clipboard's HTML first), a forced encoding, legacy .txt and .html files, UTF-8 copies and saves.
#include "app/text/LegacyEncoding.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/tools/ConvertEncodingDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using text::LegacyEncoding;

Q_DECLARE_METATYPE(toasoan::text::LegacyEncoding)

namespace {

const QString kSentence = QStringLiteral("Sáng 9/11, Quận ủy tổ chức hội nghị giao ban công tác tuyên giáo, "
                                         "bàn về đường lối phát triển kinh tế của huyện.");

QString tcvn3Html(const QString &legacyText)
{
    return QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                          "</head><body><p><span style=\"font-family:'.VnTime'\">%1</span></p></body></html>")
        .arg(legacyText);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestConvertEncodingDialog : public QObject
{
    Q_OBJECT

private slots:
    void detectsPastedText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("html");
        QTest::addColumn<LegacyEncoding>("encoding");
        QTest::addColumn<bool>("byFontName");

        const QString tcvn3 = text::encodeTcvn3(kSentence);
        QTest::newRow("nominal: TCVN3 by its letters") << tcvn3 << QString() << LegacyEncoding::Tcvn3 << false;
        QTest::newRow("nominal: TCVN3 by the clipboard's font name")
            << tcvn3 << tcvn3Html(tcvn3) << LegacyEncoding::Tcvn3 << true;
        QTest::newRow("nominal: VNI Windows")
            << text::encodeVni(kSentence) << QString() << LegacyEncoding::Vni << false;
        QTest::newRow("nominal: VIQR") << text::encodeViqr(kSentence) << QString() << LegacyEncoding::Viqr << false;
        QTest::newRow("nominal: Unicode is left as it is")
            << kSentence << QString() << LegacyEncoding::Unicode << false;
        QTest::newRow("robustness: decomposed Unicode comes out composed")
            << test::nfd(kSentence) << QString() << LegacyEncoding::Unicode << false;
    }

    void detectsPastedText()
    {
        QFETCH(QString, input);
        QFETCH(QString, html);
        QFETCH(LegacyEncoding, encoding);
        QFETCH(bool, byFontName);

        ui::ConvertEncodingDialog dialog;
        dialog.show();
        dialog.setSourceText(input, html);
        QCOMPARE(dialog.result().detection.encoding, encoding);
        QCOMPARE(dialog.result().detection.byFontName, byFontName);
        QCOMPARE(dialog.previewEdit()->toPlainText(), kSentence);
        QCOMPARE(dialog.result().output, kSentence);
        QVERIFY(!dialog.statusText().isEmpty());
        if (encoding != LegacyEncoding::Unicode) {
            QVERIFY2(dialog.statusText().contains(text::legacyEncodingName(encoding)), qPrintable(dialog.statusText()));
        }
    }

    void forcedEncodingWins()
    {
        ui::ConvertEncodingDialog dialog;
        dialog.setSourceText(text::encodeTcvn3(kSentence));
        dialog.setSourceEncoding(LegacyEncoding::Vni);
        QCOMPARE(dialog.result().detection.encoding, LegacyEncoding::Vni);
        QVERIFY(dialog.previewEdit()->toPlainText() != kSentence);
        dialog.setSourceEncoding(std::nullopt);
        QCOMPARE(dialog.previewEdit()->toPlainText(), kSentence);
    }

    void capsFontOnlyWhenTcvn3IsChosen()
    {
        const QString upper = kSentence.toUpper();
        ui::ConvertEncodingDialog dialog;
        dialog.setSourceText(text::encodeTcvn3(upper, true));
        dialog.setSourceEncoding(LegacyEncoding::Tcvn3);
        QVERIFY(dialog.previewEdit()->toPlainText() != upper); // read with a normal font: lower case
        dialog.setCapsFont(true);
        QCOMPARE(dialog.previewEdit()->toPlainText(), upper);
        dialog.setSourceEncoding(LegacyEncoding::Vni);
        auto *caps = dialog.findChild<QCheckBox *>();
        QVERIFY(caps);
        QVERIFY(!caps->isEnabled());
    }

    void typingConvertsAfterAPause()
    {
        ui::ConvertEncodingDialog dialog;
        dialog.show();
        test::typeText(dialog.sourceEdit(), text::encodeVni(QStringLiteral("Việt Nam")));
        QTRY_COMPARE(dialog.previewEdit()->toPlainText(), QStringLiteral("Việt Nam"));
    }

    void pasteKeepsTheFontHint_data()
    {
        QTest::addColumn<bool>("pasteButton");
        QTest::newRow("nominal: the Paste button") << true;
        QTest::newRow("nominal: Ctrl+V into the original") << false;
    }

    void pasteKeepsTheFontHint()
    {
        QFETCH(bool, pasteButton);
        const QString tcvn3 = text::encodeTcvn3(kSentence);
        auto *mime = new QMimeData;
        mime->setText(tcvn3);
        mime->setHtml(tcvn3Html(tcvn3));
        QApplication::clipboard()->setMimeData(mime);

        ui::ConvertEncodingDialog dialog;
        dialog.show();
        if (pasteButton) {
            dialog.pasteFromClipboard();
        } else {
            dialog.sourceEdit()->setFocus();
            dialog.sourceEdit()->paste();
            dialog.convertNow();
        }
        QCOMPARE(dialog.result().detection.encoding, LegacyEncoding::Tcvn3);
        QVERIFY(dialog.result().detection.byFontName);
        QCOMPARE(dialog.previewEdit()->toPlainText(), kSentence);
    }

    void opensLegacyFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("html");
        const QString tcvn3 = text::encodeTcvn3(kSentence);
        QTest::newRow("nominal: TCVN3 .txt, raw bytes")
            << QStringLiteral("cu.txt") << text::legacyStringToBytes(tcvn3) << false;
        QTest::newRow("nominal: VNI .txt saved as UTF-8")
            << QStringLiteral("vni.txt") << text::encodeVni(kSentence).toUtf8() << false;
        QTest::newRow("nominal: Word's TCVN3 .html")
            << QStringLiteral("word.html") << text::legacyStringToBytes(tcvn3Html(tcvn3)) << true;
    }

    void opensLegacyFiles()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, html);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QVERIFY(writeFile(path, bytes));

        ui::ConvertEncodingDialog dialog;
        QVERIFY(dialog.openFile(path));
        QCOMPARE(dialog.isHtmlDocument(), html);
        QCOMPARE(dialog.sourceEdit()->isReadOnly(), html);
        QCOMPARE(dialog.previewEdit()->toPlainText().trimmed(), kSentence);
        if (html) {
            QVERIFY(dialog.result().output.contains(kSentence));
            QVERIFY(!dialog.result().output.contains(QStringLiteral(".VnTime")));
            QVERIFY(dialog.statusText().contains(fileName));
        }

        // Saved as UTF-8, exactly the converted document.
        const QString saved = dir.filePath(QStringLiteral("ket-qua"));
        QVERIFY(dialog.saveFile(saved));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), dialog.result().output);
    }

    void reportsFileErrors()
    {
        QTemporaryDir dir;
        ui::ConvertEncodingDialog dialog;
        QVERIFY(!dialog.openFile(dir.filePath(QStringLiteral("khong-co.txt"))));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("khong-co.txt")), qPrintable(dialog.statusText()));
        dialog.setSourceText(QStringLiteral("Vie^.t Nam"));
        QVERIFY(!dialog.saveFile(dir.filePath(QStringLiteral("khong/co/thu-muc.txt"))));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("thu-muc.txt")), qPrintable(dialog.statusText()));
    }

    void copiesTheResult()
    {
        ui::ConvertEncodingDialog dialog;
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyButton"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(copy && save);
        dialog.setSourceText(QString());
        QVERIFY(!dialog.statusText().isEmpty());
        QVERIFY(!copy->isEnabled());
        QVERIFY(!save->isEnabled());

        dialog.setSourceEncoding(LegacyEncoding::Viqr);
        dialog.setSourceText(text::encodeViqr(QStringLiteral("Tòa soạn")));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Tòa soạn"));
    }
};

QTEST_MAIN(TestConvertEncodingDialog)
#include "tst_convert_encoding_dialog.moc"
