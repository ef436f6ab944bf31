#pragma once

#include <QCollator>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace toasoan::text {

/// QLocale(Vietnamese, Vietnam): dates 09/11/2022, numbers 1.234.567,89.
QLocale vietnameseLocale();

/// The vi_VN collator, one per thread (QCollator must not be shared across threads): a < ă < â, d < đ,
/// e < ê, o < ô < ơ, u < ư, tones a secondary difference, numbers by value ("Kỳ 2" < "Kỳ 10").
QCollator &vietnameseCollator();

/// Sorts `list` in place with vietnameseCollator().
void sortVietnamese(QStringList &list);

/// The date-time layouts Vietnamese news sites use.
enum class DateTimeStyle
{
    Numeric, ///< "09/11/2022 15:32"
    Weekday, ///< "Thứ Tư, 09/11/2022 | 15:32"
};

/// Formats `dateTime` in its own time spec (pass local time for readers). Explicit formats, because
/// QLocale's long format appends "UTC".
QString formatDateTime(const QDateTime &dateTime, DateTimeStyle style = DateTimeStyle::Numeric);

/// "Thứ Hai" … "Chủ Nhật" for Qt's day of week 1..7; empty for anything else.
QString vietnameseDayName(int dayOfWeek);

/// The dateline of administrative documents: "Hà Nội, ngày 09 tháng 11 năm 2022". Following
/// Nghị định 30/2020/NĐ-CP, days below 10 and the months 1 and 2 take a leading zero. `place` is
/// normalized and trimmed; without a place the line starts at "ngày".
QString administrativeDate(const QDate &date, const QString &place);

} // namespace toasoan::text
