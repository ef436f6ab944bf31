// toasoan-workbook: writes a month's royalty statement as an .xlsx workbook for the accounting office.
// `toasoan report royalties --out FILE.xlsx` and the window's royalty report run it: libxlsxwriter cannot
// share a process with QuaZip (app/workbook/CMakeLists.txt).
//   toasoan-workbook --database PATH --royalties YYYY-MM --reader USER_ID --out FILE.xlsx
// (USER_ID: who logged in to read it; the statement holds what they may read, report::Royalties::month).
// Exit codes as the command line: 0 ok, 1 failure (message on stderr), 2 usage.
#include "app/config/WorkspacePath.h"
#include "app/i18n/Translations.h"
#include "app/report/Royalties.h"
#include "app/storage/Database.h"
#include "app/workbook/RoyaltyWorkbook.h"
#include "app/workflow/OfficeSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    toasoan::config::setApplicationIdentity();
    toasoan::installTranslations(app);
    QTextStream err(stderr);

    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption royalties(QStringLiteral("royalties"), QString(), QStringLiteral("YYYY-MM"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption reader(QStringLiteral("reader"), QString(), QStringLiteral("USER_ID"));
    parser.addOptions({database, royalties, out, reader});
    const bool parsed = parser.parse(QCoreApplication::arguments());
    const auto month = toasoan::report::Royalties::parseMonth(parser.value(royalties));
    bool readerOk = false;
    const qint64 readerId = parser.value(reader).toLongLong(&readerOk);
    if (!parsed || !month || !parser.isSet(database) || !parser.isSet(out) || !readerOk) {
        err << "usage: toasoan-workbook --database PATH --royalties YYYY-MM --reader USER_ID --out FILE.xlsx"
            << Qt::endl;
        return 2;
    }
    auto db = toasoan::Database::open(parser.value(database));
    if (!db) {
        err << db.error().message << Qt::endl;
        return 1;
    }
    auto statement = toasoan::report::Royalties(**db).month(*month, readerId);
    auto office = toasoan::loadOfficeSettings(**db);
    if (!statement || !office) {
        err << (statement ? office.error() : statement.error()).message << Qt::endl;
        return 1;
    }
    if (auto written = toasoan::workbook::writeRoyaltiesWorkbook(*statement, parser.value(out), office->officeName);
        !written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    return 0;
}
