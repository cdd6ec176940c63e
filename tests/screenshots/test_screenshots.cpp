// The main screens as the agent sees them, captured from a real X server (Xvfb) into PNG files for
// review (GUICHET_SCREENSHOT_DIR, else the current folder). A screen that comes out blank (one
// colour, or almost) fails the test: a window that paints nothing is a bug the offscreen tests
// cannot see.
#include "AdminWindow.h"
#include "ArchiveExportDialog.h"
#include "ConnectionDialog.h"
#include "DeskRig.h"
#include "FirstRunWizard.h"
#include "IdentityForm.h"
#include "LockScreen.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QScreen>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace ccas;
using namespace ccas::test;

namespace {

QString outputDir()
{
    const QString dir = qEnvironmentVariableIsSet("GUICHET_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("GUICHET_SCREENSHOT_DIR")
                            : QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

// What the X server shows of `w` (not what the widget would paint offscreen).
QImage captureFromScreen(QWidget* w)
{
    REQUIRE(QTest::qWaitForWindowExposed(w));
    QScreen* screen = w->screen();
    REQUIRE(screen != nullptr);
    const QRect frame = w->frameGeometry();
    QImage image = screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).toImage();
    return image.convertToFormat(QImage::Format_RGB32);
}

struct Blankness
{
    int colours = 0;          // distinct colours seen on a grid of samples
    double notBackground = 0; // the share of samples that differ from the most common colour
};

Blankness measure(const QImage& image)
{
    QHash<QRgb, int> seen;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            ++seen[image.pixel(x, y)];
            ++samples;
        }
    int most = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        most = std::max(most, it.value());
    Blankness b;
    b.colours = int(seen.size());
    b.notBackground = samples ? double(samples - most) / samples : 0;
    return b;
}

// Saves the screen of `w` as NAME.png and fails when it is blank.
void shoot(QWidget* w, const QString& name)
{
    w->raise();
    w->activateWindow();
    // Let pending layout and paint events reach the X server, then wait for the picture to settle:
    // two captures in a row must agree (a window still painting would not).
    QImage image;
    REQUIRE(waitUntil([&] {
        const QImage next = captureFromScreen(w);
        const bool stable = !image.isNull() && next == image;
        image = next;
        return stable;
    }));
    const QString path = outputDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    REQUIRE(image.save(path));
    const Blankness b = measure(image);
    INFO(name.toStdString() << ": " << b.colours << " colours, " << b.notBackground * 100 << " % not background");
    CHECK(image.width() >= 300);
    CHECK(image.height() >= 200);
    CHECK(b.colours >= 8);
    CHECK(b.notBackground >= 0.03);
}

// A dark palette, as a desktop in dark mode gives the application.
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    return p;
}

} // namespace

TEST_CASE("the main screens are drawn, in the light and the dark palette", "[screenshot]")
{
    REQUIRE(QGuiApplication::platformName() != QLatin1String("offscreen")); // a real display (Xvfb)
    const Reglement reglement = exampleReglement();
    Desk desk(reglement, ExampleReglement);
    MainWindow& w = desk.w();
    w.resize(1400, 900);

    // The dossier list and the sources of a new dossier.
    w.identityForm()->setIdentity(dupontSophie());
    QTest::mouseClick(child<QPushButton>(w, "newDossierButton"), Qt::LeftButton);
    auto* consult = child<QPushButton>(w, "consultButton");
    REQUIRE(waitUntil([&] { return desk.rig.server.requestCount() >= 6 && consult->isEnabled(); }));
    shoot(&w, QStringLiteral("01-dossier-sources"));

    // The household, the budget and the eligibility of the worked example.
    child<QTabWidget>(w, "dossierTabs")->setCurrentIndex(1);
    typeWorkedExample(w);
    const QString aid = foodAid(reglement);
    REQUIRE(waitUntil([&] {
        const AidResult* a = shownAid(w, aid);
        return a && a->amountCents == 12000;
    }));
    shoot(&w, QStringLiteral("02-menage-eligibilite"));

    // The settings.
    ConnectionDialog::Values values;
    values.environment = QStringLiteral("staging");
    values.ccasName = QStringLiteral("CCAS de Test");
    ConnectionDialog settings(values, &w);
    settings.show();
    shoot(&settings, QStringLiteral("03-reglages"));
    child<QTabWidget>(settings, "settingsTabs")->setCurrentIndex(1);
    shoot(&settings, QStringLiteral("03b-reglages-archives"));
    settings.hide();

    // Dark mode: the same screen with the palette a dark desktop gives.
    const QPalette light = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    shoot(&w, QStringLiteral("04-menage-eligibilite-sombre"));
    QApplication::setPalette(light);
}

TEST_CASE("the first-run wizard, the administration and the lock screen are drawn", "[screenshot]")
{
    REQUIRE(QGuiApplication::platformName() != QLatin1String("offscreen"));
    QTemporaryDir profile;
    REQUIRE(profile.isValid());
    FirstRunWizard::Values initial;
    initial.ccasName = QStringLiteral("CCAS de Test");
    initial.siret = QStringLiteral("13002526500013");
    initial.ccasAddress = QStringLiteral("1 place de la Mairie\n78600 Maisons-Laffitte");
    FirstRunWizard wizard(profile.path(), initial);
    wizard.resize(820, 620);
    wizard.show();
    shoot(&wizard, QStringLiteral("05-assistant-ccas"));
    wizard.setCurrentId(FirstRunWizard::PassphrasePageId);
    shoot(&wizard, QStringLiteral("06-assistant-phrase-de-passe"));
    wizard.hide();

    // The administration of a profile with a few dossiers, one decided and closed.
    Desk desk(exampleReglement(), ExampleReglement);
    for (const Identity& person : {martinSamuel(), dupontSophie()})
        desk.storedDossier(person);
    AdminWindow* admin = AdminWindow::showFor(&desk.session, &desk.w());
    REQUIRE(admin != nullptr);
    admin->resize(1100, 700);
    auto* tabs = admin->findChild<QTabWidget*>();
    REQUIRE(tabs != nullptr);
    const QStringList names{QStringLiteral("07-administration-journal"),
                            QStringLiteral("08-administration-conservation"),
                            QStringLiteral("09-administration-statistiques")};
    for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
        tabs->setCurrentIndex(i);
        shoot(admin, names.at(i));
    }
    admin->close();

    // The archive export (this profile has no archives settings: the dialog lists what is missing).
    ArchiveExportDialog::Options archiveOptions;
    ArchiveExportDialog* archive = ArchiveExportDialog::showFor(&desk.session, archiveOptions, &desk.w());
    REQUIRE(archive != nullptr);
    shoot(archive, QStringLiteral("11-versement-archives"));
    archive->close();

    LockScreen lock;
    lock.reset(LockScreen::Mode::Passphrase);
    lock.show();
    shoot(&lock, QStringLiteral("10-verrouillage"));
}
