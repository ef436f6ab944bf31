#include "ArticleEditorPane.h"

#include "text/Normalize.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

namespace toasoan::ui {

ArticleEditorPane::ArticleEditorPane(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Headline"));
    m_title->setPlaceholderText(tr("Headline of the article"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setAccessibleName(tr("Body"));
    m_body->setPlaceholderText(tr("Write the article here. Each line is a paragraph; blank lines are ignored."));
    m_body->setTabChangesFocus(true);

    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save the article"));
    m_save->setToolTip(tr("Save the article (Ctrl+S)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Headline:"), m_title);
    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    bodyLabel->setBuddy(m_body);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(bodyLabel);
    layout->addWidget(m_body, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ArticleEditorPane::saveRequested);
    connect(m_title, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            setModified(true);
        }
    });
    clear();
}

void ArticleEditorPane::setArticle(const Article &article)
{
    m_loading = true;
    m_article = article;
    m_hasArticle = true;
    m_title->setText(article.title);
    m_title->setCursorPosition(0); // show the start of a long headline, not its end
    m_body->setPlainText(htmlToPlain(article.body));
    m_heading->setText(article.id == 0 ? tr("New article") : tr("Editing article"));
    m_loading = false;
    setModified(false);
    updateEnabled();
}

void ArticleEditorPane::clear()
{
    m_loading = true;
    m_article = Article{};
    m_hasArticle = false;
    m_title->clear();
    m_body->clear();
    m_heading->setText(tr("No article open"));
    m_loading = false;
    setModified(false);
    updateEnabled();
}

Article ArticleEditorPane::article() const
{
    Article edited = m_article;
    edited.title = text::normalize(m_title->text().trimmed());
    edited.body = plainToHtml(text::normalize(m_body->toPlainText()));
    return edited;
}

void ArticleEditorPane::setModified(bool modified)
{
    if (m_modified == modified) {
        return;
    }
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ArticleEditorPane::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
}

QString ArticleEditorPane::plainToHtml(const QString &plain)
{
    QStringList paragraphs;
    const QStringList lines = plain.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            paragraphs.append(QStringLiteral("<p>") + trimmed.toHtmlEscaped() + QStringLiteral("</p>"));
        }
    }
    return paragraphs.join(QLatin1Char('\n'));
}

QString ArticleEditorPane::htmlToPlain(const QString &html)
{
    if (!html.contains(QLatin1Char('<'))) {
        return html;
    }
    QTextDocument document;
    document.setHtml(html);
    // A blank line between paragraphs keeps them apart on screen; plainToHtml() skips it.
    QStringList paragraphs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.text().trimmed().isEmpty()) {
            paragraphs.append(block.text());
        }
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

void ArticleEditorPane::updateEnabled()
{
    m_title->setEnabled(m_hasArticle);
    m_body->setEnabled(m_hasArticle);
    m_save->setEnabled(m_hasArticle);
}

} // namespace toasoan::ui
