#pragma once

// The rig of the sync service's tests (tests/sync): the office on a scratch PostgreSQL database with the reporter
// "lan" and her draft, a CutProxy in front of the server, the server opened through it (as a PC reaches it), and
// an empty working copy.

#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "tests/support/CutProxy.h"
#include "tests/support/PostgresScratch.h"

#include <QTemporaryDir>
#include <memory>

namespace toasoan::test {

struct OfficeAndCopy
{
    PostgresScratch scratch;
    std::unique_ptr<Database> office; ///< the server, directly (another PC)
    std::unique_ptr<CutProxy> proxy;
    std::unique_ptr<Database> server; ///< the server through the proxy (this PC)
    QTemporaryDir dir;
    std::unique_ptr<Database> copy;
    User lan;
    Article draft; ///< lan's, as stored on the server

    OfficeAndCopy()
    {
        if (!scratch.ok()) {
            return;
        }
        auto opened = Database::open(scratch.location());
        if (!opened) {
            return;
        }
        auto reporter = UserRepository(**opened).create(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"),
                                                        Role::Reporter, QStringLiteral("mat-khau-1"));
        Article a;
        a.title = QStringLiteral("Đường mới ở Tân Lập");
        a.body = QStringLiteral("<p>Sáng nay, con đường dài 3 km đã thông xe.</p>");
        auto created = reporter ? ArticleRepository(**opened).create(a, reporter->id) : Result<Article>(Error{});
        proxy = CutProxy::inFrontOf(PostgresScratch::serverLocation());
        auto routed = Database::open(proxy->route(scratch.location()));
        auto copied = Database::openSqlite(dir.filePath(QStringLiteral("copy.sqlite")));
        if (!created || !proxy->isListening() || !routed || !copied) {
            return;
        }
        office = std::move(opened).value();
        server = std::move(routed).value();
        copy = std::move(copied).value();
        lan = *reporter;
        draft = *created;
    }
    bool ok() const { return copy != nullptr; }
};

} // namespace toasoan::test
