#pragma once

#include "app/core/Result.h"
#include "app/html/PlainText.h"
#include "app/model/Article.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace toasoan {
class Database;
}

namespace toasoan::slip {

/// One step of the workflow trail printed on the slip.
struct SlipStep
{
    QDateTime at;
    QString who;     ///< display name; "System" (translated) for the publishing outbox
    QString what;    ///< "Created", or "Draft → Awaiting editing" (translated)
    QString comment; ///< the reason or note given with the step
};

/// Everything the approval slip shows, gathered from the workspace (no QtGui needed).
struct SlipData
{
    QString officeName;
    QString place; ///< the place of the date line, e.g. "Hà Nội"
    QDate date;    ///< the date of the slip (printing day by default)
    QLocale locale;
    Article article;
    QString categoryName;
    QString authorName;
    QList<html::TextBlock> paragraphs; ///< the body as text blocks: paragraphs, sub-headings, list items
    QList<SlipStep> trail;             ///< oldest first
    QString editorName;                ///< who last forwarded it for approval (empty in one-step review)
    QString approverName;              ///< who last approved it (empty when not approved yet)
};

/// Reads the article, its trail, the people and the office settings. `date` defaults to today;
/// `locale` decides the date line (Vietnamese: the administrative form).
Result<SlipData> collectSlipData(Database &db, qint64 articleId, const QDate &date = QDate::currentDate(),
                                 const QLocale &locale = QLocale());

/// "Hà Nội, ngày 09 tháng 11 năm 2022" for Vietnamese (Nghị định 30/2020/NĐ-CP: days below 10
/// and months below 3 take a leading zero); "Hà Nội, 9 November 2022" otherwise. Without a
/// place the line starts with the date.
QString slipDateLine(const QString &place, const QDate &date, const QLocale &locale);

} // namespace toasoan::slip
