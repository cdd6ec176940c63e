// The first window, offscreen: the consultation flow against the embedded fake API.
#include "ClientRig.h"
#include "IdentityForm.h"
#include "MainWindow.h"
#include "domain/Nir.h"

#include "WidgetLookup.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace ccas;
using namespace ccas::test;

namespace {

void typeDupontSophie(MainWindow& w)
{
    QTest::keyClicks(child<QLineEdit>(w, "nomNaissanceEdit"), QStringLiteral("Dupont"));
    QTest::keyClicks(child<QLineEdit>(w, "prenom1Edit"), QStringLiteral("Sophie"));
    child<QComboBox>(w, "sexeCombo")->setCurrentIndex(1); // Female
    child<QSpinBox>(w, "jourSpin")->setValue(3);
    child<QSpinBox>(w, "moisSpin")->setValue(9);
    child<QSpinBox>(w, "anneeSpin")->setValue(1982);
    QTest::keyClicks(child<QLineEdit>(w, "communeEdit"), QStringLiteral("13001"));
}

QString resultText(QTreeWidget* tree, int row)
{
    return tree->topLevelItem(row)->text(1);
}

} // namespace

TEST_CASE("consulting shows the household, the QF with its provenance and the statuses", "[ui]")
{
    ClientRig rig;
    rig.server.setLatencyMs(50);
    PersonFetch fetch(&rig.client());
    MainWindow w(&fetch, MainWindow::Options{true, {}});
    w.show();
    REQUIRE(child<QLabel>(w, "demoBanner")->isVisible());
    typeDupontSophie(w);

    auto* consult = child<QPushButton>(w, "consultButton");
    auto* cancel = child<QPushButton>(w, "cancelButton");
    QTest::mouseClick(consult, Qt::LeftButton);
    CHECK(cancel->isEnabled());
    CHECK_FALSE(consult->isEnabled());
    // A second click while running sends nothing more.
    QTest::mouseClick(consult, Qt::LeftButton);

    auto* progress = child<QProgressBar>(w, "fetchProgress");
    REQUIRE(waitUntil([&] { return progress->value() == 6 && consult->isEnabled(); }));
    CHECK(rig.server.requestCount() == 6);

    auto* tree = child<QTreeWidget>(w, "resultsTree");
    REQUIRE(tree->topLevelItemCount() == 6);
    const QString qf = resultText(tree, 0);
    CHECK(qf.contains(QStringLiteral("900")));
    CHECK(qf.contains(QStringLiteral("CNAF")));
    QStringList details;
    for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
        details << tree->topLevelItem(0)->child(i)->text(0);
    const QString all = details.join(QLatin1Char('\n'));
    CHECK(all.count(QStringLiteral("Enfant")) == 4); // French UI: "Enfant : …"
    CHECK(all.contains(QStringLiteral("CNAF")));
    CHECK(all.contains(QStringLiteral("requête"))); // the X-Request-ID is shown with the provenance
    // The five statuses: DUPONT SOPHIE has no file there, which is an answer.
    for (int row = 1; row < 6; ++row)
        CHECK(resultText(tree, row) == QStringLiteral("Non trouvé"));
    CHECK(child<QLabel>(w, "statusLabel")->text().contains(QStringLiteral("Toutes les sources")));
    // For review: GUICHET_SCREENSHOT_DIR=dir writes what the agent sees.
    if (qEnvironmentVariableIsSet("GUICHET_SCREENSHOT_DIR"))
        w.grab().save(qEnvironmentVariable("GUICHET_SCREENSHOT_DIR") + QStringLiteral("/main-window-demo.png"));
    // No personal data in the title.
    CHECK_FALSE(w.windowTitle().contains(QStringLiteral("Dupont"), Qt::CaseInsensitive));
}

TEST_CASE("an incomplete identity shows the messages in place and sends nothing", "[ui]")
{
    ClientRig rig;
    PersonFetch fetch(&rig.client());
    MainWindow w(&fetch, MainWindow::Options{false, {}});
    w.show();
    QTest::mouseClick(child<QPushButton>(w, "consultButton"), Qt::LeftButton);
    CHECK(child<QLabel>(w, "nomNaissanceMessage")->isVisible());
    CHECK_FALSE(child<QLabel>(w, "nomNaissanceMessage")->text().isEmpty());
    CHECK(child<QLabel>(w, "prenomsMessage")->isVisible());
    CHECK(child<QLabel>(w, "sexeMessage")->isVisible());
    CHECK(child<QLabel>(w, "codeCommuneNaissanceMessage")->isVisible());
    CHECK(rig.server.requestCount() == 0);
    // The messages are in French by default.
    CHECK(child<QLabel>(w, "nomNaissanceMessage")->text().contains(QStringLiteral("nom")));
}

TEST_CASE("a consultation can be cancelled", "[ui]")
{
    ClientRig rig;
    rig.server.setLatencyMs(3000);
    PersonFetch fetch(&rig.client());
    MainWindow w(&fetch, MainWindow::Options{true, {}});
    w.show();
    typeDupontSophie(w);
    QTest::mouseClick(child<QPushButton>(w, "consultButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return rig.server.requestCount() == 6; }));
    QTest::mouseClick(child<QPushButton>(w, "cancelButton"), Qt::LeftButton);
    CHECK(child<QPushButton>(w, "consultButton")->isEnabled());
    CHECK(child<QLabel>(w, "statusLabel")->text().contains(QStringLiteral("annulée")));
    CHECK(rig.client().inFlightCount() == 0);
}

TEST_CASE("the NIR pre-fills sex, birth month and place", "[ui]")
{
    ClientRig rig;
    PersonFetch fetch(&rig.client());
    MainWindow w(&fetch, MainWindow::Options{false, {}});
    w.show();
    // 2 82 09 13 001 123 KK: a woman born in September 1982 in commune 13001; key computed.
    const QString first13 = QStringLiteral("2820913001123");
    const int key = Nir::controlKey(first13);
    REQUIRE(key > 0);
    QTest::keyClicks(child<QLineEdit>(w, "nirEdit"), first13 + QStringLiteral("%1").arg(key, 2, 10, QLatin1Char('0')));
    QTest::mouseClick(child<QPushButton>(w, "nirPrefillButton"), Qt::LeftButton);
    CHECK(child<QComboBox>(w, "sexeCombo")->currentData().toString() == QStringLiteral("F"));
    CHECK(child<QSpinBox>(w, "moisSpin")->value() == 9);
    CHECK(child<QSpinBox>(w, "anneeSpin")->value() == 1982);
    CHECK(child<QLineEdit>(w, "communeEdit")->text() == QStringLiteral("13001"));
    CHECK(child<QLineEdit>(w, "nirEdit")->text().isEmpty()); // not kept

    SECTION("a wrong key is refused with a message")
    {
        const int wrong = (key % 97) + 1;
        QTest::keyClicks(child<QLineEdit>(w, "nirEdit"),
                         first13 + QStringLiteral("%1").arg(wrong, 2, 10, QLatin1Char('0')));
        QTest::mouseClick(child<QPushButton>(w, "nirPrefillButton"), Qt::LeftButton);
        CHECK(child<QLabel>(w, "nirMessage")->isVisible());
    }
}
