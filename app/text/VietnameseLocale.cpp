#include "app/text/VietnameseLocale.h"

#include "app/text/Normalize.h"

#include <array>

namespace toasoan::text {

// These strings are Vietnamese by definition (a Vietnamese date format), not UI text, so they are not
// translated.

namespace {

// Fallback and reference: what vi_VN weekday names look like in the press, every word capitalised.
const std::array<const char *, 7> kDayNames = {"Thứ Hai", "Thứ Ba",  "Thứ Tư",  "Thứ Năm",
                                               "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"};

QString capitaliseWords(const QString &text)
{
    QString out = text;
    bool atWordStart = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i).isSpace()) {
            atWordStart = true;
        } else if (atWordStart) {
            out[i] = out.at(i).toUpper();
            atWordStart = false;
        }
    }
    return out;
}

} // namespace

QLocale vietnameseLocale()
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

QCollator &vietnameseCollator()
{
    thread_local QCollator collator = [] {
        QCollator c(vietnameseLocale());
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return collator;
}

void sortVietnamese(QStringList &list)
{
    QCollator &collator = vietnameseCollator();
    std::stable_sort(list.begin(), list.end(),
                     [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
}

QString vietnameseDayName(int dayOfWeek)
{
    if (dayOfWeek < 1 || dayOfWeek > 7) {
        return {};
    }
    // Qt 6.4's CLDR data gives "Thứ Hai"; other CLDR versions lower-case the second word.
    const QString fromLocale = normalize(vietnameseLocale().dayName(dayOfWeek, QLocale::LongFormat));
    const QString fixed = capitaliseWords(fromLocale);
    const QString reference = QString::fromUtf8(kDayNames[std::size_t(dayOfWeek - 1)]);
    return fixed.compare(reference, Qt::CaseInsensitive) == 0 ? fixed : reference;
}

QString formatDateTime(const QDateTime &dateTime, DateTimeStyle style)
{
    if (!dateTime.isValid()) {
        return {};
    }
    const QLocale locale = vietnameseLocale();
    switch (style) {
    case DateTimeStyle::Weekday:
        return vietnameseDayName(dateTime.date().dayOfWeek()) + QLatin1String(", ") +
               locale.toString(dateTime, QStringLiteral("dd/MM/yyyy | HH:mm"));
    case DateTimeStyle::Numeric:
        break;
    }
    return locale.toString(dateTime, QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString administrativeDate(const QDate &date, const QString &place)
{
    if (!date.isValid()) {
        return {};
    }
    const QString day = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    const QString month = date.month() <= 2 ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                                            : QString::number(date.month());
    const QString line = QString::fromUtf8("ngày %1 tháng %2 năm %3").arg(day, month, QString::number(date.year()));
    const QString where = normalize(place).trimmed();
    return where.isEmpty() ? line : where + QLatin1String(", ") + line;
}

} // namespace toasoan::text
