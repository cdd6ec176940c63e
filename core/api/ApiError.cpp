#include "api/ApiError.h"

namespace ccas {

ApiError ApiError::make(Kind kind, QString detail)
{
    ApiError e;
    e.kind = kind;
    e.detail = std::move(detail);
    return e;
}

int ApiError::exitCode() const
{
    switch (kind) {
    case Kind::InvalidInput:
        return 2;
    case Kind::NotFound:
        return 3;
    case Kind::Unauthorized:
    case Kind::Forbidden:
        return 4;
    case Kind::RateLimited:
        return 5;
    case Kind::Unavailable:
        return 6;
    case Kind::Malformed:
        return 7;
    case Kind::Internal:
    case Kind::Cancelled:
        return 1;
    }
    return 1;
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Unavailable:
        return timedOut ? QStringLiteral("timeout") : QStringLiteral("unavailable");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Internal:
        return QStringLiteral("internal");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("internal");
}

QString ApiError::logLine() const
{
    QStringList codes;
    for (const auto& e : errors)
        codes << e.code + QLatin1Char(' ') + e.title;
    return QStringLiteral("%1 http=%2 codes=[%3] request_id=%4 %5")
        .arg(kindName())
        .arg(httpStatus)
        .arg(codes.join(QStringLiteral("; ")), requestId.isEmpty() ? QStringLiteral("-") : requestId, detail);
}

QString ApiError::userMessage() const
{
    // A client that knows better wording for its API (API Impôt particulier) sets userText.
    if (!userText.isEmpty())
        return userText;
    return ApiErrorText::message(*this);
}

QString ApiErrorText::message(const ApiError& e)
{
    using Kind = ApiError::Kind;
    switch (e.kind) {
    case Kind::InvalidInput:
        if (e.httpStatus == 0)
            return tr("The identity is incomplete or invalid: correct the fields shown. No request was sent.");
        return tr("API Particulier refused the request parameters (code %1). Check the identity: the "
                  "person may not be identifiable with these details.")
            .arg(e.errors.isEmpty() ? QString::number(e.httpStatus) : e.errors.first().code);
    case Kind::Unauthorized:
        if (e.httpStatus == 0)
            return tr("No API Particulier token is configured. Enter it in the settings (or set "
                      "GUICHET_API_PARTICULIER_TOKEN for the command line).");
        return tr("API Particulier refused the token (missing, invalid, expired or revoked). Ask the "
                  "administrator to renew it on particulier.api.gouv.fr.");
    case Kind::Forbidden:
        return tr("The CCAS token does not give access to this data (habilitation). The other sources are "
                  "not affected; ask the administrator to extend the habilitation if it is needed.");
    case Kind::NotFound:
        return tr("No file was found for this person at the provider. Check the identity (birth name, first "
                  "names, birth date and place) or ask for a paper proof.");
    case Kind::RateLimited: {
        const qint64 seconds = (e.retryAfterMs + 999) / 1000;
        return tr("Too many requests were sent to API Particulier: calls are paused for %n second(s) to avoid "
                  "a ban. Try again afterwards.",
                  nullptr, int(seconds));
    }
    case Kind::Unavailable:
        if (e.timedOut)
            return tr("API Particulier did not answer in time. Try again in a moment, or use a paper proof.");
        if (e.httpStatus == 409)
            return tr("An identical request is still being processed by API Particulier. Try again in a moment.");
        if (e.httpStatus == 0)
            return tr("API Particulier cannot be reached (network, proxy or certificate). Check the connection, "
                      "then try again or use a paper proof.");
        return tr("The data provider is unavailable right now (HTTP %1). Try again later or use a paper proof.")
            .arg(e.httpStatus);
    case Kind::Malformed:
        return tr("API Particulier sent an answer that cannot be read. It was not used; try again later and "
                  "report it if it persists.");
    case Kind::Internal:
        return tr("Unexpected error while querying API Particulier (HTTP %1). Report it to your IT support.")
            .arg(e.httpStatus);
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

} // namespace ccas
