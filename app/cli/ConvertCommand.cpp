// toasoan convert [--from auto|unicode|tcvn3|vni|viqr] [--tone-style old|new] [FILE]
#include "app/cli/ConvertCommand.h"

#include "app/html/LegacyHtml.h"
#include "app/text/Normalize.h"
#include "app/text/UserFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <cstdio>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

bool looksLikeHtml(const QString &text)
{
    const QString start = text.left(512).trimmed();
    return start.startsWith(QLatin1String("<!doctype html"), Qt::CaseInsensitive) ||
           start.startsWith(QLatin1String("<html"), Qt::CaseInsensitive);
}

std::optional<std::optional<text::LegacyEncoding>> parseFrom(const QString &value)
{
    const QString v = value.toLower();
    if (v.isEmpty() || v == QLatin1String("auto")) {
        return std::optional<text::LegacyEncoding>();
    }
    if (v == QLatin1String("unicode") || v == QLatin1String("utf-8") || v == QLatin1String("utf8")) {
        return text::LegacyEncoding::Unicode;
    }
    if (v == QLatin1String("tcvn3") || v == QLatin1String("abc")) {
        return text::LegacyEncoding::Tcvn3;
    }
    if (v == QLatin1String("vni")) {
        return text::LegacyEncoding::Vni;
    }
    if (v == QLatin1String("viqr")) {
        return text::LegacyEncoding::Viqr;
    }
    return std::nullopt;
}

void reportDetection(const text::LegacyDetection &detection, QTextStream &err)
{
    const int percent = int(std::lround(detection.confidence * 100.0));
    if (detection.encoding == text::LegacyEncoding::Unicode) {
        err << Text::tr("Detected Unicode text (confidence %1%); nothing to decode.").arg(percent) << Qt::endl;
        return;
    }
    QString name = text::legacyEncodingName(detection.encoding);
    if (detection.capsFont) {
        name = Text::tr("%1, all-caps font").arg(name);
    }
    if (detection.byFontName) {
        err << Text::tr("Detected %1 from the font names (confidence %2%).").arg(name).arg(percent) << Qt::endl;
    } else {
        err << Text::tr("Detected %1 (confidence %2%).").arg(name).arg(percent) << Qt::endl;
    }
}

int convert(CommandContext &context)
{
    const auto from = parseFrom(context.option("from"));
    if (!from) {
        return context.usageError(Text::tr("Unknown encoding \"%1\" for --from: use auto, unicode, tcvn3, vni or viqr.")
                                      .arg(context.option("from")));
    }
    ConvertRequest request;
    request.from = *from;
    if (context.hasOption("tone-style")) {
        const QString style = context.option("tone-style").toLower();
        if (style == QLatin1String("old")) {
            request.toneStyle = text::ToneStyle::Old;
        } else if (style == QLatin1String("new")) {
            request.toneStyle = text::ToneStyle::New;
        } else {
            return context.usageError(Text::tr("Unknown tone style \"%1\" for --tone-style: use old or new.")
                                          .arg(context.option("tone-style")));
        }
    }

    QByteArray bytes;
    if (context.arguments().isEmpty()) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            return context.fail(
                makeError(ErrorCode::Io, Text::tr("Cannot read the standard input."), input.errorString()));
        }
        bytes = input.readAll();
    } else {
        const QString path = context.arguments().constFirst();
        QFile input(path);
        if (!input.open(QIODevice::ReadOnly)) {
            return context.fail(makeError(ErrorCode::Io, Text::tr("Cannot read %1: %2").arg(path, input.errorString()),
                                          input.errorString()));
        }
        bytes = input.readAll();
        const QString suffix = QFileInfo(path).suffix().toLower();
        request.html = suffix == QLatin1String("html") || suffix == QLatin1String("htm");
    }

    const ConvertOutcome outcome = convertDocument(bytes, request);
    if (!request.from) {
        reportDetection(outcome.detection, context.err());
    }
    if (request.toneStyle) {
        context.err() << Text::tr("Moved the tone mark in %n syllable(s).", nullptr, outcome.toneChanges) << Qt::endl;
    }
    context.out() << outcome.text;
    context.out().flush();
    return ExitOk;
}

} // namespace

ConvertOutcome convertDocument(const QByteArray &bytes, const ConvertRequest &request)
{
    ConvertOutcome outcome;
    const QString input = text::decodeUserFile(bytes).text;
    const bool html = request.html || looksLikeHtml(input);
    const text::LegacyDetection detected =
        html ? text::detectLegacy(html::legacyPlainText(input), input) : text::detectLegacy(input);
    if (request.from) {
        // The user's encoding wins; only an all-caps TCVN3 font is still taken from what detection saw.
        const bool caps = *request.from == text::LegacyEncoding::Tcvn3 &&
                          detected.encoding == text::LegacyEncoding::Tcvn3 && detected.capsFont;
        outcome.detection = text::LegacyDetection{*request.from, 1.0, caps, false};
    } else {
        outcome.detection = detected;
    }
    const auto restyle = [&](const QString &decoded) {
        if (!request.toneStyle) {
            return decoded;
        }
        text::ToneConversion conversion = text::convertToneStyle(decoded, *request.toneStyle);
        outcome.toneChanges += int(conversion.changes.size());
        return conversion.text;
    };
    if (html) {
        html::HtmlDecodeOptions options;
        options.fallback = outcome.detection.encoding;
        options.fallbackCaps = outcome.detection.capsFont;
        // An explicit --from is the user's word over a stray "Arial" span; detection trusts the fonts.
        options.trustUnicodeFonts = !request.from;
        options.transformText = restyle;
        outcome.text = text::normalize(html::convertLegacyHtml(input, options).html);
    } else {
        outcome.text = restyle(text::decodeLegacy(input, outcome.detection.encoding, outcome.detection.capsFont));
    }
    return outcome;
}

Command convertCommand()
{
    return Command{
        "convert",
        "[FILE]",
        QT_TRANSLATE_NOOP("toasoan::cli",
                          "Convert Vietnamese text in TCVN3 (ABC), VNI Windows or VIQR to Unicode. Reads FILE (.txt "
                          "or .html; in HTML only the text is converted and font names serve as hints) or the "
                          "standard input, and writes UTF-8 to the standard output."),
        {
            {"from", "ENCODING",
             QT_TRANSLATE_NOOP("toasoan::cli", "auto (default, reports what it found), unicode, tcvn3, vni or viqr")},
            {"tone-style", "STYLE",
             QT_TRANSLATE_NOOP("toasoan::cli",
                               "Also place tone marks the old way (hòa, thủy) or the new way (hoà, thuỷ)")},
        },
        0,
        1,
        false,
        &convert,
    };
}

} // namespace toasoan::cli
