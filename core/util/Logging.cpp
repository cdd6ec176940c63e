#include "util/Logging.h"

#include <QRegularExpression>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApi, "guichet.core.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "guichet.core.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "guichet.core.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "guichet.app", QtInfoMsg)

namespace ccas::logging {

QString redact(const QString& line)
{
    static const QRegularExpression authHeader(QStringLiteral(R"((authorization\s*[:=]\s*)("?)([^"\r\n,}]+))"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral(R"((bearer\s+)[A-Za-z0-9\-_=.~+/]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression queryToken(
        QStringLiteral(R"(((?:^|[?&\s])(?:token|access_token|client_secret|api_key)=)[^&\s]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(QStringLiteral(R"(eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)"));
    QString out = line;
    out.replace(authHeader, QStringLiteral("\\1\\2[redacted]"));
    out.replace(bearer, QStringLiteral("\\1[redacted]"));
    out.replace(queryToken, QStringLiteral("\\1[redacted]"));
    out.replace(jwt, QStringLiteral("[redacted-jwt]"));
    return out;
}

namespace {
void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& msg)
{
    const QString formatted = qFormatLogMessage(type, context, redact(msg));
    std::fprintf(stderr, "%s\n", formatted.toLocal8Bit().constData());
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

void installRedactingHandler()
{
    qInstallMessageHandler(redactingHandler);
}

} // namespace ccas::logging
