#pragma once

namespace toasoan::ui {

/// Creates the QApplication, opens the workspace (--database, TOASOAN_DB, --demo) and shows the
/// main window. Returns the exit code.
int runGui(int argc, char *argv[]);

} // namespace toasoan::ui
