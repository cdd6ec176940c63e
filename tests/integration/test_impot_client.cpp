// The API Impôt particulier (DGFiP) client against the fake server's DGFiP routes over loopback.
// Fixtures: tests/fixtures/impot-test (1000000000017-2024.json has every schema field and is
// imposable; 1000000000017-2023.json is a single person, not imposable). client-test.p12 is a
// self-signed test certificate (passphrase "test-pass", valid 100 years), made with:
//   openssl req -x509 -newkey rsa:2048 -nodes -days 36500 -subj /CN=guichet-ccas-test-client …
//   openssl pkcs12 -export … -passout pass:test-pass
#include "ClientRig.h"

#include "api/ImpotParticulierClient.h"
#include "util/Logging.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUuid>

#include <tuple>

using namespace ccas;
using namespace ccas::test;

namespace {

constexpr const char* Spi = "1000000000017";
constexpr const char* ClientId = "ccas-test:client";     // a ':' to check the form-urlencoding
constexpr const char* Secret = "S3cr3t-Impot+&/é Value"; // '+', '&', '/', a space and a non-ASCII letter

const QRegularExpression
    uuidShape(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

QString fixturesDir()
{
    return QStringLiteral(GUICHET_FIXTURES_DIR "/impot-test");
}

QByteArray fixtureBytes(const QString& name)
{
    QFile f(fixturesDir() + QLatin1Char('/') + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

FakeResponse answer(int status, const QByteArray& body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

bool isTokenRequest(const RecordedRequest& r)
{
    return r.path == QLatin1String(FakeApiServer::ImpotTokenPath);
}

// A fake server with the test fixtures and credentials, and a client on a manual clock
// (2026-11-27: income years 2022 to 2025 may be asked).
struct ImpotRig
{
    explicit ImpotRig(std::function<void(ImpotParticulierConfig&)> tweak = {})
        : server(stagingCatalog())
    {
        if (!server.listen())
            qFatal("fake server cannot listen");
        const Result<int> loaded = server.setImpotFixtures(fixturesDir());
        if (!loaded || loaded.value() != 2)
            qFatal("impot test fixtures not loaded");
        server.setImpotClientCredentials(QString::fromUtf8(ClientId), QString::fromUtf8(Secret));
        ImpotParticulierConfig config;
        config.baseUrl = server.impotBaseUrl();
        config.tokenUrl = server.impotTokenUrl();
        config.clientId = QString::fromUtf8(ClientId);
        config.clientSecret = QString::fromUtf8(Secret);
        config.timeoutMs = 5000;
        config.retryBackoffMs = 20;
        if (tweak)
            tweak(config);
        client = std::make_unique<ImpotParticulierClient>(&nam, config, clock);
    }

    Result<TaxSituation, ApiError> fetch(const QString& spi, std::optional<int> year, int timeoutMs = 10000)
    {
        std::optional<Result<TaxSituation, ApiError>> result;
        client->fetchSituation(spi, year, nullptr, [&result](const auto& r) { result.emplace(r); });
        if (!waitUntil([&] { return result.has_value(); }, timeoutMs))
            return ApiError::make(ApiError::Kind::Internal, QStringLiteral("test: no callback within the timeout"));
        return *result;
    }
    Result<TaxSituation, ApiError> fetch(std::optional<int> year = 2024)
    {
        return fetch(QString::fromLatin1(Spi), year);
    }

    QList<RecordedRequest> tokenRequests() const
    {
        QList<RecordedRequest> out;
        for (const auto& r : server.requests())
            if (isTokenRequest(r))
                out << r;
        return out;
    }
    QList<RecordedRequest> dataRequests() const
    {
        QList<RecordedRequest> out;
        for (const auto& r : server.requests())
            if (!isTokenRequest(r))
                out << r;
        return out;
    }

    ManualClock clock;
    QNetworkAccessManager nam;
    FakeApiServer server;
    std::unique_ptr<ImpotParticulierClient> client;
};

// Scripts an answer for the data routes only (the token endpoint keeps working).
void onData(FakeApiServer& server, std::function<std::optional<FakeResponse>(const RecordedRequest&)> f)
{
    server.setInterceptor([f = std::move(f)](const RecordedRequest& r) -> std::optional<FakeResponse> {
        if (isTokenRequest(r))
            return std::nullopt;
        return f(r);
    });
}

QStringList* g_captured = nullptr;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext& ctx, const QString& msg)
{
    // Unredacted on purpose: nothing secret may be written in the first place.
    if (g_captured)
        g_captured->append(qFormatLogMessage(type, ctx, msg));
}

} // namespace

TEST_CASE("the token is fetched once and shared by every call", "[impot][token]")
{
    ImpotRig rig;
    SECTION("sequential calls reuse it")
    {
        REQUIRE(rig.fetch(2024).ok());
        REQUIRE(rig.fetch(2023).ok());
        REQUIRE(rig.fetch(std::nullopt).ok());
        CHECK(rig.tokenRequests().size() == 1);
        CHECK(rig.client->hasCachedToken());
    }
    SECTION("concurrent calls wait for one token request")
    {
        rig.server.setLatencyMs(100);
        int done = 0;
        for (int i = 0; i < 4; ++i)
            rig.client->fetchSituation(QString::fromLatin1(Spi), 2024, nullptr, [&](const auto& r) {
                CHECK(r.ok());
                ++done;
            });
        REQUIRE(waitUntil([&] { return done == 4; }));
        CHECK(rig.tokenRequests().size() == 1);
        CHECK(rig.dataRequests().size() == 4);
    }
    // Every data request carries the one token issued.
    const auto data = rig.dataRequests();
    REQUIRE_FALSE(data.isEmpty());
    for (const auto& r : data)
        CHECK(r.header("authorization") == data.first().header("authorization"));
    CHECK(data.first().header("authorization").startsWith("Bearer "));

    // The token request itself (RFC 6749 §4.4.2, §2.3.1).
    const RecordedRequest token = rig.tokenRequests().first();
    CHECK(token.method == QLatin1String("POST"));
    CHECK(token.header("content-type").startsWith("application/x-www-form-urlencoded"));
    CHECK(token.body == "grant_type=client_credentials");
    const QByteArray pair = ImpotParticulierClient::formUrlEncode(QString::fromUtf8(ClientId)) + ':' +
                            ImpotParticulierClient::formUrlEncode(QString::fromUtf8(Secret));
    const QByteArray expectedBasic = "Basic " + pair.toBase64();
    CHECK(token.header("authorization") == expectedBasic);
    CHECK(ImpotParticulierClient::formUrlEncode(QString::fromUtf8(Secret)) == "S3cr3t-Impot%2B%26%2F%C3%A9+Value");
}

TEST_CASE("the token is renewed 60 s before it expires", "[impot][token]")
{
    ImpotRig rig;
    REQUIRE(rig.fetch().ok());
    CHECK(rig.tokenRequests().size() == 1);
    rig.clock.advanceMs((3600 - 60) * 1000 - 1);
    REQUIRE(rig.fetch().ok());
    CHECK(rig.tokenRequests().size() == 1);
    rig.clock.advanceMs(1);
    CHECK_FALSE(rig.client->hasCachedToken());
    REQUIRE(rig.fetch().ok());
    CHECK(rig.tokenRequests().size() == 2);
    const auto data = rig.dataRequests();
    REQUIRE(data.size() == 3);
    CHECK(data.at(2).header("authorization") != data.at(1).header("authorization"));

    SECTION("a token that lives less than the margin serves only the calls waiting for it")
    {
        rig.server.setImpotTokenLifetimeSeconds(30);
        rig.clock.advanceMs(3600 * 1000);
        REQUIRE(rig.fetch().ok());
        REQUIRE(rig.fetch().ok());
        CHECK(rig.tokenRequests().size() == 4);
    }
    SECTION("new credentials drop the cached token")
    {
        ImpotParticulierConfig c = rig.client->config();
        c.clientSecret = QStringLiteral("another-secret");
        rig.server.setImpotClientCredentials(QString::fromUtf8(ClientId), c.clientSecret);
        rig.client->setConfig(c);
        CHECK_FALSE(rig.client->hasCachedToken());
        REQUIRE(rig.fetch().ok());
        CHECK(rig.tokenRequests().size() == 3);
    }
}

TEST_CASE("a 401 from the data API renews the token once and retries once", "[impot][token]")
{
    ImpotRig rig;
    REQUIRE(rig.fetch().ok());
    rig.server.clearRequests();

    SECTION("the token was revoked: one renewal, one retry, success")
    {
        rig.server.revokeImpotTokens();
        const auto r = rig.fetch();
        REQUIRE(r.ok());
        const auto all = rig.server.requests();
        REQUIRE(all.size() == 3);
        CHECK_FALSE(isTokenRequest(all.at(0)));
        CHECK(isTokenRequest(all.at(1)));
        CHECK_FALSE(isTokenRequest(all.at(2)));
        CHECK(all.at(0).header("authorization") != all.at(2).header("authorization"));
        // The provenance names the attempt that succeeded.
        CHECK(r.value().provenance.requestId == QString::fromLatin1(all.at(2).header("x-correlation-id")));
    }
    SECTION("a second 401 is Unauthorized, without a loop")
    {
        onData(rig.server, [](const RecordedRequest&) {
            return std::optional<FakeResponse>(answer(401, R"({"error":"invalid_token"})"));
        });
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Unauthorized);
        CHECK(r.error().httpStatus == 401);
        CHECK(r.error().exitCode() == 4);
        CHECK(r.error().userText.contains(QStringLiteral("Impôt particulier")));
        CHECK(rig.dataRequests().size() == 2);
        CHECK(rig.tokenRequests().size() == 1);
    }
}

TEST_CASE("the client secret goes only to the token URL and never to a log", "[impot][token][logs]")
{
    QStringList lines;
    g_captured = &lines;
    g_previous = qInstallMessageHandler(capture);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*=true\nqt.network.*=true"));
    QList<RecordedRequest> recorded;
    QByteArray issuedToken;
    {
        ImpotRig rig;
        REQUIRE(rig.fetch(2024).ok());
        REQUIRE(rig.fetch(std::nullopt).ok());
        rig.server.revokeImpotTokens(); // a renewal
        REQUIRE(rig.fetch(2023).ok());
        onData(rig.server, [](const RecordedRequest&) { return std::optional<FakeResponse>(answer(503, "{}")); });
        REQUIRE_FALSE(rig.fetch(2023).ok());
        rig.server.setInterceptor({});
        // A wrong secret: the token endpoint's 401 is logged.
        ImpotParticulierConfig c = rig.client->config();
        c.clientSecret = QStringLiteral("Wrong-Secret-Value");
        rig.client->setConfig(c);
        REQUIRE_FALSE(rig.fetch(2024).ok());
        recorded = rig.server.requests();
        issuedToken = rig.dataRequests().first().header("authorization").mid(7);
    }
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(g_previous);
    g_captured = nullptr;

    const QByteArray secret = QByteArray(Secret);
    const QByteArray encodedSecret = ImpotParticulierClient::formUrlEncode(QString::fromUtf8(Secret));
    const QByteArray pair = ImpotParticulierClient::formUrlEncode(QString::fromUtf8(ClientId)) + ':' + encodedSecret;
    const QByteArray basic = pair.toBase64();
    int tokenRequests = 0;
    for (const RecordedRequest& r : recorded) {
        INFO(r.method.toStdString() << ' ' << r.path.toStdString());
        QByteArray everything = r.path.toUtf8() + r.query.toString(QUrl::FullyEncoded).toUtf8() + r.body;
        for (const auto& h : r.headers)
            everything += h.first + ": " + h.second + '\n';
        if (isTokenRequest(r)) {
            ++tokenRequests;
            CHECK(r.header("x-correlation-id").isEmpty());
            continue;
        }
        CHECK_FALSE(everything.contains(secret));
        CHECK_FALSE(everything.contains(encodedSecret));
        CHECK_FALSE(everything.contains(basic));
        CHECK_FALSE(everything.contains("Basic "));
    }
    CHECK(tokenRequests == 3);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(QString::fromUtf8(Secret)));
        CHECK_FALSE(line.contains(QString::fromLatin1(encodedSecret)));
        CHECK_FALSE(line.contains(QString::fromLatin1(basic)));
        CHECK_FALSE(line.contains(QStringLiteral("Wrong-Secret-Value")));
        CHECK_FALSE(line.contains(QString::fromLatin1(issuedToken)));
        CHECK_FALSE(line.contains(QLatin1String(Spi))); // and the SPI is personal data
    }
}

TEST_CASE("X-Correlation-ID is a fresh UUID per call and names the answer", "[impot]")
{
    ImpotRig rig;
    const auto a = rig.fetch(2024);
    const auto b = rig.fetch(2024);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    const auto data = rig.dataRequests();
    REQUIRE(data.size() == 2);
    const QString first = QString::fromLatin1(data.at(0).header("x-correlation-id"));
    const QString second = QString::fromLatin1(data.at(1).header("x-correlation-id"));
    CHECK(uuidShape.match(first).hasMatch());
    CHECK(uuidShape.match(second).hasMatch());
    CHECK(first != second);
    CHECK(a.value().provenance.requestId == first);
    CHECK(b.value().provenance.requestId == second);

    SECTION("an error carries it too")
    {
        onData(rig.server, [](const RecordedRequest&) { return std::optional<FakeResponse>(answer(403, "{}")); });
        const auto r = rig.fetch(2024);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().requestId == QString::fromLatin1(rig.dataRequests().last().header("x-correlation-id")));
        CHECK(r.error().requestId != second);
    }
}

TEST_CASE("ID_Teleservice is sent only when configured", "[impot]")
{
    ImpotRig plain;
    REQUIRE(plain.fetch().ok());
    CHECK(plain.dataRequests().first().header("id_teleservice").isEmpty());

    ImpotRig with([](ImpotParticulierConfig& c) { c.idTeleservice = QStringLiteral("CCAS-TEST-42"); });
    REQUIRE(with.fetch().ok());
    CHECK(with.dataRequests().first().header("id_teleservice") == "CCAS-TEST-42");
    CHECK(with.tokenRequests().first().header("id_teleservice").isEmpty());

    SECTION("a value that cannot be a header sends nothing")
    {
        ImpotRig bad([](ImpotParticulierConfig& c) { c.idTeleservice = QStringLiteral("X\r\nEvil: 1"); });
        const auto r = bad.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::InvalidInput);
        CHECK(bad.server.requestCount() == 0);
    }
}

TEST_CASE("every field of the schema is read", "[impot][parse]")
{
    ImpotRig rig;
    const auto r = rig.fetch(QStringLiteral("1000 0000 0001 7"), 2024); // spaces as typed
    REQUIRE(r.ok());
    const RecordedRequest req = rig.dataRequests().first();
    CHECK(req.method == QLatin1String("GET"));
    CHECK(req.path == QStringLiteral("/impotparticulier/1.0/spi/1000000000017/situations/ir/assiettes/annrev/2024"));
    CHECK(req.header("accept") == "application/prs.dgfip.part.situations.ir.assiettes.v1+json, application/json");

    const TaxSituation& t = r.value();
    CHECK(t.rfr.value() == 41237);
    CHECK(t.nombreParts.value() == 2.5);
    CHECK(t.situationFamille == QStringLiteral("M"));
    CHECK(t.personnesACharge == 1);
    REQUIRE(t.declarant1.has_value());
    CHECK(t.declarant1->nomNaissance == QStringLiteral("ESSAI"));
    CHECK(t.declarant1->nomUsage == QStringLiteral("ESSAI-TEST"));
    CHECK(t.declarant1->prenoms == QStringLiteral("CAMILLE ANNE"));
    CHECK(t.declarant1->dateNaissance == PartialDate{1981, 3, 7});
    CHECK(t.declarant1->departementNaissance == QStringLiteral("69"));
    CHECK(t.declarant1->lieuNaissance == QStringLiteral("LYON"));
    REQUIRE(t.declarant2.has_value());
    CHECK(t.declarant2->nomNaissance == QStringLiteral("EXEMPLE"));
    CHECK(t.declarant2->nomUsage.isEmpty());
    CHECK(t.declarant2->prenoms == QStringLiteral("DOMINIQUE"));
    CHECK(t.declarant2->dateNaissance == PartialDate{1979, 11, 0}); // "00": unknown day
    CHECK(t.declarant2->departementNaissance == QStringLiteral("99"));
    CHECK(t.declarant2->lieuNaissance == QStringLiteral("MAROC"));
    CHECK(t.adresseFiscale == QStringLiteral("APPT 4 12 RUE DE L'ESSAI 69003 LYON"));
    REQUIRE(t.adresseDetail.has_value());
    CHECK(t.adresseDetail->complementAdresse == QStringLiteral("APPT 4"));
    CHECK(t.adresseDetail->voie == QStringLiteral("12 RUE DE L'ESSAI"));
    CHECK(t.adresseDetail->commune == QStringLiteral("LYON"));
    CHECK(t.adresseDetail->codePostal == QStringLiteral("69003"));
    CHECK(t.revenuBrutGlobal.value() == 43890);
    CHECK(t.revenuImposable.value() == 41237);
    CHECK(t.impotAvantImputation.value() == 1864);
    CHECK(t.impotTotal.value() == 1529);
    CHECK(t.dateEtablissement == QStringLiteral("23/07/2025"));
    CHECK(t.dateRecouvrement == QStringLiteral("31/07/2025"));
    CHECK(t.anneeRevenus == 2024);
    CHECK(t.anneeImposition == 2025);
    CHECK(t.imposable() == std::optional<bool>(true));

    CHECK(t.provenance.api == QStringLiteral("API Impôt particulier"));
    CHECK(t.provenance.provider == QStringLiteral("DGFiP"));
    CHECK(t.provenance.periodYear == 2024);
    CHECK(t.provenance.endpoint == QStringLiteral("/spi/{spi}/situations/ir/assiettes/annrev/{annrev}"));
    CHECK(t.provenance.fetchedAt == rig.clock.nowUtc());
    CHECK_FALSE(t.provenance.endpoint.contains(QLatin1String(Spi)));
}

TEST_CASE("imposable or not, from montTotIr", "[impot][parse]")
{
    ImpotRig rig;
    const auto r = rig.fetch(2023);
    REQUIRE(r.ok());
    CHECK(r.value().imposable() == std::optional<bool>(false));
    CHECK(r.value().impotTotal.value() == 0);
    CHECK(r.value().personnesACharge == 0);
    CHECK(r.value().declarant1.has_value());
    CHECK_FALSE(r.value().declarant2.has_value()); // a single person: no Dec2 key
    CHECK_FALSE(r.value().adresseDetail.has_value());

    const auto parse = [](const char* json) { return ImpotParticulierClient::parseSituation(json, 2024); };
    CHECK(parse(R"({"montTotIr":1})").value().imposable() == std::optional<bool>(true));
    CHECK(parse(R"({"montTotIr":0})").value().imposable() == std::optional<bool>(false));
    CHECK_FALSE(parse(R"({})").value().imposable().has_value());
    CHECK_FALSE(parse(R"({"montTotIr":null})").value().imposable().has_value());
}

TEST_CASE("absent, null and wrongly typed fields", "[impot][parse]")
{
    const auto parse = [](const QByteArray& json) { return ImpotParticulierClient::parseSituation(json, 2024); };
    const auto empty = parse("{}");
    REQUIRE(empty.ok());
    CHECK(empty.value().rfr.isAbsent());
    CHECK(empty.value().nombreParts.isAbsent());
    CHECK(empty.value().revenuImposable.isAbsent());
    CHECK_FALSE(empty.value().declarant1.has_value());
    CHECK(empty.value().anneeRevenus == 2024);
    const auto nulls = parse(R"({"rfr":null,"nbPart":null,"aftDetail":null,"nmNaiDec2":"","prnmDec2":null})");
    REQUIRE(nulls.ok());
    CHECK(nulls.value().rfr.isNull());
    CHECK(nulls.value().nombreParts.isNull());
    CHECK_FALSE(nulls.value().declarant2.has_value());
    CHECK(parse(R"({"annRevenu":2023})").value().anneeRevenus == 2023);

    const struct
    {
        const char* json;
        const char* path;
    } wrong[] = {
        {R"({"rfr":"12000"})", "rfr"},
        {R"({"rfr":12000.5})", "rfr"},
        {R"({"nbPart":"2"})", "nbPart"},
        {R"({"sitFam":1})", "sitFam"},
        {R"({"pac":{"nbPac":"1"}})", "pac.nbPac"},
        {R"({"pac":[]})", "pac"},
        {R"({"dateNaisDec1":{"jour":7}})", "dateNaisDec1.jour"},
        {R"({"dateNaisDec1":{"jour":"7e","mois":"03","annee":"1981"}})", "dateNaisDec1.jour"},
        {R"({"dateNaisDec1":{"jour":"31","mois":"02","annee":"1981"}})", "dateNaisDec1"},
        {R"({"aftDetail":{"getcodePostal":69003}})", "aftDetail.getcodePostal"},
        {R"({"montTotIr":true})", "montTotIr"},
        {R"({"datEtab":20250723})", "datEtab"},
    };
    for (const auto& row : wrong) {
        DYNAMIC_SECTION(row.json)
        {
            const auto r = parse(row.json);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().kind == ApiError::Kind::Malformed);
            CHECK(r.error().exitCode() == 7);
            CHECK(r.error().detail.startsWith(QLatin1String(row.path) + QStringLiteral(": expected")));
        }
    }
    SECTION("the path is named, never the value")
    {
        const auto r = parse(R"({"prnmDec1":["CAMILLE"]})");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().detail == QStringLiteral("prnmDec1: expected string"));
    }
    SECTION("not an object, not JSON")
    {
        CHECK(parse("[]").error().kind == ApiError::Kind::Malformed);
        CHECK(parse("<html/>").error().kind == ApiError::Kind::Malformed);
    }
}

TEST_CASE("without a year: the last situation of N-1, then N-2", "[impot][latest]")
{
    ImpotRig rig;
    SECTION("the fake answers the most recent fixture up to N-1, with annRevenu")
    {
        const auto r = rig.fetch(std::nullopt);
        REQUIRE(r.ok());
        const RecordedRequest req = rig.dataRequests().first();
        CHECK(req.path ==
              QStringLiteral("/impotparticulier/1.0/spi/1000000000017/dernieresituation/ir/assiettes/annrev/2025"));
        CHECK(req.header("accept") ==
              "application/prs.dgfip.part.derniere.situations.ir.assiettes.v1+json, application/json");
        CHECK(r.value().anneeRevenus == 2024); // from annRevenu, not from the path
        CHECK(r.value().provenance.periodYear == 2024);
        CHECK(r.value().provenance.endpoint ==
              QStringLiteral("/spi/{spi}/dernieresituation/ir/assiettes/annrev/{annrev}"));
        CHECK(r.value().rfr.value() == 41237);
    }
    SECTION("a 404 for N-1 (not assessed yet) asks once for N-2")
    {
        onData(rig.server, [](const RecordedRequest& r) -> std::optional<FakeResponse> {
            if (r.path.endsWith(QLatin1String("/2025")))
                return answer(404, R"({"code":"404","message":"inconnu"})");
            return std::nullopt;
        });
        const auto r = rig.fetch(std::nullopt);
        REQUIRE(r.ok());
        const auto data = rig.dataRequests();
        REQUIRE(data.size() == 2);
        CHECK(data.at(1).path.endsWith(QLatin1String("/dernieresituation/ir/assiettes/annrev/2024")));
        CHECK(r.value().anneeRevenus == 2024);
        CHECK(r.value().provenance.requestId == QString::fromLatin1(data.at(1).header("x-correlation-id")));
    }
    SECTION("nothing in either year: NotFound after two requests")
    {
        const auto r = rig.fetch(QStringLiteral("2000000000016"), std::nullopt);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::NotFound);
        CHECK(r.error().exitCode() == 3);
        CHECK(rig.dataRequests().size() == 2);
    }
    SECTION("a given year never falls back")
    {
        const auto r = rig.fetch(2025);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::NotFound);
        CHECK(r.error().userText.contains(QStringLiteral("2025")));
        CHECK(rig.dataRequests().size() == 1);
    }
}

TEST_CASE("every error status maps to its kind", "[impot][errors]")
{
    const struct
    {
        int status;
        ApiError::Kind kind;
        int exitCode;
        int dataRequests;
    } table[] = {
        {400, ApiError::Kind::InvalidInput, 2, 1}, {403, ApiError::Kind::Forbidden, 4, 1},
        {404, ApiError::Kind::NotFound, 3, 1},     {429, ApiError::Kind::RateLimited, 5, 1},
        {500, ApiError::Kind::Unavailable, 6, 1},  {502, ApiError::Kind::Unavailable, 6, 2},
        {503, ApiError::Kind::Unavailable, 6, 2},  {504, ApiError::Kind::Unavailable, 6, 2},
        {418, ApiError::Kind::Internal, 1, 1},     {301, ApiError::Kind::Internal, 1, 1},
    };
    for (const auto& row : table) {
        DYNAMIC_SECTION("status " << row.status)
        {
            ImpotRig rig;
            const int status = row.status;
            onData(rig.server, [status](const RecordedRequest&) {
                FakeResponse f = answer(status, R"({"code":"X1","message":"refus pour 1000000000017"})");
                if (status == 301)
                    f.headers << qMakePair(QByteArray("Location"), QByteArray("https://elsewhere.example/"));
                return std::optional<FakeResponse>(f);
            });
            const auto r = rig.fetch();
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().kind == row.kind);
            CHECK(r.error().httpStatus == row.status);
            CHECK(r.error().exitCode() == row.exitCode);
            CHECK(rig.dataRequests().size() == row.dataRequests);
            CHECK((r.error().userText.contains(QStringLiteral("Impôt particulier")) ||
                   r.error().userText.contains(QStringLiteral("DGFiP"))));
            REQUIRE(r.error().errors.size() == 1);
            CHECK(r.error().errors.first().code == QStringLiteral("X1"));
            CHECK_FALSE(r.error().errors.first().title.contains(QLatin1String(Spi))); // masked
            CHECK_FALSE(r.error().logLine().contains(QLatin1String(Spi)));
        }
    }
    SECTION("502 then 200: the retry succeeds")
    {
        ImpotRig rig;
        int served = 0;
        onData(rig.server, [&](const RecordedRequest&) -> std::optional<FakeResponse> {
            if (++served == 1)
                return answer(502, "<html>Bad Gateway</html>");
            return std::nullopt;
        });
        REQUIRE(rig.fetch().ok());
        CHECK(rig.dataRequests().size() == 2);
    }
}

TEST_CASE("a 429 pauses every call until Retry-After", "[impot][errors]")
{
    ImpotRig rig;
    onData(rig.server, [](const RecordedRequest&) {
        return std::optional<FakeResponse>(answer(429, "{}", {{"Retry-After", "30"}}));
    });
    auto r = rig.fetch();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().retryAfterMs == 30000);
    rig.server.setInterceptor({});
    r = rig.fetch(2023);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ApiError::Kind::RateLimited);
    CHECK(rig.dataRequests().size() == 1);
    CHECK(rig.client->blockedForMs() == 30000);
    rig.clock.advanceMs(30000);
    CHECK(rig.fetch(2023).ok());
}

TEST_CASE("timeouts, unreadable and oversized answers", "[impot][errors]")
{
    SECTION("no answer within the timeout: Unavailable, not retried")
    {
        ImpotRig rig([](ImpotParticulierConfig& c) { c.timeoutMs = 300; });
        onData(rig.server, [](const RecordedRequest&) {
            FakeResponse f = answer(200, "{}");
            f.delayMs = 3000;
            return std::optional<FakeResponse>(f);
        });
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Unavailable);
        CHECK(r.error().timedOut);
        CHECK(r.error().exitCode() == 6);
        CHECK(rig.dataRequests().size() == 1);
    }
    SECTION("a body that trickles past the deadline")
    {
        ImpotRig rig([](ImpotParticulierConfig& c) { c.timeoutMs = 400; });
        onData(rig.server, [](const RecordedRequest&) {
            FakeResponse f = answer(200, "{\"rfr\":1}");
            f.mode = FakeResponse::Mode::Trickle;
            f.trickleIntervalMs = 50;
            return std::optional<FakeResponse>(f);
        });
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().timedOut);
    }
    SECTION("the connection closes without an answer")
    {
        ImpotRig rig;
        onData(rig.server, [](const RecordedRequest&) {
            FakeResponse f;
            f.mode = FakeResponse::Mode::CloseImmediately;
            return std::optional<FakeResponse>(f);
        });
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Unavailable);
        CHECK(r.error().httpStatus == 0);
    }
    SECTION("a 200 that is not JSON: Malformed")
    {
        ImpotRig rig;
        onData(rig.server, [](const RecordedRequest&) {
            FakeResponse f = answer(200, "<html>maintenance</html>");
            f.contentType = "text/html";
            return std::optional<FakeResponse>(f);
        });
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Malformed);
        CHECK(r.error().exitCode() == 7);
        CHECK(r.error().httpStatus == 200);
    }
    SECTION("a body over the cap: Malformed")
    {
        ImpotRig rig([](ImpotParticulierConfig& c) { c.maxBodyBytes = 4096; });
        onData(rig.server, [](const RecordedRequest&) {
            return std::optional<FakeResponse>(answer(200, "{\"sitFam\":\"" + QByteArray(20000, 'M') + "\"}"));
        });
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Malformed);
    }
    SECTION("the vendor media type is read as JSON")
    {
        ImpotRig rig;
        REQUIRE(rig.fetch().ok()); // the fake answers application/prs.dgfip.part.situations.ir.assiettes.v1+json
    }
}

TEST_CASE("token endpoint errors", "[impot][token][errors]")
{
    SECTION("a wrong secret: Unauthorized invalid_client, no data request")
    {
        ImpotRig rig([](ImpotParticulierConfig& c) { c.clientSecret = QStringLiteral("wrong"); });
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Unauthorized);
        CHECK(r.error().httpStatus == 401);
        CHECK(r.error().exitCode() == 4);
        REQUIRE(r.error().errors.size() == 1);
        CHECK(r.error().errors.first().code == QStringLiteral("invalid_client"));
        CHECK(r.error().userText.contains(QStringLiteral("invalid_client")));
        CHECK(rig.dataRequests().isEmpty());
        CHECK(rig.tokenRequests().size() == 1);
    }
    const struct
    {
        int status;
        QByteArray body;
        ApiError::Kind kind;
        int tokenRequests;
    } table[] = {
        {400, R"({"error":"invalid_client"})", ApiError::Kind::Unauthorized, 1},
        {400, R"({"error":"invalid_scope"})", ApiError::Kind::Forbidden, 1},
        {500, "{}", ApiError::Kind::Unavailable, 1},
        {503, "{}", ApiError::Kind::Unavailable, 2},
        {200, "not json", ApiError::Kind::Malformed, 1},
        {200, R"({"token_type":"Bearer","expires_in":3600})", ApiError::Kind::Malformed, 1},
        {200, R"({"access_token":"abc","token_type":"mac","expires_in":3600})", ApiError::Kind::Malformed, 1},
        {200, R"({"access_token":"a b","token_type":"Bearer"})", ApiError::Kind::Malformed, 1},
        {200, R"({"access_token":"abc","token_type":"Bearer","expires_in":"soon"})", ApiError::Kind::Malformed, 1},
    };
    for (const auto& row : table) {
        DYNAMIC_SECTION("token endpoint " << row.status << ' ' << row.body.toStdString())
        {
            ImpotRig rig;
            const FakeResponse scripted = answer(row.status, row.body);
            rig.server.setInterceptor([scripted](const RecordedRequest& r) -> std::optional<FakeResponse> {
                if (isTokenRequest(r))
                    return scripted;
                return std::nullopt;
            });
            int done = 0;
            std::optional<Result<TaxSituation, ApiError>> a, b;
            rig.client->fetchSituation(QString::fromLatin1(Spi), 2024, nullptr, [&](const auto& r) { a.emplace(r); });
            rig.client->fetchSituation(QString::fromLatin1(Spi), 2023, nullptr, [&](const auto& r) { b.emplace(r); });
            REQUIRE(waitUntil([&] { return a && b; }));
            for (const auto* r : {&*a, &*b}) {
                REQUIRE_FALSE(r->ok());
                CHECK(r->error().kind == row.kind);
                CHECK_FALSE(r->error().userText.isEmpty());
                ++done;
            }
            CHECK(done == 2);
            CHECK(rig.tokenRequests().size() == row.tokenRequests); // shared by both calls
            CHECK(rig.dataRequests().isEmpty());
        }
    }
    SECTION("a token endpoint that never answers times out")
    {
        ImpotRig rig([](ImpotParticulierConfig& c) { c.timeoutMs = 300; });
        rig.server.setInterceptor([](const RecordedRequest& r) -> std::optional<FakeResponse> {
            if (!isTokenRequest(r))
                return std::nullopt;
            FakeResponse f = answer(200, "{}");
            f.delayMs = 3000;
            return f;
        });
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Unavailable);
        CHECK(r.error().timedOut);
    }
}

TEST_CASE("input is validated before anything is sent", "[impot][validation]")
{
    ImpotRig rig;
    const auto fieldsOf = [&](const QString& spi, std::optional<int> year) {
        QStringList fields;
        for (const FieldError& e : rig.client->validate(spi, year)) {
            CHECK_FALSE(e.message.isEmpty());
            fields << e.field;
        }
        return fields;
    };
    // 2026-11-27: from 2022 (notice 2023, three years ago) to 2025 (declared in 2026).
    CHECK(fieldsOf(QStringLiteral("1000000000017"), 2025).isEmpty());
    CHECK(fieldsOf(QStringLiteral("1000000000017"), 2022).isEmpty());
    CHECK(fieldsOf(QStringLiteral(" 1000 0000 0001 7 "), std::nullopt).isEmpty());
    CHECK(fieldsOf(QStringLiteral("1000000000017"), 2026) == QStringList{QStringLiteral("annrev")});
    CHECK(fieldsOf(QStringLiteral("1000000000017"), 2021) == QStringList{QStringLiteral("annrev")});
    CHECK(fieldsOf(QStringLiteral("100000000001"), 2024) == QStringList{QStringLiteral("spi")});
    CHECK(fieldsOf(QStringLiteral("10000000000170"), 2024) == QStringList{QStringLiteral("spi")});
    CHECK(fieldsOf(QStringLiteral("10000000000A7"), 2024) == QStringList{QStringLiteral("spi")});
    CHECK(fieldsOf(QStringLiteral("1000-0000-0001-7"), 2024) == QStringList{QStringLiteral("spi")});
    CHECK(fieldsOf(QString::fromUtf8("１０００００００００１７"), 2024) == QStringList{QStringLiteral("spi")});
    CHECK(fieldsOf(QString(), 2030) == (QStringList{QStringLiteral("spi"), QStringLiteral("annrev")}));
    CHECK(ImpotParticulierClient::normalisedSpi(QStringLiteral("1000 0000\t0001 7")) ==
          QStringLiteral("1000000000017"));

    for (const auto& [spi, year] : {std::pair<QString, int>{QStringLiteral("123"), 2024},
                                    std::pair<QString, int>{QStringLiteral("1000000000017"), 2026},
                                    std::pair<QString, int>{QStringLiteral("1000000000017"), 2021}}) {
        std::optional<Result<TaxSituation, ApiError>> r;
        rig.client->fetchSituation(spi, year, nullptr, [&](const auto& x) { r.emplace(x); });
        CHECK_FALSE(r.has_value()); // never synchronous
        REQUIRE(waitUntil([&] { return r.has_value(); }));
        REQUIRE_FALSE(r->ok());
        CHECK(r->error().kind == ApiError::Kind::InvalidInput);
        CHECK(r->error().exitCode() == 2);
        CHECK_FALSE(r->error().userText.isEmpty());
    }
    CHECK(rig.server.requestCount() == 0);
}

TEST_CASE("configuration errors send nothing", "[impot][config]")
{
    SECTION("not configured: Unauthorized")
    {
        for (int missing = 0; missing < 4; ++missing) {
            ImpotRig rig([missing](ImpotParticulierConfig& c) {
                switch (missing) {
                case 0:
                    c.baseUrl.clear();
                    break;
                case 1:
                    c.tokenUrl.clear();
                    break;
                case 2:
                    c.clientId.clear();
                    break;
                default:
                    c.clientSecret.clear();
                }
            });
            const auto r = rig.fetch();
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().kind == ApiError::Kind::Unauthorized);
            CHECK(r.error().httpStatus == 0);
            CHECK(r.error().detail.startsWith(QStringLiteral("not configured")));
            CHECK_FALSE(r.error().userText.isEmpty());
            CHECK(rig.server.requestCount() == 0);
        }
        CHECK_FALSE(ImpotParticulierConfig().isConfigured());
        CHECK(ImpotParticulierConfig().baseUrl.isEmpty()); // no default production host
    }
    SECTION("plain http outside loopback: InvalidInput")
    {
        ImpotRig rig(
            [](ImpotParticulierConfig& c) { c.tokenUrl = QUrl(QStringLiteral("http://gateway.example/token")); });
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::InvalidInput);
        CHECK(rig.server.requestCount() == 0);
    }
    SECTION("https towards a server without TLS: the handshake fails, nothing is accepted")
    {
        ImpotRig rig;
        ImpotParticulierConfig c = rig.client->config();
        c.tokenUrl.setScheme(QStringLiteral("https"));
        rig.client->setConfig(c);
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Unavailable);
        CHECK(r.error().httpStatus == 0);
    }
}

TEST_CASE("the client certificate", "[impot][tls]")
{
    const QByteArray p12 = fixtureBytes(QStringLiteral("client-test.p12"));
    SECTION("garbage bytes: a clear error, no request")
    {
        ImpotRig rig([](ImpotParticulierConfig& c) {
            c.clientCertificatePkcs12 = QByteArray("this is not a PKCS#12 file");
            c.clientCertificatePassphrase = QStringLiteral("test-pass");
        });
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Unauthorized);
        CHECK(r.error().httpStatus == 0);
        CHECK(r.error().detail.startsWith(QStringLiteral("client certificate")));
        CHECK_FALSE(r.error().userText.isEmpty());
        CHECK(rig.server.requestCount() == 0);
    }
    SECTION("a wrong passphrase: the same error, no request")
    {
        ImpotRig rig([&p12](ImpotParticulierConfig& c) {
            c.clientCertificatePkcs12 = p12;
            c.clientCertificatePassphrase = QStringLiteral("wrong-pass");
        });
        const auto r = rig.fetch();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ApiError::Kind::Unauthorized);
        CHECK(r.error().detail.startsWith(QStringLiteral("client certificate")));
        CHECK(rig.server.requestCount() == 0);
    }
    SECTION("the right passphrase: calls go out")
    {
        ImpotRig rig([&p12](ImpotParticulierConfig& c) {
            c.clientCertificatePkcs12 = p12;
            c.clientCertificatePassphrase = QStringLiteral("test-pass");
        });
        CHECK(rig.fetch().ok());
    }
}

TEST_CASE("cancel and a vanished context", "[impot]")
{
    ImpotRig rig;
    rig.server.setLatencyMs(100);
    bool called = false;
    const auto h =
        rig.client->fetchSituation(QString::fromLatin1(Spi), 2024, nullptr, [&](const auto&) { called = true; });
    std::optional<Result<TaxSituation, ApiError>> other;
    rig.client->fetchSituation(QString::fromLatin1(Spi), 2023, nullptr, [&](const auto& r) { other.emplace(r); });
    REQUIRE(waitUntil([&] { return rig.server.requestCount() >= 1; })); // the token request is out
    rig.client->cancel(h);
    REQUIRE(waitUntil([&] { return other.has_value(); }));
    CHECK(other->ok());
    CHECK_FALSE(called);
    CHECK(rig.dataRequests().size() == 1);

    auto* context = new QObject;
    rig.client->fetchSituation(QString::fromLatin1(Spi), 2024, context, [&](const auto&) { called = true; });
    delete context;
    REQUIRE(waitUntil([&] { return rig.client->inFlightCount() == 0; }));
    CHECK_FALSE(called);
}

TEST_CASE("FakeApiServer plays the DGFiP token endpoint and data routes", "[impot][demo]")
{
    QNetworkAccessManager nam;
    FakeApiServer server(stagingCatalog());
    REQUIRE(server.listen().ok());
    if (QDir(QString::fromLatin1(FakeApiServer::DefaultImpotFixtures)).exists())
        CHECK(server.impotFixtureCount() > 0); // the embedded demo set
    REQUIRE(server.setImpotFixtures(fixturesDir()).value() == 2);
    CHECK_FALSE(server.setImpotFixtures(QStringLiteral("/nonexistent/impot")).ok());
    CHECK(server.impotFixtureCount() == 2); // unchanged

    const auto send = [&](QNetworkRequest request, const QByteArray& verb, const QByteArray& body = {}) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = nam.sendCustomRequest(request, verb, body);
        REQUIRE(waitUntil([&] { return reply->isFinished(); }));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answerBody = reply->readAll();
        const QByteArray contentType = reply->rawHeader("Content-Type");
        reply->deleteLater();
        return std::make_tuple(status, answerBody, contentType);
    };
    const auto tokenRequest = [&](const QByteArray& basic) {
        QNetworkRequest request(server.impotTokenUrl());
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        if (!basic.isEmpty())
            request.setRawHeader("Authorization", "Basic " + basic.toBase64());
        return request;
    };

    // Token endpoint: credentials, grant type, methods.
    auto [status, body, type] = send(tokenRequest("demo-client:demo-secret"), "POST", "grant_type=client_credentials");
    REQUIRE(status == 200);
    const QJsonObject token = QJsonDocument::fromJson(body).object();
    CHECK(token.value(QStringLiteral("token_type")).toString() == QStringLiteral("Bearer"));
    CHECK(token.value(QStringLiteral("expires_in")).toInt() == 3600);
    const QByteArray accessToken = token.value(QStringLiteral("access_token")).toString().toLatin1();
    CHECK(accessToken.size() >= 32);
    CHECK(server.requests().constLast().body == "grant_type=client_credentials");
    std::tie(status, body, type) = send(tokenRequest("demo-client:wrong"), "POST", "grant_type=client_credentials");
    CHECK(status == 401);
    CHECK(body == R"({"error":"invalid_client"})");
    std::tie(status, body, type) = send(tokenRequest({}), "POST", "grant_type=client_credentials");
    CHECK(status == 401);
    std::tie(status, body, type) = send(tokenRequest("demo-client:demo-secret"), "POST", "grant_type=password");
    CHECK(status == 400);
    CHECK(body == R"({"error":"unsupported_grant_type"})");
    std::tie(status, body, type) = send(tokenRequest("demo-client:demo-secret"), "GET");
    CHECK(status == 405);
    server.setImpotClientCredentials(QStringLiteral("id"), QStringLiteral("s"));
    server.setImpotTokenLifetimeSeconds(120);
    std::tie(status, body, type) = send(tokenRequest("id:s"), "POST", "grant_type=client_credentials");
    REQUIRE(status == 200);
    CHECK(QJsonDocument::fromJson(body).object().value(QStringLiteral("expires_in")).toInt() == 120);

    // Data routes.
    const auto dataRequest = [&](const QString& path, const QByteArray& bearer, bool correlation = true) {
        QUrl url = server.impotBaseUrl();
        url.setPath(url.path() + path);
        QNetworkRequest request(url);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        if (correlation)
            request.setRawHeader("X-Correlation-ID", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
        return request;
    };
    const QString situation = QStringLiteral("/spi/1000000000017/situations/ir/assiettes/annrev/2024");
    std::tie(status, body, type) = send(dataRequest(situation, accessToken), "GET");
    CHECK(status == 200);
    CHECK(body == fixtureBytes(QStringLiteral("1000000000017-2024.json"))); // byte for byte
    CHECK(type == "application/prs.dgfip.part.situations.ir.assiettes.v1+json");
    std::tie(status, body, type) = send(dataRequest(situation, {}), "GET");
    CHECK(status == 401);
    std::tie(status, body, type) = send(dataRequest(situation, "not-a-token"), "GET");
    CHECK(status == 401);
    std::tie(status, body, type) = send(dataRequest(situation, accessToken, false), "GET");
    CHECK(status == 400);
    std::tie(status, body, type) =
        send(dataRequest(QStringLiteral("/spi/1000000000017/situations/ir/assiettes/annrev/2022"), accessToken), "GET");
    CHECK(status == 404);
    CHECK(QJsonDocument::fromJson(body).isObject());
    std::tie(status, body, type) =
        send(dataRequest(QStringLiteral("/spi/12345/situations/ir/assiettes/annrev/2024"), accessToken), "GET");
    CHECK(status == 400);
    std::tie(status, body, type) = send(dataRequest(QStringLiteral("/spi/1000000000017/unknown"), accessToken), "GET");
    CHECK(status == 404);
    std::tie(status, body, type) = send(dataRequest(situation, accessToken), "POST", "{}");
    CHECK(status == 405);

    // Latest: the most recent fixture up to annrev, with annRevenu.
    std::tie(status, body, type) =
        send(dataRequest(QStringLiteral("/spi/1000000000017/dernieresituation/ir/assiettes/annrev/2023"), accessToken),
             "GET");
    CHECK(status == 200);
    CHECK(type == "application/prs.dgfip.part.derniere.situations.ir.assiettes.v1+json");
    CHECK(QJsonDocument::fromJson(body).object().value(QStringLiteral("annRevenu")).toInt() == 2023);
    std::tie(status, body, type) =
        send(dataRequest(QStringLiteral("/spi/1000000000017/dernieresituation/ir/assiettes/annrev/2022"), accessToken),
             "GET");
    CHECK(status == 404);

    // Revoked tokens are refused.
    server.revokeImpotTokens();
    CHECK(server.impotTokensIssued() == 0);
    std::tie(status, body, type) = send(dataRequest(situation, accessToken), "GET");
    CHECK(status == 401);
}
