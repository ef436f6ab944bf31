#pragma once

#include "app/core/Result.h"
#include "app/editing/ArticleValidation.h"
#include "app/model/Article.h"

#include <QHash>
#include <QScrollArea>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace toasoan {
class MediaRepository;
class TaxonomyRepository;
} // namespace toasoan

namespace toasoan::ui {

class CategoryCombo;
class FeaturedImageField;
class FieldMessage;
class ScheduleField;
class SlugEdit;
class TagField;

/// Everything about an article but its body: headline (with its length), slug, sapo, category,
/// tags, byline, source, dateline, featured image, scheduled time and internal notes. Shows the
/// core's validation next to each field. Reads categories, tags and media through repositories.
class MetadataPanel final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataPanel)

public:
    MetadataPanel(TaxonomyRepository &taxonomy, MediaRepository &media, const editing::LengthLimits &limits,
                  QWidget *parent = nullptr);

    /// Shows the fields of `article`; emits nothing (loading is not an edit).
    void load(const Article &article);
    /// Writes the fields into `article`, NFC-normalized.
    void applyTo(Article &article) const;
    /// Reads categories and tags again (after someone added one).
    void reloadTaxonomy();

    /// The slug cannot change once the article is on a website.
    void setSlugFrozen(bool frozen);
    /// Read-only fields still show (and let the user copy) everything, but nothing changes.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// Shows `issues` (from the core) next to their fields, replacing the previous ones.
    /// Length warnings are kept up to date while typing regardless.
    void showIssues(const QList<editing::ValidationIssue> &issues);
    /// The messages shown now, by field key (tests, the status line).
    QString messageFor(const QString &field) const;
    /// Moves the keyboard focus to the field with key `field` (editing::field).
    void focusField(const QString &field);

    QLineEdit *titleEdit() const { return m_title; }
    QString categoryName(qint64 id) const;

signals:
    void changed();
    void titleChanged(const QString &title);
    void failed(const QString &title, const toasoan::Error &error);

private:
    void buildForm();
    void edited();
    void updateCounts();
    void refreshMessages();

    TaxonomyRepository &m_taxonomy;
    MediaRepository &m_media;
    editing::LengthLimits m_limits;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_slugFrozen = false;
    QList<editing::ValidationIssue> m_issues;

    QLineEdit *m_title = nullptr;
    QLabel *m_titleCount = nullptr;
    SlugEdit *m_slug = nullptr;
    QPlainTextEdit *m_sapo = nullptr;
    QLabel *m_sapoCount = nullptr;
    CategoryCombo *m_category = nullptr;
    TagField *m_tags = nullptr;
    QLineEdit *m_byline = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_dateline = nullptr;
    FeaturedImageField *m_image = nullptr;
    ScheduleField *m_schedule = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QHash<QString, FieldMessage *> m_messages;
};

} // namespace toasoan::ui
