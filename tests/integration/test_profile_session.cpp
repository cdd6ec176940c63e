// ProfileSession on real profile folders: creation, reopening without a keychain (recovery
// passphrase, wrong then right), unreadable database, ephemeral profile, retention from the settings.
#include "ClientRig.h"
#include "Futures.h"
#include "ProfileJournal.h"

#include "secrets/KeyManager.h"
#include "secrets/SecretStore.h"
#include "session/ProfileSession.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

using namespace ccas;
using namespace ccas::test;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");

// The database and its WAL, byte for byte (the -shm index is shared memory, not data).
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    for (const QString& name : {QStringLiteral("guichet-ccas.db"), QStringLiteral("guichet-ccas.db-wal")}) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            files.insert(name, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

// Without a session bus the keychain cannot answer; restored at the end of the test.
struct NoSessionBus
{
    QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    NoSessionBus() { qunsetenv("DBUS_SESSION_BUS_ADDRESS"); }
    ~NoSessionBus()
    {
        if (!saved.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    }
    NoSessionBus(const NoSessionBus&) = delete;
    NoSessionBus& operator=(const NoSessionBus&) = delete;
};

QString testService()
{
    return QStringLiteral("guichet-ccas-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("a profile is created, then opened with the recovery passphrase when the keychain cannot give the key",
          "[session]")
{
    NoSessionBus noBus;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("profile"));
    ManualClock clock;
    const QString service = testService();
    QString dossierId;
    {
        SecretStore secrets(service, 2000);
        ProfileSession session(dir, &secrets, clock);
        QSignalSpy needsInit(&session, &ProfileSession::needsInit);
        QSignalSpy unlocked(&session, &ProfileSession::unlocked);
        QSignalSpy failed(&session, &ProfileSession::failed);
        QSignalSpy retention(&session, &ProfileSession::retentionFinished);
        QSignalSpy keychainSaved(&session, &ProfileSession::keychainSaved);
        QSignalSpy keychainUnavailable(&session, &ProfileSession::keychainUnavailable);

        session.open();
        CHECK(needsInit.count() == 0); // never synchronously
        REQUIRE(waitUntil([&] { return needsInit.count() == 1; }));
        CHECK_FALSE(QFileInfo::exists(session.databasePath()));

        session.initialise(QStringLiteral("CCAS de Test"), QStringLiteral("130 025 265 00013"), Passphrase);
        CHECK(session.isBusy()); // Argon2id runs on a worker thread: this thread is free
        REQUIRE(waitUntil([&] { return unlocked.count() == 1 || failed.count() > 0; }, 30000));
        REQUIRE(failed.count() == 0);
        CHECK(session.isUnlocked());
        CHECK(session.ccasName() == QStringLiteral("CCAS de Test"));
        REQUIRE(waitUntil([&] { return retention.count() == 1; }));
        // Either outcome is fine here; the next part asks another keychain service anyway.
        REQUIRE(waitUntil([&] { return keychainSaved.count() + keychainUnavailable.count() == 1; }));

        const auto created = await(session.dossiers()->create(martinSamuel(), QStringLiteral("ALIM"), session.agent()));
        REQUIRE(created.ok());
        dossierId = created.value();
    }
    {
        SecretStore secrets(service + QStringLiteral("-elsewhere"), 2000); // holds no key for this profile
        ProfileSession session(dir, &secrets, clock);
        QSignalSpy passphraseNeeded(&session, &ProfileSession::passphraseNeeded);
        QSignalSpy unlocked(&session, &ProfileSession::unlocked);
        QSignalSpy retentionStarted(&session, &ProfileSession::retentionStarted);
        QSignalSpy retention(&session, &ProfileSession::retentionFinished);
        QSignalSpy keychainSaved(&session, &ProfileSession::keychainSaved);
        QSignalSpy keychainUnavailable(&session, &ProfileSession::keychainUnavailable);

        session.open();
        REQUIRE(waitUntil([&] { return passphraseNeeded.count() == 1; }));
        CHECK_FALSE(passphraseNeeded.at(0).at(0).toString().isEmpty()); // the keychain's problem
        CHECK_FALSE(session.isUnlocked());
        CHECK(retentionStarted.count() == 0); // never without a verified key
        const auto before = snapshot(dir);
        REQUIRE(before.contains(QStringLiteral("guichet-ccas.db")));

        session.providePassphrase(QStringLiteral("wrong horse battery staple"));
        REQUIRE(waitUntil([&] { return passphraseNeeded.count() == 2; }, 30000));
        CHECK(passphraseNeeded.at(1).at(0).toString() == KeyManagerText::noKey({}, true));
        CHECK_FALSE(session.isUnlocked());
        CHECK(unlocked.count() == 0);
        CHECK(retentionStarted.count() == 0);
        CHECK(snapshot(dir) == before); // nothing written
        const auto locked = await(session.dossiers()->list(QString()));
        CHECK_FALSE(locked.ok());

        session.providePassphrase(Passphrase);
        REQUIRE(waitUntil([&] { return unlocked.count() == 1; }, 30000));
        REQUIRE(waitUntil([&] { return retention.count() == 1; }));
        const auto report = retention.at(0).at(0).value<RetentionReport>();
        CHECK(report.due.isEmpty());
        const auto list = await(session.dossiers()->list(QString()));
        REQUIRE(list.ok());
        REQUIRE(list.value().size() == 1);
        CHECK(list.value().first().id == dossierId);
        CHECK(list.value().first().displayName == QStringLiteral("MARTIN SAMUEL"));
        REQUIRE(waitUntil([&] { return keychainSaved.count() + keychainUnavailable.count() == 1; }));
    }
    // The journal tells the story, without personal data.
    ProfileJournal stored(dir, clock);
    const QStringList actions = stored.actions();
    CHECK(actions.contains(QStringLiteral("key_init")));
    CHECK(actions.contains(QStringLiteral("key_recovery")));
    CHECK(await(stored.journal.verify()).value().ok);
}

TEST_CASE("a database that cannot be read is reported, not opened", "[session]")
{
    QTemporaryDir tmp;
    {
        QFile f(Profile::databasePath(tmp.path()));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    ManualClock clock;
    ProfileSession session(tmp.path(), nullptr, clock);
    QSignalSpy failed(&session, &ProfileSession::failed);
    QSignalSpy passphraseNeeded(&session, &ProfileSession::passphraseNeeded);
    session.open();
    REQUIRE(waitUntil([&] { return failed.count() == 1; }));
    CHECK_FALSE(failed.at(0).at(0).toString().isEmpty());
    CHECK(session.state() == ProfileSession::State::Failed);
    CHECK(passphraseNeeded.count() == 0);
}

TEST_CASE("an ephemeral profile opens at once and disappears with its session", "[session]")
{
    ManualClock clock;
    QString dir;
    {
        ProfileSession session(QString(), nullptr, clock);
        QSignalSpy unlocked(&session, &ProfileSession::unlocked);
        QSignalSpy retention(&session, &ProfileSession::retentionFinished);
        session.openEphemeral();
        REQUIRE(waitUntil([&] { return unlocked.count() == 1; }));
        CHECK(session.isEphemeral());
        dir = session.profileDir();
        CHECK(QFileInfo::exists(session.databasePath()));
        REQUIRE(waitUntil([&] { return retention.count() == 1; }));
        const auto created = await(session.dossiers()->create(martinSamuel(), QStringLiteral("ALIM"), session.agent()));
        REQUIRE(created.ok());
        const auto found = await(session.dossiers()->list(QStringLiteral("samuel martin")));
        REQUIRE(found.ok());
        CHECK(found.value().size() == 1);
    }
    CHECK_FALSE(dir.isEmpty());
    CHECK_FALSE(QDir(dir).exists());
}

TEST_CASE("retention follows the settings and runs again on request", "[session]")
{
    QTemporaryDir tmp;
    Settings settings(tmp.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::RetentionInactiveMonths, 3);
    settings.setValue(Settings::Key::AgentId, QStringLiteral("agent-7"));
    ManualClock clock;
    ProfileSession session(QString(), nullptr, clock);
    session.setSettings(&settings);
    CHECK(session.agent() == QStringLiteral("agent-7"));
    CHECK(session.retentionPolicy().inactiveMonths == 3);
    QSignalSpy retentionStarted(&session, &ProfileSession::retentionStarted);
    QSignalSpy retention(&session, &ProfileSession::retentionFinished);
    session.openEphemeral();
    REQUIRE(waitUntil([&] { return retention.count() == 1; }));
    REQUIRE(await(session.dossiers()->create(martinSamuel(), QStringLiteral("ALIM"), session.agent())).ok());

    clock.advanceMs(qint64(70) * 24 * 3600 * 1000); // about 2 months: a warning, nothing due
    session.runRetention();
    REQUIRE(waitUntil([&] { return retention.count() == 2; }));
    auto report = retention.at(1).at(0).value<RetentionReport>();
    CHECK(report.due.isEmpty());
    CHECK(report.warnings.size() == 1);

    clock.advanceMs(qint64(40) * 24 * 3600 * 1000); // past 3 months without activity: purged
    session.runRetention();
    REQUIRE(waitUntil([&] { return retention.count() == 3; }));
    report = retention.at(2).at(0).value<RetentionReport>();
    CHECK(report.due.size() == 1);
    CHECK(retentionStarted.count() == 3);
    const auto list = await(session.dossiers()->list(QString()));
    REQUIRE(list.ok());
    CHECK(list.value().isEmpty());
}

TEST_CASE("a session closed during the Argon2id step drops its result and creates nothing", "[session]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("profile"));
    ManualClock clock;
    {
        ProfileSession session(dir, nullptr, clock);
        QSignalSpy needsInit(&session, &ProfileSession::needsInit);
        session.open();
        REQUIRE(waitUntil([&] { return needsInit.count() == 1; }));
        session.initialise(QStringLiteral("CCAS de Test"), QStringLiteral("13002526500013"), Passphrase);
        CHECK(session.isBusy());
    } // the destructor waits for the worker thread, then drops its result
    CHECK_FALSE(QFileInfo::exists(Profile::databasePath(dir)));
}
