// FirstRunSetup on a real profile folder, a temporary settings file and the OS keychain. scripts/check
// runs the suite inside a private D-Bus session with an unlocked gnome-keyring and sets
// GUICHET_KEYCHAIN_EXPECT=ok: the secrets must then be read back from the keychain. Without a
// keychain, the setup must still finish, and say which secrets could not be kept.
#include "ClientRig.h"
#include "KeychainWait.h"

#include "secrets/SecretStore.h"
#include "session/FirstRunSetup.h"
#include "session/ProfileSession.h"
#include "settings/Settings.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

using namespace ccas;
using namespace ccas::test;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");

FirstRunSetup::Values sampleValues()
{
    FirstRunSetup::Values v;
    v.ccasName = QStringLiteral("CCAS de Test");
    v.siret = QStringLiteral("130 025 265 00013");
    v.ccasAddress = QStringLiteral("1 place de la Mairie\n78600 Maisons-Laffitte");
    v.agentId = QStringLiteral("agent.test");
    v.passphrase = Passphrase;
    v.environment = QStringLiteral("staging");
    v.apiParticulierToken = QStringLiteral("jeton-€-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    v.impotBaseUrl = QStringLiteral("https://passerelle.example.fr/impotparticulier/1.0");
    v.impotTokenUrl = QStringLiteral("https://passerelle.example.fr/token");
    v.impotClientId = QStringLiteral("client-id-test");
    v.impotClientSecret = QStringLiteral("client-secret-test");
    v.reglementPath = QStringLiteral(":/reglements/exemple-maisons-laffitte.json");
    return v;
}

QStringList secretKeys()
{
    return {QString::fromLatin1(SecretStore::ApiParticulierTokenKey),
            QString::fromLatin1(FirstRunSetup::ImpotClientIdKey),
            QString::fromLatin1(FirstRunSetup::ImpotClientSecretKey)};
}

} // namespace

TEST_CASE("the first run writes the settings, creates the profile and saves the API secrets", "[wizard][keychain]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("profile"));
    Settings settings(tmp.filePath(QStringLiteral("guichet-ccas.ini")));
    ManualClock clock;
    const QString service = QStringLiteral("guichet-ccas-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    SecretStore secrets(service, 5000);
    ProfileSession session(dir, &secrets, clock);
    session.setSettings(&settings);
    FirstRunSetup setup(&settings, &secrets, &session);
    QSignalSpy finished(&setup, &FirstRunSetup::finished);
    QSignalSpy failed(&setup, &FirstRunSetup::failed);
    QSignalSpy warning(&setup, &FirstRunSetup::keychainWarning);
    QSignalSpy keyDone(&session, &ProfileSession::keychainSaved);
    QSignalSpy keyFailed(&session, &ProfileSession::keychainUnavailable);
    bool doneAtUnlock = true;
    QString agentAtUnlock;
    QObject::connect(&session, &ProfileSession::unlocked, &setup, [&]() {
        doneAtUnlock = settings.value(Settings::Key::FirstRunDone).toBool();
        agentAtUnlock = session.agent();
    });

    session.open();
    REQUIRE(waitUntil([&] { return session.state() == ProfileSession::State::NeedsInit; }));
    const FirstRunSetup::Values values = sampleValues();
    REQUIRE(setup.run(values));
    CHECK(setup.isRunning());
    CHECK_FALSE(setup.run(values)); // one run at a time
    REQUIRE(waitUntil([&] { return finished.count() + failed.count() > 0; }, 60000));
    REQUIRE(failed.count() == 0);
    CHECK(session.isUnlocked());
    CHECK_FALSE(setup.isRunning());
    CHECK_FALSE(doneAtUnlock); // marked done at the very end only
    CHECK(agentAtUnlock == QStringLiteral("agent.test"));

    Settings reread(settings.path());
    CHECK(reread.value(Settings::Key::FirstRunDone).toBool());
    CHECK(reread.value(Settings::Key::CcasName).toString() == QStringLiteral("CCAS de Test"));
    CHECK(reread.value(Settings::Key::Recipient).toString() == QStringLiteral("13002526500013"));
    CHECK(reread.value(Settings::Key::CcasAddress).toString() == values.ccasAddress);
    CHECK(reread.value(Settings::Key::AgentId).toString() == QStringLiteral("agent.test"));
    CHECK(reread.value(Settings::Key::ApiEnvironment).toString() == QStringLiteral("staging"));
    CHECK(reread.value(Settings::Key::ImpotBaseUrl).toString() == values.impotBaseUrl);
    CHECK(reread.value(Settings::Key::ImpotTokenUrl).toString() == values.impotTokenUrl);
    CHECK(reread.value(Settings::Key::ReglementPath).toString() == values.reglementPath);
    // Secrets never go into the settings file.
    QFile ini(settings.path());
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QByteArray iniText = ini.readAll();
    CHECK_FALSE(iniText.contains(values.impotClientSecret.toUtf8()));
    CHECK_FALSE(iniText.contains(values.passphrase.toUtf8()));
    CHECK_FALSE(iniText.contains("client-id-test"));

    if (qEnvironmentVariable("GUICHET_KEYCHAIN_EXPECT") == QLatin1String("ok")) {
        INFO((warning.isEmpty() ? std::string() : warning.at(0).at(0).toString().toStdString()));
        CHECK(warning.count() == 0);
        const auto token = readAndWait(secrets, QString::fromLatin1(SecretStore::ApiParticulierTokenKey));
        REQUIRE(token.ok());
        CHECK(token.value() == values.apiParticulierToken);
        const auto id = readAndWait(secrets, QString::fromLatin1(FirstRunSetup::ImpotClientIdKey));
        REQUIRE(id.ok());
        CHECK(id.value() == values.impotClientId);
        const auto secret = readAndWait(secrets, QString::fromLatin1(FirstRunSetup::ImpotClientSecretKey));
        REQUIRE(secret.ok());
        CHECK(secret.value() == values.impotClientSecret);
    } else if (warning.count() > 0) {
        // No keychain expected: the setup still finished, and said which secrets were not kept.
        CHECK_FALSE(warning.at(0).at(0).toString().isEmpty());
    }
    // The session's own key save ends too (either way) before the folder goes.
    REQUIRE(waitUntil([&] { return keyDone.count() + keyFailed.count() == 1; }, 15000));
    for (const QString& key : secretKeys())
        removeAndWait(secrets, key);
}

TEST_CASE("without a keychain the first run finishes and says which secrets were not kept", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    Settings settings(tmp.filePath(QStringLiteral("guichet-ccas.ini")));
    ManualClock clock;
    ProfileSession session(tmp.filePath(QStringLiteral("profile")), nullptr, clock);
    session.setSettings(&settings);
    FirstRunSetup setup(&settings, nullptr, &session);
    QSignalSpy finished(&setup, &FirstRunSetup::finished);
    QSignalSpy failed(&setup, &FirstRunSetup::failed);
    QSignalSpy warning(&setup, &FirstRunSetup::keychainWarning);

    FirstRunSetup::Values values = sampleValues();
    values.apiParticulierToken.clear(); // two secrets out of three
    REQUIRE(setup.run(values));
    REQUIRE(waitUntil([&] { return finished.count() + failed.count() > 0; }, 60000));
    REQUIRE(failed.count() == 0);
    REQUIRE(warning.count() == 1);
    CHECK(warning.at(0).at(0).toString().contains(FirstRunSetup::tr("the client ID of API Impôt particulier")));
    CHECK(warning.at(0).at(0).toString().contains(FirstRunSetup::tr("the client secret of API Impôt particulier")));
    CHECK_FALSE(warning.at(0).at(0).toString().contains(FirstRunSetup::tr("the API Particulier token")));
    CHECK(settings.value(Settings::Key::FirstRunDone).toBool());
    CHECK(session.isUnlocked());
}

TEST_CASE("a first run with no secret gives no keychain warning", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    ManualClock clock;
    Settings settings(tmp.filePath(QStringLiteral("guichet-ccas.ini")));
    ProfileSession session(tmp.filePath(QStringLiteral("profile")), nullptr, clock);
    FirstRunSetup setup(&settings, nullptr, &session);
    QSignalSpy finished(&setup, &FirstRunSetup::finished);
    QSignalSpy warning(&setup, &FirstRunSetup::keychainWarning);
    FirstRunSetup::Values v = sampleValues();
    v.apiParticulierToken.clear();
    v.impotClientId.clear();
    v.impotClientSecret.clear();
    REQUIRE(setup.run(v));
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 60000));
    CHECK(warning.count() == 0);
}

TEST_CASE("a failed first run leaves nothing marked done and can be tried again", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("profile"));
    // A file where the profile folder should be: the creation fails.
    {
        QFile blocker(dir);
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    Settings settings(tmp.filePath(QStringLiteral("guichet-ccas.ini")));
    ManualClock clock;
    ProfileSession session(dir, nullptr, clock);
    session.setSettings(&settings);
    FirstRunSetup setup(&settings, nullptr, &session);
    QSignalSpy finished(&setup, &FirstRunSetup::finished);
    QSignalSpy failed(&setup, &FirstRunSetup::failed);

    FirstRunSetup::Values values = sampleValues();
    values.apiParticulierToken.clear();
    values.impotClientId.clear();
    values.impotClientSecret.clear();
    REQUIRE(setup.run(values));
    REQUIRE(waitUntil([&] { return finished.count() + failed.count() > 0; }, 60000));
    REQUIRE(failed.count() == 1);
    CHECK_FALSE(failed.at(0).at(0).toString().isEmpty());
    CHECK(finished.count() == 0);
    CHECK_FALSE(setup.isRunning());
    CHECK_FALSE(settings.value(Settings::Key::FirstRunDone).toBool());
    CHECK_FALSE(session.isUnlocked());

    // The administrator corrects the cause and finishes again.
    REQUIRE(QFile::remove(dir));
    REQUIRE(setup.run(values));
    REQUIRE(waitUntil([&] { return finished.count() + failed.count() > 1; }, 60000));
    CHECK(failed.count() == 1);
    REQUIRE(finished.count() == 1);
    CHECK(session.isUnlocked());
    CHECK(settings.value(Settings::Key::FirstRunDone).toBool());
    CHECK(QFileInfo::exists(session.databasePath()));
}

TEST_CASE("the first run refuses a session that is not waiting for a profile", "[wizard]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    Settings settings(tmp.filePath(QStringLiteral("guichet-ccas.ini")));
    ManualClock clock;
    ProfileSession session(QString(), nullptr, clock);
    session.openEphemeral();
    REQUIRE(waitUntil([&] { return session.isUnlocked(); }));
    FirstRunSetup setup(&settings, nullptr, &session);
    QSignalSpy failed(&setup, &FirstRunSetup::failed);
    REQUIRE(setup.run(sampleValues()));
    REQUIRE(waitUntil([&] { return failed.count() == 1; }));
    CHECK_FALSE(settings.value(Settings::Key::FirstRunDone).toBool());
}
