#include "ui/article/ArticleFileImport.h"

#include "app/io/ArticleImport.h"
#include "ui/common/WindowContext.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>

namespace toasoan::ui {

namespace {

QStringList importablePaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls()) {
        return paths;
    }
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile() || !ArticleFileImport::isImportable(url.toLocalFile())) {
            return {}; // all or none, as the import itself
        }
        paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

ArticleFileImport::ArticleFileImport(WindowContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    m_action = new QAction(tr("&Import files…"), this);
    m_action->setObjectName(QStringLiteral("importFilesAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_action->setStatusTip(
        tr("Create drafts from Word (.docx), LibreOffice (.odt), web page (.html) or text (.txt) files"));
    connect(m_action, &QAction::triggered, this, &ArticleFileImport::chooseAndImport);
}

QString ArticleFileImport::fileFilter()
{
    return tr("Articles (*.docx *.odt *.html *.htm *.txt *.json)") + QStringLiteral(";;") +
           tr("Word documents (*.docx)") + QStringLiteral(";;") + tr("LibreOffice documents (*.odt)") +
           QStringLiteral(";;") + tr("Web pages (*.html *.htm)") + QStringLiteral(";;") + tr("Text files (*.txt)");
}

bool ArticleFileImport::isImportable(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("docx"), QStringLiteral("odt"),  QStringLiteral("doc"),
                                      QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("xhtml"),
                                      QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("json")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

void ArticleFileImport::acceptDropsOn(QWidget *widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
    if (auto *area = qobject_cast<QAbstractScrollArea *>(widget)) {
        area->viewport()->setAcceptDrops(true);
        area->viewport()->installEventFilter(this);
    }
}

bool ArticleFileImport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!importablePaths(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = importablePaths(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            importFiles(paths);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ArticleFileImport::chooseAndImport()
{
    const QStringList paths =
        m_chooser ? m_chooser()
                  : QFileDialog::getOpenFileNames(m_context.dialogParent(), tr("Import files"),
                                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                  fileFilter());
    if (!paths.isEmpty()) {
        importFiles(paths);
    }
}

QList<qint64> ArticleFileImport::importFiles(const QStringList &paths)
{
    auto imported = io::importArticleFiles(m_context.database(), paths, m_context.user().id);
    if (!imported) {
        m_context.showError(tr("The files were not imported"), imported.error());
        return {};
    }
    QList<qint64> ids;
    int legacyRuns = 0;
    QStringList missingImages;
    for (const io::ImportedFile &file : std::as_const(*imported)) {
        ids.append(file.articleId);
        legacyRuns += file.legacyRuns;
        missingImages += file.missingImages;
    }
    QString message = tr("Imported %n article(s).", nullptr, int(ids.size()));
    if (legacyRuns > 0) {
        message += QLatin1Char(' ') +
                   tr("%n run(s) typed in TCVN3 or VNI fonts were converted to Unicode.", nullptr, legacyRuns);
    }
    if (!missingImages.isEmpty()) {
        message += QLatin1Char(' ') + tr("%n picture(s) left out (linked, or in a format web pages do not show): %1",
                                         nullptr, int(missingImages.size()))
                                          .arg(missingImages.join(QStringLiteral(", ")));
    }
    m_context.showStatus(message, 15000);
    m_context.refreshList(ids.constFirst());
    if (ids.size() == 1) {
        m_context.openArticle(ids.constFirst());
    }
    return ids;
}

} // namespace toasoan::ui
