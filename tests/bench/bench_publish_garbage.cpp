// bench_publish_garbage — how long html::publishBody() takes on hostile HTML, at growing sizes.
//
// How to run (build with optimisations: the figures of a Debug build mean little):
//   cmake --build build-rel --target bench_publish_garbage
//   build-rel/tests/bench/bench_publish_garbage [--scales 1,2,4] [--repeat 3]
//
// The inputs are tst_html_sanitizer's survivesGarbage rows (tests/publish/GarbageHtml.h) with their
// repetitions multiplied by each scale. For each input and scale it prints the median time of --repeat
// runs and the time per input character relative to scale 1: publishing must stay linear, so that ratio
// should stay near 1 (a quadratic pass shows as ratios near the scale). It asserts nothing and is not a
// CTest test; the test checks the output of the same inputs.
#include "app/html/SitePolicy.h"
#include "tests/bench/BenchStats.h"
#include "tests/publish/GarbageHtml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <cstdio>

using namespace toasoan;
using namespace toasoan::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scalesOption(QStringLiteral("scales"), QStringLiteral("Size multipliers (default 1,2,4)."),
                                          QStringLiteral("list"), QStringLiteral("1,2,4"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per figure (default 3)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({scalesOption, repeatOption});
    parser.process(app);
    QList<int> scales;
    for (const QString &scale : parser.value(scalesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (scale.toInt() > 0) {
            scales.append(scale.toInt());
        }
    }
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    std::printf("bench_publish_garbage (build: %s), median of %d runs\n", TOASOAN_BENCH_BUILD_TYPE, repeat);
    std::printf("%-24s %6s %12s %10s %16s\n", "input", "scale", "characters", "ms", "per char vs x1");
    QHash<QString, double> perCharAtOne;
    for (const int scale : scales) {
        for (const auto &[name, input] : test::garbageHtml(scale)) {
            QList<double> runs;
            qsizetype outSize = 0;
            for (int i = 0; i < repeat; ++i) {
                const Stopwatch watch;
                outSize += html::publishBody(input).size();
                runs.append(watch.wallMs());
            }
            const double ms = median(runs);
            const double perChar = ms / double(std::max<qsizetype>(1, input.size()));
            if (!perCharAtOne.contains(name)) {
                perCharAtOne.insert(name, perChar);
            }
            const double base = perCharAtOne.value(name);
            std::printf("%-24s %6d %12lld %10.1f %16.2f\n", qPrintable(name), scale, qint64(input.size()), ms,
                        base > 0 ? perChar / base : 0.0);
            if (outSize < 0) {
                return 1; // keeps the output alive for the optimiser
            }
        }
    }
    return 0;
}
