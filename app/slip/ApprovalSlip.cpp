#include "app/slip/ApprovalSlip.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <algorithm>
#include <limits>

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

// One block of the body as printed: sub-headings in bold, list items with their bullet or
// number and a hanging indent (written out as text, so they print and copy the same everywhere).
QString paragraph(const html::TextBlock &block)
{
    if (block.heading) {
        return QStringLiteral("<p style=\"margin-top:8px\"><b>") + esc(block.text) + QStringLiteral("</b></p>");
    }
    if (block.listItem) {
        const QString marker =
            block.number > 0 ? QString::number(block.number) + QStringLiteral(".") : QStringLiteral("•");
        return QStringLiteral("<p align=\"justify\" style=\"margin-left:%1px; text-indent:-14px\">")
                   .arg(30 + 24 * std::max(0, block.listLevel - 1)) +
               esc(marker) + QStringLiteral("&nbsp;") + esc(block.text) + QStringLiteral("</p>");
    }
    return QStringLiteral("<p align=\"justify\">") + esc(block.text) + QStringLiteral("</p>");
}

QString fullText(const SlipData &data)
{
    const Article &a = data.article;
    QString html = QStringLiteral("<h3>") + esc(Tr::tr("Full text")) + QStringLiteral("</h3>");
    html += QStringLiteral("<p align=\"center\"><b>") + esc(a.title) + QStringLiteral("</b></p>");
    if (!a.sapo.isEmpty()) {
        html += QStringLiteral("<p align=\"justify\"><b>") + esc(a.sapo) + QStringLiteral("</b></p>");
    }
    for (const html::TextBlock &block : data.paragraphs) {
        html += paragraph(block);
    }
    if (!a.byline.isEmpty()) {
        html += QStringLiteral("<p align=\"right\"><b>") + esc(a.byline) + QStringLiteral("</b></p>");
    }
    return html;
}

QString trailHeader()
{
    return QStringLiteral("<tr><th width=\"22%\">") + esc(Tr::tr("Time")) + QStringLiteral("</th><th width=\"22%\">") +
           esc(Tr::tr("Person")) + QStringLiteral("</th><th width=\"24%\">") + esc(Tr::tr("Step")) +
           QStringLiteral("</th><th>") + esc(Tr::tr("Comment")) + QStringLiteral("</th></tr>");
}

// The trail table; before each step in `breaksBefore` the table ends and starts again, with its
// header, on a new page, so that no step is split between two pages.
QString trail(const SlipData &data, const QMap<int, bool> &breaksBefore)
{
    const QString open = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                        "style=\"font-size:9pt%1\">");
    // When even the first step does not fit, the heading goes to the next page with the table.
    QString html = (breaksBefore.contains(0) ? QStringLiteral("<h3 style=\"page-break-before:always\">")
                                             : QStringLiteral("<h3>")) +
                   esc(Tr::tr("Workflow trail")) + QStringLiteral("</h3>");
    html += open.arg(QString()) + trailHeader();
    for (qsizetype i = 0; i < data.trail.size(); ++i) {
        if (i > 0 && breaksBefore.contains(int(i))) {
            // The new table starts on the next page: by a page break, unless the paragraph
            // between the tables already stands there (a break would then skip a page).
            // The break stands on a tiny paragraph, not on the table: a table that breaks before
            // itself draws its frame down the rest of the page it leaves, around the page footer.
            html += QStringLiteral("</table>") +
                    (breaksBefore.value(int(i))
                         ? QStringLiteral("<p style=\"page-break-before:always; font-size:1pt; margin:0\">&nbsp;</p>")
                         : QString()) +
                    open.arg(QString()) + trailHeader();
        }
        const SlipStep &step = data.trail.at(i);
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

} // namespace

void keepLastFrameOnOnePage(QTextDocument &document)
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

namespace {

// The rows of the trail tables (their header rows left out), in order: one per step.
QList<std::pair<QTextTable *, int>> trailRows(QTextDocument &document)
{
    QList<std::pair<QTextTable *, int>> rows;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->rows() == 0 ||
            document.findBlock(table->cellAt(0, 0).firstPosition()).text() != Tr::tr("Time")) {
            continue;
        }
        for (int row = 1; row < table->rows(); ++row) {
            rows.append({table, row});
        }
    }
    return rows;
}

// The top and bottom of a table row, in document coordinates.
std::pair<qreal, qreal> rowExtent(QTextDocument &document, QTextTable *table, int row)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        top = std::min(top, layout->blockBoundingRect(document.findBlock(cell.firstPosition())).top());
        bottom = std::max(bottom, layout->blockBoundingRect(document.findBlock(cell.lastPosition())).bottom());
    }
    return {top, bottom};
}

// The first step after `after` that does not end on the page of its table's header row: one that
// starts a new page (without a header there) or is split between two pages; -1 when none. A row
// taller than half a page is left where it is: it could not fit anywhere.
int firstStepNeedingBreak(QTextDocument &document, int after)
{
    const qreal page = document.pageSize().height();
    if (page <= 0) {
        return -1;
    }
    const QList<std::pair<QTextTable *, int>> rows = trailRows(document);
    for (int step = after + 1; step < rows.size(); ++step) {
        QTextTable *table = rows.at(step).first;
        const qreal header = rowExtent(document, table, 0).first;
        const auto [top, bottom] = rowExtent(document, table, rows.at(step).second);
        if (int(header / page) != int((bottom - 1) / page) && bottom - top < page / 2) {
            return step;
        }
    }
    return -1;
}

} // namespace

void printPages(QTextDocument &document, QPagedPaintDevice &device, const QString &family)
{
    QPainter painter(&device);
    const QSizeF page = document.pageSize();
    const qreal dpi = device.logicalDpiY();
    const int pages = document.pageCount();
    QFont footer(family, 9);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            device.newPage();
        }
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footer);
        const qreal gap = dpi / 10.0; // 2.5 mm below the text
        painter.drawText(QRectF(0, page.height() + gap, page.width(), dpi / 2.0), Qt::AlignHCenter | Qt::AlignTop,
                         Tr::tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
}

namespace {

QString slipHtml(const SlipData &data, const QMap<int, bool> &breaksBefore)
{
    QString html = QStringLiteral("<html><body>");
    html += header(data);
    html += QStringLiteral("<h2 align=\"center\">") + esc(Tr::tr("ARTICLE APPROVAL SLIP")) + QStringLiteral("</h2>");
    html += metadata(data);
    html += fullText(data);
    html += trail(data, breaksBefore);
    html += signatures(data);
    return html + QStringLiteral("</body></html>");
}

} // namespace

QString slipHtml(const SlipData &data)
{
    return slipHtml(data, {});
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

Result<QString> slipFont()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return makeError(ErrorCode::Invalid, Tr::tr("The approval slip can only be printed by the application."),
                         QStringLiteral("the approval slip needs a QGuiApplication"));
    }
    const QString family = slipFontFamily();
    if (family.isEmpty()) {
        return makeError(ErrorCode::Io, Tr::tr("The font for the approval slip could not be loaded."),
                         QStringLiteral(":/fonts/DejaVuSans.ttf"));
    }
    return family;
}

namespace {

void paintSlip(const SlipData &data, QPagedPaintDevice &device, const QString &family)
{
    QTextDocument document;
    // Laid out on the device itself, page by page, so we can see where the pages break.
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(device.pageLayout().paintRectPixels(device.logicalDpiY()).size());
    document.setDefaultFont(QFont(family, 11));
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setMargin(0);
    // Steps are laid out whole: each step that would be split starts a new page, one by one
    // (each page break moves the steps after it).
    QMap<int, bool> breaks;
    for (int split = -1;;) {
        document.setHtml(slipHtml(data, breaks));
        document.rootFrame()->setFrameFormat(root);
        split = firstStepNeedingBreak(document, split);
        if (split < 0) {
            break;
        }
        breaks.insert(split, true);
        if (split > 0) {
            const qreal page = document.pageSize().height();
            QList<std::pair<QTextTable *, int>> rows = trailRows(document);
            const qreal previous = rowExtent(document, rows.at(split - 1).first, rows.at(split - 1).second).second;
            const int next = int((previous - 1) / page) + 1;
            document.setHtml(slipHtml(data, breaks));
            document.rootFrame()->setFrameFormat(root);
            rows = trailRows(document);
            if (int(document.documentLayout()->frameBoundingRect(rows.at(split).first).top() / page) > next) {
                breaks.insert(split, false);
            }
        }
    }
    keepLastFrameOnOnePage(document);
    printPages(document, device, family);
}

} // namespace

QPageLayout slipPageLayout()
{
    // A4 with the margins of administrative documents: left 30 mm, the others 20 mm.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(30, 20, 20, 20),
                       QPageLayout::Millimeter);
}

Result<void> paintApprovalSlip(const SlipData &data, QPagedPaintDevice &device)
{
    TOASOAN_TRY(family, slipFont());
    paintSlip(data, device, *family);
    return {};
}

Result<void> writePdf(const QString &pdfPath, const QString &title,
                      const std::function<void(QPagedPaintDevice &device, const QString &family)> &paint)
{
    TOASOAN_TRY(family, slipFont());
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io, Tr::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(pdfPath)),
                         file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("ToaSoan"));
        writer.setTitle(title);
        writer.setResolution(300);
        writer.setPageLayout(slipPageLayout());
        paint(writer, *family);
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Io, Tr::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(pdfPath)),
                         file.errorString());
    }
    return {};
}

Result<void> writeApprovalSlip(const SlipData &data, const QString &pdfPath)
{
    return writePdf(pdfPath, Tr::tr("Approval slip: %1").arg(data.article.title),
                    [&](QPagedPaintDevice &device, const QString &family) { paintSlip(data, device, family); });
}

} // namespace toasoan::slip
