// toasoan convert [--from auto|unicode|tcvn3|vni|viqr] [--tone-style old|new] [FILE]
#include "app/cli/ConvertCommand.h"

#include "app/html/LegacyHtml.h"
#include "app/text/Normalize.h"
#include "app/text/UserFile.h"
#include "app/text/VietnameseLetters.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace toasoan::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::cli)
};

// One line of a plain-text input, as text, and whether it is already Unicode.
struct SourceLine
{
    QString text;
    bool unicode = false;
};

// The lines of a plain-text file. In a file that is not UTF-8 as a whole, a line that is valid UTF-8
// with letters beyond ASCII is a Unicode line pasted among legacy ones; in a Unicode file, a line
// with letters no legacy encoding produces (ă, đ, ơ, ư, ạ…) is Unicode.
QList<SourceLine> sourceLines(const QByteArray &bytes, const text::DecodedFile &file)
{
    QList<SourceLine> lines;
    if (file.isUnicode()) {
        for (const QString &line : file.text.split(QLatin1Char('\n'))) {
            const bool unicode = std::any_of(line.begin(), line.end(), text::isUnicodeOnlyVietnameseLetter);
            lines.append({line, unicode});
        }
        return lines;
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    for (const QByteArray &raw : body.split('\n')) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString asUtf8 = utf8(raw);
        const bool unicode = !utf8.hasError() && std::any_of(raw.begin(), raw.end(), [](char c) { return c & 0x80; });
        lines.append({unicode ? asUtf8 : text::legacyBytesToString(raw), unicode});
    }
    return lines;
}

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
    if (outcome.undetermined) {
        const int percent = int(std::lround(outcome.detection.confidence * 100.0));
        const QString guess = outcome.detection.encoding == text::LegacyEncoding::Unicode
                                  ? Text::tr("The text is neither Unicode nor TCVN3, VNI or VIQR as far as ToaSoan "
                                             "can tell.")
                                  : Text::tr("It might be %1, but only with %2% confidence.")
                                        .arg(text::legacyEncodingName(outcome.detection.encoding))
                                        .arg(percent);
        return context.fail(makeError(ErrorCode::Invalid,
                                      Text::tr("Cannot tell which encoding the text is in; nothing was converted. "
                                               "%1 If you know the encoding, name it with --from tcvn3, --from vni "
                                               "or --from viqr.")
                                          .arg(guess),
                                      QStringLiteral("confidence %1").arg(outcome.detection.confidence)));
    }
    if (!request.from) {
        reportDetection(outcome.detection, context.err());
    }
    // The user who named the encoding knows what was converted.
    if (!request.from && outcome.convertedLines > 0) {
        const QString name = text::legacyEncodingName(outcome.detection.encoding);
        context.err() << Text::tr("Converted %n line(s) from %1.", nullptr, outcome.convertedLines).arg(name)
                      << Qt::endl;
    }
    if (!request.from && outcome.unicodeLines > 0 && outcome.detection.encoding != text::LegacyEncoding::Unicode) {
        context.err() << Text::tr("Left %n line(s) already in Unicode as they were.", nullptr, outcome.unicodeLines)
                      << Qt::endl;
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
    const text::DecodedFile file = text::decodeUserFile(bytes);
    const QString &input = file.text;
    const bool html = request.html || looksLikeHtml(input);
    QList<SourceLine> lines;
    text::LegacyDetection detected;
    if (html) {
        detected = text::detectLegacy(html::legacyPlainText(input), input);
    } else {
        lines = sourceLines(bytes, file);
        QStringList candidates;
        for (const SourceLine &line : std::as_const(lines)) {
            if (!line.unicode) {
                candidates.append(line.text);
            }
        }
        detected = text::detectLegacy(candidates.join(QLatin1Char('\n')));
    }
    if (request.from) {
        // The user's encoding wins; only an all-caps TCVN3 font is still taken from what detection saw.
        const bool caps = *request.from == text::LegacyEncoding::Tcvn3 &&
                          detected.encoding == text::LegacyEncoding::Tcvn3 && detected.capsFont;
        outcome.detection = text::LegacyDetection{*request.from, 1.0, caps, false};
    } else {
        outcome.detection = detected;
        // A guess this weak, or bytes that are not Unicode yet no legacy encoding reads well, would
        // only turn one kind of garbage into another.
        outcome.undetermined = detected.encoding == text::LegacyEncoding::Unicode
                                   ? !file.isUnicode()
                                   : detected.confidence < kMinConvertConfidence;
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
        return outcome;
    }
    QStringList converted;
    for (const SourceLine &line : std::as_const(lines)) {
        if (line.unicode) {
            ++outcome.unicodeLines;
            converted.append(text::normalize(line.text));
            continue;
        }
        const QString decoded = text::decodeLegacy(line.text, outcome.detection.encoding, outcome.detection.capsFont);
        if (outcome.detection.encoding != text::LegacyEncoding::Unicode && decoded != text::normalize(line.text)) {
            ++outcome.convertedLines;
        }
        converted.append(decoded);
    }
    outcome.text = restyle(converted.join(QLatin1Char('\n')));
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
