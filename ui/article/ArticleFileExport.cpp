#include "ui/article/ArticleFileExport.h"

#include "app/io/DocxExport.h"
#include "app/slip/ArticleDocument.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/MediaRepository.h"
#include "app/text/Slug.h"
#include "ui/ArticleTableModel.h"
#include "ui/article/ArticleListPane.h"
#include "ui/article/ArticleTab.h"
#include "ui/common/WindowContext.h"
#include "ui/metadata/MetadataPanel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTableView>

namespace toasoan::ui {

namespace {

const QStringList kFormats = {QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("pdf"),
                              QStringLiteral("html"), QStringLiteral("json")};

} // namespace

ArticleFileExport::ArticleFileExport(WindowContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    m_action = new QAction(tr("&Export…"), this);
    m_action->setObjectName(QStringLiteral("exportArticleAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_action->setStatusTip(tr("Save the article as a Word (.docx), LibreOffice (.odt), PDF, web page or JSON file"));
    connect(m_action, &QAction::triggered, this, qOverload<>(&ArticleFileExport::chooseAndExport));

    m_listAction = new QAction(tr("&Export…"), this);
    m_listAction->setObjectName(QStringLiteral("exportListedArticleAction"));
    m_listAction->setStatusTip(m_action->statusTip());
    connect(m_listAction, &QAction::triggered, this, &ArticleFileExport::chooseAndExportListed);
}

QString ArticleFileExport::fileFilter()
{
    return tr("Word documents (*.docx)") + QStringLiteral(";;") + tr("LibreOffice documents (*.odt)") +
           QStringLiteral(";;") + tr("PDF documents (*.pdf)") + QStringLiteral(";;") + tr("Web pages (*.html)") +
           QStringLiteral(";;") + tr("JSON files (*.json)");
}

QString ArticleFileExport::formatOf(const QString &path)
{
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm")) {
        suffix = QStringLiteral("html");
    }
    return kFormats.contains(suffix) ? suffix : QString();
}

void ArticleFileExport::chooseAndExport()
{
    qint64 id = m_context.currentArticleId();
    if (id == 0 && m_context.listPane()) {
        const QTableView *table = m_context.listPane()->table();
        id =
            table->currentIndex().isValid() ? m_context.listPane()->model()->articleId(table->currentIndex().row()) : 0;
    }
    chooseAndExport(id);
}

void ArticleFileExport::chooseAndExportListed()
{
    const QTableView *table = m_context.listPane()->table();
    chooseAndExport(
        table->currentIndex().isValid() ? m_context.listPane()->model()->articleId(table->currentIndex().row()) : 0);
}

void ArticleFileExport::chooseAndExport(qint64 id)
{
    if (id <= 0) {
        m_context.showStatus(tr("Open or select an article to export it."));
        return;
    }
    auto stored = ArticleRepository(m_context.database()).load(id);
    if (!stored) {
        m_context.showError(tr("The article was not exported"), stored.error());
        return;
    }
    QString name = text::slugify(stored->title);
    if (name.isEmpty()) {
        name = QStringLiteral("bai-viet-%1").arg(id);
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(name.left(80) + QStringLiteral(".docx"));
    QString path;
    if (m_chooser) {
        path = m_chooser(suggested);
    } else {
        QString filter;
        path = QFileDialog::getSaveFileName(m_context.dialogParent(), tr("Export the article"), suggested, fileFilter(),
                                            &filter);
        // A name typed without its type gets the one of the chosen filter ("(*.odt)").
        if (!path.isEmpty() && formatOf(path).isEmpty()) {
            const qsizetype star = filter.lastIndexOf(QLatin1String("*."));
            path += filter.mid(star + 1).chopped(1);
        }
    }
    if (!path.isEmpty()) {
        exportArticle(id, path);
    }
}

bool ArticleFileExport::exportArticle(qint64 id, const QString &path)
{
    const QString format = formatOf(path);
    if (format.isEmpty()) {
        m_context.showError(tr("The article was not exported"),
                            makeError(ErrorCode::Invalid, tr("Choose a file ending in .docx, .odt, .pdf, .html "
                                                             "or .json: its type says the format.")));
        return false;
    }
    auto article = ArticleRepository(m_context.database()).load(id);
    if (!article) {
        m_context.showError(tr("The article was not exported"), article.error());
        return false;
    }
    // The article in front is exported as it is on screen, unsaved edits included.
    if (const ArticleTab *tab = m_context.currentTab(); tab && tab->articleId() == id) {
        article = tab->article();
    }
    MediaRepository media(m_context.database());
    const io::ExportMediaLookup lookup = [&media](qint64 mediaId) { return media.load(mediaId); };
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> written =
        format == QLatin1String("odt") ? slip::writeArticleOdt(*article, lookup, path)
        : format == QLatin1String("pdf")
            ? slip::writeArticlePdf(*article, lookup, path)
            : io::writeArticleFile(*article, io::lookUpArticleNames(m_context.database(), *article), lookup, format,
                                   path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        m_context.showError(tr("The article was not exported"), written.error());
        return false;
    }
    m_context.showStatus(tr("Exported \"%1\" to %2.").arg(article->title, QDir::toNativeSeparators(path)), 10000);
    return true;
}

} // namespace toasoan::ui
