// The featured-image field (ui/metadata/FeaturedImageField): its thumbnail shows the picture's
// colours whatever the PNG's pixel format (palette PNGs used to turn into black-and-white hatching).
#include "app/storage/MediaRepository.h"
#include "tests/support/TestWorkspace.h"
#include "ui/metadata/FeaturedImageField.h"

#include <QLabel>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

using namespace toasoan;
using toasoan::test::TestWorkspace;

class TestFeaturedImage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TOASOAN_REQUIRE_TEST_BACKEND(); }
    void thumbnailKeepsColours_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("nominal: true colour") << int(QImage::Format_RGB32);
        QTest::newRow("nominal: palette (indexed colour)") << int(QImage::Format_Indexed8);
        QTest::newRow("nominal: palette with transparency") << int(QImage::Format_Indexed8) + 1000;
        QTest::newRow("nominal: two-colour palette (1 bit)") << int(QImage::Format_Indexed8) + 2000;
    }

    void thumbnailKeepsColours()
    {
        QFETCH(int, format);
        const bool transparent = format >= 1000 && format < 2000;
        const bool twoColours = format >= 2000;
        // Stripes of the district's red and a blue, as a logo saved with a palette would be.
        const QColor red(0xc0, 0x39, 0x2b);
        const QColor blue(0x3f, 0x72, 0xaf);
        QImage image(640, 400, QImage::Format_Indexed8);
        QList<QRgb> colours{red.rgb(), blue.rgb()};
        if (!twoColours) {
            colours.append(transparent ? qRgba(0, 0, 0, 0) : qRgb(255, 255, 255));
        }
        image.setColorTable(colours);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                image.setPixel(x, y, x < 320 ? 0 : (x < 600 || twoColours ? 1 : 2));
            }
        }
        if (format < 1000 && format != int(QImage::Format_Indexed8)) {
            image = image.convertToFormat(QImage::Format(format));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(image.save(path, "PNG"));
        const QImage::Format saved = QImage(path).format();
        QCOMPARE(saved == QImage::Format_Indexed8 || saved == QImage::Format_Mono, format != int(QImage::Format_RGB32));

        TestWorkspace ws;
        QVERIFY(ws.ok());
        MediaRepository media(ws.db());
        ui::FeaturedImageField field(media);
        QVERIFY(field.setImageFile(path));
        const auto *thumbnail = field.findChild<QLabel *>(QStringLiteral("featuredThumbnail"));
        QVERIFY(thumbnail);
        const QImage shown = thumbnail->pixmap().toImage();
        QVERIFY(!shown.isNull());
        // A quarter and three fifths across: the red and the blue stripes, in colour.
        const auto near = [](QColor a, QColor b) {
            return qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24 && qAbs(a.blue() - b.blue()) < 24;
        };
        const QColor left = shown.pixelColor(shown.width() / 4, shown.height() / 2);
        const QColor right = shown.pixelColor(shown.width() * 3 / 5, shown.height() / 2);
        QVERIFY2(near(left, red), qPrintable(left.name()));
        QVERIFY2(near(right, blue), qPrintable(right.name()));
    }
};

QTEST_MAIN(TestFeaturedImage)
#include "tst_featured_image.moc"
