#pragma once

#include "app/core/Result.h"
#include "app/editing/ArticleValidation.h"
#include "app/model/Article.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QTabWidget;
class QTimer;
class QVBoxLayout;

namespace toasoan {
class MediaRepository;
class TaxonomyRepository;
} // namespace toasoan

namespace toasoan::ui {

class FieldMessage;
class MetadataPanel;
class PreviewView;
class RichTextEditor;

/// One open article: the body editor with its "Xem trước" (preview) view, and the metadata
/// panel the window shows beside it. It keeps the stored article it was loaded from (id,
/// version for the optimistic lock, state) and counts edits, so the window can tell whether
/// it is modified since the last save and since the last autosave.
class ArticleTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTab)

public:
    ArticleTab(TaxonomyRepository &taxonomy, MediaRepository &media, const editing::LengthLimits &limits,
               QWidget *parent = nullptr);
    ~ArticleTab() override;

    /// Shows `article`. `modified` marks it as holding unsaved changes (a restored recovery copy).
    void setArticle(const Article &article, bool modified = false);
    /// The article as edited: the stored one with the editor's content, NFC.
    Article article() const;
    /// The same without the body, which is the slow part (see ArticleTabs::autosave()).
    Article articleWithoutBody() const;
    qint64 articleId() const { return m_base.id; }
    const Article &stored() const { return m_base; }
    /// The headline for the tab, "(untitled)" when empty.
    QString displayTitle() const;

    MetadataPanel *metadataPanel() const { return m_panel; }
    RichTextEditor *editor() const { return m_editor; }

    /// Edits made so far; each change adds one.
    quint64 generation() const { return m_generation; }
    bool isModified() const { return m_generation != m_savedGeneration; }
    /// Modified since the last autosave (and not saved since).
    bool needsAutosave() const { return isModified() && m_generation != m_autosavedGeneration; }
    /// An autosave of this tab is being written; the next one waits for it.
    bool isAutosaving() const { return m_autosaving; }
    void setAutosaving(bool autosaving) { m_autosaving = autosaving; }

    /// A save stored `saved`, holding the edits up to `generation`.
    void markSaved(const Article &saved, quint64 generation);
    /// Autosave created the new article (`created`, holding the edits up to `generation`): it
    /// has an id now, but the user has not saved it, so it stays modified and unsaved-new.
    void markCreated(const Article &created, quint64 generation, const QDateTime &at);
    /// The article exists only because autosave created it: "Không lưu" deletes it again.
    bool isUnsavedNew() const { return m_unsavedNew; }
    /// An autosave stored the edits up to `generation` in the recovery slot.
    void markAutosaved(quint64 generation, const QDateTime &at);
    /// An autosave failed: the text stays as typed and the next attempt comes one interval later.
    void retryAutosaveLater();
    QDateTime lastSavedAt() const { return m_savedAt; }
    QDateTime lastAutosavedAt() const { return m_autosavedAt; }

    /// Autosave comes due this long after the first edit not yet autosaved.
    void setAutosaveInterval(int seconds);
    /// What the spell check says of the body now.
    struct Spelling
    {
        enum class Status
        {
            Checked,     ///< every paragraph is checked: doubtfulWords is the whole list
            Off,         ///< the user turned spell checking off
            Unavailable, ///< no Vietnamese dictionary
            Checking,    ///< the dictionary or some paragraphs are still being read
        };
        Status status = Status::Off;
        QStringList doubtfulWords; ///< the underlined words, once each, in order
    };
    Spelling spelling() const;
    /// "N words may be misspelled: …", listing the first few.
    static QString doubtfulWordsSentence(const QStringList &words);

    /// Runs the core's submission checks and shows the messages next to the fields, with the
    /// doubtful words of the body as a warning; true when no required field is missing.
    bool validate();
    void showEditor();
    void showPreview();
    bool isPreviewShown() const;

    /// Read-only: the body and the details can be read, selected and copied, not changed (the
    /// article is with someone else, or another person is editing it).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// Adds a bar across the top of the article, above the body (workflow state and actions,
    /// why the article is read-only). The tab owns it.
    void addBar(QWidget *bar);

signals:
    void modifiedChanged(bool modified);
    void titleChanged(const QString &title);
    void autosaveDue();
    void wordCountChanged(int words);
    void failed(const QString &title, const toasoan::Error &error);

private:
    void changed();
    void updatePreview();
    void updateSlugFreeze();

    Article m_base;
    quint64 m_generation = 0;
    quint64 m_savedGeneration = 0;
    quint64 m_autosavedGeneration = 0;
    bool m_autosaving = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_unsavedNew = false;
    QDateTime m_savedAt;
    QDateTime m_autosavedAt;

    QPointer<MetadataPanel> m_panel;
    RichTextEditor *m_editor = nullptr;
    PreviewView *m_preview = nullptr;
    QTabWidget *m_views = nullptr;
    FieldMessage *m_bodyMessage = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QVBoxLayout *m_bars = nullptr;
};

} // namespace toasoan::ui
