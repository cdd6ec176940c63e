// The error matrix of the API Particulier client: one test per behaviour.
#include "ClientRig.h"

#include "api/PersonFetch.h"
#include "util/Logging.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace ccas;
using namespace ccas::test;

namespace {

QUrlQuery query(const QString& name = QStringLiteral("MARTIN"))
{
    QUrlQuery q = ApiParticulierClient::identityQuery(martinSamuel());
    q.removeAllQueryItems(QStringLiteral("nomNaissance"));
    q.addQueryItem(QStringLiteral("nomNaissance"), name);
    return q;
}

FakeResponse answer(int status, const QByteArray& body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(GUICHET_FIXTURES_DIR "/api-particulier/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const QByteArray okBody =
    R"({"data":{"est_beneficiaire":true,"avec_majoration":true,"date_debut_droit":"2023-01-01"},"links":{},"meta":{}})";

} // namespace

TEST_CASE("every documented error body maps to one error kind", "[api][errors]")
{
    const struct
    {
        const char* file;
        int status;
        ApiError::Kind kind;
        int exitCode;
        const char* code;
    } table[] = {
        {"v3_error_401_00101_OPENAPI.json", 401, ApiError::Kind::Unauthorized, 4, "00101"},
        {"v3_error_401_00103_OPENAPI.json", 401, ApiError::Kind::Unauthorized, 4, "00103"},
        {"v3_error_403_00100.json", 403, ApiError::Kind::Forbidden, 4, "00100"},
        {"v3_error_404_10003_msa_OPENAPI.json", 404, ApiError::Kind::NotFound, 3, "10003"},
        {"v3_error_404_23003_cnaf_OPENAPI.json", 404, ApiError::Kind::NotFound, 3, "23003"},
        {"v3_error_404_35003_OPENAPI.json", 404, ApiError::Kind::NotFound, 3, "35003"},
        {"v3_dss_quotient_familial_identite_404_37003.json", 404, ApiError::Kind::NotFound, 3, "37003"},
        {"v3_error_409_00015_OPENAPI.json", 409, ApiError::Kind::Unavailable, 6, "00015"},
        {"v3_error_422_00203_OPENAPI.json", 422, ApiError::Kind::InvalidInput, 2, "00203"},
        {"v3_error_422_00366.json", 422, ApiError::Kind::InvalidInput, 2, "00366"},
        {"v3_error_429_00429.json", 429, ApiError::Kind::RateLimited, 5, "00429"},
        {"v3_error_502_37999.json", 502, ApiError::Kind::Unavailable, 6, "37999"},
        {"v3_error_504_37002.json", 504, ApiError::Kind::Unavailable, 6, "37002"},
        {"v3_error_504_37001_OPENAPI.json", 504, ApiError::Kind::Unavailable, 6, "37001"},
        {"v3_error_504_00501_OPENAPI.json", 504, ApiError::Kind::Unavailable, 6, "00501"},
    };
    for (const auto& row : table) {
        DYNAMIC_SECTION(row.file)
        {
            const ApiError e = ApiParticulierClient::errorFromAnswer(row.status, fixture(QLatin1String(row.file)));
            CHECK(e.kind == row.kind);
            CHECK(e.exitCode() == row.exitCode);
            REQUIRE_FALSE(e.errors.isEmpty());
            CHECK(e.errors.first().code == QLatin1String(row.code));
            CHECK_FALSE(e.errors.first().title.isEmpty());
            CHECK_FALSE(e.userMessage().isEmpty());
        }
    }
    SECTION("500 is unavailable, an unexpected status is internal")
    {
        CHECK(ApiParticulierClient::errorFromAnswer(500, "{}").kind == ApiError::Kind::Unavailable);
        CHECK(ApiParticulierClient::errorFromAnswer(418, "{}").kind == ApiError::Kind::Internal);
        CHECK(ApiParticulierClient::errorFromAnswer(418, "{}").exitCode() == 1);
    }
}

TEST_CASE("a proxy's HTML error page is handled like any other error", "[api][errors]")
{
    ClientRig rig;
    const QByteArray html = "<html><body><h1>502 Bad Gateway</h1><p>/v3/dss/x?nomNaissance=MARTIN</p></body></html>";
    rig.server.setInterceptor([&](const RecordedRequest&) {
        FakeResponse r = answer(502, html);
        r.contentType = "text/html";
        return std::optional<FakeResponse>(r);
    });
    const auto r = getAndWait(rig.client(), Source::RSA, query());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ApiError::Kind::Unavailable);
    CHECK(r.error().httpStatus == 502);
    CHECK(r.error().errors.isEmpty());
    // The body may echo the URL (personal data): only its size is kept.
    CHECK_FALSE(r.error().detail.contains(QStringLiteral("MARTIN")));
    CHECK(rig.server.requestCount() == 2); // 502 gets its one retry

    SECTION("an HTML page with status 200 is malformed")
    {
        rig.server.setInterceptor(
            [&](const RecordedRequest&) { return std::optional<FakeResponse>(answer(200, html)); });
        const auto r2 = getAndWait(rig.client(), Source::RSA, query());
        REQUIRE_FALSE(r2.ok());
        CHECK(r2.error().kind == ApiError::Kind::Malformed);
        CHECK(r2.error().exitCode() == 7);
    }
}

TEST_CASE("a body that trickles forever times out", "[api][errors][timeout]")
{
    ClientRig rig([](ApiParticulierConfig& c) { c.timeoutMs = 400; });
    rig.server.setInterceptor([](const RecordedRequest&) {
        FakeResponse r = answer(200, okBody);
        r.mode = FakeResponse::Mode::Trickle;
        r.trickleIntervalMs = 50; // well under the inactivity timeout: only the deadline can stop it
        r.trickleMaxMs = 8000;
        return std::optional<FakeResponse>(r);
    });
    QElapsedTimer t;
    t.start();
    const auto r = getAndWait(rig.client(), Source::RSA, query());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ApiError::Kind::Unavailable);
    CHECK(r.error().timedOut);
    CHECK(r.error().exitCode() == 6);
    CHECK(rig.server.requestCount() == 1); // a timeout is not retried
}

TEST_CASE("a server that never answers times out", "[api][errors][timeout]")
{
    ClientRig rig([](ApiParticulierConfig& c) { c.timeoutMs = 300; });
    rig.server.setInterceptor([](const RecordedRequest&) {
        FakeResponse r = answer(200, okBody);
        r.delayMs = 5000;
        return std::optional<FakeResponse>(r);
    });
    const auto r = getAndWait(rig.client(), Source::RSA, query());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().timedOut);
}

TEST_CASE("an oversized body is refused as malformed", "[api][errors]")
{
    ClientRig rig([](ApiParticulierConfig& c) { c.maxBodyBytes = 4096; });
    SECTION("announced by Content-Length")
    {
        rig.server.setInterceptor(
            [](const RecordedRequest&) { return std::optional<FakeResponse>(answer(200, QByteArray(20000, ' '))); });
    }
    SECTION("streamed without a usable length")
    {
        rig.server.setInterceptor([](const RecordedRequest&) {
            FakeResponse r = answer(200, okBody);
            r.mode = FakeResponse::Mode::Trickle;
            r.trickleIntervalMs = 1;
            return std::optional<FakeResponse>(r);
        });
    }
    const auto r = getAndWait(rig.client(), Source::RSA, query());
    REQUIRE_FALSE(r.ok());
    // The trickle variant announces a large Content-Length: either way it is refused.
    CHECK(r.error().kind == ApiError::Kind::Malformed);
}

TEST_CASE("a 429 blocks every call with the token until Retry-After has passed", "[api][errors][429]")
{
    ClientRig rig;
    int served = 0;
    rig.server.setInterceptor([&](const RecordedRequest&) {
        ++served;
        if (served == 1)
            return std::optional<FakeResponse>(
                answer(429, fixture(QStringLiteral("v3_error_429_00429.json")), {{"Retry-After", "30"}}));
        return std::optional<FakeResponse>(answer(200, okBody));
    });
    auto r = getAndWait(rig.client(), Source::RSA, query());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ApiError::Kind::RateLimited);
    CHECK(r.error().retryAfterMs == 30000);
    CHECK(rig.server.requestCount() == 1); // never retried

    // Another endpoint, other parameters: still blocked, nothing sent.
    r = getAndWait(rig.client(), Source::C2S, query(QStringLiteral("DUPONT")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ApiError::Kind::RateLimited);
    CHECK(r.error().retryAfterMs <= 30000);
    CHECK(r.error().userMessage().contains(QStringLiteral("30")));
    CHECK(rig.server.requestCount() == 1);

    rig.clock.advanceMs(29000);
    r = getAndWait(rig.client(), Source::RSA, query());
    CHECK_FALSE(r.ok());
    CHECK(rig.server.requestCount() == 1);

    rig.clock.advanceMs(1000);
    r = getAndWait(rig.client(), Source::RSA, query());
    CHECK(r.ok());
    CHECK(rig.server.requestCount() == 2);

    SECTION("another token is not blocked")
    {
        served = 0;
        (void)getAndWait(rig.client(), Source::RSA, query()); // 429 again
        ApiParticulierConfig other = rig.client().config();
        other.token = QStringLiteral("another-token-abcdef");
        rig.client().setConfig(other);
        r = getAndWait(rig.client(), Source::RSA, query());
        CHECK(r.ok());
    }
}

TEST_CASE("Retry-After as an HTTP date", "[api][errors][429]")
{
    ClientRig rig;
    const QDateTime at = rig.clock.nowUtc().addSecs(120);
    const QByteArray date = QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
    rig.server.setInterceptor([&](const RecordedRequest&) {
        return std::optional<FakeResponse>(answer(429, "{}", {{"Retry-After", date}}));
    });
    const auto r = getAndWait(rig.client(), Source::RSA, query());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().retryAfterMs == 120000);
    CHECK(rig.client().blockedForMs() == 120000);
}

TEST_CASE("a 429 without a usable Retry-After blocks for the default time", "[api][errors][429]")
{
    ClientRig rig;
    rig.server.setInterceptor([&](const RecordedRequest&) {
        return std::optional<FakeResponse>(answer(429, "{}", {{"Retry-After", "bientot"}}));
    });
    const auto r = getAndWait(rig.client(), Source::RSA, query());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().retryAfterMs == rig.client().config().defaultRetryAfterMs);
}

TEST_CASE("a 409 gets one delayed retry, then counts as unavailable", "[api][errors][409]")
{
    ClientRig rig;
    int served = 0;
    bool secondAlso409 = false;
    rig.server.setInterceptor([&](const RecordedRequest&) {
        ++served;
        if (served == 1 || secondAlso409)
            return std::optional<FakeResponse>(answer(409, fixture(QStringLiteral("v3_error_409_00015_OPENAPI.json"))));
        return std::optional<FakeResponse>(answer(200, okBody));
    });
    SECTION("the retry succeeds")
    {
        const auto r = getAndWait(rig.client(), Source::RSA, query());
        CHECK(r.ok());
        CHECK(rig.server.requestCount() == 2);
    }
    SECTION("the retry conflicts again")
    {
        secondAlso409 = true;
        const auto r = getAndWait(rig.client(), Source::RSA, query());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Unavailable);
        CHECK(r.error().httpStatus == 409);
        CHECK(r.error().exitCode() == 6);
        CHECK(rig.server.requestCount() == 2);
    }
}

TEST_CASE("at most one retry on 502/503/504, after meta.retry_in", "[api][errors][retry]")
{
    for (int status : {502, 503, 504}) {
        DYNAMIC_SECTION("always " << status)
        {
            ClientRig rig;
            rig.server.setInterceptor(
                [&](const RecordedRequest&) { return std::optional<FakeResponse>(answer(status, "{\"errors\":[]}")); });
            const auto r = getAndWait(rig.client(), Source::RSA, query());
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().kind == ApiError::Kind::Unavailable);
            CHECK(rig.server.requestCount() == 2);
        }
    }
    SECTION("the retry waits meta.retry_in (capped by the setting)")
    {
        ClientRig rig([](ApiParticulierConfig& c) { c.maxRetryDelayMs = 300; });
        rig.server.setInterceptor([&](const RecordedRequest&) {
            if (rig.server.requestCount() == 1)
                return std::optional<FakeResponse>(
                    answer(504, fixture(QStringLiteral("v3_error_504_00501_OPENAPI.json"))));
            return std::optional<FakeResponse>(answer(200, okBody));
        });
        const auto r = getAndWait(rig.client(), Source::RSA, query());
        CHECK(r.ok());
        const auto requests = rig.server.requests();
        REQUIRE(requests.size() == 2);
        // retry_in is 10 s, capped at 300 ms; the gap is measured on the server's clock.
        CHECK(requests.at(1).receivedAtMs - requests.at(0).receivedAtMs >= 290);
    }
}

TEST_CASE("no retry on 401, 403, 404, 422", "[api][errors][retry]")
{
    for (int status : {401, 403, 404, 422}) {
        DYNAMIC_SECTION("status " << status)
        {
            ClientRig rig;
            rig.server.setInterceptor(
                [&](const RecordedRequest&) { return std::optional<FakeResponse>(answer(status, "{\"errors\":[]}")); });
            const auto r = getAndWait(rig.client(), Source::RSA, query());
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().httpStatus == status);
            CHECK(rig.server.requestCount() == 1);
        }
    }
}

TEST_CASE("identical requests in flight are coalesced", "[api][coalescing]")
{
    ClientRig rig;
    rig.server.setLatencyMs(200);
    std::optional<Result<ApiEnvelope, ApiError>> a, b, c;
    rig.client().get(Source::RSA, query(), nullptr, [&](const auto& r) { a.emplace(r); });
    rig.client().get(Source::RSA, query(), nullptr, [&](const auto& r) { b.emplace(r); });
    rig.client().get(Source::RSA, query(QStringLiteral("GONTRAND")), nullptr, [&](const auto& r) { c.emplace(r); });
    REQUIRE(waitUntil([&] { return a && b && c; }));
    CHECK(rig.server.requestCount() == 2);
    REQUIRE(a->ok());
    REQUIRE(b->ok());
    CHECK(a->value().data == b->value().data);
    CHECK(a->value().provenance.requestId == b->value().provenance.requestId);

    SECTION("a finished request is not coalesced with a later one")
    {
        REQUIRE(getAndWait(rig.client(), Source::RSA, query()).ok());
        CHECK(rig.server.requestCount() == 3);
    }
}

TEST_CASE("cancelling one caller keeps the shared request for the other", "[api][coalescing]")
{
    ClientRig rig;
    rig.server.setLatencyMs(150);
    bool aCalled = false;
    std::optional<Result<ApiEnvelope, ApiError>> b;
    const auto ha = rig.client().get(Source::RSA, query(), nullptr, [&](const auto&) { aCalled = true; });
    rig.client().get(Source::RSA, query(), nullptr, [&](const auto& r) { b.emplace(r); });
    rig.client().cancel(ha);
    REQUIRE(waitUntil([&] { return b.has_value(); }));
    CHECK(b->ok());
    CHECK_FALSE(aCalled);

    SECTION("cancelling the last caller aborts the exchange")
    {
        bool called = false;
        const auto h = rig.client().get(Source::RSA, query(QStringLiteral("LAGAFFE")), nullptr,
                                        [&](const auto&) { called = true; });
        rig.client().cancel(h);
        CHECK(rig.client().inFlightCount() == 0);
        REQUIRE(waitUntil([&] { return false; }, 300) == false);
        CHECK_FALSE(called);
    }
}

TEST_CASE("a callback whose context is gone is not called", "[api]")
{
    ClientRig rig;
    rig.server.setLatencyMs(100);
    bool called = false;
    auto* context = new QObject;
    rig.client().get(Source::RSA, query(), context, [&](const auto&) { called = true; });
    delete context;
    REQUIRE(waitUntil([&] { return rig.client().inFlightCount() == 0; }));
    CHECK_FALSE(called);
}

TEST_CASE("the rate limiter spaces the calls of one token", "[api][ratelimit]")
{
    ClientRig rig([](ApiParticulierConfig& c) { c.maxRequestsPerSecond = 4; });
    // The limiter works on the client's clock; a system clock is needed for real spacing.
    ApiParticulierClient client(&rig.nam, rig.client().config(), Clock::system());
    int done = 0;
    const int n = 10;
    for (int i = 0; i < n; ++i)
        client.get(Source::RSA, query(QStringLiteral("NOM%1").arg(QChar(QLatin1Char(char('A' + i))))), nullptr,
                   [&](const auto&) { ++done; });
    REQUIRE(waitUntil([&] { return done == n; }, 15000));
    const auto requests = rig.server.requests();
    REQUIRE(requests.size() == n);
    QList<qint64> at;
    for (const auto& r : requests)
        at << r.receivedAtMs;
    std::sort(at.begin(), at.end());
    // Never more than 4 arrivals in any one-second window (a few ms of loopback jitter allowed).
    for (int i = 0; i + 4 < at.size(); ++i)
        CHECK(at.at(i + 4) - at.at(i) >= 980);
}

TEST_CASE("all sources of one person are fetched in parallel", "[api][parallel]")
{
    ClientRig rig;
    rig.server.setLatencyMs(250);
    PersonFetch fetch(&rig.client());
    QList<qint64> callbacksAt;
    QElapsedTimer t;
    QObject::connect(&fetch, &PersonFetch::sourceFinished, &fetch,
                     [&](const SourceOutcome&) { callbacksAt << rig.server.requests().size(); });
    bool finished = false;
    QObject::connect(&fetch, &PersonFetch::finished, &fetch, [&](bool) { finished = true; });
    REQUIRE(fetch.start(martinSamuel()).isEmpty());
    REQUIRE(waitUntil([&] { return finished; }));
    REQUIRE(fetch.outcomes().size() == 6);
    // When the first answer arrived, the server had already received all six requests.
    REQUIRE_FALSE(callbacksAt.isEmpty());
    CHECK(callbacksAt.first() == 6);
    for (const SourceOutcome& o : fetch.outcomes()) {
        if (o.source == Source::RSA || o.source == Source::PrimeActivite) {
            REQUIRE(o.ok());
            CHECK(o.benefit->estBeneficiaire.value());
            CHECK(o.benefit->avecMajoration.value());
        }
    }
    CHECK(PersonFetch::exitCode(fetch.outcomes()) == 0); // not found is an answer
}

TEST_CASE("fetch-all cancel reports every pending source as cancelled", "[api][parallel]")
{
    ClientRig rig;
    rig.server.setLatencyMs(2000);
    PersonFetch fetch(&rig.client());
    bool cancelled = false;
    QObject::connect(&fetch, &PersonFetch::finished, &fetch, [&](bool c) { cancelled = c; });
    REQUIRE(fetch.start(martinSamuel()).isEmpty());
    REQUIRE(waitUntil([&] { return rig.server.requestCount() == 6; }));
    fetch.cancel();
    CHECK(cancelled);
    CHECK(fetch.outcomes().size() == 6);
    for (const auto& o : fetch.outcomes())
        CHECK(o.error->kind == ApiError::Kind::Cancelled);
    CHECK(rig.client().inFlightCount() == 0);
}

TEST_CASE("an invalid identity sends nothing", "[api][validation]")
{
    ClientRig rig;
    Identity id = martinSamuel();
    id.prenoms.clear();
    id.jourNaissance = 31;
    id.moisNaissance = 2;
    std::optional<Result<BenefitStatusData, ApiError>> r;
    rig.client().fetchBenefit(Source::RSA, id, nullptr, [&](const auto& x) { r.emplace(x); });
    CHECK_FALSE(r.has_value()); // never synchronous
    REQUIRE(waitUntil([&] { return r.has_value(); }));
    REQUIRE_FALSE(r->ok());
    CHECK(r->error().kind == ApiError::Kind::InvalidInput);
    CHECK(r->error().exitCode() == 2);
    CHECK(rig.server.requestCount() == 0);
}

TEST_CASE("no token: unauthorised before anything is sent, unless a gateway adds it", "[api][token]")
{
    ClientRig rig([](ApiParticulierConfig& c) { c.token.clear(); });
    auto r = getAndWait(rig.client(), Source::RSA, query());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ApiError::Kind::Unauthorized);
    CHECK(r.error().exitCode() == 4);
    CHECK(rig.server.requestCount() == 0);

    ApiParticulierConfig c = rig.client().config();
    c.gatewayAddsToken = true;
    rig.client().setConfig(c);
    r = getAndWait(rig.client(), Source::RSA, query());
    CHECK(r.ok());
    REQUIRE(rig.server.requestCount() == 1);
    CHECK(rig.server.requests().first().header("authorization").isEmpty());
}

TEST_CASE("the token travels only in the Authorization header", "[api][token]")
{
    ClientRig rig;
    rig.server.setRequiredToken(QString::fromLatin1(TestToken));
    REQUIRE(getAndWait(rig.client(), Source::RSA, query()).ok());
    const RecordedRequest req = rig.server.requests().first();
    CHECK(req.header("authorization") == QByteArray("Bearer ") + TestToken);
    CHECK_FALSE(req.query.toString().contains(QLatin1String(TestToken)));
    CHECK(req.query.queryItemValue(QStringLiteral("recipient")) == QLatin1String(TestRecipient));
    CHECK(req.query.allQueryItemValues(QStringLiteral("prenoms[]")) == QStringList{QStringLiteral("SAMUEL")});

    SECTION("a wrong token is a 401 with its code")
    {
        ApiParticulierConfig c = rig.client().config();
        c.token = QStringLiteral("wrong-token-value");
        rig.client().setConfig(c);
        const auto r = getAndWait(rig.client(), Source::RSA, query());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Unauthorized);
        CHECK(r.error().errors.first().code == QLatin1String("00101"));
    }
}

namespace {
QStringList* g_captured = nullptr;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext& ctx, const QString& msg)
{
    if (g_captured)
        g_captured->append(qFormatLogMessage(type, ctx, logging::redact(msg)));
}
} // namespace

TEST_CASE("the token never reaches a log line", "[api][token][logs]")
{
    QStringList lines;
    g_captured = &lines;
    g_previous = qInstallMessageHandler(capture);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*=true\nqt.network.*=true"));
    {
        ClientRig rig;
        rig.server.setInterceptor([&](const RecordedRequest&) {
            return std::optional<FakeResponse>(
                answer(429, fixture(QStringLiteral("v3_error_429_00429.json")), {{"Retry-After", "1"}}));
        });
        (void)getAndWait(rig.client(), Source::RSA, query());
        rig.server.setInterceptor({});
        rig.clock.advanceMs(2000);
        REQUIRE(getAndWait(rig.client(), Source::AAH, query()).ok() == false); // 404: MARTIN SAMUEL has no AAH
        // Even a careless debug line that prints a header is redacted by the handler.
        qCDebug(lcApi) << "Authorization: Bearer" << TestToken;
    }
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(g_previous);
    g_captured = nullptr;
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(QLatin1String(TestToken)));
        CHECK_FALSE(line.contains(QStringLiteral("SAMUEL"))); // and no identity in logs
    }
}

TEST_CASE("log redaction", "[logs]")
{
    CHECK(logging::redact(QStringLiteral("Authorization: Bearer abc.def.ghi")) ==
          QStringLiteral("Authorization: [redacted]"));
    CHECK(logging::redact(QStringLiteral("bearer SECRET123")) == QStringLiteral("bearer [redacted]"));
    CHECK(logging::redact(QStringLiteral("GET /x?token=SECRET&a=1")) == QStringLiteral("GET /x?token=[redacted]&a=1"));
    CHECK_FALSE(logging::redact(QStringLiteral("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdGFnaW5nIn0.sig-nature_x"))
                    .contains(QStringLiteral("eyJ")));
    CHECK(logging::redact(QStringLiteral("nothing secret here")) == QStringLiteral("nothing secret here"));
}

TEST_CASE("plain http is refused except on loopback; TLS failures are errors", "[api][tls]")
{
    ClientRig rig;
    ApiParticulierConfig c = rig.client().config();
    c.baseUrl = QUrl(QStringLiteral("http://particulier.example.org"));
    rig.client().setConfig(c);
    auto r = getAndWait(rig.client(), Source::RSA, query());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ApiError::Kind::InvalidInput);

    // https towards a server that does not speak TLS: the handshake fails, nothing is accepted.
    c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(rig.server.port()));
    rig.client().setConfig(c);
    r = getAndWait(rig.client(), Source::RSA, query());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ApiError::Kind::Unavailable);
    CHECK(r.error().httpStatus == 0);
    CHECK_FALSE(r.error().userMessage().isEmpty());
}
