// The administration window, offscreen, on an ephemeral profile with known dossiers: the journal
// (filters, chain verification, CSV export through the file chooser), the retention report (due,
// warnings, purge after confirmation, history) and the statistics per aid and outcome.
#include "AdminWindow.h"
#include "ClientRig.h"
#include "JournalTab.h"
#include "MainWindow.h"
#include "RetentionTab.h"
#include "StatisticsTab.h"
#include "session/ProfileSession.h"
#include "store/DossierRepository.h"

#include "DatedDossier.h"
#include "Futures.h"
#include "StoreRig.h"
#include "WidgetLookup.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ccas;
using namespace ccas::test;

namespace {

// An unlocked ephemeral profile (its first retention run done) with five dossiers: two granted and
// one refused this year, one closed in January 2024 (due for purging), one left in instruction since
// September 2025 (a warning), and one view by agent2.
struct AdminRig
{
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    ProfileSession session{QString(), nullptr, clock};
    QString viewed;

    AdminRig()
    {
        QSignalSpy retention(&session, &ProfileSession::retentionFinished);
        session.openEphemeral();
        REQUIRE(waitUntil([&] { return session.isUnlocked() && retention.count() >= 1; }));
        const auto D = DossierStatus::Decide;
        const auto imported = await(session.dossiers()->importDossiers(
            {
                dossier(QStringLiteral("Dupont"), QStringLiteral("ALIM"), D, Outcome::Accorde, 10000, utc(2026, 10, 1)),
                dossier(QStringLiteral("Durand"), QStringLiteral("ALIM"), D, Outcome::Accorde, 5000, utc(2026, 11, 1)),
                dossier(QStringLiteral("Petit"), QStringLiteral("ENERGIE"), D, Outcome::Refuse, 0, utc(2026, 11, 2)),
                dossier(QStringLiteral("Moreau"), QStringLiteral("ALIM"), DossierStatus::Clos, Outcome::Accorde, 7000,
                        utc(2024, 1, 15)),
                dossier(QStringLiteral("Leroy"), QStringLiteral("ENERGIE"), DossierStatus::EnInstruction, std::nullopt,
                        0, utc(2025, 9, 1)),
            },
            QStringLiteral("importer")));
        REQUIRE(imported.ok());
        const auto list = await(session.dossiers()->list(QStringLiteral("Petit")));
        REQUIRE(list.ok());
        REQUIRE(list.value().size() == 1);
        viewed = list.value().first().id;
        REQUIRE(await(session.dossiers()->get(viewed, QStringLiteral("agent2"))).ok());
    }
};

bool idle(AdminWindow& w)
{
    return !w.journalTab()->isLoading() && !w.retentionTab()->isLoading() && !w.statisticsTab()->isLoading();
}

QString cell(QTableWidget* t, int row, int column)
{
    QTableWidgetItem* item = t->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("The administration window shows the journal, filters it, verifies it and exports it", "[ui][admin]")
{
    AdminRig rig;
    AdminWindow w(&rig.session);
    w.show();
    CHECK(w.tabs()->count() == 3);
    CHECK(w.windowTitle().contains(QStringLiteral("Guichet CCAS")));
    CHECK_FALSE(w.windowTitle().contains(QStringLiteral("Dupont"), Qt::CaseInsensitive));

    auto* table = child<QTableView>(w, "journalTable");
    REQUIRE(waitUntil([&] { return idle(w) && table->model()->rowCount() >= 2; }));
    child<QCheckBox>(w, "journalWholePeriod")->setChecked(true);
    REQUIRE(waitUntil([&] { return !w.journalTab()->isLoading(); }));
    const int all = table->model()->rowCount();
    CHECK(all >= 2); // the key creation, the import, the view (and retention's journal entries, if any)

    // The action filter: only the view.
    auto* action = child<QComboBox>(w, "journalAction");
    REQUIRE(waitUntil([&] { return action->findData(QStringLiteral("view")) > 0; }));
    action->setCurrentIndex(action->findData(QStringLiteral("view")));
    REQUIRE(waitUntil([&] { return !w.journalTab()->isLoading() && table->model()->rowCount() == 1; }));
    CHECK(table->model()->index(0, 3).data().toString() == rig.viewed);
    CHECK(table->model()->index(0, 1).data().toString() == QStringLiteral("agent2"));
    // No identity anywhere in the table.
    for (int c = 0; c < table->model()->columnCount(); ++c)
        CHECK_FALSE(
            table->model()->index(0, c).data().toString().contains(QStringLiteral("Petit"), Qt::CaseInsensitive));

    // Back to all actions, then the agent filter and the dossier filter.
    action->setCurrentIndex(0);
    REQUIRE(waitUntil([&] { return !w.journalTab()->isLoading() && table->model()->rowCount() == all; }));
    auto* agent = child<QComboBox>(w, "journalAgent");
    REQUIRE(agent->findData(QStringLiteral("importer")) > 0);
    agent->setCurrentIndex(agent->findData(QStringLiteral("importer")));
    REQUIRE(waitUntil([&] { return !w.journalTab()->isLoading() && table->model()->rowCount() == 1; }));
    CHECK(table->model()->index(0, 2).data(Qt::ToolTipRole).toString() == QStringLiteral("import"));
    agent->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(w, "journalDossier"), rig.viewed);
    QTest::mouseClick(child<QPushButton>(w, "journalFilterButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !w.journalTab()->isLoading() && table->model()->rowCount() == 1; }));
    child<QLineEdit>(w, "journalDossier")->clear();

    // A period with nothing in it.
    child<QCheckBox>(w, "journalWholePeriod")->setChecked(false);
    child<QDateEdit>(w, "journalTo")->setDate(QDate(2020, 1, 31));
    child<QDateEdit>(w, "journalFrom")->setDate(QDate(2020, 1, 1));
    REQUIRE(waitUntil([&] { return !w.journalTab()->isLoading() && table->model()->rowCount() == 0; }));
    child<QCheckBox>(w, "journalWholePeriod")->setChecked(true);
    REQUIRE(waitUntil([&] { return !w.journalTab()->isLoading() && table->model()->rowCount() == all; }));

    // « Verify the chain ».
    QSignalSpy verified(w.journalTab(), &JournalTab::verified);
    QTest::mouseClick(child<QPushButton>(w, "journalVerifyButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return verified.count() == 1; }));
    CHECK(verified.first().first().toBool());
    CHECK_FALSE(child<QLabel>(w, "journalVerifyResult")->text().isEmpty());

    // The CSV export through the (non-native, non-modal) file chooser.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.csv"));
    QSignalSpy exported(w.journalTab(), &JournalTab::exported);
    QTest::mouseClick(child<QPushButton>(w, "journalExportButton"), Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = w.findChild<QFileDialog*>(QStringLiteral("journalExportDialog"));
        return dialog && dialog->isVisible();
    }));
    CHECK(dialog->testOption(QFileDialog::DontUseNativeDialog));
    CHECK(dialog->windowModality() != Qt::ApplicationModal);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
    REQUIRE(waitUntil([&] { return exported.count() == 1; }));
    CHECK(exported.first().first().toBool());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size() == all + 1);
    CHECK(csv.contains(rig.viewed));
    for (const char* name : {"Dupont", "Durand", "Petit", "Moreau", "Leroy", "Sophie", "1982"})
        CHECK_FALSE(csv.contains(QLatin1String(name), Qt::CaseInsensitive));
    // The export is journaled, and shown after the refresh.
    REQUIRE(waitUntil([&] { return !w.journalTab()->isLoading() && table->model()->rowCount() == all + 1; }));
    CHECK(table->model()->index(all, 2).data(Qt::ToolTipRole).toString() == QStringLiteral("export"));
    CHECK(table->model()->index(all, 7).data().toString() == QStringLiteral("journal csv %1 entries").arg(all));
}

TEST_CASE("The administration window reports retention and purges after confirmation", "[ui][admin]")
{
    AdminRig rig;
    AdminWindow w(&rig.session);
    w.show();
    w.tabs()->setCurrentIndex(1);
    auto* due = child<QTableWidget>(w, "retentionDueTable");
    auto* warnings = child<QTableWidget>(w, "retentionWarningTable");
    auto* history = child<QTableWidget>(w, "retentionHistoryTable");
    auto* purge = child<QPushButton>(w, "retentionPurgeButton");
    REQUIRE(waitUntil([&] { return idle(w) && due->rowCount() == 1; }));
    CHECK(cell(due, 0, 2) == QStringLiteral("ALIM"));
    CHECK(cell(due, 0, 0).startsWith(QLatin1Char('D'))); // the opaque id, no name
    REQUIRE(warnings->rowCount() == 1);
    CHECK(cell(warnings, 0, 2) == QStringLiteral("ENERGIE"));
    CHECK(cell(warnings, 0, 4) == QStringLiteral("14")); // months without activity
    CHECK(history->rowCount() == 0);
    REQUIRE(purge->isEnabled());

    // Cancelled: nothing happens.
    QSignalSpy started(&rig.session, &ProfileSession::retentionStarted);
    QTest::mouseClick(purge, Qt::LeftButton);
    QMessageBox* box = nullptr;
    REQUIRE(waitUntil([&] {
        box = w.findChild<QMessageBox*>(QStringLiteral("purgeConfirmBox"));
        return box && box->isVisible();
    }));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return w.findChild<QMessageBox*>(QStringLiteral("purgeConfirmBox")) == nullptr; }));
    CHECK(started.count() == 0);
    CHECK(due->rowCount() == 1);

    // Confirmed: the session purges, the report and the history follow.
    QTest::mouseClick(purge, Qt::LeftButton);
    REQUIRE(waitUntil([&] {
        box = w.findChild<QMessageBox*>(QStringLiteral("purgeConfirmBox"));
        return box && box->isVisible();
    }));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    REQUIRE(
        waitUntil([&] { return started.count() == 1 && idle(w) && history->rowCount() == 1 && due->rowCount() == 0; }));
    CHECK(cell(history, 0, 1) == QStringLiteral("1"));
    CHECK(cell(history, 0, 2).contains(QStringLiteral("ALIM")));
    CHECK(warnings->rowCount() == 1); // not due yet
    CHECK_FALSE(purge->isEnabled());
}

TEST_CASE("The administration window counts dossiers and amounts per aid and outcome", "[ui][admin]")
{
    AdminRig rig;
    AdminWindow w(&rig.session);
    w.show();
    w.tabs()->setCurrentIndex(2);
    auto* table = child<QTableWidget>(w, "statisticsTable");
    // This year (1 January to today): ALIM granted ×2, ENERGIE refused ×1, and the total line.
    REQUIRE(waitUntil([&] { return idle(w) && table->rowCount() == 3; }));
    CHECK(cell(table, 0, 0) == QStringLiteral("ALIM"));
    CHECK(cell(table, 0, 1) == DossierText::outcomeLabel(Outcome::Accorde));
    CHECK(cell(table, 0, 2) == QStringLiteral("2"));
    CHECK(cell(table, 0, 3) == DossierText::formatCents(15000));
    CHECK(cell(table, 1, 0) == QStringLiteral("ENERGIE"));
    CHECK(cell(table, 1, 1) == DossierText::outcomeLabel(Outcome::Refuse));
    CHECK(cell(table, 1, 2) == QStringLiteral("1"));
    CHECK(cell(table, 1, 3) == DossierText::formatCents(0));
    CHECK(cell(table, 2, 2) == QStringLiteral("3"));
    CHECK(cell(table, 2, 3) == DossierText::formatCents(15000));

    // Every date: the 2024 grant and the dossier in instruction too.
    child<QCheckBox>(w, "statisticsWholePeriod")->setChecked(true);
    REQUIRE(waitUntil([&] { return !w.statisticsTab()->isLoading() && table->rowCount() == 4; }));
    CHECK(cell(table, 0, 2) == QStringLiteral("3"));
    CHECK(cell(table, 0, 3) == DossierText::formatCents(22000));
    CHECK(w.statisticsTab()->report().totalCount == 5);
    CHECK(cell(table, 3, 2) == QStringLiteral("5"));
    CHECK(cell(table, 3, 3) == DossierText::formatCents(22000));
}

TEST_CASE("The main window opens the administration window and the information notice", "[ui][admin][notice]")
{
    ClientRig clientRig;
    PersonFetch fetch(&clientRig.client());
    AdminRig rig;
    MainWindow::Options options;
    options.demo = true;
    options.session = &rig.session;
    options.letterhead = []() {
        CcasLetterhead l;
        l.name = QStringLiteral("CCAS de Test");
        return l;
    };
    MainWindow w(&fetch, options);
    w.show();

    auto* adminAction = w.findChild<QAction*>(QStringLiteral("adminAction"));
    REQUIRE(adminAction != nullptr);
    adminAction->trigger();
    AdminWindow* admin = w.findChild<AdminWindow*>();
    REQUIRE(admin != nullptr);
    CHECK(admin->isVisible());
    CHECK(admin->isWindow());
    adminAction->trigger(); // the same window again
    CHECK(w.findChildren<AdminWindow*>().size() == 1);
    REQUIRE(waitUntil([&] { return idle(*admin); }));

    auto* noticeAction = w.findChild<QAction*>(QStringLiteral("noticePrintAction"));
    REQUIRE(noticeAction != nullptr);
    noticeAction->trigger();
    QPrintPreviewDialog* preview = nullptr;
    REQUIRE(waitUntil([&] {
        preview = w.findChild<QPrintPreviewDialog*>(QStringLiteral("noticePreviewDialog"));
        return preview && preview->isVisible();
    }));
    preview->reject();
    REQUIRE(w.findChild<QAction*>(QStringLiteral("noticePdfAction")) != nullptr);
}

TEST_CASE("Without a session the main window has no administration menu", "[ui][admin]")
{
    ClientRig clientRig;
    PersonFetch fetch(&clientRig.client());
    MainWindow w(&fetch, MainWindow::Options{});
    CHECK(w.findChild<QAction*>(QStringLiteral("adminAction")) == nullptr);
    CHECK(w.findChild<QAction*>(QStringLiteral("noticePrintAction")) != nullptr);
}
