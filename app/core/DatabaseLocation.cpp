#include "app/core/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace toasoan {

namespace {

// libpq's connection keywords (PostgreSQL 15); others are refused as libpq itself would.
const QStringList &libpqKeywords()
{
    static const QStringList keywords = {QStringLiteral("host"),
                                         QStringLiteral("hostaddr"),
                                         QStringLiteral("port"),
                                         QStringLiteral("dbname"),
                                         QStringLiteral("user"),
                                         QStringLiteral("password"),
                                         QStringLiteral("passfile"),
                                         QStringLiteral("channel_binding"),
                                         QStringLiteral("connect_timeout"),
                                         QStringLiteral("client_encoding"),
                                         QStringLiteral("options"),
                                         QStringLiteral("application_name"),
                                         QStringLiteral("fallback_application_name"),
                                         QStringLiteral("keepalives"),
                                         QStringLiteral("keepalives_idle"),
                                         QStringLiteral("keepalives_interval"),
                                         QStringLiteral("keepalives_count"),
                                         QStringLiteral("tcp_user_timeout"),
                                         QStringLiteral("gssencmode"),
                                         QStringLiteral("sslmode"),
                                         QStringLiteral("requiressl"),
                                         QStringLiteral("sslcompression"),
                                         QStringLiteral("sslcert"),
                                         QStringLiteral("sslkey"),
                                         QStringLiteral("sslpassword"),
                                         QStringLiteral("sslrootcert"),
                                         QStringLiteral("sslcrl"),
                                         QStringLiteral("sslcrldir"),
                                         QStringLiteral("sslsni"),
                                         QStringLiteral("requirepeer"),
                                         QStringLiteral("ssl_min_protocol_version"),
                                         QStringLiteral("ssl_max_protocol_version"),
                                         QStringLiteral("krbsrvname"),
                                         QStringLiteral("gsslib"),
                                         QStringLiteral("service"),
                                         QStringLiteral("target_session_attrs")};
    return keywords;
}

Error invalid(const QString &detail)
{
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("toasoan::Database",
                                                 "The PostgreSQL address is not valid. Write it as "
                                                 "postgresql://user@host:port/database?sslmode=verify-full."),
                     detail);
}

Result<void> set(PostgresLocation &location, const QString &key, const QString &value)
{
    if (!libpqKeywords().contains(key)) {
        return invalid(QStringLiteral("unknown connection keyword \"%1\"").arg(key));
    }
    if (key == QLatin1String("host")) {
        location.host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        location.port = value.toInt(&ok);
        if (!ok || location.port <= 0 || location.port > 65535) {
            return invalid(QStringLiteral("invalid port \"%1\"").arg(value));
        }
    } else if (key == QLatin1String("dbname")) {
        location.database = value;
    } else if (key == QLatin1String("user")) {
        location.user = value;
    } else if (key == QLatin1String("password")) {
        location.password = value;
    } else {
        location.options.append({key, value});
    }
    return {};
}

Result<PostgresLocation> parseUri(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return invalid(url.errorString());
    }
    PostgresLocation location;
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(-1);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/'))) {
        path.remove(0, 1);
    }
    location.database = path;
    // libpq lets the query carry any keyword, host and port included (a socket folder, say).
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        TOASOAN_CHECK(set(location, key, value));
    }
    return location;
}

Result<PostgresLocation> parseConninfo(const QString &text)
{
    PostgresLocation location;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpace = [&] {
        while (i < n && text.at(i).isSpace()) {
            ++i;
        }
    };
    while (true) {
        skipSpace();
        if (i >= n) {
            break;
        }
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace()) {
            ++i;
        }
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (i >= n || text.at(i) != QLatin1Char('=')) {
            return invalid(QStringLiteral("missing \"=\" after \"%1\"").arg(key));
        }
        ++i;
        skipSpace();
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += text.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed) {
                return invalid(QStringLiteral("unterminated quoted value of \"%1\"").arg(key));
            }
        } else {
            while (i < n && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += text.at(i++);
                } else {
                    value += c;
                }
            }
        }
        TOASOAN_CHECK(set(location, key, value));
    }
    return location;
}

QString quoted(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\;]+$"));
    if (plain.match(value).hasMatch()) {
        return value;
    }
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QString PostgresLocation::option(const QString &key) const
{
    for (const auto &[k, v] : options) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

QString PostgresLocation::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        text += user + QLatin1Char('@');
    }
    text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0) {
        text += QLatin1Char(':') + QString::number(port);
    }
    return text + QLatin1Char('/') + database;
}

QString PostgresLocation::connectOptions() const
{
    QStringList pairs;
    for (const auto &[key, value] : options) {
        pairs.append(key + QLatin1Char('=') + quoted(value));
    }
    return pairs.join(QLatin1Char(';'));
}

QString PostgresLocation::uri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port > 0) {
        url.setPort(port);
    }
    url.setUserName(user);
    url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (const auto &[key, value] : options) {
        // QUrlQuery leaves '+', '&' and '=' as they are in a value: encode them for the parser.
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

bool isPostgresLocation(const QString &location)
{
    const QString text = location.trimmed();
    if (text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        return true;
    }
    // A conninfo starts with a libpq keyword and "="; a file name such as "a=b.sqlite" does not.
    static const QRegularExpression conninfo(QStringLiteral("^([a-z_]+)\\s*="));
    const QRegularExpressionMatch match = conninfo.match(text);
    return match.hasMatch() && libpqKeywords().contains(match.captured(1));
}

QString displayLocation(const QString &location)
{
    if (!isPostgresLocation(location)) {
        return QDir::toNativeSeparators(location);
    }
    const auto parsed = parsePostgresLocation(location);
    return parsed ? parsed->display() : QStringLiteral("postgresql://…");
}

Result<PostgresLocation> parsePostgresLocation(const QString &location)
{
    const QString text = location.trimmed();
    if (!isPostgresLocation(text)) {
        return invalid(QStringLiteral("not a PostgreSQL URI or conninfo"));
    }
    if (text.contains(QLatin1String("://"))) {
        return parseUri(text);
    }
    return parseConninfo(text);
}

} // namespace toasoan
