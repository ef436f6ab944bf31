// toasoan-slip: prints an approval slip or a month's royalty statement to PDF, or writes an article as
// .odt or PDF. `toasoan articles slip`, `toasoan articles export` and `toasoan report royalties --out` run
// it, because these need QtGui (fonts, QTextDocumentWriter) and the command line of toasoan_core stays on
// QCoreApplication. Workbooks (.xlsx) are toasoan-workbook's (app/workbook/CMakeLists.txt says why).
//   toasoan-slip --database PATH --article ID --out FILE.pdf [--date YYYY-MM-DD]
//   toasoan-slip --database PATH --article ID --export odt|pdf --out FILE
//   toasoan-slip --database PATH --royalties YYYY-MM --reader USER_ID --out FILE.pdf [--date YYYY-MM-DD]
// Exit codes as the command line: 0 ok, 1 failure (message on stderr), 2 usage.
#include "app/config/WorkspacePath.h"
#include "app/i18n/Translations.h"
#include "app/report/Royalties.h"
#include "app/slip/ApprovalSlip.h"
#include "app/slip/ArticleDocument.h"
#include "app/slip/RoyaltyStatement.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/MediaRepository.h"
#include "app/workflow/OfficeSettings.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

namespace {

QtMessageHandler previousHandler = nullptr;

// QtGui asks for the runtime directory as it starts, and Qt warns when XDG_RUNTIME_DIR is not set,
// as on a plain console or over ssh: this tool never uses that directory, and `toasoan articles slip`
// prints only its own output. Every other message still goes through.
void dropRuntimeDirectoryNotice(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    previousHandler = qInstallMessageHandler(dropRuntimeDirectoryNotice);
    // Printing needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    toasoan::config::setApplicationIdentity();
    toasoan::installTranslations(app);
    QTextStream err(stderr);

    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption article(QStringLiteral("article"), QString(), QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption exportFormat(QStringLiteral("export"), QString(), QStringLiteral("odt|pdf"));
    const QCommandLineOption royalties(QStringLiteral("royalties"), QString(), QStringLiteral("YYYY-MM"));
    // Who logged in to read the statement: it holds what they may read (report::Royalties::month).
    const QCommandLineOption reader(QStringLiteral("reader"), QString(), QStringLiteral("USER_ID"));
    parser.addOptions({database, article, out, date, exportFormat, royalties, reader});
    bool idOk = false;
    const bool parsed = parser.parse(QCoreApplication::arguments());
    const qint64 id = parser.value(article).toLongLong(&idOk);
    const auto month = toasoan::report::Royalties::parseMonth(parser.value(royalties));
    bool readerOk = false;
    const qint64 readerId = parser.value(reader).toLongLong(&readerOk);
    const QDate day = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    const QString format = parser.value(exportFormat);
    const bool knownFormat = format.isEmpty() || format == QLatin1String("odt") || format == QLatin1String("pdf");
    if (!parsed || (!idOk && !month) || (month && !readerOk) || !parser.isSet(database) || !parser.isSet(out) ||
        !day.isValid() || !knownFormat) {
        err << "usage: toasoan-slip --database PATH --article ID --out FILE.pdf [--date YYYY-MM-DD]\n"
               "       toasoan-slip --database PATH --article ID --export odt|pdf --out FILE\n"
               "       toasoan-slip --database PATH --royalties YYYY-MM --reader USER_ID --out FILE.pdf [--date "
               "YYYY-MM-DD]"
            << Qt::endl;
        return 2;
    }

    auto db = toasoan::Database::open(parser.value(database));
    if (!db) {
        err << db.error().message << Qt::endl;
        return 1;
    }
    if (month) {
        auto statement = toasoan::report::Royalties(**db).month(*month, readerId);
        auto office = toasoan::loadOfficeSettings(**db);
        if (!statement || !office) {
            err << (statement ? office.error() : statement.error()).message << Qt::endl;
            return 1;
        }
        const toasoan::slip::StatementHeading heading{office->officeName, office->officePlace, day, QLocale()};
        if (auto written = toasoan::slip::writeRoyaltyStatement(*statement, heading, parser.value(out)); !written) {
            err << written.error().message << Qt::endl;
            return 1;
        }
        return 0;
    }
    if (!format.isEmpty()) {
        auto loaded = toasoan::ArticleRepository(**db).load(id);
        if (!loaded) {
            err << loaded.error().message << Qt::endl;
            return 1;
        }
        toasoan::MediaRepository media(**db);
        const auto lookup = [&media](qint64 mediaId) { return media.load(mediaId); };
        const auto written = format == QLatin1String("odt")
                                 ? toasoan::slip::writeArticleOdt(*loaded, lookup, parser.value(out))
                                 : toasoan::slip::writeArticlePdf(*loaded, lookup, parser.value(out));
        if (!written) {
            err << written.error().message << Qt::endl;
            return 1;
        }
        return 0;
    }
    auto data = toasoan::slip::collectSlipData(**db, id, day);
    if (!data) {
        err << data.error().message << Qt::endl;
        return 1;
    }
    if (auto written = toasoan::slip::writeApprovalSlip(*data, parser.value(out)); !written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    return 0;
}
