// The dossier panel of the main window, offscreen, on an ephemeral profile and the embedded fake
// API: create from the form, list, search, open, consult into the dossier, retention messages.
#include "ClientRig.h"
#include "DossierListModel.h"
#include "Futures.h"
#include "MainWindow.h"
#include "PassphraseDialog.h"
#include "session/ProfileSession.h"
#include "store/DossierRepository.h"

#include "WidgetLookup.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ccas;
using namespace ccas::test;

namespace {

// QTest::keyClicks knows ASCII keys only: accented text is inserted as an input method would.
void type(QLineEdit* edit, const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

void typePerson(MainWindow& w, const QString& nom, const QString& prenom, int sexIndex, int d, int m, int y)
{
    type(child<QLineEdit>(w, "nomNaissanceEdit"), nom);
    type(child<QLineEdit>(w, "prenom1Edit"), prenom);
    child<QComboBox>(w, "sexeCombo")->setCurrentIndex(sexIndex);
    child<QSpinBox>(w, "jourSpin")->setValue(d);
    child<QSpinBox>(w, "moisSpin")->setValue(m);
    child<QSpinBox>(w, "anneeSpin")->setValue(y);
    QTest::keyClicks(child<QLineEdit>(w, "communeEdit"), QStringLiteral("13001"));
}

QStringList names(QTableView* table)
{
    QStringList out;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        out << table->model()->index(r, DossierListModel::NameColumn).data().toString();
    return out;
}

void search(MainWindow& w, const QString& text)
{
    auto* edit = child<QLineEdit>(w, "dossierSearchEdit");
    edit->clear();
    type(edit, text);
}

// Messages are compared through tr(): the French translation of this panel may or may not exist yet.
bool savedInDossier(MainWindow& w)
{
    return w.findChild<QLabel*>(QStringLiteral("statusLabel"))
        ->text()
        .contains(MainWindow::tr("%n source(s) saved in the dossier.", nullptr, 6));
}

} // namespace

TEST_CASE("dossiers are created from the form, listed, searched, opened and consulted into", "[ui][dossier]")
{
    ClientRig rig;
    PersonFetch fetch(&rig.client());
    ProfileSession session(QString(), nullptr, rig.clock);
    MainWindow::Options options;
    options.demo = true;
    options.session = &session;
    MainWindow w(&fetch, options);
    w.show();

    auto* newButton = child<QPushButton>(w, "newDossierButton");
    auto* table = child<QTableView>(w, "dossierTable");
    auto* consult = child<QPushButton>(w, "consultButton");
    auto* retention = child<QLabel>(w, "retentionLabel");
    CHECK_FALSE(newButton->isEnabled()); // nothing can be kept before the profile is open
    CHECK_FALSE(table->isEnabled());

    session.openEphemeral();
    REQUIRE(waitUntil([&] { return session.isUnlocked() && newButton->isEnabled(); }));
    CHECK_FALSE(child<QLabel>(w, "dossierPanelMessage")->isVisible());
    const QString nothingDue = MainWindow::tr("Retention: nothing due.");
    REQUIRE(waitUntil([&] { return retention->text() == nothingDue; }));

    // A new dossier from the form, then the six sources fetched into it.
    typePerson(w, QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1, 3, 9, 1982);
    QTest::mouseClick(newButton, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return rig.server.requestCount() == 6 && consult->isEnabled() && savedInDossier(w); }));
    const QString dupont = w.openDossierId();
    REQUIRE_FALSE(dupont.isEmpty());
    REQUIRE(waitUntil([&] { return table->model()->rowCount() == 1; }));
    CHECK(names(table) == QStringList{QStringLiteral("DUPONT Sophie")});
    CHECK(child<QLabel>(w, "dossierStatusLabel")->text().contains(dupont));
    CHECK_FALSE(child<QLineEdit>(w, "nomNaissanceEdit")->isEnabled()); // a stored identity is not retyped
    CHECK_FALSE(newButton->isEnabled());

    // An incomplete form creates nothing.
    QTest::mouseClick(child<QPushButton>(w, "clearDossierButton"), Qt::LeftButton);
    CHECK(w.openDossierId().isEmpty());
    CHECK(child<QLineEdit>(w, "nomNaissanceEdit")->text().isEmpty());
    QTest::mouseClick(newButton, Qt::LeftButton);
    CHECK(child<QLabel>(w, "nomNaissanceMessage")->isVisible());
    CHECK(w.openDossierId().isEmpty());

    // A second person, with accents.
    typePerson(w, QStringLiteral("Lefèvre"), QStringLiteral("Hélène"), 1, 12, 4, 1975);
    QTest::mouseClick(newButton, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return rig.server.requestCount() == 12 && consult->isEnabled() && savedInDossier(w); }));
    const QString lefevre = w.openDossierId();
    REQUIRE_FALSE(lefevre.isEmpty());
    CHECK(lefevre != dupont);
    REQUIRE(waitUntil([&] { return table->model()->rowCount() == 2; }));
    // A third one straight into the store (another desk's work, as far as this window knows).
    REQUIRE(await(session.dossiers()->create(martinSamuel(), QStringLiteral("ALIM"), session.agent())).ok());

    // Search: whole words, any case, with or without accents.
    search(w, QStringLiteral("helene"));
    REQUIRE(waitUntil([&] { return names(table) == QStringList{QStringLiteral("LEFÈVRE Hélène")}; }));
    search(w, QStringLiteral("LEFEVRE"));
    REQUIRE(waitUntil([&] { return names(table) == QStringList{QStringLiteral("LEFÈVRE Hélène")}; }));
    search(w, QStringLiteral("HÉLÈNE lefèvre"));
    REQUIRE(waitUntil([&] { return names(table) == QStringList{QStringLiteral("LEFÈVRE Hélène")}; }));
    search(w, QStringLiteral("12/04/1975"));
    REQUIRE(waitUntil([&] { return names(table) == QStringList{QStringLiteral("LEFÈVRE Hélène")}; }));
    search(w, QStringLiteral("martin"));
    REQUIRE(waitUntil([&] { return names(table) == QStringList{QStringLiteral("MARTIN SAMUEL")}; }));
    search(w, QStringLiteral("nobody"));
    REQUIRE(waitUntil([&] { return table->model()->rowCount() == 0; }));
    search(w, QStringLiteral("sophie DUPONT"));
    REQUIRE(waitUntil([&] { return names(table) == QStringList{QStringLiteral("DUPONT Sophie")}; }));

    // The status filter: the draft stored directly has no source yet.
    auto* filter = child<QComboBox>(w, "statusFilterCombo");
    search(w, QString());
    REQUIRE(waitUntil([&] { return table->model()->rowCount() == 3; }));
    filter->setCurrentIndex(filter->findData(int(DossierStatus::Brouillon)));
    REQUIRE(waitUntil([&] { return names(table) == QStringList{QStringLiteral("MARTIN SAMUEL")}; }));
    filter->setCurrentIndex(filter->findData(int(DossierStatus::EnInstruction)));
    REQUIRE(waitUntil([&] { return table->model()->rowCount() == 2; }));
    filter->setCurrentIndex(0);
    REQUIRE(waitUntil([&] { return table->model()->rowCount() == 3; }));

    // Open DUPONT with the keyboard: its identity, its stored sources and its status come back.
    search(w, QStringLiteral("dupont"));
    REQUIRE(waitUntil([&] { return names(table) == QStringList{QStringLiteral("DUPONT Sophie")}; }));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return w.openDossierId() == dupont; }));
    CHECK(child<QLineEdit>(w, "nomNaissanceEdit")->text() == QStringLiteral("Dupont"));
    CHECK(child<QLineEdit>(w, "prenom1Edit")->text() == QStringLiteral("Sophie"));
    auto* tree = child<QTreeWidget>(w, "resultsTree");
    CHECK(tree->topLevelItem(0)->text(1).contains(QStringLiteral("900"))); // the stored QF
    REQUIRE(tree->topLevelItem(0)->childCount() >= 1);
    CHECK(tree->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("CNAF"))); // its provenance
    CHECK(tree->topLevelItem(1)->text(1) == QStringLiteral("Non trouvé"));
    CHECK(child<QLabel>(w, "dossierStatusLabel")
              ->text()
              .contains(DossierText::statusLabel(DossierStatus::EnInstruction)));

    // For review: GUICHET_SCREENSHOT_DIR=dir writes what the agent sees.
    if (qEnvironmentVariableIsSet("GUICHET_SCREENSHOT_DIR")) {
        search(w, QString());
        REQUIRE(waitUntil([&] { return table->model()->rowCount() == 3; }));
        w.grab().save(qEnvironmentVariable("GUICHET_SCREENSHOT_DIR") + QStringLiteral("/h7-main.png"));
    }

    // « Consulter » on the open dossier fetches again and replaces its six sources.
    QTest::mouseClick(consult, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return rig.server.requestCount() == 18 && consult->isEnabled() && savedInDossier(w); }));
    const auto stored = await(session.dossiers()->get(dupont, QStringLiteral("test"), false));
    REQUIRE(stored.ok());
    CHECK(stored.value().sources.size() == 6);
    CHECK(stored.value().status == DossierStatus::EnInstruction);

    // Retention: a year without activity warns, two years purge (ephemeral profile, moved clock).
    rig.clock.advanceMs(qint64(400) * 24 * 3600 * 1000);
    session.runRetention();
    const QString warning = MainWindow::tr("%n dossier(s) without activity for %1 months or more.", nullptr, 3).arg(12);
    REQUIRE(waitUntil([&] { return retention->text() == nothingDue + QLatin1Char(' ') + warning; }));
    rig.clock.advanceMs(qint64(400) * 24 * 3600 * 1000);
    session.runRetention();
    const QString purged = MainWindow::tr("Retention: %n dossier(s) purged.", nullptr, 3);
    REQUIRE(waitUntil([&] { return retention->text() == purged; }));
    search(w, QString());
    REQUIRE(waitUntil([&] { return table->model()->rowCount() == 0; }));
    CHECK(w.openDossierId().isEmpty()); // the open dossier was purged: the form is emptied
    CHECK(child<QLineEdit>(w, "nomNaissanceEdit")->isEnabled());
}

TEST_CASE("a locked or missing profile leaves consultations usable and offers to open it", "[ui][dossier]")
{
    ClientRig rig;
    PersonFetch fetch(&rig.client());
    QTemporaryDir dir;
    ProfileSession session(dir.path(), nullptr, rig.clock);
    MainWindow::Options options;
    options.session = &session;
    MainWindow w(&fetch, options);
    w.show();
    QSignalSpy needsInit(&session, &ProfileSession::needsInit);
    session.open();
    REQUIRE(waitUntil([&] { return needsInit.count() == 1; }));
    CHECK(child<QLabel>(w, "dossierPanelMessage")->isVisible());
    auto* unlock = child<QPushButton>(w, "unlockProfileButton");
    CHECK(unlock->isVisible());
    CHECK_FALSE(child<QPushButton>(w, "newDossierButton")->isEnabled());
    CHECK_FALSE(child<QLineEdit>(w, "dossierSearchEdit")->isEnabled());
    // The button asks again (the composition root shows the creation dialog on needsInit).
    QTest::mouseClick(unlock, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return needsInit.count() == 2; }));
    // Consulting still works, and keeps nothing.
    typePerson(w, QStringLiteral("Dupont"), QStringLiteral("Sophie"), 1, 3, 9, 1982);
    QTest::mouseClick(child<QPushButton>(w, "consultButton"), Qt::LeftButton);
    REQUIRE(waitUntil(
        [&] { return rig.server.requestCount() == 6 && child<QPushButton>(w, "consultButton")->isEnabled(); }));
    CHECK_FALSE(savedInDossier(w));
}

TEST_CASE("without a session the window has no dossier panel", "[ui][dossier]")
{
    ClientRig rig;
    PersonFetch fetch(&rig.client());
    MainWindow w(&fetch, MainWindow::Options{});
    w.show();
    CHECK(w.findChild<QTableView*>(QStringLiteral("dossierTable")) == nullptr);
    CHECK(w.findChild<QPushButton*>(QStringLiteral("newDossierButton")) == nullptr);
    CHECK(w.findChild<QLabel*>(QStringLiteral("retentionLabel")) == nullptr);
}

TEST_CASE("the passphrase dialog emits the passphrase and shows why it was refused", "[ui][dossier]")
{
    PassphraseDialog dialog;
    dialog.setProblem(QStringLiteral("no keychain"));
    dialog.open();
    QSignalSpy entered(&dialog, &PassphraseDialog::passphraseEntered);
    auto* edit = child<QLineEdit>(dialog, "passphraseEdit");
    CHECK(edit->echoMode() == QLineEdit::Password);
    CHECK(child<QLabel>(dialog, "passphraseProblemLabel")->text() == QStringLiteral("no keychain"));
    CHECK_FALSE(child<QPushButton>(dialog, "passphraseOpenButton")->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("correct horse battery staple"));
    QTest::keyClick(edit, Qt::Key_Return); // the default button
    REQUIRE(entered.count() == 1);
    CHECK(entered.at(0).at(0).toString() == QStringLiteral("correct horse battery staple"));
    CHECK(edit->text().isEmpty());
    CHECK(dialog.isBusy());
    CHECK(dialog.isVisible()); // stays open until the caller knows
    dialog.setProblem(QStringLiteral("wrong passphrase"));
    CHECK_FALSE(dialog.isBusy());
    CHECK(child<QLabel>(dialog, "passphraseProblemLabel")->text() == QStringLiteral("wrong passphrase"));
}
