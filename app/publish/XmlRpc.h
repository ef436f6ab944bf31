#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace toasoan::xmlrpc {

/// Values map to QVariant: QString ↔ string, int/qlonglong ↔ int/i4/i8, bool ↔ boolean,
/// double ↔ double, QDateTime ↔ dateTime.iso8601 (sent as UTC), QByteArray ↔ base64,
/// QVariantList ↔ array, QVariantMap ↔ struct.
QByteArray encodeCall(const QString &method, const QVariantList &params);

/// A decoded methodResponse.
struct Response
{
    bool fault = false;
    int faultCode = 0;
    QString faultString;
    QVariant value; ///< the single param; invalid for faults
};

/// Decodes a methodResponse. Never crashes on malformed, truncated or hostile input: gives
/// false and a technical reason in `error` instead. Nesting deeper than 64 levels is refused.
bool decodeResponse(const QByteArray &xml, Response &response, QString &error);

/// Convenience readers for struct members of any XML-RPC type.
QString memberString(const QVariantMap &map, const char *name);

} // namespace toasoan::xmlrpc
