#include "api/ImpotParticulierClient.h"

#include "api/ApiParticulierClient.h" // isLoopbackUrl, retryAfterMs
#include "util/Logging.h"

#include <QBuffer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace ccas {

struct ImpotParticulierClient::Call
{
    Handle handle = 0;
    QPointer<QObject> context;
    bool hasContext = false;
    SituationCallback callback;
    QString spi;            // normalised: 13 digits
    int year = 0;           // annrev of the current request
    bool latest = false;    // dernieresituation route
    bool fellBack = false;  // latest: already moved from N-1 to N-2 after a 404
    int attempt = 0;        // 0 = first try, 1 = the retry after 502/503/504
    bool refreshed = false; // the one token renewal after a 401 is spent
    QString token;          // the token of the current attempt
    QString correlationId;  // X-Correlation-ID of the current attempt
    QPointer<QNetworkReply> reply;
    QTimer* deadline = nullptr;
    QTimer* retryTimer = nullptr;
    bool timedOut = false;
    bool oversized = false;
    QElapsedTimer elapsed;
};

struct ImpotParticulierClient::TokenFetch
{
    QPointer<QNetworkReply> reply;
    QTimer* deadline = nullptr;
    QTimer* retryTimer = nullptr;
    int attempt = 0;
    bool timedOut = false;
    bool oversized = false;
    bool stale = false; // the credentials changed while it was in flight: its token is not cached
    QElapsedTimer elapsed;
};

namespace {

constexpr qint64 kMaxTokenLifetimeSeconds = 24 * 3600;

const char* const kSituationPath = "/spi/{spi}/situations/ir/assiettes/annrev/{annrev}";
const char* const kLatestPath = "/spi/{spi}/dernieresituation/ir/assiettes/annrev/{annrev}";

enum class Origin
{
    Local,         // refused before sending
    TokenEndpoint, // the OAuth2 token URL
    DataApi        // the API's data routes
};

QString apiName()
{
    return QString::fromUtf8(ImpotParticulierClient::ApiName);
}

// Provider messages may echo the request: any run of 13 digits (an SPI) is masked.
QString scrubbed(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral(R"(\d{13})"));
    QString out = text.left(200);
    out.replace(digits, QStringLiteral("[spi]"));
    return out;
}

bool isHttpsOrLoopback(const QUrl& url)
{
    return url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && isLoopbackUrl(url));
}

// Reads typed values out of the answer, remembering the first type error with its JSON path.
// Paths name keys, never values (values are personal data).
class Reader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void fail(const QString& path, const char* expected)
    {
        if (m_error.isEmpty())
            m_error = path + QStringLiteral(": expected ") + QLatin1String(expected);
    }

    static QString join(const QString& parent, const QString& key)
    {
        return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
    }

    ApiValue<QString> string(const QJsonObject& o, const QString& key, const QString& parent = {})
    {
        if (!o.contains(key))
            return ApiValue<QString>::absent();
        const QJsonValue v = o.value(key);
        if (v.isNull())
            return ApiValue<QString>::null();
        if (!v.isString()) {
            fail(join(parent, key), "string");
            return {};
        }
        return ApiValue<QString>::of(v.toString());
    }

    ApiValue<qint64> int64(const QJsonObject& o, const QString& key, qint64 min, qint64 max, const QString& parent = {})
    {
        if (!o.contains(key))
            return ApiValue<qint64>::absent();
        const QJsonValue v = o.value(key);
        if (v.isNull())
            return ApiValue<qint64>::null();
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        // Integers beyond 2^53 are not exact in a double: refused rather than rounded.
        if (!v.isDouble() || std::isnan(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0) {
            fail(join(parent, key), "integer");
            return {};
        }
        const qint64 i = v.toInteger();
        if (i < min || i > max) {
            fail(join(parent, key), "integer in range");
            return {};
        }
        return ApiValue<qint64>::of(i);
    }

    ApiValue<double> number(const QJsonObject& o, const QString& key, const QString& parent = {})
    {
        if (!o.contains(key))
            return ApiValue<double>::absent();
        const QJsonValue v = o.value(key);
        if (v.isNull())
            return ApiValue<double>::null();
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(join(parent, key), "number");
            return {};
        }
        return ApiValue<double>::of(v.toDouble());
    }

    // object | null | absent: nullopt unless an object.
    std::optional<QJsonObject> object(const QJsonObject& o, const QString& key, const QString& parent = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            fail(join(parent, key), "object");
            return std::nullopt;
        }
        return v.toObject();
    }

    // DateNaisDecJAXBbean: {jour, mois, annee} as strings; "", "0", "00" or absent for unknown parts.
    PartialDate date(const QJsonObject& o, const QString& key)
    {
        const std::optional<QJsonObject> d = object(o, key);
        if (!d)
            return {};
        static const QRegularExpression digits(QStringLiteral(R"(^\d{1,4}$)"));
        int parts[3] = {0, 0, 0};
        const QString names[3] = {QStringLiteral("annee"), QStringLiteral("mois"), QStringLiteral("jour")};
        for (int i = 0; i < 3; ++i) {
            const ApiValue<QString> s = string(*d, names[i], key);
            if (failed())
                return {};
            const QString text = s.valueOr(QString()).trimmed();
            if (text.isEmpty())
                continue;
            if (!digits.match(text).hasMatch()) {
                fail(join(key, names[i]), "digits");
                return {};
            }
            parts[i] = text.toInt();
        }
        if (parts[0] == 0 && parts[1] == 0 && parts[2] == 0)
            return {};
        const QString iso = QStringLiteral("%1-%2-%3")
                                .arg(parts[0], 4, 10, QLatin1Char('0'))
                                .arg(parts[1], 2, 10, QLatin1Char('0'))
                                .arg(parts[2], 2, 10, QLatin1Char('0'));
        const std::optional<PartialDate> parsed = PartialDate::parse(iso);
        if (!parsed || parts[1] > 12 || parts[2] > 31) {
            fail(key, "a possible date");
            return {};
        }
        return *parsed;
    }

private:
    QString m_error;
};

bool hasText(const ApiValue<QString>& v)
{
    return v.isPresent() && !v.value().trimmed().isEmpty();
}

// One declarant (suffix "1" or "2"); nullopt when none of its fields carries a value (a single
// person's household has an empty second declarant).
std::optional<TaxDeclarant> readDeclarant(Reader& r, const QJsonObject& o, const QString& n)
{
    const ApiValue<QString> nomNaissance = r.string(o, QStringLiteral("nmNaiDec") + n);
    const ApiValue<QString> nomUsage = r.string(o, QStringLiteral("nmUsaDec") + n);
    const ApiValue<QString> prenoms = r.string(o, QStringLiteral("prnmDec") + n);
    const PartialDate naissance = r.date(o, QStringLiteral("dateNaisDec") + n);
    const ApiValue<QString> departement = r.string(o, QStringLiteral("dptNaissDec") + n);
    const ApiValue<QString> lieu = r.string(o, QStringLiteral("lieuNaissDec") + n);
    if (r.failed())
        return std::nullopt;
    if (!hasText(nomNaissance) && !hasText(nomUsage) && !hasText(prenoms) && naissance.isEmpty() &&
        !hasText(departement) && !hasText(lieu))
        return std::nullopt;
    TaxDeclarant d;
    d.nomNaissance = nomNaissance.valueOr(QString()).trimmed();
    d.nomUsage = nomUsage.valueOr(QString()).trimmed();
    d.prenoms = prenoms.valueOr(QString()).trimmed();
    d.dateNaissance = naissance;
    d.departementNaissance = departement.valueOr(QString()).trimmed();
    d.lieuNaissance = lieu.valueOr(QString()).trimmed();
    return d;
}

ApiError malformed(const QString& detail)
{
    ApiError e = ApiError::make(ApiError::Kind::Malformed, detail);
    return e;
}

// A 200 body that is a JSON object, or the Malformed error.
Result<QJsonObject, ApiError> jsonObject(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("not JSON (%1 bytes)").arg(body.size()));
    if (!doc.isObject())
        return malformed(QStringLiteral("body: expected a JSON object"));
    return doc.object();
}

// The error object of an answer, whatever its shape: RFC 6749 {error, error_description}, a
// {code, message} object, possibly wrapped, or API Particulier's errors[]. Only short texts are
// kept, with SPIs masked.
QList<ProviderError> providerErrors(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    QJsonObject o = doc.object();
    for (const char* wrapper : {"erreur", "error"}) {
        const QJsonValue inner = o.value(QLatin1String(wrapper));
        if (inner.isObject()) {
            o = inner.toObject();
            break;
        }
    }
    if (const QJsonArray list = o.value(QStringLiteral("errors")).toArray(); !list.isEmpty()) {
        if (list.at(0).isObject())
            o = list.at(0).toObject();
    }
    auto text = [&o](std::initializer_list<const char*> keys) {
        for (const char* k : keys) {
            const QJsonValue v = o.value(QLatin1String(k));
            if (v.isString())
                return scrubbed(v.toString());
            if (v.isDouble())
                return QString::number(v.toInteger());
        }
        return QString();
    };
    ProviderError p;
    p.code = text({"error", "code"}).left(64);
    p.title = text({"error_description", "message", "libelle", "title"});
    if (p.code.isEmpty() && p.title.isEmpty())
        return {};
    return {p};
}

ApiError::Kind kindOfStatus(int status)
{
    using Kind = ApiError::Kind;
    switch (status) {
    case 400:
        return Kind::InvalidInput;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 429:
        return Kind::RateLimited;
    default:
        return status >= 500 && status <= 599 ? Kind::Unavailable : Kind::Internal;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Validation and messages

QList<FieldError> ImpotParticulierText::spi(const QString& spi)
{
    const QString s = ImpotParticulierClient::normalisedSpi(spi);
    if (s.isEmpty())
        return {FieldError{QStringLiteral("spi"),
                           tr("Enter the tax number (numéro fiscal): 13 digits, printed on the tax notice.")}};
    const bool digits =
        std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    if (s.size() != 13 || !digits)
        return {FieldError{QStringLiteral("spi"), tr("The tax number (numéro fiscal) must have exactly 13 digits.")}};
    return {};
}

QList<FieldError> ImpotParticulierText::incomeYear(std::optional<int> year, const QDate& today)
{
    if (!year)
        return {};
    const int latest = today.year() - 1;
    const int oldest = today.year() - 4;
    if (*year > latest)
        return {FieldError{
            QStringLiteral("annrev"),
            tr("The income year cannot be after %1: the incomes of a year are declared the year after.").arg(latest)}};
    if (*year < oldest)
        return {FieldError{
            QStringLiteral("annrev"),
            tr("The income year cannot be before %1: only the last four income years can be requested.").arg(oldest)}};
    return {};
}

QString ImpotParticulierText::message(const ApiError& e, std::optional<int> incomeYear)
{
    using Kind = ApiError::Kind;
    switch (e.kind) {
    case Kind::InvalidInput:
        if (e.httpStatus == 0)
            return tr("The tax number or the income year is invalid: correct the fields shown. No request was sent.");
        return tr("API Impôt particulier refused the request as malformed (HTTP %1). Check the tax number; report "
                  "the problem if it persists.")
            .arg(e.httpStatus);
    case Kind::Unauthorized:
        if (e.httpStatus == 0)
            return tr("API Impôt particulier is not configured: enter its address, token address, client ID and "
                      "client secret in the settings.");
        return tr("API Impôt particulier refused the access token, even after renewing it. Ask the administrator to "
                  "check the habilitation.");
    case Kind::Forbidden:
        return tr("The CCAS's habilitation to API Impôt particulier does not cover this data. Ask the administrator "
                  "to check the scopes granted by the DGFiP.");
    case Kind::NotFound:
        if (incomeYear)
            return tr("The DGFiP has no income tax situation for this tax number and the %1 incomes. Check the tax "
                      "number (13 digits on the tax notice) and the year, or ask for the paper notice.")
                .arg(*incomeYear);
        return tr("The DGFiP has no recent income tax situation for this tax number. Check the tax number (13 digits "
                  "on the tax notice), or ask for the paper notice.");
    case Kind::RateLimited: {
        const qint64 seconds = (e.retryAfterMs + 999) / 1000;
        return tr("Too many requests were sent to API Impôt particulier: calls are paused for %n second(s). Try "
                  "again afterwards.",
                  nullptr, int(seconds));
    }
    case Kind::Unavailable:
        if (e.timedOut)
            return tr("API Impôt particulier did not answer in time. Try again in a moment, or use the paper tax "
                      "notice.");
        if (e.httpStatus == 0)
            return tr("API Impôt particulier cannot be reached (network, proxy or certificate). Check the "
                      "connection, then try again or use the paper tax notice.");
        return tr("API Impôt particulier is unavailable right now (HTTP %1). Try again later or use the paper tax "
                  "notice.")
            .arg(e.httpStatus);
    case Kind::Malformed:
        return tr("API Impôt particulier sent an answer that cannot be read. It was not used; try again later and "
                  "report it if it persists.");
    case Kind::Internal:
        return tr("Unexpected answer from API Impôt particulier (HTTP %1). Report it to your IT support.")
            .arg(e.httpStatus);
    case Kind::Cancelled:
        return {};
    }
    return {};
}

namespace {

// Sentences that depend on where the error arose, beyond what ApiError carries.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(ccas::ImpotParticulierClient)
public:
    static QString badUrl()
    {
        return tr("The address of API Impôt particulier or of its token service is not valid (https is required). "
                  "Check the settings. No request was sent.");
    }
    static QString certificate()
    {
        return tr("The client certificate of API Impôt particulier cannot be opened: wrong file or wrong passphrase. "
                  "Check the settings. No request was sent.");
    }
    static QString certificateExpired(const QDate& date)
    {
        return tr("The client certificate of API Impôt particulier expired on %1. Ask the administrator for a new "
                  "one. No request was sent.")
            .arg(QLocale().toString(date, QLocale::ShortFormat));
    }
    static QString clientRefused(const QString& code)
    {
        return tr("The DGFiP token service refused the client ID or secret of API Impôt particulier (%1). Ask the "
                  "administrator to check them.")
            .arg(code);
    }
    static QString badTeleservice()
    {
        return tr("The ID_Teleservice setting of API Impôt particulier contains characters that cannot be sent. "
                  "Check the settings. No request was sent.");
    }
    static QString scopeRefused()
    {
        return tr("The DGFiP token service refused the requested scope: the habilitation does not cover it. Ask the "
                  "administrator to check the settings.");
    }
};

// Completes an error of this API: the agent's sentence.
ApiError worded(ApiError e, std::optional<int> incomeYear = std::nullopt)
{
    if (e.userText.isEmpty())
        e.userText = ImpotParticulierText::message(e, incomeYear);
    return e;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Parsing

QString ImpotParticulierClient::normalisedSpi(const QString& spi)
{
    QString out;
    out.reserve(spi.size());
    for (QChar c : spi)
        if (!c.isSpace())
            out.append(c);
    return out;
}

QByteArray ImpotParticulierClient::formUrlEncode(const QString& value)
{
    // Unreserved characters stay, everything else is %XX of its UTF-8 bytes, space is "+".
    QByteArray out = value.toUtf8().toPercentEncoding();
    out.replace("%20", "+");
    return out;
}

Result<TaxSituation, ApiError> ImpotParticulierClient::parseSituation(const QByteArray& body, int requestedYear)
{
    auto parsed = jsonObject(body);
    if (!parsed)
        return worded(parsed.error());
    const QJsonObject o = parsed.value();
    Reader r;
    TaxSituation t;
    constexpr qint64 maxAmount = 999999999999LL;
    t.rfr = r.int64(o, QStringLiteral("rfr"), -maxAmount, maxAmount);
    t.nombreParts = r.number(o, QStringLiteral("nbPart"));
    t.situationFamille = r.string(o, QStringLiteral("sitFam")).valueOr(QString()).trimmed();
    if (const auto pac = r.object(o, QStringLiteral("pac")))
        t.personnesACharge =
            static_cast<int>(r.int64(*pac, QStringLiteral("nbPac"), 0, 999, QStringLiteral("pac")).valueOr(0));
    t.declarant1 = readDeclarant(r, o, QStringLiteral("1"));
    t.declarant2 = readDeclarant(r, o, QStringLiteral("2"));
    t.adresseFiscale = r.string(o, QStringLiteral("aft")).valueOr(QString()).trimmed();
    if (const auto aft = r.object(o, QStringLiteral("aftDetail"))) {
        const QString parent = QStringLiteral("aftDetail");
        TaxAddress a;
        a.complementAdresse = r.string(*aft, QStringLiteral("complementAdresse"), parent).valueOr(QString()).trimmed();
        a.voie = r.string(*aft, QStringLiteral("voie"), parent).valueOr(QString()).trimmed();
        a.commune = r.string(*aft, QStringLiteral("getcommune"), parent).valueOr(QString()).trimmed();
        a.codePostal = r.string(*aft, QStringLiteral("getcodePostal"), parent).valueOr(QString()).trimmed();
        t.adresseDetail = a;
    }
    t.revenuBrutGlobal = r.int64(o, QStringLiteral("revenuBrutGlobal"), -maxAmount, maxAmount);
    t.revenuImposable = r.int64(o, QStringLiteral("revImposable"), -maxAmount, maxAmount);
    t.impotAvantImputation = r.int64(o, QStringLiteral("impAvImput"), -maxAmount, maxAmount);
    t.impotTotal = r.int64(o, QStringLiteral("montTotIr"), -maxAmount, maxAmount);
    t.dateEtablissement = r.string(o, QStringLiteral("datEtab")).valueOr(QString()).trimmed();
    t.dateRecouvrement = r.string(o, QStringLiteral("datRec")).valueOr(QString()).trimmed();
    // Only the "dernière situation" answers (SituationsIRAssiettesMillesimeJAXBbean) carry annRevenu.
    const ApiValue<qint64> annRevenu = r.int64(o, QStringLiteral("annRevenu"), 1900, 9999);
    if (r.failed())
        return worded(malformed(r.error()));
    t.anneeRevenus = annRevenu.isPresent() ? int(annRevenu.value()) : requestedYear;
    t.anneeImposition = t.anneeRevenus + 1;
    t.provenance.api = apiName();
    t.provenance.provider = QString::fromLatin1(ProviderName);
    t.provenance.periodYear = t.anneeRevenus;
    return t;
}

ApiError ImpotParticulierClient::errorFromAnswer(int httpStatus, const QByteArray& body)
{
    ApiError e = ApiError::make(kindOfStatus(httpStatus));
    e.httpStatus = httpStatus;
    e.errors = providerErrors(body);
    e.detail = httpStatus >= 300 && httpStatus < 400
                   ? QStringLiteral("redirect not followed (%1 bytes)").arg(body.size())
                   : QStringLiteral("data API answer of %1 bytes").arg(body.size());
    return worded(e);
}

ApiError ImpotParticulierClient::tokenErrorFromAnswer(int httpStatus, const QByteArray& body)
{
    ApiError e = ApiError::make(kindOfStatus(httpStatus));
    e.httpStatus = httpStatus;
    e.errors = providerErrors(body);
    const QString code = e.errors.isEmpty() ? QString() : e.errors.first().code;
    e.detail = QStringLiteral("token endpoint answer of %1 bytes").arg(body.size());
    if (httpStatus == 400 || httpStatus == 401) {
        // RFC 6749 §5.2: invalid_client, invalid_grant, unauthorized_client… all mean that these
        // credentials cannot get a token; invalid_scope is a habilitation matter.
        if (code == QLatin1String("invalid_scope")) {
            e.kind = ApiError::Kind::Forbidden;
            e.userText = Words::scopeRefused();
        } else {
            e.kind = ApiError::Kind::Unauthorized;
            e.userText = Words::clientRefused(code.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus) : code);
        }
    }
    return worded(e);
}

// ---------------------------------------------------------------------------------------------
// Client

ImpotParticulierClient::ImpotParticulierClient(QNetworkAccessManager* nam, ImpotParticulierConfig config,
                                               const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(std::move(config))
    , m_clock(clock)
{
    loadClientCertificate();
}

ImpotParticulierClient::~ImpotParticulierClient()
{
    for (auto& entry : m_calls) {
        Call* c = entry.second.get();
        if (c->reply) {
            c->reply->disconnect(this);
            c->reply->abort();
            c->reply->deleteLater();
        }
    }
    m_calls.clear();
    if (m_tokenFetch && m_tokenFetch->reply) {
        m_tokenFetch->reply->disconnect(this);
        m_tokenFetch->reply->abort();
        m_tokenFetch->reply->deleteLater();
    }
}

void ImpotParticulierClient::setConfig(ImpotParticulierConfig config)
{
    const bool sameCredentials = config.tokenUrl == m_config.tokenUrl && config.clientId == m_config.clientId &&
                                 config.clientSecret == m_config.clientSecret && config.scope == m_config.scope &&
                                 config.clientCertificatePkcs12 == m_config.clientCertificatePkcs12;
    m_config = std::move(config);
    if (!sameCredentials) {
        clearToken();
        if (m_tokenFetch)
            m_tokenFetch->stale = true;
    }
    loadClientCertificate();
}

void ImpotParticulierClient::loadClientCertificate()
{
    m_certificateError.reset();
    m_ssl = std::make_unique<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
    m_ssl->setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (m_config.clientCertificatePkcs12.isEmpty())
        return;

    auto fail = [this](const QString& detail, const QString& text) {
        ApiError e = ApiError::make(ApiError::Kind::Unauthorized, detail);
        e.userText = text;
        m_certificateError = e;
    };
    QByteArray bytes = m_config.clientCertificatePkcs12;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (!QSslSocket::supportsSsl()) {
        fail(QStringLiteral("client certificate: no TLS backend"), Words::certificate());
        return;
    }
    if (!QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain,
                                       m_config.clientCertificatePassphrase.toUtf8()) ||
        key.isNull() || certificate.isNull()) {
        fail(QStringLiteral("client certificate: PKCS#12 unreadable (file or passphrase)"), Words::certificate());
        return;
    }
    const QDateTime expiry = certificate.expiryDate();
    if (expiry.isValid() && expiry < m_clock.nowUtc()) {
        fail(QStringLiteral("client certificate expired"), Words::certificateExpired(expiry.date()));
        return;
    }
    // The chain is what we present, never something we trust: the CA store is left alone.
    QList<QSslCertificate> local{certificate};
    local << chain;
    m_ssl->setLocalCertificateChain(local);
    m_ssl->setPrivateKey(key);
}

QList<FieldError> ImpotParticulierClient::validate(const QString& spi, std::optional<int> incomeYear) const
{
    QList<FieldError> errors = ImpotParticulierText::spi(spi);
    errors << ImpotParticulierText::incomeYear(incomeYear, m_clock.nowUtc().date());
    return errors;
}

std::optional<ApiError> ImpotParticulierClient::precheck() const
{
    if (!m_config.isConfigured()) {
        QStringList missing;
        if (m_config.baseUrl.isEmpty())
            missing << QStringLiteral("base URL");
        if (m_config.tokenUrl.isEmpty())
            missing << QStringLiteral("token URL");
        if (m_config.clientId.isEmpty())
            missing << QStringLiteral("client id");
        if (m_config.clientSecret.isEmpty())
            missing << QStringLiteral("client secret");
        return worded(ApiError::make(ApiError::Kind::Unauthorized,
                                     QStringLiteral("not configured: ") + missing.join(QStringLiteral(", "))));
    }
    for (const QUrl& url : {m_config.baseUrl, m_config.tokenUrl}) {
        // Credentials and personal data never travel in clear: plain http is for the loopback demo.
        if (!url.isValid() || url.host().isEmpty() || !isHttpsOrLoopback(url) || !url.userInfo().isEmpty()) {
            ApiError e = ApiError::make(ApiError::Kind::InvalidInput,
                                        QStringLiteral("base or token URL invalid, not https or with user info"));
            e.userText = Words::badUrl();
            return e;
        }
    }
    const QString& teleservice = m_config.idTeleservice;
    if (teleservice.size() > 256 || !std::all_of(teleservice.cbegin(), teleservice.cend(),
                                                 [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; })) {
        ApiError e = ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("ID_Teleservice not printable ASCII"));
        e.userText = Words::badTeleservice();
        return e;
    }
    if (m_certificateError)
        return m_certificateError;
    return std::nullopt;
}

ImpotParticulierClient::Handle ImpotParticulierClient::failLater(QObject* context, SituationCallback callback,
                                                                 ApiError error)
{
    const Handle handle = m_nextHandle++;
    m_pendingErrors << handle;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [this, handle, guard, hasContext, cb = std::move(callback), error]() {
        if (!m_pendingErrors.removeOne(handle))
            return; // cancelled
        if (hasContext && !guard)
            return;
        cb(error);
    });
    return handle;
}

ImpotParticulierClient::Handle ImpotParticulierClient::fetchSituation(const QString& spi, std::optional<int> incomeYear,
                                                                      QObject* context, SituationCallback callback)
{
    const QList<FieldError> errors = validate(spi, incomeYear);
    if (!errors.isEmpty()) {
        QStringList fields;
        for (const auto& e : errors)
            fields << e.field;
        return failLater(context, std::move(callback),
                         worded(ApiError::make(ApiError::Kind::InvalidInput,
                                               QStringLiteral("invalid fields: ") + fields.join(QLatin1Char(',')))));
    }
    if (const auto error = precheck())
        return failLater(context, std::move(callback), *error);

    auto call = std::make_unique<Call>();
    call->handle = m_nextHandle++;
    call->context = context;
    call->hasContext = context != nullptr;
    call->callback = std::move(callback);
    call->spi = normalisedSpi(spi);
    call->latest = !incomeYear.has_value();
    call->year = incomeYear ? *incomeYear : m_clock.nowUtc().date().year() - 1;
    const Handle handle = call->handle;
    m_calls.emplace(handle, std::move(call));
    // Started from the event loop, so that no callback ever runs inside this function.
    QTimer::singleShot(0, this, [this, handle]() {
        const auto it = m_calls.find(handle);
        if (it != m_calls.end())
            needToken(it->second.get());
    });
    return handle;
}

bool ImpotParticulierClient::blocked(ApiError* error) const
{
    const qint64 now = m_clock.monotonicMs();
    if (m_blockedUntilMs <= now)
        return false;
    ApiError e = ApiError::make(ApiError::Kind::RateLimited, QStringLiteral("blocked locally after a 429"));
    e.retryAfterMs = m_blockedUntilMs - now;
    *error = worded(e);
    return true;
}

void ImpotParticulierClient::blockFor(qint64 ms)
{
    m_blockedUntilMs = std::max(m_blockedUntilMs, m_clock.monotonicMs() + ms);
}

qint64 ImpotParticulierClient::blockedForMs() const
{
    return std::max<qint64>(0, m_blockedUntilMs - m_clock.monotonicMs());
}

bool ImpotParticulierClient::hasCachedToken() const
{
    return !m_token.isEmpty() && m_clock.monotonicMs() < m_tokenValidUntilMs;
}

void ImpotParticulierClient::clearToken()
{
    m_token.clear();
    m_tokenValidUntilMs = 0;
}

void ImpotParticulierClient::needToken(Call* call)
{
    ApiError error;
    if (blocked(&error)) {
        complete(call, error);
        return;
    }
    if (hasCachedToken()) {
        call->token = m_token;
        sendData(call);
        return;
    }
    m_tokenWaiters << call->handle;
    if (!m_tokenFetch)
        startTokenFetch();
}

// ---------------------------------------------------------------------------------------------
// Token requests

namespace {

// Aborts `reply` once more than `maxBytes` arrive (announced or received); `flag` records it.
template <typename IsCurrent, typename OnOversize>
void capBody(QObject* owner, QNetworkReply* reply, qint64 maxBytes, IsCurrent isCurrent, OnOversize onOversize)
{
    auto check = [reply, maxBytes, isCurrent, onOversize](qint64 size) {
        if (size > maxBytes && isCurrent()) {
            onOversize();
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, owner, [reply, check]() {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            check(length.toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, owner,
                     [check](qint64 received, qint64 /*total*/) { check(received); });
}

void prepare(QNetworkRequest& request, const ImpotParticulierConfig& config, const QSslConfiguration& ssl)
{
    request.setRawHeader("User-Agent", config.userAgent.toUtf8());
    request.setTransferTimeout(config.timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // A credential never follows a redirect to another URL.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(ssl);
}

} // namespace

void ImpotParticulierClient::startTokenFetch()
{
    m_tokenFetch = std::make_unique<TokenFetch>();
    sendTokenRequest();
}

void ImpotParticulierClient::sendTokenRequest()
{
    TokenFetch* fetch = m_tokenFetch.get();
    ApiError error;
    if (blocked(&error)) {
        tokenFetchDone(error);
        return;
    }
    QNetworkRequest request(m_config.tokenUrl);
    prepare(request, m_config, *m_ssl);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    // RFC 6749 §2.3.1: client_id and client_secret are form-urlencoded before HTTP Basic.
    QByteArray credentials = formUrlEncode(m_config.clientId) + ':' + formUrlEncode(m_config.clientSecret);
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    credentials.fill('\0');
    QByteArray body = QByteArrayLiteral("grant_type=client_credentials");
    if (!m_config.scope.isEmpty())
        body += "&scope=" + formUrlEncode(m_config.scope);

    fetch->timedOut = false;
    fetch->oversized = false;
    fetch->elapsed.start();
    QNetworkReply* reply = m_nam->post(request, body);
    fetch->reply = reply;
    qCDebug(lcApi) << "impot: token request, attempt" << fetch->attempt + 1;

    capBody(
        this, reply, m_config.maxBodyBytes,
        [this, reply]() { return m_tokenFetch && m_tokenFetch->reply == reply && !m_tokenFetch->oversized; },
        [this]() { m_tokenFetch->oversized = true; });
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        if (!m_tokenFetch || m_tokenFetch->reply != reply) {
            reply->deleteLater();
            return;
        }
        onTokenReplyFinished();
    });
    if (!fetch->deadline) {
        fetch->deadline = new QTimer(this);
        fetch->deadline->setSingleShot(true);
        connect(fetch->deadline, &QTimer::timeout, this, [this]() {
            if (m_tokenFetch && m_tokenFetch->reply) {
                m_tokenFetch->timedOut = true;
                m_tokenFetch->reply->abort();
            }
        });
    }
    fetch->deadline->start(m_config.timeoutMs);
}

void ImpotParticulierClient::onTokenReplyFinished()
{
    TokenFetch* fetch = m_tokenFetch.get();
    QNetworkReply* reply = fetch->reply;
    fetch->reply = nullptr;
    fetch->deadline->stop();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Q_EMIT tokenRequestFinished(status, fetch->elapsed.elapsed());

    if (fetch->oversized) {
        ApiError e = malformed(QStringLiteral("token answer larger than %1 bytes").arg(m_config.maxBodyBytes));
        e.httpStatus = status;
        tokenFetchDone(worded(e));
        return;
    }
    const QNetworkReply::NetworkError netError = reply->error();
    if (fetch->timedOut || netError == QNetworkReply::TimeoutError ||
        (netError == QNetworkReply::OperationCanceledError && status == 0)) {
        ApiError e =
            ApiError::make(ApiError::Kind::Unavailable,
                           QStringLiteral("token endpoint: no complete answer within %1 ms").arg(m_config.timeoutMs));
        e.timedOut = true;
        e.httpStatus = status;
        tokenFetchDone(worded(e));
        return;
    }
    if (status == 0) {
        tokenFetchDone(worded(ApiError::make(
            ApiError::Kind::Unavailable,
            QStringLiteral("token endpoint: network error %1: %2").arg(int(netError)).arg(reply->errorString()))));
        return;
    }
    const QByteArray body = reply->readAll();
    if (status == 200) {
        auto parsed = jsonObject(body);
        if (!parsed) {
            ApiError e = parsed.error();
            e.detail = QStringLiteral("token endpoint: ") + e.detail;
            e.httpStatus = status;
            tokenFetchDone(worded(e));
            return;
        }
        const QJsonObject o = parsed.value();
        const QJsonValue token = o.value(QStringLiteral("access_token"));
        const QJsonValue type = o.value(QStringLiteral("token_type"));
        const QJsonValue expires = o.value(QStringLiteral("expires_in"));
        QString problem;
        const QString tokenText = token.toString();
        // Visible ASCII only: the token goes into a header line.
        const bool tokenOk = token.isString() && !tokenText.isEmpty() && tokenText.size() <= 8192 &&
                             std::all_of(tokenText.cbegin(), tokenText.cend(),
                                         [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
        qint64 lifetime = 0; // without expires_in, the token serves the waiting calls only
        if (!tokenOk)
            problem = QStringLiteral("access_token: expected a token");
        else if (!type.isUndefined() &&
                 (!type.isString() || type.toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0))
            problem = QStringLiteral("token_type: expected Bearer");
        else if (!expires.isUndefined() && !expires.isNull()) {
            bool ok = false;
            double seconds = expires.toDouble(-1);
            if (expires.isString())
                seconds = expires.toString().toDouble(&ok);
            else
                ok = expires.isDouble();
            if (!ok || !std::isfinite(seconds) || seconds < 0)
                problem = QStringLiteral("expires_in: expected a number of seconds");
            else
                lifetime = std::min<qint64>(static_cast<qint64>(seconds), kMaxTokenLifetimeSeconds);
        }
        if (!problem.isEmpty()) {
            ApiError e = malformed(QStringLiteral("token endpoint: ") + problem);
            e.httpStatus = status;
            tokenFetchDone(worded(e));
            return;
        }
        if (!fetch->stale) {
            m_token = tokenText;
            const qint64 usable = std::max<qint64>(0, lifetime - std::max(0, m_config.tokenRefreshMarginSeconds));
            m_tokenValidUntilMs = m_clock.monotonicMs() + usable * 1000;
        }
        qCDebug(lcApi) << "impot: token received, valid for" << lifetime << "s";
        tokenFetchDone(tokenText);
        return;
    }
    if (status == 429) {
        ApiError e = tokenErrorFromAnswer(status, body);
        // The data API and its token service sit behind one gateway: every call pauses.
        const qint64 retryMs =
            retryAfterMs(reply->rawHeader("Retry-After"), m_clock.nowUtc(), m_config.defaultRetryAfterMs);
        blockFor(retryMs);
        e.retryAfterMs = retryMs;
        e.userText = ImpotParticulierText::message(e);
        tokenFetchDone(e);
        return;
    }
    if ((status == 502 || status == 503 || status == 504) && fetch->attempt == 0) {
        fetch->attempt = 1;
        qCInfo(lcApi) << "impot: HTTP" << status << "from the token endpoint - one retry in" << m_config.retryBackoffMs
                      << "ms";
        if (!fetch->retryTimer) {
            fetch->retryTimer = new QTimer(this);
            fetch->retryTimer->setSingleShot(true);
            connect(fetch->retryTimer, &QTimer::timeout, this, [this]() {
                if (m_tokenFetch)
                    sendTokenRequest();
            });
        }
        fetch->retryTimer->start(std::max(0, m_config.retryBackoffMs));
        return;
    }
    ApiError e = tokenErrorFromAnswer(status, body);
    qCInfo(lcApi).noquote() << "impot: token endpoint" << e.logLine();
    tokenFetchDone(e);
}

void ImpotParticulierClient::tokenFetchDone(const Result<QString, ApiError>& result)
{
    std::unique_ptr<TokenFetch> fetch = std::move(m_tokenFetch);
    if (fetch->deadline)
        fetch->deadline->deleteLater();
    if (fetch->retryTimer)
        fetch->retryTimer->deleteLater();
    if (fetch->reply) {
        fetch->reply->disconnect(this);
        fetch->reply->abort();
        fetch->reply->deleteLater();
    }
    const QList<Handle> waiters = std::exchange(m_tokenWaiters, {});
    for (Handle h : waiters) {
        const auto it = m_calls.find(h);
        if (it == m_calls.end())
            continue; // cancelled meanwhile
        Call* call = it->second.get();
        if (result) {
            call->token = result.value();
            sendData(call);
        } else {
            complete(call, result.error());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Data requests

void ImpotParticulierClient::sendData(Call* call)
{
    ApiError error;
    if (blocked(&error)) {
        complete(call, error);
        return;
    }
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const QString route = call->latest ? QStringLiteral("/dernieresituation/ir/assiettes/annrev/")
                                       : QStringLiteral("/situations/ir/assiettes/annrev/");
    url.setPath(basePath + QStringLiteral("/spi/") + call->spi + route + QString::number(call->year));
    url.setQuery(QString());

    call->correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QNetworkRequest request(url);
    prepare(request, m_config, *m_ssl);
    request.setRawHeader("Accept", QByteArray(call->latest ? LatestSituationMediaType : SituationMediaType) +
                                       ", application/json");
    request.setRawHeader("Authorization", "Bearer " + call->token.toUtf8());
    request.setRawHeader("X-Correlation-ID", call->correlationId.toLatin1());
    if (!m_config.idTeleservice.isEmpty())
        request.setRawHeader("ID_Teleservice", m_config.idTeleservice.toUtf8());

    call->timedOut = false;
    call->oversized = false;
    call->elapsed.start();
    QNetworkReply* reply = m_nam->get(request);
    call->reply = reply;
    // The SPI is personal data: the log names the route and the correlation id only.
    qCDebug(lcApi).noquote() << "impot: GET" << (call->latest ? kLatestPath : kSituationPath) << "annrev" << call->year
                             << "correlation" << call->correlationId << "attempt" << call->attempt + 1;

    const Handle handle = call->handle;
    capBody(
        this, reply, m_config.maxBodyBytes,
        [this, handle, reply]() {
            const auto it = m_calls.find(handle);
            return it != m_calls.end() && it->second->reply == reply && !it->second->oversized;
        },
        [this, handle]() { m_calls.at(handle)->oversized = true; });
    connect(reply, &QNetworkReply::finished, this, [this, handle, reply]() {
        const auto it = m_calls.find(handle);
        if (it == m_calls.end() || it->second->reply != reply) {
            reply->deleteLater();
            return;
        }
        onDataReplyFinished(it->second.get());
    });
    if (!call->deadline) {
        call->deadline = new QTimer(this);
        call->deadline->setSingleShot(true);
        connect(call->deadline, &QTimer::timeout, this, [this, handle]() {
            const auto it = m_calls.find(handle);
            if (it != m_calls.end() && it->second->reply) {
                it->second->timedOut = true;
                it->second->reply->abort();
            }
        });
    }
    call->deadline->start(m_config.timeoutMs);
}

void ImpotParticulierClient::retryLater(Call* call, qint64 delayMs)
{
    if (!call->retryTimer) {
        call->retryTimer = new QTimer(this);
        call->retryTimer->setSingleShot(true);
        connect(call->retryTimer, &QTimer::timeout, this, [this, handle = call->handle]() {
            const auto it = m_calls.find(handle);
            if (it != m_calls.end())
                needToken(it->second.get()); // the token may have expired meanwhile
        });
    }
    call->retryTimer->start(static_cast<int>(std::clamp<qint64>(delayMs, 0, 60000)));
}

void ImpotParticulierClient::onDataReplyFinished(Call* call)
{
    QNetworkReply* reply = call->reply;
    call->reply = nullptr;
    call->deadline->stop();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Q_EMIT attemptFinished(status, call->correlationId, call->elapsed.elapsed());

    auto fail = [this, call, status](ApiError e) {
        e.httpStatus = e.httpStatus ? e.httpStatus : status;
        e.requestId = call->correlationId;
        complete(call, worded(e, call->latest ? std::nullopt : std::optional<int>(call->year)));
    };

    if (call->oversized) {
        fail(malformed(QStringLiteral("answer larger than %1 bytes").arg(m_config.maxBodyBytes)));
        return;
    }
    const QNetworkReply::NetworkError netError = reply->error();
    if (call->timedOut || netError == QNetworkReply::TimeoutError ||
        (netError == QNetworkReply::OperationCanceledError && status == 0)) {
        ApiError e = ApiError::make(ApiError::Kind::Unavailable,
                                    QStringLiteral("no complete answer within %1 ms").arg(m_config.timeoutMs));
        e.timedOut = true;
        fail(e);
        return;
    }
    if (status == 0) {
        fail(ApiError::make(ApiError::Kind::Unavailable,
                            QStringLiteral("network error %1: %2").arg(int(netError)).arg(reply->errorString())));
        return;
    }

    const QByteArray body = reply->readAll();
    if (status == 200) {
        auto parsed = parseSituation(body, call->year);
        if (!parsed) {
            ApiError e = parsed.error();
            e.userText.clear();
            fail(e);
            return;
        }
        TaxSituation t = parsed.value();
        t.provenance.endpoint = QLatin1String(call->latest ? kLatestPath : kSituationPath);
        t.provenance.requestId = call->correlationId;
        t.provenance.fetchedAt = m_clock.nowUtc();
        complete(call, t);
        return;
    }
    if (status == 401 && !call->refreshed) {
        // The token may have been revoked or expired early: one new token, one retry.
        call->refreshed = true;
        if (m_token == call->token)
            clearToken();
        qCInfo(lcApi) << "impot: 401 from the data API - renewing the token once";
        needToken(call);
        return;
    }
    if (status == 404 && call->latest && !call->fellBack) {
        // The incomes of N-1 are assessed from the summer of N: before that, the latest is N-2.
        call->fellBack = true;
        call->year -= 1;
        call->attempt = 0;
        qCDebug(lcApi) << "impot: no situation for annrev" << call->year + 1 << "- asking for" << call->year;
        needToken(call);
        return;
    }
    if (status == 429) {
        ApiError e = errorFromAnswer(status, body);
        const qint64 retryMs =
            retryAfterMs(reply->rawHeader("Retry-After"), m_clock.nowUtc(), m_config.defaultRetryAfterMs);
        blockFor(retryMs);
        e.retryAfterMs = retryMs;
        e.userText.clear();
        qCWarning(lcApi) << "impot: 429 - every call is paused for" << retryMs << "ms";
        fail(e);
        return;
    }
    if ((status == 502 || status == 503 || status == 504) && call->attempt == 0) {
        call->attempt = 1;
        qCInfo(lcApi) << "impot: HTTP" << status << "- one retry in" << m_config.retryBackoffMs << "ms";
        retryLater(call, m_config.retryBackoffMs);
        return;
    }
    ApiError e = errorFromAnswer(status, body);
    e.userText.clear(); // worded again with the year
    e.requestId = call->correlationId;
    if (e.kind == ApiError::Kind::NotFound)
        qCDebug(lcApi).noquote() << "impot:" << e.logLine();
    else
        qCInfo(lcApi).noquote() << "impot:" << e.logLine();
    fail(e);
}

void ImpotParticulierClient::complete(Call* call, const Result<TaxSituation, ApiError>& result)
{
    const auto it = m_calls.find(call->handle);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> owned = std::move(it->second);
    m_calls.erase(it);
    m_tokenWaiters.removeAll(owned->handle);
    if (owned->deadline)
        owned->deadline->deleteLater();
    if (owned->retryTimer)
        owned->retryTimer->deleteLater();
    if (owned->reply) {
        owned->reply->disconnect(this);
        owned->reply->abort();
        owned->reply->deleteLater();
    }
    if (owned->hasContext && !owned->context)
        return;
    if (owned->callback)
        owned->callback(result);
}

void ImpotParticulierClient::cancel(Handle handle)
{
    if (m_pendingErrors.removeOne(handle))
        return;
    const auto it = m_calls.find(handle);
    if (it == m_calls.end())
        return;
    it->second->callback = nullptr;
    complete(it->second.get(), ApiError::make(ApiError::Kind::Cancelled));
}

int ImpotParticulierClient::inFlightCount() const
{
    return int(m_calls.size());
}

} // namespace ccas
