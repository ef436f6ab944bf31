#pragma once

#include "app/core/Result.h"
#include "app/model/Article.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace toasoan {
class Database;
}

namespace toasoan::io {
struct ArticleNames;
}

namespace toasoan::cli {

/// "dd/MM/yyyy HH:mm" in local time; empty for an invalid time.
QString formatTime(const QDateTime &time);

/// Columns on a terminal: how many cells `text` takes (combining marks take none).
qsizetype displayWidth(const QString &text);

/// A text table with aligned columns; the last column is not padded.
class TextTable final
{
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}
    void addRow(QStringList row) { m_rows.append(std::move(row)); }
    void print(QTextStream &out) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

/// Indented UTF-8 JSON followed by a newline.
void printJson(QTextStream &out, const QJsonValue &value);

/// The article named by a row id ("12") or a UUID; NotFound with a clear message otherwise.
Result<Article> findArticle(Database &db, const QString &idOrUuid);

/// The helper programs that write what the command line cannot: toasoan-slip (PDF, .odt: they need
/// QtGui) and toasoan-workbook (.xlsx: libxlsxwriter cannot share a process with QuaZip).
enum class Printer
{
    Slip,
    Workbook
};

/// Runs `printer` with `arguments`; an Io error saying `failure` when it fails, NotFound when it is
/// not installed. A printer is looked for next to toasoan in a build, in libexec/toasoan when installed,
/// or next to the program TOASOAN_SLIP_TOOL names (which is the slip printer itself).
Result<void> runPrinter(const QStringList &arguments, const QString &failure, Printer printer = Printer::Slip);

/// Category and author names of an article (empty when they cannot be read).
io::ArticleNames lookUpNames(Database &db, const Article &article);

} // namespace toasoan::cli
