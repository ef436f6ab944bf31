#pragma once

#include "app/core/Result.h"
#include "app/report/Royalties.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace toasoan::report {

/// A month's statement for programs: amounts in đồng as integers, points as numbers (2.5),
/// times as ISO 8601 in the office's time (+07:00), the total also in words.
QJsonObject royaltiesJson(const MonthRoyalties &month);

/// A month's statement as CSV for a spreadsheet: UTF-8 with a byte-order mark (so that Excel
/// reads the Vietnamese right), comma-separated, quoted as RFC 4180 says, one row per article;
/// amounts are whole đồng without grouping, points use a dot ("2.5"). The header is translated.
QByteArray royaltiesCsv(const MonthRoyalties &month);

/// The statement's texts shared by every output (CSV, workbook, PDF, window), translated.
class RoyaltyTexts final
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::report::RoyaltyTexts)

public:
    static QString title(const QDate &month);      ///< "ROYALTY STATEMENT, MONTH 11/2026"
    static QString monthLabel(const QDate &month); ///< "11/2026"
    static QString author() { return tr("Author"); }
    static QString login() { return tr("Login"); }
    static QString article() { return tr("Article"); }
    static QString articleTitle() { return tr("Title"); }
    static QString publishedOn() { return tr("Published"); }
    static QString kind() { return tr("Kind"); }
    static QString points() { return tr("Points"); }
    static QString amount() { return tr("Amount (VND)"); }
    static QString articles() { return tr("Articles"); }
    static QString total() { return tr("Total"); }
    static QString officeTotal() { return tr("Office total"); }
    static QString unscored() { return tr("not scored"); }
    static QString deactivated() { return tr("deactivated"); }
    static QString inWords() { return tr("In words"); }
    static QString pointValue(qint64 value);            ///< "Value of one point: 100.000 đ"
    static QString status(const MonthRoyalties &month); ///< "Closed on … by …" or "Open: figures may still change"
    static QString summary() { return tr("Summary"); }
    static QString rule(); ///< what the month holds and how amounts are rounded, one sentence each
    /// Local date and time of a publication, "30/11/2026 23:59".
    static QString when(const QDateTime &utc);
};

} // namespace toasoan::report
