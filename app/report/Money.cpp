#include "app/report/Money.h"

#include <QRegularExpression>
#include <QStringList>

namespace toasoan::report {

namespace {

const char *const kDigits[] = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

QString digit(int d)
{
    return QString::fromUtf8(kDigits[d]);
}

// One group of three digits (0 < group < 1000). `full`: a group after the first is read with its
// hundreds and its "linh" even when they are zero ("không trăm linh năm").
QStringList groupWords(int group, bool full)
{
    QStringList words;
    const int hundreds = group / 100;
    const int tens = group / 10 % 10;
    const int units = group % 10;
    if (hundreds > 0 || full) {
        words << digit(hundreds) << QStringLiteral("trăm");
    }
    if (tens == 0) {
        if (units > 0 && (hundreds > 0 || full)) {
            words << QStringLiteral("linh");
        }
    } else if (tens == 1) {
        words << QStringLiteral("mười");
    } else {
        words << digit(tens) << QStringLiteral("mươi");
    }
    if (units == 0) {
        return words;
    }
    if (units == 1 && tens >= 2) {
        words << QStringLiteral("mốt");
    } else if (units == 4 && tens >= 2) {
        words << QStringLiteral("tư");
    } else if (units == 5 && tens >= 1) {
        words << QStringLiteral("lăm");
    } else {
        words << digit(units);
    }
    return words;
}

// 0 < n: the words of n; `full` when something bigger was said before it.
QStringList numberWords(quint64 n, bool full)
{
    static const quint64 kBillion = 1000000000ULL;
    QStringList words;
    if (n >= kBillion) {
        words << numberWords(n / kBillion, full) << QStringLiteral("tỷ");
        n %= kBillion;
        full = true;
    }
    const char *const scale[] = {"triệu", "nghìn", ""};
    const quint64 divisors[] = {1000000ULL, 1000ULL, 1ULL};
    for (int i = 0; i < 3; ++i) {
        const int group = int(n / divisors[i] % 1000);
        if (group == 0) {
            continue;
        }
        words << groupWords(group, full);
        if (*scale[i]) {
            words << QString::fromUtf8(scale[i]);
        }
        full = true;
    }
    return words;
}

} // namespace

QString vndInWords(qint64 amount)
{
    QStringList words;
    if (amount < 0) {
        words << QStringLiteral("âm");
    }
    // The magnitude as unsigned: -INT64_MIN does not fit a qint64.
    const quint64 magnitude = amount < 0 ? quint64(-(amount + 1)) + 1 : quint64(amount);
    if (magnitude == 0) {
        words << QStringLiteral("không");
    } else {
        words << numberWords(magnitude, false);
    }
    words << QStringLiteral("đồng");
    QString text = words.join(QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QString formatVnd(qint64 amount)
{
    QString digits = QString::number(amount < 0 ? -amount : amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, QLatin1Char('.'));
    }
    return amount < 0 ? QLatin1Char('-') + digits : digits;
}

QString formatPoints(int tenths)
{
    const QString whole = QString::number(tenths / 10);
    return tenths % 10 == 0 ? whole : whole + QLatin1Char(',') + QString::number(tenths % 10);
}

std::optional<int> parsePoints(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})(?:[.,](\\d))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1).toInt() * 10 + (match.captured(2).isEmpty() ? 0 : match.captured(2).toInt());
}

qint64 amountFor(int tenths, qint64 pointValue)
{
    return (qint64(tenths) * pointValue + 5) / 10;
}

} // namespace toasoan::report
