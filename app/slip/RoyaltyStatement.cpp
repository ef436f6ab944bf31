#include "app/slip/RoyaltyStatement.h"

#include "app/report/Money.h"
#include "app/report/RoyaltyExport.h"
#include "app/slip/ApprovalSlip.h"
#include "app/slip/SlipData.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QPagedPaintDevice>
#include <QTextDocument>
#include <QTextFrame>

namespace toasoan::slip {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::RoyaltyStatement)
};

using report::RoyaltyTexts;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text, const char *align = "left", bool bold = false)
{
    const QString content = bold ? QStringLiteral("<b>") + esc(text) + QStringLiteral("</b>") : esc(text);
    return QStringLiteral("<td align=\"") + QLatin1String(align) + QStringLiteral("\">") + content +
           QStringLiteral("</td>");
}

QString headerRow(const QStringList &names)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &name : names) {
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\">") + esc(name) + QStringLiteral("</th>");
    }
    return html + QStringLiteral("</tr>");
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse:collapse; font-size:9pt\">");
}

QString heading(const report::MonthRoyalties &month, const StatementHeading &h)
{
    const QString office = h.officeName.isEmpty() ? Tr::tr("NEWSROOM") : h.officeName.toUpper();
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"2\" style=\"font-size:10pt\"><tr>"
                                  "<td width=\"38%\" align=\"center\"><b>") +
                   esc(office) + QStringLiteral("</b></td><td width=\"62%\" align=\"center\"><b>") +
                   esc(Tr::tr("SOCIALIST REPUBLIC OF VIET NAM")) + QStringLiteral("</b><br><b><u>") +
                   esc(Tr::tr("Independence - Freedom - Happiness")) +
                   QStringLiteral("</u></b></td></tr><tr><td></td><td align=\"center\"><i>") +
                   esc(slipDateLine(h.place, h.date, h.locale)) + QStringLiteral("</i></td></tr></table>");
    html += QStringLiteral("<h2 align=\"center\">") + esc(RoyaltyTexts::title(month.month)) + QStringLiteral("</h2>");
    html += QStringLiteral("<p align=\"center\">") + esc(RoyaltyTexts::pointValue(month.pointValue)) +
            QStringLiteral("<br><i>") + esc(RoyaltyTexts::status(month)) + QStringLiteral("</i></p>");
    return html;
}

QString authorSection(int number, const report::AuthorRoyalties &author)
{
    QString html = QStringLiteral("<h4>") + QString::number(number) + QStringLiteral(". ") + esc(author.name) +
                   QStringLiteral(" (") + esc(author.login) +
                   (author.active ? QString() : QStringLiteral(", ") + esc(RoyaltyTexts::deactivated())) +
                   QStringLiteral(")</h4>");
    html +=
        tableStart() + headerRow({RoyaltyTexts::article(), RoyaltyTexts::articleTitle(), RoyaltyTexts::publishedOn(),
                                  RoyaltyTexts::kind(), RoyaltyTexts::points(), RoyaltyTexts::amount()});
    for (const report::RoyaltyLine &line : author.lines) {
        html += QStringLiteral("<tr>") + cell(QString::number(line.articleId), "right") + cell(line.title) +
                cell(RoyaltyTexts::when(line.publishedAt)) +
                cell(line.scored ? line.kindName : RoyaltyTexts::unscored()) +
                cell(report::formatPoints(line.points), "right") + cell(report::formatVnd(line.amount), "right") +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr>") + cell(QString()) + cell(RoyaltyTexts::total(), "left", true) + cell(QString()) +
            cell(QString()) + cell(report::formatPoints(author.points), "right", true) +
            cell(report::formatVnd(author.amount), "right", true) + QStringLiteral("</tr></table>");
    html += QStringLiteral("<p><i>") + esc(RoyaltyTexts::inWords()) + QStringLiteral(": ") +
            esc(report::vndInWords(author.amount)) + QStringLiteral(".</i></p>");
    return html;
}

QString summary(const report::MonthRoyalties &month)
{
    QString html = QStringLiteral("<h3>") + esc(RoyaltyTexts::summary()) + QStringLiteral("</h3>");
    html += tableStart() + headerRow({QStringLiteral("#"), RoyaltyTexts::author(), RoyaltyTexts::articles(),
                                      RoyaltyTexts::points(), RoyaltyTexts::amount()});
    int number = 1;
    for (const report::AuthorRoyalties &author : month.authors) {
        html += QStringLiteral("<tr>") + cell(QString::number(number++), "right") + cell(author.name) +
                cell(QString::number(author.lines.size()), "right") +
                cell(report::formatPoints(author.points), "right") + cell(report::formatVnd(author.amount), "right") +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr>") + cell(QString()) + cell(RoyaltyTexts::officeTotal(), "left", true) +
            cell(QString::number(month.articles), "right", true) +
            cell(report::formatPoints(month.points), "right", true) +
            cell(report::formatVnd(month.total), "right", true) + QStringLiteral("</tr></table>");
    html += QStringLiteral("<p><b>") + esc(Tr::tr("Total amount in words: %1.").arg(report::vndInWords(month.total))) +
            QStringLiteral("</b></p>");
    html += QStringLiteral("<p style=\"font-size:8pt\"><i>") + esc(RoyaltyTexts::rule()) + QStringLiteral("</i></p>");
    return html;
}

QString signatures()
{
    const QStringList roles = {Tr::tr("PREPARED BY"), Tr::tr("CHIEF ACCOUNTANT"), Tr::tr("HEAD OF THE OFFICE")};
    QString html = QStringLiteral("<br><table width=\"100%\" cellpadding=\"4\"><tr>");
    for (const QString &role : roles) {
        // Five empty lines leave room for a handwritten signature (and the office's seal).
        html += QStringLiteral("<td width=\"33%\" align=\"center\"><b>") + esc(role) + QStringLiteral("</b><br><i>") +
                esc(Tr::tr("(Signature and full name)")) + QStringLiteral("</i><br><br><br><br><br><br></td>");
    }
    return html + QStringLiteral("</tr></table>");
}

} // namespace

QString royaltyStatementHtml(const report::MonthRoyalties &month, const StatementHeading &h)
{
    QString html = QStringLiteral("<html><body>") + heading(month, h);
    if (month.authors.isEmpty()) {
        html += QStringLiteral("<p>") +
                esc(Tr::tr("Nothing was published in %1.").arg(RoyaltyTexts::monthLabel(month.month))) +
                QStringLiteral("</p>");
    }
    int number = 1;
    for (const report::AuthorRoyalties &author : month.authors) {
        html += authorSection(number++, author);
    }
    html += summary(month) + signatures();
    return html + QStringLiteral("</body></html>");
}

Result<void> writeRoyaltyStatement(const report::MonthRoyalties &month, const StatementHeading &h,
                                   const QString &pdfPath)
{
    return writePdf(pdfPath, RoyaltyTexts::title(month.month), [&](QPagedPaintDevice &device, const QString &family) {
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&device);
        document.setPageSize(device.pageLayout().paintRectPixels(device.logicalDpiY()).size());
        document.setDefaultFont(QFont(family, 10));
        document.setHtml(royaltyStatementHtml(month, h));
        QTextFrameFormat root = document.rootFrame()->frameFormat();
        root.setMargin(0);
        document.rootFrame()->setFrameFormat(root);
        keepLastFrameOnOnePage(document);
        printPages(document, device, family);
    });
}

} // namespace toasoan::slip
