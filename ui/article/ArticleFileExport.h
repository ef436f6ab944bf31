#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QAction;

namespace toasoan::ui {

class WindowContext;

/// "Tệp ▸ Xuất…" and "Xuất…" in the article list's context menu: the article saved as a Word
/// (.docx), LibreOffice (.odt), PDF, web page (.html) or JSON file, the format chosen by the file's
/// type in the save dialog. The menu exports the article in front as it is on screen (unsaved edits
/// included), else the one selected in the list; the list's menu exports the article under it.
class ArticleFileExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleFileExport)

public:
    explicit ArticleFileExport(WindowContext &context, QObject *parent = nullptr);

    /// For the File menu.
    QAction *action() const { return m_action; }
    /// For the article list's context menu.
    QAction *listAction() const { return m_listAction; }

    /// The save dialog's filters, Word first.
    static QString fileFilter();
    /// "docx", "odt", "pdf", "html" or "json" for a file name; empty for another type.
    static QString formatOf(const QString &path);

    /// Writes article `id` (the current tab's text when it is the article in front) to `path`, in the
    /// format its type names. False when it was not written (the error was shown).
    bool exportArticle(qint64 id, const QString &path);

    /// Test hook: what the save dialog would give for a suggested path (empty = cancelled).
    void setFileChooser(std::function<QString(const QString &suggested)> chooser) { m_chooser = std::move(chooser); }

public slots:
    /// Asks where to save the article in front (else the list's), then writes it.
    void chooseAndExport();
    /// The same for the article selected in the list.
    void chooseAndExportListed();

private:
    void chooseAndExport(qint64 id);

    WindowContext &m_context;
    QAction *m_action = nullptr;
    QAction *m_listAction = nullptr;
    std::function<QString(const QString &)> m_chooser;
};

} // namespace toasoan::ui
