#include "app/publish/XmlRpc.h"

#include "app/text/Normalize.h"

#include <QDateTime>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace toasoan::xmlrpc {

namespace {

constexpr int kMaxDepth = 64;

void writeValue(QXmlStreamWriter &w, const QVariant &v)
{
    w.writeStartElement(QStringLiteral("value"));
    switch (v.typeId()) {
    case QMetaType::Bool:
        w.writeTextElement(QStringLiteral("boolean"), v.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        w.writeTextElement(QStringLiteral("int"), QString::number(v.toLongLong()));
        break;
    case QMetaType::Double:
        w.writeTextElement(QStringLiteral("double"), QString::number(v.toDouble(), 'g', 17));
        break;
    case QMetaType::QDateTime:
        w.writeTextElement(QStringLiteral("dateTime.iso8601"),
                           v.toDateTime().toUTC().toString(QStringLiteral("yyyyMMdd'T'HH:mm:ss")));
        break;
    case QMetaType::QByteArray:
        w.writeTextElement(QStringLiteral("base64"), QString::fromLatin1(v.toByteArray().toBase64()));
        break;
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        w.writeStartElement(QStringLiteral("array"));
        w.writeStartElement(QStringLiteral("data"));
        for (const QVariant &item : v.toList()) {
            writeValue(w, item);
        }
        w.writeEndElement();
        w.writeEndElement();
        break;
    }
    case QMetaType::QVariantMap: {
        w.writeStartElement(QStringLiteral("struct"));
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            w.writeStartElement(QStringLiteral("member"));
            w.writeTextElement(QStringLiteral("name"), it.key());
            writeValue(w, it.value());
            w.writeEndElement();
        }
        w.writeEndElement();
        break;
    }
    default:
        w.writeTextElement(QStringLiteral("string"), v.toString());
        break;
    }
    w.writeEndElement();
}

class Reader
{
public:
    explicit Reader(const QByteArray &xml) : m_xml(xml) {}

    bool run(Response &response, QString &error)
    {
        if (!nextStart() || m_xml.name() != QLatin1String("methodResponse")) {
            return fail(error, QStringLiteral("no <methodResponse>"));
        }
        if (!nextStart()) {
            return fail(error, QStringLiteral("empty <methodResponse>"));
        }
        if (m_xml.name() == QLatin1String("fault")) {
            if (!nextStart() || m_xml.name() != QLatin1String("value")) {
                return fail(error, QStringLiteral("<fault> without <value>"));
            }
            QVariant v;
            if (!value(v, 0)) {
                return fail(error, m_problem);
            }
            const QVariantMap map = v.toMap();
            response.fault = true;
            response.faultCode = map.value(QStringLiteral("faultCode")).toInt();
            response.faultString = text::normalize(map.value(QStringLiteral("faultString")).toString());
            return true;
        }
        if (m_xml.name() != QLatin1String("params") || !nextStart() || m_xml.name() != QLatin1String("param") ||
            !nextStart() || m_xml.name() != QLatin1String("value")) {
            return fail(error, QStringLiteral("no <params><param><value>"));
        }
        if (!value(response.value, 0)) {
            return fail(error, m_problem);
        }
        return true;
    }

private:
    bool fail(QString &error, const QString &what)
    {
        error = what;
        if (m_xml.hasError()) {
            error += QStringLiteral(" (XML: ") + m_xml.errorString() + QStringLiteral(", line ") +
                     QString::number(m_xml.lineNumber()) + QLatin1Char(')');
        }
        return false;
    }

    bool nextStart()
    {
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                return true;
            }
            if (token == QXmlStreamReader::EndElement || token == QXmlStreamReader::Invalid) {
                return false;
            }
        }
        return false;
    }

    // At <value>: reads it up to and including </value>.
    bool value(QVariant &out, int depth)
    {
        if (depth > kMaxDepth) {
            m_problem = QStringLiteral("values nested too deeply");
            return false;
        }
        QString loose;
        bool typed = false;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::Characters) {
                loose += m_xml.text();
            } else if (token == QXmlStreamReader::StartElement) {
                if (typed || !typedValue(out, depth)) {
                    if (m_problem.isEmpty()) {
                        m_problem = QStringLiteral("two types in one <value>");
                    }
                    return false;
                }
                typed = true;
            } else if (token == QXmlStreamReader::EndElement) {
                if (!typed) {
                    out = text::normalize(loose); // a bare <value> is a string
                }
                return true;
            } else if (token == QXmlStreamReader::Invalid) {
                break;
            }
        }
        m_problem = QStringLiteral("truncated <value>");
        return false;
    }

    bool typedValue(QVariant &out, int depth)
    {
        const QString type = m_xml.name().toString();
        if (type == QLatin1String("array")) {
            return array(out, depth);
        }
        if (type == QLatin1String("struct")) {
            return structure(out, depth);
        }
        const QString content = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_xml.hasError()) {
            m_problem = QStringLiteral("unreadable <") + type + QLatin1Char('>');
            return false;
        }
        bool ok = true;
        if (type == QLatin1String("string")) {
            out = text::normalize(content);
        } else if (type == QLatin1String("int") || type == QLatin1String("i4") || type == QLatin1String("i8")) {
            out = content.trimmed().toLongLong(&ok);
        } else if (type == QLatin1String("boolean")) {
            out = content.trimmed() == QLatin1String("1");
        } else if (type == QLatin1String("double")) {
            out = content.trimmed().toDouble(&ok);
        } else if (type == QLatin1String("dateTime.iso8601")) {
            out = parseDate(content.trimmed());
        } else if (type == QLatin1String("base64")) {
            out = QByteArray::fromBase64(content.toLatin1());
        } else if (type == QLatin1String("nil")) {
            out = QVariant();
        } else {
            m_problem = QStringLiteral("unknown type <") + type + QLatin1Char('>');
            return false;
        }
        if (!ok) {
            m_problem = QStringLiteral("bad number in <") + type + QLatin1Char('>');
        }
        return ok;
    }

    static QDateTime parseDate(const QString &text)
    {
        QString t = text;
        const bool utc = t.endsWith(QLatin1Char('Z'));
        if (utc) {
            t.chop(1);
        }
        for (const char *format : {"yyyyMMdd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyyMMdd'T'HHmmss"}) {
            QDateTime d = QDateTime::fromString(t.left(19), QLatin1String(format));
            if (d.isValid()) {
                d.setTimeSpec(Qt::UTC);
                return d;
            }
        }
        return {};
    }

    bool array(QVariant &out, int depth)
    {
        QVariantList list;
        if (!nextStart() || m_xml.name() != QLatin1String("data")) {
            m_problem = QStringLiteral("<array> without <data>");
            return false;
        }
        while (nextStart()) {
            if (m_xml.name() != QLatin1String("value")) {
                m_problem = QStringLiteral("unexpected element in <data>");
                return false;
            }
            QVariant item;
            if (!value(item, depth + 1)) {
                return false;
            }
            list.append(item);
        }
        if (m_xml.hasError() || m_xml.name() != QLatin1String("data")) {
            m_problem = QStringLiteral("truncated <array>");
            return false;
        }
        if (nextStart() || m_xml.name() != QLatin1String("array")) { // consume </array>
            m_problem = QStringLiteral("truncated <array>");
            return false;
        }
        out = list;
        return true;
    }

    bool structure(QVariant &out, int depth)
    {
        QVariantMap map;
        while (nextStart()) {
            if (m_xml.name() != QLatin1String("member")) {
                m_problem = QStringLiteral("unexpected element in <struct>");
                return false;
            }
            QString name;
            QVariant v;
            bool haveValue = false;
            while (nextStart()) {
                if (m_xml.name() == QLatin1String("name")) {
                    name = m_xml.readElementText();
                } else if (m_xml.name() == QLatin1String("value")) {
                    if (!value(v, depth + 1)) {
                        return false;
                    }
                    haveValue = true;
                } else {
                    m_problem = QStringLiteral("unexpected element in <member>");
                    return false;
                }
            }
            if (m_xml.hasError() || !haveValue) {
                m_problem = QStringLiteral("incomplete <member>");
                return false;
            }
            map.insert(name, v);
        }
        if (m_xml.hasError() || m_xml.name() != QLatin1String("struct")) {
            m_problem = QStringLiteral("truncated <struct>");
            return false;
        }
        out = map;
        return true;
    }

    QXmlStreamReader m_xml;
    QString m_problem;
};

} // namespace

QByteArray encodeCall(const QString &method, const QVariantList &params)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("methodCall"));
    w.writeTextElement(QStringLiteral("methodName"), method);
    w.writeStartElement(QStringLiteral("params"));
    for (const QVariant &p : params) {
        w.writeStartElement(QStringLiteral("param"));
        writeValue(w, p);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

bool decodeResponse(const QByteArray &xml, Response &response, QString &error)
{
    response = Response{};
    return Reader(xml).run(response, error);
}

QString memberString(const QVariantMap &map, const char *name)
{
    const QVariant v = map.value(QLatin1String(name));
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
        return QString::number(v.toLongLong());
    }
    return v.toString();
}

} // namespace toasoan::xmlrpc
