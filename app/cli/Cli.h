#pragma once

namespace toasoan::cli {

/// True when the arguments name a sub-command or --help/--version: the process then runs as a
/// command-line tool and needs no display.
bool wantsCommandLine(int argc, char *argv[]);

/// Runs the command line on a QCoreApplication it creates. Exit codes: 0 ok, 1 user error
/// (clear message on stderr), 2 usage.
int run(int argc, char *argv[]);

} // namespace toasoan::cli
