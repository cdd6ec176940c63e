// guichet-ccas-cli: the profile, dossier, retention and journal commands.
#include "api/ImpotParticulierClient.h"
#include "api/OutcomeText.h"
#include "api/TaxText.h"
#include "archive/ArchiveBeforePurge.h"
#include "archive/ArchiveExporter.h"
#include "cli/CliApp.h"
#include "cli/CliOptions.h"
#include "crypto/SecureKey.h"
#include "domain/Siret.h"
#include "report/DossierSummaryInput.h"
#include "report/PrintedDocument.h"
#include "secrets/KeyManager.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"
#include "store/ProfileStore.h"
#include "store/Retention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace ccas {

namespace {

const QStringList StoreCommands = {QStringLiteral("init"), QStringLiteral("dossier"), QStringLiteral("purge"),
                                   QStringLiteral("journal"), QStringLiteral("archive")};

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString local(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QJsonObject summaryJson(const DossierSummary& s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("statut"), DossierText::statusKey(s.status)},
                  {QStringLiteral("aide"), s.aidCode},
                  {QStringLiteral("nom"), s.displayName},
                  {QStringLiteral("date_naissance"), s.birthDate},
                  {QStringLiteral("cree_le"), iso(s.createdAt)},
                  {QStringLiteral("derniere_activite"), iso(s.lastActivityAt)}};
    if (s.outcome)
        o.insert(QStringLiteral("decision"), DossierText::outcomeKey(*s.outcome));
    if (s.closedAt.isValid())
        o.insert(QStringLiteral("clos_le"), iso(s.closedAt));
    return o;
}

} // namespace

void CliApp::printDone(const QString& text)
{
    if (m_opt->json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}).toJson(QJsonDocument::Compact) << '\n';
    else
        m_out << text << '\n';
}

bool CliApp::isStoreCommand() const
{
    return StoreCommands.contains(m_opt->command);
}

QString CliApp::profileDir() const
{
    const QString dir = m_opt->value(QStringLiteral("profile"));
    return dir.isEmpty() ? Profile::defaultDir() : QDir(dir).absolutePath();
}

QString CliApp::agent() const
{
    Settings settings(Settings::pathForProfile(m_opt->value(QStringLiteral("profile"))));
    QString id = settings.value(Settings::Key::AgentId).toString().trimmed();
    if (id.isEmpty())
        id = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", qEnvironmentVariable("LOGNAME"))).trimmed();
    if (id.isEmpty())
        id = QDir::home().dirName();
    return id.isEmpty() ? QStringLiteral("agent") : id;
}

std::optional<QString> CliApp::passphrase(bool* failed)
{
    *failed = false;
    QString path = m_opt->value(QStringLiteral("passphrase-file"));
    if (path.isEmpty())
        path = qEnvironmentVariable("GUICHET_PASSPHRASE_FILE");
    if (path.isEmpty())
        return std::nullopt;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *failed = true;
        fail(InvalidInput, CliText::tr("Cannot read the passphrase file %1.").arg(path));
        return std::nullopt;
    }
    QByteArray bytes = f.read(4096);
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    const QString text = QString::fromUtf8(bytes);
    wipe(bytes);
    return text;
}

void CliApp::runStore()
{
    Options& o = *m_opt;
    if (o.command == QLatin1String("init")) {
        runInit();
        return;
    }
    if (o.command == QLatin1String("dossier") && o.positional.value(0) == QLatin1String("create")) {
        // Check the identity before touching the profile.
        if (!parseIdentity())
            return;
        const QList<FieldError> errors =
            IdentityValidator::validate(o.identity.normalised(), Clock::system().nowUtc().date());
        if (!errors.isEmpty()) {
            for (const FieldError& e : errors)
                m_err << CliText::tr("%1: %2").arg(optionFor(e.field), e.message) << '\n';
            done(InvalidInput);
            return;
        }
    }
    if (o.command == QLatin1String("archive") && !checkArchiveOptions())
        return;
    openProfile([this]() { dispatchStore(); });
}

void CliApp::runInit()
{
    Options& o = *m_opt;
    const QString nom = o.value(QStringLiteral("ccas-nom")).trimmed();
    const QString siret = o.value(QStringLiteral("siret")).trimmed();
    if (nom.isEmpty()) {
        usageError(CliText::tr("init needs --ccas-nom."));
        return;
    }
    const QList<FieldError> siretErrors = ApiParticulierValidation::recipient(siret);
    if (!siretErrors.isEmpty()) {
        fail(InvalidInput, CliText::tr("%1: %2").arg(QStringLiteral("--siret"), siretErrors.first().message));
        return;
    }
    bool failed = false;
    const std::optional<QString> pass = passphrase(&failed);
    if (failed)
        return;
    if (!pass) {
        fail(InvalidInput, CliText::tr("init needs the administrator's recovery passphrase: --passphrase-file FILE "
                                       "or GUICHET_PASSPHRASE_FILE."));
        return;
    }
    const QString dir = profileDir();
    const QString dbPath = Profile::databasePath(dir);
    if (QFileInfo::exists(dbPath)) {
        fail(InvalidInput, CliText::tr("A profile already exists in %1.").arg(dir));
        return;
    }
    auto prepared = KeyManager::prepare(nom, siret, *pass, Clock::system().nowUtc());
    if (!prepared) {
        fail(InvalidInput, prepared.error().userMessage);
        return;
    }
    auto ensured = Profile::ensureDir(dir);
    if (!ensured) {
        fail(ensured.error().exitCode(), ensured.error().userMessage());
        return;
    }
    auto material = std::make_shared<KeyManager::InitMaterial>(std::move(prepared).value());
    m_db = new Database(this);
    m_secrets = new SecretStore(QString::fromLatin1(SecretStore::Service), 5000, this);
    m_keys = new KeyManager(m_secrets, this);
    m_db->open(dbPath, true).then(this, [this, material, dir, nom, siret](const Result<void, StoreError>& opened) {
        if (!opened) {
            fail(opened.error().exitCode(), opened.error().userMessage());
            return;
        }
        ProfileStore profile(m_db, Clock::system());
        profile.initialise(material->meta, agent())
            .then(this, [this, material, dir, nom, siret](const Result<void, StoreError>& r) {
                if (!r) {
                    fail(r.error().exitCode(), r.error().userMessage());
                    return;
                }
                Settings settings(Settings::pathForProfile(m_opt->value(QStringLiteral("profile"))));
                settings.setValue(Settings::Key::CcasName, nom);
                settings.setValue(Settings::Key::Recipient, Siret::normalised(siret));
                settings.sync();
                m_keys->saveToKeychain(
                    material->meta.profileId, material->kek, this,
                    [this, material, dir](const Result<void, SecretError>& saved) {
                        m_out << CliText::tr("Profile created in %1.").arg(dir) << '\n';
                        if (saved)
                            m_out << CliText::tr("The master key is in the system keychain.") << '\n';
                        else
                            m_out << CliText::tr("The profile will open with the recovery passphrase, which is enough: "
                                                 "keep it safe. No usable system keychain: %1")
                                         .arg(saved.error().userMessage())
                                  << '\n';
                        m_out << material->meta.profileId << '\n';
                        done(Ok);
                    });
            });
    });
}

void CliApp::openProfile(std::function<void()> next)
{
    const QString dir = profileDir();
    const QString dbPath = Profile::databasePath(dir);
    if (!QFileInfo::exists(dbPath)) {
        fail(StorageUnavailable, CliText::tr("No profile in %1: create it with guichet-ccas-cli init.").arg(dir));
        return;
    }
    bool failed = false;
    const std::optional<QString> pass = passphrase(&failed);
    if (failed)
        return;
    m_db = new Database(this);
    m_secrets = new SecretStore(QString::fromLatin1(SecretStore::Service), 5000, this);
    m_keys = new KeyManager(m_secrets, this);
    m_dossiers = std::make_unique<DossierRepository>(m_db, Clock::system());
    m_db->open(dbPath, false).then(this, [this, pass, next](const Result<void, StoreError>& opened) {
        if (!opened) {
            fail(opened.error().exitCode(), opened.error().userMessage());
            return;
        }
        auto profile = std::make_shared<ProfileStore>(m_db, Clock::system());
        profile->read().then(this, [this, pass, next, profile](const Result<ProfileMeta, StoreError>& meta) {
            if (!meta) {
                fail(StorageUnavailable, meta.error().userMessage());
                return;
            }
            m_keys->unlock(meta.value(), pass, this,
                           [this, next, profile, meta = meta.value()](const Result<UnlockedKey>& key) {
                               if (!key) {
                                   fail(StorageUnavailable, key.error().userMessage);
                                   return;
                               }
                               m_kek = key.value().kek;
                               m_dossiers->setMasterKey(m_kek);
                               m_profileCcasName = meta.ccasNom;
                               m_profileSiret = meta.siret;
                               if (key.value().via == UnlockedKey::Via::RecoveryPassphrase) {
                                   m_err << CliText::tr("Opened with the recovery passphrase.") << '\n';
                                   (void)profile->journalKeyEvent(QStringLiteral("key_recovery"), agent(), {});
                                   // Offer the key back to the keychain so the next start needs no passphrase.
                                   m_keys->saveToKeychain(meta.profileId, *m_kek, this,
                                                          [this](const Result<void, SecretError>& saved) {
                                                              if (saved)
                                                                  m_err << CliText::tr("The master key was saved "
                                                                                       "again in the system keychain.")
                                                                        << '\n';
                                                          });
                               }
                               // Retention runs at every start, once the key is verified (never before).
                               if (m_opt->command == QLatin1String("purge")) {
                                   next();
                                   return;
                               }
                               Settings settings(Settings::pathForProfile(m_opt->value(QStringLiteral("profile"))));
                               RetentionPolicy policy;
                               policy.closedMonths = settings.value(Settings::Key::RetentionClosedMonths).toInt();
                               policy.inactiveMonths = settings.value(Settings::Key::RetentionInactiveMonths).toInt();
                               // « Exporter avant purge »: closed dossiers wait for `purge` (which archives
                               // them first) or the window; only open inactive ones go here.
                               if (settings.value(Settings::Key::ArchiveBeforePurge).toBool())
                                   policy.closedAllowed = QSet<QString>();
                               auto retention = std::make_shared<Retention>(m_db, Clock::system());
                               retention->run(policy, false, agent())
                                   .then(this, [this, next, retention](const Result<RetentionReport, StoreError>& r) {
                                       if (!r) {
                                           fail(r.error().exitCode(), r.error().userMessage());
                                           return;
                                       }
                                       if (!r.value().due.isEmpty())
                                           m_err << CliText::tr("Retention: %n dossier(s) purged.", nullptr,
                                                                int(r.value().due.size()))
                                                 << '\n';
                                       // The access journal has its own retention, enforced at start too.
                                       Settings s(Settings::pathForProfile(m_opt->value(QStringLiteral("profile"))));
                                       const int months = s.value(Settings::Key::JournalMonths).toInt();
                                       auto journal = std::make_shared<Journal>(m_db, Clock::system());
                                       journal->purgeOlderThan(Clock::system().nowUtc().addMonths(-months), agent())
                                           .then(this, [this, next, journal](const Result<qint64, StoreError>& j) {
                                               if (!j) {
                                                   fail(j.error().exitCode(), j.error().userMessage());
                                                   return;
                                               }
                                               next();
                                           });
                                   });
                           });
        });
    });
}

void CliApp::dispatchStore()
{
    Options& o = *m_opt;
    if (o.command == QLatin1String("dossier")) {
        runDossier(o.positional.value(0));
    } else if (o.command == QLatin1String("purge")) {
        runPurge(o.flags.contains(QStringLiteral("dry-run")));
    } else if (o.command == QLatin1String("journal")) {
        runJournal(o.positional.value(0));
    } else if (o.command == QLatin1String("archive")) {
        runArchive();
    }
}

void CliApp::runDossier(const QString& sub)
{
    Options& o = *m_opt;
    const QString id = o.positional.value(1);
    auto storeFailed = [this](const StoreError& e) { fail(e.exitCode(), e.userMessage()); };
    if (sub == QLatin1String("create")) {
        m_dossiers
            ->create(o.identity.normalised(), o.value(QStringLiteral("aide")), agent(),
                     ImpotParticulierClient::normalisedSpi(o.value(QStringLiteral("spi"))))
            .then(this, [this, storeFailed](const Result<QString, StoreError>& r) {
                if (!r)
                    return storeFailed(r.error());
                if (m_opt->json)
                    m_out
                        << QJsonDocument(QJsonObject{{QStringLiteral("id"), r.value()}}).toJson(QJsonDocument::Compact)
                        << '\n';
                else
                    m_out << CliText::tr("Dossier created: %1").arg(r.value()) << '\n';
                done(Ok);
            });
        return;
    }
    if (sub == QLatin1String("list")) {
        std::optional<DossierStatus> status;
        if (o.has(QStringLiteral("statut"))) {
            status = DossierText::statusFromKey(o.value(QStringLiteral("statut")));
            if (!status) {
                usageError(CliText::tr("--statut takes brouillon, en-instruction, decide or clos."));
                return;
            }
        }
        m_dossiers->list(o.value(QStringLiteral("search")), status)
            .then(this, [this, storeFailed](const Result<QList<DossierSummary>, StoreError>& r) {
                if (!r)
                    return storeFailed(r.error());
                if (m_opt->json) {
                    QJsonArray a;
                    for (const DossierSummary& s : r.value())
                        a.append(summaryJson(s));
                    m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
                } else {
                    for (const DossierSummary& s : r.value())
                        m_out << s.id << "  " << DossierText::statusLabel(s.status) << "  "
                              << (s.displayName.isEmpty() ? CliText::tr("(unreadable)") : s.displayName) << "  "
                              << s.birthDate << "  " << s.aidCode << '\n';
                    m_out << CliText::tr("%n dossier(s).", nullptr, int(r.value().size())) << '\n';
                }
                done(Ok);
            });
        return;
    }
    if (id.isEmpty()) {
        usageError(CliText::tr("dossier %1 needs the dossier id.").arg(sub));
        return;
    }
    if (sub == QLatin1String("show")) {
        m_dossiers->get(id, agent()).then(this, [this, storeFailed](const Result<Dossier, StoreError>& r) {
            if (!r)
                return storeFailed(r.error());
            const Dossier& d = r.value();
            if (m_opt->json) {
                QJsonObject out{{QStringLiteral("id"), d.id},
                                {QStringLiteral("statut"), DossierText::statusKey(d.status)},
                                {QStringLiteral("aide"), d.aidCode},
                                {QStringLiteral("identite"), identityToJson(d.identity)},
                                {QStringLiteral("cree_le"), iso(d.createdAt)},
                                {QStringLiteral("derniere_activite"), iso(d.lastActivityAt)},
                                {QStringLiteral("notes"), d.notes}};
                QJsonObject sources;
                for (const StoredSource& s : d.sources)
                    sources.insert(s.source, s.json);
                out.insert(QStringLiteral("sources"), sources);
                auto budgetJson = [](const QList<BudgetLine>& lines) {
                    QJsonArray a;
                    for (const BudgetLine& l : lines)
                        a.append(QJsonObject{{QStringLiteral("type"), l.type},
                                             {QStringLiteral("montant_centimes"), double(l.amountCents)},
                                             {QStringLiteral("origine"), l.origin}});
                    return a;
                };
                out.insert(QStringLiteral("ressources"), budgetJson(d.resources));
                out.insert(QStringLiteral("charges"), budgetJson(d.charges));
                out.insert(QStringLiteral("menage"), d.householdEntry);
                if (d.decision)
                    out.insert(QStringLiteral("decision"),
                               QJsonObject{{QStringLiteral("issue"), DossierText::outcomeKey(d.decision->outcome)},
                                           {QStringLiteral("montant_centimes"), double(d.decision->amountCents)},
                                           {QStringLiteral("motif"), d.decision->motif},
                                           {QStringLiteral("agent"), d.decision->agent},
                                           {QStringLiteral("date"), iso(d.decision->decidedAt)}});
                if (d.closedAt.isValid())
                    out.insert(QStringLiteral("clos_le"), iso(d.closedAt));
                m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
            } else {
                const Identity& i = d.identity;
                m_out << CliText::tr("Dossier %1 — %2").arg(d.id, DossierText::statusLabel(d.status)) << '\n';
                m_out << "    " << i.nomNaissance << ' ' << i.prenoms.join(QLatin1Char(' ')) << ", "
                      << PartialDate{i.anneeNaissance, i.moisNaissance, i.jourNaissance}.toDisplayString() << '\n';
                if (!d.aidCode.isEmpty())
                    m_out << "    " << CliText::tr("%1: %2").arg(CliText::tr("Aid"), d.aidCode) << '\n';
                m_out << "    " << CliText::tr("%1: %2").arg(CliText::tr("Created"), local(d.createdAt)) << '\n';
                for (const StoredSource& s : d.sources)
                    m_out << "    "
                          << CliText::tr("%1: %2").arg(s.source, s.json.value(QStringLiteral("resume")).toString())
                          << '\n';
                if (d.decision)
                    m_out << "    "
                          << CliText::tr("%1: %2").arg(
                                 CliText::tr("Decision"),
                                 DossierText::outcomeLabel(d.decision->outcome) +
                                     (d.decision->amountCents > 0
                                          ? QStringLiteral(", ") + DossierText::formatCents(d.decision->amountCents)
                                          : QString()))
                          << '\n';
                if (d.closedAt.isValid())
                    m_out << "    " << CliText::tr("%1: %2").arg(CliText::tr("Closed"), local(d.closedAt)) << '\n';
            }
            done(Ok);
        });
        return;
    }
    if (sub == QLatin1String("fetch")) {
        runDossierFetch(id);
        return;
    }
    if (sub == QLatin1String("budget")) {
        runDossierBudget(id);
        return;
    }
    if (sub == QLatin1String("menage")) {
        runDossierMenage(id);
        return;
    }
    if (sub == QLatin1String("decide")) {
        const auto outcome = DossierText::outcomeFromKey(o.value(QStringLiteral("decision")));
        if (!outcome) {
            usageError(CliText::tr("--decision takes accorde, refuse or sans-suite."));
            return;
        }
        Decision decision;
        decision.outcome = *outcome;
        decision.motif = o.value(QStringLiteral("motif"));
        decision.aidCode = o.value(QStringLiteral("aide")).trimmed();
        decision.agent = agent();
        if (o.has(QStringLiteral("montant"))) {
            const auto cents = DossierText::parseAmount(o.value(QStringLiteral("montant")));
            if (!cents) {
                usageError(CliText::tr("--montant takes an amount in euros, e.g. 150 or 150,50."));
                return;
            }
            if (*outcome != Outcome::Accorde && *cents != 0) {
                usageError(CliText::tr("--montant applies to a granted aid only."));
                return;
            }
            decision.amountCents = *cents;
        }
        m_dossiers->decide(id, decision).then(this, [this, storeFailed](const Result<void, StoreError>& r) {
            if (!r)
                return storeFailed(r.error());
            printDone(CliText::tr("Decision recorded."));
            done(Ok);
        });
        return;
    }
    if (sub == QLatin1String("close")) {
        runDossierClose(id);
        return;
    }
    usageError(CliText::tr("Unknown dossier command: %1").arg(sub));
}

void CliApp::runDossierFetch(const QString& id)
{
    m_dossiers->get(id, agent(), false).then(this, [this, id](const Result<Dossier, StoreError>& r) {
        if (!r) {
            fail(r.error().exitCode(), r.error().userMessage());
            return;
        }
        if (r.value().status == DossierStatus::Clos) {
            fail(InvalidInput, CliText::tr("The dossier is closed: nothing more can be fetched into it."));
            return;
        }
        const Identity identity = r.value().identity;
        // Token, then the six sources in parallel, then one transaction with the results.
        Options& o = *m_opt;
        Settings settings(Settings::pathForProfile(o.value(QStringLiteral("profile"))));
        o.config = settings.apiParticulierConfig();
        if (o.has(QStringLiteral("base-url")))
            o.config.baseUrl = QUrl(o.value(QStringLiteral("base-url")));
        if (o.has(QStringLiteral("recipient")))
            o.config.recipient = o.value(QStringLiteral("recipient"));
        o.gateway = o.config.gatewayAddsToken;
        o.identity = identity;
        o.sources = Sources::all();
        o.command = QStringLiteral("fetch-all");
        const QString token = qEnvironmentVariable("GUICHET_API_PARTICULIER_TOKEN").trimmed();
        if (token.isEmpty() && !o.gateway) {
            fail(Unauthorized, CliText::tr("No API Particulier token: set GUICHET_API_PARTICULIER_TOKEN or save the "
                                           "token from the window's settings."));
            return;
        }
        ApiParticulierConfig config = o.config;
        config.token = token;
        if (isLoopbackUrl(config.baseUrl))
            m_nam->setProxy(QNetworkProxy::NoProxy);
        m_client = new ApiParticulierClient(m_nam, config, Clock::system(), this);
        m_fetch = new PersonFetch(m_client, this);
        // The six API Particulier sources and, when the dossier has a numéro fiscal, the DGFiP's tax
        // situation, all in parallel; one transaction stores them all.
        struct State
        {
            bool sourcesDone = false;
            bool taxPending = false;
            std::optional<Result<TaxSituation, ApiError>> tax;
        };
        auto state = std::make_shared<State>();
        auto finish = [this, id, state]() {
            if (!state->sourcesDone || state->taxPending)
                return;
            const QList<SourceOutcome> outcomes = m_fetch->outcomes();
            QList<StoredSource> stored;
            for (const SourceOutcome& out : outcomes)
                stored << StoredSource{Sources::cliName(out.source), Clock::system().nowUtc(),
                                       OutcomeText::toJson(out)};
            if (state->tax)
                stored << StoredSource{QStringLiteral("impot"), Clock::system().nowUtc(),
                                       *state->tax ? TaxText::toJson(state->tax->value())
                                                   : TaxText::errorJson(state->tax->error())};
            m_dossiers->saveSources(id, stored, agent())
                .then(this, [this, outcomes, state](const Result<void, StoreError>& saved) {
                    if (!saved) {
                        fail(saved.error().exitCode(), saved.error().userMessage());
                        return;
                    }
                    printOutcomes(outcomes, false);
                    int code = PersonFetch::exitCode(outcomes);
                    if (state->tax) {
                        const auto& tax = *state->tax;
                        if (tax && !m_opt->json) {
                            m_out << CliText::tr("%1: %2").arg(TaxText::label(), TaxText::headline(tax.value()))
                                  << '\n';
                            for (const QString& line : TaxText::details(tax.value()))
                                m_out << "    " << line << '\n';
                        } else if (!tax) {
                            m_err << CliText::tr("%1: %2").arg(TaxText::label(), tax.error().userMessage()) << '\n';
                            if (tax.error().kind != ApiError::Kind::NotFound)
                                code = PersonFetch::severer(code, tax.error().exitCode());
                        }
                    }
                    done(code);
                });
        };
        connect(m_fetch, &PersonFetch::finished, this, [state, finish](bool) {
            state->sourcesDone = true;
            finish();
        });
        const QString spi = r.value().spi;
        if (!spi.isEmpty()) {
            state->taxPending = true;
            const auto setup = impotSetup(false);
            if (!setup) {
                state->taxPending = false;
                state->tax = Result<TaxSituation, ApiError>(
                    ApiError::make(ApiError::Kind::Unauthorized,
                                   QStringLiteral("API Impôt particulier not configured or no credentials")));
            } else {
                m_impot = new ImpotParticulierClient(m_nam, setup->config, Clock::system(), this);
                m_impot->fetchSituation(spi, std::nullopt, this,
                                        [state, finish](const Result<TaxSituation, ApiError>& tax) {
                                            state->taxPending = false;
                                            state->tax = tax;
                                            finish();
                                        });
            }
        }
        const QList<FieldError> errors = m_fetch->start(identity);
        if (!errors.isEmpty()) {
            for (const FieldError& e : errors)
                m_err << CliText::tr("%1: %2").arg(optionFor(e.field), e.message) << '\n';
            done(InvalidInput);
        }
    });
}

// « Exporter avant purge » (Archives/ExporterAvantPurge): the closed dossiers due go into one package in
// Archives/Dossier first, and only those in it are purged. When the package cannot be made they are kept
// (said on stderr, exit code 1 once the rest is done).
void CliApp::runPurge(bool dryRun)
{
    Settings settings(Settings::pathForProfile(m_opt->value(QStringLiteral("profile"))));
    RetentionPolicy policy;
    policy.closedMonths = settings.value(Settings::Key::RetentionClosedMonths).toInt();
    policy.inactiveMonths = settings.value(Settings::Key::RetentionInactiveMonths).toInt();
    if (dryRun || !settings.value(Settings::Key::ArchiveBeforePurge).toBool()) {
        purgeWith(policy, dryRun, Ok);
        return;
    }
    QStringList warnings;
    ArchiveJob job = ArchiveExporter::jobFromSettings(settings, m_profileSiret, m_profileCcasName, &warnings);
    job.agent = agent();
    auto retention = std::make_shared<Retention>(m_db, Clock::system());
    m_archive = std::make_unique<ArchiveExporter>(m_dossiers.get(), Clock::system());
    ArchiveBeforePurge::plan(this, retention.get(), m_archive.get(), policy, std::move(job),
                             settings.value(Settings::Key::ArchiveFolder).toString(),
                             Clock::system().nowUtc().toLocalTime(),
                             [this, retention, warnings](const Result<ArchivedPurgePlan, StoreError>& plan) {
                                 if (!plan) {
                                     fail(plan.error().exitCode(), plan.error().userMessage());
                                     return;
                                 }
                                 if (plan.value().archive) {
                                     for (const QString& w : warnings)
                                         m_err << CliText::tr("Warning: %1").arg(w) << '\n';
                                     m_err << CliText::tr("Archived before the purge: %1")
                                                  .arg(QDir::toNativeSeparators(plan.value().archive->path))
                                           << '\n';
                                 } else if (!plan.value().kept.isEmpty()) {
                                     m_err << plan.value().kept << '\n';
                                 }
                                 purgeWith(plan.value().policy, false, plan.value().kept.isEmpty() ? Ok : Other);
                             });
}

void CliApp::purgeWith(const RetentionPolicy& policy, bool dryRun, int exitCode)
{
    Settings settings(Settings::pathForProfile(m_opt->value(QStringLiteral("profile"))));
    const int journalMonths = settings.value(Settings::Key::JournalMonths).toInt();
    auto retention = std::make_shared<Retention>(m_db, Clock::system());
    retention->run(policy, dryRun, agent())
        .then(this, [this, retention, dryRun, journalMonths, exitCode](const Result<RetentionReport, StoreError>& r) {
            if (!r) {
                fail(r.error().exitCode(), r.error().userMessage());
                return;
            }
            const RetentionReport& report = r.value();
            if (m_opt->json) {
                QJsonArray due, warnings;
                for (const RetentionItem& i : report.due)
                    due.append(QJsonObject{{QStringLiteral("id"), i.id},
                                           {QStringLiteral("motif"), i.reason},
                                           {QStringLiteral("aide"), i.aidCode},
                                           {QStringLiteral("decision"), i.outcome}});
                for (const RetentionItem& i : report.warnings)
                    warnings.append(QJsonObject{{QStringLiteral("id"), i.id},
                                                {QStringLiteral("derniere_activite"), iso(i.lastActivityAt)}});
                m_out << QJsonDocument(QJsonObject{{QStringLiteral("simulation"), dryRun},
                                                   {QStringLiteral("purges"), due},
                                                   {QStringLiteral("alertes"), warnings}})
                             .toJson(QJsonDocument::Indented);
            } else {
                m_out << (dryRun ? CliText::tr("Would be purged: %n dossier(s).", nullptr, int(report.due.size()))
                                 : CliText::tr("Purged: %n dossier(s).", nullptr, int(report.due.size())))
                      << '\n';
                for (const RetentionItem& i : report.due)
                    m_out << "    " << i.id << "  " << i.reason << "  " << i.aidCode << "  " << i.outcome << '\n';
                if (!report.warnings.isEmpty())
                    m_out << CliText::tr("Inactive for 12 months or more: %n dossier(s).", nullptr,
                                         int(report.warnings.size()))
                          << '\n';
                for (const RetentionItem& i : report.warnings)
                    m_out << "    " << i.id << "  " << local(i.lastActivityAt) << '\n';
            }
            if (!report.held.isEmpty())
                m_err << CliText::tr("Kept until archived: %n closed dossier(s).", nullptr, int(report.held.size()))
                      << '\n';
            if (dryRun) {
                done(exitCode);
                return;
            }
            // The access journal has its own retention.
            auto journal = std::make_shared<Journal>(m_db, Clock::system());
            journal->purgeOlderThan(Clock::system().nowUtc().addMonths(-journalMonths), agent())
                .then(this, [this, journal, exitCode](const Result<qint64, StoreError>& j) {
                    if (!j) {
                        fail(j.error().exitCode(), j.error().userMessage());
                        return;
                    }
                    if (j.value() > 0 && !m_opt->json)
                        m_out << CliText::tr("Journal: %n old entry(ies) removed.", nullptr, int(j.value())) << '\n';
                    done(exitCode);
                });
        });
}

void CliApp::runJournal(const QString& sub)
{
    auto journal = std::make_shared<Journal>(m_db, Clock::system());
    if (sub == QLatin1String("verify")) {
        journal->verify().then(this, [this, journal](const Result<JournalVerification, StoreError>& r) {
            if (!r) {
                fail(r.error().exitCode(), r.error().userMessage());
                return;
            }
            if (r.value().ok) {
                m_out << CliText::tr("Journal intact: %n entry(ies) checked.", nullptr, int(r.value().checked)) << '\n';
                done(Ok);
            } else {
                fail(StorageUnavailable, CliText::tr("Journal altered: %1").arg(r.value().problem));
            }
        });
        return;
    }
    if (sub == QLatin1String("list")) {
        journal->list({}, {}, 1000).then(this, [this, journal](const Result<QList<JournalEntry>, StoreError>& r) {
            if (!r) {
                fail(r.error().exitCode(), r.error().userMessage());
                return;
            }
            if (m_opt->json) {
                QJsonArray a;
                for (const JournalEntry& e : r.value())
                    a.append(QJsonObject{{QStringLiteral("seq"), double(e.seq)},
                                         {QStringLiteral("at"), iso(e.at)},
                                         {QStringLiteral("agent"), e.agent},
                                         {QStringLiteral("action"), e.action},
                                         {QStringLiteral("dossier"), e.dossierId},
                                         {QStringLiteral("endpoint"), e.endpoint},
                                         {QStringLiteral("http_status"), e.httpStatus},
                                         {QStringLiteral("request_id"), e.requestId},
                                         {QStringLiteral("detail"), e.detail}});
                m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
            } else {
                for (const JournalEntry& e : r.value())
                    m_out << e.seq << "  " << iso(e.at) << "  " << e.agent << "  " << e.action << "  " << e.dossierId
                          << "  " << e.endpoint << (e.httpStatus ? QStringLiteral("  %1").arg(e.httpStatus) : QString())
                          << "  " << e.requestId << "  " << e.detail << '\n';
            }
            done(Ok);
        });
        return;
    }
    usageError(CliText::tr("journal takes verify or list."));
}

// Closing freezes the eligibility summary with the dossier (the archive's document of record) when
// the settings name a valid règlement; otherwise the dossier closes without it and says so.
void CliApp::runDossierClose(const QString& id)
{
    auto storeFailed = [this](const StoreError& e) { fail(e.exitCode(), e.userMessage()); };
    const auto closeWith = [this, id, storeFailed](const QByteArray& pdf) {
        m_dossiers->close(id, agent(), pdf).then(this, [this, storeFailed](const Result<void, StoreError>& r) {
            if (!r)
                return storeFailed(r.error());
            printDone(CliText::tr("Dossier closed: it will be purged after the retention period."));
            done(Ok);
        });
    };
    Settings settings(Settings::pathForProfile(m_opt->value(QStringLiteral("profile"))));
    const ArchiveJob setup = ArchiveExporter::jobFromSettings(settings, m_profileSiret, m_profileCcasName);
    if (!setup.reglement || !PrintedDocument::haveGuiApplication()) {
        m_err << CliText::tr("Warning: no summary is kept with the closed dossier (no valid règlement in the "
                             "setting %1); an archive export will make one then.")
                     .arg(Settings::name(Settings::Key::ReglementPath))
              << '\n';
        closeWith({});
        return;
    }
    m_dossiers->get(id, agent(), false)
        .then(this, [this, id, setup, closeWith, storeFailed](const Result<Dossier, StoreError>& r) {
            if (!r)
                return storeFailed(r.error());
            const Dossier dossier = r.value();
            if (dossier.status != DossierStatus::Decide) {
                closeWith({}); // refused by the store, with its own message: no summary to draw
                return;
            }
            m_dossiers->grantedAids(id).then(this, [this, dossier, setup, closeWith,
                                                    storeFailed](const Result<QList<AideRecue>, StoreError>& history) {
                if (!history)
                    return storeFailed(history.error());
                DossierSummarySetup s;
                s.letterhead = setup.letterhead;
                s.agent = agent();
                s.printedAt = Clock::system().nowUtc().toLocalTime();
                s.retentionMonths = setup.retentionMonths;
                s.reglement = setup.reglement.get();
                const auto pdf = EligibilitySummary::pdf(
                    summaryOfDossier(dossier, history.value(), Clock::system().nowUtc().toLocalTime().date(), s).input);
                if (!pdf)
                    m_err << CliText::tr("Warning: %1").arg(pdf.error()) << '\n';
                closeWith(pdf ? pdf.value() : QByteArray());
            });
        });
}

} // namespace ccas
