#pragma once

#include "api/ApiParticulierClient.h"
#include "api/PersonFetch.h"
#include "domain/Identity.h"
#include "eligibility/Engine.h"
#include "eligibility/Reglement.h"
#include "store/Retention.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <QTranslator>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace ccas {

class Database;
class ImpotParticulierClient;
class DossierRepository;
class ArchiveExporter;
class FakeApiServer;
class KeyManager;
class SecretStore;
class SecureKey;

// guichet-ccas-cli: the command-line front end. The contract (options, output, exit codes) is
// documented in README.md and relied on by scripts and tests: keep it stable.
class CliApp final : public QObject
{
    Q_OBJECT
public:
    enum ExitCode
    {
        Ok = 0,
        Other = 1,
        InvalidInput = 2,
        NotFound = 3,
        Unauthorized = 4,
        RateLimited = 5,
        Unavailable = 6,
        Malformed = 7,
        StorageUnavailable = 8,
    };

    CliApp(QStringList arguments, QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~CliApp() override;
    Q_DISABLE_COPY_MOVE(CliApp)

    // Starts the command; `finished` is emitted once with the exit code (demo-server runs until stopped).
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Options;
    bool parse();
    bool parseIdentity();
    bool intOption(const QString& name, int* out);
    void runWithToken();
    void runCommand(const QString& token);
    void runDemoServer();

    // API Impôt particulier (CliImpot.cpp).
    void runImpot();
    struct ImpotSetup;
    std::optional<ImpotSetup> impotSetup(bool required);

    // Profile and dossier commands (CliStore.cpp).
    bool isStoreCommand() const;
    void printDone(const QString& text);
    void runStore();
    void runInit();
    void openProfile(std::function<void()> next);
    void dispatchStore();
    void runDossier(const QString& sub);
    void runDossierFetch(const QString& id);
    void runDossierBudget(const QString& id);
    void runDossierClose(const QString& id);
    void runDossierMenage(const QString& id);
    void runPurge(bool dryRun);
    void purgeWith(const RetentionPolicy& policy, bool dryRun, int exitCode);
    void runJournal(const QString& sub);
    std::optional<QString> passphrase(bool* failed);
    QString agent() const;
    QString profileDir() const;
    void printOutcomes(const QList<SourceOutcome>& outcomes, bool single);
    void fail(int code, const QString& message);
    void usageError(const QString& message);
    void done(int code);
    QString optionFor(const QString& field) const;

    // Eligibility: evaluate and summary (CliEligibility.cpp).
    bool isEligibilityCommand() const;
    void runEligibility();
    void runEvaluateDossier();
    void runSummary();
    void printEvaluation(const Evaluation& evaluation, const QStringList& warnings);

    // SEDA archive export (CliArchive.cpp).
    bool checkArchiveOptions();
    void runArchive();

    QStringList m_args;
    QNetworkAccessManager* m_nam;
    std::unique_ptr<Options> m_opt;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    ApiParticulierClient* m_client = nullptr;
    PersonFetch* m_fetch = nullptr;
    FakeApiServer* m_server = nullptr;
    SecretStore* m_secrets = nullptr;
    Database* m_db = nullptr;
    ImpotParticulierClient* m_impot = nullptr;
    KeyManager* m_keys = nullptr;
    std::unique_ptr<DossierRepository> m_dossiers;
    std::unique_ptr<ArchiveExporter> m_archive; // after m_dossiers: destroyed (and waited for) first
    std::shared_ptr<const SecureKey> m_kek;
    std::optional<Reglement> m_reglement;
    QString m_profileCcasName; // from the profile, once opened
    QString m_profileSiret;
    QTextStream m_out;
    QTextStream m_err;
    bool m_done = false;
};

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::CliApp)
public:
    static QString usage();
};

} // namespace ccas
