// Replays the fuzzers' seed corpus (tests/fuzz/corpus/<target>/) and every input that once broke a
// fuzz target (tests/fuzz/regressions/<target>/) through the same functions the fuzz_<target>
// executables run, so the normal build keeps them fixed. A broken invariant aborts the test.
#include "tests/fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace toasoan;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const fuzz::NamedTarget &target : fuzz::targets()) {
            const QString name = QString::fromLatin1(target.name);
            for (const char *kind : {"corpus", "regressions"}) {
                const QDir dir(QStringLiteral(TOASOAN_FUZZ_DIR "/%1/%2").arg(QLatin1String(kind), name));
                for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                    const QString row = QStringLiteral("%1: %2/%3").arg(QLatin1String(kind), name, file);
                    QTest::newRow(qPrintable(row)) << name << dir.filePath(file);
                }
            }
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray input = file.readAll();
        for (const fuzz::NamedTarget &t : fuzz::targets()) {
            if (QLatin1String(t.name) == target) {
                t.run(input);
                return;
            }
        }
        QFAIL("unknown target");
    }

    // An empty corpus would make replay() pass vacuously.
    void everyTargetHasSeeds()
    {
        for (const fuzz::NamedTarget &target : fuzz::targets()) {
            const QDir dir(QStringLiteral(TOASOAN_FUZZ_DIR "/corpus/") + QLatin1String(target.name));
            QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), target.name);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
