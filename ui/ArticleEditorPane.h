#pragma once

#include "model/Article.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace toasoan::ui {

/// A deliberately simple editor: title and plain-text body. It holds the article it edits
/// (with its version, for the optimistic lock) and hands back an edited copy; saving is the
/// window's job.
class ArticleEditorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleEditorPane)

public:
    explicit ArticleEditorPane(QWidget *parent = nullptr);

    /// Shows `article` for editing; the pane is then unmodified.
    void setArticle(const Article &article);
    /// Closes the article: fields empty and disabled.
    void clear();
    bool hasArticle() const { return m_hasArticle; }
    /// The article as edited: fields NFC-normalized, the body as paragraphs of HTML.
    Article article() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    void focusTitle();

    /// Plain text <-> the stored HTML body (one <p> per line). Public for tests.
    static QString plainToHtml(const QString &plain);
    static QString htmlToPlain(const QString &html);

signals:
    void saveRequested();
    void modifiedChanged(bool modified);

private:
    void updateEnabled();

    Article m_article;
    bool m_hasArticle = false;
    bool m_modified = false;
    bool m_loading = false;
    QLabel *m_heading = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace toasoan::ui
