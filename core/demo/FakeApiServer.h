#pragma once

#include "demo/StagingCatalog.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace ccas {

// A request as the fake server received it (for tests and benchmarks).
struct RecordedRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    qint64 receivedAtMs = 0;                      // monotonic, since the server started
    QByteArray body;                              // POST /token only (other bodies are not kept)
    QByteArray header(const QByteArray& lowerName) const;
};

// A scripted answer that replaces the staging case (fault injection in tests).
struct FakeResponse
{
    enum class Mode
    {
        Normal,          // status + headers + body, Content-Length set
        Trickle,         // headers, then one body byte every trickleIntervalMs, never finishing
                         // (bounded by trickleMaxMs, then the connection is closed)
        CloseImmediately // close the connection without answering
    };
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // before the first byte
    Mode mode = Mode::Normal;
    int trickleIntervalMs = 50;
    int trickleMaxMs = 10000;
};

// The embedded fake API Particulier: a small HTTP/1.1 server on 127.0.0.1 that answers the v3
// identity routes with the official staging cases (see StagingCatalog for the matching rule).
//  - `recipient` missing or not 14 digits: 422 with code 00203, as the API.
//  - when a token is required (setRequiredToken), a missing or different Bearer token: 401 00101.
//  - no case matches: 404 in the API's error format.
//  - 429 cases get a Retry-After header (setRetryAfterSeconds).
//  - every answer carries X-Request-ID, RateLimit-* and X-Response-Cached headers.
// It also plays the DGFiP's API Impôt particulier (setImpotFixtures):
//  - POST /token: OAuth2 client credentials (grant_type=client_credentials, form body) with HTTP
//    Basic client_id:client_secret (form-urlencoded, RFC 6749 §2.3.1). A wrong client: 401
//    {"error":"invalid_client"}; another grant: 400 unsupported_grant_type. Issues a random Bearer
//    token valid setImpotTokenLifetimeSeconds (real time). The only POST route: other methods and
//    other POSTs get a 405.
//  - GET /impotparticulier/1.0/spi/{spi}/situations/ir/assiettes/annrev/{annrev}: the fixture
//    <spi>-<annrev>.json byte for byte, Content-Type application/prs.dgfip.part.situations.ir.assiettes.v1+json.
//  - GET /impotparticulier/1.0/spi/{spi}/dernieresituation/ir/assiettes/annrev/{annrev}: the fixture
//    of the most recent income year up to annrev, with its "annRevenu" added (the real route answers
//    the last situation of that very year only, see ImpotParticulierClient: the demo is more lenient).
//  - both require a Bearer token issued by /token and not expired (else 401 {"error":"invalid_token"}),
//    a UUID X-Correlation-ID (else 400), 13 digits and a 4-digit year (else 400); no fixture: 404
//    with a small {"code","message"} body. The interceptor is consulted first, as for the other routes.
// Only loopback addresses are ever bound.
class FakeApiServer final : public QObject
{
    Q_OBJECT
public:
    using Interceptor = std::function<std::optional<FakeResponse>(const RecordedRequest&)>;

    explicit FakeApiServer(StagingCatalog catalog, QObject* parent = nullptr);
    ~FakeApiServer() override;
    Q_DISABLE_COPY_MOVE(FakeApiServer)

    // Listens on 127.0.0.1:port (0 = any free port). Returns the bound port.
    Result<quint16> listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    void setLatencyMs(int ms);                   // added before every answer
    void setRequiredToken(const QString& token); // empty = any token (or none) accepted
    void setRetryAfterSeconds(int seconds);      // default 5
    // Called for every request before the catalog; returning an answer overrides it.
    void setInterceptor(Interceptor interceptor);

    // API Impôt particulier.
    static constexpr const char* ImpotBasePath = "/impotparticulier/1.0";
    static constexpr const char* ImpotTokenPath = "/token";
    static constexpr const char* DefaultImpotFixtures = ":/demo/impot";
    static constexpr const char* DefaultImpotClientId = "demo-client";
    static constexpr const char* DefaultImpotClientSecret = "demo-secret";
    // Replaces the tax fixtures: every <13-digit SPI>-<4-digit income year>.json of a directory or
    // a resource prefix (other names are ignored). Returns how many were loaded; a missing directory
    // or a file that is not a JSON object is an error and keeps the previous set. At construction,
    // DefaultImpotFixtures is loaded when the build embeds it.
    Result<int> setImpotFixtures(const QString& directoryOrQrcPrefix);
    int impotFixtureCount() const;
    void setImpotClientCredentials(const QString& clientId, const QString& clientSecret);
    void setImpotTokenLifetimeSeconds(int seconds); // expires_in of the next tokens; default 3600
    void revokeImpotTokens();                       // every issued token is refused from now on
    int impotTokensIssued() const;                  // tokens issued and not revoked
    QUrl impotBaseUrl() const;                      // http://127.0.0.1:PORT/impotparticulier/1.0
    QUrl impotTokenUrl() const;                     // http://127.0.0.1:PORT/token

    const StagingCatalog& catalog() const;
    int requestCount() const;
    QList<RecordedRequest> requests() const;
    void clearRequests();

Q_SIGNALS:
    void requestReceived(const ccas::RecordedRequest& request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ccas
