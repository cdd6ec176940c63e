#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ccas {

// Settings of the DGFiP's API Impôt particulier (see docs/api-particulier.md §1.6 and §2.7).
// There is no default host: the production gateway is not public and is given to the CCAS with
// its habilitation. An empty base URL, token URL, client id or secret means "not configured".
struct ImpotParticulierConfig
{
    // Data API root, e.g. https://gateway.example/impotparticulier/1.0 (paths are appended to it).
    QUrl baseUrl;
    // OAuth2 token endpoint (client credentials, RFC 6749 §4.4), e.g. https://gateway.example/token.
    // The only URL the client secret is ever sent to.
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret;
    // Optional OAuth2 scope parameter ("RessourceIR RessourceIRDerniere"); empty = not sent.
    QString scope;
    // Optional ID_Teleservice header (identifier of the calling service given by the DGFiP).
    QString idTeleservice;

    // Optional TLS client certificate: the bytes of a PKCS#12 (.p12/.pfx) file and its passphrase.
    // Loaded once when the config is set; a file that cannot be opened fails every call before
    // anything is sent. Used for the token and the data requests. Server certificates are always
    // verified (there is no setting to turn that off).
    QByteArray clientCertificatePkcs12;
    QString clientCertificatePassphrase;

    int timeoutMs = 12000;              // per attempt: inactivity and whole-answer deadline
    qint64 maxBodyBytes = 1024 * 1024;  // over it, the answer is treated as malformed
    int retryBackoffMs = 1000;          // before the one retry on 502/503/504
    int defaultRetryAfterMs = 60000;    // a 429 without a usable Retry-After pauses calls this long
    int tokenRefreshMarginSeconds = 60; // a cached token is renewed this long before it expires
    QString userAgent = QStringLiteral("GuichetCCAS/" GUICHET_VERSION);

    // Base URL, token URL, client id and secret are all set.
    bool isConfigured() const
    {
        return !baseUrl.isEmpty() && !tokenUrl.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty();
    }
};

} // namespace ccas
