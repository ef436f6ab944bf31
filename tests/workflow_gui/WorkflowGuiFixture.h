#pragma once

// The main window as different people of one newsroom: a workspace with a user per role, complete
// articles in any state, and windows (each with its own settings file, and on request its own
// database connection, as on another computer). Users are created once per test class: hashing
// passwords with Argon2id is slow on purpose.

#include "app/search/SearchIndex.h"
#include "app/settings/Settings.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/TestWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/article/ArticleTab.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/workflow/ArticleSession.h"
#include "ui/workflow/Banner.h"
#include "ui/workflow/StepQuestion.h"
#include "ui/workflow/WorkflowActionText.h"
#include "ui/workflow/WorkflowBar.h"
#include "ui/workflow/WorkflowController.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

namespace toasoan::test {

/// Answers "Submit/forward/approve ...?" as told and remembers what was asked.
class RecordingStepQuestion final : public ui::StepQuestion
{
public:
    bool confirm(QWidget *, const QString &title, const QString &question, const QString &, bool &again) override
    {
        asked.append(title + QLatin1Char('|') + question);
        again = dontAskAgain;
        return answer;
    }
    QStringList asked;
    bool answer = true;
    bool dontAskAgain = false;
};

class WorkflowGui
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
        admin = m_ws.addUser(QStringLiteral("quantri"), Role::Admin, QStringLiteral("Hoàng Quản Trị"));
        auto created = TaxonomyRepository(db()).createCategory(QStringLiteral("Chính trị"));
        category = created ? created->id : 0;
        return reporter && reporter2 && editor && approver && admin && category;
    }

    Database &db() { return m_ws.db(); }
    QString path() const { return m_ws.path(); }

    User user(qint64 id)
    {
        auto loaded = UserRepository(db()).load(id);
        return loaded ? *loaded : User();
    }

    /// A complete article by `author` (ready to submit), put straight into `state`.
    qint64 article(qint64 author, WorkflowState state = WorkflowState::Draft,
                   const QString &title = QStringLiteral("Quận ủy tổ chức hội nghị giao ban"))
    {
        Article a;
        a.title = title;
        a.sapo = QStringLiteral("Sáng 9/11, Quận ủy tổ chức Hội nghị giao ban công tác tháng 11.");
        a.body = QStringLiteral("<p>(NTL) Dự và chỉ đạo Hội nghị có đồng chí Phó Bí thư Thường trực Quận uỷ.</p>");
        a.categoryId = category;
        a.authorId = author;
        ArticleRepository articles(db());
        auto created = articles.create(a, author);
        if (!created) {
            return 0;
        }
        if (state != WorkflowState::Draft && !articles.transition(created->id, state, author)) {
            return 0;
        }
        return created->id;
    }

    Article stored(qint64 id)
    {
        auto a = ArticleRepository(db()).load(id);
        return a ? *a : Article();
    }

    /// Another connection to the workspace, as another computer has.
    std::unique_ptr<Database> otherComputer()
    {
        auto opened = Database::open(path());
        if (!opened) {
            return nullptr;
        }
        searchindex::attach(**opened);
        return std::move(opened).value();
    }

    /// The main window of `userId`, shown, on `database` (default: the fixture's connection).
    std::unique_ptr<ui::MainWindow> window(qint64 userId, Database *database = nullptr)
    {
        auto &settings = m_settings.emplace_back(
            std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_settings.size()))));
        settings->setAutosaveIntervalSeconds(3600); // the tests autosave themselves
        Database &on = database ? *database : db();
        auto loaded = UserRepository(on).load(userId);
        auto w = std::make_unique<ui::MainWindow>(on, loaded ? *loaded : User(), *settings, notifier);
        w->setSaveQuestion(&question);
        w->workflow()->setStepQuestion(&stepQuestion);
        w->resize(1280, 800);
        w->show();
        return w;
    }

    RecordingNotifier notifier;
    RecordingSaveQuestion question;
    RecordingStepQuestion stepQuestion;
    qint64 reporter = 0;
    qint64 reporter2 = 0;
    qint64 editor = 0;
    qint64 approver = 0;
    qint64 admin = 0;
    qint64 category = 0;

private:
    TestWorkspace m_ws;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Settings>> m_settings;
};

inline ui::WorkflowBar *barOf(ui::ArticleTab *tab)
{
    return tab ? tab->findChild<ui::WorkflowBar *>() : nullptr;
}

/// The keys ("submit", "return"...) of the workflow buttons shown on the tab's bar.
inline QStringList shownButtons(ui::ArticleTab *tab)
{
    QStringList keys;
    ui::WorkflowBar *bar = barOf(tab);
    for (Action action : ui::WorkflowActionText::transitions()) {
        if (bar && bar->button(action)->isVisibleTo(tab)) {
            keys.append(actionKey(action));
        }
    }
    return keys;
}

/// The keys of the "Quy trình" menu entries enabled now.
inline QStringList enabledMenuEntries(ui::MainWindow *window)
{
    QStringList keys;
    for (Action action : ui::WorkflowActionText::transitions()) {
        if (window->workflow()->action(action)->isEnabled()) {
            keys.append(actionKey(action));
        }
    }
    return keys;
}

} // namespace toasoan::test
