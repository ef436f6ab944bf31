// toasoan articles slip ID --out FILE.pdf [--date YYYY-MM-DD]
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

int articlesSlip(CommandContext &context)
{
    QDate date = QDate::currentDate();
    if (context.hasOption("date")) {
        date = QDate::fromString(context.option("date"), Qt::ISODate);
        if (!date.isValid()) {
            return context.usageError(Text::tr("--date needs a date written YYYY-MM-DD."));
        }
    }
    auto article = findArticle(context.database(), context.arguments().constFirst());
    if (!article) {
        return context.fail(article.error());
    }
    const QString out = QFileInfo(context.option("out")).absoluteFilePath();
    if (auto printed = runPrinter({QStringLiteral("--database"), context.database().path(), QStringLiteral("--article"),
                                   QString::number(article->id), QStringLiteral("--out"), out, QStringLiteral("--date"),
                                   date.toString(Qt::ISODate)},
                                  Text::tr("The approval slip could not be printed."));
        !printed) {
        return context.fail(printed.error());
    }
    context.out() << Text::tr("Wrote the approval slip of article %1 to %2.")
                         .arg(QString::number(article->id), QDir::toNativeSeparators(out))
                  << Qt::endl;
    return ExitOk;
}

} // namespace

// PDF output needs QtGui (fonts), which the command line does not load: the toasoan-slip
// printer does the work. It sits next to toasoan in a build and in libexec/toasoan when
// installed; TOASOAN_SLIP_TOOL overrides both.
Result<void> runPrinter(const QStringList &arguments, const QString &failure)
{
    QString tool = qEnvironmentVariable("TOASOAN_SLIP_TOOL");
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("toasoan-slip")),
                                     here.filePath(QStringLiteral("../libexec/toasoan/toasoan-slip"))}) {
        if (tool.isEmpty() && QFileInfo(candidate).isExecutable()) {
            tool = QDir::cleanPath(candidate);
        }
    }
    if (tool.isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         Text::tr("The approval slip printer (toasoan-slip) is not installed next to toasoan."),
                         QCoreApplication::applicationDirPath());
    }
    QProcess printer;
    printer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    printer.start(tool, arguments);
    if (!printer.waitForFinished(120000) || printer.exitStatus() != QProcess::NormalExit || printer.exitCode() != 0) {
        return makeError(ErrorCode::Io, failure, tool + QStringLiteral(": ") + printer.errorString());
    }
    return {};
}

Command articlesSlipCommand()
{
    return Command{
        "articles slip",
        "ID",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Print the approval slip of an article as an A4 PDF: office, metadata, full "
                          "text, the workflow trail and signature blocks for the reporter, editor and approver."),
        {
            {"out", "FILE.pdf", QT_TRANSLATE_NOOP("toasoan::cli", "Where to write the PDF"), true},
            {"date", "YYYY-MM-DD", QT_TRANSLATE_NOOP("toasoan::cli", "The date printed on the slip (default: today)")},
        },
        1,
        1,
        true,
        &articlesSlip,
    };
}

} // namespace toasoan::cli
