#pragma once

#include "api/ApiParticulierClient.h"
#include "demo/FakeApiServer.h"
#include "demo/StagingCatalog.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <optional>

namespace ccas::test {

inline constexpr const char* TestToken = "test-token-0123456789";
inline constexpr const char* TestRecipient = "13002526500013";

// Loads the staging cases copied into the project (resources/demo/staging), once.
const StagingCatalog& stagingCatalog();

// The identity a person would type for a staging case: the case's parameters, with the birth
// country deduced as France (99100) when only a commune is given, as the API documentation advises.
Identity identityFromCase(const StagingCase& c);
std::optional<YearMonth> periodFromCase(const StagingCase& c);

// MARTIN SAMUEL, born 1980-09-20 in 08480: RSA and prime d'activité "bénéficiaire majoré" in the
// staging cases, not found elsewhere.
Identity martinSamuel();
// DUPONT SOPHIE, born 1982-09-03 in 13001: CNAF QF 900 with four children in the staging cases.
Identity dupontSophie();

// The IDENTITY options of guichet-ccas-cli for `id` (--nom-naissance, --prenom…, --sexe, the known
// parts of the birth date, --pays-naissance, --commune-naissance when given).
QStringList cliIdentityArgs(const Identity& id);

// A fake API server and a client talking to it over loopback, with short retry delays so that
// the tests run fast. `clock` can be moved by tests.
struct ClientRig
{
    explicit ClientRig(std::function<void(ApiParticulierConfig&)> tweak = {});
    ApiParticulierClient& client() { return *m_client; }

    ManualClock clock;
    QNetworkAccessManager nam;
    FakeApiServer server;
    std::unique_ptr<ApiParticulierClient> m_client;
};

// Runs the Qt event loop until `done()` or the timeout; returns done(). For tests only.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10000);

// The outcome of a guichet-ccas-cli run (code -1: did not start or did not finish in time, then
// killed; -2: crashed).
struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

// Runs guichet-ccas-cli with `args` and `env` while this process's event loop keeps serving the
// fake API (no blocking wait).
CliResult runCliProcess(const QStringList& args, const QProcessEnvironment& env, int timeoutMs = 60000);

// Issues a raw GET and waits for its result.
Result<ApiEnvelope, ApiError> getAndWait(ApiParticulierClient& client, Source source, const QUrlQuery& query,
                                         int timeoutMs = 10000);

} // namespace ccas::test
