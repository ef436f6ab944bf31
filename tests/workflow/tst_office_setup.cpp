// OfficeSetup: the first-start wizard's categories are added by an administrator only, once each.
#include "app/storage/EventLog.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/workflow/OfficeSetup.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

namespace {

QStringList names(const QList<Category> &categories)
{
    QStringList out;
    for (const Category &category : categories) {
        out.append(category.name);
    }
    return out;
}

} // namespace

class TestOfficeSetup : public QObject
{
    Q_OBJECT

private slots:
    void suggestionsAreTheUsualSections()
    {
        const QStringList suggested = OfficeSetup::suggestedCategories();
        QVERIFY(suggested.size() >= 8);
        QVERIFY(suggested.contains(QStringLiteral("Tin tức - Sự kiện")));
        QVERIFY(suggested.contains(QStringLiteral("Chuyển đổi số")));
        for (const QString &name : suggested) {
            QCOMPARE(name, name.normalized(QString::NormalizationForm_C));
        }
    }

    void adminAddsEachOnce()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 admin = ws.addUser(QStringLiteral("quantri"), Role::Admin);
        QVERIFY(admin);
        OfficeSetup setup(ws.db());
        auto added = setup.addCategories(admin, OfficeSetup::suggestedCategories());
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(names(*added), OfficeSetup::suggestedCategories());
        QCOMPARE(names(*TaxonomyRepository(ws.db()).listCategories()), OfficeSetup::suggestedCategories());
        // Each addition is in the event log, with the administrator who made it.
        auto events = EventLog(ws.db()).recent();
        QVERIFY(events);
        int logged = 0;
        for (const Event &event : std::as_const(*events)) {
            if (event.action == QStringLiteral("category_add")) {
                QCOMPARE(event.userId, admin);
                ++logged;
            }
        }
        QCOMPARE(logged, OfficeSetup::suggestedCategories().size());

        // Again, with the other tone style, a blank line, a repeat and one new name (typed in NFD).
        auto again = setup.addCategories(
            admin, {QStringLiteral("Văn hoá - Xã hội"), QStringLiteral("  "), QStringLiteral("Kinh tế"),
                    QStringLiteral("  Hoạt động   của Quận ủy ").normalized(QString::NormalizationForm_D),
                    QStringLiteral("Hoạt động của Quận ủy")});
        QVERIFY(again);
        QCOMPARE(names(*again), QStringList{QStringLiteral("Hoạt động của Quận ủy")});
        QCOMPARE(TaxonomyRepository(ws.db()).listCategories()->size(), OfficeSetup::suggestedCategories().size() + 1);
    }

    void othersAreRefused_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("robustness: reporter") << int(Role::Reporter);
        QTest::newRow("robustness: editor") << int(Role::Editor);
        QTest::newRow("robustness: approver") << int(Role::Approver);
    }

    void othersAreRefused()
    {
        QFETCH(int, role);
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 user = ws.addUser(QStringLiteral("nguoidung"), Role(role));
        QVERIFY(user);
        auto added = OfficeSetup(ws.db()).addCategories(user, {QStringLiteral("Kinh tế")});
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::Forbidden);
        QVERIFY(!added.error().message.isEmpty());
        QVERIFY(TaxonomyRepository(ws.db()).listCategories()->isEmpty());
        QCOMPARE(OfficeSetup(ws.db()).addCategories(user + 100, {QStringLiteral("Kinh tế")}).error().code,
                 ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestOfficeSetup)
#include "tst_office_setup.moc"
