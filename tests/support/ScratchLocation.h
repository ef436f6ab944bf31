#pragma once

// A location for Database::open() that nothing has opened yet: an SQLite file in a QTemporaryDir, or, with
// TOASOAN_TEST_BACKEND=postgresql, a database of its own on the PostgreSQL test server (dropped at the end).
// For the tests that open a workspace several times (schema updates), where TestWorkspace opens it at once.

#include "tests/support/PostgresScratch.h"

#include <QTemporaryDir>
#include <memory>

namespace toasoan::test {

class ScratchLocation
{
public:
    ScratchLocation()
    {
        if (PostgresScratch::backendWanted()) {
            m_pg = std::make_unique<PostgresScratch>();
        }
    }
    QString path() const { return m_pg ? m_pg->location() : m_dir.filePath(QStringLiteral("ws.sqlite")); }
    bool onPostgres() const { return m_pg != nullptr; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresScratch> m_pg;
};

} // namespace toasoan::test
