#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace toasoan::html {

/// Builds Article::body in the defined subset from a stream of elements, whatever produced them:
/// an HTML string (BodyHtml.h), a walk over a QTextDocument (the editor) or a cleaned paste.
///
/// The subset: blocks p, h2, h3, ul/ol > li (inline content, then at most one nested ul/ol
/// written as `<li>text<ul>` ... `</ul></li>`; lists nest at most 5 deep), blockquote > p,
/// figure.alignleft|aligncenter|alignright > img[src, alt] + figcaption,
/// table > thead? > tr > th, tbody > tr > td; inline strong, em, u, a[href], br.
/// Any element stream gives well-formed subset output: h1 becomes h2, h4-h6 h3; a list nested deeper than 5, a
/// second nested list in one item or one with no item before it joins the list around it, and text
/// after a nested list in the same item becomes the next item;
/// images leave paragraphs for a figure of their own (dropped in lists and tables); empty blocks,
/// nested links and redundant formatting (bold in headings and header cells, underline in links)
/// go. Text is NFC with white space collapsed; one block per line.
class BodyWriter final
{
public:
    using Attributes = QList<QPair<QString, QString>>;

    BodyWriter();
    ~BodyWriter();
    BodyWriter(const BodyWriter &) = delete;
    BodyWriter &operator=(const BodyWriter &) = delete;

    /// An element starts. Names are lower case; unknown elements are unwrapped (their text stays).
    /// `img` takes src and alt, and an optional `data-align` (left/center/right) that wins over
    /// the figure's class and the enclosing paragraph's alignment.
    void start(const QString &name, const Attributes &attributes = {});
    void end(const QString &name);
    /// Decoded characters (not HTML).
    void text(const QString &characters);

    /// Closes everything still open and returns the subset.
    QString finish();

    /// True inside an element dropped with its content (script, title, form controls...): text
    /// given now is thrown away.
    bool droppingContent() const;

    /// Images dropped because their source is not allowed or they sat where the subset has no
    /// place for them (lists, table cells).
    int droppedImages() const;

private:
    struct Private;
    Private *d;
};

} // namespace toasoan::html
