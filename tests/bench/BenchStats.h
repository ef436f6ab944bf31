#pragma once

// Small helpers shared by the benchmarks: timing statistics, a figure/target table on stdout,
// file sizes, peak memory and dropping a file from the OS page cache for cold measurements.

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace toasoan {
class Database;
}

namespace toasoan::bench {

double msSince(const QElapsedTimer &timer);
/// CPU time used by this process so far (user + system). On a shared machine wall-clock rates
/// depend on the neighbours; CPU-time rates show what the code itself costs.
qint64 cpuNs();
/// Wall-clock and CPU time of one measured call.
class Stopwatch final
{
public:
    Stopwatch() : m_cpuStart(cpuNs()) { m_wall.start(); }
    double wallMs() const { return msSince(m_wall); }
    double cpuMs() const { return double(cpuNs() - m_cpuStart) / 1e6; }

private:
    QElapsedTimer m_wall;
    qint64 m_cpuStart;
};

double median(QList<double> values);
double percentile(QList<double> values, double share); ///< nearest rank; share in (0, 1]

void printHeader();
/// One line: label, value with unit, and the target when `target` > 0 ("≥" when higher is
/// better) followed by "ok" or "MISSED". A negative value prints the label alone. `cpu` >= 0 adds
/// the same figure counted in CPU time, which a busy shared machine does not inflate.
void printRow(const QString &label, double value, const QString &unit, double target, bool higherIsBetter,
              double cpu = -1);

double fileSizeMb(const QString &databasePath); ///< the file plus its -wal
double peakRssMb();                             ///< VmHWM of this process; 0 where unknown
bool evictionAvailable();
/// Asks the OS to forget its cached pages of the database and its -wal (Linux; else nothing).
void evictFromPageCache(const QString &databasePath);
QString sqliteVersion(Database &db);

} // namespace toasoan::bench
