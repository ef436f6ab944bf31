// The palette-aware status label (ui/common/StatusLabel): legible errors and successes on light and
// dark themes, and no dialog left with a hard-coded label colour.
#include "ui/common/StatusLabel.h"

#include <QApplication>
#include <QDialog>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QVBoxLayout>
#include <cmath>

using namespace toasoan;
using Kind = ui::StatusLabel::Kind;

namespace {

// WCAG 2 contrast ratio, computed here independently of the widget.
double relativeLuminance(const QColor &c)
{
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette themePalette(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::Text, text);
    return palette;
}

QPalette darkPalette()
{
    return themePalette(QColor(0x20, 0x20, 0x24), QColor(0xee, 0xee, 0xee));
}

QPalette lightPalette()
{
    return themePalette(QColor(0xf6, 0xf5, 0xf4), QColor(0x10, 0x10, 0x10));
}

} // namespace

class TestStatusLabel : public QObject
{
    Q_OBJECT

private slots:
    void legibleOnTheme_data();
    void legibleOnTheme();
    void followsThemeChange();
    void errorAndSuccessLookDifferent();
    void showsAndHides();
    void keepsRoomWhenAsked();
    void noHardCodedLabelColours();
};

void TestStatusLabel::legibleOnTheme_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("nominal: error, dark theme") << darkPalette() << Kind::Error;
    QTest::newRow("nominal: success, dark theme") << darkPalette() << Kind::Success;
    QTest::newRow("nominal: error, light theme") << lightPalette() << Kind::Error;
    QTest::newRow("nominal: success, light theme") << lightPalette() << Kind::Success;
    QTest::newRow("robustness: error, black window") << themePalette(Qt::black, Qt::white) << Kind::Error;
    QTest::newRow("robustness: success, white window") << themePalette(Qt::white, Qt::black) << Kind::Success;
}

void TestStatusLabel::legibleOnTheme()
{
    QFETCH(QPalette, palette);
    QFETCH(Kind, kind);
    QDialog dialog;
    dialog.setPalette(palette);
    auto *label = new ui::StatusLabel(&dialog);
    (new QVBoxLayout(&dialog))->addWidget(label);
    label->showMessage(kind, QStringLiteral("Sai mật khẩu"));
    const QColor text = label->palette().color(QPalette::WindowText);
    const QColor window = dialog.palette().color(QPalette::Window);
    QVERIFY2(
        contrastRatio(text, window) >= 4.5,
        qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), window.name()).arg(contrastRatio(text, window))));
    // Still a red or a green, not the plain text colour.
    QVERIFY(text != palette.color(QPalette::WindowText));
    const int hue = text.hslHue();
    if (kind == Kind::Error) {
        QVERIFY2(hue <= 20 || hue >= 340, qPrintable(text.name()));
    } else {
        QVERIFY2(hue >= 90 && hue <= 160, qPrintable(text.name()));
    }
}

void TestStatusLabel::followsThemeChange()
{
    QDialog dialog;
    dialog.setPalette(lightPalette());
    auto *label = new ui::StatusLabel(&dialog);
    (new QVBoxLayout(&dialog))->addWidget(label);
    label->showError(QStringLiteral("Không lưu được"));
    const QColor onLight = label->palette().color(QPalette::WindowText);
    QVERIFY(contrastRatio(onLight, lightPalette().color(QPalette::Window)) >= 4.5);

    // The user switches to a dark theme while the message shows.
    dialog.setPalette(darkPalette());
    const QColor onDark = label->palette().color(QPalette::WindowText);
    QVERIFY(onDark != onLight);
    QCOMPARE(label->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    QVERIFY2(contrastRatio(onDark, darkPalette().color(QPalette::Window)) >= 4.5, qPrintable(onDark.name()));
}

void TestStatusLabel::errorAndSuccessLookDifferent()
{
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        QVERIFY(ui::StatusLabel::color(Kind::Error, palette) != ui::StatusLabel::color(Kind::Success, palette));
        QCOMPARE(ui::StatusLabel::color(Kind::Neutral, palette), palette.color(QPalette::WindowText));
    }
}

void TestStatusLabel::showsAndHides()
{
    QDialog dialog;
    auto *label = new ui::StatusLabel(&dialog);
    (new QVBoxLayout(&dialog))->addWidget(label);
    dialog.show();
    QVERIFY(label->isHidden());
    QVERIFY(label->message().isEmpty());

    label->showError(QStringLiteral("Mật khẩu không khớp"), QStringLiteral("chi tiết"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->message(), QStringLiteral("Mật khẩu không khớp"));
    QCOMPARE(label->toolTip(), QStringLiteral("chi tiết"));
    QCOMPARE(label->kind(), Kind::Error);

    label->showSuccess(QStringLiteral("Đã lưu"));
    QCOMPARE(label->kind(), Kind::Success);
    QVERIFY(label->toolTip().isEmpty());

    label->clearMessage();
    QVERIFY(label->isHidden());
    QVERIFY(label->message().isEmpty());
    QCOMPARE(label->palette().color(QPalette::WindowText), dialog.palette().color(QPalette::WindowText));
}

void TestStatusLabel::keepsRoomWhenAsked()
{
    QDialog dialog;
    auto *label = new ui::StatusLabel(&dialog);
    (new QVBoxLayout(&dialog))->addWidget(label);
    label->setHideWhenEmpty(false);
    dialog.show();
    label->showNeutral(QStringLiteral("Đang kiểm tra…"));
    label->clearMessage();
    QVERIFY(label->isVisible());
    QVERIFY(label->text().isEmpty());
}

// A colour fixed in a style sheet ignores the theme: dialogs use the label instead.
void TestStatusLabel::noHardCodedLabelColours()
{
    const QString root = qEnvironmentVariable("TOASOAN_SOURCE_DIR");
    if (root.isEmpty()) {
        QSKIP("TOASOAN_SOURCE_DIR is not set (run through ctest)");
    }
    const QRegularExpression fixedColour(QStringLiteral("setStyleSheet\\([^;]*\"\\s*color\\s*:\\s*#"));
    QStringList offenders;
    int files = 0;
    QDirIterator it(root + QStringLiteral("/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        const QString source = QString::fromUtf8(file.readAll());
        if (source.contains(QLatin1String("#b3261e"), Qt::CaseInsensitive) &&
            !file.fileName().endsWith(QLatin1String("RevisionComparisonView.cpp"))) {
            offenders.append(file.fileName());
        } else if (fixedColour.match(source).hasMatch()) {
            offenders.append(file.fileName());
        }
    }
    QVERIFY(files > 50);
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestStatusLabel)
#include "tst_status_label.moc"
