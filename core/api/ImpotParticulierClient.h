#pragma once

#include "api/ApiError.h"
#include "api/ImpotParticulierConfig.h"
#include "domain/Identity.h"
#include "domain/TaxSituation.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSslConfiguration;

namespace ccas {

// Client of the DGFiP's API Impôt particulier: the income tax situation (IR assiettes) of a tax
// household, keyed by its numéro fiscal (SPI) and an income year.
//
// Routes (relative to config().baseUrl, see the OpenAPI file of the API):
//  - income year given:  GET /spi/{spi}/situations/ir/assiettes/annrev/{annrev}
//    (media type application/prs.dgfip.part.situations.ir.assiettes.v1+json, scope RessourceIR);
//  - no income year:     GET /spi/{spi}/dernieresituation/ir/assiettes/annrev/{annrev} with
//    annrev = current year - 1 (scope RessourceIRDerniere). The OpenAPI describes this route as
//    "la situation IR de la dernière période d'un millésime": the last situation *within* that
//    income year (a year can hold several periods: marriage, death, corrective notice), not the
//    most recent year. The income year N-1 is only assessed from the summer of year N, so when that
//    call answers 404 the client asks once more for N-2. The year of the answer is read from its
//    `annRevenu` field when present (SituationsIRAssiettesMillesimeJAXBbean), else from the path.
//
// Authentication: OAuth2 client credentials (RFC 6749 §4.4). The token is fetched from
// config().tokenUrl with HTTP Basic client_id:client_secret (each form-urlencoded, §2.3.1), kept
// until tokenRefreshMarginSeconds before its expiry (on the injected Clock), and shared: calls that
// need a token while one is being fetched wait for that same request. A 401 from the data API
// drops the token, fetches a new one and retries once; a second 401 is Unauthorized. The client
// secret is sent only to the token URL, the token only in the Authorization header of data
// requests; neither is logged. Redirects are never followed (a credential never leaves for
// another URL).
//
// Every call is asynchronous; the callback runs once, on the thread of the client, never inside
// the call, and only while its context object is alive. Per attempt: a transfer timeout, a
// whole-answer deadline and a cap on the body size. One retry on 502/503/504 (after
// retryBackoffMs); a 429 pauses every call until its Retry-After has passed.
//
// Errors (ApiError kinds and exit codes are those of API Particulier): 400 InvalidInput,
// 401 after the refresh or 400/401 from the token endpoint Unauthorized, 403 Forbidden,
// 404 NotFound, 429 RateLimited, 5xx/timeouts/network Unavailable, unreadable answers Malformed.
// ApiError::requestId is the X-Correlation-ID sent; ApiError::userText holds the DGFiP wording.
class ImpotParticulierClient final : public QObject
{
    Q_OBJECT
public:
    using Handle = quint64;
    using SituationCallback = std::function<void(const Result<TaxSituation, ApiError>&)>;

    static constexpr const char* ApiName = "API Impôt particulier";
    static constexpr const char* ProviderName = "DGFiP";
    static constexpr const char* SituationMediaType = "application/prs.dgfip.part.situations.ir.assiettes.v1+json";
    static constexpr const char* LatestSituationMediaType =
        "application/prs.dgfip.part.derniere.situations.ir.assiettes.v1+json";

    ImpotParticulierClient(QNetworkAccessManager* nam, ImpotParticulierConfig config,
                           const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~ImpotParticulierClient() override;
    Q_DISABLE_COPY_MOVE(ImpotParticulierClient)

    const ImpotParticulierConfig& config() const { return m_config; }
    // Replaces the settings. The cached token is dropped when the token URL, client id, secret or
    // scope change; the client certificate is loaded again. Calls in flight keep their settings.
    void setConfig(ImpotParticulierConfig config);

    // Everything checked before sending. Fields: "spi", "annrev"; at most one message per field;
    // empty when valid. `incomeYear` nullopt = the latest situation.
    QList<FieldError> validate(const QString& spi, std::optional<int> incomeYear) const;
    // The SPI without the spaces (and other blanks) an agent may type: "1234 567 890 123".
    static QString normalisedSpi(const QString& spi);

    // Fetches the IR situation of `spi` for `incomeYear` (nullopt: the latest, see above).
    Handle fetchSituation(const QString& spi, std::optional<int> incomeYear, QObject* context,
                          SituationCallback callback);

    // The callback of `handle` will not run; its HTTP exchange is aborted. A token request in
    // flight goes on (its token is kept for later calls).
    void cancel(Handle handle);
    int inFlightCount() const;

    // Token cache (for the settings page and tests): whether a token usable now is cached, and
    // forgetting it.
    bool hasCachedToken() const;
    void clearToken();
    // Milliseconds before calls may resume after a 429 (0 = not blocked).
    qint64 blockedForMs() const;

    // Parses a 200 body of either route (public for tests and fuzzing). `requestedYear` is the
    // path's annrev, used when the body has no `annRevenu`. A wrong type is a Malformed error
    // naming the JSON path (never the value). Provenance is left to the caller.
    static Result<TaxSituation, ApiError> parseSituation(const QByteArray& body, int requestedYear);
    // The error of a non-200 data answer (no retry or refresh logic).
    static ApiError errorFromAnswer(int httpStatus, const QByteArray& body);
    // The error of a non-200 token endpoint answer (RFC 6749 §5.2 body).
    static ApiError tokenErrorFromAnswer(int httpStatus, const QByteArray& body);
    // "application/x-www-form-urlencoded" encoding of one value (RFC 6749 Appendix B).
    static QByteArray formUrlEncode(const QString& value);

Q_SIGNALS:
    // One per HTTP attempt on the data API, for the access journal. No personal data: the SPI is
    // not in it. `correlationId` is the X-Correlation-ID sent.
    void attemptFinished(int httpStatus, const QString& correlationId, qint64 elapsedMs);
    // One per token request (status 0 when no answer).
    void tokenRequestFinished(int httpStatus, qint64 elapsedMs);

private:
    struct Call;
    struct TokenFetch;

    std::optional<ApiError> precheck() const;
    Handle failLater(QObject* context, SituationCallback callback, ApiError error);
    void needToken(Call* call);
    void startTokenFetch();
    void sendTokenRequest();
    void onTokenReplyFinished();
    void tokenFetchDone(const Result<QString, ApiError>& result);
    void sendData(Call* call);
    void onDataReplyFinished(Call* call);
    void retryLater(Call* call, qint64 delayMs);
    void complete(Call* call, const Result<TaxSituation, ApiError>& result);
    void loadClientCertificate();
    bool blocked(ApiError* error) const;
    void blockFor(qint64 ms);

    QNetworkAccessManager* m_nam;
    ImpotParticulierConfig m_config;
    const Clock& m_clock;
    std::unique_ptr<QSslConfiguration> m_ssl; // server verification always on, plus the client certificate
    std::optional<ApiError> m_certificateError;
    Handle m_nextHandle = 1;
    std::map<Handle, std::unique_ptr<Call>> m_calls;
    QList<Handle> m_pendingErrors; // failLater handles not yet delivered

    // Token cache.
    QString m_token;
    qint64 m_tokenValidUntilMs = 0; // monotonic
    std::unique_ptr<TokenFetch> m_tokenFetch;
    QList<Handle> m_tokenWaiters;
    qint64 m_blockedUntilMs = 0; // monotonic; 0 = not blocked
};

// Validation and agent messages of API Impôt particulier (context of the tr() strings).
class ImpotParticulierText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::ImpotParticulierClient)
public:
    static QList<FieldError> spi(const QString& spi);
    // Income years accepted: from current year - 4 to current year - 1 (both included). The
    // latest is N-1 (incomes of a year are declared the year after); the oldest is the income year
    // of the tax notice issued three years ago (notice N-3 = incomes N-4).
    static QList<FieldError> incomeYear(std::optional<int> year, const QDate& today);
    // The agent's sentence for an error of this API (French by default).
    static QString message(const ApiError& e, std::optional<int> incomeYear = std::nullopt);
};

} // namespace ccas
