#pragma once

// A workspace with one user per role (and a second reporter and approver), and helpers to make
// articles and read their event log. Users are created once per test class: hashing passwords
// with Argon2id is slow on purpose.

#include "app/storage/ArticleRepository.h"
#include "app/storage/EventLog.h"
#include "app/workflow/OfficeSettings.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

namespace toasoan::test {

class WorkflowFixture
{
public:
    bool setUp()
    {
        if (!m_ws.ok()) {
            return false;
        }
        reporter = m_ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Nguyễn Văn An"));
        reporter2 = m_ws.addUser(QStringLiteral("phongvien2"), Role::Reporter, QStringLiteral("Phạm Thị Dung"));
        editor = m_ws.addUser(QStringLiteral("bientap"), Role::Editor, QStringLiteral("Trần Thị Bình"));
        approver = m_ws.addUser(QStringLiteral("lanhdao"), Role::Approver, QStringLiteral("Lê Văn Cường"));
        approver2 = m_ws.addUser(QStringLiteral("lanhdao2"), Role::Approver, QStringLiteral("Đỗ Minh Đức"));
        admin = m_ws.addUser(QStringLiteral("quantri"), Role::Admin, QStringLiteral("Hoàng Quản Trị"));
        return reporter && reporter2 && editor && approver && approver2 && admin;
    }

    Database &db() { return m_ws.db(); }
    QString path() const { return m_ws.path(); }

    /// A new draft written by `author`.
    qint64 draft(qint64 author, const QString &title = QStringLiteral("Quận ủy tổ chức hội nghị giao ban"))
    {
        Article a;
        a.title = title;
        a.sapo = QStringLiteral("Sáng ngày 9/11, Quận ủy tổ chức Hội nghị giao ban.");
        a.body = QStringLiteral("<p>(NTL) Dự và chỉ đạo Hội nghị có đồng chí Phó Bí thư Thường trực Quận uỷ.</p>");
        a.byline = QStringLiteral("Trần Hòa");
        auto created = ArticleRepository(db()).create(a, author);
        return created ? created->id : 0;
    }

    /// An article by `author` put straight into `state` (the repository does not check rules).
    qint64 inState(qint64 author, WorkflowState state)
    {
        const qint64 id = draft(author);
        if (id && state != WorkflowState::Draft && !ArticleRepository(db()).transition(id, state, author)) {
            return 0;
        }
        return id;
    }

    WorkflowState stateOf(qint64 id)
    {
        auto a = ArticleRepository(db()).load(id);
        return a ? a->state : WorkflowState::Draft;
    }

    QList<Event> events(qint64 id)
    {
        auto list = EventLog(db()).forArticle(id);
        return list ? *list : QList<Event>();
    }

    bool setOffice(ReviewMode mode, bool selfApproval = false)
    {
        OfficeSettings s;
        s.reviewMode = mode;
        s.approverMayApproveOwn = selfApproval;
        return storeOfficeSettings(db(), s).ok();
    }

    qint64 reporter = 0;
    qint64 reporter2 = 0;
    qint64 editor = 0;
    qint64 approver = 0;
    qint64 approver2 = 0;
    qint64 admin = 0;

private:
    TestWorkspace m_ws;
};

} // namespace toasoan::test
