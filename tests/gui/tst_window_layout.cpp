// The window's layout on a 1366×768 laptop, in Vietnamese (the longer texts): "Việc của tôi" stays on
// one line for every role, the workflow buttons of an open article keep the style's gap between them
// in every state, the first-administrator dialog does not jump whichever error it shows, and the
// window first opens no larger than the screen.
#include "app/i18n/Translations.h"
#include "tests/support/ConflictCopies.h"
#include "tests/workflow_gui/WorkflowGuiFixture.h"
#include "ui/FirstAdminDialog.h"
#include "ui/workflow/InboxBar.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolButton>

using namespace toasoan;
using namespace toasoan::test;

namespace {

/// A maximized window on a 1366×768 screen less a 40-pixel taskbar.
constexpr QSize kWindow(1366, 728);

QString describe(const QWidget *widget)
{
    const QRect r = widget->geometry();
    return QStringLiteral("%1 \"%2\" %3,%4 %5×%6")
        .arg(widget->objectName(), widget->property("text").toString())
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TOASOAN_LANG", "vi");
        installTranslations(*QCoreApplication::instance());
        QVERIFY(m_fx.setUp());
    }

    void firstStartFitsTheScreen()
    {
        // No saved layout yet: the window opens no larger than the screen's free area, so the
        // status bar and the editor's tabs are not cut off on a small screen.
        auto user = UserRepository(m_fx.db()).findByLogin(QStringLiteral("phongvien"));
        QVERIFY(user);
        // The fixture's window() sizes the window itself: build one as the application does.
        QTemporaryDir home;
        Settings settings(home.filePath(QStringLiteral("settings.ini")));
        auto window = std::make_unique<ui::MainWindow>(m_fx.db(), *user, settings, m_fx.notifier);
        const QSize free = window->screen()->availableGeometry().size();
        QVERIFY2(window->width() <= free.width() && window->height() <= free.height(),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4")
                                .arg(window->width())
                                .arg(window->height())
                                .arg(free.width())
                                .arg(free.height())));
    }

    void myWorkIsOneLine_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("nominal: reporter") << QStringLiteral("phongvien");
        QTest::newRow("nominal: editor") << QStringLiteral("bientap");
        QTest::newRow("nominal: approver") << QStringLiteral("lanhdao");
        QTest::newRow("nominal: administrator (three boxes)") << QStringLiteral("quantri");
    }

    void myWorkIsOneLine()
    {
        QFETCH(QString, login);
        auto user = UserRepository(m_fx.db()).findByLogin(login);
        QVERIFY(user);
        // A text this user wrote offline waits as a conflict copy: "Xung đột (1)" joins the line and must fit.
        const qint64 article = m_fx.article(m_fx.reporter, WorkflowState::Submitted);
        Article offline = m_fx.stored(article);
        offline.body = QStringLiteral("<p>Viết khi ngoại tuyến.</p>");
        QVERIFY(test::storeConflictCopy(m_fx.db(), article, user->id, offline));
        auto window = m_fx.window(user->id);
        window->resize(kWindow);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *bar = window->findChild<ui::InboxBar *>();
        QVERIFY(bar && bar->isVisible());
        bar->layout()->activate();
        QCoreApplication::processEvents();

        QLabel *title = nullptr;
        for (QLabel *label : bar->findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("Việc của tôi:")) {
                title = label;
            }
        }
        QVERIFY2(title, "the title is translated");
        // The title is one line of text, and every box sits beside it, whole, on the same line.
        QVERIFY2(title->height() < 2 * title->fontMetrics().lineSpacing(), qPrintable(describe(title)));
        const QList<QToolButton *> boxes = bar->findChildren<QToolButton *>();
        QVERIFY(!boxes.isEmpty());
        for (QToolButton *box : boxes) {
            QVERIFY2(box->isVisible(), qPrintable(describe(box)));
            QVERIFY2(box->geometry().top() < title->geometry().bottom() &&
                         title->geometry().top() < box->geometry().bottom(),
                     qPrintable(describe(title) + QStringLiteral(" / ") + describe(box)));
            QVERIFY2(box->geometry().right() < bar->width(),
                     qPrintable(describe(box) + QStringLiteral(" in %1").arg(bar->width())));
            QVERIFY2(box->width() >= box->sizeHint().width(), qPrintable(describe(box)));
        }
        QVERIFY2(bar->height() < 2 * boxes.constFirst()->height(), qPrintable(QString::number(bar->height())));
    }

    void mnemonicsAreUnique_data() { myWorkIsOneLine_data(); }

    void mnemonicsAreUnique()
    {
        // Alt+letter must reach one thing: two owners of a letter (the "Tệp" menu and the "Tác giả"
        // filter both on T) make Alt+T cycle between them, and the menu is never opened. With an
        // article open, as people work.
        QFETCH(QString, login);
        auto user = UserRepository(m_fx.db()).findByLogin(login);
        QVERIFY(user);
        const qint64 id = m_fx.article(m_fx.reporter, WorkflowState::Submitted);
        QVERIFY(id);
        auto window = m_fx.window(user->id);
        window->resize(kWindow);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->openArticle(id)); // its details and workflow buttons count too
        QHash<QChar, QStringList> owners;
        auto note = [&](const QString &text, const QString &what) {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == QLatin1Char('&')) {
                    if (text.at(i + 1) != QLatin1Char('&')) {
                        owners[text.at(i + 1).toLower()].append(what + QStringLiteral(" \"") + text + QLatin1Char('"'));
                        return;
                    }
                    ++i;
                }
            }
        };
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->isVisible()) {
                note(menu->text(), QStringLiteral("menu"));
            }
        }
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisibleTo(window.get())) {
                note(label->text(), QStringLiteral("label"));
            }
        }
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(window.get())) {
                note(button->text(), QStringLiteral("button"));
            }
        }
        for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
            for (int i = 0; tabs->isVisibleTo(window.get()) && i < tabs->count(); ++i) {
                note(tabs->tabText(i), QStringLiteral("tab"));
            }
        }
        QVERIFY(!owners.isEmpty());
        QStringList clashes;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1) {
                clashes.append(QStringLiteral("Alt+%1: ").arg(it.key()) + it.value().join(QStringLiteral(", ")));
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void workflowButtonsKeepApart_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("login");
        QTest::newRow("nominal: submitted, editor") << int(WorkflowState::Submitted) << QStringLiteral("bientap");
        QTest::newRow("nominal: awaiting approval, approver")
            << int(WorkflowState::AwaitingApproval) << QStringLiteral("lanhdao");
        QTest::newRow("nominal: published, administrator")
            << int(WorkflowState::Published) << QStringLiteral("quantri");
        QTest::newRow("nominal: rejected, administrator") << int(WorkflowState::Rejected) << QStringLiteral("quantri");
    }

    void workflowButtonsKeepApart()
    {
        QFETCH(int, state);
        QFETCH(QString, login);
        auto user = UserRepository(m_fx.db()).findByLogin(login);
        QVERIFY(user);
        const qint64 id = m_fx.article(m_fx.reporter, WorkflowState(state));
        QVERIFY(id);
        auto window = m_fx.window(user->id);
        window->resize(kWindow);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        ui::ArticleTab *tab = window->openArticle(id);
        QVERIFY(tab);
        ui::WorkflowBar *bar = barOf(tab);
        QVERIFY(bar);
        QCoreApplication::processEvents();

        QList<QPushButton *> shown;
        for (Action action : ui::WorkflowActionText::transitions()) {
            if (QPushButton *button = bar->button(action); button->isVisible()) {
                shown.append(button);
            }
        }
        QVERIFY2(shown.size() >= 2, qPrintable(shownButtons(tab).join(u", ")));
        std::sort(shown.begin(), shown.end(),
                  [](const QPushButton *a, const QPushButton *b) { return a->x() < b->x(); });
        for (qsizetype i = 1; i < shown.size(); ++i) {
            const QRect left = shown.at(i - 1)->geometry();
            const QRect right = shown.at(i)->geometry();
            QVERIFY2(!left.intersects(right) && right.left() - left.right() - 1 >= 4,
                     qPrintable(describe(shown.at(i - 1)) + QStringLiteral(" / ") + describe(shown.at(i))));
        }
        for (QPushButton *button : std::as_const(shown)) {
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(describe(button)));
        }
    }

    void firstAdminErrorsDoNotMoveTheButtons_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirm");
        const QString name = QStringLiteral("Lê Văn Quản");
        const QString password = QStringLiteral("mật khẩu 2024");
        QTest::newRow("robustness: passwords differ")
            << QStringLiteral("admin") << name << password << QStringLiteral("mật khẩu 2025");
        QTest::newRow("robustness: login with accents (the longest message)")
            << QStringLiteral("quản trị") << name << password << password;
        QTest::newRow("robustness: no name") << QStringLiteral("admin") << QString() << password << password;
        QTest::newRow("robustness: password too short")
            << QStringLiteral("admin") << name << QStringLiteral("ngắn") << QStringLiteral("ngắn");
        // Another PC of a shared database created the first administrator meanwhile.
        QTest::newRow("robustness: someone was first") << QStringLiteral("quantri") << name << password << password;
    }

    void firstAdminErrorsDoNotMoveTheButtons()
    {
        QFETCH(QString, login);
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, confirm);
        TestWorkspace empty; // the fixture's workspace has users: no first administrator there
        QVERIFY(empty.ok());
        ui::FirstAdminDialog dialog(empty.db());
        if (QByteArray(QTest::currentDataTag()).contains("someone was first")) {
            QVERIFY(empty.addUser(QStringLiteral("quantri"), Role::Admin));
        }
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createButton"));
        QVERIFY(create);
        const QPoint before = create->mapTo(&dialog, QPoint(0, 0));
        const QSize size = dialog.size();
        const std::pair<const char *, QString> fields[] = {
            {"loginEdit", login}, {"nameEdit", name}, {"passwordEdit", password}, {"confirmEdit", confirm}};
        for (const auto &[field, text] : fields) {
            auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(field));
            QVERIFY(edit);
            edit->setText(text);
        }
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(!dialog.errorMessage().isEmpty());
        QCoreApplication::sendPostedEvents();
        dialog.layout()->activate();
        QVERIFY2(create->mapTo(&dialog, QPoint(0, 0)) == before && dialog.size() == size,
                 qPrintable(dialog.errorMessage()));
    }

private:
    WorkflowGui m_fx;
};

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
