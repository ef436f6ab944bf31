#include "ui/article/ArticleTab.h"

#include "app/editing/AutosaveWriter.h"
#include "ui/common/ThemedIcon.h"
#include "ui/editor/RichTextEditor.h"
#include "ui/metadata/FieldMessage.h"
#include "ui/metadata/MetadataPanel.h"
#include "ui/preview/PreviewView.h"
#include "ui/spell/SpellHighlighter.h"
#include "ui/spell/SpellService.h"

#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

bool isOnWebsite(const Article &article)
{
    return article.state == WorkflowState::Published || !article.publications.isEmpty();
}

} // namespace

ArticleTab::ArticleTab(TaxonomyRepository &taxonomy, MediaRepository &media, const editing::LengthLimits &limits,
                       QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("articleTab"));
    m_panel = new MetadataPanel(taxonomy, media, limits);

    m_editor = new RichTextEditor(this);
    m_editor->setObjectName(QStringLiteral("bodyEdit"));
    m_editor->setAccessibleName(tr("Body"));

    auto *writePage = new QWidget(this);
    m_bodyMessage = new FieldMessage(m_editor, writePage);
    m_bodyMessage->setObjectName(QStringLiteral("bodyMessage"));
    auto *writeLayout = new QVBoxLayout(writePage);
    writeLayout->setContentsMargins(0, 0, 0, 0);
    writeLayout->addWidget(m_bodyMessage);
    writeLayout->addWidget(m_editor, 1);

    m_preview = new PreviewView(this);
    m_preview->setObjectName(QStringLiteral("previewView"));
    m_preview->setAccessibleName(tr("Preview of the article"));
    m_preview->setMediaStore(EditorMediaStore::fromRepository(media));
    m_editor->setMediaStore(EditorMediaStore::fromRepository(media));

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("articleViews"));
    m_views->setDocumentMode(true);
    m_views->setTabPosition(QTabWidget::South);
    m_views->addTab(writePage, themedIcon(QStringLiteral(":/icons/edit.svg")), tr("Write"));
    m_views->addTab(m_preview, themedIcon(QStringLiteral(":/icons/preview.svg")), tr("Preview"));
    m_views->setAccessibleName(tr("Write or preview"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_bars = new QVBoxLayout;
    m_bars->setContentsMargins(0, 0, 0, 0);
    m_bars->setSpacing(0);
    layout->addLayout(m_bars);
    layout->addWidget(m_views, 1);

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    setAutosaveInterval(30);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (needsAutosave()) {
            emit autosaveDue();
        }
    });

    connect(m_editor, &QTextEdit::textChanged, this, [this] {
        // Only the user's edits mark the document modified; re-highlighting (spelling) and
        // re-layout after loading do not.
        if (!m_loading && m_editor->document()->isModified()) {
            changed();
        }
    });
    connect(m_editor, &RichTextEditor::countsChanged, this, [this](int words, int) { emit wordCountChanged(words); });
    connect(m_panel, &MetadataPanel::changed, this, [this] {
        if (!m_loading) {
            changed();
        }
    });
    connect(m_panel, &MetadataPanel::titleChanged, this, [this] { emit titleChanged(displayTitle()); });
    connect(m_panel, &MetadataPanel::failed, this, &ArticleTab::failed);
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (isPreviewShown()) {
            updatePreview();
        }
    });
}

ArticleTab::~ArticleTab()
{
    // The panel lives in the window's metadata pane, not inside the tab.
    delete m_panel.data();
}

void ArticleTab::setArticle(const Article &article, bool modified)
{
    m_loading = true;
    m_base = article;
    m_unsavedNew = false;
    m_panel->load(article);
    m_editor->setBodyHtml(article.body);
    m_loading = false;
    const bool wasModified = isModified();
    m_generation += 1;
    m_savedGeneration = modified ? 0 : m_generation;
    m_autosavedGeneration = m_generation;
    m_savedAt = modified ? QDateTime() : article.updatedAt;
    m_autosavedAt = {};
    m_autosaveTimer->stop();
    updateSlugFreeze();
    if (wasModified != isModified()) {
        emit modifiedChanged(isModified());
    }
    emit titleChanged(displayTitle());
    emit wordCountChanged(m_editor->wordCount());
    if (isPreviewShown()) {
        updatePreview();
    }
}

Article ArticleTab::article() const
{
    Article edited = articleWithoutBody();
    edited.body = m_editor->bodyHtml();
    return edited;
}

Article ArticleTab::articleWithoutBody() const
{
    Article edited = m_base;
    m_panel->applyTo(edited);
    edited.body.clear();
    return edited;
}

QString ArticleTab::displayTitle() const
{
    const QString title = m_panel->titleEdit()->text().simplified();
    return title.isEmpty() ? tr("(untitled)") : title;
}

void ArticleTab::markSaved(const Article &saved, quint64 generation)
{
    const bool wasModified = isModified();
    // Keep what the user typed meanwhile; take what the store decided (id, version, times).
    m_base = saved;
    m_unsavedNew = false;
    m_savedGeneration = generation;
    m_autosavedGeneration = qMax(m_autosavedGeneration, generation);
    m_savedAt = saved.updatedAt.isValid() ? saved.updatedAt : QDateTime::currentDateTimeUtc();
    updateSlugFreeze();
    if (wasModified != isModified()) {
        emit modifiedChanged(isModified());
    }
}

void ArticleTab::markCreated(const Article &created, quint64 generation, const QDateTime &at)
{
    // Take what the store decided (id, uuid, version, slug); the user's text stays as typed.
    m_base = created;
    m_unsavedNew = true;
    markAutosaved(generation, at);
}

void ArticleTab::markAutosaved(quint64 generation, const QDateTime &at)
{
    m_autosavedGeneration = qMax(m_autosavedGeneration, generation);
    m_autosavedAt = at;
    if (needsAutosave() && !m_autosaveTimer->isActive()) {
        m_autosaveTimer->start();
    }
}

void ArticleTab::retryAutosaveLater()
{
    if (needsAutosave() && !m_autosaveTimer->isActive()) {
        m_autosaveTimer->start();
    }
}

void ArticleTab::setAutosaveInterval(int seconds)
{
    m_autosaveTimer->setInterval(editing::autosaveDelay(seconds));
}

ArticleTab::Spelling ArticleTab::spelling() const
{
    Spelling result;
    const SpellService *service = m_editor->spellService();
    const SpellHighlighter *highlighter = m_editor->spellHighlighter();
    if (!service || !service->isEnabled()) {
        result.status = Spelling::Status::Off;
    } else if (service->state() == SpellService::State::Unavailable) {
        result.status = Spelling::Status::Unavailable;
    } else if (!service->isActive() || !highlighter || !highlighter->isIdle()) {
        result.status = Spelling::Status::Checking;
    } else {
        result.status = Spelling::Status::Checked;
        result.doubtfulWords = highlighter->misspelledWords();
    }
    return result;
}

QString ArticleTab::doubtfulWordsSentence(const QStringList &words)
{
    constexpr qsizetype kListed = 10;
    QString listed = words.mid(0, kListed).join(QStringLiteral(", "));
    if (words.size() > kListed) {
        listed += QStringLiteral(", …");
    }
    return tr("%n word(s) may be misspelled (underlined in red): %1", nullptr, int(words.size())).arg(listed);
}

bool ArticleTab::validate()
{
    const Article current = article();
    const QList<editing::ValidationIssue> issues = editing::checkRequiredForSubmission(current);
    m_panel->showIssues(issues);
    m_bodyMessage->clearIssue();
    bool bodyError = false;
    for (const editing::ValidationIssue &issue : issues) {
        if (issue.field == QLatin1String(editing::field::kBody)) {
            m_bodyMessage->showIssue(issue.severity, issue.message);
            bodyError = true;
        }
    }
    if (const Spelling spelling = this->spelling(); !bodyError && !spelling.doubtfulWords.isEmpty()) {
        m_bodyMessage->showIssue(editing::ValidationIssue::Severity::Warning,
                                 doubtfulWordsSentence(spelling.doubtfulWords));
    }
    if (!issues.isEmpty()) {
        if (issues.constFirst().field == QLatin1String(editing::field::kBody)) {
            showEditor();
            m_editor->setFocus(Qt::OtherFocusReason);
        } else {
            m_panel->focusField(issues.constFirst().field);
        }
    }
    return issues.isEmpty();
}

void ArticleTab::showEditor()
{
    m_views->setCurrentIndex(0);
}

void ArticleTab::showPreview()
{
    m_views->setCurrentWidget(m_preview);
}

bool ArticleTab::isPreviewShown() const
{
    return m_views->currentWidget() == m_preview;
}

void ArticleTab::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly) {
        return;
    }
    m_readOnly = readOnly;
    m_editor->setEditable(!readOnly);
    m_panel->setReadOnly(readOnly);
}

void ArticleTab::addBar(QWidget *bar)
{
    m_bars->addWidget(bar);
    bar->show(); // shows with the tab
}

void ArticleTab::changed()
{
    const bool wasModified = isModified();
    ++m_generation;
    if (wasModified != isModified()) {
        emit modifiedChanged(true);
    }
    if (m_bodyMessage->isError() && editing::bodyHasContent(m_editor->bodyHtml())) {
        m_bodyMessage->clearIssue();
    }
    // The first edit not yet autosaved starts the clock; later edits ride along.
    if (!m_autosaveTimer->isActive()) {
        m_autosaveTimer->start();
    }
}

void ArticleTab::updatePreview()
{
    const Article a = article();
    render::PreviewOptions options;
    options.categoryName = m_panel->categoryName(a.categoryId);
    // A published article shows when it went out, not "now".
    for (const RemotePublication &publication : std::as_const(a.publications)) {
        if (publication.lastPublishedAt.isValid() &&
            (!options.publishedAt.isValid() || publication.lastPublishedAt < options.publishedAt)) {
            options.publishedAt = publication.lastPublishedAt;
        }
    }
    m_preview->showArticle(a, options);
}

void ArticleTab::updateSlugFreeze()
{
    m_panel->setSlugFrozen(isOnWebsite(m_base));
}

} // namespace toasoan::ui
