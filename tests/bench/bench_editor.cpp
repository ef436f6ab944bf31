// bench_editor — the body editor with a 20,000-word article and 30 photos.
//
// How to run (optimised build; offscreen unless QT_QPA_PLATFORM says
// otherwise):
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
//   cmake --build build-rel --target bench_editor
//   build-rel/tests/bench/bench_editor                 # 20,000 words, 30
//   images build-rel/tests/bench/bench_editor --words 5000 --images 5 --keys
//   100
//
// The article text comes from WorkspaceGenerator (seeded), with bold and italic
// runs; the photos are 1600x1067 JPEGs (what a district site publishes) stored
// through MediaRepository in a temporary workspace, referenced as media:ID like
// real bodies. Figures:
//   open        setBodyHtml() on a shown editor, then until the first paint is
//   done keystroke   a key event sent in the middle of the article until the
//   viewport has repainted
//               (an event filter sees the paint), median and p95
//   spell       the article checked on the worker (and the longest the UI
//   thread stalled meanwhile),
//               then keystrokes with spell checking on and off
//   autosave    what ArticleTabs::autosave costs: on the UI thread the copy of
//   the document
//               (RichTextEditor::bodySnapshot(), a clone() moved to the
//               writer's thread), on the writer's thread the body HTML made
//               from it (thread CPU time each); for comparison bodyHtml() on
//               the UI thread (what Ctrl+S pays), toHtml() + bodyFromQtHtml(),
//               clone()
//   memory      VmRSS before creating the editor and after opening the article
// It asserts nothing and is not a CTest test: timings depend on the machine and
// its neighbours.
#include "app/editing/TextCounts.h"
#include "app/html/BodyHtml.h"
#include "app/html/PlainText.h"
#include "app/search/SearchIndex.h"
#include "app/storage/Database.h"
#include "app/storage/MediaRepository.h"
#include "tests/bench/BenchStats.h"
#include "tests/bench/PaintWatch.h"
#include "tests/bench/WorkspaceGenerator.h"
#include "ui/editor/DocumentHtml.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/spell/SpellHighlighter.h"
#include "ui/spell/SpellService.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace toasoan;
using namespace toasoan::bench;

namespace {

// CPU time of the calling thread (the UI thread's copy and the writer's
// serialisation apart).
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

// A press photo: gradients and noise, so the JPEG is as large as a real one
// (~300 KB).
QByteArray photo(int index)
{
    QImage image(1600, 1067, QImage::Format_RGB32);
    Rng rng(quint64(index) + 7);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int noise = rng.below(40);
            line[x] = qRgb((x / 7 + index * 30 + noise) % 256, (y / 5 + noise) % 256, (x + y) / 12 % 256);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

// Spell checking: the article checked in the background (the longest the UI
// thread was kept from its event loop meanwhile), then keystrokes with checking
// on and off, alternated so both see the same paragraph length.
template <typename TypeKeys>
void measureSpelling(ui::RichTextEditor &editor, Database &db, PaintWatcher &watcher, TypeKeys &typeKeys, int keys)
{
    ui::SpellService spell(&db, 0, nullptr);
    QElapsedTimer sinceTick;
    double longestStall = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestStall = std::max(longestStall, msSince(sinceTick) - 5);
        sinceTick.restart();
    });
    const auto idle = [&] {
        return spell.state() != ui::SpellService::State::Loading && editor.spellHighlighter()->isIdle();
    };
    const Stopwatch t;
    sinceTick.start();
    ticker.start();
    editor.setSpellService(&spell);
    QElapsedTimer guard;
    guard.start();
    QCoreApplication::processEvents();
    while (!idle() && guard.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    ticker.stop();
    if (spell.state() != ui::SpellService::State::Ready) {
        printRow(QStringLiteral("spell: no dictionary, not measured"), -1, QString(), 0, false);
        return;
    }
    printRow(QStringLiteral("spell: dictionary + whole article checked, wall"), t.wallMs(), QStringLiteral("ms"), 0,
             false, t.cpuMs());
    printRow(QStringLiteral("spell: longest UI stall meanwhile"), longestStall, QStringLiteral("ms"), 50, false);
    printRow(QStringLiteral("spell: paragraphs checked"), spell.textsChecked(), QStringLiteral("paragraphs"), 0, false);

    QList<double> on;
    QList<double> off;
    const int rounds = 4;
    for (int round = 0; round < rounds; ++round) {
        for (const bool enabled : {true, false}) {
            spell.setEnabled(enabled);
            waitForPaint(watcher);
            while (enabled && !editor.spellHighlighter()->isIdle()) {
                QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            }
            (enabled ? on : off) += typeKeys(std::max(1, keys / (2 * rounds)));
        }
    }
    printRow(QStringLiteral("keystroke to repaint, spell check on, median"), median(on), QStringLiteral("ms"), 16,
             false);
    printRow(QStringLiteral("keystroke to repaint, spell check on, p95"), percentile(on, 0.95), QStringLiteral("ms"),
             16, false);
    printRow(QStringLiteral("keystroke to repaint, spell check off, median"), median(off), QStringLiteral("ms"), 16,
             false);
    printRow(QStringLiteral("keystroke to repaint, spell check off, p95"), percentile(off, 0.95), QStringLiteral("ms"),
             16, false);
    printRow(QStringLiteral("spell: paragraphs checked on the UI thread"), spell.textsCheckedOnUiThread(),
             QStringLiteral("paragraphs"), 0, false);
    editor.setSpellService(nullptr);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption wordsOption(QStringLiteral("words"), QStringLiteral("Words in the article."),
                                         QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption imagesOption(QStringLiteral("images"), QStringLiteral("Images in the article."),
                                          QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption keysOption(QStringLiteral("keys"), QStringLiteral("Keystrokes measured."),
                                        QStringLiteral("n"), QStringLiteral("300"));
    parser.addOptions({wordsOption, imagesOption, keysOption});
    parser.process(app);
    const int words = parser.value(wordsOption).toInt();
    const int images = parser.value(imagesOption).toInt();
    const int keys = parser.value(keysOption).toInt();

    std::printf("bench_editor: %d words, %d images, %d keystrokes, build %s, "
                "platform %s\n",
                words, images, keys, TOASOAN_BENCH_BUILD_TYPE, qUtf8Printable(QGuiApplication::platformName()));

    // The workspace with the photos.
    QTemporaryDir dir;
    auto opened = Database::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "cannot open the workspace: %s\n", qUtf8Printable(opened.error().detail));
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    searchindex::attach(*db);
    MediaRepository media(*db);
    QList<qint64> ids;
    qint64 photoBytes = 0;
    for (int i = 0; i < images; ++i) {
        const QByteArray bytes = photo(i);
        photoBytes += bytes.size();
        const auto added = media.addFromBytes(bytes, QStringLiteral("anh-%1.jpg").arg(i + 1));
        if (!added) {
            std::fprintf(stderr, "cannot store a photo: %s\n", qUtf8Printable(added.error().detail));
            return 1;
        }
        ids.append(added->id);
    }

    // The article: generated paragraphs, some bold and italic, a figure every few
    // paragraphs.
    GeneratorOptions options;
    options.minWords = words;
    options.maxWords = words;
    // The generator writes a few long paragraphs; news paragraphs hold two or
    // three sentences.
    const QString generated = html::toPlainText(WorkspaceGenerator(options).article(0).article.body);
    const QStringList sentences =
        generated.simplified().split(QRegularExpression(QStringLiteral("(?<=\\.) ")), Qt::SkipEmptyParts);
    QStringList paragraphs;
    for (qsizetype i = 0; i < sentences.size(); i += 3) {
        QString paragraph = sentences.mid(i, 3).join(QLatin1Char(' ')).toHtmlEscaped();
        static const QRegularExpression firstWords(QStringLiteral("^(\\S+ \\S+ \\S+)"));
        if (paragraphs.size() % 3 == 0) {
            paragraph.replace(firstWords, paragraphs.size() % 2 ? QStringLiteral("<strong>\\1</strong>")
                                                                : QStringLiteral("<em>\\1</em>"));
        }
        paragraphs.append(QStringLiteral("<p>") + paragraph + QStringLiteral("</p>"));
    }
    const qsizetype step = std::max<qsizetype>(1, paragraphs.size() / std::max(1, images));
    for (int i = images - 1; i >= 0; --i) {
        paragraphs.insert(std::min(paragraphs.size(), (i + 1) * step),
                          QStringLiteral("<figure class=\"aligncenter\"><img "
                                         "src=\"media:%1\" alt=\"\"><figcaption>"
                                         "Ảnh %2: toàn cảnh hội nghị tại trụ sở "
                                         "Quận ủy</figcaption></figure>")
                              .arg(ids.at(i))
                              .arg(i + 1));
    }
    const QString body = paragraphs.join(QLatin1Char('\n'));
    const editing::TextCounts counts = editing::countText(html::toPlainText(body));
    std::printf("article: %d words, %d characters, %lld paragraphs, body %.0f "
                "KB, photos %.1f MB\n\n",
                counts.words, counts.characters, static_cast<long long>(paragraphs.size()),
                body.toUtf8().size() / 1024.0, photoBytes / 1048576.0);

    const double rssBefore = rssMb();
    ui::RichTextEditor editor;
    editor.setMediaStore(ui::EditorMediaStore::fromRepository(media));
    editor.resize(1000, 760);
    PaintWatcher watcher;
    editor.viewport()->installEventFilter(&watcher);
    editor.show();
    waitForPaint(watcher);

    printHeader();
    // Open: the first one is cold (images decoded for the first time), the others
    // reload.
    QList<double> opens;
    QList<double> openCpu;
    QList<double> openPaints;
    QList<double> openPaintsCpu;
    for (int run = 0; run < 5; ++run) {
        const Stopwatch t;
        editor.setBodyHtml(body);
        opens.append(t.wallMs());
        openCpu.append(t.cpuMs());
        waitForPaint(watcher);
        openPaints.append(t.wallMs());
        openPaintsCpu.append(t.cpuMs());
    }
    printRow(QStringLiteral("open: setBodyHtml(), first"), opens.first(), QStringLiteral("ms"), 150, false,
             openCpu.first());
    printRow(QStringLiteral("open: setBodyHtml(), median of 5"), median(opens), QStringLiteral("ms"), 150, false,
             median(openCpu));
    printRow(QStringLiteral("open: until the first paint, first"), openPaints.first(), QStringLiteral("ms"), 150, false,
             openPaintsCpu.first());
    printRow(QStringLiteral("open: until the first paint, median of 5"), median(openPaints), QStringLiteral("ms"), 150,
             false, median(openPaintsCpu));
    const double rssOpen = rssMb();

    // Keystrokes in the middle of the article.
    QTextCursor middle(editor.document()->findBlockByNumber(editor.document()->blockCount() / 2));
    middle.movePosition(QTextCursor::EndOfBlock);
    editor.setTextCursor(middle);
    editor.ensureCursorVisible();
    editor.setFocus();
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents(); // let the lazy layout settle
    }
    waitForPaint(watcher);
    const QString typed = QStringLiteral(" Sáng nay Quận ủy tổ chức hội nghị tổng kết công tác "
                                         "năm, các đồng chí lãnh đạo dự.");
    int typedSoFar = 0;
    const auto typeKeys = [&](int count) {
        QList<double> times;
        for (int i = 0; i < count; ++i, ++typedSoFar) {
            times.append(typeOne(editor, watcher, QString(typed.at(typedSoFar % typed.size()))));
        }
        return times;
    };
    const QList<double> keystrokes = typeKeys(keys);
    printRow(QStringLiteral("keystroke to repaint, median"), median(keystrokes), QStringLiteral("ms"), 16, false);
    printRow(QStringLiteral("keystroke to repaint, p95"), percentile(keystrokes, 0.95), QStringLiteral("ms"), 16,
             false);
    printRow(QStringLiteral("keystroke to repaint, max"), percentile(keystrokes, 1.0), QStringLiteral("ms"), 0, false);

    measureSpelling(editor, *db, watcher, typeKeys, keys);

    // Autosave, as ArticleTabs::autosave does it: the UI thread takes a copy of
    // the document (bodySnapshot(): clone() handed to the writer's thread), the
    // writer's thread turns the copy into the body HTML. Thread CPU time: the
    // other thread's work is not counted in either part.
    QThread writer;
    writer.setObjectName(QStringLiteral("autosave"));
    writer.start(QThread::LowPriority);
    QObject onWriter;
    onWriter.moveToThread(&writer);
    QList<double> copies;
    QList<double> copiesCpu;
    QList<double> serialised;
    QList<double> serialisedCpu;
    QString fromCopy;
    const ui::BodySerialisations countedBefore = ui::bodySerialisations();
    for (int run = 0; run < 20; ++run) {
        const qint64 cpuStart = threadCpuNs();
        QElapsedTimer t;
        t.start();
        std::function<QString()> snapshot = editor.bodySnapshot(&writer);
        copies.append(msSince(t));
        copiesCpu.append(double(threadCpuNs() - cpuStart) / 1e6);
        QMetaObject::invokeMethod(
            &onWriter,
            [&] {
                const qint64 writerCpuStart = threadCpuNs();
                QElapsedTimer w;
                w.start();
                fromCopy = snapshot();
                snapshot = nullptr; // the copy is deleted here, as in the AutosaveWriter
                serialised.append(msSince(w));
                serialisedCpu.append(double(threadCpuNs() - writerCpuStart) / 1e6);
            },
            Qt::BlockingQueuedConnection);
    }
    const ui::BodySerialisations countedAfter = ui::bodySerialisations();
    QMetaObject::invokeMethod(
        &onWriter, [&] { onWriter.moveToThread(QCoreApplication::instance()->thread()); },
        Qt::BlockingQueuedConnection);
    writer.quit();
    writer.wait();

    // For comparison: the body taken on the UI thread (what Ctrl+S does, and what
    // the autosave figure was before the copy), Qt's own HTML export and the bare
    // clone().
    QList<double> saves;
    QList<double> savesCpu;
    QList<double> qtPath;
    QList<double> clones;
    QString onUiThread;
    for (int run = 0; run < 20; ++run) {
        const qint64 cpuStart = threadCpuNs();
        QElapsedTimer t;
        t.start();
        onUiThread = editor.bodyHtml();
        saves.append(msSince(t));
        savesCpu.append(double(threadCpuNs() - cpuStart) / 1e6);
    }
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const QString viaQt = html::bodyFromQtHtml(editor.document()->toHtml());
        qtPath.append(msSince(t));
        t.restart();
        std::unique_ptr<QTextDocument> copy(editor.document()->clone());
        clones.append(msSince(t));
    }
    printRow(QStringLiteral("autosave, UI thread: copy (bodySnapshot), median"), median(copies), QStringLiteral("ms"),
             5, false, median(copiesCpu));
    printRow(QStringLiteral("autosave, UI thread: copy (bodySnapshot), p95"), percentile(copies, 0.95),
             QStringLiteral("ms"), 5, false, percentile(copiesCpu, 0.95));
    printRow(QStringLiteral("autosave, writer thread: body HTML from the copy, median"), median(serialised),
             QStringLiteral("ms"), 0, false, median(serialisedCpu));
    printRow(QStringLiteral("autosave, writer thread: body HTML from the copy, p95"), percentile(serialised, 0.95),
             QStringLiteral("ms"), 0, false, percentile(serialisedCpu, 0.95));
    printRow(QStringLiteral("autosave: bodies serialised on the UI thread, of 20"),
             countedAfter.onUiThread - countedBefore.onUiThread, QStringLiteral("bodies"), 0, false);
    printRow(QStringLiteral("autosave: bodies serialised on the writer thread, of 20"),
             countedAfter.offUiThread - countedBefore.offUiThread, QStringLiteral("bodies"), 0, false);
    printRow(fromCopy == onUiThread ? QStringLiteral("autosave: the copy's body is bodyHtml()'s, "
                                                     "character for character")
                                    : QStringLiteral("autosave: the copy's body DIFFERS from bodyHtml()"),
             -1, QString(), 0, false);
    printRow(QStringLiteral("  for comparison: bodyHtml() on the UI thread, median"), median(saves),
             QStringLiteral("ms"), 0, false, median(savesCpu));
    printRow(QStringLiteral("  for comparison: bodyHtml() on the UI thread, p95"), percentile(saves, 0.95),
             QStringLiteral("ms"), 0, false, percentile(savesCpu, 0.95));
    printRow(QStringLiteral("  for comparison: toHtml() + bodyFromQtHtml(), median"), median(qtPath),
             QStringLiteral("ms"), 0, false);
    printRow(QStringLiteral("  for comparison: QTextDocument::clone(), median"), median(clones), QStringLiteral("ms"),
             0, false);
    printRow(QStringLiteral("  body size"), onUiThread.size() / 1024.0, QStringLiteral("K chars"), 0, false);

    // Counting (runs on a worker thread after typing pauses).
    QList<double> countTimes;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const editing::TextCounts c = editing::countText(editor.document()->toPlainText());
        Q_UNUSED(c)
        countTimes.append(msSince(t));
    }
    printRow(QStringLiteral("word and character count (worker thread), median"), median(countTimes),
             QStringLiteral("ms"), 0, false);

    printRow(QStringLiteral("memory: VmRSS before the editor"), rssBefore, QStringLiteral("MB"), 0, false);
    printRow(QStringLiteral("memory: VmRSS delta, article open"), rssOpen - rssBefore, QStringLiteral("MB"), 0, false);
    printRow(QStringLiteral("memory: VmRSS delta, after typing"), rssMb() - rssBefore, QStringLiteral("MB"), 0, false);
    return 0;
}
