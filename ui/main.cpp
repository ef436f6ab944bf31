// One binary, two faces: a sub-command runs the command-line tool on QCoreApplication (no
// display needed); no sub-command opens the window.
#include "app/cli/Cli.h"
#include "ui/GuiApp.h"

int main(int argc, char *argv[])
{
    if (toasoan::cli::wantsCommandLine(argc, argv)) {
        return toasoan::cli::run(argc, argv);
    }
    return toasoan::ui::runGui(argc, argv);
}
