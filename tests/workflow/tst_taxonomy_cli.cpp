// Categories and tags on the command line: the real `toasoan` binary (TOASOAN_BINARY) lists the tree,
// and changes it only for an administrator proven by their password (TOASOAN_PASSWORD).
#include "app/storage/ArticleRepository.h"
#include "app/storage/TaxonomyRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

class tst_TaxonomyCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addListAndJson();
    void changesNeedAnAdministrator_data();
    void changesNeedAnAdministrator();
    void wrongPasswordIsRefused();
    void removeSaysWhichHappened();
    void moveAndMerge();
    void tagsRenameMergeAndHint();
    void helpSaysMa();

private:
    Run run(const QStringList &arguments, const QString &password = QStringLiteral("mat-khau-1"),
            const QString &language = QStringLiteral("en"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOASOAN_PASSWORD"), password);
        env.insert(QStringLiteral("TOASOAN_LANG"), language);
        p.setProcessEnvironment(env);
        p.start(m_binary, QStringList{QStringLiteral("--database"), m_ws->path()} + arguments);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(120000)) {
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QJsonArray listJson(const char *what)
    {
        const Run r = run({QString::fromLatin1(what), QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QJsonObject category(const QString &name)
    {
        for (const QJsonValue &v : listJson("categories")) {
            if (v[QStringLiteral("name")].toString() == name) {
                return v.toObject();
            }
        }
        return {};
    }
    qint64 article(qint64 categoryId, const QStringList &tags = {})
    {
        Article a;
        a.title = QStringLiteral("Hội nghị giao ban quý IV");
        a.categoryId = categoryId;
        a.tags = tags;
        auto created = ArticleRepository(m_ws->db()).create(a, m_reporter);
        return created ? created->id : 0;
    }

    std::unique_ptr<test::TestWorkspace> m_ws;
    QString m_binary;
    qint64 m_reporter = 0;
};

void tst_TaxonomyCli::initTestCase()
{
    m_binary = qEnvironmentVariable("TOASOAN_BINARY");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), "TOASOAN_BINARY must name the built toasoan");
}

void tst_TaxonomyCli::init()
{
    m_ws = std::make_unique<test::TestWorkspace>();
    QVERIFY(m_ws->ok());
    QVERIFY(m_ws->addUser(QStringLiteral("quantri"), Role::Admin, QStringLiteral("Trần Thị Hòa")));
    m_reporter = m_ws->addUser(QStringLiteral("phongvien"), Role::Reporter, QStringLiteral("Nguyễn Văn An"));
    QVERIFY(m_reporter);
    QVERIFY(m_ws->addUser(QStringLiteral("lanhdao"), Role::Approver, QStringLiteral("Lê Văn Cường")));
}

void tst_TaxonomyCli::cleanup()
{
    m_ws.reset();
}

void tst_TaxonomyCli::addListAndJson()
{
    Run r = run({QStringLiteral("categories"), QStringLiteral("add"), QStringLiteral("Tin tức"),
                 QStringLiteral("--user"), QStringLiteral("quantri")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Tin tức")));
    // The parent by name, the acting user with --as.
    r = run({QStringLiteral("categories"), QStringLiteral("add"), QStringLiteral("Đô thị"), QStringLiteral("--parent"),
             QStringLiteral("tin tức"), QStringLiteral("--as"), QStringLiteral("quantri")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(article(category(QStringLiteral("Đô thị"))[QStringLiteral("id")].toInteger()));

    const QJsonObject city = category(QStringLiteral("Đô thị"));
    const QJsonObject news = category(QStringLiteral("Tin tức"));
    QCOMPARE(city[QStringLiteral("parent")].toInteger(), news[QStringLiteral("id")].toInteger());
    QVERIFY(news[QStringLiteral("parent")].isNull());
    QCOMPARE(city[QStringLiteral("slug")].toString(), QStringLiteral("do-thi"));
    QCOMPARE(city[QStringLiteral("retired")].toBool(), false);
    QCOMPARE(city[QStringLiteral("article_count")].toInt(), 1);
    QCOMPARE(news[QStringLiteral("article_count")].toInt(), 0);

    // The table shows the tree: the child indented under its parent.
    r = run({QStringLiteral("categories"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // header, two rows, the final newline
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(" Tin tức")), qPrintable(r.out));
    QVERIFY2(lines.at(2).endsWith(QStringLiteral("   Đô thị")), qPrintable(r.out));
}

void tst_TaxonomyCli::changesNeedAnAdministrator_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("login"); // empty: no --user at all
    QTest::addColumn<int>("code");
    const QStringList add{QStringLiteral("categories"), QStringLiteral("add"), QStringLiteral("Văn hóa")};
    const QStringList rename{QStringLiteral("categories"), QStringLiteral("rename"), QStringLiteral("1"),
                             QStringLiteral("Thời sự")};
    const QStringList move{QStringLiteral("categories"), QStringLiteral("move"), QStringLiteral("1"),
                           QStringLiteral("--parent"), QStringLiteral("2")};
    const QStringList remove{QStringLiteral("categories"), QStringLiteral("remove"), QStringLiteral("1")};
    const QStringList merge{QStringLiteral("categories"), QStringLiteral("merge"), QStringLiteral("1"),
                            QStringLiteral("--into"), QStringLiteral("2")};
    const QStringList tagRename{QStringLiteral("tags"), QStringLiteral("rename"), QStringLiteral("1"),
                                QStringLiteral("Họp")};
    const QStringList tagMerge{QStringLiteral("tags"), QStringLiteral("merge"), QStringLiteral("1"),
                               QStringLiteral("--into"), QStringLiteral("2")};
    const QList<std::pair<const char *, QStringList>> commands{
        {"add", add},     {"rename", rename},        {"move", move},         {"remove", remove},
        {"merge", merge}, {"tag rename", tagRename}, {"tag merge", tagMerge}};
    for (const auto &[name, arguments] : commands) {
        QTest::addRow("robustness: %s by a reporter", name) << arguments << QStringLiteral("phongvien") << 1;
        QTest::addRow("robustness: %s by an approver", name) << arguments << QStringLiteral("lanhdao") << 1;
        QTest::addRow("robustness: %s by nobody", name) << arguments << QString() << 2;
    }
}

void tst_TaxonomyCli::changesNeedAnAdministrator()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, login);
    QFETCH(int, code);
    TaxonomyRepository repo(m_ws->db());
    QCOMPARE(repo.createCategory(QStringLiteral("Tin tức")).value().id, 1);
    QCOMPARE(repo.createCategory(QStringLiteral("Kinh tế")).value().id, 2);
    QCOMPARE(repo.findOrCreateTag(QStringLiteral("Giao ban")).value().id, 1);
    QCOMPARE(repo.findOrCreateTag(QStringLiteral("Hội nghị")).value().id, 2);
    const QByteArray before = QJsonDocument(listJson("categories")).toJson() + QJsonDocument(listJson("tags")).toJson();

    const Run r = run(login.isEmpty() ? arguments : arguments + QStringList{QStringLiteral("--user"), login});
    QCOMPARE(r.code, code);
    QVERIFY(r.out.isEmpty());
    if (code == 1) {
        QVERIFY2(r.err.contains(QStringLiteral("Only administrators")), qPrintable(r.err));
    } else {
        QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
    }
    QCOMPARE(QJsonDocument(listJson("categories")).toJson() + QJsonDocument(listJson("tags")).toJson(), before);
}

void tst_TaxonomyCli::wrongPasswordIsRefused()
{
    const Run r = run({QStringLiteral("categories"), QStringLiteral("add"), QStringLiteral("Văn hóa"),
                       QStringLiteral("--user"), QStringLiteral("quantri")},
                      QStringLiteral("sai-mat-khau"));
    QCOMPARE(r.code, 1);
    QVERIFY(listJson("categories").isEmpty());
}

void tst_TaxonomyCli::removeSaysWhichHappened()
{
    TaxonomyRepository repo(m_ws->db());
    const qint64 used = repo.createCategory(QStringLiteral("Kinh tế")).value().id;
    const qint64 unused = repo.createCategory(QStringLiteral("Văn hóa")).value().id;
    QVERIFY(article(used));

    Run r = run({QStringLiteral("categories"), QStringLiteral("remove"), QString::number(used),
                 QStringLiteral("--user"), QStringLiteral("quantri")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("retired")), qPrintable(r.out));
    QCOMPARE(category(QStringLiteral("Kinh tế"))[QStringLiteral("retired")].toBool(), true);
    r = run({QStringLiteral("categories"), QStringLiteral("list")});
    QVERIFY(r.out.contains(QStringLiteral("retired")));

    r = run({QStringLiteral("categories"), QStringLiteral("remove"), QString::number(unused), QStringLiteral("--user"),
             QStringLiteral("quantri")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("deleted")), qPrintable(r.out));
    QVERIFY(category(QStringLiteral("Văn hóa")).isEmpty());
}

void tst_TaxonomyCli::moveAndMerge()
{
    TaxonomyRepository repo(m_ws->db());
    const qint64 news = repo.createCategory(QStringLiteral("Tin tức")).value().id;
    const qint64 city = repo.createCategory(QStringLiteral("Đô thị"), news).value().id;
    const qint64 current = repo.createCategory(QStringLiteral("Thời sự")).value().id;
    QVERIFY(article(current));

    Run r =
        run({QStringLiteral("categories"), QStringLiteral("move"), QString::number(news), QStringLiteral("--parent"),
             QString::number(city), QStringLiteral("--user"), QStringLiteral("quantri")});
    QCOMPARE(r.code, 1); // a cycle
    QVERIFY(r.err.contains(QStringLiteral("subcategories")));

    r = run({QStringLiteral("categories"), QStringLiteral("move"), QString::number(city), QStringLiteral("--parent"),
             QStringLiteral("0"), QStringLiteral("--position"), QStringLiteral("1"), QStringLiteral("--user"),
             QStringLiteral("quantri")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(category(QStringLiteral("Đô thị"))[QStringLiteral("parent")].isNull());
    QCOMPARE(listJson("categories").first()[QStringLiteral("name")].toString(), QStringLiteral("Đô thị"));

    r = run({QStringLiteral("categories"), QStringLiteral("merge"), QString::number(current), QStringLiteral("--into"),
             QStringLiteral("Tin tức"), QStringLiteral("--user"), QStringLiteral("quantri")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("1 article moved")), qPrintable(r.out));
    QVERIFY(category(QStringLiteral("Thời sự")).isEmpty());
    QCOMPARE(category(QStringLiteral("Tin tức"))[QStringLiteral("article_count")].toInt(), 1);
}

void tst_TaxonomyCli::tagsRenameMergeAndHint()
{
    QVERIFY(article(0, {QStringLiteral("Chuyển đổi số")}));
    // Stored before tags were matched whatever their case, as an older workspace holds them.
    QVERIFY(m_ws->db().exec(QStringLiteral("INSERT INTO tags (name, slug) VALUES ('chuyển đổi số', 'x')")));
    const qint64 lower = TaxonomyRepository(m_ws->db()).findTag(QStringLiteral("chuyển đổi số"))->value().id;
    Run r = run({QStringLiteral("tags"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Probably the same tag")), qPrintable(r.out));

    const qint64 upper = TaxonomyRepository(m_ws->db()).findTag(QStringLiteral("Chuyển đổi số"))->value().id;
    r = run({QStringLiteral("tags"), QStringLiteral("merge"), QString::number(lower), QStringLiteral("--into"),
             QString::number(upper), QStringLiteral("--user"), QStringLiteral("quantri")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray tags = listJson("tags");
    QCOMPARE(tags.size(), 1);
    QCOMPARE(tags.first()[QStringLiteral("article_count")].toInt(), 1);
    r = run({QStringLiteral("tags"), QStringLiteral("list")});
    QVERIFY(!r.out.contains(QStringLiteral("Probably the same tag")));

    r = run({QStringLiteral("tags"), QStringLiteral("rename"), QString::number(upper), QStringLiteral("Số hóa"),
             QStringLiteral("--as"), QStringLiteral("quantri")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(listJson("tags").first()[QStringLiteral("name")].toString(), QStringLiteral("Số hóa"));
}

void tst_TaxonomyCli::helpSaysMa()
{
    for (const char *command : {"add", "rename", "move", "remove", "merge"}) {
        const Run r = run({QStringLiteral("categories"), QString::fromLatin1(command), QStringLiteral("--help")},
                          QString(), QStringLiteral("vi"));
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains(QRegularExpression(QStringLiteral("\\bID\\b"))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("--user TÊN_ĐĂNG_NHẬP")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("chuyên mục")), qPrintable(r.out));
    }
}

QTEST_GUILESS_MAIN(tst_TaxonomyCli)
#include "tst_taxonomy_cli.moc"
