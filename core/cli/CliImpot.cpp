// guichet-ccas-cli impot: the DGFiP's API Impôt particulier.
#include "api/ImpotParticulierClient.h"
#include "api/TaxText.h"
#include "cli/CliApp.h"
#include "cli/CliOptions.h"
#include "settings/Settings.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace ccas {

// The API Impôt particulier settings: settings file, then command-line URLs, then the credentials
// from the environment (GUICHET_IMPOT_CLIENT_ID / GUICHET_IMPOT_CLIENT_SECRET). With `required`, a
// missing piece ends the command with a clear message; otherwise nullopt means "not configured".
std::optional<CliApp::ImpotSetup> CliApp::impotSetup(bool required)
{
    Options& o = *m_opt;
    Settings settings(Settings::pathForProfile(o.value(QStringLiteral("profile"))));
    ImpotSetup s;
    s.config.baseUrl =
        QUrl(o.has(QStringLiteral("impot-base-url")) ? o.value(QStringLiteral("impot-base-url"))
                                                     : settings.value(Settings::Key::ImpotBaseUrl).toString());
    s.config.tokenUrl =
        QUrl(o.has(QStringLiteral("impot-token-url")) ? o.value(QStringLiteral("impot-token-url"))
                                                      : settings.value(Settings::Key::ImpotTokenUrl).toString());
    s.config.idTeleservice = settings.value(Settings::Key::ImpotIdTeleservice).toString();
    s.config.clientId = qEnvironmentVariable("GUICHET_IMPOT_CLIENT_ID").trimmed();
    s.config.clientSecret = qEnvironmentVariable("GUICHET_IMPOT_CLIENT_SECRET").trimmed();
    for (const QUrl& url : {s.config.baseUrl, s.config.tokenUrl}) {
        if (url.isEmpty())
            continue;
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && !isLoopbackUrl(url))) {
            if (required)
                usageError(CliText::tr("The API Impôt particulier addresses must be https:// URLs."));
            return std::nullopt;
        }
    }
    if (s.config.baseUrl.isEmpty() || s.config.tokenUrl.isEmpty()) {
        if (required)
            fail(InvalidInput, CliText::tr("API Impôt particulier is not configured: give --impot-base-url and "
                                           "--impot-token-url (or ApiImpot/BaseUrl and ApiImpot/TokenUrl in the "
                                           "settings), as received with the habilitation."));
        return std::nullopt;
    }
    if (s.config.clientId.isEmpty() || s.config.clientSecret.isEmpty()) {
        if (required)
            fail(Unauthorized, CliText::tr("No API Impôt particulier credentials: set GUICHET_IMPOT_CLIENT_ID and "
                                           "GUICHET_IMPOT_CLIENT_SECRET."));
        return std::nullopt;
    }
    if (isLoopbackUrl(s.config.baseUrl))
        m_nam->setProxy(QNetworkProxy::NoProxy);
    return s;
}

void CliApp::runImpot()
{
    Options& o = *m_opt;
    const QString spi = o.value(QStringLiteral("spi"));
    std::optional<int> year;
    if (o.has(QStringLiteral("annee-revenus"))) {
        int y = 0;
        if (!intOption(QStringLiteral("annee-revenus"), &y))
            return;
        year = y;
    }
    // Check the input first: no configuration or credential is needed to say that an SPI is wrong.
    ImpotParticulierClient probe(m_nam, ImpotParticulierConfig{});
    const QList<FieldError> errors = probe.validate(spi, year);
    if (!errors.isEmpty()) {
        for (const FieldError& e : errors)
            m_err << CliText::tr("%1: %2").arg(e.field == QLatin1String("spi") ? QStringLiteral("--spi")
                                                                               : QStringLiteral("--annee-revenus"),
                                               e.message)
                  << '\n';
        m_err << CliText::tr("No request was sent.") << '\n';
        done(InvalidInput);
        return;
    }
    const auto setup = impotSetup(true);
    if (!setup)
        return;
    m_impot = new ImpotParticulierClient(m_nam, setup->config, Clock::system(), this);
    m_impot->fetchSituation(spi, year, this, [this](const Result<TaxSituation, ApiError>& r) {
        if (m_opt->json) {
            m_out << QJsonDocument(r ? TaxText::toJson(r.value()) : TaxText::errorJson(r.error()))
                         .toJson(QJsonDocument::Indented);
        } else if (r) {
            m_out << CliText::tr("%1: %2").arg(TaxText::label(), TaxText::headline(r.value())) << '\n';
            for (const QString& line : TaxText::details(r.value()))
                m_out << "    " << line << '\n';
        }
        if (!r) {
            m_err << CliText::tr("%1: %2").arg(TaxText::label(), r.error().userMessage()) << '\n';
            done(r.error().exitCode());
            return;
        }
        done(Ok);
    });
}

} // namespace ccas
