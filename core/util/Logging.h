#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace ccas::logging {

// Removes credentials from a line that is about to be logged: the value of any Authorization
// header, any Bearer token, and any query parameter named token/access_token/client_secret.
QString redact(const QString& line);

// Installs a message handler that redacts every message before it reaches stderr, so that a
// careless qDebug() can never print a token. Idempotent.
void installRedactingHandler();

} // namespace ccas::logging
