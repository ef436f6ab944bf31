#pragma once

// Hostile HTML for the publishing pipeline (html::publishBody): tst_html_sanitizer checks what comes out of
// it, tests/bench/bench_publish_garbage times it at growing sizes.

#include <QList>
#include <QString>
#include <utility>

namespace toasoan::test {

/// Named inputs; `scale` multiplies each one's repetitions (1: the sizes the test uses).
inline QList<std::pair<QString, QString>> garbageHtml(int scale = 1)
{
    QString binary;
    for (int i = 0; i < 200000 * scale; ++i) {
        binary.append(QChar(ushort((i * 7919) % 0xFFFF)));
    }
    return {
        {QStringLiteral("deep nesting"), QStringLiteral("<b>").repeated(100000 * scale) + QStringLiteral("x")},
        {QStringLiteral("deep block nesting"),
         QStringLiteral("<div><blockquote>").repeated(20000 * scale) + QStringLiteral("x")},
        {QStringLiteral("many less-than"), QStringLiteral("<<<<a<a<a<<").repeated(20000 * scale)},
        {QStringLiteral("unclosed tags forever"), QStringLiteral("<p><table><tr><td><ul><li>").repeated(5000 * scale)},
        {QStringLiteral("attribute soup"), QStringLiteral("<p a=b c='d' e=\"f\" ===== / / >").repeated(10000 * scale)},
        {QStringLiteral("random code units"), binary},
    };
}

} // namespace toasoan::test
