#include "api/ApiParticulierClient.h"

#include "domain/Siret.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace ccas {

struct ApiParticulierClient::Subscriber
{
    Handle handle = 0;
    QPointer<QObject> context;
    bool hasContext = false;
    EnvelopeCallback callback;
};

struct ApiParticulierClient::Flight
{
    QString key;
    Source source = Source::QuotientFamilial;
    QUrl url;
    QByteArray tokenKey;
    QList<Subscriber> subscribers;
    QPointer<QNetworkReply> reply;
    QTimer* startTimer = nullptr; // waits for the rate limiter or a retry delay
    QTimer* deadline = nullptr;   // whole-answer deadline of the current attempt
    int attempt = 0;              // 0 = first try, 1 = the retry
    bool timedOut = false;
    bool oversized = false;
    QElapsedTimer elapsed;
};

namespace {

constexpr int MaxAttempts = 2; // the first try and at most one retry

// The error of a request refused before sending: names the fields (never their values).
ApiError invalidFields(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const auto& e : errors)
        fields << e.field;
    return ApiError::make(ApiError::Kind::InvalidInput,
                          QStringLiteral("invalid fields: ") + fields.join(QLatin1Char(',')));
}

} // namespace

namespace {
QDateTime parseHttpDate(const QByteArray& value)
{
    // RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime dt = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!dt.isValid()) {
        QString t = text;
        t.remove(QStringLiteral(" GMT"));
        dt = QLocale::c().toDateTime(t, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        dt.setTimeSpec(Qt::UTC);
    }
    return dt;
}

} // namespace

qint64 retryAfterMs(const QByteArray& header, const QDateTime& now, qint64 fallbackMs)
{
    constexpr qint64 MaxMs = 24LL * 3600 * 1000;
    qint64 ms = fallbackMs;
    const QByteArray value = header.trimmed();
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber && seconds >= 0) {
        ms = seconds * 1000;
    } else if (!value.isEmpty()) {
        const QDateTime at = parseHttpDate(value);
        if (at.isValid())
            ms = std::max<qint64>(0, now.msecsTo(at));
    }
    return std::min(ms, MaxMs);
}

bool isLoopbackUrl(const QUrl& url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiParticulierClient::ApiParticulierClient(QNetworkAccessManager* nam, ApiParticulierConfig config, const Clock& clock,
                                           QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(std::move(config))
    , m_clock(clock)
{
    qRegisterMetaType<ccas::Source>("ccas::Source");
}

ApiParticulierClient::~ApiParticulierClient()
{
    const auto flights = m_flights.values();
    m_flights.clear();
    for (Flight* f : flights) {
        if (f->reply) {
            f->reply->disconnect(this);
            f->reply->abort();
            f->reply->deleteLater();
        }
        delete f;
    }
}

void ApiParticulierClient::setConfig(ApiParticulierConfig config)
{
    m_config = std::move(config);
}

QByteArray ApiParticulierClient::tokenKey() const
{
    // Limits are per token; the key is a hash so the token itself is not kept twice in memory maps.
    return QCryptographicHash::hash(m_config.token.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
}

RateLimiter& ApiParticulierClient::limiter()
{
    auto it = m_limiters.try_emplace(tokenKey(), m_config.maxRequestsPerSecond, 1000).first;
    it->second.setMaxPerWindow(std::min(20, std::max(1, m_config.maxRequestsPerSecond)));
    return it->second;
}

qint64 ApiParticulierClient::blockedForMs() const
{
    const auto it = m_limiters.find(tokenKey());
    if (it == m_limiters.end())
        return 0;
    return std::max<qint64>(0, it->second.blockedUntil() - m_clock.monotonicMs());
}

QList<FieldError> ApiParticulierValidation::period(std::optional<YearMonth> period, const QDate& today)
{
    QList<FieldError> errors;
    if (!period)
        return errors;
    const int y = period->year;
    const int m = period->month;
    if (y == 0 && m == 0)
        return errors;
    if (y == 0) {
        errors << FieldError{QStringLiteral("annee"), tr("A month needs its year.")};
        return errors;
    }
    if (m < 1 || m > 12) {
        errors << FieldError{QStringLiteral("mois"), tr("The month must be between 1 and 12.")};
        return errors;
    }
    const int asked = y * 12 + (m - 1);
    const int current = today.year() * 12 + (today.month() - 1);
    if (asked > current)
        errors << FieldError{QStringLiteral("annee"), tr("The period cannot be in the future.")};
    else if (current - asked > 24)
        errors << FieldError{QStringLiteral("annee"), tr("The CAF keeps the family quotient for 24 months only.")};
    return errors;
}

QList<FieldError> ApiParticulierValidation::recipient(const QString& siret)
{
    if (siret.trimmed().isEmpty())
        return {FieldError{QStringLiteral("recipient"),
                           tr("The CCAS SIRET (recipient) is not configured: API Particulier requires it.")}};
    const QString message = Siret::validationMessage(siret);
    if (!message.isEmpty())
        return {FieldError{QStringLiteral("recipient"), message}};
    return {};
}

QList<FieldError> ApiParticulierClient::validate(const Identity& identity, std::optional<YearMonth> period) const
{
    const QDate today = m_clock.nowUtc().date();
    QList<FieldError> errors = IdentityValidator::validate(identity.normalised(), today);
    errors << ApiParticulierValidation::period(period, today);
    errors << ApiParticulierValidation::recipient(m_config.recipient);
    return errors;
}

QUrlQuery ApiParticulierClient::identityQuery(const Identity& raw)
{
    const Identity id = raw.normalised();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("nomNaissance"), id.nomNaissance);
    if (!id.nomUsage.isEmpty())
        q.addQueryItem(QStringLiteral("nomUsage"), id.nomUsage);
    for (const QString& p : id.prenoms)
        q.addQueryItem(QStringLiteral("prenoms[]"), p);
    q.addQueryItem(QStringLiteral("sexeEtatCivil"), id.sexe);
    if (id.anneeNaissance > 0) {
        q.addQueryItem(QStringLiteral("anneeDateNaissance"), QString::number(id.anneeNaissance));
        if (id.moisNaissance > 0) {
            q.addQueryItem(QStringLiteral("moisDateNaissance"), QString::number(id.moisNaissance));
            if (id.jourNaissance > 0)
                q.addQueryItem(QStringLiteral("jourDateNaissance"), QString::number(id.jourNaissance));
        }
    }
    q.addQueryItem(QStringLiteral("codeCogInseePaysNaissance"), id.codePaysNaissance);
    if (id.bornInFrance()) {
        if (!id.codeCommuneNaissance.isEmpty()) {
            q.addQueryItem(QStringLiteral("codeCogInseeCommuneNaissance"), id.codeCommuneNaissance);
        } else {
            q.addQueryItem(QStringLiteral("nomCommuneNaissance"), id.nomCommuneNaissance);
            q.addQueryItem(QStringLiteral("codeCogInseeDepartementNaissance"), id.codeDepartementNaissance);
        }
    }
    return q;
}

std::optional<ApiError> ApiParticulierClient::precheck() const
{
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.scheme().isEmpty() || m_config.baseUrl.host().isEmpty()) {
        ApiError e = ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("base URL is not a valid URL"));
        return e;
    }
    // The token and personal data never travel in clear: plain http is for the loopback demo only.
    if (m_config.baseUrl.scheme() != QLatin1String("https") && !isLoopbackUrl(m_config.baseUrl))
        return ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("base URL must use https"));
    if (m_config.token.isEmpty() && !m_config.gatewayAddsToken)
        return ApiError::make(ApiError::Kind::Unauthorized, QStringLiteral("no token configured"));
    if (!ApiParticulierValidation::recipient(m_config.recipient).isEmpty())
        return ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("recipient SIRET missing or invalid"));
    return std::nullopt;
}

ApiParticulierClient::Handle ApiParticulierClient::fetchFamilyQuotient(const Identity& identity,
                                                                       std::optional<YearMonth> period,
                                                                       QObject* context, FamilyCallback callback)
{
    auto adapt = [cb = std::move(callback)](const Result<ApiEnvelope, ApiError>& r) {
        if (!r)
            cb(r.error());
        else
            cb(parseFamilyQuotient(r.value()));
    };
    const QList<FieldError> errors = validate(identity, period);
    if (!errors.isEmpty())
        return failLater(context, adapt, invalidFields(errors));
    QUrlQuery q = identityQuery(identity);
    if (period && period->year > 0) {
        q.addQueryItem(QStringLiteral("annee"), QString::number(period->year));
        q.addQueryItem(QStringLiteral("mois"), QString::number(period->month));
    }
    return get(Source::QuotientFamilial, q, context, adapt);
}

ApiParticulierClient::Handle ApiParticulierClient::fetchBenefit(Source source, const Identity& identity,
                                                                QObject* context, BenefitCallback callback)
{
    auto adapt = [cb = std::move(callback)](const Result<ApiEnvelope, ApiError>& r) {
        if (!r)
            cb(r.error());
        else
            cb(parseBenefit(r.value()));
    };
    if (source == Source::QuotientFamilial)
        return failLater(context, adapt,
                         ApiError::make(ApiError::Kind::Internal, QStringLiteral("fetchBenefit called for the QF")));
    const QList<FieldError> errors = validate(identity);
    if (!errors.isEmpty())
        return failLater(context, adapt, invalidFields(errors));
    return get(source, identityQuery(identity), context, adapt);
}

ApiParticulierClient::Handle ApiParticulierClient::get(Source source, QUrlQuery query, QObject* context,
                                                       EnvelopeCallback callback)
{
    if (const auto error = precheck())
        return failLater(context, std::move(callback), *error);
    query.removeAllQueryItems(QStringLiteral("recipient"));
    QUrlQuery full;
    full.addQueryItem(QStringLiteral("recipient"), Siret::normalised(m_config.recipient));
    for (const auto& item : query.queryItems(QUrl::FullyDecoded))
        full.addQueryItem(item.first, item.second);
    const QString key = QString::fromLatin1(tokenKey()) + QLatin1Char(' ') + Sources::path(source) + QLatin1Char('?') +
                        full.toString(QUrl::FullyEncoded);
    return subscribe(key, source, full, context, std::move(callback));
}

ApiParticulierClient::Handle ApiParticulierClient::failLater(QObject* context, EnvelopeCallback callback,
                                                             ApiError error)
{
    // Callbacks always run after the call returns, never inside it.
    const Handle handle = m_nextHandle++;
    m_handleKeys.insert(handle, QString());
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [this, handle, guard, hasContext, cb = std::move(callback), error]() {
        if (!m_handleKeys.contains(handle))
            return; // cancelled
        m_handleKeys.remove(handle);
        if (hasContext && !guard)
            return;
        cb(error);
    });
    return handle;
}

ApiParticulierClient::Handle ApiParticulierClient::subscribe(const QString& key, Source source, const QUrlQuery& query,
                                                             QObject* context, EnvelopeCallback callback)
{
    const Handle handle = m_nextHandle++;
    Subscriber sub{handle, QPointer<QObject>(context), context != nullptr, std::move(callback)};
    m_handleKeys.insert(handle, key);
    if (Flight* existing = m_flights.value(key)) {
        qCDebug(lcApi) << "coalesced identical request on" << Sources::path(source);
        existing->subscribers << sub;
        return handle;
    }
    auto* flight = new Flight;
    flight->key = key;
    flight->source = source;
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + Sources::path(source));
    url.setQuery(query);
    flight->url = url;
    flight->tokenKey = tokenKey();
    flight->subscribers << sub;
    m_flights.insert(key, flight);
    schedule(flight, 0);
    return handle;
}

void ApiParticulierClient::schedule(Flight* flight, qint64 extraDelayMs)
{
    RateLimiter& rl = limiter();
    const qint64 now = m_clock.monotonicMs();
    if (rl.isBlocked(now + extraDelayMs)) {
        ApiError e = ApiError::make(ApiError::Kind::RateLimited, QStringLiteral("blocked locally after a 429"));
        e.retryAfterMs = rl.blockedUntil() - now;
        complete(flight, e);
        return;
    }
    const qint64 delay = extraDelayMs > 0 ? rl.reserve(now + extraDelayMs) + extraDelayMs : rl.reserve(now);
    if (delay <= 0) {
        send(flight);
        return;
    }
    if (!flight->startTimer) {
        flight->startTimer = new QTimer(this);
        flight->startTimer->setSingleShot(true);
        flight->startTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire early and break the limit
        connect(flight->startTimer, &QTimer::timeout, this, [this, key = flight->key]() {
            if (Flight* f = m_flights.value(key))
                send(f);
        });
    }
    flight->startTimer->start(static_cast<int>(std::min<qint64>(delay, 24 * 3600 * 1000)));
}

void ApiParticulierClient::send(Flight* flight)
{
    // A 429 may have arrived while this request waited for its slot.
    const qint64 now = m_clock.monotonicMs();
    RateLimiter& rl = limiter();
    if (rl.isBlocked(now)) {
        ApiError e = ApiError::make(ApiError::Kind::RateLimited, QStringLiteral("blocked locally after a 429"));
        e.retryAfterMs = rl.blockedUntil() - now;
        complete(flight, e);
        return;
    }
    QNetworkRequest request(flight->url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", m_config.userAgent.toUtf8());
    if (!m_config.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    flight->timedOut = false;
    flight->oversized = false;
    flight->elapsed.start();
    QNetworkReply* reply = m_nam->get(request);
    flight->reply = reply;
    qCDebug(lcApi) << "GET" << Sources::path(flight->source) << "attempt" << flight->attempt + 1;

    const qint64 maxBytes = m_config.maxBodyBytes;
    const QString key = flight->key;
    auto checkSize = [this, key, reply, maxBytes](qint64 received) {
        Flight* f = m_flights.value(key);
        if (!f || f->reply != reply || f->oversized)
            return;
        if (received > maxBytes) {
            f->oversized = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, checkSize]() {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [checkSize](qint64 received, qint64 /*total*/) { checkSize(received); });
    connect(reply, &QNetworkReply::finished, this, [this, key, reply]() {
        Flight* f = m_flights.value(key);
        if (!f || f->reply != reply) {
            reply->deleteLater();
            return;
        }
        onReplyFinished(f);
    });

    if (!flight->deadline) {
        flight->deadline = new QTimer(this);
        flight->deadline->setSingleShot(true);
        connect(flight->deadline, &QTimer::timeout, this, [this, key]() {
            Flight* f = m_flights.value(key);
            if (f && f->reply) {
                f->timedOut = true;
                f->reply->abort();
            }
        });
    }
    flight->deadline->start(m_config.timeoutMs);
}

void ApiParticulierClient::onReplyFinished(Flight* flight)
{
    QNetworkReply* reply = flight->reply;
    flight->reply = nullptr;
    if (flight->deadline)
        flight->deadline->stop();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-ID")).left(128);
    const qint64 elapsedMs = flight->elapsed.elapsed();
    Q_EMIT attemptFinished(flight->source, status, requestId, elapsedMs);

    if (flight->oversized) {
        ApiError e = ApiError::make(ApiError::Kind::Malformed,
                                    QStringLiteral("answer larger than %1 bytes").arg(m_config.maxBodyBytes));
        e.httpStatus = status;
        e.requestId = requestId;
        complete(flight, e);
        return;
    }
    const QNetworkReply::NetworkError netError = reply->error();
    if (flight->timedOut || netError == QNetworkReply::TimeoutError ||
        (netError == QNetworkReply::OperationCanceledError && status == 0)) {
        ApiError e = ApiError::make(ApiError::Kind::Unavailable,
                                    QStringLiteral("no complete answer within %1 ms").arg(m_config.timeoutMs));
        e.timedOut = true;
        e.httpStatus = status;
        e.requestId = requestId;
        complete(flight, e);
        return;
    }
    if (status == 0) {
        // No HTTP answer: connection refused, DNS, proxy, TLS verification failure…
        ApiError e =
            ApiError::make(ApiError::Kind::Unavailable,
                           QStringLiteral("network error %1: %2").arg(int(netError)).arg(reply->errorString()));
        complete(flight, e);
        return;
    }

    const QByteArray body = reply->readAll();
    if (status == 200) {
        auto parsed = parseEnvelope(flight->source, body);
        if (parsed) {
            ApiEnvelope env = parsed.value();
            env.provenance.requestId = requestId;
            env.provenance.fetchedAt = m_clock.nowUtc();
            env.provenance.fromCache =
                reply->rawHeader("X-Response-Cached").trimmed().compare("true", Qt::CaseInsensitive) == 0;
            complete(flight, env);
        } else {
            ApiError e = parsed.error();
            e.httpStatus = status;
            e.requestId = requestId;
            complete(flight, e);
        }
        return;
    }

    ApiError error = errorFromAnswer(status, body);
    error.requestId = requestId;

    if (status == 429) {
        const qint64 retryMs =
            retryAfterMs(reply->rawHeader("Retry-After"), m_clock.nowUtc(), m_config.defaultRetryAfterMs);
        limiter().blockUntil(m_clock.monotonicMs() + retryMs);
        error.retryAfterMs = retryMs;
        qCWarning(lcApi) << "429 from API Particulier: every call with this token is paused for" << retryMs << "ms";
        complete(flight, error);
        return;
    }

    const bool retriable5xx = status == 502 || status == 503 || status == 504;
    if ((retriable5xx || status == 409) && flight->attempt + 1 < MaxAttempts) {
        qint64 delay = status == 409 ? m_config.conflictRetryDelayMs : m_config.retryBackoffMs;
        if (retriable5xx) {
            // meta.retry_in (seconds) may sit in the error item or the top-level meta.
            const QJsonObject root = QJsonDocument::fromJson(body).object();
            double retryIn =
                root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("retry_in")).toDouble(-1);
            const QJsonArray errs = root.value(QStringLiteral("errors")).toArray();
            if (retryIn < 0 && !errs.isEmpty())
                retryIn = errs.first()
                              .toObject()
                              .value(QStringLiteral("meta"))
                              .toObject()
                              .value(QStringLiteral("retry_in"))
                              .toDouble(-1);
            if (retryIn >= 0)
                delay = static_cast<qint64>(retryIn * 1000);
        }
        delay = std::clamp<qint64>(delay, 0, m_config.maxRetryDelayMs);
        flight->attempt++;
        qCInfo(lcApi) << "HTTP" << status << "on" << Sources::path(flight->source) << "- one retry in" << delay << "ms";
        schedule(flight, delay);
        return;
    }
    // "Not found" is an ordinary answer; everything else is worth an info line (no personal data).
    if (error.kind == ApiError::Kind::NotFound)
        qCDebug(lcApi).noquote() << "API Particulier" << Sources::path(flight->source) << error.logLine();
    else
        qCInfo(lcApi).noquote() << "API Particulier" << Sources::path(flight->source) << error.logLine();
    complete(flight, error);
}

void ApiParticulierClient::complete(Flight* flight, const Result<ApiEnvelope, ApiError>& result)
{
    m_flights.remove(flight->key);
    const QList<Subscriber> subscribers = flight->subscribers;
    if (flight->startTimer)
        flight->startTimer->deleteLater();
    if (flight->deadline)
        flight->deadline->deleteLater();
    if (flight->reply) {
        flight->reply->disconnect(this);
        flight->reply->abort();
        flight->reply->deleteLater();
    }
    delete flight;
    for (const Subscriber& s : subscribers) {
        if (!m_handleKeys.contains(s.handle))
            continue; // cancelled meanwhile
        m_handleKeys.remove(s.handle);
        if (s.hasContext && !s.context)
            continue;
        s.callback(result);
    }
}

void ApiParticulierClient::cancel(Handle handle)
{
    const auto it = m_handleKeys.find(handle);
    if (it == m_handleKeys.end())
        return;
    const QString key = it.value();
    m_handleKeys.erase(it);
    Flight* flight = m_flights.value(key);
    if (!flight)
        return;
    flight->subscribers.erase(std::remove_if(flight->subscribers.begin(), flight->subscribers.end(),
                                             [handle](const Subscriber& s) { return s.handle == handle; }),
                              flight->subscribers.end());
    if (flight->subscribers.isEmpty()) {
        qCDebug(lcApi) << "cancelled" << Sources::path(flight->source);
        complete(flight, ApiError::make(ApiError::Kind::Cancelled));
    }
}

int ApiParticulierClient::inFlightCount() const
{
    return int(m_flights.size());
}

} // namespace ccas
