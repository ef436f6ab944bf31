// `toasoan convert` run as a user would: legacy files in, UTF-8 NFC out, exit codes for mistakes.
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runToasoan(const QStringList &arguments, const QByteArray &stdinBytes = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOASOAN_LANG"), QStringLiteral("en")); // assert on the English messages
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("TOASOAN_BINARY"), arguments);
    if (!process.waitForStarted(30000)) {
        return {};
    }
    process.write(stdinBytes);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
               process.readAllStandardError()};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

// "Sáng 9/11, đoàn công tác của huyện làm việc tại xã về đường giao thông nông thôn."
const char kUnicode[] = "Sáng 9/11, đoàn công tác của huyện làm việc tại xã về đường giao thông nông thôn.\n";
// The same sentence, byte for byte, in TCVN3 (as saved by an old Word with .VnTime) ...
const char kTcvn3[] = "S\xB8ng 9/11, \xAEo\xB5n c\xABng t\xB8"
                      "c c\xF1"
                      "a huy\xD6n l\xB5m vi\xD6"
                      "c t\xB9i x\xB7 "
                      "v\xD2 \xAE\xAD\xEAng giao th\xABng n\xABng th\xABn.\n";
// ... and in VNI-Windows.
const char kVni[] = "Sa\xF9ng 9/11, \xF1oa\xF8n co\xE2ng ta\xF9"
                    "c cu\xFB"
                    "a huye\xE4n la\xF8m vie\xE4"
                    "c ta\xEFi xa\xF5 "
                    "ve\xE0 \xF1\xF6\xF4\xF8ng giao tho\xE2ng no\xE2ng tho\xE2n.\n";

} // namespace

class TestConvertCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("TOASOAN_BINARY") || !QFile::exists(qEnvironmentVariable("TOASOAN_BINARY"))) {
            QSKIP("TOASOAN_BINARY does not name the built toasoan binary (run through ctest)");
        }
    }

    void convertsFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QByteArray>("stderrMentions");

        const QByteArray unicode(kUnicode);
        QTest::newRow("nominal: TCVN3 text file, detected")
            << QStringLiteral("tcvn3.txt") << QByteArray(kTcvn3) << QStringList() << unicode << QByteArray("TCVN3");
        QTest::newRow("nominal: VNI text file, detected")
            << QStringLiteral("vni.txt") << QByteArray(kVni) << QStringList() << unicode << QByteArray("VNI");
        QTest::newRow("nominal: TCVN3 pasted and saved as UTF-8")
            << QStringLiteral("pasted.txt") << QString::fromLatin1(kTcvn3).toUtf8() << QStringList() << unicode
            << QByteArray("TCVN3");
        QTest::newRow("nominal: explicit --from vni, nothing said on stderr")
            << QStringLiteral("vni2.txt") << QByteArray(kVni)
            << QStringList{QStringLiteral("--from"), QStringLiteral("vni")} << unicode << QByteArray();
        QTest::newRow("nominal: tone style new")
            << QStringLiteral("tone.txt")
            << QByteArray("h\xDF"
                          "a b\xD7nh")
            << QStringList{QStringLiteral("--from=tcvn3"), QStringLiteral("--tone-style"), QStringLiteral("new")}
            << QByteArray("hoà bình") << QByteArray("1");
        QTest::newRow("nominal: Unicode file stays, NFD becomes NFC")
            << QStringLiteral("nfd.txt") << QByteArray("Vie\xCC\xA3\xCC\x82t Nam") << QStringList()
            << QByteArray("Vi\xE1\xBB\x87t Nam") << QByteArray("Unicode");
        QTest::newRow("nominal: HTML from Word with .VnTime fonts")
            << QStringLiteral("word.html")
            << QByteArray(
                   "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head>"
                   "<body><p><span style='font-family:\".VnTime\"'>Tr&shy;\xEAng h\xE4"
                   "c</span></p>"
                   "<p><span style='font-family:\".VnTimeH\"'>vi\xD6t nam</span></p></body></html>")
            << QStringList()
            << QByteArray(
                   "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head>"
                   "<body><p><span style='font-family:\"Times New Roman\"'>Tr\xC6\xB0\xE1\xBB\x9Dng h\xE1\xBB\x8D"
                   "c</span></p>"
                   "<p><span style='font-family:\"Times New Roman\"'>VI\xE1\xBB\x86T NAM</span></p></body></html>")
            << QByteArray("font");
    }

    void convertsFiles()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, options);
        QFETCH(QByteArray, expected);
        QFETCH(QByteArray, stderrMentions);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeFile(dir, fileName, content);
        const Run run = runToasoan(QStringList{QStringLiteral("convert")} + options + QStringList{path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, expected);
        if (stderrMentions.isEmpty()) {
            QVERIFY2(run.err.isEmpty(), run.err.constData());
        } else {
            QVERIFY2(run.err.contains(stderrMentions), run.err.constData());
        }
    }

    void convertsStandardInput()
    {
        const Run run = runToasoan({QStringLiteral("convert")}, QByteArray(kTcvn3));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray(kUnicode));
        QVERIFY2(run.err.contains("TCVN3"), run.err.constData());

        const Run viqr = runToasoan({QStringLiteral("convert"), QStringLiteral("--from"), QStringLiteral("viqr")},
                                    QByteArray("Vie^.t Nam"));
        QCOMPARE(viqr.exitCode, 0);
        QCOMPARE(viqr.out, QByteArray("Vi\xE1\xBB\x87t Nam"));
    }

    // Random bytes are no Vietnamese text in any encoding: without --from nothing is written, and the
    // message names --from; with --from the user's word is taken.
    void refusesUndeterminedInput()
    {
        QRandomGenerator random(20261207);
        QByteArray noise(4096, '\0');
        for (char &byte : noise) {
            byte = char(random.bounded(256));
        }
        const Run run = runToasoan({QStringLiteral("convert")}, noise);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("--from"), run.err.constData());
        const Run forced =
            runToasoan({QStringLiteral("convert"), QStringLiteral("--from"), QStringLiteral("tcvn3")}, noise);
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(!forced.out.isEmpty());
    }

    void convertsMixedInputLineByLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray unicodeLine("B\xC3\xA0 Nguy\xE1\xBB\x85n Th\xE1\xBB\x8B H\xC6\xB0\xC6\xA1ng ph\xC3\xA1t "
                                     "bi\xE1\xBB\x83u t\xE1\xBA\xA1i h\xE1\xBB\x99i ngh\xE1\xBB\x8B.\n");
        QTest::newRow("robustness: UTF-8 lines among TCVN3 bytes")
            << QByteArray(unicodeLine + QByteArray(kTcvn3) + unicodeLine);
        QTest::newRow("robustness: TCVN3 pasted into a UTF-8 file among Unicode lines")
            << QByteArray(unicodeLine + QString::fromLatin1(kTcvn3).toUtf8() + unicodeLine);
    }

    // The Unicode lines of a partly converted file stay as they were; the legacy ones are converted,
    // and the user is told how many, from what.
    void convertsMixedInputLineByLine()
    {
        QFETCH(QByteArray, input);
        const QByteArray unicodeLine = QStringLiteral("Bà Nguyễn Thị Hương phát biểu tại hội nghị.\n").toUtf8();
        const Run run = runToasoan({QStringLiteral("convert")}, input);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(unicodeLine + QByteArray(kUnicode) + unicodeLine));
        QVERIFY2(run.err.contains("Converted 1 line"), run.err.constData());
        QVERIFY2(run.err.contains("from TCVN3"), run.err.constData());
        QVERIFY2(run.err.contains("Left 2 line"), run.err.constData());
    }

    void reportsMistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");

        QTest::newRow("robustness: unreadable file")
            << QStringList{QStringLiteral("convert"), QStringLiteral("/nonexistent/bai-viet.txt")} << 1;
        QTest::newRow("robustness: unknown encoding")
            << QStringList{QStringLiteral("convert"), QStringLiteral("--from"), QStringLiteral("klingon")} << 2;
        QTest::newRow("robustness: unknown tone style")
            << QStringList{QStringLiteral("convert"), QStringLiteral("--tone-style"), QStringLiteral("sideways")} << 2;
        QTest::newRow("robustness: unknown option")
            << QStringList{QStringLiteral("convert"), QStringLiteral("--frobnicate")} << 2;
        QTest::newRow("robustness: two files")
            << QStringList{QStringLiteral("convert"), QStringLiteral("a.txt"), QStringLiteral("b.txt")} << 2;
        QTest::newRow("nominal: help") << QStringList{QStringLiteral("convert"), QStringLiteral("--help")} << 0;
    }

    void reportsMistakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = runToasoan(arguments);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY(!run.err.isEmpty());
            QVERIFY(run.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestConvertCommand)
#include "tst_convertcommand.moc"
