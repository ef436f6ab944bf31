// The workflow on the command line: the real `toasoan` binary (TOASOAN_BINARY) moves an article
// through review with passwords from TOASOAN_PASSWORD, refuses what the roles forbid, and shows
// the history, a revision diff and the approval slip.
#include "app/storage/ArticleRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace toasoan;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class tst_WorkflowCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reviewRoundTrip();
    void refusals_data();
    void refusals();
    void wrongPasswordIsRefused();
    void historyAndDiff();
    void slip();
    void quietOnAPlainConsole_data();
    void quietOnAPlainConsole();

private:
    Run run(const QStringList &arguments, const QString &password = QStringLiteral("mat-khau-1"),
            const QStringList &unset = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : unset) {
            env.remove(name);
        }
        env.insert(QStringLiteral("TOASOAN_PASSWORD"), password);
        env.insert(QStringLiteral("TOASOAN_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(m_binary, QStringList{QStringLiteral("--database"), m_ws.path()} + arguments);
        Run r;
        if (!p.waitForFinished(120000)) {
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    qint64 draft(const QString &title)
    {
        Article a;
        a.title = title;
        a.body = QStringLiteral("<p>(NTL) Sáng ngày 9/11, Quận ủy tổ chức hội nghị giao ban.</p>");
        auto created = ArticleRepository(m_ws.db()).create(a, m_reporter);
        return created ? created->id : 0;
    }
    WorkflowState stateOf(qint64 id) { return ArticleRepository(m_ws.db()).load(id)->state; }

    test::TestWorkspace m_ws;
    QString m_binary;
    qint64 m_reporter = 0;
};

void tst_WorkflowCli::initTestCase()
{
    TOASOAN_REQUIRE_TEST_BACKEND();
    m_binary = qEnvironmentVariable("TOASOAN_BINARY");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), "TOASOAN_BINARY must name the built toasoan");
    QVERIFY(m_ws.ok());
    m_reporter = m_ws.addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Nguyễn Văn An"));
    QVERIFY(m_reporter);
    QVERIFY(m_ws.addUser(QStringLiteral("bientap"), Role::Editor, QStringLiteral("Trần Thị Bình")));
    QVERIFY(m_ws.addUser(QStringLiteral("lanhdao"), Role::Approver, QStringLiteral("Lê Văn Cường")));
}

void tst_WorkflowCli::reviewRoundTrip()
{
    const qint64 id = draft(QStringLiteral("Hội nghị giao ban quý IV"));
    const QString sid = QString::number(id);
    Run r = run({QStringLiteral("workflow"), QStringLiteral("submit"), sid, QStringLiteral("--user"),
                 QStringLiteral("phongvien")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Hội nghị giao ban quý IV")));
    QCOMPARE(stateOf(id), WorkflowState::Submitted);

    r = run({QStringLiteral("workflow"), QStringLiteral("return"), sid, QStringLiteral("--user"),
             QStringLiteral("bientap"), QStringLiteral("--comment"), QStringLiteral("Bổ sung nguồn tin")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(stateOf(id), WorkflowState::Returned);

    for (const char *step : {"submit", "forward", "approve"}) {
        const char *who = QByteArray(step) == "submit"    ? "phongvien"
                          : QByteArray(step) == "forward" ? "bientap"
                                                          : "lanhdao";
        r = run({QStringLiteral("workflow"), QString::fromLatin1(step), sid, QStringLiteral("--user"),
                 QString::fromLatin1(who)});
        QVERIFY2(r.code == 0, qPrintable(QString::fromLatin1(step) + QStringLiteral(": ") + r.err));
    }
    QCOMPARE(stateOf(id), WorkflowState::Approved);
}

void tst_WorkflowCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("robustness: reporter approves own draft")
        << QStringList{QStringLiteral("approve"), QStringLiteral("--user"), QStringLiteral("phongvien")} << 1
        << QStringLiteral("Only approvers");
    QTest::newRow("robustness: editor submits someone's draft")
        << QStringList{QStringLiteral("submit"), QStringLiteral("--user"), QStringLiteral("bientap")} << 1
        << QStringLiteral("Only the author");
    QTest::newRow("robustness: return without a reason")
        << QStringList{QStringLiteral("return"), QStringLiteral("--user"), QStringLiteral("lanhdao")} << 1
        << QStringLiteral("reason");
    QTest::newRow("robustness: unknown action")
        << QStringList{QStringLiteral("publish-now"), QStringLiteral("--user"), QStringLiteral("lanhdao")} << 2
        << QStringLiteral("submit, withdraw");
    QTest::newRow("robustness: --user is required")
        << QStringList{QStringLiteral("submit")} << 2 << QStringLiteral("--user");
}

void tst_WorkflowCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const qint64 id = draft(QStringLiteral("Bài thử quyền"));
    QStringList args = {QStringLiteral("workflow"), arguments.takeFirst(), QString::number(id)};
    const Run r = run(args + arguments);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(stateOf(id), WorkflowState::Draft);
}

void tst_WorkflowCli::wrongPasswordIsRefused()
{
    const qint64 id = draft(QStringLiteral("Bài thử mật khẩu"));
    const Run r = run({QStringLiteral("workflow"), QStringLiteral("submit"), QString::number(id),
                       QStringLiteral("--user"), QStringLiteral("phongvien")},
                      QStringLiteral("khong-dung"));
    QCOMPARE(r.code, 1);
    QCOMPARE(stateOf(id), WorkflowState::Draft);
}

void tst_WorkflowCli::historyAndDiff()
{
    const qint64 id = draft(QStringLiteral("Tít ban đầu"));
    Article a = *ArticleRepository(m_ws.db()).load(id);
    a.title = QStringLiteral("Tít đã sửa");
    a.body = QStringLiteral("<p>(NTL) Chiều ngày 9/11, Quận ủy tổ chức hội nghị giao ban.</p>");
    QVERIFY(ArticleRepository(m_ws.db()).save(a, m_reporter, QStringLiteral("sửa tít")).ok());

    Run r = run({QStringLiteral("articles"), QStringLiteral("history"), QString::number(id), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject history = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(history.value(QStringLiteral("revisions")).toArray().size(), 2);
    QCOMPARE(history.value(QStringLiteral("revisions")).toArray().at(0).toObject().value(QStringLiteral("note")),
             QStringLiteral("sửa tít"));
    QVERIFY(history.value(QStringLiteral("events")).toArray().size() >= 2);

    r = run({QStringLiteral("articles"), QStringLiteral("history"), QString::number(id)});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("phongvien")));

    r = run({QStringLiteral("articles"), QStringLiteral("diff"), QString::number(id), QStringLiteral("1"),
             QStringLiteral("2")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Tít [-ban đầu-]{+đã sửa+}")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("(NTL) [-Sáng-]{+Chiều+} ngày 9/11")), qPrintable(r.out));

    r = run({QStringLiteral("articles"), QStringLiteral("diff"), QString::number(id), QStringLiteral("1"),
             QStringLiteral("7")});
    QCOMPARE(r.code, 1);
    r = run({QStringLiteral("articles"), QStringLiteral("diff"), QString::number(id), QStringLiteral("một"),
             QStringLiteral("2")});
    QCOMPARE(r.code, 2);
}

void tst_WorkflowCli::slip()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed: run scripts/install-deps.sh test");
    }
    const qint64 id = draft(QStringLiteral("Phiếu duyệt thử"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("phieu.pdf"));
    const Run r = run({QStringLiteral("articles"), QStringLiteral("slip"), QString::number(id), QStringLiteral("--out"),
                       pdf, QStringLiteral("--date"), QStringLiteral("2022-11-09")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(content.contains(QStringLiteral("Phiếu duyệt thử")), qPrintable(content));
    // The interface is English here (TOASOAN_LANG=en): the date line follows it.
    QVERIFY2(content.contains(QStringLiteral("9 November 2022")), qPrintable(content));
}

void tst_WorkflowCli::quietOnAPlainConsole_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nominal: users list") << QStringList{QStringLiteral("users"), QStringLiteral("list")};
    QTest::newRow("nominal: articles list") << QStringList{QStringLiteral("articles"), QStringLiteral("list")};
    QTest::newRow("nominal: sites list") << QStringList{QStringLiteral("sites"), QStringLiteral("list")};
    QTest::newRow("nominal: articles slip (QtGui in toasoan-slip)")
        << QStringList{QStringLiteral("articles"), QStringLiteral("slip"), QStringLiteral("{id}"),
                       QStringLiteral("--out"), QStringLiteral("{pdf}")};
}

void tst_WorkflowCli::quietOnAPlainConsole()
{
    // A text console, a cron job or ssh: no display and no XDG_RUNTIME_DIR. A successful command
    // prints its own output and nothing on stderr (Qt's warnings included).
    QFETCH(QStringList, arguments);
    const qint64 id = draft(QStringLiteral("Bài thử trên màn hình chữ"));
    QTemporaryDir dir;
    arguments.replaceInStrings(QStringLiteral("{id}"), QString::number(id));
    arguments.replaceInStrings(QStringLiteral("{pdf}"), dir.filePath(QStringLiteral("phieu.pdf")));
    const Run r = run(arguments, QStringLiteral("mat-khau-1"),
                      {QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                       QStringLiteral("QT_QPA_PLATFORM")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(!r.out.isEmpty(), "the command's own output");
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_WorkflowCli)
#include "tst_workflow_cli.moc"
