#pragma once

// A throwaway workspace database for core tests: a real SQLite file in a QTemporaryDir, opened as the
// application opens it (full-text search attached).

#include "app/search/SearchIndex.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace toasoan::test {

class TestWorkspace
{
public:
    TestWorkspace() { open(); }

    QString path() const { return m_dir.filePath(QStringLiteral("workspace.sqlite")); }
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
        auto opened = Database::openSqlite(path());
        if (opened) {
            m_db = std::move(opened.value());
            searchindex::attach(*m_db);
        } else {
            qWarning("cannot open test workspace: %s", qPrintable(opened.error().detail));
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace toasoan::test
