#include "app/html/CssStyle.h"

namespace toasoan::html {

QList<QPair<QString, QString>> parseStyle(const QString &style)
{
    QList<QPair<QString, QString>> declarations;
    if (style.isEmpty()) {
        return declarations;
    }
    // Values may hold quoted font names with ';' inside ("font-family:'A;B'"): split outside quotes.
    QChar quote;
    qsizetype start = 0;
    const auto take = [&](qsizetype end) {
        const QString declaration = style.mid(start, end - start);
        const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            QString value = declaration.mid(colon + 1).trimmed();
            if (value.endsWith(QLatin1String("!important"), Qt::CaseInsensitive)) {
                value = value.chopped(10).trimmed();
            }
            declarations.append({declaration.left(colon).trimmed().toLower(), value});
        }
        start = end + 1;
    };
    for (qsizetype i = 0; i < style.size(); ++i) {
        const QChar c = style.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char(';')) {
            take(i);
        }
    }
    take(style.size());
    return declarations;
}

QString styleValue(const QString &style, const QString &property)
{
    QString value;
    for (const auto &declaration : parseStyle(style)) {
        if (declaration.first == property) {
            value = declaration.second.toLower();
        }
    }
    return value;
}

StyleFormats formatsFromStyle(const QString &style)
{
    StyleFormats formats;
    for (const auto &[property, rawValue] : parseStyle(style)) {
        const QString value = rawValue.toLower();
        if (property == QLatin1String("font-weight")) {
            bool numeric = false;
            const int weight = value.toInt(&numeric);
            const bool bold =
                numeric ? weight >= 600 : (value == QLatin1String("bold") || value == QLatin1String("bolder"));
            formats.bold = bold;
            formats.notBold = !bold;
        } else if (property == QLatin1String("font-style")) {
            formats.italic = value == QLatin1String("italic") || value == QLatin1String("oblique");
            formats.notItalic = !formats.italic;
        } else if (property == QLatin1String("text-decoration") || property == QLatin1String("text-decoration-line")) {
            formats.underline = value.contains(QLatin1String("underline"));
        } else if (property == QLatin1String("font")) {
            // The shorthand "font: italic bold 12pt Arial" (Word writes it for list bullets).
            const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            formats.bold =
                formats.bold || parts.contains(QLatin1String("bold")) || parts.contains(QLatin1String("700"));
            formats.italic = formats.italic || parts.contains(QLatin1String("italic"));
        }
    }
    return formats;
}

} // namespace toasoan::html
