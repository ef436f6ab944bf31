#include "app/workbook/RoyaltyWorkbook.h"

#include "app/report/Money.h"
#include "app/report/RoyaltyExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace toasoan::workbook {

using namespace toasoan::report;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::RoyaltyWorkbook)
};

// Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique (case aside).
QString sheetName(const QString &wanted, QSet<QString> &used)
{
    QString base = wanted;
    for (const QChar c : QStringLiteral("[]:*?/\\")) {
        base.replace(c, QLatin1Char(' '));
    }
    base = base.simplified();
    if (base.isEmpty()) {
        base = QStringLiteral("-");
    }
    QString name = base.left(31);
    for (int n = 2; used.contains(name.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    used.insert(name.toLower());
    return name;
}

lxw_datetime excelTime(const QDateTime &utc)
{
    const QDateTime local = utc.toTimeZone(Royalties::officeTimeZone());
    return lxw_datetime{local.date().year(), local.date().month(),  local.date().day(),
                        local.time().hour(), local.time().minute(), double(local.time().second())};
}

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *header = nullptr;
    lxw_format *money = nullptr;
    lxw_format *moneyBold = nullptr;
    lxw_format *points = nullptr;
    lxw_format *pointsBold = nullptr;
    lxw_format *date = nullptr;
    lxw_format *italic = nullptr;
};

class Sheet
{
public:
    Sheet(lxw_worksheet *sheet, const Formats &formats) : m_sheet(sheet), m_f(formats) {}

    void text(int row, int col, const QString &value, lxw_format *format = nullptr)
    {
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(), format);
    }
    void number(int row, int col, double value, lxw_format *format)
    {
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), value, format);
    }
    void header(int row, const QStringList &names)
    {
        for (int col = 0; col < names.size(); ++col) {
            text(row, col, names.at(col), m_f.header);
        }
    }
    /// Title, office, status and point value; gives the next free row.
    int heading(const MonthRoyalties &month, const QString &officeName, const QString &subtitle)
    {
        int row = 0;
        if (!officeName.isEmpty()) {
            text(row++, 0, officeName, m_f.bold);
        }
        text(row++, 0, RoyaltyTexts::title(month.month), m_f.title);
        if (!subtitle.isEmpty()) {
            text(row++, 0, subtitle, m_f.bold);
        }
        text(row++, 0, RoyaltyTexts::pointValue(month.pointValue) + QStringLiteral(". ") + RoyaltyTexts::status(month),
             m_f.italic);
        return row + 1;
    }
    lxw_worksheet *raw() const { return m_sheet; }

private:
    lxw_worksheet *m_sheet;
    const Formats &m_f;
};

} // namespace

Result<void> writeRoyaltiesWorkbook(const MonthRoyalties &month, const QString &path, const QString &officeName)
{
    // Written next to the target under a temporary name, then renamed: never a half-written workbook.
    const QFileInfo target(path);
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.toasoan-xlsx-XXXXXX"));
    if (!work.isValid()) {
        return makeError(ErrorCode::Io, Text::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(path)),
                         work.errorString());
    }
    const QString temporary = work.filePath(QStringLiteral("statement.xlsx"));
    const QByteArray temporaryName = QFile::encodeName(temporary);
    const QByteArray tmpdir = QFile::encodeName(work.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *book = workbook_new_opt(temporaryName.constData(), &options);
    if (!book) {
        return makeError(ErrorCode::Io, Text::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("workbook_new_opt"));
    }

    Formats f;
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.bold = workbook_add_format(book);
    format_set_bold(f.bold);
    f.italic = workbook_add_format(book);
    format_set_italic(f.italic);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    const char *vnd = "#,##0 \"đ\"";
    f.money = workbook_add_format(book);
    format_set_num_format(f.money, vnd);
    f.moneyBold = workbook_add_format(book);
    format_set_num_format(f.moneyBold, vnd);
    format_set_bold(f.moneyBold);
    format_set_top(f.moneyBold, LXW_BORDER_THIN);
    f.points = workbook_add_format(book);
    format_set_num_format(f.points, "0.0");
    f.pointsBold = workbook_add_format(book);
    format_set_num_format(f.pointsBold, "0.0");
    format_set_bold(f.pointsBold);
    format_set_top(f.pointsBold, LXW_BORDER_THIN);
    f.date = workbook_add_format(book);
    format_set_num_format(f.date, "dd/mm/yyyy hh:mm");

    QSet<QString> used;
    const QString summaryName = sheetName(RoyaltyTexts::summary(), used);
    Sheet summary(workbook_add_worksheet(book, summaryName.toUtf8().constData()), f);
    int row = summary.heading(month, officeName, QString());
    summary.header(row++, {QStringLiteral("#"), RoyaltyTexts::author(), RoyaltyTexts::login(), RoyaltyTexts::articles(),
                           RoyaltyTexts::points(), RoyaltyTexts::amount()});
    int number = 1;
    for (const AuthorRoyalties &author : month.authors) {
        summary.number(row, 0, number++, nullptr);
        summary.text(row, 1,
                     author.active
                         ? author.name
                         : author.name + QStringLiteral(" (") + RoyaltyTexts::deactivated() + QLatin1Char(')'));
        summary.text(row, 2, author.login);
        summary.number(row, 3, double(author.lines.size()), nullptr);
        summary.number(row, 4, author.points / 10.0, f.points);
        summary.number(row, 5, double(author.amount), f.money);
        ++row;
    }
    summary.text(row, 1, RoyaltyTexts::officeTotal(), f.bold);
    summary.number(row, 3, month.articles, f.bold);
    summary.number(row, 4, month.points / 10.0, f.pointsBold);
    summary.number(row, 5, double(month.total), f.moneyBold);
    row += 2;
    summary.text(row++, 0, RoyaltyTexts::inWords() + QStringLiteral(": ") + vndInWords(month.total), f.italic);
    summary.text(row, 0, RoyaltyTexts::rule(), f.italic);
    worksheet_set_column(summary.raw(), 0, 0, 5, nullptr);
    worksheet_set_column(summary.raw(), 1, 1, 30, nullptr);
    worksheet_set_column(summary.raw(), 2, 2, 16, nullptr);
    worksheet_set_column(summary.raw(), 3, 4, 10, nullptr);
    worksheet_set_column(summary.raw(), 5, 5, 18, nullptr);

    for (const AuthorRoyalties &author : month.authors) {
        const QString name = sheetName(author.name, used);
        Sheet sheet(workbook_add_worksheet(book, name.toUtf8().constData()), f);
        int r = sheet.heading(month, officeName,
                              RoyaltyTexts::author() + QStringLiteral(": ") + author.name + QStringLiteral(" (") +
                                  author.login + QLatin1Char(')'));
        sheet.header(r++, {RoyaltyTexts::article(), RoyaltyTexts::articleTitle(), RoyaltyTexts::publishedOn(),
                           RoyaltyTexts::kind(), RoyaltyTexts::points(), RoyaltyTexts::amount()});
        for (const RoyaltyLine &line : author.lines) {
            sheet.number(r, 0, double(line.articleId), nullptr);
            sheet.text(r, 1, line.title);
            const lxw_datetime when = excelTime(line.publishedAt);
            worksheet_write_datetime(sheet.raw(), lxw_row_t(r), 2, const_cast<lxw_datetime *>(&when), f.date);
            sheet.text(r, 3, line.scored ? line.kindName : RoyaltyTexts::unscored());
            sheet.number(r, 4, line.points / 10.0, f.points);
            sheet.number(r, 5, double(line.amount), f.money);
            ++r;
        }
        sheet.text(r, 1, RoyaltyTexts::total(), f.bold);
        sheet.number(r, 4, author.points / 10.0, f.pointsBold);
        sheet.number(r, 5, double(author.amount), f.moneyBold);
        r += 2;
        sheet.text(r, 0, RoyaltyTexts::inWords() + QStringLiteral(": ") + vndInWords(author.amount), f.italic);
        worksheet_set_column(sheet.raw(), 0, 0, 8, nullptr);
        worksheet_set_column(sheet.raw(), 1, 1, 50, nullptr);
        worksheet_set_column(sheet.raw(), 2, 2, 17, nullptr);
        worksheet_set_column(sheet.raw(), 3, 4, 12, nullptr);
        worksheet_set_column(sheet.raw(), 5, 5, 18, nullptr);
    }

    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        return makeError(ErrorCode::Io, Text::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(path)),
                         QString::fromUtf8(lxw_strerror(closed)));
    }
    QFile::remove(target.absoluteFilePath());
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        return makeError(ErrorCode::Io, Text::tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("rename"));
    }
    return {};
}

} // namespace toasoan::workbook
