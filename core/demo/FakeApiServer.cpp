#include "demo/FakeApiServer.h"

#include "api/ImpotParticulierClient.h"
#include "api/Source.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <string_view>
#include <utility>

namespace ccas {

namespace {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

constexpr qsizetype kMaxHeaderBytes = 16 * 1024;     // request line + headers; more is a 431
constexpr qint64 kMaxIgnoredBodyBytes = 16 * 1024;   // a GET body is read and dropped up to this size
constexpr qint64 kMaxPostBodyBytes = 16 * 1024;      // the body of POST /token, read whole up to this size
constexpr qsizetype kMaxBufferedBytes = 1024 * 1024; // pipelined requests waiting behind an answer
constexpr int kRateLimitPerMinute = 1200;
constexpr qint64 kTrickleContentLength = 1024 * 1024;

const QByteArray kJsonContentType = QByteArrayLiteral("application/json; charset=utf-8");

// Bodies in the API's error format (§3.2 of the API brief).
const QByteArray kUnauthorizedBody = QByteArrayLiteral(
    R"({"errors":[{"code":"00101","title":"Interdit","detail":"Votre token est invalide ou manquant",)"
    R"("source":{"parameter":"token"},"meta":{}}]})");
const QByteArray kBadRecipientBody = QByteArrayLiteral(
    R"({"errors":[{"code":"00203","title":"Entité non traitable",)"
    R"("detail":"Le paramètre recipient n'est pas un siret valide","source":{"parameter":"recipient"},"meta":{}}]})");
const QByteArray kNotFoundBody =
    QByteArrayLiteral(R"({"errors":[{"code":"37003","title":"Dossier allocataire absent CNAV",)"
                      R"("detail":"Le dossier allocataire n'a pas été trouvé auprès de la CNAV.","source":null,)"
                      R"("meta":{"provider":"CNAV"}}]})");
// Protocol-level answers; the codes are the fake server's own (the real API documents none).
const QByteArray kUnknownRouteBody =
    QByteArrayLiteral(R"({"errors":[{"code":"00404","title":"Ressource introuvable",)"
                      R"("detail":"Aucune route de l'API ne correspond à cette adresse","source":null,"meta":{}}]})");
const QByteArray kBadRequestBody = QByteArrayLiteral(
    R"({"errors":[{"code":"00400","title":"Requête invalide","detail":"La requête HTTP est mal formée",)"
    R"("source":null,"meta":{}}]})");
const QByteArray kMethodNotAllowedBody = QByteArrayLiteral(
    R"({"errors":[{"code":"00405","title":"Méthode non autorisée","detail":"Seule la méthode GET est acceptée",)"
    R"("source":null,"meta":{}}]})");
const QByteArray kHeadersTooLargeBody =
    QByteArrayLiteral(R"({"errors":[{"code":"00431","title":"En-têtes trop volumineux",)"
                      R"("detail":"Les en-têtes de la requête dépassent 16 Kio","source":null,"meta":{}}]})");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(const QByteArray& s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), isTokenChar);
}

bool isSiretShaped(const QString& s)
{
    return s.size() == 14 &&
           std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

void setHeader(HeaderList& headers, const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

void removeHeader(HeaderList& headers, const QByteArray& name)
{
    headers.removeIf(
        [&name](const QPair<QByteArray, QByteArray>& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray headerValue(const HeaderList& headers, const QByteArray& lowerName)
{
    for (const auto& h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

// Comma-separated tokens of a header such as Connection, lower-cased.
QList<QByteArray> headerTokens(const QByteArray& value)
{
    QList<QByteArray> out;
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray& p : parts)
        out << p.trimmed().toLower();
    return out;
}

// An answer ready to send: the status, every header but Content-Length and Connection, the body and
// how to send it.
struct Answer
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    int delayMs = 0;
    FakeResponse::Mode mode = FakeResponse::Mode::Normal;
    int trickleIntervalMs = 50;
    int trickleMaxMs = 10000;
    bool close = false; // close the connection after this answer
};

// What a connection needs from the server.
class ConnectionHost
{
public:
    virtual ~ConnectionHost() = default;
    // A well-formed request (request line, headers and, when accepted, body): record it and decide
    // the answer.
    virtual Answer answer(const QByteArray& method, const QByteArray& target, const HeaderList& headers,
                          const QByteArray& body) = 0;
    // Whether the body of this non-GET request is read (POST /token) rather than refused with 405.
    virtual bool acceptsBody(const QByteArray& method, const QByteArray& target) const = 0;
    // A request that could not be parsed (400, 431).
    virtual Answer protocolError(int status) = 0;
};

// One accepted socket: reads requests one at a time (keep-alive and pipelining), waits for the
// answer's delay on a timer, writes the answer. Child of its socket, so that it and its timers die
// with the socket; the socket is deleted when it disconnects.
class Connection final : public QObject
{
public:
    Connection(ConnectionHost* host, QTcpSocket* socket)
        : QObject(socket)
        , m_host(host)
        , m_socket(socket)
    {
        connect(socket, &QIODevice::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QAbstractSocket::disconnected, this, &Connection::onDisconnected);
        if (socket->bytesAvailable() > 0)
            onReadyRead();
    }

private:
    void onReadyRead()
    {
        if (!m_socket)
            return;
        const QByteArray data = m_socket->readAll();
        if (m_closing)
            return; // the connection is ending: what the peer still sends is dropped
        m_buffer += data;
        if (m_busy && m_buffer.size() > kMaxBufferedBytes) {
            closeSocket(); // a peer that floods requests while an answer waits
            return;
        }
        processBuffer();
    }

    void onDisconnected()
    {
        m_closing = true;
        m_buffer.clear();
    }

    void processBuffer()
    {
        while (!m_busy && !m_closing) {
            if (m_bodyToSkip > 0) {
                const qint64 n = std::min<qint64>(m_bodyToSkip, m_buffer.size());
                m_buffer.remove(0, n);
                m_bodyToSkip -= n;
                if (m_bodyToSkip > 0)
                    return;
            }
            if (m_pending) {
                // A request whose body is read whole before it is answered.
                if (m_buffer.size() < m_pending->bodyLength)
                    return;
                const Pending p = *std::exchange(m_pending, std::nullopt);
                const QByteArray body = m_buffer.left(p.bodyLength);
                m_buffer.remove(0, p.bodyLength);
                Answer a = m_host->answer(p.method, p.target, p.headers, body);
                const bool keep = p.keepAlive && !a.close;
                send(std::move(a), keep);
                continue;
            }
            // Empty lines before a request line are ignored (RFC 9112 §2.2).
            while (m_buffer.startsWith("\r\n") || m_buffer.startsWith("\n"))
                m_buffer.remove(0, m_buffer.startsWith("\r\n") ? 2 : 1);
            if (m_buffer.isEmpty())
                return;

            qsizetype end = m_buffer.indexOf("\r\n\r\n");
            qsizetype separator = 4;
            const qsizetype bareEnd = m_buffer.indexOf("\n\n");
            if (bareEnd >= 0 && (end < 0 || bareEnd < end)) {
                end = bareEnd;
                separator = 2;
            }
            if (end < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    fail(431);
                return;
            }
            if (end + separator > kMaxHeaderBytes) {
                fail(431);
                return;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + separator);
            handleHead(head);
        }
    }

    void handleHead(const QByteArray& head)
    {
        QList<QByteArray> lines = head.split('\n');
        for (QByteArray& line : lines)
            if (line.endsWith('\r'))
                line.chop(1);

        const QList<QByteArray> parts = lines.constFirst().split(' ');
        if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
            fail(400);
            return;
        }
        const QByteArray& method = parts.at(0);
        const QByteArray& target = parts.at(1);
        const QByteArray& version = parts.at(2);
        if (version != "HTTP/1.1" && version != "HTTP/1.0") {
            fail(400);
            return;
        }

        HeaderList headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray& line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            // No colon, an empty or invalid name, or an obsolete folded line: malformed.
            if (colon <= 0 || !isToken(line.left(colon))) {
                fail(400);
                return;
            }
            headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
        }

        // A GET body is read and dropped; it cannot be delimited without Content-Length, so chunked
        // requests are refused. POST /token has its body read (up to 16 KiB) and passed on. Other
        // methods get a 405 that closes the connection, body unread.
        const bool get = method == "GET";
        const bool withBody = !get && m_host->acceptsBody(method, target);
        if ((get || withBody) && !headerValue(headers, "transfer-encoding").isEmpty()) {
            fail(400);
            return;
        }
        qint64 contentLength = 0;
        if (const QByteArray cl = headerValue(headers, "content-length"); (get || withBody) && !cl.isEmpty()) {
            bool ok = false;
            contentLength = cl.toLongLong(&ok);
            if (!ok || contentLength < 0 || contentLength > (get ? kMaxIgnoredBodyBytes : kMaxPostBodyBytes)) {
                fail(400);
                return;
            }
        }

        const QList<QByteArray> connectionTokens = headerTokens(headerValue(headers, "connection"));
        const bool keepAlive =
            version == "HTTP/1.1" ? !connectionTokens.contains("close") : connectionTokens.contains("keep-alive");

        if (withBody) {
            m_pending = Pending{method, target, headers, contentLength, keepAlive};
            return; // answered by processBuffer once the body is there
        }
        m_bodyToSkip = contentLength;
        Answer a = m_host->answer(method, target, headers, QByteArray());
        const bool keep = keepAlive && !a.close;
        send(std::move(a), keep);
    }

    void fail(int status)
    {
        m_closing = true;
        m_buffer.clear();
        send(m_host->protocolError(status), false);
    }

    void send(Answer a, bool keepAlive)
    {
        m_busy = true;
        if (a.delayMs > 0) {
            QTimer::singleShot(a.delayMs, this, [this, a, keepAlive]() { deliver(a, keepAlive); });
            return;
        }
        deliver(a, keepAlive);
    }

    static QByteArray head(const Answer& a, qint64 contentLength, bool keepAlive)
    {
        QByteArray out;
        out += "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reasonPhrase(a.status) + "\r\n";
        for (const auto& h : a.headers) {
            out += h.first + ':';
            if (!h.second.isEmpty())
                out += ' ' + h.second;
            out += "\r\n";
        }
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n") : QByteArrayLiteral("Connection: close\r\n");
        out += "\r\n";
        return out;
    }

    void deliver(const Answer& a, bool keepAlive)
    {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return; // the peer left while the answer was waiting
        switch (a.mode) {
        case FakeResponse::Mode::CloseImmediately:
            closeSocket();
            return;
        case FakeResponse::Mode::Trickle:
            startTrickle(a);
            return;
        case FakeResponse::Mode::Normal:
            break;
        }
        m_socket->write(head(a, a.body.size(), keepAlive) + a.body);
        m_busy = false;
        if (!keepAlive) {
            closeSocket();
            return;
        }
        processBuffer(); // a pipelined request may already be waiting
    }

    // Headers announcing a large body, then one byte per interval, until trickleMaxMs closes the
    // connection: the client sees a transfer that never completes.
    void startTrickle(const Answer& a)
    {
        m_closing = true;
        m_buffer.clear();
        const qint64 announced = std::max<qint64>(kTrickleContentLength, a.body.size() + 1);
        m_socket->write(head(a, announced, false));
        m_trickleBody = a.body.isEmpty() ? QByteArrayLiteral(" ") : a.body;
        m_trickleIndex = 0;

        auto* ticker = new QTimer(this);
        ticker->setInterval(std::max(1, a.trickleIntervalMs));
        connect(ticker, &QTimer::timeout, this, [this, ticker]() {
            if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
                ticker->stop();
                return;
            }
            m_socket->write(m_trickleBody.mid(m_trickleIndex % m_trickleBody.size(), 1));
            ++m_trickleIndex;
        });
        ticker->start();
        QTimer::singleShot(std::max(0, a.trickleMaxMs), this, [this, ticker]() {
            ticker->stop();
            closeSocket();
        });
    }

    void closeSocket()
    {
        m_closing = true;
        m_buffer.clear();
        if (m_socket)
            m_socket->disconnectFromHost(); // after what is already written
    }

    // A request waiting for its body.
    struct Pending
    {
        QByteArray method;
        QByteArray target;
        HeaderList headers;
        qint64 bodyLength = 0;
        bool keepAlive = false;
    };

    ConnectionHost* m_host;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    qint64 m_bodyToSkip = 0;
    std::optional<Pending> m_pending;
    bool m_busy = false;    // an answer is waiting or being sent: later requests stay buffered
    bool m_closing = false; // no further request is read
    QByteArray m_trickleBody;
    qsizetype m_trickleIndex = 0;
};

} // namespace

QByteArray RecordedRequest::header(const QByteArray& lowerName) const
{
    const QByteArray name = lowerName.toLower();
    return headerValue(headers, name);
}

struct FakeApiServer::Private final : public ConnectionHost
{
    Private(FakeApiServer* owner, StagingCatalog c)
        : q(owner)
        , catalog(std::move(c))
    {
        clock.start();
        // The body of a 404 without a matching case: the folder's own 404 payload when it has a
        // 404 case that names parameters ("404.yaml" first), else the generic CNAV body.
        for (Source source : Sources::all()) {
            const StagingCase* chosen = nullptr;
            for (const StagingCase& sc : catalog.cases()) {
                if (sc.source != source || sc.status != 404 || (sc.params.isEmpty() && sc.prenoms.isEmpty()))
                    continue;
                const bool plain = sc.fileName == QLatin1String("404.yaml") || sc.fileName == QLatin1String("404.yml");
                const bool chosenPlain = chosen && (chosen->fileName == QLatin1String("404.yaml") ||
                                                    chosen->fileName == QLatin1String("404.yml"));
                if (!chosen || (plain && !chosenPlain) || (plain == chosenPlain && sc.fileName < chosen->fileName))
                    chosen = &sc;
            }
            notFoundBodies.insert(source, chosen ? chosen->payload : kNotFoundBody);
        }
    }

    // Every answer carries the API's headers; the request counts against the current minute.
    Answer makeAnswer(int status, const QByteArray& body, int extraDelayMs = 0)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 window = now / 60;
        if (window != rateWindow) {
            rateWindow = window;
            rateCount = 0;
        }
        ++rateCount;

        Answer a;
        a.status = status;
        a.body = body;
        a.delayMs = std::max(0, latencyMs) + std::max(0, extraDelayMs);
        a.headers = {
            {"Content-Type", kJsonContentType},
            {"X-Request-ID", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()},
            {"RateLimit-Limit", QByteArray::number(kRateLimitPerMinute)},
            {"RateLimit-Remaining", QByteArray::number(std::max(0, kRateLimitPerMinute - rateCount))},
            {"RateLimit-Reset", QByteArray::number((window + 1) * 60)},
            {"X-Response-Cached", "false"},
            {"X-Cache-Expires-in", QByteArray()},
        };
        if (status == 429)
            setHeader(a.headers, "Retry-After", QByteArray::number(std::max(0, retryAfterSeconds)));
        const QString date =
            QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        setHeader(a.headers, "Date", date.toLatin1());
        return a;
    }

    Answer protocolError(int status) override
    {
        qCDebug(lcDemo) << "fake API: unreadable request, answered" << status;
        return makeAnswer(status, status == 431 ? kHeadersTooLargeBody : kBadRequestBody);
    }

    // Origin form ("/path?query"), or absolute form ("http://host/path?query"). False when the
    // target is neither.
    static bool splitTarget(const QByteArray& target, QByteArray* rawPath, QByteArray* rawQuery)
    {
        *rawPath = target;
        rawQuery->clear();
        if (!target.startsWith('/')) {
            const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
                return false;
            *rawPath = url.path(QUrl::FullyEncoded).toLatin1();
            if (rawPath->isEmpty())
                *rawPath = "/";
            *rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
        } else if (const qsizetype question = target.indexOf('?'); question >= 0) {
            *rawPath = target.left(question);
            *rawQuery = target.mid(question + 1);
        }
        if (const qsizetype hash = rawQuery->indexOf('#'); hash >= 0)
            rawQuery->truncate(hash);
        return true;
    }

    bool acceptsBody(const QByteArray& method, const QByteArray& target) const override
    {
        QByteArray rawPath;
        QByteArray rawQuery;
        return method == "POST" && splitTarget(target, &rawPath, &rawQuery) &&
               QUrl::fromPercentEncoding(rawPath) == QLatin1String(FakeApiServer::ImpotTokenPath);
    }

    Answer answer(const QByteArray& method, const QByteArray& target, const HeaderList& headers,
                  const QByteArray& body) override
    {
        QByteArray rawPath;
        QByteArray rawQuery;
        if (!splitTarget(target, &rawPath, &rawQuery)) {
            qCDebug(lcDemo) << "fake API: invalid request target, answered 400";
            Answer a = makeAnswer(400, kBadRequestBody);
            a.close = true;
            return a;
        }

        RecordedRequest request;
        request.method = QString::fromLatin1(method);
        request.path = QUrl::fromPercentEncoding(rawPath);
        request.query = QUrlQuery(QString::fromUtf8(rawQuery));
        request.headers = headers;
        request.body = body;
        request.receivedAtMs = clock.elapsed();
        requests.append(request);
        Q_EMIT q->requestReceived(request);

        const Answer a = route(request);
        // Method, path and status only: the query holds personal data, the headers a token; an
        // SPI in a DGFiP path is masked.
        static const QRegularExpression spiSegment(QStringLiteral("/spi/[^/]*"));
        QString loggedPath = request.path;
        loggedPath.replace(spiSegment, QStringLiteral("/spi/{spi}"));
        qCDebug(lcDemo).noquote() << "fake API:" << request.method << loggedPath << "->" << a.status;
        return a;
    }

    Answer route(const RecordedRequest& request)
    {
        if (request.path == QLatin1String(FakeApiServer::ImpotTokenPath))
            return routeImpotToken(request);
        if (request.method != QLatin1String("GET")) {
            Answer a = makeAnswer(405, kMethodNotAllowedBody);
            setHeader(a.headers, "Allow", "GET");
            a.close = true; // a body of unknown length may follow
            return a;
        }
        if (request.path.startsWith(QLatin1String(FakeApiServer::ImpotBasePath) + QLatin1Char('/')))
            return routeImpotData(request);
        const std::optional<Source> source = Sources::fromPath(request.path);
        if (!source)
            return makeAnswer(404, kUnknownRouteBody);

        if (interceptor) {
            if (std::optional<FakeResponse> scripted = interceptor(request))
                return fromScripted(*scripted);
        }

        if (!requiredToken.isEmpty()) {
            const QByteArray authorization = request.header("authorization");
            const QByteArray expected = requiredToken.toUtf8();
            const bool bearer =
                authorization.size() > 7 && authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
            if (!bearer || authorization.mid(7).trimmed() != expected)
                return makeAnswer(401, kUnauthorizedBody);
        }

        const QString recipient = request.query.queryItemValue(QStringLiteral("recipient"), QUrl::FullyDecoded);
        if (!request.query.hasQueryItem(QStringLiteral("recipient")) || !isSiretShaped(recipient))
            return makeAnswer(422, kBadRecipientBody);

        if (const StagingCase* c = catalog.match(*source, request.query))
            return makeAnswer(c->status, c->payload);
        return makeAnswer(404, notFoundBodies.value(*source, kNotFoundBody));
    }

    // --- API Impôt particulier (DGFiP) ---------------------------------------------------------

    // The DGFiP gateway's answers: no API Particulier headers (rate limits, cache), a Date.
    Answer makeImpotAnswer(int status, const QByteArray& body, const QByteArray& contentType = kJsonContentType)
    {
        Answer a;
        a.status = status;
        a.body = body;
        a.delayMs = std::max(0, latencyMs);
        a.headers = {{"Content-Type", contentType}};
        const QString date =
            QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        setHeader(a.headers, "Date", date.toLatin1());
        return a;
    }

    static QByteArray impotError(const char* code, const char* message)
    {
        QJsonObject o;
        o.insert(QStringLiteral("code"), QLatin1String(code));
        o.insert(QStringLiteral("message"), QString::fromUtf8(message));
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    static QByteArray oauthError(const char* code)
    {
        QJsonObject o;
        o.insert(QStringLiteral("error"), QLatin1String(code));
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    // x-www-form-urlencoded: "+" is a space, then percent-decoding.
    static QString formDecode(QByteArray value)
    {
        value.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
    }

    static QMap<QString, QString> formFields(const QByteArray& body)
    {
        QMap<QString, QString> out;
        for (const QByteArray& pair : body.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            const QString name = formDecode(eq < 0 ? pair : pair.left(eq));
            if (!out.contains(name))
                out.insert(name, eq < 0 ? QString() : formDecode(pair.mid(eq + 1)));
        }
        return out;
    }

    // POST /token: OAuth2 client credentials with HTTP Basic client authentication (RFC 6749
    // §2.3.1, §4.4, §5). The checks come in the RFC's order: client, then grant.
    Answer routeImpotToken(const RecordedRequest& request)
    {
        if (request.method != QLatin1String("POST")) {
            Answer a = makeImpotAnswer(405, oauthError("invalid_request"));
            setHeader(a.headers, "Allow", "POST");
            a.close = true;
            return a;
        }
        if (interceptor) {
            if (std::optional<FakeResponse> scripted = interceptor(request))
                return fromScripted(*scripted);
        }
        const QByteArray contentType = request.header("content-type").toLower();
        if (!contentType.startsWith("application/x-www-form-urlencoded"))
            return makeImpotAnswer(400, oauthError("invalid_request"));

        const QByteArray authorization = request.header("authorization");
        bool clientOk = false;
        if (authorization.size() > 6 && authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
            const auto decoded =
                QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
            const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
            if (colon >= 0) {
                const QString id = formDecode(decoded.decoded.left(colon));
                const QString secret = formDecode(decoded.decoded.mid(colon + 1));
                clientOk = id == impotClientId && secret == impotClientSecret;
            }
        }
        if (!clientOk) {
            Answer a = makeImpotAnswer(401, oauthError("invalid_client"));
            setHeader(a.headers, "WWW-Authenticate", "Basic realm=\"impotparticulier\"");
            return a;
        }
        const QMap<QString, QString> form = formFields(request.body);
        if (!form.contains(QStringLiteral("grant_type")))
            return makeImpotAnswer(400, oauthError("invalid_request"));
        if (form.value(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
            return makeImpotAnswer(400, oauthError("unsupported_grant_type"));

        quint32 words[8];
        QRandomGenerator::system()->fillRange(words);
        const QByteArray random(reinterpret_cast<const char*>(words), sizeof(words));
        const QByteArray token = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        impotTokens.insert(token, clock.elapsed() + qint64(impotTokenLifetimeSeconds) * 1000);
        QJsonObject o;
        o.insert(QStringLiteral("access_token"), QString::fromLatin1(token));
        o.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
        o.insert(QStringLiteral("expires_in"), impotTokenLifetimeSeconds);
        o.insert(QStringLiteral("scope"), QStringLiteral("RessourceIR RessourceIRDerniere"));
        Answer a = makeImpotAnswer(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
        setHeader(a.headers, "Cache-Control", "no-store");
        setHeader(a.headers, "Pragma", "no-cache");
        return a;
    }

    bool impotTokenValid(const QByteArray& authorization) const
    {
        if (authorization.size() <= 7 || authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
            return false;
        const auto it = impotTokens.constFind(authorization.mid(7).trimmed());
        return it != impotTokens.constEnd() && clock.elapsed() < it.value();
    }

    // GET /impotparticulier/1.0/spi/{spi}/(situations|dernieresituation)/ir/assiettes/annrev/{annrev}
    Answer routeImpotData(const RecordedRequest& request)
    {
        static const QRegularExpression route(QStringLiteral(
            R"(^/impotparticulier/1\.0/spi/([^/]*)/(situations|dernieresituation)/ir/assiettes/annrev/([^/]*)$)"));
        const QRegularExpressionMatch m = route.match(request.path);
        if (!m.hasMatch())
            return makeImpotAnswer(404, impotError("404", "Ressource inconnue"));
        if (interceptor) {
            if (std::optional<FakeResponse> scripted = interceptor(request))
                return fromScripted(*scripted);
        }
        if (!impotTokenValid(request.header("authorization"))) {
            Answer a = makeImpotAnswer(401, oauthError("invalid_token"));
            setHeader(a.headers, "WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return a;
        }
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        if (!uuid.match(QString::fromLatin1(request.header("x-correlation-id"))).hasMatch())
            return makeImpotAnswer(400, impotError("400", "X-Correlation-ID absent ou invalide"));
        static const QRegularExpression spiShape(QStringLiteral(R"(^\d{13}$)"));
        static const QRegularExpression yearShape(QStringLiteral(R"(^\d{4}$)"));
        const QString spi = m.captured(1);
        const bool latest = m.captured(2) == QLatin1String("dernieresituation");
        if (!spiShape.match(spi).hasMatch() || !yearShape.match(m.captured(3)).hasMatch())
            return makeImpotAnswer(400, impotError("400", "Requête mal formée"));
        const int annrev = m.captured(3).toInt();

        const QMap<int, QByteArray> years = impotFixtures.value(spi);
        if (!latest) {
            const auto it = years.constFind(annrev);
            if (it == years.constEnd())
                return makeImpotAnswer(404, impotError("404", "Aucune situation IR pour ce SPI et cette année"));
            return makeImpotAnswer(200, it.value(), ImpotParticulierClient::SituationMediaType);
        }
        // The most recent income year up to annrev (see setImpotFixtures), with its annRevenu.
        auto it = years.upperBound(annrev);
        if (it == years.constBegin())
            return makeImpotAnswer(404, impotError("404", "Aucune situation IR pour ce SPI"));
        --it;
        QJsonObject o = QJsonDocument::fromJson(it.value()).object();
        o.insert(QStringLiteral("annRevenu"), it.key());
        return makeImpotAnswer(200, QJsonDocument(o).toJson(QJsonDocument::Compact),
                               ImpotParticulierClient::LatestSituationMediaType);
    }

    Result<int> loadImpotFixtures(const QString& directory)
    {
        const QDir dir(directory);
        if (!dir.exists())
            return Error{QCoreApplication::translate("ccas::FakeApiServer", "The demo tax data cannot be found."),
                         QStringLiteral("impot fixtures: no directory %1").arg(directory)};
        static const QRegularExpression name(QStringLiteral(R"(^(\d{13})-(\d{4})\.json$)"));
        QMap<QString, QMap<int, QByteArray>> loaded;
        int count = 0;
        for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch m = name.match(file);
            if (!m.hasMatch()) {
                qCDebug(lcDemo) << "impot fixtures: ignored" << file << "(not <SPI>-<income year>.json)";
                continue;
            }
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                return Error{QCoreApplication::translate("ccas::FakeApiServer", "The demo tax data cannot be read."),
                             QStringLiteral("impot fixtures: cannot open %1").arg(file)};
            const QByteArray body = f.readAll();
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return Error{QCoreApplication::translate("ccas::FakeApiServer", "The demo tax data cannot be read."),
                             QStringLiteral("impot fixtures: %1 is not a JSON object").arg(file)};
            loaded[m.captured(1)].insert(m.captured(2).toInt(), body);
            ++count;
        }
        impotFixtures = loaded;
        return count;
    }

    Answer fromScripted(const FakeResponse& r)
    {
        Answer a = makeAnswer(r.status, r.body, r.delayMs);
        if (r.contentType.isEmpty())
            removeHeader(a.headers, "Content-Type");
        else
            setHeader(a.headers, "Content-Type", r.contentType);
        for (const auto& h : r.headers)
            setHeader(a.headers, h.first, h.second);
        a.mode = r.mode;
        a.trickleIntervalMs = r.trickleIntervalMs;
        a.trickleMaxMs = r.trickleMaxMs;
        return a;
    }

    void onNewConnection()
    {
        while (QTcpSocket* socket = server->nextPendingConnection()) {
            QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            new Connection(this, socket);
        }
    }

    FakeApiServer* q;
    StagingCatalog catalog;
    QMap<Source, QByteArray> notFoundBodies;
    std::unique_ptr<QTcpServer> server = std::make_unique<QTcpServer>();
    QElapsedTimer clock;
    int latencyMs = 0;
    QString requiredToken;
    int retryAfterSeconds = 5;
    Interceptor interceptor;
    QList<RecordedRequest> requests;
    // API Impôt particulier.
    QMap<QString, QMap<int, QByteArray>> impotFixtures; // SPI -> income year -> body
    QString impotClientId = QString::fromLatin1(FakeApiServer::DefaultImpotClientId);
    QString impotClientSecret = QString::fromLatin1(FakeApiServer::DefaultImpotClientSecret);
    int impotTokenLifetimeSeconds = 3600;
    QHash<QByteArray, qint64> impotTokens; // token -> expiry on `clock`
    qint64 rateWindow = -1;
    int rateCount = 0;
};

FakeApiServer::FakeApiServer(StagingCatalog catalog, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(catalog)))
{
    connect(d->server.get(), &QTcpServer::newConnection, this, [this]() { d->onNewConnection(); });
    // The embedded demo tax data, when the build has it; none is not an error.
    if (QDir(QString::fromLatin1(DefaultImpotFixtures)).exists()) {
        const Result<int> loaded = d->loadImpotFixtures(QString::fromLatin1(DefaultImpotFixtures));
        if (!loaded)
            qCWarning(lcDemo).noquote() << loaded.error().detail;
    }
}

FakeApiServer::~FakeApiServer()
{
    // The sockets (children of the server) and their connections go first, while `d` is whole.
    d->server->close();
    d->server.reset();
}

Result<quint16> FakeApiServer::listen(quint16 port)
{
    if (d->server->isListening())
        return Error{QCoreApplication::translate("ccas::FakeApiServer", "The demo server is already running."),
                     QStringLiteral("fake API already listening on port %1").arg(d->server->serverPort())};
    if (!d->server->listen(QHostAddress::LocalHost, port))
        return Error{
            QCoreApplication::translate("ccas::FakeApiServer", "The demo server cannot start: %1")
                .arg(d->server->errorString()),
            QStringLiteral("fake API listen on 127.0.0.1:%1 failed: %2").arg(port).arg(d->server->errorString())};
    qCDebug(lcDemo) << "fake API listening on 127.0.0.1:" << d->server->serverPort();
    return d->server->serverPort();
}

quint16 FakeApiServer::port() const
{
    return d->server->isListening() ? d->server->serverPort() : quint16(0);
}

QUrl FakeApiServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FakeApiServer::setLatencyMs(int ms)
{
    d->latencyMs = std::max(0, ms);
}

void FakeApiServer::setRequiredToken(const QString& token)
{
    d->requiredToken = token;
}

void FakeApiServer::setRetryAfterSeconds(int seconds)
{
    d->retryAfterSeconds = std::max(0, seconds);
}

void FakeApiServer::setInterceptor(Interceptor interceptor)
{
    d->interceptor = std::move(interceptor);
}

Result<int> FakeApiServer::setImpotFixtures(const QString& directoryOrQrcPrefix)
{
    return d->loadImpotFixtures(directoryOrQrcPrefix);
}

int FakeApiServer::impotFixtureCount() const
{
    int n = 0;
    for (const auto& years : std::as_const(d->impotFixtures))
        n += int(years.size());
    return n;
}

void FakeApiServer::setImpotClientCredentials(const QString& clientId, const QString& clientSecret)
{
    d->impotClientId = clientId;
    d->impotClientSecret = clientSecret;
}

void FakeApiServer::setImpotTokenLifetimeSeconds(int seconds)
{
    d->impotTokenLifetimeSeconds = std::max(0, seconds);
}

void FakeApiServer::revokeImpotTokens()
{
    d->impotTokens.clear();
}

int FakeApiServer::impotTokensIssued() const
{
    return int(d->impotTokens.size());
}

QUrl FakeApiServer::impotBaseUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QString::fromLatin1(ImpotBasePath));
    return url;
}

QUrl FakeApiServer::impotTokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QString::fromLatin1(ImpotTokenPath));
    return url;
}

const StagingCatalog& FakeApiServer::catalog() const
{
    return d->catalog;
}

int FakeApiServer::requestCount() const
{
    return static_cast<int>(d->requests.size());
}

QList<RecordedRequest> FakeApiServer::requests() const
{
    return d->requests;
}

void FakeApiServer::clearRequests()
{
    d->requests.clear();
}

} // namespace ccas
