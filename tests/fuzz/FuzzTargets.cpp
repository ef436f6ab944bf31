#include "tests/fuzz/FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

namespace toasoan::fuzz {

const QList<NamedTarget> &targets()
{
    static const QList<NamedTarget> all{
        {"html", html},
        {"legacy", legacy},
        {"viqr", viqr},
        {"user_file", userFile},
        {"office", office},
        {"xmlrpc", xmlRpc},
        {"wordpress_json", wordPressJson},
        {"search_query", searchQuery},
    };
    return all;
}

void fail(const char *target, const QString &what, const QString &input)
{
    std::fprintf(stderr, "fuzz_%s: invariant broken: %s\n", target, qPrintable(what));
    if (!input.isNull()) {
        std::fprintf(stderr, "  on: %s\n", qPrintable(input.left(400)));
    }
    std::fflush(stderr);
    std::abort();
}

bool validUtf16(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate()) {
                return false;
            }
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

} // namespace toasoan::fuzz
