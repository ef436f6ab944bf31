#pragma once

#include "app/storage/Database.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace toasoan::cli {

/// The lines a schema update prints on stderr while the command line opens a workspace: one per step once
/// the update is long (a large database, or a step starting a second or more after the first), every step
/// with --verbose; then how long it took and, when it left free space in the file, that `toasoan compact`
/// gives it back. Quiet for a new workspace and for the usual quick updates.
class SchemaUpdateLines final
{
public:
    SchemaUpdateLines(QTextStream &err, bool verbose) : m_err(err), m_verbose(verbose) {}
    SchemaUpdateLines(const SchemaUpdateLines &) = delete;
    SchemaUpdateLines &operator=(const SchemaUpdateLines &) = delete;

    /// Options for Database::open() that report to this object (which must outlive the opening).
    DatabaseOptions options();
    /// After a successful opening: the free-space hint.
    void finish(const Database &db);

private:
    void report(const MigrationProgress &progress);

    QTextStream &m_err;
    bool m_verbose;
    bool m_printed = false;
    QElapsedTimer m_clock;
};

} // namespace toasoan::cli
