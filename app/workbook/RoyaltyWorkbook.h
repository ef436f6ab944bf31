#pragma once

#include "app/core/Result.h"
#include "app/report/Royalties.h"

#include <QString>

namespace toasoan::workbook {

/// Writes a month's statement as an .xlsx workbook for the accounting office (libxlsxwriter): a
/// summary sheet (one row per author, the office total, the total in words) and one sheet per
/// author (their articles). Amounts and points are numbers, amounts with a VND format
/// (#,##0 "đ"), publication times are dates; the file is written whole or not at all.
/// `officeName` heads each sheet when not empty. Never call it in a process that loads QuaZip
/// (see app/workbook/CMakeLists.txt): the command line and the window run toasoan-workbook for it.
Result<void> writeRoyaltiesWorkbook(const report::MonthRoyalties &month, const QString &path,
                                    const QString &officeName = {});

} // namespace toasoan::workbook
