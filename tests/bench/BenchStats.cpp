#include "tests/bench/BenchStats.h"

#include "app/storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace toasoan::bench {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 cpuNs()
{
    timespec ts{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) {
        return 0;
    }
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double percentile(QList<double> values, double share)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(share * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

void printHeader()
{
    std::printf("%-52s %10s %10s %-11s %s\n", "figure", "wall", "CPU", "unit", "target (on wall clock)");
}

void printRow(const QString &label, double value, const QString &unit, double target, bool higherIsBetter, double cpu)
{
    if (value < 0) {
        std::printf("%s\n", qUtf8Printable(label));
        std::fflush(stdout);
        return;
    }
    const int decimals = value >= 1000 ? 0 : value >= 100 ? 1 : 2;
    QString targetText;
    if (target > 0) {
        const bool met = higherIsBetter ? value >= target : value <= target;
        targetText = (higherIsBetter ? QStringLiteral("≥ ") : QStringLiteral("≤ ")) + QString::number(target) +
                     QLatin1Char(' ') + unit + (met ? QStringLiteral("  ok") : QStringLiteral("  MISSED"));
    }
    const QString cpuText = cpu < 0 ? QString() : QStringLiteral("%1").arg(cpu, 0, 'f', cpu >= 1000 ? 0 : 2);
    std::printf("%-52s %10s %10s %-11s %s\n", qUtf8Printable(label),
                qUtf8Printable(QString::number(value, 'f', decimals)), qUtf8Printable(cpuText), qUtf8Printable(unit),
                qUtf8Printable(targetText));
    std::fflush(stdout);
}

double fileSizeMb(const QString &databasePath)
{
    const qint64 bytes = QFileInfo(databasePath).size() + QFileInfo(databasePath + QStringLiteral("-wal")).size();
    return double(bytes) / (1024.0 * 1024.0);
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return 0;
    }
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:")) {
            // "VmHWM:	  123456 kB"
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

bool evictionAvailable()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

void evictFromPageCache(const QString &databasePath)
{
#ifdef Q_OS_LINUX
    for (const QString &path : QStringList{databasePath, databasePath + QStringLiteral("-wal")}) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (fd >= 0) {
            ::fdatasync(fd); // only clean pages can be dropped
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
#else
    Q_UNUSED(databasePath)
#endif
}

QString sqliteVersion(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT sqlite_version()"));
    return q && q->next() ? q->value(0).toString() : QString();
}

} // namespace toasoan::bench
