#pragma once

// A throwaway workspace database for core tests, opened as the application opens it (full-text search
// attached): a real SQLite file in a QTemporaryDir, or with TOASOAN_TEST_BACKEND=postgresql a fresh
// database of its own on the PostgreSQL test server (TOASOAN_TEST_PG), dropped at the end.

#include "app/search/SearchIndex.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "tests/support/PostgresScratch.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace toasoan::test {

class TestWorkspace
{
public:
    TestWorkspace() { open(); }

    /// The location to give Database::open() for another connection to the same workspace.
    QString path() const { return m_pg ? m_pg->location() : m_dir.filePath(QStringLiteral("workspace.sqlite")); }
    /// True when the workspace is on the PostgreSQL test server.
    bool onPostgres() const { return m_pg != nullptr; }
    Database &db() { return *m_db; }
    bool ok() const { return m_db != nullptr; }

    /// Creates a user (password "mat-khau-1") and returns its id, or 0 on failure.
    qint64 addUser(const QString &login, Role role = Role::Reporter,
                   const QString &name = QStringLiteral("Nguyễn Văn A"))
    {
        auto user = UserRepository(*m_db).create(login, name, role, QStringLiteral("mat-khau-1"));
        return user ? user->id : 0;
    }

private:
    void open()
    {
        if (PostgresScratch::backendWanted()) {
            m_pg = std::make_unique<PostgresScratch>();
            if (!m_pg->ok()) {
                qWarning("cannot create a test database on the PostgreSQL test server (TOASOAN_TEST_PG)");
                return;
            }
        }
        auto opened = Database::open(path());
        if (opened) {
            m_db = std::move(opened.value());
            searchindex::attach(*m_db);
        } else {
            qWarning("cannot open test workspace: %s", qPrintable(opened.error().detail));
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresScratch> m_pg; // outlives m_db: its database is dropped after the close
    std::unique_ptr<Database> m_db;
};

} // namespace toasoan::test
