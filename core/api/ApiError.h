#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ccas {

// One entry of the API's `errors[]` array; kept for the log (no personal data in it).
struct ProviderError
{
    QString code;  // "37003"
    QString title; // "Dossier allocataire absent CNAV"
    QString detail;
};

// Every failure of an API call maps to exactly one kind. The CLI exit code and the agent's
// message derive from the kind (and, for the message, the HTTP status and code).
struct ApiError
{
    enum class Kind
    {
        InvalidInput, // rejected before sending, or 422 / 400
        Unauthorized, // 401, or no token
        Forbidden,    // 403: token valid, scope not granted
        NotFound,     // 404
        RateLimited,  // 429, or blocked locally until Retry-After
        Unavailable,  // 5xx, 409 after its retry, network errors, timeouts
        Malformed,    // not the documented shape, oversized, not JSON
        Internal,     // anything else (a bug, an unexpected status)
        Cancelled,    // the agent cancelled
    };

    Kind kind = Kind::Internal;
    int httpStatus = 0;    // 0 when no answer was received
    bool timedOut = false; // Unavailable because of our transfer timeout
    QList<ProviderError> errors;
    QString requestId;       // X-Request-ID when an answer was received
    QString detail;          // technical detail for the log (never personal data, never a token)
    qint64 retryAfterMs = 0; // RateLimited: time left before calls may resume
    // The agent's sentence when the client that produced the error words it itself (translated
    // when the error is made). Set by ImpotParticulierClient, whose API is not API Particulier;
    // empty for API Particulier errors, whose sentence comes from ApiErrorText.
    QString userText;

    // French (or English) sentence for the agent: what happened and what to do.
    QString userMessage() const;
    // Exit code of the CLI contract: 2 invalid input, 3 not found, 4 unauthorised/forbidden,
    // 5 rate-limited, 6 unavailable/timeout, 7 malformed, 1 anything else.
    int exitCode() const;
    // Short stable name for JSON output and logs: "invalid_input", "not_found", …
    QString kindName() const;
    // A one-line log summary: kind, status, codes, request id, detail.
    QString logLine() const;

    static ApiError make(Kind kind, QString detail = {});
};

class ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::ApiError)
public:
    static QString message(const ApiError& e);
};

} // namespace ccas
