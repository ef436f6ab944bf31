#pragma once

#include <QString>
#include <optional>

namespace toasoan::report {

/// An amount of money written in Vietnamese words as on an accounting document, first letter
/// capitalised: 1200000 → "Một triệu hai trăm nghìn đồng", 0 → "Không đồng". The reading rules:
/// "linh" for a zero ten before a unit (105 → "một trăm linh năm"); "mười" for ten; "mốt" for a
/// one after "mươi" (21 → "hai mươi mốt", but 11 → "mười một"); "tư" for a four after "mươi"
/// (24 → "hai mươi tư", but 14 → "mười bốn"); "lăm" for a five after "mười"/"mươi" (15 → "mười
/// lăm", 25 → "hai mươi lăm", but 105 → "một trăm linh năm"); a group after the first that has
/// no hundreds says "không trăm" (1005000 → "một triệu không trăm linh năm nghìn"); groups of
/// zeros are skipped; "tỷ" repeats above a thousand million (10^12 → "một nghìn tỷ").
/// A negative amount starts with "Âm".
QString vndInWords(qint64 amount);

/// "1.200.000" (Vietnamese digit grouping, no unit).
QString formatVnd(qint64 amount);

/// Points are kept in tenths: 25 → "2,5", 30 → "3".
QString formatPoints(int tenths);
/// "2,5", "2.5" or "3" → tenths (25, 25, 30); nullopt when not a number ≥ 0 with at most one decimal.
std::optional<int> parsePoints(const QString &text);

/// The amount of `tenths` points worth `pointValue` đồng each, in whole đồng: tenths × value / 10,
/// rounded half up (a half đồng becomes a whole one). Integers only: no floating-point money.
qint64 amountFor(int tenths, qint64 pointValue);

} // namespace toasoan::report
