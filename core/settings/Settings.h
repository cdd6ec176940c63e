#pragma once

#include "api/ApiParticulierConfig.h"

#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace ccas {

// Typed application settings with one table of keys and defaults, stored as an INI file whose path
// is injected (tests use a temporary file). Secrets never go here: the token lives in the keychain.
class Settings
{
public:
    enum class Key
    {
        ApiEnvironment,          // "production", "staging" or "gateway"
        ApiGatewayUrl,           // base URL of a CCAS gateway that adds the token itself
        Recipient,               // the CCAS SIRET
        TimeoutSeconds,          // per-call transfer timeout
        MaxRequestsPerSecond,    // <= 20
        Language,                // "fr" or "en"
        AgentId,                 // the agent's identifier in the journal (default: the OS user)
        CcasName,                // the CCAS's name (summaries, archives)
        RetentionClosedMonths,   // purge closed dossiers after this many months
        RetentionInactiveMonths, // purge dossiers with no activity after this many months
        JournalMonths,           // keep the access journal this many months
        ImpotBaseUrl,            // API Impôt particulier data root (given with the habilitation)
        ImpotTokenUrl,           // its OAuth2 token endpoint
        ImpotIdTeleservice,      // optional ID_Teleservice header
        CcasAddress,             // the CCAS's postal address (summary letterhead), lines separated by \n
        CcasLogoPath,            // PNG/JPEG logo printed on summaries (optional)
        ReglementPath,           // the CCAS règlement (JSON, docs/reglement.md); empty: none configured
        LockMinutes,             // lock the window after this many minutes without input; 0: never
        FirstRunDone,            // the first-run wizard was completed (bool)
        // SEDA archive transfers (core/archive; the identifiers come from the archives service).
        ArchivalAgreement,        // the transfer agreement (convention de versement) id
        ArchivalAgencyId,         // the archives service's identifier
        TransferringAgencyId,     // the transferring service's identifier (empty: the CCAS SIRET)
        AppraisalGrantedRule,     // appraisal rule code for granted aid files
        AppraisalGrantedAction,   // "Keep" or "Destroy" at the end of the retention period
        AppraisalGrantedSampling, // granted files kept 1 in N at the end (0: no sampling, 1: all)
        AppraisalRefusedRule,     // appraisal rule code for refused requests
        AppraisalRefusedAction,   // "Keep" or "Destroy"
        AppraisalAbandonedRule,   // appraisal rule code for abandoned requests (sans suite)
        AppraisalAbandonedAction, // "Keep" or "Destroy"
        AccessRule,               // access rule code (private life: 50 years)
        ArchiveBeforePurge,       // export closed files to ArchiveFolder before retention purges them
        ArchiveFolder,            // where the « exporter avant purge » packages are written
    };

    // The default location: the per-user configuration folder (~/.config/guichet-ccas/guichet-ccas.ini).
    static QString defaultPath();
    // `profileDir` non-empty: settings live in PROFILE/guichet-ccas.ini.
    static QString pathForProfile(const QString& profileDir);

    explicit Settings(const QString& iniPath);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    QString path() const;
    bool sync(); // false when the file could not be written

    // The API Particulier configuration these settings describe (without the token).
    ApiParticulierConfig apiParticulierConfig() const;

    static QString name(Key key);
    static QVariant defaultValue(Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ccas
