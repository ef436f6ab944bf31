#include "app/editing/ArticleValidation.h"

#include "app/editing/TextCounts.h"
#include "app/html/PlainText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace toasoan::editing {

namespace {

// A class, so lupdate files these strings under the context used at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ArticleValidation)
};

ValidationIssue error(const char *key, const QString &message)
{
    return {QString::fromLatin1(key), message, ValidationIssue::Severity::Error};
}

} // namespace

bool bodyHasContent(const QString &bodyHtml)
{
    if (!html::textBlocks(bodyHtml).isEmpty()) {
        return true;
    }
    static const QRegularExpression image(QStringLiteral("<img\\b"), QRegularExpression::CaseInsensitiveOption);
    return bodyHtml.contains(image);
}

QList<ValidationIssue> checkRequiredForSubmission(const Article &article)
{
    QList<ValidationIssue> issues;
    if (article.title.trimmed().isEmpty()) {
        issues.append(error(field::kTitle, Tr::tr("Enter a headline before submitting.")));
    }
    if (article.sapo.trimmed().isEmpty()) {
        issues.append(error(field::kSapo, Tr::tr("Write a sapo: the lead readers see under the headline.")));
    }
    if (!bodyHasContent(article.body)) {
        issues.append(error(field::kBody, Tr::tr("The article has no body text yet.")));
    }
    if (article.categoryId <= 0) {
        issues.append(error(field::kCategory, Tr::tr("Choose the category the article appears in.")));
    }
    return issues;
}

QList<ValidationIssue> checkLengths(const Article &article, const LengthLimits &limits)
{
    QList<ValidationIssue> issues;
    auto check = [&](const char *key, const QString &text, int limit, const QString &message) {
        const int length = graphemeCount(text);
        if (limit > 0 && length > limit) {
            issues.append(
                {QString::fromLatin1(key), message.arg(length).arg(limit), ValidationIssue::Severity::Warning});
        }
    };
    check(field::kTitle, article.title, limits.title,
          Tr::tr("The headline has %1 characters; keep it within %2 so it fits on the site."));
    check(field::kSapo, article.sapo, limits.sapo, Tr::tr("The sapo has %1 characters; the office limit is %2."));
    return issues;
}

} // namespace toasoan::editing
