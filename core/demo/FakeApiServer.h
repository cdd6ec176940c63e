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
