#include "app/report/RoyaltyExport.h"

#include "app/report/Money.h"

#include <QJsonArray>

namespace toasoan::report {

namespace {

double pointsNumber(int tenths)
{
    return tenths / 10.0;
}

// A text that a spreadsheet would run as a formula (=, +, -, @ first) is kept as text with a leading
// apostrophe, as spreadsheets themselves do; numbers never start so.
QString csvField(QString text)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@");
    if (!text.isEmpty() && kFormulaStarts.contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString pointsText(int tenths)
{
    return formatPoints(tenths).replace(QLatin1Char(','), QLatin1Char('.'));
}

} // namespace

QString RoyaltyTexts::title(const QDate &month)
{
    return tr("ROYALTY STATEMENT, MONTH %1").arg(monthLabel(month));
}

QString RoyaltyTexts::monthLabel(const QDate &month)
{
    return month.toString(QStringLiteral("MM/yyyy"));
}

QString RoyaltyTexts::pointValue(qint64 value)
{
    return tr("Value of one point: %1 đ").arg(formatVnd(value));
}

QString RoyaltyTexts::status(const MonthRoyalties &month)
{
    if (month.closed) {
        return tr("Closed on %1 by %2.").arg(when(month.closedAt), month.closedBy);
    }
    return tr("Open: the figures may still change until the month is closed.");
}

QString RoyaltyTexts::rule()
{
    return tr("An article counts in the month of its first publication (Viet Nam time); unpublishing or "
              "republishing it does not change that. Each amount is points × value of one point, rounded half up "
              "to a whole đồng.");
}

QString RoyaltyTexts::when(const QDateTime &utc)
{
    return utc.toTimeZone(Royalties::officeTimeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QJsonObject royaltiesJson(const MonthRoyalties &month)
{
    QJsonArray authors;
    for (const AuthorRoyalties &author : month.authors) {
        QJsonArray lines;
        for (const RoyaltyLine &line : author.lines) {
            lines.append(QJsonObject{
                {QStringLiteral("id"), line.articleId},
                {QStringLiteral("title"), line.title},
                {QStringLiteral("published_at"),
                 line.publishedAt.toTimeZone(Royalties::officeTimeZone()).toString(Qt::ISODate)},
                {QStringLiteral("scored"), line.scored},
                {QStringLiteral("kind"), line.scored ? QJsonValue(line.kindKey) : QJsonValue()},
                {QStringLiteral("kind_name"), line.scored ? QJsonValue(line.kindName) : QJsonValue()},
                {QStringLiteral("points"), pointsNumber(line.points)},
                {QStringLiteral("amount"), line.amount},
            });
        }
        authors.append(QJsonObject{
            {QStringLiteral("id"), author.authorId},
            {QStringLiteral("login"), author.login},
            {QStringLiteral("name"), author.name},
            {QStringLiteral("active"), author.active},
            {QStringLiteral("articles"), lines},
            {QStringLiteral("points"), pointsNumber(author.points)},
            {QStringLiteral("amount"), author.amount},
        });
    }
    return QJsonObject{
        {QStringLiteral("month"), Royalties::monthKey(month.month)},
        {QStringLiteral("point_value"), month.pointValue},
        {QStringLiteral("closed"), month.closed},
        {QStringLiteral("closed_by"), month.closed ? QJsonValue(month.closedBy) : QJsonValue()},
        {QStringLiteral("closed_at"),
         month.closed ? QJsonValue(month.closedAt.toTimeZone(Royalties::officeTimeZone()).toString(Qt::ISODate))
                      : QJsonValue()},
        {QStringLiteral("authors"), authors},
        // The reader's own articles only (a reporter or an editor): the totals are theirs, not the office's.
        {QStringLiteral("own_only"), month.onlyAuthorId != 0},
        {QStringLiteral("articles"), month.articles},
        {QStringLiteral("unscored"), month.unscored},
        {QStringLiteral("points"), pointsNumber(month.points)},
        {QStringLiteral("total"), month.total},
        {QStringLiteral("total_in_words"), vndInWords(month.total)},
    };
}

QByteArray royaltiesCsv(const MonthRoyalties &month)
{
    QStringList rows;
    rows.append(QStringList{RoyaltyTexts::author(), RoyaltyTexts::login(), RoyaltyTexts::article(),
                            RoyaltyTexts::articleTitle(), RoyaltyTexts::publishedOn(), RoyaltyTexts::kind(),
                            RoyaltyTexts::points(), RoyaltyTexts::amount()}
                    .join(QLatin1Char(',')));
    for (const AuthorRoyalties &author : month.authors) {
        for (const RoyaltyLine &line : author.lines) {
            QStringList fields{author.name,
                               author.login,
                               QString::number(line.articleId),
                               line.title,
                               RoyaltyTexts::when(line.publishedAt),
                               line.scored ? line.kindName : QString(),
                               pointsText(line.points),
                               QString::number(line.amount)};
            for (QString &field : fields) {
                field = csvField(field);
            }
            rows.append(fields.join(QLatin1Char(',')));
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + rows.join(QStringLiteral("\r\n")).toUtf8() + QByteArrayLiteral("\r\n");
}

} // namespace toasoan::report
