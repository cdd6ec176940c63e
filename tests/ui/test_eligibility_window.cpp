// The dossier's work in the main window, offscreen, on an ephemeral profile and the embedded fake
// API: household and budget entry, the eligibility panel following the figures, saving, the
// decision, closing, the printed summary (PDF, preview) and its journal, the règlement choice.
#include "BudgetEditor.h"
#include "ClientRig.h"
#include "ConnectionDialog.h"
#include "DossierListModel.h"
#include "EligibilityPanel.h"
#include "EntryText.h"
#include "HouseholdEditor.h"
#include "MainWindow.h"
#include "PersonsEditor.h"
#include "eligibility/Reglement.h"
#include "session/ProfileSession.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"

#include "DeskRig.h"
#include "WidgetLookup.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace ccas;
using namespace ccas::test;

TEST_CASE("the eligibility panel follows the budget as it is typed", "[ui][ui-eligibility]")
{
    const Reglement reglement = exampleReglement();
    const QString aid = foodAid(reglement);
    REQUIRE_FALSE(aid.isEmpty());
    Desk desk(reglement, ExampleReglement);
    MainWindow& w = desk.w();
    auto* tabs = child<QTabWidget>(w, "dossierTabs");
    CHECK_FALSE(tabs->isTabEnabled(1)); // no dossier open yet

    const QString id = desk.storedDossier(martinSamuel());
    desk.open(id);
    CHECK(child<QLabel>(w, "reglementLabel")->text().contains(reglement.title()));

    // Nothing typed: the RAV cannot be computed, the aid is incomplete and says so.
    REQUIRE(waitUntil([&] { return shownAid(w, aid) != nullptr; }));
    CHECK(shownAid(w, aid)->verdict == Verdict::Incomplete);
    CHECK(aidItem(w, aid)->text(1) == Engine::verdictLabel(Verdict::Incomplete)); // words, not only a colour
    CHECK_FALSE(aidItem(w, aid)->icon(1).isNull());

    typeWorkedExample(w);
    CHECK(child<BudgetEditor>(w, "chargeEditor")->totalCents() == 82000);
    CHECK(child<QLabel>(w, "chargeTotalLabel")->text().contains(QStringLiteral("820,00")));
    // RAV = (1 900 − 820) ÷ 4 ÷ 30 = 9,00 € per person per day: the 8–10 € band, 40 % of 300 €.
    REQUIRE(waitUntil([&] {
        const AidResult* a = shownAid(w, aid);
        return a && a->verdict == Verdict::Eligible && a->amountCents == 12000;
    }));
    CHECK(aidItem(w, aid)->text(1) == Engine::verdictLabel(Verdict::Eligible));
    CHECK(aidItem(w, aid)->text(2) == DossierText::formatCents(12000));
    REQUIRE(aidItem(w, aid)->childCount() > 0); // the explanation lines
    bool ravLine = false;
    for (int i = 0; i < aidItem(w, aid)->childCount(); ++i)
        if (aidItem(w, aid)->child(i)->text(1).contains(QStringLiteral("9,00")))
            ravLine = true;
    CHECK(ravLine);
    // The household figures, from the persons typed.
    const QString persons = figure(w, QStringLiteral("personnes"));
    const QString uc = figure(w, QStringLiteral("uc_oecd"));
    INFO(persons.toStdString() + " / " + uc.toStdString());
    // The figure first, whatever words follow it.
    const QRegularExpression blank(QStringLiteral("\\s"));
    CHECK(persons.split(blank).first() == QStringLiteral("4"));
    CHECK(uc.split(blank).first() == QStringLiteral("2,3"));
    // The decision's amount follows the proposed amount of the selected aid.
    CHECK(child<QLineEdit>(w, "decisionAmountEdit")->text() == QStringLiteral("120,00"));

    // For review: GUICHET_SCREENSHOT_DIR=dir writes what the agent sees.
    if (qEnvironmentVariableIsSet("GUICHET_SCREENSHOT_DIR"))
        w.grab().save(qEnvironmentVariable("GUICHET_SCREENSHOT_DIR") + QStringLiteral("/h5-eligibility.png"));

    // Energy at 240 €: RAV 8,00 € → the next band (60 % of 300 €).
    retype(child<QLineEdit>(w, "chargeAmountEdit1"), QStringLiteral("240"));
    REQUIRE(waitUntil([&] {
        const AidResult* a = shownAid(w, aid);
        return a && a->verdict == Verdict::Eligible && a->amountCents != 12000;
    }));
    CHECK(shownAid(w, aid)->amountCents == 18000);
    CHECK(child<QLineEdit>(w, "decisionAmountEdit")->text() == QStringLiteral("180,00"));

    // Removing the line brings the figures back as they were (with the keyboard: the line's ✕).
    QTest::mouseClick(child<QToolButton>(w, "chargeRemoveButton1"), Qt::LeftButton);
    CHECK(child<BudgetEditor>(w, "chargeEditor")->rowCount() == 4);
    REQUIRE(waitUntil([&] {
        const AidResult* a = shownAid(w, aid);
        return a && a->amountCents != 18000;
    }));

    // Nothing of it is stored until « Save »: the dossier holds no budget yet.
    CHECK(desk.stored(id).resources.isEmpty());
    CHECK(child<QPushButton>(w, "saveHouseholdButton")->isEnabled());
}

TEST_CASE("a wrong figure says why beside it and keeps what was typed", "[ui][ui-eligibility]")
{
    Desk desk(exampleReglement(), ExampleReglement);
    MainWindow& w = desk.w();
    const QString id = desk.storedDossier(martinSamuel());
    desk.open(id);

    addLine(w, "resource", 0, QStringLiteral("salaire"), QStringLiteral("12x4"));
    auto* amount = child<QLineEdit>(w, "resourceAmountEdit0");
    auto* message = child<QLabel>(w, "resourceAmountMessage0");
    CHECK(amount->text() == QStringLiteral("12x4"));
    CHECK(message->isVisible());
    CHECK(message->text() == EntryText::notAnAmount());
    CHECK(amount->accessibleDescription() == EntryText::notAnAmount());

    // Saving refuses, keeps the text and stores nothing.
    QTest::mouseClick(child<QPushButton>(w, "saveHouseholdButton"), Qt::LeftButton);
    CHECK(amount->text() == QStringLiteral("12x4"));
    CHECK(message->isVisible());
    CHECK(desk.stored(id).resources.isEmpty());

    // A commune code that is a postcode-like typo, a future birth date: said in place too.
    QTest::keyClicks(child<QLineEdit>(w, "communeResidenceEdit"), QStringLiteral("7860"));
    CHECK(child<QLabel>(w, "communeResidenceMessage")->isVisible());
    QTest::keyClicks(child<QLineEdit>(w, "communeResidenceEdit"), QStringLiteral("0"));
    CHECK_FALSE(child<QLabel>(w, "communeResidenceMessage")->isVisible());
    addPerson(w, 0, PersonRole::Demandeur, QStringLiteral("01/01/2030"));
    CHECK(child<QLabel>(w, "personBirthMessage0")->isVisible());
    CHECK(child<QLineEdit>(w, "personBirthEdit0")->text() == QStringLiteral("01/01/2030"));
    retype(child<QLineEdit>(w, "personBirthEdit0"), QStringLiteral("14/03/1984"));
    CHECK_FALSE(child<QLabel>(w, "personBirthMessage0")->isVisible());

    // Corrected with a French decimal comma and blanks: read, saved.
    retype(amount, QStringLiteral("1 234,5"));
    CHECK_FALSE(message->isVisible());
    QTest::mouseClick(child<QPushButton>(w, "saveHouseholdButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !child<HouseholdEditor>(w, "householdEditor")->isModified(); }));
    const Dossier d = desk.stored(id);
    CHECK(d.resources.first().type == QStringLiteral("salaire"));
    CHECK(d.resources.first().amountCents == 123450);
    CHECK(d.householdEntry.value(QStringLiteral("commune_residence")).toString() == QStringLiteral("78600"));
}

TEST_CASE("saved figures come back when the dossier is opened again", "[ui][ui-eligibility]")
{
    Desk desk(exampleReglement(), ExampleReglement);
    MainWindow& w = desk.w();
    const QString id = desk.storedDossier(martinSamuel());
    desk.open(id);

    typeWorkedExample(w);
    setCombo(child<QComboBox>(w, "chargeOriginCombo0"), QStringLiteral("justificatif"));
    child<QCheckBox>(w, "personAlternateCheck3")->setChecked(true);
    // Paper proofs: no API answer in this dossier, so every field is open.
    auto* qf = child<QLineEdit>(w, "paperQfEdit");
    REQUIRE(qf->isEnabled());
    QTest::keyClicks(qf, QStringLiteral("649"));
    CHECK(child<QLabel>(w, "paperQfMessage")->isVisible()); // its month is missing
    child<QSpinBox>(w, "paperQfMonthSpin")->setValue(10);
    child<QSpinBox>(w, "paperQfYearSpin")->setValue(2026);
    CHECK_FALSE(child<QLabel>(w, "paperQfMessage")->isVisible());
    QTest::keyClicks(child<QLineEdit>(w, "paperRfrEdit"), QStringLiteral("18 000"));
    QTest::keyClicks(child<QLineEdit>(w, "paperPartsEdit"), QStringLiteral("3"));
    child<QSpinBox>(w, "paperIncomeYearSpin")->setValue(2025);
    child<QComboBox>(w, "paperStatusCombo_rsa")->setCurrentIndex(2); // no; the others stay unknown

    // Ctrl+S saves.
    QTest::keyClick(child<QLineEdit>(w, "communeResidenceEdit"), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return !child<HouseholdEditor>(w, "householdEditor")->isModified(); }));
    const Dossier d = desk.stored(id);
    CHECK(d.resources.size() == 1);
    CHECK(d.charges.size() == 5);
    CHECK(d.charges.first().origin == QStringLiteral("justificatif"));
    const QJsonObject e = d.householdEntry;
    CHECK(e.value(QStringLiteral("personnes")).toArray().size() == 4);
    CHECK(e.value(QStringLiteral("commune_residence")).toString() == QStringLiteral("78358"));
    CHECK(e.value(QStringLiteral("demande")).toObject().value(QStringLiteral("montant_demande")).toDouble() == 300.0);
    CHECK(e.value(QStringLiteral("quotient_familial_caf")).toObject().value(QStringLiteral("valeur")).toInt() == 649);
    CHECK(e.value(QStringLiteral("fiscal")).toObject().value(QStringLiteral("rfr")).toInt() == 18000);
    CHECK(e.value(QStringLiteral("statuts")).toObject() == QJsonObject{{QStringLiteral("rsa"), false}});
    // The stored entry is a valid household in the documented format.
    Menage check;
    CHECK(MenageJson::readInto(e, check).isEmpty());

    // Leave, open again: everything is there as typed.
    QTest::mouseClick(child<QPushButton>(w, "clearDossierButton"), Qt::LeftButton);
    REQUIRE(w.openDossierId().isEmpty());
    CHECK(w.findChild<QMessageBox*>(QStringLiteral("unsavedFiguresBox")) == nullptr); // nothing was pending
    desk.open(id);
    CHECK(child<PersonsEditor>(w, "personsEditor")->rowCount() == 4);
    CHECK(child<QLineEdit>(w, "personBirthEdit2")->text() == QStringLiteral("10/06/2011"));
    CHECK(child<QCheckBox>(w, "personAlternateCheck3")->isChecked());
    CHECK(child<QLineEdit>(w, "resourceAmountEdit0")->text() == QStringLiteral("1900,00"));
    CHECK(child<QLineEdit>(w, "chargeAmountEdit4")->text() == QStringLiteral("50,00"));
    CHECK(child<QComboBox>(w, "chargeOriginCombo0")->currentData().toString() == QStringLiteral("justificatif"));
    CHECK(child<QLineEdit>(w, "communeResidenceEdit")->text() == QStringLiteral("78358"));
    CHECK(child<QLineEdit>(w, "requestedAmountEdit")->text() == QStringLiteral("300,00"));
    CHECK(child<QLineEdit>(w, "paperQfEdit")->text() == QStringLiteral("649"));
    CHECK(child<QSpinBox>(w, "paperQfMonthSpin")->value() == 10);
    CHECK(child<QLineEdit>(w, "paperPartsEdit")->text() == QStringLiteral("3"));
    CHECK(child<QComboBox>(w, "paperStatusCombo_rsa")->currentIndex() == 2);
    CHECK_FALSE(child<HouseholdEditor>(w, "householdEditor")->isModified());

    // Unsaved figures are not lost when leaving: the window asks (without blocking) and can save them.
    retype(child<QLineEdit>(w, "chargeAmountEdit0"), QStringLiteral("600"));
    QTest::mouseClick(child<QPushButton>(w, "clearDossierButton"), Qt::LeftButton);
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("unsavedFiguresBox"));
    REQUIRE(box != nullptr);
    CHECK(w.openDossierId() == id); // still there while asking
    box->button(QMessageBox::Save)->click();
    REQUIRE(waitUntil([&] { return w.openDossierId().isEmpty(); }));
    CHECK(desk.stored(id).charges.first().amountCents == 60000);
}

TEST_CASE("the decision is recorded, listed, and the dossier closed after a confirmation", "[ui][ui-eligibility]")
{
    const Reglement reglement = exampleReglement();
    const QString aid = foodAid(reglement);
    Desk desk(reglement, ExampleReglement);
    MainWindow& w = desk.w();
    const QString id = desk.storedDossier(martinSamuel());
    desk.open(id);
    typeWorkedExample(w);
    REQUIRE(waitUntil([&] {
        const AidResult* a = shownAid(w, aid);
        return a && a->amountCents == 12000;
    }));
    child<EligibilityPanel>(w, "eligibilityPanel")->selectAid(aid);
    auto* outcome = child<QComboBox>(w, "decisionOutcomeCombo");
    auto* amount = child<QLineEdit>(w, "decisionAmountEdit");
    CHECK(amount->text() == QStringLiteral("120,00"));

    // A refusal needs its reasons.
    outcome->setCurrentIndex(outcome->findData(int(Outcome::Refuse)));
    CHECK_FALSE(amount->isEnabled());
    QTest::mouseClick(child<QPushButton>(w, "recordDecisionButton"), Qt::LeftButton);
    CHECK(child<QLabel>(w, "decisionMotifMessage")->isVisible());
    CHECK_FALSE(desk.stored(id).decision.has_value());

    // Granted, amount typed by the agent (no longer pre-filled afterwards).
    outcome->setCurrentIndex(outcome->findData(int(Outcome::Accorde)));
    retype(amount, QStringLiteral("100"));
    QTest::keyClicks(child<QPlainTextEdit>(w, "decisionMotifEdit"), QStringLiteral("Commission du 27/11"));
    QTest::mouseClick(child<QPushButton>(w, "recordDecisionButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return desk.stored(id).decision.has_value(); }));
    const Dossier decided = desk.stored(id);
    CHECK(decided.status == DossierStatus::Decide);
    CHECK(decided.decision->outcome == Outcome::Accorde);
    CHECK(decided.decision->amountCents == 10000);
    // The figures were saved with it.
    CHECK(decided.resources.size() == 1);
    CHECK(decided.charges.size() == 5);
    // The list shows it.
    auto* model = qobject_cast<DossierListModel*>(child<QTableView>(w, "dossierTable")->model());
    REQUIRE(model != nullptr);
    REQUIRE(waitUntil([&] {
        const int row = model->rowOf(id);
        return row >= 0 && model->summaries().at(row).outcome == Outcome::Accorde &&
               model->summaries().at(row).amountCents == 10000;
    }));

    // Closing asks first, without a nested event loop; « Cancel » changes nothing.
    auto* close = child<QPushButton>(w, "closeDossierButton");
    REQUIRE(waitUntil([&] { return close->isEnabled(); }));
    QTest::mouseClick(close, Qt::LeftButton);
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("closeConfirmBox"));
    REQUIRE(box != nullptr);
    box->button(QMessageBox::Cancel)->click();
    REQUIRE(waitUntil([&] { return w.findChild<QMessageBox*>(QStringLiteral("closeConfirmBox")) == nullptr; }));
    CHECK(desk.stored(id).status == DossierStatus::Decide);
    QTest::mouseClick(close, Qt::LeftButton);
    box = w.findChild<QMessageBox*>(QStringLiteral("closeConfirmBox"));
    REQUIRE(box != nullptr);
    box->button(QMessageBox::Yes)->click();
    REQUIRE(waitUntil([&] { return desk.stored(id).status == DossierStatus::Clos; }));
    REQUIRE(waitUntil([&] {
        const int row = model->rowOf(id);
        return row >= 0 && model->summaries().at(row).status == DossierStatus::Clos;
    }));
    // A closed dossier is read only.
    CHECK(child<QLineEdit>(w, "resourceAmountEdit0")->isReadOnly());
    CHECK_FALSE(child<QPushButton>(w, "recordDecisionButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(w, "saveHouseholdButton")->isEnabled());
}

TEST_CASE("the summary is exported as PDF or previewed for printing, and journaled", "[ui][ui-eligibility]")
{
    Desk desk(exampleReglement(), ExampleReglement);
    MainWindow& w = desk.w();
    const QString id = desk.storedDossier(martinSamuel());
    desk.open(id);
    typeWorkedExample(w);
    auto* pdf = child<QPushButton>(w, "exportPdfButton");
    REQUIRE(waitUntil([&] { return pdf->isEnabled(); }));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    child<QCheckBox>(w, "pseudonymiseCheck")->setChecked(true);
    QTest::mouseClick(pdf, Qt::LeftButton); // saves the figures first, then asks where
    QFileDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] { return (dialog = w.findChild<QFileDialog*>(QStringLiteral("summaryPdfDialog"))); }));
    CHECK(dialog->isVisible());
    CHECK(desk.stored(id).resources.size() == 1); // saved before the summary was made
    // The file name offered carries the opaque dossier id only, never a name.
    const QStringList offered = dialog->selectedFiles();
    REQUIRE(offered.size() == 1);
    CHECK(QFileInfo(offered.first()).fileName() == QStringLiteral("synthese-%1-commission.pdf").arg(id));
    dialog->setDirectory(dir.path());
    QMetaObject::invokeMethod(dialog, "accept");
    const QString path = dir.filePath(QStringLiteral("synthese-%1-commission.pdf").arg(id));
    auto* status = child<QLabel>(w, "workspaceStatusLabel");
    REQUIRE(waitUntil([&] { return QFile::exists(path) || status->text().contains(QStringLiteral("synthese")); }));
    INFO(status->text().toStdString());
    REQUIRE(QFile::exists(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    // Journaled: a print of this dossier, as a pseudonymised PDF.
    REQUIRE(waitUntil([&] {
        for (const JournalEntry& e : desk.journal())
            if (e.action == JournalAction::Print && e.dossierId == id)
                return true;
        return false;
    }));
    QList<JournalEntry> prints;
    for (const JournalEntry& e : desk.journal())
        if (e.action == JournalAction::Print && e.dossierId == id)
            prints << e;
    REQUIRE(prints.size() == 1);
    CHECK(prints.first().detail.contains(QStringLiteral("pdf")));
    CHECK(prints.first().detail.contains(QStringLiteral("pseudonym")));

    // The preview opens without a nested event loop; closing it prints nothing and journals nothing.
    child<QCheckBox>(w, "pseudonymiseCheck")->setChecked(false);
    QTest::mouseClick(child<QPushButton>(w, "printPreviewButton"), Qt::LeftButton);
    QPrintPreviewDialog* preview = nullptr;
    REQUIRE(waitUntil(
        [&] { return (preview = w.findChild<QPrintPreviewDialog*>(QStringLiteral("summaryPreviewDialog"))); }));
    CHECK(preview->isVisible());
    preview->reject();
    REQUIRE(waitUntil(
        [&] { return w.findChild<QPrintPreviewDialog*>(QStringLiteral("summaryPreviewDialog")) == nullptr; }));
    int count = 0;
    for (const JournalEntry& e : desk.journal())
        count += e.action == JournalAction::Print ? 1 : 0;
    CHECK(count == 1);
    // Printed from the preview (the dialog is accepted once the printer has the pages): journaled.
    QTest::mouseClick(child<QPushButton>(w, "printPreviewButton"), Qt::LeftButton);
    REQUIRE(waitUntil(
        [&] { return (preview = w.findChild<QPrintPreviewDialog*>(QStringLiteral("summaryPreviewDialog"))); }));
    preview->accept();
    REQUIRE(waitUntil([&] {
        int n = 0;
        for (const JournalEntry& e : desk.journal())
            n += e.action == JournalAction::Print && e.dossierId == id ? 1 : 0;
        return n == 2;
    }));
    bool printer = false;
    for (const JournalEntry& e : desk.journal())
        if (e.action == JournalAction::Print && e.detail.contains(QStringLiteral("printer")) &&
            !e.detail.contains(QStringLiteral("pseudonym")))
            printer = true;
    CHECK(printer);
}

TEST_CASE("without a règlement the panel says how to set one, and a chosen file is used", "[ui][ui-eligibility]")
{
    Desk desk(std::nullopt);
    MainWindow& w = desk.w();
    const QString id = desk.storedDossier(martinSamuel());
    desk.open(id);
    auto* message = child<QLabel>(w, "eligibilityMessage");
    REQUIRE(waitUntil([&] { return message->text().contains(QStringLiteral("ReglementPath")); }));
    CHECK(message->isVisible());
    CHECK_FALSE(tree(w)->isVisible());
    CHECK_FALSE(child<QPushButton>(w, "exportPdfButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(w, "printPreviewButton")->isEnabled());
    // The household can still be typed and saved.
    addLine(w, "resource", 0, QStringLiteral("salaire"), QStringLiteral("1000"));
    QTest::mouseClick(child<QPushButton>(w, "saveHouseholdButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !child<HouseholdEditor>(w, "householdEditor")->isModified(); }));
    CHECK(desk.stored(id).resources.size() == 1);

    // A règlement with errors: its French errors are listed, nothing is kept.
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "guichet-ccas/reglement", "version_format": 1, "aides": [{"code": 3}]})");
    }
    const auto errors = Reglement::load(broken);
    REQUIRE_FALSE(errors.ok());
    w.useReglementFile(broken);
    CHECK(message->isVisible());
    for (const QString& e : errors.error())
        CHECK(message->text().contains(e));
    CHECK(desk.savedReglementPaths.isEmpty());

    // File › Règlement of the aids…: a file chooser (non-modal), then the règlement is used and kept.
    const QString good = dir.filePath(QStringLiteral("reglement.json"));
    REQUIRE(QFile::copy(ExampleReglement, good));
    QAction* action = w.findChild<QAction*>(QStringLiteral("reglementAction"));
    REQUIRE(action != nullptr);
    action->trigger();
    auto* dialog = w.findChild<QFileDialog*>(QStringLiteral("reglementFileDialog"));
    REQUIRE(dialog != nullptr);
    dialog->setDirectory(dir.path());
    dialog->selectFile(QStringLiteral("reglement.json"));
    QMetaObject::invokeMethod(dialog, "accept");
    REQUIRE(waitUntil([&] { return tree(w)->isVisible() && tree(w)->topLevelItemCount() > 0; }));
    CHECK_FALSE(message->isVisible());
    CHECK(desk.savedReglementPaths == QStringList{good});
    CHECK(child<QPushButton>(w, "exportPdfButton")->isEnabled());

    // A broken choice afterwards keeps the good one in use, and says why.
    w.useReglementFile(broken);
    CHECK(tree(w)->isVisible());
    CHECK(child<QLabel>(w, "eligibilityWarnings")->isVisible());
    CHECK(desk.savedReglementPaths == QStringList{good});
}

TEST_CASE("a règlement that fails to load at start lists its errors", "[ui][ui-eligibility]")
{
    const QStringList errors{QStringLiteral("aides[0].code : texte attendu")};
    Desk desk(std::nullopt, QStringLiteral("/nowhere/reglement.json"), errors);
    MainWindow& w = desk.w();
    desk.open(desk.storedDossier(martinSamuel()));
    auto* message = child<QLabel>(w, "eligibilityMessage");
    REQUIRE(waitUntil([&] { return message->text().contains(errors.first()); }));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("reglement.json")));
}

TEST_CASE("the CAF composition of a consulted dossier can be taken over", "[ui][ui-eligibility]")
{
    Desk desk(exampleReglement(), ExampleReglement);
    MainWindow& w = desk.w();
    // DUPONT Sophie: the staging QF answer has allocataires and children; the API gives the QF.
    QTest::keyClicks(child<QLineEdit>(w, "nomNaissanceEdit"), QStringLiteral("Dupont"));
    QTest::keyClicks(child<QLineEdit>(w, "prenom1Edit"), QStringLiteral("Sophie"));
    child<QComboBox>(w, "sexeCombo")->setCurrentIndex(1);
    child<QSpinBox>(w, "jourSpin")->setValue(3);
    child<QSpinBox>(w, "moisSpin")->setValue(9);
    child<QSpinBox>(w, "anneeSpin")->setValue(1982);
    QTest::keyClicks(child<QLineEdit>(w, "communeEdit"), QStringLiteral("13001"));
    QTest::mouseClick(child<QPushButton>(w, "newDossierButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] {
        return desk.rig.server.requestCount() == 6 && child<QPushButton>(w, "consultButton")->isEnabled() &&
               !w.openDossierId().isEmpty();
    }));
    auto* caf = child<QPushButton>(w, "cafCompositionButton");
    REQUIRE(waitUntil([&] { return caf->isEnabled(); })); // once the sources are saved and reloaded
    // The QF came from the API: the attestation fields are closed.
    CHECK_FALSE(child<QLineEdit>(w, "paperQfEdit")->isEnabled());
    // C2S was "not found" for her: a notification letter can still be typed.
    CHECK(child<QComboBox>(w, "paperStatusCombo_c2s")->isEnabled());
    child<QTabWidget>(w, "dossierTabs")->setCurrentIndex(1);
    QTest::mouseClick(caf, Qt::LeftButton);
    auto* persons = child<PersonsEditor>(w, "personsEditor");
    CHECK(persons->rowCount() >= 1);
    CHECK(persons->persons().first().role == PersonRole::Demandeur);
    CHECK(child<HouseholdEditor>(w, "householdEditor")->isModified());
}

TEST_CASE("the settings dialog takes the CCAS letterhead and checks the règlement", "[ui][ui-eligibility]")
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "guichet-ccas/reglement", "version_format": 1, "aides": [{"code": 3}]})");
    }
    const QString notAnImage = dir.filePath(QStringLiteral("logo.png"));
    {
        QFile f(notAnImage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a picture");
    }
    ConnectionDialog::Values current;
    current.environment = QStringLiteral("production");
    current.siret = QStringLiteral("13002526500013");
    current.ccasName = QStringLiteral("CCAS de Test");
    current.reglementPath = broken;
    ConnectionDialog dialog(current);
    dialog.show();
    CHECK(child<QLineEdit>(dialog, "ccasNameEdit")->text() == QStringLiteral("CCAS de Test"));
    if (qEnvironmentVariableIsSet("GUICHET_SCREENSHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("GUICHET_SCREENSHOT_DIR") + QStringLiteral("/h5-settings.png"));
    auto* error = child<QLabel>(dialog, "connectionError");

    // A règlement with errors is refused, with its errors.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    const auto errors = Reglement::load(broken);
    REQUIRE_FALSE(errors.ok());
    CHECK(error->text().contains(errors.error().first()));

    // A logo that is not a picture too.
    child<QLineEdit>(dialog, "reglementPathEdit")->clear();
    child<QLineEdit>(dialog, "ccasLogoEdit")->setText(notAnImage);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->isVisible());

    // The règlement chosen with « Browse… » (a non-modal file chooser), an address on two lines.
    child<QLineEdit>(dialog, "ccasLogoEdit")->clear();
    const QString good = dir.filePath(QStringLiteral("reglement.json"));
    REQUIRE(QFile::copy(ExampleReglement, good));
    QTest::mouseClick(child<QPushButton>(dialog, "reglementBrowseButton"), Qt::LeftButton);
    auto* chooser = dialog.findChild<QFileDialog*>(QStringLiteral("reglementFileDialog"));
    REQUIRE(chooser != nullptr);
    chooser->setDirectory(dir.path());
    chooser->selectFile(QStringLiteral("reglement.json"));
    QMetaObject::invokeMethod(chooser, "accept");
    REQUIRE(waitUntil([&] { return !child<QLineEdit>(dialog, "reglementPathEdit")->text().isEmpty(); }));
    child<QPlainTextEdit>(dialog, "ccasAddressEdit")
        ->setPlainText(QStringLiteral(" 1 place de la Mairie \n\n78600 Maisons-Laffitte"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto v = dialog.values();
    CHECK(QFileInfo(v.reglementPath) == QFileInfo(good));
    CHECK(v.ccasAddress == QStringLiteral("1 place de la Mairie\n78600 Maisons-Laffitte"));
    CHECK(v.ccasLogoPath.isEmpty());
}

TEST_CASE("Tab goes through the household and budget in reading order", "[ui][ui-eligibility]")
{
    Desk desk(exampleReglement(), ExampleReglement);
    MainWindow& w = desk.w();
    desk.open(desk.storedDossier(martinSamuel()));
    addPerson(w, 0, PersonRole::Demandeur, QStringLiteral("14/03/1984"));
    addLine(w, "resource", 0, QStringLiteral("salaire"), QStringLiteral("1000"));
    addLine(w, "charge", 0, QStringLiteral("energie"), QStringLiteral("100"));
    addLine(w, "resource", 1, QStringLiteral("pension"), QStringLiteral("200")); // added after the charges

    QStringList chain;
    QWidget* start = child<QPushButton>(w, "personAddButton");
    for (QWidget* it = start->nextInFocusChain(); it != start && chain.size() < 500; it = it->nextInFocusChain())
        if (!it->objectName().isEmpty())
            chain << it->objectName();
    const QStringList expected{QStringLiteral("personRoleCombo0"),      QStringLiteral("personBirthEdit0"),
                               QStringLiteral("personRemoveButton0"),   QStringLiteral("communeResidenceEdit"),
                               QStringLiteral("natureCombo"),           QStringLiteral("requestedAmountEdit"),
                               QStringLiteral("resourceAddButton"),     QStringLiteral("resourceTypeCombo0"),
                               QStringLiteral("resourceAmountEdit0"),   QStringLiteral("resourceOriginCombo0"),
                               QStringLiteral("resourceRemoveButton0"), QStringLiteral("resourceTypeCombo1"),
                               QStringLiteral("resourceAmountEdit1"),   QStringLiteral("chargeAddButton"),
                               QStringLiteral("chargeTypeCombo0"),      QStringLiteral("chargeAmountEdit0"),
                               QStringLiteral("paperQfEdit"),           QStringLiteral("paperRfrEdit"),
                               QStringLiteral("paperPartsEdit"),        QStringLiteral("paperStatusCombo_rsa"),
                               QStringLiteral("saveHouseholdButton"),   QStringLiteral("eligibilityTree"),
                               QStringLiteral("decisionOutcomeCombo"),  QStringLiteral("decisionAmountEdit"),
                               QStringLiteral("decisionMotifEdit"),     QStringLiteral("recordDecisionButton"),
                               QStringLiteral("printPreviewButton"),    QStringLiteral("exportPdfButton")};
    int last = -1;
    for (const QString& name : expected) {
        const int at = int(chain.indexOf(name));
        INFO(name.toStdString());
        CHECK(at > last);
        last = std::max(last, at);
    }
    // Enter in the last amount adds a line and puts the cursor on its kind.
    QTest::keyClick(child<QLineEdit>(w, "chargeAmountEdit0"), Qt::Key_Return);
    CHECK(child<BudgetEditor>(w, "chargeEditor")->rowCount() == 2);
    CHECK(QApplication::focusWidget() == child<QComboBox>(w, "chargeTypeCombo1"));
}
