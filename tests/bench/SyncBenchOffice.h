#pragma once

// The office of the sync benchmarks (bench_sync, bench_sync_typing): a scratch database on the PostgreSQL test
// server with the reporter "lan", and the news articles they write there.

#include "app/storage/Database.h"
#include "app/storage/UserRepository.h"
#include "tests/support/PostgresScratch.h"

#include <cstdio>
#include <memory>

namespace toasoan::bench {

inline int fail(const Error &error)
{
    std::fprintf(stderr, "%s (%s)\n", qUtf8Printable(error.message), qUtf8Printable(error.detail));
    return 1;
}

/// `n` drafts titled "<prefix> <i>: …", each with twelve paragraphs.
inline QList<Article> drafts(int n, const QString &prefix)
{
    QList<Article> out;
    for (int i = 0; i < n; ++i) {
        Article a;
        a.title = QStringLiteral("%1 %2: đường mới ở xã Tân Lập").arg(prefix).arg(i);
        a.sapo = QStringLiteral("Xã Tân Lập khánh thành con đường bê tông dài 3 km.");
        a.body = QStringLiteral("<p>Sáng nay, con đường bê tông nối trung tâm xã với các thôn đã thông xe.</p>")
                     .repeated(12);
        out.append(a);
    }
    return out;
}

struct SyncBenchOffice
{
    test::PostgresScratch scratch;
    std::unique_ptr<Database> server;
    User lan;
    int exitCode = 0; ///< non-zero: the benchmark cannot run (said on stderr)

    SyncBenchOffice()
    {
        if (test::PostgresScratch::serverLocation().isEmpty()) {
            std::fprintf(stderr, "TOASOAN_TEST_PG is not set: eval \"$(scripts/test-servers/postgres.sh env)\"\n");
            exitCode = 2;
            return;
        }
        auto opened = Database::open(scratch.location());
        if (!scratch.ok() || !opened) {
            exitCode = opened ? 1 : fail(opened.error());
            return;
        }
        server = std::move(opened).value();
        auto reporter = UserRepository(*server).create(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"),
                                                       Role::Reporter, QStringLiteral("mat-khau-1"));
        if (!reporter) {
            exitCode = fail(reporter.error());
            return;
        }
        lan = *reporter;
    }
};

} // namespace toasoan::bench
