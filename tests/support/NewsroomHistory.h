#pragma once

// Two months of a small newsroom (March and April 2026, Vietnamese local time: call useVietnamTime()
// first), for the statistics tests: real transitions through ArticleRepository, their log lines then moved
// to the times below. The figures every test expects are worked out by hand in tst_newsroom_stats.
//
//   A1 Xã hội (child of Thời sự), Hồng Nhung: submitted 2/3 08:00, approved 3/3 08:00 (24 h), published 3/3
//   A2 Kinh tế, Hồng Nhung: submitted 9/3, returned, submitted 10/3 08:00, approved 14:00 (6 h), published
//      10/3, taken down 20/3, published again 21/3
//   A3 Thời sự, Quốc Bảo: submitted 31/3 23:00, approved 1/4 01:00 (2 h), published 30/4 23:59
//   A4 no category, Quốc Bảo: rejected 2/4
//   A5 Kinh tế, Hồng Nhung: submitted 5/4 08:00, waiting; A6 Kinh tế, Quốc Bảo: awaiting approval since 7/4
//   A7 a draft; A9 a draft in the trash
//   A8 Xã hội, Quốc Bảo: approved 29/4 (12 h), published 1/5 00:00 local (still 30/4 in UTC)

#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "tests/support/TestWorkspace.h"

#include <QHash>
#include <ctime>

namespace toasoan::test {

inline void useVietnamTime()
{
    qputenv("TZ", "Asia/Ho_Chi_Minh");
    tzset();
}

class NewsroomHistory
{
public:
    qint64 reporter1 = 0; ///< Nguyễn Thị Hồng Nhung
    qint64 reporter2 = 0; ///< Trần Quốc Bảo
    qint64 editor = 0;
    qint64 thoiSu = 0; ///< Thời sự, with its child Xã hội
    qint64 xaHoi = 0;
    qint64 kinhTe = 0;
    QHash<QString, qint64> ids; ///< "A1" → article id

    static QDateTime local(int month, int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute));
    }

    bool build(TestWorkspace &ws)
    {
        m_db = &ws.db();
        reporter1 = ws.addUser(QStringLiteral("hongnhung"), Role::Reporter, QStringLiteral("Nguyễn Thị Hồng Nhung"));
        reporter2 = ws.addUser(QStringLiteral("quocbao"), Role::Reporter, QStringLiteral("Trần Quốc Bảo"));
        editor = ws.addUser(QStringLiteral("minhduc"), Role::Editor, QStringLiteral("Lê Minh Đức"));
        thoiSu = category(QStringLiteral("Thời sự"), 0);
        xaHoi = category(QStringLiteral("Xã hội"), thoiSu);
        kinhTe = category(QStringLiteral("Kinh tế"), 0);
        if (!reporter1 || !reporter2 || !editor || !thoiSu || !xaHoi || !kinhTe) {
            return false;
        }
        using S = WorkflowState;
        const QString a1 = QStringLiteral("A1"), a2 = QStringLiteral("A2"), a3 = QStringLiteral("A3"),
                      a4 = QStringLiteral("A4"), a5 = QStringLiteral("A5"), a6 = QStringLiteral("A6"),
                      a8 = QStringLiteral("A8");
        return article(a1, reporter1, xaHoi) && step(a1, S::Submitted, local(3, 2, 8)) &&
               step(a1, S::AwaitingApproval, local(3, 2, 10)) && step(a1, S::Approved, local(3, 3, 8)) &&
               step(a1, S::Published, local(3, 3, 9)) && article(a2, reporter1, kinhTe) &&
               step(a2, S::Submitted, local(3, 9, 8)) && step(a2, S::Returned, local(3, 9, 12)) &&
               step(a2, S::Submitted, local(3, 10, 8)) && step(a2, S::AwaitingApproval, local(3, 10, 9)) &&
               step(a2, S::Approved, local(3, 10, 14)) && step(a2, S::Published, local(3, 10, 15)) &&
               step(a2, S::Unpublished, local(3, 20, 10)) && step(a2, S::Published, local(3, 21, 10)) &&
               article(a3, reporter2, thoiSu) && step(a3, S::Submitted, local(3, 31, 23)) &&
               step(a3, S::AwaitingApproval, local(3, 31, 23, 30)) && step(a3, S::Approved, local(4, 1, 1)) &&
               step(a3, S::Published, local(4, 30, 23, 59)) && article(a4, reporter2, 0) &&
               step(a4, S::Submitted, local(4, 2, 8)) && step(a4, S::AwaitingApproval, local(4, 2, 8, 30)) &&
               step(a4, S::Rejected, local(4, 2, 9)) && article(a5, reporter1, kinhTe) &&
               step(a5, S::Submitted, local(4, 5, 8)) && article(a6, reporter2, kinhTe) &&
               step(a6, S::Submitted, local(4, 6, 8)) && step(a6, S::AwaitingApproval, local(4, 7, 9)) &&
               article(QStringLiteral("A7"), reporter1, kinhTe) && article(QStringLiteral("A9"), reporter1, kinhTe) &&
               ArticleRepository(*m_db).moveToTrash(ids.value(QStringLiteral("A9")), reporter1) &&
               article(a8, reporter2, xaHoi) && step(a8, S::Submitted, local(4, 29, 8)) &&
               step(a8, S::AwaitingApproval, local(4, 29, 9)) && step(a8, S::Approved, local(4, 29, 20)) &&
               step(a8, S::Published, local(5, 1, 0));
    }

private:
    qint64 category(const QString &name, qint64 parentId)
    {
        auto id = m_db->insert(
            QStringLiteral("INSERT INTO categories (parent_id, name, slug, position) VALUES (?, ?, ?, 0) RETURNING id"),
            {toDbId(parentId), name, name});
        return id ? *id : 0;
    }

    bool article(const QString &name, qint64 authorId, qint64 categoryId)
    {
        Article a;
        a.title = QStringLiteral("Bài ") + name;
        a.authorId = authorId;
        a.categoryId = categoryId;
        auto created = ArticleRepository(*m_db).create(a, authorId);
        if (created) {
            ids.insert(name, created->id);
        }
        return bool(created);
    }

    /// A real transition, then its log line moved to `at` (the repository stamps the present).
    bool step(const QString &name, WorkflowState to, const QDateTime &at)
    {
        const qint64 id = ids.value(name);
        if (!ArticleRepository(*m_db).transition(id, to, editor, QStringLiteral("ghi chú"))) {
            return false;
        }
        return bool(m_db->exec(
            QStringLiteral("UPDATE events SET at = ? WHERE id = (SELECT max(id) FROM events WHERE article_id = ?)"),
            {toDbTime(at), id}));
    }

    Database *m_db = nullptr;
};

} // namespace toasoan::test
