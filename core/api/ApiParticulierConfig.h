#pragma once

#include <QString>
#include <QUrl>

namespace ccas {

struct ApiParticulierConfig
{
    static constexpr const char* ProductionUrl = "https://particulier.api.gouv.fr";
    static constexpr const char* StagingUrl = "https://staging.particulier.api.gouv.fr";

    QUrl baseUrl = QUrl(QString::fromLatin1(ProductionUrl));
    // The CCAS's token. Empty is allowed only when `gatewayAddsToken` (a CCAS gateway in front of
    // the API adds it): then no Authorization header is sent.
    QString token;
    bool gatewayAddsToken = false;
    QString recipient;                 // the CCAS SIRET, mandatory on every call
    int timeoutMs = 12000;             // per attempt: inactivity and whole-answer deadline
    int maxRequestsPerSecond = 20;     // the API's limit per token; a setting can lower it
    qint64 maxBodyBytes = 1024 * 1024; // over it, the answer is treated as malformed
    int retryBackoffMs = 1000;         // before the one retry on 502/503/504 when meta.retry_in is absent
    int maxRetryDelayMs = 10000;       // cap on meta.retry_in and on the 409 delay
    int conflictRetryDelayMs = 1000;   // before the one retry of a 409
    int defaultRetryAfterMs = 60000;   // a 429 without a usable Retry-After blocks this long
    QString userAgent = QStringLiteral("GuichetCCAS/" GUICHET_VERSION);
};

} // namespace ccas
