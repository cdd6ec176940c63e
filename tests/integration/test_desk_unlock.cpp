// The desk lock's core parts on real things: the recovery passphrase checked on a real profile
// (Argon2id, wrong then right, the session untouched), and the OS session lock followed on a real
// (private) D-Bus session bus.
#include "ClientRig.h"
#include "Futures.h"
#include "ProfileJournal.h"

#include "platform/SessionLockMonitor.h"
#include "session/ProfileSession.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"
#include "store/ProfileStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ccas;
using namespace ccas::test;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");

// A private dbus-daemon for the test, stopped at the end.
struct PrivateBus
{
    QProcess daemon;
    QString address;

    bool start()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (program.isEmpty())
            return false;
        daemon.start(program,
                     {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!daemon.waitForStarted(5000))
            return false;
        if (!waitUntil([&] { return daemon.canReadLine(); }, 10000))
            return false;
        address = QString::fromUtf8(daemon.readLine()).trimmed();
        return !address.isEmpty();
    }
    // Emits a D-Bus signal on this bus, as a screen saver would.
    void emitSignal(const QString& path, const QString& member, const QString& argument) const
    {
        QProcess send;
        send.start(QStandardPaths::findExecutable(QStringLiteral("dbus-send")),
                   {QStringLiteral("--bus=") + address, QStringLiteral("--type=signal"), path, member, argument});
        REQUIRE(send.waitForFinished(10000));
        REQUIRE(send.exitCode() == 0);
    }
    ~PrivateBus()
    {
        if (daemon.state() != QProcess::NotRunning) {
            daemon.terminate();
            daemon.waitForFinished(5000);
        }
    }
    PrivateBus() = default;
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;
};

} // namespace

TEST_CASE("the desk lock checks the recovery passphrase without touching the open session", "[privacy]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("profile"));
    ManualClock clock;
    {
        ProfileSession session(dir, nullptr, clock); // no keychain: nothing but the passphrase
        QSignalSpy needsInit(&session, &ProfileSession::needsInit);
        QSignalSpy unlocked(&session, &ProfileSession::unlocked);
        QSignalSpy retention(&session, &ProfileSession::retentionFinished);
        QSignalSpy verified(&session, &ProfileSession::passphraseVerified);
        CHECK_FALSE(session.canVerifyPassphrase()); // nothing open yet
        session.verifyPassphrase(Passphrase);
        REQUIRE(waitUntil([&] { return verified.count() == 1; }));
        CHECK_FALSE(verified.at(0).at(0).toBool());
        CHECK_FALSE(verified.at(0).at(1).toString().isEmpty());

        session.open();
        REQUIRE(waitUntil([&] { return needsInit.count() == 1; }));
        session.initialise(QStringLiteral("CCAS de Test"), QStringLiteral("13002526500013"), Passphrase);
        REQUIRE(waitUntil([&] { return unlocked.count() == 1; }, 30000));
        REQUIRE(waitUntil([&] { return retention.count() == 1; }));
        const auto created = await(session.dossiers()->create(martinSamuel(), QStringLiteral("ALIM"), session.agent()));
        REQUIRE(created.ok());
        CHECK(session.canVerifyPassphrase());

        // A wrong passphrase; a second call while the first is checked is ignored (the first answers).
        session.verifyPassphrase(QStringLiteral("wrong horse battery staple"));
        CHECK(verified.count() == 1);               // never synchronously
        CHECK_FALSE(session.canVerifyPassphrase()); // busy
        session.verifyPassphrase(Passphrase);
        REQUIRE(waitUntil([&] { return verified.count() == 2; }, 30000));
        CHECK_FALSE(verified.at(1).at(0).toBool());
        CHECK_FALSE(verified.at(1).at(1).toString().isEmpty());
        CHECK(session.isUnlocked());

        // The right one.
        REQUIRE(session.canVerifyPassphrase());
        session.verifyPassphrase(Passphrase);
        REQUIRE(waitUntil([&] { return verified.count() == 3; }, 30000));
        CHECK(verified.at(2).at(0).toBool());
        CHECK(verified.at(2).at(1).toString().isEmpty());

        // The session is as it was: unlocked once, the data readable with the same key.
        CHECK(session.isUnlocked());
        CHECK(unlocked.count() == 1);
        const auto list = await(session.dossiers()->list(QString()));
        REQUIRE(list.ok());
        REQUIRE(list.value().size() == 1);
        CHECK(list.value().first().id == created.value());
        CHECK(list.value().first().displayName == QStringLiteral("MARTIN SAMUEL"));
        session.waitForIdle();
    }
    // Nothing in the journal: checking the passphrase at the desk is no access to the data and no
    // key event (the key was neither recovered nor replaced).
    ProfileJournal stored(dir, clock);
    const QStringList actions = stored.actions();
    CHECK(actions.contains(QStringLiteral("key_init")));
    CHECK_FALSE(actions.contains(QStringLiteral("key_recovery")));
    CHECK_FALSE(actions.contains(QStringLiteral("key_unlock")));
}

TEST_CASE("the demonstration profile has no passphrase to check", "[privacy]")
{
    ManualClock clock;
    ProfileSession session(QString(), nullptr, clock);
    QSignalSpy unlocked(&session, &ProfileSession::unlocked);
    QSignalSpy verified(&session, &ProfileSession::passphraseVerified);
    session.openEphemeral();
    REQUIRE(waitUntil([&] { return unlocked.count() == 1; }));
    CHECK_FALSE(session.canVerifyPassphrase());
    session.verifyPassphrase(QStringLiteral("anything"));
    CHECK(verified.count() == 0);
    REQUIRE(waitUntil([&] { return verified.count() == 1; }));
    CHECK_FALSE(verified.at(0).at(0).toBool());
    CHECK(session.isUnlocked());
}

TEST_CASE("the session lock monitor follows the screen savers on the session bus", "[privacy]")
{
    SECTION("no bus: nothing, silently")
    {
        SessionLockMonitor monitor;
        QSignalSpy locked(&monitor, &SessionLockMonitor::locked);
        monitor.startOn(QString(), QStringLiteral("unix:path=/nonexistent/guichet-ccas-test-bus"));
        CHECK(monitor.sources().isEmpty());
        CHECK(locked.count() == 0);
    }
    SECTION("a private session bus")
    {
        PrivateBus bus;
        if (!bus.start()) {
            WARN("dbus-daemon is not installed: the D-Bus part is not tested here");
            return;
        }
        SessionLockMonitor monitor;
        QSignalSpy locked(&monitor, &SessionLockMonitor::locked);
        monitor.startOn(QString(), bus.address);
        CHECK(monitor.sources() == QStringList{QStringLiteral("screensaver")});

        // The screen saver going off does not lock; coming on (KDE's, then GNOME's) does.
        bus.emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                       QStringLiteral("org.freedesktop.ScreenSaver.ActiveChanged"), QStringLiteral("boolean:false"));
        bus.emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                       QStringLiteral("org.freedesktop.ScreenSaver.ActiveChanged"), QStringLiteral("boolean:true"));
        REQUIRE(waitUntil([&] { return locked.count() >= 1; }));
        CHECK(locked.count() == 1); // the "false" came first and did nothing
        bus.emitSignal(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver.ActiveChanged"),
                       QStringLiteral("boolean:true"));
        REQUIRE(waitUntil([&] { return locked.count() == 2; }));
        // Another interface's signal is not taken for a lock.
        bus.emitSignal(QStringLiteral("/org/example/Other"), QStringLiteral("org.example.Other.ActiveChanged"),
                       QStringLiteral("boolean:true"));
        bus.emitSignal(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver.ActiveChanged"),
                       QStringLiteral("boolean:true"));
        REQUIRE(waitUntil([&] { return locked.count() >= 3; }));
        CHECK(locked.count() == 3);
    }
}
