#include "ui/tools/EncodingConversion.h"

#include "app/cli/ConvertCommand.h"
#include "app/html/PlainText.h"
#include "app/text/LegacyEncoding.h"

#include <QFileInfo>

namespace toasoan::ui {

ConversionResult convertInput(const ConversionInput &input, std::optional<text::LegacyEncoding> from, bool capsFont)
{
    ConversionResult result;
    if (input.htmlDocument) {
        // The command line's document conversion: text nodes only, font names as per-node hints.
        cli::ConvertRequest request;
        request.from = from;
        request.html = true;
        const cli::ConvertOutcome outcome = cli::convertDocument(input.html.toUtf8(), request);
        result.output = outcome.text;
        result.preview = html::toPlainText(outcome.text);
        result.detection = outcome.detection;
        return result;
    }
    if (from) {
        result.detection = text::LegacyDetection{*from, 1.0, *from == text::LegacyEncoding::Tcvn3 && capsFont, false};
    } else {
        result.detection = text::detectLegacy(input.text, input.html);
    }
    result.output = text::decodeLegacy(input.text, result.detection.encoding, result.detection.capsFont);
    result.preview = result.output;
    return result;
}

bool isHtmlDocument(const QString &fileName, const QString &contents)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        return true;
    }
    const QString start = contents.left(512).trimmed();
    return start.startsWith(QLatin1String("<!doctype html"), Qt::CaseInsensitive) ||
           start.startsWith(QLatin1String("<html"), Qt::CaseInsensitive);
}

} // namespace toasoan::ui
