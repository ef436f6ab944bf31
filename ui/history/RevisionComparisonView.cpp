#include "ui/history/RevisionComparisonView.h"

#include "app/text/VietnameseLocale.h"

namespace toasoan::ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString inserted(const QString &text)
{
    return QStringLiteral("<span style=\"%1\">").arg(RevisionComparisonView::insertStyle()) + escaped(text) +
           QStringLiteral("</span>");
}

QString deleted(const QString &text)
{
    return QStringLiteral("<span style=\"%1\">").arg(RevisionComparisonView::deleteStyle()) + escaped(text) +
           QStringLiteral("</span>");
}

} // namespace

QString RevisionComparisonView::runsHtml(const QList<diff::DiffRun> &runs)
{
    QString html;
    for (const diff::DiffRun &run : runs) {
        switch (run.kind) {
        case diff::DiffRun::Kind::Equal:
            html += escaped(run.text);
            break;
        case diff::DiffRun::Kind::Insert:
            html += inserted(run.text);
            break;
        case diff::DiffRun::Kind::Delete:
            html += deleted(run.text);
            break;
        }
    }
    return html;
}

QList<QList<diff::DiffRun>> RevisionComparisonView::paragraphs(const QList<diff::DiffRun> &runs)
{
    QList<QList<diff::DiffRun>> out(1);
    for (const diff::DiffRun &run : runs) {
        const QStringList pieces = run.text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0) {
                out.append(QList<diff::DiffRun>());
            }
            if (!pieces.at(i).isEmpty()) {
                out.last().append({run.kind, pieces.at(i)});
            }
        }
    }
    out.removeIf([](const QList<diff::DiffRun> &paragraph) { return paragraph.isEmpty(); });
    return out;
}

RevisionComparisonView::RevisionComparisonView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("revisionComparison"));
    setAccessibleName(tr("Comparison of the two revisions"));
    setOpenLinks(false);
}

QString RevisionComparisonView::insertStyle()
{
    return QStringLiteral("color:#0b6b1d; background-color:#dcf3e0; text-decoration:underline;");
}

QString RevisionComparisonView::deleteStyle()
{
    return QStringLiteral("color:#b3261e; background-color:#fbe3e1; text-decoration:line-through;");
}

QString RevisionComparisonView::revisionLine(const Revision &revision, const QString &author) const
{
    return tr("Revision %1, saved by %2 on %3")
        .arg(QString::number(revision.number), author.toHtmlEscaped(),
             text::formatDateTime(revision.createdAt.toLocalTime()));
}

void RevisionComparisonView::showComparison(const diff::ArticleDiff &diff, const Revision &older,
                                            const QString &olderAuthor, const Revision &newer,
                                            const QString &newerAuthor)
{
    QString html =
        QStringLiteral("<h3>") + tr("Revision %1 compared with revision %2").arg(older.number).arg(newer.number) +
        QStringLiteral("</h3><p>") + tr("From: %1").arg(revisionLine(older, olderAuthor)) + QStringLiteral("<br/>") +
        tr("To: %1").arg(revisionLine(newer, newerAuthor)) + QStringLiteral("</p><p>") +
        tr("Marks: %1, %2.").arg(inserted(tr("added words")), deleted(tr("removed words"))) + QStringLiteral("</p>");
    if (diff.isEmpty()) {
        html += QStringLiteral("<p><i>") + tr("The two revisions have the same text and details.").toHtmlEscaped() +
                QStringLiteral("</i></p>");
    }
    if (!diff.fields.isEmpty()) {
        html += QStringLiteral("<h4>") + tr("Changed details").toHtmlEscaped() +
                QStringLiteral("</h4><table cellspacing=\"0\" cellpadding=\"4\">");
        for (const diff::FieldChange &field : diff.fields) {
            QString change;
            if (!field.runs.isEmpty()) {
                change = runsHtml(field.runs);
            } else {
                const QString empty = QStringLiteral("<i>") + tr("(empty)").toHtmlEscaped() + QStringLiteral("</i>");
                change = (field.before.isEmpty() ? empty : deleted(field.before)) + QStringLiteral(" → ") +
                         (field.after.isEmpty() ? empty : inserted(field.after));
            }
            html += QStringLiteral("<tr><td valign=\"top\"><b>") + field.label.toHtmlEscaped() +
                    QStringLiteral("</b></td><td>") + change + QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }
    if (!diff.isEmpty()) {
        html += QStringLiteral("<h4>") + tr("Body").toHtmlEscaped() + QStringLiteral("</h4>");
        if (!diff.bodyChanged) {
            html +=
                QStringLiteral("<p><i>") + tr("The body did not change.").toHtmlEscaped() + QStringLiteral("</i></p>");
        } else {
            for (const QList<diff::DiffRun> &paragraph : paragraphs(diff.body)) {
                html += QStringLiteral("<p>") + runsHtml(paragraph) + QStringLiteral("</p>");
            }
        }
    }
    m_html = html;
    setHtml(html);
}

void RevisionComparisonView::showHint(const QString &text)
{
    m_html = QStringLiteral("<p><i>") + text.toHtmlEscaped() + QStringLiteral("</i></p>");
    setHtml(m_html);
}

} // namespace toasoan::ui
