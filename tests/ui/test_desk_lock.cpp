// Privacy at the desk, offscreen: the inactivity lock (time moved by a manual clock, no sleeping),
// the windows hidden and shown again as they were, the passphrase asked by the lock window, the
// lock on the OS session's signal, the clipboard guard, and no personal data in window titles.
#include "ClientRig.h"
#include "ClipboardGuard.h"
#include "DeskLock.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "platform/SessionLockMonitor.h"
#include "session/ProfileSession.h"
#include "store/DossierRepository.h"

#include "WidgetLookup.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace ccas;
using namespace ccas::test;

namespace {

const QString RightPassphrase = QStringLiteral("correct horse battery staple");
constexpr qint64 LockAfterMs = 60 * 1000;

// A passphrase check that answers later, as the real one does (Argon2id on a worker thread).
struct FakeVerifier
{
    int calls = 0;
    DeskLock::Verify verify()
    {
        return [this](const QString& passphrase, std::function<void(bool, const QString&)> done) {
            ++calls;
            QTimer::singleShot(0, qApp, [passphrase, done]() {
                const bool right = passphrase == RightPassphrase;
                done(right, right ? QString() : QStringLiteral("wrong passphrase (test)"));
            });
        };
    }
};

// A window with personal data typed in, as the main window would have.
struct Desk
{
    QWidget main;
    QLineEdit* name = nullptr;
    Desk()
    {
        main.setObjectName(QStringLiteral("testMain"));
        main.setWindowTitle(QStringLiteral("Guichet CCAS"));
        auto* layout = new QVBoxLayout(&main);
        name = new QLineEdit(&main);
        name->setObjectName(QStringLiteral("nameEdit"));
        layout->addWidget(name);
        main.show();
        main.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&main));
    }
};

QMimeData const* clipboardMime()
{
    return QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
}

QString clipboardText()
{
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard);
}

void clickUnlock(DeskLock& lock, const QString& passphrase)
{
    LockScreen* screen = lock.lockScreen();
    auto* edit = child<QLineEdit>(*screen, "lockPassphraseEdit");
    edit->clear();
    QTest::keyClicks(edit, passphrase);
    QTest::mouseClick(child<QPushButton>(*screen, "lockUnlockButton"), Qt::LeftButton);
}

} // namespace

TEST_CASE("the desk locks after the delay without input, hides every window and gives them back as they were",
          "[privacy]")
{
    ManualClock clock;
    FakeVerifier verifier;
    Desk desk;
    QTest::keyClicks(desk.name, QStringLiteral("DUPONT"));

    // A non-modal dialog with text typed in, a window-modal one (opened with open()) and a hidden one.
    auto* notes = new QDialog(&desk.main);
    notes->setObjectName(QStringLiteral("notesDialog"));
    auto* notesEdit = new QLineEdit(notes);
    notesEdit->setObjectName(QStringLiteral("notesEdit"));
    notes->show();
    QTest::keyClicks(notesEdit, QStringLiteral("rendez-vous jeudi"));
    auto* modal = new QDialog(&desk.main);
    modal->setObjectName(QStringLiteral("modalDialog"));
    modal->open();
    REQUIRE(modal->windowModality() == Qt::WindowModal);
    auto* neverShown = new QDialog(&desk.main);

    DeskLock::Options options;
    options.clock = &clock;
    options.checkIntervalMs = 5;
    options.inactivityMs = []() { return LockAfterMs; };
    options.verify = verifier.verify();
    DeskLock lock(options);
    QSignalSpy lockedChanged(&lock, &DeskLock::lockedChanged);

    // Input restarts the delay; the checks themselves (a timer) do not.
    clock.advanceMs(LockAfterMs - 1000);
    lock.checkInactivity();
    CHECK_FALSE(lock.isLocked());
    QTest::keyClick(desk.name, Qt::Key_S); // the agent types: DUPONTs
    clock.advanceMs(LockAfterMs - 1000);
    lock.checkInactivity();
    CHECK_FALSE(lock.isLocked());
    QTest::mouseClick(notesEdit, Qt::LeftButton);
    clock.advanceMs(LockAfterMs - 1);
    lock.checkInactivity();
    CHECK_FALSE(lock.isLocked());
    clock.advanceMs(1);
    // The timer finds it (no direct call).
    REQUIRE(waitUntil([&] { return lock.isLocked(); }, 5000));
    CHECK(lockedChanged.count() == 1);

    LockScreen* screen = lock.lockScreen();
    CHECK(screen->isVisible());
    CHECK(screen->mode() == LockScreen::Mode::Passphrase);
    CHECK_FALSE(desk.main.isVisible());
    CHECK_FALSE(notes->isVisible());
    CHECK_FALSE(modal->isVisible());
    // Nothing but the lock window is visible.
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible())
            CHECK((w == screen || w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip));
    // Its title is the product's, nothing else.
    CHECK_FALSE(screen->windowTitle().contains(QStringLiteral("DUPONT")));
    // The lock stays while nothing is typed in it, whatever the time.
    clock.advanceMs(10 * LockAfterMs);
    lock.checkInactivity();
    CHECK(lock.isLocked());

    // A wrong passphrase: said in place, the windows stay hidden, the agent can retry.
    auto* problem = child<QLabel>(*screen, "lockProblemLabel");
    CHECK_FALSE(problem->isVisible());
    clickUnlock(lock, QStringLiteral("wrong horse"));
    REQUIRE(waitUntil([&] { return problem->isVisible(); }));
    CHECK(problem->text() == QStringLiteral("wrong passphrase (test)"));
    CHECK(lock.isLocked());
    CHECK_FALSE(desk.main.isVisible());
    CHECK(child<QLineEdit>(*screen, "lockPassphraseEdit")->isEnabled());
    CHECK(verifier.calls == 1);
    // An empty passphrase is not even checked.
    clickUnlock(lock, QString());
    CHECK(verifier.calls == 1);
    CHECK(lock.isLocked());

    // The right one: the same windows come back, with what was typed, the modal dialog still modal.
    clickUnlock(lock, RightPassphrase);
    REQUIRE(waitUntil([&] { return !lock.isLocked(); }));
    CHECK(verifier.calls == 2);
    CHECK(lockedChanged.count() == 2);
    CHECK_FALSE(screen->isVisible());
    CHECK(child<QLineEdit>(*screen, "lockPassphraseEdit")->text().isEmpty()); // nothing left behind
    CHECK(desk.main.isVisible());
    CHECK(notes->isVisible());
    CHECK(modal->isVisible());
    CHECK(modal->windowModality() == Qt::WindowModal);
    CHECK_FALSE(neverShown->isVisible());
    CHECK(desk.name->text() == QStringLiteral("DUPONTs"));
    CHECK(notesEdit->text() == QStringLiteral("rendez-vous jeudi"));

    // The delay starts again from the unlock.
    clock.advanceMs(LockAfterMs - 1);
    lock.checkInactivity();
    CHECK_FALSE(lock.isLocked());
    clock.advanceMs(1);
    REQUIRE(waitUntil([&] { return lock.isLocked(); }, 5000));
}

TEST_CASE("no delay means no inactivity lock; Ctrl+L locks from any window, even under a modal dialog", "[privacy]")
{
    ManualClock clock;
    FakeVerifier verifier;
    Desk desk;
    qint64 limit = 0; // the setting: never
    DeskLock::Options options;
    options.clock = &clock;
    options.checkIntervalMs = 5;
    options.inactivityMs = [&limit]() { return limit; };
    options.verify = verifier.verify();
    DeskLock lock(options);

    clock.advanceMs(24LL * 3600 * 1000);
    lock.checkInactivity();
    CHECK_FALSE(lock.isLocked());

    auto* modal = new QDialog(&desk.main);
    auto* modalEdit = new QLineEdit(modal);
    modal->open();
    modal->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(modal));
    QTest::keyClick(modalEdit, Qt::Key_L, Qt::ControlModifier);
    CHECK(lock.isLocked());
    CHECK_FALSE(modal->isVisible());
    CHECK_FALSE(desk.main.isVisible());
    // Ctrl+L in the lock window does nothing more.
    QTest::keyClick(child<QLineEdit>(*lock.lockScreen(), "lockPassphraseEdit"), Qt::Key_L, Qt::ControlModifier);
    CHECK(lock.isLocked());

    // A window that opens while locked (a message at the end of some work) waits with the others;
    // a dialog the program finishes while locked does not come back.
    auto* message = new QDialog(&desk.main);
    message->setObjectName(QStringLiteral("lateMessage"));
    message->show();
    REQUIRE(waitUntil([&] { return !message->isVisible(); }));
    CHECK(lock.lockScreen()->isVisible());
    modal->accept();

    clickUnlock(lock, RightPassphrase);
    REQUIRE(waitUntil([&] { return !lock.isLocked(); }));
    CHECK(desk.main.isVisible());
    CHECK(message->isVisible());
    CHECK_FALSE(modal->isVisible());

    // The setting changed to 1 minute: read at the next check.
    limit = 60 * 1000;
    clock.advanceMs(limit);
    REQUIRE(waitUntil([&] { return lock.isLocked(); }, 5000));
}

TEST_CASE("without a passphrase to check, the lock window unlocks with a button and says why", "[privacy]")
{
    Desk desk;
    QTest::keyClicks(desk.name, QStringLiteral("MARTIN"));
    SECTION("demonstration")
    {
        DeskLock::Options options;
        options.demo = true;
        DeskLock lock(options);
        lock.lock();
        LockScreen* screen = lock.lockScreen();
        CHECK(screen->mode() == LockScreen::Mode::Demonstration);
        CHECK_FALSE(child<QLineEdit>(*screen, "lockPassphraseEdit")->isVisible());
        CHECK_FALSE(desk.main.isVisible());
        QTest::mouseClick(child<QPushButton>(*screen, "lockUnlockButton"), Qt::LeftButton);
        CHECK_FALSE(lock.isLocked());
    }
    SECTION("a profile not open yet")
    {
        FakeVerifier verifier;
        DeskLock::Options options;
        options.verify = verifier.verify();
        options.canVerify = []() { return false; };
        DeskLock lock(options);
        lock.lock();
        CHECK(lock.lockScreen()->mode() == LockScreen::Mode::NoPassphrase);
        QTest::mouseClick(child<QPushButton>(*lock.lockScreen(), "lockUnlockButton"), Qt::LeftButton);
        CHECK_FALSE(lock.isLocked());
        CHECK(verifier.calls == 0);
    }
    CHECK(desk.main.isVisible());
    CHECK(desk.name->text() == QStringLiteral("MARTIN"));
}

TEST_CASE("the desk locks when the session lock monitor says the OS session locked", "[privacy]")
{
    Desk desk;
    SessionLockMonitor monitor; // not started: no bus in this test, its signal is emitted by hand
    DeskLock::Options options;
    options.demo = true;
    options.sessionLock = &monitor;
    DeskLock lock(options);

    // The screen saver turning off does not lock; turning on does.
    REQUIRE(QMetaObject::invokeMethod(&monitor, "onScreenSaverActiveChanged", Q_ARG(bool, false)));
    CHECK_FALSE(lock.isLocked());
    REQUIRE(QMetaObject::invokeMethod(&monitor, "onScreenSaverActiveChanged", Q_ARG(bool, true)));
    CHECK(lock.isLocked());
    CHECK_FALSE(desk.main.isVisible());
    QTest::mouseClick(child<QPushButton>(*lock.lockScreen(), "lockUnlockButton"), Qt::LeftButton);
    CHECK(desk.main.isVisible());
    // logind's Lock.
    REQUIRE(QMetaObject::invokeMethod(&monitor, "onLogindLock"));
    CHECK(lock.isLocked());
    Q_EMIT monitor.locked(); // again while locked: nothing changes
    CHECK(lock.isLocked());
}

TEST_CASE("personal data copied from the window leave the clipboard, other content stays", "[privacy]")
{
    Desk desk;
    ClipboardGuard guard;
    guard.setDelayMs(50);
    guard.addSensitiveContainer(&desk.main);
    QSignalSpy guarded(&guard, &ClipboardGuard::guarded);
    QSignalSpy expired(&guard, &ClipboardGuard::expired);
    desk.name->setText(QStringLiteral("DUPONT Sophie"));

    // A window that is not registered: not sensitive (e.g. the SIRET in the settings).
    QWidget other;
    auto* siret = new QLineEdit(QStringLiteral("13002526500013"), &other);
    other.show();
    CHECK_FALSE(guard.isSensitive(siret));
    CHECK(guard.isSensitive(desk.name));

    SECTION("copied from a sensitive field: hinted for clipboard managers, then cleared after the delay")
    {
        desk.name->setFocus();
        desk.name->setSelection(0, 6);
        desk.name->copy();
        REQUIRE(guarded.count() == 1);
        CHECK(clipboardText() == QStringLiteral("DUPONT"));
        REQUIRE(clipboardMime() != nullptr);
        CHECK(clipboardMime()->data(QLatin1String(ClipboardGuard::PasswordManagerHint)) == QByteArrayLiteral("secret"));
        CHECK(guard.holdsGuardedContent());
        REQUIRE(expired.wait(5000));
        CHECK(expired.at(0).at(0).toBool());
        CHECK(clipboardText().isEmpty());
        CHECK_FALSE(guard.holdsGuardedContent());
    }
    SECTION("replaced by another application meanwhile: left alone")
    {
        desk.name->selectAll();
        desk.name->copy();
        REQUIRE(guarded.count() == 1);
        QGuiApplication::clipboard()->setText(QStringLiteral("copied in the mail client"));
        CHECK(guarded.count() == 1);
        REQUIRE(expired.wait(5000));
        CHECK_FALSE(expired.at(0).at(0).toBool());
        CHECK(clipboardText() == QStringLiteral("copied in the mail client"));
        CHECK_FALSE(clipboardMime()->hasFormat(QLatin1String(ClipboardGuard::PasswordManagerHint)));
    }
    SECTION("copied from a widget that is not sensitive: no hint, never cleared")
    {
        siret->selectAll();
        siret->copy();
        CHECK(guarded.count() == 0);
        CHECK(clipboardText() == QStringLiteral("13002526500013"));
        CHECK_FALSE(clipboardMime()->hasFormat(QLatin1String(ClipboardGuard::PasswordManagerHint)));
        guard.clearGuarded();
        CHECK(clipboardText() == QStringLiteral("13002526500013"));
    }
    SECTION("the current item of a list, and a widget marked sensitive elsewhere")
    {
        auto* list = new QListWidget(&desk.main);
        list->addItem(QStringLiteral("LEFÈVRE Hélène"));
        desk.main.layout()->addWidget(list);
        list->setCurrentRow(0);
        list->setFocus();
        QTest::keySequence(list, QKeySequence::Copy); // Qt's item views copy the current item
        CHECK(clipboardText() == QStringLiteral("LEFÈVRE Hélène"));
        CHECK(guarded.count() == 1);

        ClipboardGuard::markSensitive(siret);
        CHECK(guard.isSensitive(siret));
        siret->selectAll();
        siret->copy();
        CHECK(guarded.count() == 2);
        guard.clearGuarded();
        CHECK(clipboardText().isEmpty());
    }
    SECTION("cleared when the desk locks; foreign content survives a lock")
    {
        guard.setDelayMs(60 * 60 * 1000); // the delay plays no part here
        DeskLock::Options options;
        options.demo = true;
        options.clipboard = &guard;
        DeskLock lock(options);
        desk.name->selectAll();
        desk.name->copy();
        REQUIRE(guarded.count() == 1);
        lock.lock();
        CHECK(clipboardText().isEmpty());
        QTest::mouseClick(child<QPushButton>(*lock.lockScreen(), "lockUnlockButton"), Qt::LeftButton);
        REQUIRE_FALSE(lock.isLocked());

        QGuiApplication::clipboard()->setText(QStringLiteral("a foreign text"));
        lock.lock();
        CHECK(clipboardText() == QStringLiteral("a foreign text"));
    }
    QGuiApplication::clipboard()->clear();
}

TEST_CASE("no personal data in window titles, file dialogs without the desktop's recent files", "[privacy]")
{
    ClientRig rig;
    PersonFetch fetch(&rig.client());
    ProfileSession session(QString(), nullptr, rig.clock);
    bool lockAsked = false;
    MainWindow::Options options;
    options.demo = true;
    options.session = &session;
    options.lockDesk = [&lockAsked]() { lockAsked = true; };
    MainWindow w(&fetch, options);
    w.show();
    session.openEphemeral();
    REQUIRE(waitUntil([&] { return session.isUnlocked(); }));
    auto created = session.dossiers()->create(dupontSophie(), QStringLiteral("ALIM"), session.agent());
    REQUIRE(waitUntil([&] { return created.isFinished(); }));
    REQUIRE(created.result().ok());
    const QString id = created.result().value();
    w.openDossier(id);
    REQUIRE(waitUntil([&] {
        return w.openDossierId() == id && child<QLineEdit>(w, "nomNaissanceEdit")->text() == QStringLiteral("DUPONT");
    }));

    // « Lock » is in the File menu with Ctrl+L.
    auto* lockAction = w.findChild<QAction*>(QStringLiteral("lockAction"));
    REQUIRE(lockAction != nullptr);
    CHECK(lockAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->trigger();
    CHECK(lockAsked);

    // The file chooser of the window is Qt's own (the native one records recent files).
    w.chooseReglement();
    auto* fileDialog = w.findChild<QFileDialog*>(QStringLiteral("reglementFileDialog"));
    REQUIRE(fileDialog != nullptr);
    CHECK(fileDialog->testOption(QFileDialog::DontUseNativeDialog));

    DeskLock::Options lockOptions;
    lockOptions.demo = true;
    DeskLock lock(lockOptions);
    lock.lock();
    const QStringList personal = {QStringLiteral("DUPONT"), QStringLiteral("Dupont"), QStringLiteral("SOPHIE"),
                                  QStringLiteral("Sophie"), QStringLiteral("1982"),   QStringLiteral("03/09"),
                                  QStringLiteral("3/9")};
    int titled = 0;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        const QString title = top->windowTitle();
        if (title.isEmpty())
            continue;
        ++titled;
        for (const QString& p : personal) {
            INFO(title.toStdString());
            CHECK_FALSE(title.contains(p, Qt::CaseInsensitive));
        }
    }
    CHECK(titled >= 3); // the window, the file chooser, the lock window
    fileDialog->reject();
    QTest::mouseClick(child<QPushButton>(*lock.lockScreen(), "lockUnlockButton"), Qt::LeftButton);
    CHECK(w.isVisible());
    CHECK(child<QLineEdit>(w, "nomNaissanceEdit")->text() == QStringLiteral("DUPONT"));
}

TEST_CASE("personal data copied from the window leave the clipboard when the application quits", "[privacy]")
{
    Desk desk;
    desk.name->setText(QStringLiteral("DUPONT Sophie"));
    auto guard = std::make_unique<ClipboardGuard>(); // the composition root's, destroyed at the end of main()
    guard->addSensitiveContainer(&desk.main);
    desk.name->selectAll();
    desk.name->copy();
    REQUIRE(guard->holdsGuardedContent());
    guard.reset();
    CHECK(clipboardText().isEmpty());

    // Without a guard, nothing is watched: the same copy stays.
    desk.name->copy();
    CHECK(clipboardText() == QStringLiteral("DUPONT Sophie"));
    QGuiApplication::clipboard()->clear();
}
