#pragma once

#include "app/core/Result.h"
#include "app/report/Royalties.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace toasoan::slip {

/// What the printed royalty statement shows besides the month's figures.
struct StatementHeading
{
    QString officeName;
    QString place;
    QDate date = QDate::currentDate();
    QLocale locale;
};

/// The month's royalty statement as HTML for QTextDocument: office and national headers, the date
/// line, the title, per author a table of articles with their total in figures and words, the
/// summary by author, the office total in words, how the month and amounts are defined, and the
/// signature blocks of the preparer (người lập biểu), the chief accountant (kế toán trưởng) and
/// the leader (thủ trưởng đơn vị).
QString royaltyStatementHtml(const report::MonthRoyalties &month, const StatementHeading &heading);

/// Writes the statement as an A4 PDF (DejaVu Sans embedded), atomically. Needs a QGuiApplication.
Result<void> writeRoyaltyStatement(const report::MonthRoyalties &month, const StatementHeading &heading,
                                   const QString &pdfPath);

} // namespace toasoan::slip
