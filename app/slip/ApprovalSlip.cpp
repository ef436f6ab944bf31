#include "app/slip/ApprovalSlip.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>

namespace toasoan::slip {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ApprovalSlip)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"28%\"><b>") + esc(label) + QStringLiteral("</b></td><td>") + esc(value) +
           QStringLiteral("</td></tr>");
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString header(const SlipData &data)
{
    const QString office = data.officeName.isEmpty() ? Tr::tr("NEWSROOM") : data.officeName.toUpper();
    // The national heading is long in Vietnamese: a smaller size keeps it on one line.
    return QStringLiteral("<table width=\"100%\" cellpadding=\"2\" style=\"font-size:10pt\"><tr>"
                          "<td width=\"38%\" align=\"center\"><b>") +
           esc(office) + QStringLiteral("</b></td><td width=\"62%\" align=\"center\"><b>") +
           esc(Tr::tr("SOCIALIST REPUBLIC OF VIET NAM")) + QStringLiteral("</b><br><b><u>") +
           esc(Tr::tr("Independence - Freedom - Happiness")) +
           QStringLiteral("</u></b></td></tr><tr><td></td><td align=\"center\"><i>") +
           esc(slipDateLine(data.place, data.date, data.locale)) + QStringLiteral("</i></td></tr></table>");
}

QString metadata(const SlipData &data)
{
    const Article &a = data.article;
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    html += row(Tr::tr("Title"), a.title);
    html += row(Tr::tr("Category"), data.categoryName);
    html += row(Tr::tr("Author"), data.authorName);
    html += row(Tr::tr("Byline"), a.byline);
    html += row(Tr::tr("Source"), a.source);
    html += row(Tr::tr("Tags"), a.tags.join(QStringLiteral(", ")));
    html += row(Tr::tr("Scheduled for"), timeText(a.scheduledAt));
    html += row(Tr::tr("State"), workflowStateLabel(a.state));
    html += row(Tr::tr("Version"), QString::number(a.version));
    return html + QStringLiteral("</table>");
}

QString fullText(const SlipData &data)
{
    const Article &a = data.article;
    QString html = QStringLiteral("<h3>") + esc(Tr::tr("Full text")) + QStringLiteral("</h3>");
    html += QStringLiteral("<p align=\"center\"><b>") + esc(a.title) + QStringLiteral("</b></p>");
    if (!a.sapo.isEmpty()) {
        html += QStringLiteral("<p align=\"justify\"><b>") + esc(a.sapo) + QStringLiteral("</b></p>");
    }
    for (const QString &paragraph : data.paragraphs) {
        html += QStringLiteral("<p align=\"justify\">") + esc(paragraph) + QStringLiteral("</p>");
    }
    if (!a.byline.isEmpty()) {
        html += QStringLiteral("<p align=\"right\"><b>") + esc(a.byline) + QStringLiteral("</b></p>");
    }
    return html;
}

QString trail(const SlipData &data)
{
    QString html = QStringLiteral("<h3>") + esc(Tr::tr("Workflow trail")) + QStringLiteral("</h3>");
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"font-size:9pt\"><tr><th width=\"22%\">") +
            esc(Tr::tr("Time")) + QStringLiteral("</th><th width=\"22%\">") + esc(Tr::tr("Person")) +
            QStringLiteral("</th><th width=\"24%\">") + esc(Tr::tr("Step")) + QStringLiteral("</th><th>") +
            esc(Tr::tr("Comment")) + QStringLiteral("</th></tr>");
    for (const SlipStep &step : data.trail) {
        html += QStringLiteral("<tr><td>") + esc(timeText(step.at)) + QStringLiteral("</td><td>") + esc(step.who) +
                QStringLiteral("</td><td>") + esc(step.what) + QStringLiteral("</td><td>") + esc(step.comment) +
                QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString signatures(const SlipData &data)
{
    const QList<std::pair<QString, QString>> blocks = {
        {Tr::tr("REPORTER"), data.authorName},
        {Tr::tr("EDITOR"), data.editorName},
        {Tr::tr("APPROVED BY"), data.approverName},
    };
    QString html = QStringLiteral("<br><table width=\"100%\" cellpadding=\"4\"><tr>");
    for (const auto &[role, name] : blocks) {
        // Five empty lines leave room for a handwritten signature (and a seal for the approver).
        html += QStringLiteral("<td width=\"33%\" align=\"center\"><b>") + esc(role) + QStringLiteral("</b><br><i>") +
                esc(Tr::tr("(Signature and full name)")) + QStringLiteral("</i><br><br><br><br><br><br><b>") +
                esc(name) + QStringLiteral("</b></td>");
    }
    return html + QStringLiteral("</tr></table>");
}

// The signature blocks are signed by hand: they must not start on one page and end on the next.
void keepSignaturesTogether(QTextDocument &document)
{
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    if (frames.isEmpty()) {
        return;
    }
    QTextFrame *signatures = frames.constLast();
    const QRectF box = document.documentLayout()->frameBoundingRect(signatures);
    const qreal page = document.pageSize().height();
    if (page > 0 && int(box.top() / page) != int((box.bottom() - 1) / page)) {
        QTextFrameFormat format = signatures->frameFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        signatures->setFrameFormat(format);
    }
}

// Like QTextDocument::print(), plus "Page 1 of 2" under each page: the pages of a signed slip
// must not be swapped unnoticed.
void printPages(QTextDocument &document, QPdfWriter &writer, const QString &family)
{
    QPainter painter(&writer);
    const QSizeF page = document.pageSize();
    const int pages = document.pageCount();
    QFont footer(family, 9);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            writer.newPage();
        }
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footer);
        const qreal gap = writer.resolution() / 10.0; // 2.5 mm below the text
        painter.drawText(QRectF(0, page.height() + gap, page.width(), writer.resolution() / 2.0),
                         Qt::AlignHCenter | Qt::AlignTop, Tr::tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
}

} // namespace

QString slipHtml(const SlipData &data)
{
    QString html = QStringLiteral("<html><body>");
    html += header(data);
    html += QStringLiteral("<h2 align=\"center\">") + esc(Tr::tr("ARTICLE APPROVAL SLIP")) + QStringLiteral("</h2>");
    html += metadata(data);
    html += fullText(data);
    html += trail(data);
    html += signatures(data);
    return html + QStringLiteral("</body></html>");
}

QString slipFontFamily()
{
    static QString family;
    if (!family.isEmpty() || !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return family;
    }
    for (const char *file : {":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf"}) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (id >= 0 && !families.isEmpty() && family.isEmpty()) {
            family = families.constFirst();
        }
    }
    return family;
}

Result<void> writeApprovalSlip(const SlipData &data, const QString &pdfPath)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return makeError(ErrorCode::Invalid, Tr::tr("The approval slip can only be printed by the application."),
                         QStringLiteral("writeApprovalSlip needs a QGuiApplication"));
    }
    const QString family = slipFontFamily();
    if (family.isEmpty()) {
        return makeError(ErrorCode::Io, Tr::tr("The font for the approval slip could not be loaded."),
                         QStringLiteral(":/fonts/DejaVuSans.ttf"));
    }
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io, Tr::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(pdfPath)),
                         file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("ToaSoan"));
        writer.setTitle(Tr::tr("Approval slip: %1").arg(data.article.title));
        writer.setResolution(300);
        // A4 with the margins of administrative documents: left 30 mm, the others 20 mm.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(30, 20, 20, 20),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        // Laid out on the writer itself, page by page, so we can see where the pages break.
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.setDefaultFont(QFont(family, 11));
        document.setHtml(slipHtml(data));
        QTextFrameFormat root = document.rootFrame()->frameFormat();
        root.setMargin(0);
        document.rootFrame()->setFrameFormat(root);
        keepSignaturesTogether(document);
        printPages(document, writer, family);
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Io, Tr::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(pdfPath)),
                         file.errorString());
    }
    return {};
}

} // namespace toasoan::slip
