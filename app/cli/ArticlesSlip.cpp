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

QString printerTool(Printer printer)
{
    const QString name = printer == Printer::Slip ? QStringLiteral("toasoan-slip") : QStringLiteral("toasoan-workbook");
    const QString fromEnv = qEnvironmentVariable("TOASOAN_SLIP_TOOL");
    QStringList candidates;
    if (!fromEnv.isEmpty()) {
        if (printer == Printer::Slip) {
            return fromEnv;
        }
        candidates << QFileInfo(fromEnv).dir().filePath(name);
    }
    const QDir here(QCoreApplication::applicationDirPath());
    candidates << here.filePath(name) << here.filePath(QStringLiteral("../libexec/toasoan/") + name);
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isExecutable()) {
            return QDir::cleanPath(candidate);
        }
    }
    return {};
}

} // namespace

Result<void> runPrinter(const QStringList &arguments, const QString &failure, Printer printer)
{
    const QString tool = printerTool(printer);
    if (tool.isEmpty()) {
        const QString name =
            printer == Printer::Slip ? QStringLiteral("toasoan-slip") : QStringLiteral("toasoan-workbook");
        return makeError(ErrorCode::NotFound, Text::tr("The printer %1 is not installed next to toasoan.").arg(name),
                         QCoreApplication::applicationDirPath());
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(tool, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return makeError(ErrorCode::Io, failure, tool + QStringLiteral(": ") + process.errorString());
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
