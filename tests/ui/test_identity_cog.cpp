// The identity form's birth commune and country: suggestions from the official COG list
// (core/cog), chosen with the keyboard; messages in place for codes not in the list; NIR pre-fill.
#include "IdentityForm.h"
#include "cog/CommuneDirectory.h"
#include "domain/Nir.h"

#include "ClientRig.h"
#include "WidgetLookup.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ccas;
using namespace ccas::test;

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

struct ShownForm
{
    IdentityForm form;
    ShownForm()
    {
        form.show();
        QApplication::setActiveWindow(&form);
        REQUIRE(QTest::qWaitForWindowActive(&form));
    }
};

QCompleter* completer(IdentityForm& form, const char* name)
{
    auto* c = form.findChild<QCompleter*>(QLatin1String(name));
    REQUIRE(c != nullptr);
    return c;
}

} // namespace

TEST_CASE("typing a commune name shows suggestions and the keyboard chooses one", "[cog]")
{
    ShownForm s;
    IdentityForm& f = s.form;
    QSignalSpy submitted(&f, &IdentityForm::submitted);
    auto* commune = child<QLineEdit>(f, "communeEdit");
    child<QLineEdit>(f, "nomCommuneEdit")->setText(QStringLiteral("Saint-Etienne"));
    child<QLineEdit>(f, "departementEdit")->setText(QStringLiteral("42"));
    commune->setFocus();
    QTest::keyClicks(commune, QStringLiteral("saint eti"));

    QCompleter* c = completer(f, "communeCompleter");
    QAbstractItemView* popup = c->popup();
    REQUIRE(waitUntil([&] { return popup->isVisible(); }));
    REQUIRE(popup->model()->rowCount() > 0);
    CHECK(popup->model()->index(0, 0).data(kCodeRole).toString() == QStringLiteral("42218"));
    CHECK(popup->model()->index(0, 0).data().toString() == QStringLiteral("Saint-Étienne (42) — 42218"));
    CHECK(commune->text() == QStringLiteral("saint eti")); // what was typed stays while choosing

    QTest::keyClick(popup, Qt::Key_Down);
    CHECK(popup->currentIndex().row() == 0);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(commune->text() == QStringLiteral("42218"));
    CHECK_FALSE(popup->isVisible());
    CHECK(submitted.isEmpty()); // Enter chose the commune, it did not submit the form
    // The code replaces the name + département option; the chosen commune is shown under the field.
    CHECK(child<QLineEdit>(f, "nomCommuneEdit")->text().isEmpty());
    CHECK(child<QLineEdit>(f, "departementEdit")->text().isEmpty());
    CHECK(child<QLabel>(f, "communeInfoLabel")->isVisible());
    CHECK(child<QLabel>(f, "communeInfoLabel")->text().contains(QStringLiteral("42218")));
    CHECK_FALSE(child<QLabel>(f, "codeCommuneNaissanceMessage")->isVisible());
    CHECK(f.identity().codeCommuneNaissance == QStringLiteral("42218"));
    CHECK(f.identity().codePaysNaissance == QStringLiteral("99100"));

    // Enter with no list open submits as before.
    QTest::keyClick(commune, Qt::Key_Return);
    CHECK(submitted.size() == 1);
}

TEST_CASE("a delegated commune is offered with what it is, and Escape keeps the text", "[cog]")
{
    ShownForm s;
    IdentityForm& f = s.form;
    auto* commune = child<QLineEdit>(f, "communeEdit");
    commune->setFocus();
    QTest::keyClicks(commune, QStringLiteral("seynod"));
    QAbstractItemView* popup = completer(f, "communeCompleter")->popup();
    REQUIRE(waitUntil([&] { return popup->isVisible(); }));
    CHECK(popup->model()->index(0, 0).data(kCodeRole).toString() == QStringLiteral("74268"));
    CHECK(popup->model()->index(0, 0).data().toString().contains(QStringLiteral("Annecy")));
    QTest::keyClick(popup, Qt::Key_Escape);
    CHECK_FALSE(popup->isVisible());
    CHECK(commune->text() == QStringLiteral("seynod"));
}

TEST_CASE("a code that is not in the list gets a message in place and keeps the text", "[cog]")
{
    ShownForm s;
    IdentityForm& f = s.form;
    auto* commune = child<QLineEdit>(f, "communeEdit");
    auto* message = child<QLabel>(f, "codeCommuneNaissanceMessage");
    commune->setFocus();
    QTest::keyClicks(commune, QStringLiteral("00404"));
    QTest::keyClick(commune, Qt::Key_Return); // editing finished
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
    CHECK(commune->text() == QStringLiteral("00404"));
    CHECK_FALSE(child<QLabel>(f, "communeInfoLabel")->isVisible());

    // Correcting it clears the message; a known code shows its commune.
    commune->selectAll();
    QTest::keyClicks(commune, QStringLiteral("2A004"));
    CHECK_FALSE(message->isVisible());
    QTest::keyClick(commune, Qt::Key_Return);
    CHECK_FALSE(message->isVisible());
    CHECK(child<QLabel>(f, "communeInfoLabel")->text().contains(QStringLiteral("Ajaccio")));

    // A name typed but not chosen: a message too, the text kept.
    commune->selectAll();
    QTest::keyClicks(commune, QStringLiteral("nowhere at all"));
    QTest::keyClick(commune, Qt::Key_Return);
    CHECK(message->isVisible());
    CHECK(commune->text() == QStringLiteral("nowhere at all"));

    // The country too.
    auto* pays = child<QLineEdit>(f, "paysEdit");
    auto* paysMessage = child<QLabel>(f, "codePaysNaissanceMessage");
    pays->setFocus();
    pays->selectAll();
    QTest::keyClicks(pays, QStringLiteral("99999"));
    QTest::keyClick(pays, Qt::Key_Return);
    CHECK(paysMessage->isVisible());
    CHECK(pays->text() == QStringLiteral("99999"));
}

TEST_CASE("the birth country is chosen by name", "[cog]")
{
    ShownForm s;
    IdentityForm& f = s.form;
    auto* pays = child<QLineEdit>(f, "paysEdit");
    CHECK(child<QLabel>(f, "paysInfoLabel")->text().contains(QStringLiteral("France")));
    child<QLineEdit>(f, "communeEdit")->setText(QStringLiteral("13001"));
    pays->setFocus();
    pays->selectAll();
    QTest::keyClicks(pays, QStringLiteral("maroc"));
    QAbstractItemView* popup = completer(f, "paysCompleter")->popup();
    REQUIRE(waitUntil([&] { return popup->isVisible(); }));
    CHECK(popup->model()->index(0, 0).data(kCodeRole).toString() == QStringLiteral("99350"));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Enter);
    CHECK(pays->text() == QStringLiteral("99350"));
    // Born abroad: the country code alone.
    CHECK(child<QLineEdit>(f, "communeEdit")->text().isEmpty());
    CHECK(child<QLabel>(f, "paysInfoLabel")->text().contains(QStringLiteral("Maroc")));
    CHECK_FALSE(child<QLabel>(f, "codePaysNaissanceMessage")->isVisible());
}

TEST_CASE("the NIR pre-fills the birth commune, shown with its name", "[cog]")
{
    ShownForm s;
    IdentityForm& f = s.form;
    // 1 85 03 42 218 001 KK: a man born in March 1985 in Saint-Étienne.
    const QString first13 = QStringLiteral("1850342218001");
    const int key = Nir::controlKey(first13);
    REQUIRE(key > 0);
    QTest::keyClicks(child<QLineEdit>(f, "nirEdit"), first13 + QStringLiteral("%1").arg(key, 2, 10, QLatin1Char('0')));
    QTest::mouseClick(child<QPushButton>(f, "nirPrefillButton"), Qt::LeftButton);
    CHECK(child<QLineEdit>(f, "communeEdit")->text() == QStringLiteral("42218"));
    CHECK(child<QLineEdit>(f, "paysEdit")->text() == QStringLiteral("99100"));
    CHECK(child<QLabel>(f, "communeInfoLabel")->text().contains(QStringLiteral("Saint-Étienne")));
    CHECK(f.identity().sexe == QStringLiteral("M"));
    CHECK(f.identity().moisNaissance == 3);

    // A wrong key: a message in place, nothing filled.
    child<QLineEdit>(f, "communeEdit")->clear();
    const int wrong = key == 97 ? 1 : key + 1;
    QTest::keyClicks(child<QLineEdit>(f, "nirEdit"),
                     first13 + QStringLiteral("%1").arg(wrong, 2, 10, QLatin1Char('0')));
    QTest::mouseClick(child<QPushButton>(f, "nirPrefillButton"), Qt::LeftButton);
    CHECK(child<QLabel>(f, "nirMessage")->isVisible());
    CHECK(child<QLineEdit>(f, "communeEdit")->text().isEmpty());
}
