#include "app/cli/Output.h"

#include "app/io/ArticleExport.h"
#include "app/storage/ArticleRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace toasoan::cli {

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_Enclosing && !c.isLowSurrogate()) {
            ++width;
        }
    }
    return width;
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths(m_header.size(), 0);
    const auto measure = [&](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
        }
    };
    measure(m_header);
    for (const QStringList &row : m_rows) {
        measure(row);
    }
    const auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = row.value(i);
            line += cell;
            if (i + 1 < widths.size()) {
                line += QString(widths.at(i) - displayWidth(cell) + 2, QLatin1Char(' '));
            }
        }
        out << line;
    };
    printRow(m_header);
    out << '\n';
    for (const QStringList &row : m_rows) {
        printRow(row);
        out << '\n';
    }
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

Result<Article> findArticle(Database &db, const QString &idOrUuid)
{
    ArticleRepository articles(db);
    const QString key = idOrUuid.trimmed();
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    const QUuid uuid = QUuid::fromString(key);
    if ((!isNumber || id <= 0) && uuid.isNull()) {
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("toasoan::cli", "\"%1\" is neither an article number nor an article UUID.")
                .arg(key));
    }
    auto article = isNumber ? articles.load(id) : articles.loadByUuid(uuid);
    if (!article && article.error().code == ErrorCode::NotFound) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("toasoan::cli", "There is no article %1.").arg(key),
                         article.error().detail);
    }
    return article;
}

io::ArticleNames lookUpNames(Database &db, const Article &article)
{
    return io::lookUpArticleNames(db, article);
}

} // namespace toasoan::cli
