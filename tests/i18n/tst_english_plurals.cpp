// The English catalogue holds only the plural forms (the source texts are English): every "%n …(s)"
// message reads "1 word" and "2 words" in English, never "1 word(s)".
#include "app/i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace toasoan;

namespace {

struct NumerusMessage
{
    QString context;
    QString source;
};

QList<NumerusMessage> numerusMessages(const QString &tsPath)
{
    QList<NumerusMessage> messages;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source") && numerus) {
            messages.append({context, xml.readElementText()});
        }
    }
    return messages;
}

} // namespace

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TOASOAN_LANG", "en");
        installTranslations(*QCoreApplication::instance());
    }

    void everyPluralReadsAsEnglish_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        const auto messages =
            numerusMessages(qEnvironmentVariable("TOASOAN_SOURCE_DIR") + QStringLiteral("/translations/toasoan_en.ts"));
        QVERIFY2(messages.size() >= 10, "the English catalogue lists the plural messages");
        for (const auto &m : messages) {
            QTest::newRow(qPrintable(m.source.left(60))) << m.context << m.source;
        }
    }

    void everyPluralReadsAsEnglish()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        const QByteArray ctx = context.toUtf8();
        const QByteArray src = source.toUtf8();
        const QString one = QCoreApplication::translate(ctx.constData(), src.constData(), nullptr, 1);
        const QString two = QCoreApplication::translate(ctx.constData(), src.constData(), nullptr, 2);
        static const QRegularExpression placeholder(QStringLiteral("\\((s|es|ies)\\)"));
        QVERIFY2(!one.contains(placeholder), qPrintable(one));
        QVERIFY2(!two.contains(placeholder), qPrintable(two));
        QVERIFY(one.contains(QLatin1Char('1')));
        QVERIFY(two.contains(QLatin1Char('2')));
    }

    void wordCountReadsNaturally()
    {
        QCOMPARE(QCoreApplication::translate("toasoan::ui::MainWindow", "%n word(s)", nullptr, 1),
                 QStringLiteral("1 word"));
        QCOMPARE(QCoreApplication::translate("toasoan::ui::MainWindow", "%n word(s)", nullptr, 5),
                 QStringLiteral("5 words"));
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_english_plurals.moc"
