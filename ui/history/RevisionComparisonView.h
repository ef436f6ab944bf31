#pragma once

#include "app/diff/ArticleDiff.h"
#include "app/model/Revision.h"

#include <QTextBrowser>

namespace toasoan::ui {

/// Shows what changed between two revisions: the changed details (title, sapo, category...)
/// and the body word by word, insertions green and underlined, deletions red and struck
/// through. The comparison itself comes from the core (diff::diffArticles); this only draws it.
class RevisionComparisonView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionComparisonView)

public:
    explicit RevisionComparisonView(QWidget *parent = nullptr);

    /// Shows `diff`, the changes from `older` to `newer`, whose authors are named.
    void showComparison(const diff::ArticleDiff &diff, const Revision &older, const QString &olderAuthor,
                        const Revision &newer, const QString &newerAuthor);
    /// Shows a hint instead of a comparison (nothing or one revision selected).
    void showHint(const QString &text);
    /// The HTML last given to the view (before QTextDocument rewrote it).
    QString comparisonHtml() const { return m_html; }

    /// The colours of the marks (fixed, with their own background, so they read on any theme).
    static QString insertStyle();
    static QString deleteStyle();
    /// HTML of word runs: insertions and deletions marked in these colours (also the conflict view's).
    static QString runsHtml(const QList<diff::DiffRun> &runs);
    /// Cuts a body's runs at the paragraph breaks ("\n") the core puts between paragraphs.
    static QList<QList<diff::DiffRun>> paragraphs(const QList<diff::DiffRun> &runs);

private:
    QString revisionLine(const Revision &revision, const QString &author) const;
    QString m_html;
};

} // namespace toasoan::ui
