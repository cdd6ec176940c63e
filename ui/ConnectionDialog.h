#pragma once

#include "settings/Settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace ccas {

// Connection settings: API Particulier (environment, gateway URL, the CCAS SIRET and the token),
// the DGFiP's API Impôt particulier (data and token URLs, ID_Teleservice, client ID and secret), and
// the CCAS itself (letterhead of the printed summaries, règlement of its aids, checked on accept), and
// this desk (the agent's identifier, the lock after inactivity), and in a tab of their own the
// archives (SEDA transfers: the archives service's identifiers, the appraisal and access rules, the
// export before the purge).
// The dialog only collects and checks values; the caller stores them (settings file, keychain).
// Saved secrets are never shown: an empty secret field keeps the saved one.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QString environment; // "production", "staging", "gateway"
        QString gatewayUrl;
        QString siret;
        int timeoutSeconds = 12;
        QString newToken; // empty = keep the saved token

        // API Impôt particulier (DGFiP). Both URLs empty: not used.
        QString impotBaseUrl;         // data API root, https
        QString impotTokenUrl;        // OAuth2 token endpoint, https
        QString impotIdTeleservice;   // optional
        QString newImpotClientId;     // empty = keep the saved client ID
        QString newImpotClientSecret; // empty = keep the saved client secret

        // The CCAS: letterhead of the printed summaries, and the règlement of its aids.
        QString ccasName;
        QString ccasAddress;   // lines separated by '\n'
        QString ccasLogoPath;  // PNG or JPEG, optional
        QString reglementPath; // JSON (docs/reglement.md); empty: none

        // This desk: the agent's identifier in the journal (empty: the OS user name) and the lock
        // after inactivity (minutes, 0 = never).
        QString agentId;
        int lockMinutes = 5;

        // Archives (SEDA 2.3 transfers): the archives service's identifiers and its rules for the
        // facultative-aid files. Final actions are "Keep" or "Destroy". Defaults: the settings' own.
        QString archivalAgencyId;
        QString archivalAgreement;
        QString transferringAgencyId; // empty: the CCAS SIRET
        QString grantedRule = Settings::defaultValue(Settings::Key::AppraisalGrantedRule).toString();
        QString grantedAction = Settings::defaultValue(Settings::Key::AppraisalGrantedAction).toString();
        int grantedSampling = Settings::defaultValue(Settings::Key::AppraisalGrantedSampling).toInt(); // 0: none
        QString refusedRule = Settings::defaultValue(Settings::Key::AppraisalRefusedRule).toString();
        QString refusedAction = Settings::defaultValue(Settings::Key::AppraisalRefusedAction).toString();
        QString abandonedRule = Settings::defaultValue(Settings::Key::AppraisalAbandonedRule).toString();
        QString abandonedAction = Settings::defaultValue(Settings::Key::AppraisalAbandonedAction).toString();
        QString accessRule = Settings::defaultValue(Settings::Key::AccessRule).toString();
        bool archiveBeforePurge = false;
        QString archiveFolder;
    };

    // The archive fields from the settings into `values`, and back (the caller syncs the file).
    static void readArchiveSettings(const Settings& settings, Values& values);
    static void writeArchiveSettings(const Values& values, Settings& settings);

    explicit ConnectionDialog(const Values& current, QWidget* parent = nullptr);
    ~ConnectionDialog() override;
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

    Values values() const;
    void accept() override;

private:
    void updateGatewayState();
    QWidget* buildCcasGroup(const Values& current);
    QWidget* buildDeskGroup(const Values& current);
    QWidget* buildArchiveTab(const Values& current);
    // The archive fields' problems (empty when none); `wrong` gets the field to correct.
    QString archiveError(const Values& v, QWidget** wrong) const;
    // A file chooser opened without a nested event loop; the chosen path goes into `edit`.
    void browse(QLineEdit* edit, const QString& title, const QString& filter, const QString& objectName);

    QComboBox* m_environment = nullptr;
    QLineEdit* m_gatewayUrl = nullptr;
    QLineEdit* m_siret = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_impotBaseUrl = nullptr;
    QLineEdit* m_impotTokenUrl = nullptr;
    QLineEdit* m_impotTeleservice = nullptr;
    QLineEdit* m_impotClientId = nullptr;
    QLineEdit* m_impotClientSecret = nullptr;
    QLineEdit* m_ccasName = nullptr;
    QPlainTextEdit* m_ccasAddress = nullptr;
    QLineEdit* m_ccasLogo = nullptr;
    QLineEdit* m_reglement = nullptr;
    QLineEdit* m_agentId = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_archiveTab = nullptr;
    QLineEdit* m_archivalAgency = nullptr;
    QLineEdit* m_archivalAgreement = nullptr;
    QLineEdit* m_transferringAgency = nullptr;
    QLineEdit* m_grantedRule = nullptr;
    QComboBox* m_grantedAction = nullptr;
    QSpinBox* m_grantedSampling = nullptr;
    QLineEdit* m_refusedRule = nullptr;
    QComboBox* m_refusedAction = nullptr;
    QLineEdit* m_abandonedRule = nullptr;
    QComboBox* m_abandonedAction = nullptr;
    QLineEdit* m_accessRule = nullptr;
    QCheckBox* m_archiveBeforePurge = nullptr;
    QLineEdit* m_archiveFolder = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace ccas
