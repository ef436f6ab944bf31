#include "app/diff/ArticleDiff.h"

#include "app/html/PlainText.h"
#include "app/text/Normalize.h"

#include <QCoreApplication>
#include <algorithm>

namespace toasoan::diff {

namespace {

// A class, so lupdate files these strings under the context used at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ArticleDiff)
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

// The body's text paragraphs; an item of a nested list indented two no-break spaces a level (shown
// in HTML too), so that the diff shows where it sits and an item moved in or out of a nested list.
QStringList bodyParagraphs(const QString &body)
{
    QStringList paragraphs;
    for (const html::TextBlock &block : html::structuredBlocks(body)) {
        paragraphs.append(QString(2 * std::max(0, block.listLevel - 1), QChar(0xA0)) + block.text);
    }
    return paragraphs;
}

} // namespace

ArticleDiff diffArticles(const Article &before, const Article &after,
                         const std::function<QString(qint64)> &categoryName)
{
    ArticleDiff diff;
    auto field = [&](const char *key, const QString &label, const QString &a, const QString &b, bool words) {
        const QString na = text::normalize(a);
        const QString nb = text::normalize(b);
        if (na == nb) {
            return;
        }
        FieldChange change{QString::fromLatin1(key), label, na, nb, {}};
        if (words) {
            change.runs = diffWords(na, nb);
        }
        diff.fields.append(change);
    };
    auto category = [&](qint64 id) {
        if (id == 0) {
            return QString();
        }
        const QString name = categoryName ? categoryName(id) : QString();
        return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
    };
    auto image = [](qint64 id) { return id == 0 ? QString() : QStringLiteral("#%1").arg(id); };

    field("title", Tr::tr("Title"), before.title, after.title, true);
    field("sapo", Tr::tr("Sapo"), before.sapo, after.sapo, true);
    field("slug", Tr::tr("Slug"), before.slug, after.slug, false);
    field("category", Tr::tr("Category"), category(before.categoryId), category(after.categoryId), false);
    field("tags", Tr::tr("Tags"), before.tags.join(QStringLiteral(", ")), after.tags.join(QStringLiteral(", ")), false);
    field("byline", Tr::tr("Byline"), before.byline, after.byline, false);
    field("source", Tr::tr("Source"), before.source, after.source, false);
    field("dateline", Tr::tr("Dateline"), before.dateline, after.dateline, false);
    field("featured_image", Tr::tr("Featured image"), image(before.featuredImageId), image(after.featuredImageId),
          false);
    field("featured_caption", Tr::tr("Caption"), before.featuredImageCaption, after.featuredImageCaption, true);
    field("scheduled_at", Tr::tr("Scheduled for"), timeText(before.scheduledAt), timeText(after.scheduledAt), false);
    field("notes", Tr::tr("Internal notes"), before.notes, after.notes, true);

    diff.body = diffParagraphs(bodyParagraphs(before.body), bodyParagraphs(after.body));
    diff.bodyChanged = hasChanges(diff.body);
    return diff;
}

} // namespace toasoan::diff
