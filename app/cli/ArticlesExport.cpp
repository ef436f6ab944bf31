// toasoan articles export ID [--format html|json|docx|odt|pdf] [--out FILE]
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/io/ArticleExport.h"
#include "app/io/DocxExport.h"
#include "app/storage/Database.h"
#include "app/storage/MediaRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

const QStringList kFormats = {QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("docx"),
                              QStringLiteral("odt"), QStringLiteral("pdf")};

// .odt and .pdf need QtGui (QTextDocumentWriter, fonts): the toasoan-slip printer writes them.
Result<void> printExport(CommandContext &context, const Article &article, const QString &format, const QString &out)
{
    return runPrinter({QStringLiteral("--database"), context.database().path(), QStringLiteral("--article"),
                       QString::number(article.id), QStringLiteral("--export"), format, QStringLiteral("--out"), out},
                      Text::tr("The article could not be written as %1.").arg(format.toUpper()));
}

int articlesExport(CommandContext &context)
{
    QString format = context.option("format").trimmed().toLower();
    const bool toFile = context.hasOption("out");
    if (format.isEmpty()) {
        // Without --format, the file's type says it (report.docx), else HTML.
        const QString suffix = toFile ? QFileInfo(context.option("out")).suffix().toLower() : QString();
        format = kFormats.contains(suffix) ? suffix : QStringLiteral("html");
    }
    if (!kFormats.contains(format)) {
        return context.fail(makeError(
            ErrorCode::Invalid,
            Text::tr("Unknown format \"%1\". Use html, json, docx, odt or pdf.").arg(context.option("format"))));
    }
    const bool binary = format != QLatin1String("html") && format != QLatin1String("json");
    if (binary && !toFile) {
        return context.usageError(
            Text::tr("A %1 file cannot be written to the terminal: give --out FILE.").arg(format.toUpper()));
    }
    auto article = findArticle(context.database(), context.arguments().constFirst());
    if (!article) {
        return context.fail(article.error());
    }
    const io::ArticleNames names = lookUpNames(context.database(), *article);
    const QString out = toFile ? QFileInfo(context.option("out")).absoluteFilePath() : QString();
    Result<void> written;
    if (format == QLatin1String("odt") || format == QLatin1String("pdf")) {
        written = printExport(context, *article, format, out);
    } else if (!toFile) {
        if (format == QLatin1String("json")) {
            printJson(context.out(), io::articleToJson(*article, names));
        } else {
            context.out() << io::articleToHtmlDocument(*article, names);
        }
        context.out().flush();
        return ExitOk;
    } else {
        MediaRepository media(context.database());
        written = io::writeArticleFile(
            *article, names, [&media](qint64 id) { return media.load(id); }, format, out);
    }
    if (!written) {
        return context.fail(written.error());
    }
    context.out()
        << Text::tr("Wrote article %1 to %2.").arg(QString::number(article->id), QDir::toNativeSeparators(out))
        << Qt::endl;
    return ExitOk;
}

} // namespace

Command articlesExportCommand()
{
    return Command{
        "articles export",
        "ID",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Write one article as a standalone HTML document, as JSON with every field, or as a Word "
                          "(.docx), OpenDocument (.odt) or PDF file with its title, sapo, body, images and byline."),
        {{"format", "FORMAT",
          QT_TRANSLATE_NOOP("toasoan::cli",
                            "html (default), json, docx, odt or pdf; without it, the type of the --out file")},
         {"out", "FILE",
          QT_TRANSLATE_NOOP("toasoan::cli", "Where to write the file (needed for docx, odt and pdf; html and json "
                                            "go to standard output without it)")}},
        1,
        1,
        true,
        &articlesExport,
        OfflineUse::Reads,
    };
}

} // namespace toasoan::cli
