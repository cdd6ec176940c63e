// The archive export dialog (issue 7) on a real ephemeral profile with archive settings: the export of
// closed dossiers with its progress and result, a cancel in the middle (nothing at the path), the
// problems that stop a transfer, the window's action, and the archive fields of the settings dialog.
#include "ArchiveExportDialog.h"
#include "ConnectionDialog.h"
#include "DeskRig.h"
#include "MainWindow.h"
#include "archive/ArchivePolicy.h"
#include "session/ProfileSession.h"
#include "settings/Settings.h"
#include "store/DossierRepository.h"

#include "ClientRig.h"
#include "DatedDossier.h"
#include "WidgetLookup.h"
#include "ZipReader.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ccas;
using namespace ccas::test;

namespace {

constexpr const char* Siret = "13002526500013";
using State = ArchiveExportDialog::State;

// An unlocked ephemeral profile (its first retention run done) with settings in a temporary file;
// `configured`: the archives service's identifier and agreement are set.
struct ArchiveRig
{
    explicit ArchiveRig(bool configured = true)
    {
        REQUIRE(dir.isValid());
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("out")));
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("guichet-ccas.ini")));
        if (configured) {
            settings->setValue(Settings::Key::ArchivalAgencyId, QStringLiteral("FRAD078"));
            settings->setValue(Settings::Key::ArchivalAgreement, QStringLiteral("CONV-CCAS-2026-01"));
        }
        session = std::make_unique<ProfileSession>(QString(), nullptr, clock);
        session->setSettings(settings.get());
        QSignalSpy retention(session.get(), &ProfileSession::retentionFinished);
        session->openEphemeral(QStringLiteral("CCAS de Test"), QLatin1String(Siret));
        REQUIRE(waitUntil([&] { return session->isUnlocked() && retention.count() >= 1; }));
    }

    // `n` dossiers closed in October and November 2026 (not due for purging), outcomes in turn.
    QStringList addClosed(int n)
    {
        QList<Dossier> all;
        const Outcome outcomes[] = {Outcome::Accorde, Outcome::Refuse, Outcome::SansSuite};
        for (int i = 0; i < n; ++i) {
            const Outcome o = outcomes[i % 3];
            all << dossier(QStringLiteral("Archive%1").arg(i), QStringLiteral("ALIM"), DossierStatus::Clos, o,
                           o == Outcome::Accorde ? 15000 : 0, utc(2026, 10 + (i % 2), 1 + i % 27));
        }
        REQUIRE(await(session->dossiers()->importDossiers(all, QStringLiteral("importer"))).ok());
        auto ids = await(session->dossiers()->closedIds());
        REQUIRE(ids.ok());
        return ids.value();
    }

    QString out(const QString& name) const { return dir.filePath(QStringLiteral("out/") + name); }

    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Settings> settings;
    std::unique_ptr<ProfileSession> session;
};

ArchiveExportDialog::Options folderOptions(const ArchiveRig& rig, QStringList closedIds = {})
{
    ArchiveExportDialog::Options o;
    o.closedIds = std::move(closedIds);
    o.archiveFolder = rig.dir.filePath(QStringLiteral("out"));
    o.canOpenSettings = true;
    return o;
}

// A click on the button's indicator (a radio button stretched by its layout is not hit in its middle).
void clickRadio(QRadioButton* radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    REQUIRE(radio->isChecked());
}

// Clicks Export and waits for the end of the export; the highest progress shown is in `*maxProgress`.
State runExport(ArchiveExportDialog& dialog, int* maxProgress = nullptr)
{
    QSignalSpy ended(&dialog, &ArchiveExportDialog::exportEnded);
    auto* progress = child<QProgressBar>(dialog, "archiveProgress");
    int highest = 0;
    auto c = QObject::connect(progress, &QProgressBar::valueChanged, progress,
                              [&highest](int v) { highest = std::max(highest, v); });
    auto* exportButton = child<QPushButton>(dialog, "archiveExportButton");
    REQUIRE(exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    REQUIRE(dialog.state() == State::Exporting);
    CHECK_FALSE(exportButton->isEnabled());
    CHECK(child<QPushButton>(dialog, "archiveCancelButton")->isEnabled());
    REQUIRE(waitUntil([&] { return ended.count() == 1; }, 60000));
    QObject::disconnect(c);
    if (maxProgress)
        *maxProgress = highest;
    return dialog.state();
}

// The controls of `root` with no objectName or no accessible name; those Tab does not reach from
// `first` (visible and enabled ones).
QStringList unnamedOrUnreachable(QWidget& root, QWidget* first)
{
    // Tab also walks the sections of a date edit: followed until the focus is back on `first`.
    QSet<QWidget*> reached;
    first->setFocus(Qt::TabFocusReason);
    QWidget* current = QApplication::focusWidget();
    for (int i = 0; i < 200 && current && !(i > 0 && current == first); ++i) {
        reached.insert(current);
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
    }
    QStringList out;
    const QList<QWidget*> all = root.findChildren<QWidget*>();
    for (QWidget* w : all) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                             qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w);
        if (!control || !w->isVisible() || w->objectName().startsWith(QLatin1String("qt_")) ||
            qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget()) ||
            qobject_cast<QDialogButtonBox*>(w->parentWidget())) // OK and Cancel: Qt's own, named by their text
            continue;
        if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
            out << QStringLiteral("unnamed %1 (%2)").arg(w->objectName(), QLatin1String(w->metaObject()->className()));
        // The unchecked buttons of a radio group are reached with the arrow keys, not Tab.
        const auto* radio = qobject_cast<QRadioButton*>(w);
        if (radio && !radio->isChecked())
            continue;
        if (w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !reached.contains(w))
            out << QStringLiteral("unreachable %1").arg(w->objectName());
    }
    return out;
}

} // namespace

TEST_CASE("the archive dialog exports closed dossiers with progress and says where", "[archive-ui]")
{
    ArchiveRig rig;
    const QStringList ids = rig.addClosed(3);
    REQUIRE(ids.size() == 3);

    ArchiveExportDialog dialog(rig.session.get(), folderOptions(rig));
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(dialog.objectName() == QStringLiteral("archiveExportDialog"));
    CHECK_FALSE(dialog.isModal());

    // No dossier selected in the window: that scope is disabled; the default file is in the archive folder,
    // named without personal data.
    CHECK_FALSE(child<QRadioButton>(dialog, "archiveScopeSelected")->isEnabled());
    auto* pathEdit = child<QLineEdit>(dialog, "archivePathEdit");
    CHECK(QFileInfo(QDir::fromNativeSeparators(pathEdit->text())).absolutePath() ==
          QDir(rig.dir.filePath(QStringLiteral("out"))).absolutePath());
    CHECK(QFileInfo(pathEdit->text()).fileName().startsWith(QLatin1String("versement-seda-2026")));
    // Closed before: by default the ones the 24-month retention purges next.
    CHECK(child<QDateEdit>(dialog, "archiveClosedBeforeDate")->date() == QDate(2024, 11, 27));
    CHECK(child<QDateEdit>(dialog, "archiveClosedBeforeDate")->calendarPopup());
    // The recipient as the settings say, no problem, the missing règlement as a warning.
    CHECK(child<QLabel>(dialog, "archiveArchivalAgencyLabel")->text() == QStringLiteral("FRAD078"));
    CHECK(child<QLabel>(dialog, "archiveAgreementLabel")->text() == QStringLiteral("CONV-CCAS-2026-01"));
    CHECK(child<QLabel>(dialog, "archiveTransferringAgencyLabel")->text() == QLatin1String(Siret));
    CHECK_FALSE(child<QLabel>(dialog, "archiveProblemsLabel")->isVisible());
    CHECK(child<QLabel>(dialog, "archiveWarningsLabel")->isVisible());

    {
        const QStringList problems = unnamedOrUnreachable(dialog, child<QRadioButton>(dialog, "archiveScopeAll"));
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }

    clickRadio(child<QRadioButton>(dialog, "archiveScopeAll"));
    REQUIRE(child<QRadioButton>(dialog, "archiveScopeAll")->isChecked());
    const QString path = rig.out(QStringLiteral("versement"));
    pathEdit->setText(QDir::toNativeSeparators(path)); // ".zip" is added
    int highest = 0;
    REQUIRE(runExport(dialog, &highest) == State::Done);

    const QString zip = path + QStringLiteral(".zip");
    CHECK(QFileInfo(zip).isFile());
    CHECK(dialog.report().path == QFileInfo(zip).absoluteFilePath());
    CHECK(dialog.report().dossierIds.size() == 3);
    auto* progress = child<QProgressBar>(dialog, "archiveProgress");
    CHECK(highest == 3);
    CHECK(progress->maximum() == 3);
    CHECK(progress->value() == 3);
    const QString result = child<QLabel>(dialog, "archiveResultLabel")->text();
    CHECK(result.contains(QDir::toNativeSeparators(zip)));
    CHECK(result.contains(dialog.report().messageIdentifier));
    CHECK(child<QPushButton>(dialog, "archiveOpenFolderButton")->isVisible());
    const auto entries = readZip(zip);
    REQUIRE(entries.ok());
    CHECK(findZipEntry(entries.value(), QStringLiteral("manifest.xml")) != nullptr);
    for (const QString& id : ids)
        CHECK(findZipEntry(entries.value(), QStringLiteral("content/%1/decision.json").arg(id)) != nullptr);

    // The same file again: refused until « replace » is ticked; the options stay.
    CHECK(child<QCheckBox>(dialog, "archiveReplaceCheck")->isVisible());
    const QDateTime written = QFileInfo(zip).lastModified();
    QTest::mouseClick(child<QPushButton>(dialog, "archiveExportButton"), Qt::LeftButton);
    CHECK(dialog.state() == State::Done); // nothing started
    CHECK(child<QLabel>(dialog, "archiveResultLabel")->text().contains(QDir::toNativeSeparators(zip)));
    CHECK(QFileInfo(zip).lastModified() == written);
    child<QCheckBox>(dialog, "archiveReplaceCheck")->setChecked(true);
    REQUIRE(runExport(dialog) == State::Done);
    CHECK(child<QRadioButton>(dialog, "archiveScopeAll")->isChecked());

    // Closed before the default date: none, said in place, the choice kept.
    clickRadio(child<QRadioButton>(dialog, "archiveScopeBefore"));
    pathEdit->setText(rig.out(QStringLiteral("avant.zip")));
    REQUIRE(runExport(dialog) == State::Failed);
    CHECK_FALSE(QFileInfo::exists(rig.out(QStringLiteral("avant.zip"))));
    CHECK_FALSE(child<QLabel>(dialog, "archiveResultLabel")->text().isEmpty());
    CHECK(child<QRadioButton>(dialog, "archiveScopeBefore")->isChecked());
    CHECK(pathEdit->text() == rig.out(QStringLiteral("avant.zip")));
    CHECK(child<QPushButton>(dialog, "archiveExportButton")->isEnabled());
}

TEST_CASE("the archive dialog exports the dossier selected in the window", "[archive-ui]")
{
    ArchiveRig rig;
    const QStringList ids = rig.addClosed(2);
    ArchiveExportDialog dialog(rig.session.get(), folderOptions(rig, {ids.at(1)}));
    dialog.show();
    auto* selected = child<QRadioButton>(dialog, "archiveScopeSelected");
    CHECK(selected->isEnabled());
    CHECK(selected->isChecked());
    child<QLineEdit>(dialog, "archivePathEdit")->setText(rig.out(QStringLiteral("un.zip")));
    REQUIRE(runExport(dialog) == State::Done);
    CHECK(dialog.report().dossierIds == QStringList{ids.at(1)});
}

TEST_CASE("canceling an archive export in the middle leaves nothing at the path", "[archive-ui]")
{
    ArchiveRig rig;
    REQUIRE(rig.addClosed(100).size() == 100);
    ArchiveExportDialog dialog(rig.session.get(), folderOptions(rig));
    dialog.show();
    clickRadio(child<QRadioButton>(dialog, "archiveScopeAll"));
    const QString path = rig.out(QStringLiteral("annule.zip"));
    child<QLineEdit>(dialog, "archivePathEdit")->setText(path);
    auto* progress = child<QProgressBar>(dialog, "archiveProgress");
    auto* cancel = child<QPushButton>(dialog, "archiveCancelButton");
    int canceledAt = -1;
    // Cancel right after the first progress: the export is under way, far from its end.
    QObject::connect(progress, &QProgressBar::valueChanged, cancel, [&](int v) {
        if (v > 0 && canceledAt < 0) {
            canceledAt = v;
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    int highest = 0;
    REQUIRE(runExport(dialog, &highest) == State::Canceled);
    INFO("canceled at " << canceledAt << ", highest progress " << highest);
    CHECK(canceledAt > 0);
    CHECK(canceledAt < 100);
    CHECK(highest < 100);
    CHECK_FALSE(QFileInfo::exists(path));
    // No temporary file left in the folder either.
    CHECK(QDir(rig.out(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK_FALSE(child<QLabel>(dialog, "archiveResultLabel")->text().isEmpty());
    CHECK_FALSE(child<QPushButton>(dialog, "archiveOpenFolderButton")->isVisible());
    CHECK(child<QPushButton>(dialog, "archiveExportButton")->isEnabled()); // may start again
}

TEST_CASE("closing the archive dialog while it exports cancels the export", "[archive-ui]")
{
    ArchiveRig rig;
    REQUIRE(rig.addClosed(60).size() == 60);
    ArchiveExportDialog dialog(rig.session.get(), folderOptions(rig));
    dialog.show();
    clickRadio(child<QRadioButton>(dialog, "archiveScopeAll"));
    const QString path = rig.out(QStringLiteral("ferme.zip"));
    child<QLineEdit>(dialog, "archivePathEdit")->setText(path);
    QSignalSpy ended(&dialog, &ArchiveExportDialog::exportEnded);
    QTest::mouseClick(child<QPushButton>(dialog, "archiveExportButton"), Qt::LeftButton);
    REQUIRE(dialog.isExporting());
    dialog.reject(); // Escape, the window's close button, « Close »
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(waitUntil([&] { return ended.count() == 1; }, 60000));
    CHECK(dialog.state() == State::Canceled);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("the archive dialog lists what prevents a transfer and disables Export", "[archive-ui]")
{
    ArchiveRig rig(false); // no archives service
    rig.addClosed(1);
    ArchiveExportDialog dialog(rig.session.get(), folderOptions(rig));
    dialog.show();
    auto* exportButton = child<QPushButton>(dialog, "archiveExportButton");
    auto* problems = child<QLabel>(dialog, "archiveProblemsLabel");
    CHECK_FALSE(exportButton->isEnabled());
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(Settings::name(Settings::Key::ArchivalAgencyId)));
    CHECK(child<QLabel>(dialog, "archiveArchivalAgencyLabel")->text() != QStringLiteral("FRAD078"));

    auto* settingsButton = child<QPushButton>(dialog, "archiveSettingsButton");
    CHECK(settingsButton->isVisible());
    QSignalSpy requested(&dialog, &ArchiveExportDialog::settingsRequested);
    QTest::mouseClick(settingsButton, Qt::LeftButton);
    CHECK(requested.count() == 1);

    // Back from the settings: read again.
    rig.settings->setValue(Settings::Key::ArchivalAgencyId, QStringLiteral("FRAD078"));
    dialog.refreshPolicy();
    CHECK(exportButton->isEnabled());
    CHECK_FALSE(problems->isVisible());
    CHECK(child<QLabel>(dialog, "archiveArchivalAgencyLabel")->text() == QStringLiteral("FRAD078"));

    // A final action the archives do not know is a problem too.
    rig.settings->setValue(Settings::Key::AppraisalRefusedAction, QStringLiteral("Eliminer"));
    dialog.refreshPolicy();
    CHECK_FALSE(exportButton->isEnabled());
    CHECK(problems->text().contains(Settings::name(Settings::Key::AppraisalRefusedAction)));
}

TEST_CASE("the window's Administration menu opens the archive export with the selected closed dossier", "[archive-ui]")
{
    Desk desk(std::nullopt);
    MainWindow& w = desk.w();
    auto* action = w.findChild<QAction*>(QStringLiteral("actionArchiveExport"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    const auto imported =
        await(desk.repo()->importDossiers({dossier(QStringLiteral("Clos"), QStringLiteral("ALIM"), DossierStatus::Clos,
                                                   Outcome::Refuse, 0, utc(2026, 10, 2))},
                                          QStringLiteral("importer")));
    REQUIRE(imported.ok());
    const auto closed = await(desk.repo()->closedIds());
    REQUIRE(closed.ok());
    REQUIRE(closed.value().size() == 1);
    w.refreshDossiers();
    auto* table = child<QTableView>(w, "dossierTable");
    REQUIRE(waitUntil([&] { return table->model()->rowCount() == 1; }));
    table->setCurrentIndex(table->model()->index(0, 0));

    action->trigger();
    ArchiveExportDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] {
        return (dialog = w.findChild<ArchiveExportDialog*>(QStringLiteral("archiveExportDialog"))) &&
               dialog->isVisible();
    }));
    auto* selected = child<QRadioButton>(*dialog, "archiveScopeSelected");
    CHECK(selected->isEnabled());
    CHECK(selected->isChecked());
    CHECK(selected->text().contains(closed.value().first()));
    // The demo window has no settings dialog: no settings button.
    CHECK_FALSE(child<QPushButton>(*dialog, "archiveSettingsButton")->isVisible());
    // Without archive settings (the demo), nothing can be sent.
    CHECK_FALSE(child<QPushButton>(*dialog, "archiveExportButton")->isEnabled());

    // A second trigger shows the same dialog.
    dialog->reject();
    action->trigger();
    CHECK(w.findChildren<ArchiveExportDialog*>().size() == 1);
    CHECK(dialog->isVisible());
    dialog->reject();
}

TEST_CASE("the settings dialog keeps the archive fields: Keep/Destroy, sampling, the purge folder",
          "[archive-ui][settings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("guichet-ccas.ini"));
    ConnectionDialog::Values current;
    current.siret = QLatin1String(Siret);
    {
        Settings settings(ini);
        ConnectionDialog::readArchiveSettings(settings, current);
    }
    ConnectionDialog dialog(current);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* tabs = child<QTabWidget>(dialog, "settingsTabs");
    auto* grantedAction = child<QComboBox>(dialog, "grantedActionCombo");
    auto* refusedAction = child<QComboBox>(dialog, "refusedActionCombo");
    auto* sampling = child<QSpinBox>(dialog, "grantedSamplingSpin");
    // The settings' defaults: placeholders rule codes, Destroy, 1 in 10.
    CHECK(grantedAction->currentData().toString() == QStringLiteral("Destroy"));
    CHECK(refusedAction->currentData().toString() == QStringLiteral("Destroy"));
    CHECK(sampling->value() == 10);
    CHECK(child<QLineEdit>(dialog, "grantedRuleEdit")->text() ==
          Settings::defaultValue(Settings::Key::AppraisalGrantedRule).toString());
    CHECK(child<QLineEdit>(dialog, "transferringAgencyEdit")->placeholderText().contains(QLatin1String(Siret)));

    tabs->setCurrentWidget(child<QWidget>(dialog, "archiveTab"));
    const QStringList problems = unnamedOrUnreachable(dialog, child<QLineEdit>(dialog, "archivalAgencyEdit"));
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    tabs->setCurrentIndex(0);

    child<QLineEdit>(dialog, "archivalAgencyEdit")->setText(QStringLiteral(" FRAD078 "));
    child<QLineEdit>(dialog, "archivalAgreementEdit")->setText(QStringLiteral("CONV-1"));
    grantedAction->setCurrentIndex(grantedAction->findData(QStringLiteral("Keep")));
    sampling->setFocus();
    sampling->selectAll();
    QTest::keyClicks(sampling, QStringLiteral("0"));
    CHECK(sampling->value() == 0);
    CHECK_FALSE(sampling->specialValueText().isEmpty()); // 0 shown as « no sampling », not « 1 in 0 »

    // An empty rule code: refused, the archives tab shown with the field.
    child<QLineEdit>(dialog, "refusedRuleEdit")->clear();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(dialog, "connectionError")->isVisible());
    CHECK(tabs->currentWidget() == child<QWidget>(dialog, "archiveTab"));
    child<QLineEdit>(dialog, "refusedRuleEdit")->setText(QStringLiteral("DUA-REFUS-2A"));

    // Export before the purge needs an existing folder.
    child<QCheckBox>(dialog, "archiveBeforePurgeCheck")->setChecked(true);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    auto* folder = child<QLineEdit>(dialog, "archiveFolderEdit");
    folder->setText(dir.filePath(QStringLiteral("absent")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(tabs->currentWidget() == child<QWidget>(dialog, "archiveTab"));
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("versements")));
    folder->setText(QDir::toNativeSeparators(dir.filePath(QStringLiteral("versements"))));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    {
        Settings settings(ini);
        ConnectionDialog::writeArchiveSettings(dialog.values(), settings);
        REQUIRE(settings.sync());
    }
    Settings reread(ini);
    CHECK(reread.value(Settings::Key::ArchivalAgencyId).toString() == QStringLiteral("FRAD078"));
    CHECK(reread.value(Settings::Key::ArchivalAgreement).toString() == QStringLiteral("CONV-1"));
    CHECK(reread.value(Settings::Key::AppraisalGrantedAction).toString() == QStringLiteral("Keep"));
    CHECK(reread.value(Settings::Key::AppraisalRefusedAction).toString() == QStringLiteral("Destroy"));
    CHECK(reread.value(Settings::Key::AppraisalGrantedSampling).toInt() == 0);
    CHECK(reread.value(Settings::Key::AppraisalRefusedRule).toString() == QStringLiteral("DUA-REFUS-2A"));
    CHECK(reread.value(Settings::Key::ArchiveBeforePurge).toBool());
    CHECK(reread.value(Settings::Key::ArchiveFolder).toString() == dir.filePath(QStringLiteral("versements")));
    const ArchivePolicy policy = ArchivePolicy::fromSettings(reread, QLatin1String(Siret));
    CHECK(policy.problems().isEmpty());
    CHECK(policy.grantedSampling == 0);

    // And back into a new dialog: the same choices shown.
    ConnectionDialog::Values again;
    ConnectionDialog::readArchiveSettings(reread, again);
    ConnectionDialog second(again);
    CHECK(child<QComboBox>(second, "grantedActionCombo")->currentData().toString() == QStringLiteral("Keep"));
    CHECK(child<QSpinBox>(second, "grantedSamplingSpin")->value() == 0);
    CHECK(child<QCheckBox>(second, "archiveBeforePurgeCheck")->isChecked());
}
