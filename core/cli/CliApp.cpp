#include "cli/CliApp.h"
#include "archive/ArchiveExporter.h"
#include "cli/CliOptions.h"
#include "store/DossierRepository.h"

#include "api/OutcomeText.h"
#include "demo/FakeApiServer.h"
#include "domain/Nir.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "util/Logging.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

#include <cstdio>

namespace ccas {

namespace {

const QStringList valueOptions = {
    QStringLiteral("profile"),
    QStringLiteral("base-url"),
    QStringLiteral("recipient"),
    QStringLiteral("lang"),
    QStringLiteral("nom-naissance"),
    QStringLiteral("nom-usage"),
    QStringLiteral("prenom"),
    QStringLiteral("sexe"),
    QStringLiteral("annee-naissance"),
    QStringLiteral("mois-naissance"),
    QStringLiteral("jour-naissance"),
    QStringLiteral("pays-naissance"),
    QStringLiteral("commune-naissance"),
    QStringLiteral("nom-commune-naissance"),
    QStringLiteral("departement-naissance"),
    QStringLiteral("nir"),
    QStringLiteral("annee"),
    QStringLiteral("mois"),
    QStringLiteral("port"),
    QStringLiteral("latency-ms"),
    QStringLiteral("retry-after"),
    QStringLiteral("timeout"),
    QStringLiteral("ccas-nom"),
    QStringLiteral("siret"),
    QStringLiteral("passphrase-file"),
    QStringLiteral("aide"),
    QStringLiteral("search"),
    QStringLiteral("statut"),
    QStringLiteral("decision"),
    QStringLiteral("montant"),
    QStringLiteral("motif"),
    QStringLiteral("spi"),
    QStringLiteral("annee-revenus"),
    QStringLiteral("impot-base-url"),
    QStringLiteral("impot-token-url"),
    QStringLiteral("reglement"),
    QStringLiteral("dossier"),
    QStringLiteral("menage"),
    QStringLiteral("pdf"),
    QStringLiteral("ressource"),
    QStringLiteral("charge"),
    QStringLiteral("fichier"),
    QStringLiteral("out"),
    QStringLiteral("closed-before"),
};
const QStringList flagOptions = {QStringLiteral("json"),         QStringLiteral("help"),
                                 QStringLiteral("version"),      QStringLiteral("dry-run"),
                                 QStringLiteral("pseudonymise"), QStringLiteral("justificatif"),
                                 QStringLiteral("all-closed"),   QStringLiteral("replace")};

// "label: value" in English, "label : value" in French (typography belongs to the translation).
QString labelled(const QString& label, const QString& value)
{
    return CliText::tr("%1: %2").arg(label, value);
}

} // namespace

QString CliText::usage()
{
    return tr(
        "Usage:\n"
        "  guichet-ccas-cli [--profile DIR] [--base-url URL] [--recipient SIRET] [--json] [--lang fr|en] "
        "COMMAND ...\n"
        "    qf          IDENTITY [--annee A --mois M]\n"
        "    status      c2s|rsa|aah|asf|prime-activite IDENTITY\n"
        "    fetch-all   IDENTITY [--annee A --mois M]     QF and the five statuses, in parallel\n"
        "    demo-server [--port P] [--latency-ms L]\n"
        "    init --ccas-nom NOM --siret SIRET [--passphrase-file F]   creates the profile and its keys\n"
        "    dossier create IDENTITY [--aide CODE]\n"
        "    dossier fetch ID | dossier show ID | dossier close ID\n"
        "    dossier list [--search TEXTE] [--statut S]\n"
        "    dossier decide ID --decision accorde|refuse|sans-suite [--montant EUR] [--motif TEXTE] [--aide CODE]\n"
        "    dossier budget ID [--ressource TYPE=EUR]... [--charge TYPE=EUR]... [--justificatif]\n"
        "                replaces the monthly resources and charges (types: docs/reglement.md)\n"
        "    dossier menage ID --fichier MENAGE.json   persons, commune, request, figures from proofs\n"
        "    evaluate --reglement FILE (--dossier ID | --menage MENAGE.json) [--aide CODE]...\n"
        "                applies the CCAS règlement and explains every result (--json: the whole evaluation)\n"
        "    summary --dossier ID --pdf OUT.pdf [--pseudonymise] [--reglement FILE] [--aide CODE]...\n"
        "                eligibility summary as PDF (default règlement: the settings; default aid: the\n"
        "                dossier's when the règlement has it, else every aid)\n"
        "    purge [--dry-run]   (with [Archives] ExporterAvantPurge: closed dossiers are archived first)\n"
        "    archive export (--dossier ID ... | --all-closed [--closed-before YYYY-MM-DD]) --out FILE.zip\n"
        "                [--reglement FILE] [--replace]   closed dossiers as a SEDA 2.3 transfer package\n"
        "                (identifiers and rules: the [Archives] settings)\n"
        "    journal verify | journal list\n"
        "  IDENTITY = --nom-naissance N [--nom-usage U] --prenom P [--prenom P2 [--prenom P3]] --sexe F|M\n"
        "             [--annee-naissance Y [--mois-naissance M [--jour-naissance D]]] --pays-naissance CODE\n"
        "             [--commune-naissance COG | --nom-commune-naissance NOM --departement-naissance DD]"
        " | --nir NIR ...\n"
        "  Token: GUICHET_API_PARTICULIER_TOKEN, otherwise the system keychain entry saved by the window.\n"
        "  Recovery passphrase: --passphrase-file F or GUICHET_PASSPHRASE_FILE (needed by init, and when the\n"
        "  keychain cannot give the profile's key).\n"
        "  Exit codes: 0 ok, 2 invalid input, 3 not found, 4 unauthorised/forbidden or no token, 5 rate-limited,\n"
        "  6 unavailable/timeout, 7 malformed response, 8 key or storage unavailable, 1 anything else.\n");
}

CliApp::CliApp(QStringList arguments, QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_args(std::move(arguments))
    , m_nam(nam)
    , m_opt(std::make_unique<Options>())
    , m_out(stdout)
    , m_err(stderr)
{}

CliApp::~CliApp()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

void CliApp::done(int code)
{
    if (m_done)
        return;
    m_done = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}

void CliApp::fail(int code, const QString& message)
{
    m_err << message << '\n';
    done(code);
}

void CliApp::usageError(const QString& message)
{
    m_err << message << '\n' << '\n' << CliText::usage();
    done(InvalidInput);
}

QString CliApp::optionFor(const QString& field) const
{
    static const QMap<QString, QString> map = {
        {QStringLiteral("nomNaissance"), QStringLiteral("--nom-naissance")},
        {QStringLiteral("nomUsage"), QStringLiteral("--nom-usage")},
        {QStringLiteral("prenoms"), QStringLiteral("--prenom")},
        {QStringLiteral("sexe"), QStringLiteral("--sexe")},
        {QStringLiteral("anneeNaissance"), QStringLiteral("--annee-naissance")},
        {QStringLiteral("moisNaissance"), QStringLiteral("--mois-naissance")},
        {QStringLiteral("jourNaissance"), QStringLiteral("--jour-naissance")},
        {QStringLiteral("codePaysNaissance"), QStringLiteral("--pays-naissance")},
        {QStringLiteral("codeCommuneNaissance"), QStringLiteral("--commune-naissance")},
        {QStringLiteral("nomCommuneNaissance"), QStringLiteral("--nom-commune-naissance")},
        {QStringLiteral("codeDepartementNaissance"), QStringLiteral("--departement-naissance")},
        {QStringLiteral("annee"), QStringLiteral("--annee")},
        {QStringLiteral("mois"), QStringLiteral("--mois")},
        {QStringLiteral("recipient"), QStringLiteral("--recipient")},
        {QStringLiteral("nir"), QStringLiteral("--nir")},
    };
    return map.value(field, field);
}

bool CliApp::parse()
{
    Options& o = *m_opt;
    for (int i = 1; i < m_args.size(); ++i) {
        QString arg = m_args.at(i);
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            QString inlineValue;
            bool hasInline = false;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
                hasInline = true;
            }
            if (flagOptions.contains(name)) {
                if (hasInline) {
                    usageError(CliText::tr("Option --%1 takes no value.").arg(name));
                    return false;
                }
                o.flags << name;
            } else if (valueOptions.contains(name)) {
                if (!hasInline) {
                    if (i + 1 >= m_args.size()) {
                        usageError(CliText::tr("Option --%1 needs a value.").arg(name));
                        return false;
                    }
                    inlineValue = m_args.at(++i);
                }
                o.values[name] << inlineValue;
            } else {
                usageError(CliText::tr("Unknown option: %1").arg(arg));
                return false;
            }
        } else if (o.command.isEmpty()) {
            o.command = arg;
        } else {
            o.positional << arg;
        }
    }
    // Options that may be repeated: first names, budget lines, and the aids to evaluate.
    QStringList repeatable{QStringLiteral("prenom"), QStringLiteral("ressource"), QStringLiteral("charge")};
    if (o.command == QLatin1String("evaluate") || o.command == QLatin1String("summary"))
        repeatable << QStringLiteral("aide");
    if (o.command == QLatin1String("archive"))
        repeatable << QStringLiteral("dossier");
    for (const QString& name : o.values.keys()) {
        if (!repeatable.contains(name) && o.values.value(name).size() > 1) {
            usageError(CliText::tr("Option --%1 is given more than once.").arg(name));
            return false;
        }
    }
    o.json = o.flags.contains(QStringLiteral("json"));
    return true;
}

bool CliApp::intOption(const QString& name, int* out)
{
    const Options& o = *m_opt;
    if (!o.values.contains(name))
        return true;
    bool ok = false;
    const int v = o.value(name).trimmed().toInt(&ok);
    if (!ok || v < 0) {
        usageError(CliText::tr("--%1 takes a whole number.").arg(name));
        return false;
    }
    *out = v;
    return true;
}

bool CliApp::parseIdentity()
{
    Options& o = *m_opt;
    Identity& id = o.identity;
    id.nomNaissance = o.value(QStringLiteral("nom-naissance"));
    id.nomUsage = o.value(QStringLiteral("nom-usage"));
    id.prenoms = o.values.value(QStringLiteral("prenom"));
    id.sexe = o.value(QStringLiteral("sexe"));
    id.codePaysNaissance = o.value(QStringLiteral("pays-naissance"));
    id.codeCommuneNaissance = o.value(QStringLiteral("commune-naissance"));
    id.nomCommuneNaissance = o.value(QStringLiteral("nom-commune-naissance"));
    id.codeDepartementNaissance = o.value(QStringLiteral("departement-naissance"));
    if (!intOption(QStringLiteral("annee-naissance"), &id.anneeNaissance) ||
        !intOption(QStringLiteral("mois-naissance"), &id.moisNaissance) ||
        !intOption(QStringLiteral("jour-naissance"), &id.jourNaissance))
        return false;
    if (o.has(QStringLiteral("nir"))) {
        const auto nir = Nir::parse(o.value(QStringLiteral("nir")), Clock::system().nowUtc().date().year());
        if (!nir) {
            fail(InvalidInput, QStringLiteral("--nir : ") + nir.error().userMessage);
            return false;
        }
        const NirInfo& n = nir.value();
        QStringList conflicts;
        auto fill = [&](QString& field, const QString& fromNir, const char* option) {
            if (fromNir.isEmpty())
                return;
            if (field.isEmpty())
                field = fromNir;
            else if (field.compare(fromNir, Qt::CaseInsensitive) != 0)
                conflicts << QLatin1String(option);
        };
        auto fillInt = [&](int& field, int fromNir, const char* option) {
            if (fromNir == 0)
                return;
            if (field == 0)
                field = fromNir;
            else if (field != fromNir)
                conflicts << QLatin1String(option);
        };
        fill(id.sexe, n.sexe, "--sexe");
        fillInt(id.anneeNaissance, n.anneeNaissance, "--annee-naissance");
        fillInt(id.moisNaissance, n.moisNaissance, "--mois-naissance");
        fill(id.codePaysNaissance, n.codePaysNaissance, "--pays-naissance");
        if (id.nomCommuneNaissance.isEmpty())
            fill(id.codeCommuneNaissance, n.codeCommuneNaissance, "--commune-naissance");
        if (!conflicts.isEmpty()) {
            fail(InvalidInput, CliText::tr("The NIR contradicts %1: correct one or the other.")
                                   .arg(conflicts.join(QStringLiteral(", "))));
            return false;
        }
    }
    return true;
}

void CliApp::start()
{
    if (!parse())
        return;
    Options& o = *m_opt;

    // Settings: profile folder or the per-user default; read only.
    Settings settings(Settings::pathForProfile(o.value(QStringLiteral("profile"))));
    o.lang = o.has(QStringLiteral("lang")) ? o.value(QStringLiteral("lang"))
                                           : settings.value(Settings::Key::Language).toString();
    if (o.lang != QLatin1String("fr") && o.lang != QLatin1String("en")) {
        usageError(CliText::tr("--lang takes fr or en."));
        return;
    }
    m_translator = std::make_unique<QTranslator>();
    if (m_translator->load(QStringLiteral(":/i18n/guichet-ccas_%1.qm").arg(o.lang)))
        QCoreApplication::installTranslator(m_translator.get());

    if (o.flags.contains(QStringLiteral("version"))) {
        m_out << "guichet-ccas-cli " << GUICHET_VERSION << '\n';
        done(Ok);
        return;
    }
    if (o.flags.contains(QStringLiteral("help")) || o.command.isEmpty()) {
        m_out << CliText::usage();
        done(o.command.isEmpty() && !o.flags.contains(QStringLiteral("help")) ? InvalidInput : Ok);
        return;
    }

    if (o.command == QLatin1String("demo-server")) {
        runDemoServer();
        return;
    }
    if (o.command == QLatin1String("impot")) {
        runImpot();
        return;
    }
    if (isStoreCommand()) {
        runStore();
        return;
    }
    if (isEligibilityCommand()) {
        runEligibility();
        return;
    }
    if (o.command == QLatin1String("qf")) {
        o.sources = {Source::QuotientFamilial};
    } else if (o.command == QLatin1String("status")) {
        if (o.positional.isEmpty()) {
            usageError(CliText::tr("status needs the benefit: c2s, rsa, aah, asf or prime-activite."));
            return;
        }
        const auto s = Sources::fromCliName(o.positional.takeFirst());
        if (!s || *s == Source::QuotientFamilial) {
            usageError(CliText::tr("Unknown benefit: use c2s, rsa, aah, asf or prime-activite."));
            return;
        }
        o.sources = {*s};
    } else if (o.command == QLatin1String("fetch-all")) {
        o.sources = Sources::all();
    } else {
        usageError(CliText::tr("Unknown command: %1").arg(o.command));
        return;
    }
    if (!o.positional.isEmpty()) {
        usageError(CliText::tr("Unexpected argument: %1").arg(o.positional.first()));
        return;
    }

    if (!parseIdentity())
        return;
    if (o.has(QStringLiteral("annee")) || o.has(QStringLiteral("mois"))) {
        if (!o.sources.contains(Source::QuotientFamilial)) {
            usageError(CliText::tr("--annee and --mois apply to the family quotient only."));
            return;
        }
        YearMonth ym;
        if (!intOption(QStringLiteral("annee"), &ym.year) || !intOption(QStringLiteral("mois"), &ym.month))
            return;
        if (ym.year == 0 || ym.month == 0) {
            fail(InvalidInput, CliText::tr("--annee and --mois go together."));
            return;
        }
        o.period = ym;
    }

    // API configuration: settings, then command-line overrides.
    o.config = settings.apiParticulierConfig();
    o.gateway = o.config.gatewayAddsToken;
    if (o.has(QStringLiteral("base-url"))) {
        const QUrl url(o.value(QStringLiteral("base-url")));
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty()) {
            usageError(CliText::tr("--base-url must be an https:// URL."));
            return;
        }
        if (url.scheme() != QLatin1String("https") && !isLoopbackUrl(url)) {
            usageError(CliText::tr("--base-url must use https (plain http is accepted for the local demo only)."));
            return;
        }
        o.config.baseUrl = url;
    }
    if (o.has(QStringLiteral("recipient")))
        o.config.recipient = o.value(QStringLiteral("recipient"));
    int timeoutSeconds = 0;
    if (!intOption(QStringLiteral("timeout"), &timeoutSeconds))
        return;
    if (timeoutSeconds > 0)
        o.config.timeoutMs = timeoutSeconds * 1000;

    // Validate everything before any request or keychain access.
    ApiParticulierClient probe(m_nam, o.config);
    const QList<FieldError> errors =
        probe.validate(o.identity, o.sources.contains(Source::QuotientFamilial) ? o.period : std::nullopt);
    if (!errors.isEmpty()) {
        for (const FieldError& e : errors)
            m_err << labelled(optionFor(e.field), e.message) << '\n';
        m_err << CliText::tr("No request was sent.") << '\n';
        done(InvalidInput);
        return;
    }
    runWithToken();
}

void CliApp::runWithToken()
{
    const QString envToken = qEnvironmentVariable("GUICHET_API_PARTICULIER_TOKEN").trimmed();
    if (!envToken.isEmpty()) {
        runCommand(envToken);
        return;
    }
    if (m_opt->gateway) {
        runCommand(QString());
        return;
    }
    m_secrets = new SecretStore(QString::fromLatin1(SecretStore::Service), 5000, this);
    m_secrets->read(
        QString::fromLatin1(SecretStore::ApiParticulierTokenKey), this, [this](const Result<QString, SecretError>& r) {
            if (r && !r.value().isEmpty()) {
                runCommand(r.value());
                return;
            }
            QString why = r ? QString() : r.error().userMessage();
            fail(Unauthorized, CliText::tr("No API Particulier token: set GUICHET_API_PARTICULIER_TOKEN "
                                           "or save the token from the window's settings.") +
                                   (why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')')));
        });
}

void CliApp::runCommand(const QString& token)
{
    Options& o = *m_opt;
    ApiParticulierConfig config = o.config;
    config.token = token;
    // System proxy settings apply, except to the loopback demo server.
    if (isLoopbackUrl(config.baseUrl))
        m_nam->setProxy(QNetworkProxy::NoProxy);
    m_client = new ApiParticulierClient(m_nam, config, Clock::system(), this);
    m_fetch = new PersonFetch(m_client, this);
    connect(m_fetch, &PersonFetch::finished, this, [this](bool) {
        const QList<SourceOutcome>& outcomes = m_fetch->outcomes();
        const bool single = m_opt->command != QLatin1String("fetch-all");
        printOutcomes(outcomes, single);
        int code = Ok;
        if (single) {
            const SourceOutcome& only = outcomes.first();
            code = only.error ? only.error->exitCode() : Ok;
        } else {
            code = PersonFetch::exitCode(outcomes);
        }
        done(code);
    });
    const QList<FieldError> errors = m_fetch->start(o.identity, o.period, o.sources);
    if (!errors.isEmpty()) {
        for (const FieldError& e : errors)
            m_err << labelled(optionFor(e.field), e.message) << '\n';
        done(InvalidInput);
    }
}

void CliApp::printOutcomes(const QList<SourceOutcome>& unordered, bool single)
{
    // Print in the fixed source order whatever the arrival order.
    QList<SourceOutcome> outcomes;
    for (Source s : Sources::all())
        for (const SourceOutcome& o : unordered)
            if (o.source == s)
                outcomes << o;

    if (m_opt->json) {
        QJsonDocument doc;
        if (single) {
            QJsonObject obj = OutcomeText::toJson(outcomes.first());
            doc = QJsonDocument(obj);
        } else {
            QJsonArray array;
            for (const SourceOutcome& o : outcomes)
                array.append(OutcomeText::toJson(o));
            doc = QJsonDocument(QJsonObject{{QStringLiteral("sources"), array},
                                            {QStringLiteral("exit_code"), PersonFetch::exitCode(outcomes)}});
        }
        m_out << doc.toJson(QJsonDocument::Indented);
    } else {
        for (const SourceOutcome& o : outcomes) {
            m_out << labelled(Sources::label(o.source), OutcomeText::headline(o)) << '\n';
            for (const QString& line : OutcomeText::details(o))
                m_out << "    " << line << '\n';
        }
    }
    // Failures are also explained on stderr, where scripts look for messages.
    // With one source, any error explains the exit code; with fetch-all, only the failures do.
    for (const SourceOutcome& o : outcomes)
        if (o.error && (single || !o.answered()))
            m_err << labelled(Sources::label(o.source), o.error->userMessage()) << '\n';
}

void CliApp::runDemoServer()
{
    Options& o = *m_opt;
    int port = 0;
    int latency = 0;
    int retryAfter = 5;
    auto readInt = [&](const QString& name, int* out, int max) {
        if (!o.values.contains(name))
            return true;
        bool ok = false;
        const int v = o.value(name).toInt(&ok);
        if (!ok || v < 0 || v > max) {
            usageError(CliText::tr("--%1 takes a whole number between 0 and %2.").arg(name).arg(max));
            return false;
        }
        *out = v;
        return true;
    };
    if (!readInt(QStringLiteral("port"), &port, 65535) || !readInt(QStringLiteral("latency-ms"), &latency, 600000) ||
        !readInt(QStringLiteral("retry-after"), &retryAfter, 3600))
        return;
    auto catalog = StagingCatalog::loadEmbedded();
    if (!catalog) {
        fail(Other, catalog.error().userMessage + QLatin1Char(' ') + catalog.error().detail);
        return;
    }
    m_server = new FakeApiServer(catalog.value(), this);
    m_server->setLatencyMs(latency);
    m_server->setRetryAfterSeconds(retryAfter);
    const auto bound = m_server->listen(static_cast<quint16>(port));
    if (!bound) {
        fail(Other, bound.error().userMessage);
        return;
    }
    // First stdout line: the base URL (scripts read it). Then a human note on stderr.
    m_out << m_server->baseUrl().toString() << '\n';
    m_out.flush();
    m_err << CliText::tr(
                 "Demo API Particulier (fictitious staging data, %n case(s)) listening on %1. Stop with Ctrl+C.",
                 nullptr, int(catalog.value().cases().size()))
                 .arg(m_server->baseUrl().toString())
          << '\n';
    m_err.flush();
}

} // namespace ccas
