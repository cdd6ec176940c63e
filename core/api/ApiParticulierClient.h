#pragma once

#include "api/ApiError.h"
#include "api/ApiParticulierConfig.h"
#include "api/RateLimiter.h"
#include "api/Source.h"
#include "domain/Household.h"
#include "domain/Identity.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccas {

// A QF period (the API's `annee` and `mois` parameters).
struct YearMonth
{
    int year = 0;
    int month = 0;
};

// A successful answer: the `{data, links, meta}` envelope and where it came from.
struct ApiEnvelope
{
    Source source = Source::QuotientFamilial;
    QJsonObject data;
    QJsonObject links;
    QJsonObject meta;
    Provenance provenance;
};

// Client of API Particulier v3 (identity routes of the DSS endpoints).
//
// Every call is asynchronous; the callback runs once, on the thread of the client, and only while
// its context object is alive. Behaviour (see docs/api-particulier.md §3 and §6):
//  - one RateLimiter per token (maxRequestsPerSecond), a 429 blocks every call with that token until
//    its Retry-After has passed (seconds or HTTP date);
//  - identical requests in flight (same token, endpoint and parameters) share one HTTP exchange;
//  - a transfer timeout and a whole-answer deadline per attempt, a cap on the body size;
//  - at most one retry on 502/503/504 (after meta.retry_in, capped, or a short backoff); a 409 gets
//    one delayed retry and then counts as unavailable; no retry on any other status.
// The token is sent only in the Authorization header and never logged.
class ApiParticulierClient final : public QObject
{
    Q_OBJECT
public:
    using Handle = quint64;
    using EnvelopeCallback = std::function<void(const Result<ApiEnvelope, ApiError>&)>;
    using FamilyCallback = std::function<void(const Result<FamilyQuotientData, ApiError>&)>;
    using BenefitCallback = std::function<void(const Result<BenefitStatusData, ApiError>&)>;

    ApiParticulierClient(QNetworkAccessManager* nam, ApiParticulierConfig config, const Clock& clock = Clock::system(),
                         QObject* parent = nullptr);
    ~ApiParticulierClient() override;
    Q_DISABLE_COPY_MOVE(ApiParticulierClient)

    const ApiParticulierConfig& config() const { return m_config; }
    void setConfig(ApiParticulierConfig config);

    // Everything that can be checked before sending: the identity, the QF period, the recipient
    // SIRET. Field names: Identity members, "annee", "mois", "recipient". Empty when valid.
    QList<FieldError> validate(const Identity& identity, std::optional<YearMonth> period = std::nullopt) const;

    // The identity as API query parameters (prenoms[] repeated, nothing empty sent).
    static QUrlQuery identityQuery(const Identity& identity);

    Handle fetchFamilyQuotient(const Identity& identity, std::optional<YearMonth> period, QObject* context,
                               FamilyCallback callback);
    Handle fetchBenefit(Source source, const Identity& identity, QObject* context, BenefitCallback callback);
    // Low level: GET the endpoint of `source` with `query` (recipient added); no identity check.
    Handle get(Source source, QUrlQuery query, QObject* context, EnvelopeCallback callback);

    // The callback of `handle` will not run. The HTTP exchange is aborted when nobody else waits for it.
    void cancel(Handle handle);
    int inFlightCount() const;

    // Milliseconds before calls with the configured token may resume after a 429 (0 = not blocked).
    qint64 blockedForMs() const;

    // Parsers of the typed answers (public for tests and fuzzing). A wrong type or an impossible
    // value is a Malformed error naming the JSON path (never the value).
    static Result<FamilyQuotientData, ApiError> parseFamilyQuotient(const ApiEnvelope& envelope);
    static Result<BenefitStatusData, ApiError> parseBenefit(const ApiEnvelope& envelope);
    // Turns a raw HTTP answer into an envelope or an error (no retry logic).
    static Result<ApiEnvelope, ApiError> parseEnvelope(Source source, const QByteArray& body);
    static ApiError errorFromAnswer(int httpStatus, const QByteArray& body);

Q_SIGNALS:
    // One per HTTP attempt, for the access journal and benchmarks. No personal data.
    void attemptFinished(ccas::Source source, int httpStatus, const QString& requestId, qint64 elapsedMs);

private:
    struct Subscriber;
    struct Flight;

    Handle subscribe(const QString& key, Source source, const QUrlQuery& query, QObject* context,
                     EnvelopeCallback callback);
    Handle failLater(QObject* context, EnvelopeCallback callback, ApiError error);
    void schedule(Flight* flight, qint64 extraDelayMs);
    void send(Flight* flight);
    void onReplyFinished(Flight* flight);
    void complete(Flight* flight, const Result<ApiEnvelope, ApiError>& result);
    RateLimiter& limiter();
    QByteArray tokenKey() const;
    std::optional<ApiError> precheck() const;

    QNetworkAccessManager* m_nam;
    ApiParticulierConfig m_config;
    const Clock& m_clock;
    Handle m_nextHandle = 1;
    std::map<QByteArray, RateLimiter> m_limiters; // by token key
    QHash<QString, Flight*> m_flights;            // by coalescing key
    QHash<Handle, QString> m_handleKeys;          // handle -> flight key (or empty for deferred errors)
};

// The pause a 429's Retry-After header asks for (delay-seconds or an HTTP date, RFC 7231 §7.1.3),
// in ms from `now`; `fallbackMs` when the header is missing or unreadable; capped at 24 hours.
qint64 retryAfterMs(const QByteArray& header, const QDateTime& now, qint64 fallbackMs);

// True for 127.0.0.0/8, ::1 and "localhost": the only hosts reached over plain http (the demo).
bool isLoopbackUrl(const QUrl& url);

class ApiParticulierValidation
{
    Q_DECLARE_TR_FUNCTIONS(ccas::ApiParticulierClient)
public:
    static QList<FieldError> period(std::optional<YearMonth> period, const QDate& today);
    static QList<FieldError> recipient(const QString& siret);
};

} // namespace ccas

Q_DECLARE_METATYPE(ccas::Source)
