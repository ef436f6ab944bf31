#include "ui/metadata/MetadataPanel.h"

#include "app/editing/TextCounts.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/text/Normalize.h"
#include "ui/metadata/CategoryCombo.h"
#include "ui/metadata/FeaturedImageField.h"
#include "ui/metadata/FieldMessage.h"
#include "ui/metadata/ScheduleField.h"
#include "ui/metadata/SlugEdit.h"
#include "ui/metadata/TagField.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace toasoan::ui {

namespace {

using editing::ValidationIssue;

QString fieldKey(const char *key)
{
    return QString::fromLatin1(key);
}

// The sapo is one paragraph: line breaks typed or pasted into it become spaces.
QString oneParagraph(const QString &text)
{
    return text::normalize(text).simplified();
}

QLabel *countLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

MetadataPanel::MetadataPanel(TaxonomyRepository &taxonomy, MediaRepository &media, const editing::LengthLimits &limits,
                             QWidget *parent)
    : QScrollArea(parent), m_taxonomy(taxonomy), m_media(media), m_limits(limits)
{
    setObjectName(QStringLiteral("metadataPanel"));
    setAccessibleName(tr("Article details"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    buildForm();
    reloadTaxonomy();
    updateCounts();
}

void MetadataPanel::buildForm()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above fields: the pane is narrow
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto addField = [&](const QString &label, QWidget *field, const QString &accessibleName, QLayout *extra = nullptr) {
        auto *caption = new QLabel(label, page);
        caption->setBuddy(field->focusProxy() ? field->focusProxy() : field);
        field->setAccessibleName(accessibleName);
        if (extra) {
            auto *box = new QVBoxLayout;
            box->setSpacing(2);
            box->addWidget(field);
            box->addLayout(extra);
            form->addRow(caption, box);
        } else {
            form->addRow(caption, field);
        }
    };
    auto messageRow = [&](QWidget *field, const char *key, QLabel *count) {
        auto *message = new FieldMessage(field, page);
        message->setObjectName(QString::fromLatin1(key) + QStringLiteral("Message"));
        m_messages.insert(fieldKey(key), message);
        auto *row = new QHBoxLayout;
        row->addWidget(message, 1);
        if (count) {
            row->addWidget(count, 0, Qt::AlignTop);
        }
        return row;
    };

    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Headline of the article"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_titleCount = countLabel(page, "titleCount");
    addField(tr("&Headline"), m_title, tr("Headline"), messageRow(m_title, editing::field::kTitle, m_titleCount));

    m_slug = new SlugEdit(page);
    m_slug->setObjectName(QStringLiteral("slugEdit"));
    m_slug->setFrozen(false);
    addField(tr("Sl&ug"), m_slug, tr("Slug"));

    m_sapo = new QPlainTextEdit(page);
    m_sapo->setObjectName(QStringLiteral("sapoEdit"));
    m_sapo->setTabChangesFocus(true);
    m_sapo->setPlaceholderText(tr("The lead readers see under the headline, in bold."));
    m_sapo->setFixedHeight(m_sapo->fontMetrics().lineSpacing() * 4 + 12);
    m_sapoCount = countLabel(page, "sapoCount");
    addField(tr("&Sapo"), m_sapo, tr("Sapo"), messageRow(m_sapo, editing::field::kSapo, m_sapoCount));

    m_category = new CategoryCombo(tr("— Choose a category —"), page);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setHidesRetired(true); // a retired category stays on its old articles only
    addField(tr("&Category"), m_category, tr("Category"), messageRow(m_category, editing::field::kCategory, nullptr));

    m_tags = new TagField(page);
    m_tags->setObjectName(QStringLiteral("tagField"));
    addField(tr("&Tags"), m_tags, tr("Tags"));

    m_byline = new QLineEdit(page);
    m_byline->setObjectName(QStringLiteral("bylineEdit"));
    m_byline->setPlaceholderText(tr("Pen name shown under the article"));
    addField(tr("&Byline"), m_byline, tr("Byline"));

    m_source = new QLineEdit(page);
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    addField(tr("S&ource"), m_source, tr("Source"));

    m_dateline = new QLineEdit(page);
    m_dateline->setObjectName(QStringLiteral("datelineEdit"));
    m_dateline->setPlaceholderText(tr("e.g. NTL"));
    m_dateline->setToolTip(tr("Opens the body in brackets, e.g. “(NTL)”."));
    addField(tr("&Dateline prefix"), m_dateline, tr("Dateline prefix"));

    m_image = new FeaturedImageField(m_media, page);
    m_image->setObjectName(QStringLiteral("featuredImage"));
    addField(tr("Featured &image"), m_image, tr("Featured image"));

    m_schedule = new ScheduleField(page);
    m_schedule->setObjectName(QStringLiteral("scheduleField"));
    auto *scheduleLabel = new QLabel(tr("Sche&duled publication"), page);
    scheduleLabel->setBuddy(m_schedule->toggle());
    m_schedule->setAccessibleName(tr("Scheduled publication"));
    form->addRow(scheduleLabel, m_schedule);

    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("For the newsroom only; never published."));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    addField(tr("Internal &notes"), m_notes, tr("Internal notes"));

    setWidget(page);

    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        m_slug->followTitle(title);
        updateCounts();
        if (!m_loading) {
            emit titleChanged(title);
            edited();
        }
    });
    connect(m_sapo, &QPlainTextEdit::textChanged, this, [this] {
        updateCounts();
        edited();
    });
    connect(m_slug, &SlugEdit::slugChanged, this, &MetadataPanel::edited);
    connect(m_category, &CategoryCombo::categoryChanged, this, &MetadataPanel::edited);
    connect(m_tags, &TagField::tagsChanged, this, &MetadataPanel::edited);
    for (QLineEdit *line : {m_byline, m_source, m_dateline}) {
        connect(line, &QLineEdit::textChanged, this, &MetadataPanel::edited);
    }
    connect(m_image, &FeaturedImageField::changed, this, &MetadataPanel::edited);
    connect(m_image, &FeaturedImageField::failed, this, &MetadataPanel::failed);
    connect(m_schedule, &ScheduleField::changed, this, &MetadataPanel::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &MetadataPanel::edited);
}

void MetadataPanel::reloadTaxonomy()
{
    if (auto categories = m_taxonomy.listCategories()) {
        m_category->setCategories(categories.value());
    } else {
        emit failed(tr("Cannot read the categories"), categories.error());
    }
    if (auto tags = m_taxonomy.listTags()) {
        QStringList names;
        for (const Tag &tag : std::as_const(tags.value())) {
            names.append(tag.name);
        }
        m_tags->setCompletions(names);
    }
}

void MetadataPanel::load(const Article &article)
{
    m_loading = true;
    m_title->setText(article.title);
    m_title->setCursorPosition(0); // show the start of a long headline, not its end
    m_slug->load(article.slug, article.title);
    m_sapo->setPlainText(article.sapo);
    m_category->setCategoryId(article.categoryId);
    m_tags->setTags(article.tags);
    m_byline->setText(article.byline);
    m_source->setText(article.source);
    m_dateline->setText(article.dateline);
    m_image->load(article.featuredImageId, article.featuredImageCaption);
    m_schedule->load(article.scheduledAt);
    m_notes->setPlainText(article.notes);
    m_issues.clear();
    m_loading = false;
    updateCounts();
}

void MetadataPanel::applyTo(Article &article) const
{
    article.title = text::normalize(m_title->text()).simplified();
    article.slug = m_slug->slug();
    article.sapo = oneParagraph(m_sapo->toPlainText());
    article.categoryId = m_category->categoryId();
    article.tags = m_tags->tags();
    article.byline = text::normalize(m_byline->text()).simplified();
    article.source = text::normalize(m_source->text()).simplified();
    article.dateline = text::normalize(m_dateline->text()).simplified();
    article.featuredImageId = m_image->mediaId();
    article.featuredImageCaption = text::normalize(m_image->caption()).simplified();
    article.scheduledAt = m_schedule->scheduledAt();
    article.notes = text::normalize(m_notes->toPlainText()).trimmed();
}

namespace {

/// A read-only field looks like the panel behind it, not like a box waiting for typing. Only the
/// base colour is set, so the field still follows a change of theme.
template <typename Edit>
void showReadOnly(Edit *edit, bool readOnly)
{
    edit->setReadOnly(readOnly);
    QPalette palette;
    if (readOnly) {
        palette.setColor(QPalette::Base, edit->parentWidget()->palette().color(QPalette::Window));
    }
    edit->setPalette(palette);
}

} // namespace

void MetadataPanel::setSlugFrozen(bool frozen)
{
    m_slugFrozen = frozen;
    m_slug->setFrozen(frozen);
    showReadOnly(m_slug, frozen || m_readOnly);
}

void MetadataPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_title, m_byline, m_source, m_dateline}) {
        showReadOnly(edit, readOnly);
    }
    for (QPlainTextEdit *edit : {m_sapo, m_notes}) {
        showReadOnly(edit, readOnly);
    }
    showReadOnly(m_slug, readOnly || m_slugFrozen);
    // Fields made of buttons and lists have no read-only mode of their own.
    for (QWidget *field : std::initializer_list<QWidget *>{m_category, m_tags, m_image, m_schedule}) {
        field->setEnabled(!readOnly);
    }
}

void MetadataPanel::showIssues(const QList<editing::ValidationIssue> &issues)
{
    m_issues.clear();
    for (const ValidationIssue &issue : issues) {
        if (issue.severity == ValidationIssue::Severity::Error) {
            m_issues.append(issue);
        }
    }
    refreshMessages();
}

QString MetadataPanel::messageFor(const QString &field) const
{
    const FieldMessage *message = m_messages.value(field);
    return message ? message->text() : QString();
}

void MetadataPanel::focusField(const QString &field)
{
    QWidget *target = m_title;
    if (field == fieldKey(editing::field::kSapo)) {
        target = m_sapo;
    } else if (field == fieldKey(editing::field::kCategory)) {
        target = m_category;
    }
    ensureWidgetVisible(target);
    target->setFocus(Qt::OtherFocusReason);
}

QString MetadataPanel::categoryName(qint64 id) const
{
    return m_category->categoryName(id);
}

void MetadataPanel::edited()
{
    if (m_loading) {
        return;
    }
    if (!m_issues.isEmpty()) {
        // Once problems are shown, each disappears as soon as it is fixed.
        Article current;
        applyTo(current);
        QList<ValidationIssue> still;
        const QList<ValidationIssue> now = editing::checkRequiredForSubmission(current);
        for (const ValidationIssue &issue : now) {
            if (m_issues.contains(issue)) {
                still.append(issue);
            }
        }
        m_issues = still;
        refreshMessages();
    }
    emit changed();
}

void MetadataPanel::updateCounts()
{
    const int titleLength = editing::graphemeCount(m_title->text());
    m_titleCount->setText(tr("%1/%2").arg(titleLength).arg(m_limits.title));
    m_titleCount->setAccessibleName(tr("%1 of %2 characters").arg(titleLength).arg(m_limits.title));
    const QString sapo = m_sapo->toPlainText();
    const int sapoLength = editing::graphemeCount(sapo);
    m_sapoCount->setText(tr("%n word(s), %1 characters", nullptr, editing::wordCount(sapo)).arg(sapoLength));
    m_sapoCount->setAccessibleName(m_sapoCount->text());
    QFont font = m_titleCount->font();
    font.setBold(titleLength > m_limits.title);
    m_titleCount->setFont(font);
    refreshMessages();
}

void MetadataPanel::refreshMessages()
{
    Article lengths;
    lengths.title = m_title->text();
    lengths.sapo = m_sapo->toPlainText();
    const QList<ValidationIssue> warnings = editing::checkLengths(lengths, m_limits);
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const ValidationIssue *shown = nullptr;
        for (const ValidationIssue &issue : std::as_const(m_issues)) {
            if (issue.field == it.key()) {
                shown = &issue;
                break;
            }
        }
        for (const ValidationIssue &issue : warnings) {
            if (!shown && issue.field == it.key()) {
                shown = &issue;
            }
        }
        if (shown) {
            it.value()->showIssue(shown->severity, shown->message);
        } else {
            it.value()->clearIssue();
        }
    }
}

} // namespace toasoan::ui
