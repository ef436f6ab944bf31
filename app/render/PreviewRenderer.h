#pragma once

#include "app/model/Article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace toasoan::render {

/// What the article alone does not say about how the site would show it.
struct PreviewOptions
{
    QString categoryName;  ///< the section header; empty: none
    QDateTime publishedAt; ///< invalid: the scheduled time, else now
};

/// Renders an article the way the district site shows it, as HTML for a QTextBrowser: section
/// header (upper case), title, "Posted dd/MM/yyyy | HH:mm" (local time), bold sapo, the dateline
/// "(NTL)" opening the first paragraph, images with captions under them, the byline and source
/// right-aligned at the end. All text is escaped; images keep their media:ID sources.
class PreviewRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::render::PreviewRenderer)

public:
    static QString render(const Article &article, const PreviewOptions &options = {});

    /// The body as the site shows it, with the dateline prefix, without the page around it.
    static QString renderBody(const QString &body, const QString &dateline);
};

} // namespace toasoan::render
