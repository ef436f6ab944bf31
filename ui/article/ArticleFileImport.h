#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

class QAction;
class QWidget;

namespace toasoan::ui {

class WindowContext;

/// "Tệp ▸ Nhập tệp…" and files dropped on the window or the article list: .html/.txt/.json, Word
/// .docx and LibreOffice .odt files become drafts of the logged-in user, all or none
/// (io::importArticleFiles). The error names the file that stopped the batch; the status bar says how
/// many articles came in and how many legacy-font runs were converted.
class ArticleFileImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleFileImport)

public:
    explicit ArticleFileImport(WindowContext &context, QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    /// Accepts drops of importable files on `widget` (and its viewport, for a view).
    void acceptDropsOn(QWidget *widget);

    /// The file dialog's filters.
    static QString fileFilter();
    /// True for the names the import reads.
    static bool isImportable(const QString &path);

    /// Imports `paths`; gives the new article ids (empty when nothing was imported: the error was shown).
    QList<qint64> importFiles(const QStringList &paths);

    /// Test hook: what the file dialog would give (empty = cancelled).
    void setFileChooser(std::function<QStringList()> chooser) { m_chooser = std::move(chooser); }

public slots:
    /// Asks for files, then imports them.
    void chooseAndImport();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WindowContext &m_context;
    QAction *m_action = nullptr;
    std::function<QStringList()> m_chooser;
};

} // namespace toasoan::ui
