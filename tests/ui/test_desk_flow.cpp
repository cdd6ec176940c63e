// The agent's day in one window, offscreen, on an ephemeral profile and the embedded fake APIs: a
// request taken from the new dossier to its closing, and the accessibility of every control the
// agent reaches (accessible names, keyboard reachability).
#include "ConnectionDialog.h"
#include "DeskRig.h"
#include "DossierListModel.h"
#include "IdentityForm.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>

using namespace ccas;
using namespace ccas::test;

namespace {

// The controls an agent acts on: buttons, fields, lists, tables.
bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QAbstractItemView*>(w);
}

// A control's own parts (the line edit inside a combo box or a spin box, the viewport of a view) are
// announced through their owner.
bool isPartOfAnotherControl(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
            qobject_cast<const QAbstractItemView*>(p))
            return true;
    return false;
}

// The visible controls of `root` whose accessible name (what a screen reader says: the accessible
// name, else the button text or the buddy label Qt derives it from) is empty.
QStringList unnamedControls(QWidget* root, int* checked = nullptr)
{
    QStringList out;
    int n = 0;
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (!isControl(w) || !w->isVisibleTo(root) || isPartOfAnotherControl(w))
            continue;
        // The page navigation buttons Qt adds to tab bars and the print preview's own tool bar are
        // Qt's, not ours.
        if (w->objectName().startsWith(QLatin1String("qt_")) || w->inherits("QTabBar") ||
            (w->parentWidget() && w->parentWidget()->inherits("QTabBar")))
            continue;
        ++n;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty() || name == QLatin1String("&"))
            out << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    if (checked)
        *checked = n;
    return out;
}

// The visible, enabled controls of `root` that Tab never reaches, starting from `first` and
// following the focus chain as the Tab key does.
QStringList unreachableControls(QWidget* root, QWidget* first)
{
    QSet<QWidget*> reached;
    first->setFocus(Qt::TabFocusReason);
    QWidget* current = QApplication::focusWidget();
    for (int i = 0; i < 2000 && current && !reached.contains(current); ++i) {
        reached.insert(current);
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
    }
    QStringList out;
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (!isControl(w) || !w->isVisible() || !w->isEnabled() || isPartOfAnotherControl(w))
            continue;
        if (!(w->focusPolicy() & Qt::TabFocus))
            continue; // not meant for Tab (reached by its shortcut, e.g. the tool buttons of a list)
        if (w->objectName().startsWith(QLatin1String("qt_")) || w->inherits("QTabBar"))
            continue;
        if (!reached.contains(w))
            out << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    return out;
}

QMessageBox* waitForBox(QWidget& w, const char* name)
{
    QMessageBox* box = nullptr;
    REQUIRE(waitUntil([&] { return (box = w.findChild<QMessageBox*>(QLatin1String(name))) && box->isVisible(); }));
    return box;
}

int journalCount(Desk& desk, const QString& id, QLatin1String action)
{
    int n = 0;
    for (const JournalEntry& e : desk.journal())
        n += e.dossierId == id && e.action == action ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("a request goes from the new dossier to its closing", "[ui][desk-flow]")
{
    const Reglement reglement = exampleReglement();
    const QString aid = foodAid(reglement);
    Desk desk(reglement, ExampleReglement);
    MainWindow& w = desk.w();

    // New dossier: the identity typed in the form, then « Nouveau dossier » creates it and fetches
    // every source into it, in parallel.
    w.identityForm()->setIdentity(dupontSophie());
    auto* requested = child<QComboBox>(w, "requestedAidCombo");
    REQUIRE(requested->count() == 1 + reglement.aids().size()); // « to be determined » and every aid
    setCombo(requested, aid);
    QTest::mouseClick(child<QPushButton>(w, "newDossierButton"), Qt::LeftButton);
    auto* consult = child<QPushButton>(w, "consultButton");
    REQUIRE(waitUntil([&] { return desk.rig.server.requestCount() >= 6 && consult->isEnabled(); }));
    const QString id = w.openDossierId();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(desk.stored(id).aidCode == aid); // the aid requested, in the clear for statistics
    CHECK_FALSE(requested->isEnabled());   // a dossier is open: nothing to create
    REQUIRE(waitUntil([&] { return desk.stored(id).sources.size() == 6; }));
    CHECK(desk.stored(id).status == DossierStatus::EnInstruction);
    // Every source is shown with its outcome.
    auto* results = child<QTreeWidget>(w, "resultsTree");
    REQUIRE(results->topLevelItemCount() >= 6);
    for (int i = 0; i < 6; ++i)
        CHECK_FALSE(results->topLevelItem(i)->text(1).isEmpty());
    CHECK(journalCount(desk, id, JournalAction::Fetch) >= 6);

    // Instruction, on the second tab (Ctrl+2): household and budget, the panel follows.
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    REQUIRE(child<QTabWidget>(w, "dossierTabs")->currentIndex() == 1);
    typeWorkedExample(w);
    REQUIRE(waitUntil([&] {
        const AidResult* a = shownAid(w, aid);
        return a && a->verdict == Verdict::Eligible && a->amountCents == 12000;
    }));

    // The decision: granted with the proposed amount, for the aid requested (already selected).
    CHECK(child<EligibilityPanel>(w, "eligibilityPanel")->currentAid() == aid);
    auto* outcome = child<QComboBox>(w, "decisionOutcomeCombo");
    outcome->setCurrentIndex(outcome->findData(int(Outcome::Accorde)));
    CHECK(child<QLineEdit>(w, "decisionAmountEdit")->text() == QStringLiteral("120,00"));
    QTest::keyClicks(child<QPlainTextEdit>(w, "decisionMotifEdit"), QStringLiteral("Commission du 27/11"));
    QTest::mouseClick(child<QPushButton>(w, "recordDecisionButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return desk.stored(id).status == DossierStatus::Decide; }));
    const Dossier decided = desk.stored(id);
    REQUIRE(decided.decision.has_value());
    CHECK(decided.decision->amountCents == 12000);
    CHECK(decided.aidCode == aid); // the aid granted becomes the dossier's (clear, for statistics)

    // The summary, as a PDF the agent saves.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto* exportPdf = child<QPushButton>(w, "exportPdfButton");
    REQUIRE(waitUntil([&] { return exportPdf->isEnabled(); })); // once the decision's save is over
    QTest::mouseClick(exportPdf, Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] { return (dialog = w.findChild<QFileDialog*>(QStringLiteral("summaryPdfDialog"))); }));
    dialog->setDirectory(dir.path());
    const QString pdf = dir.filePath(QFileInfo(dialog->selectedFiles().value(0)).fileName());
    QMetaObject::invokeMethod(dialog, "accept");
    REQUIRE(waitUntil([&] { return QFile::exists(pdf) && journalCount(desk, id, JournalAction::Print) == 1; }));

    // Closing, after the confirmation.
    auto* close = child<QPushButton>(w, "closeDossierButton");
    REQUIRE(waitUntil([&] { return close->isEnabled(); }));
    QTest::mouseClick(close, Qt::LeftButton);
    waitForBox(w, "closeConfirmBox")->button(QMessageBox::Yes)->click();
    REQUIRE(waitUntil([&] { return desk.stored(id).status == DossierStatus::Clos; }));
    CHECK(desk.stored(id).closedAt.isValid());

    // The journal tells the story in order: fetches, decision, print, closing; the list shows it.
    QStringList story;
    for (const JournalEntry& e : desk.journal())
        if (e.dossierId == id && (story.isEmpty() || story.last() != e.action))
            story << e.action;
    const QStringList wanted{JournalAction::Fetch, JournalAction::Decide, JournalAction::Print, JournalAction::Close};
    QStringList relevant;
    for (const QString& a : story)
        if (wanted.contains(a))
            relevant << a;
    CHECK(relevant == wanted);
    auto* model = qobject_cast<DossierListModel*>(child<QTableView>(w, "dossierTable")->model());
    REQUIRE(model != nullptr);
    REQUIRE(waitUntil([&] {
        const int row = model->rowOf(id);
        return row >= 0 && model->summaries().at(row).status == DossierStatus::Clos;
    }));
}

TEST_CASE("every control of the window has an accessible name and Tab reaches it", "[ui][accessibility]")
{
    Desk desk(exampleReglement(), ExampleReglement);
    MainWindow& w = desk.w();
    const QString id = desk.storedDossier(martinSamuel());
    desk.open(id);
    typeWorkedExample(w); // rows exist in every table
    auto* tabs = child<QTabWidget>(w, "dossierTabs");

    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        INFO("tab " << page);
        int checked = 0;
        const QStringList unnamed = unnamedControls(&w, &checked);
        INFO(unnamed.join(QLatin1Char('\n')).toStdString());
        CHECK(unnamed.isEmpty());
        CHECK(checked > 25); // the dossier list, the form or the household tables, the actions
        const QStringList unreachable = unreachableControls(&w, child<QLineEdit>(w, "dossierSearchEdit"));
        INFO(unreachable.join(QLatin1Char('\n')).toStdString());
        CHECK(unreachable.isEmpty());
    }

    // The settings dialog too.
    ConnectionDialog::Values values;
    values.environment = QStringLiteral("staging");
    ConnectionDialog settings(values, &w);
    settings.show();
    const QStringList unnamed = unnamedControls(&settings);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE("F1 lists the keyboard shortcuts and Ctrl+N creates a dossier from the form", "[ui][accessibility]")
{
    Desk desk(exampleReglement(), ExampleReglement);
    MainWindow& w = desk.w();
    QTest::keyClick(&w, Qt::Key_F1);
    QDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] { return (dialog = w.findChild<QDialog*>(QStringLiteral("shortcutsDialog"))); }));
    CHECK(dialog->isVisible());
    auto* table = child<QTableWidget>(*dialog, "shortcutsTable");
    CHECK(table->rowCount() >= 10);
    for (int row = 0; row < table->rowCount(); ++row) {
        INFO(table->item(row, 0)->text().toStdString());
        CHECK_FALSE(table->item(row, 1)->text().isEmpty());
    }
    CHECK(unnamedControls(dialog).isEmpty());
    dialog->reject();

    w.identityForm()->setIdentity(dupontSophie());
    w.activateWindow();
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return !w.openDossierId().isEmpty(); }));
}

TEST_CASE("the window fits a 1366 × 768 laptop screen", "[ui][accessibility]")
{
    Desk desk(exampleReglement(), ExampleReglement);
    MainWindow& w = desk.w();
    const QString id = desk.storedDossier(martinSamuel());
    desk.open(id);
    typeWorkedExample(w);
    auto* tabs = child<QTabWidget>(w, "dossierTabs");
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
        INFO("tab " << page << ": minimum " << min.width() << "×" << min.height());
        for (QWidget* c : w.findChildren<QWidget*>())
            if (c->isVisible() && c->minimumSizeHint().width() > 400)
                UNSCOPED_INFO(c->objectName().toStdString()
                              << " " << c->metaObject()->className() << " " << c->minimumSizeHint().width());
        CHECK(min.width() <= 1366);
        CHECK(min.height() <= 700); // the taskbar and the title bar take the rest
    }
}

TEST_CASE("an opened dossier shows the aid it was opened for", "[ui][desk-flow]")
{
    const QString path = QStringLiteral(":/reglements/exemple-plaine-argenson.json"); // three aids
    auto loaded = Reglement::load(path);
    REQUIRE(loaded.ok());
    const Reglement reglement = loaded.value();
    REQUIRE(reglement.aids().size() >= 2);
    const QString last = reglement.aids().last().code; // not the one selected by default
    Desk desk(reglement, path);
    auto id = await(desk.repo()->create(martinSamuel(), last, desk.session.agent()));
    REQUIRE(id.ok());
    desk.open(id.value());
    auto* panel = child<EligibilityPanel>(desk.w(), "eligibilityPanel");
    const bool shown = waitUntil([&] { return panel->currentAid() == last; });
    INFO("shown: " << panel->currentAid().toStdString() << ", wanted: " << last.toStdString());
    REQUIRE(shown);
}
