#pragma once

#include "app/publish/HttpTransport.h"
#include "app/publish/RemoteError.h"

namespace toasoan {

/// For a request that got no usable HTTP answer: says precisely why, in words for people (name
/// not resolved, refused, timeout, certificate problem with the certificate's complaint, cut
/// connection, oversized reply, redirect loop). `ambiguous` is set when the request may have
/// reached the site.
RemoteError describeTransportFailure(const HttpResponse &response, int timeoutMs);

/// For an HTTP answer that means "try again later" or that we cannot read (5xx, 429, an HTML
/// page instead of data). Uses Retry-After.
RemoteError describeHttpFailure(const HttpResponse &response);

/// Technical one-liner for Error::detail: "POST https://…/wp-json/wp/v2/posts → 503: <start of body>".
QString responseSummary(const QByteArray &method, const HttpResponse &response);

/// The start of a reply body as readable text (tags stripped), at most `maxChars` characters.
QString bodySnippet(const QByteArray &body, int maxChars = 300);

/// A message the site wrote (a WordPress error message, an XML-RPC fault string) as one line of
/// plain text: some sites send HTML there ("<h1>Error</h1>…"), which must never reach a label.
QString remoteText(const QString &text, int maxChars = 300);

/// The reply's body as the site sent it (HTML source included), at most `maxChars` characters:
/// what the interface shows behind "Details", never in the message itself.
QString rawReply(const HttpResponse &response, int maxChars = 4000);

} // namespace toasoan
