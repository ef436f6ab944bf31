#pragma once

#include "app/model/Article.h"

#include <QList>
#include <QString>

namespace toasoan::editing {

/// Keys of the fields a ValidationIssue may name; the editor shows the message next to the field.
namespace field {
inline constexpr char kTitle[] = "title";
inline constexpr char kSapo[] = "sapo";
inline constexpr char kBody[] = "body";
inline constexpr char kCategory[] = "category";
} // namespace field

/// One problem with an article: which field, and a translated sentence saying what to do.
struct ValidationIssue
{
    enum class Severity
    {
        Error,   ///< blocks submission for review
        Warning, ///< allowed, but the writer should look again (e.g. a headline past the limit)
    };
    QString field; ///< one of editing::field
    QString message;
    Severity severity = Severity::Error;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

/// Limits from the user's settings (Settings::titleLengthLimit ...), in grapheme clusters.
struct LengthLimits
{
    int title = 100;
    int sapo = 300;
};

/// What must be filled in before an article is submitted for review: headline, sapo, a body
/// with text or an image, and a category. Errors only, in the order the editor shows the fields.
QList<ValidationIssue> checkRequiredForSubmission(const Article &article);

/// Warnings for a headline or sapo longer than `limits` (counted in grapheme clusters).
QList<ValidationIssue> checkLengths(const Article &article, const LengthLimits &limits);

/// True when the body HTML shows something: text, or at least one image.
bool bodyHasContent(const QString &bodyHtml);

} // namespace toasoan::editing
