// The OS keychain through SecretStore. scripts/check runs the suite inside a private D-Bus session
// with an unlocked gnome-keyring and sets GUICHET_KEYCHAIN_EXPECT=ok: the round trip is then
// required. Without a keychain, every job must still end quickly with a clear error.
#include "ClientRig.h"
#include "KeychainWait.h"

#include "secrets/SecretStore.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace ccas;
using namespace ccas::test;

TEST_CASE("keychain round trip, or a fast clear error without a keychain", "[secrets][keychain]")
{
    const QString service = QStringLiteral("guichet-ccas-test-%1").arg(QCoreApplication::applicationPid());
    SecretStore store(service, 5000);
    const QString key = QStringLiteral("api-particulier/token");
    const QString secret = QStringLiteral("jeton-d'essai-€-%1").arg(QCoreApplication::applicationPid());

    QElapsedTimer t;
    t.start();
    const auto written = writeAndWait(store, key, secret, false);
    if (qEnvironmentVariable("GUICHET_KEYCHAIN_EXPECT") == QLatin1String("ok")) {
        INFO((written ? std::string() : written.error().detail.toStdString()));
        REQUIRE(written.ok());
        const auto read = readAndWait(store, key);
        REQUIRE(read.ok());
        CHECK(read.value() == secret);
        REQUIRE(writeAndWait(store, key, QString(), true).ok());
        const auto gone = readAndWait(store, key);
        REQUIRE_FALSE(gone.ok());
        CHECK(gone.error().kind == SecretError::Kind::NotFound);
    } else {
        // No keychain expected: an error (or, on a developer's desktop, a success) within the deadline.
        CHECK(t.elapsed() < 6000);
        if (!written) {
            CHECK_FALSE(written.error().userMessage().isEmpty());
        } else {
            REQUIRE(writeAndWait(store, key, QString(), true).ok());
        }
    }
}
