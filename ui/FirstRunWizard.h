#pragma once

#include "report/RecoverySheet.h"
#include "session/FirstRunSetup.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ccas {

class WizardCheckedPage;

// The first start on a computer: the CCAS (name, SIRET, address, logo), the agent id, the recovery
// passphrase (strength, confirmation, printable recovery sheet), the API access (environment,
// gateway, API Particulier token, DGFiP client ID and secret — all optional), the règlement of the
// aids (optional, checked), then a summary. « Next » stays disabled while a page is not valid, with
// the reason shown on the page. Shown with open(); « Finish » emits setupRequested() and keeps the
// wizard busy until the caller closes it with closeAfterSetup() or shows why it failed with
// showError() (the administrator may then go back, correct and finish again).
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
public:
    using Values = FirstRunSetup::Values;
    enum PageId
    {
        CcasPageId,
        AgentPageId,
        PassphrasePageId,
        ApiPageId,
        ReglementPageId,
        SummaryPageId,
    };

    // `initial`: values already known (settings of an earlier, unfinished start); its secrets and
    // passphrase are ignored. An empty agent id defaults to the OS user name.
    explicit FirstRunWizard(const QString& profileDir, const Values& initial = Values(), QWidget* parent = nullptr);
    ~FirstRunWizard() override;
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

    Values values() const;
    // What the recovery sheet shows (never the passphrase).
    RecoverySheetInput recoverySheetInput() const;

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString& message); // ends the busy state
    void closeAfterSetup();                 // the profile exists: closes the wizard (accepted)

    void accept() override; // « Finish »: emits setupRequested()
    void reject() override; // ignored while busy

Q_SIGNALS:
    void setupRequested(const ccas::FirstRunSetup::Values& values);

private:
    WizardCheckedPage* buildCcasPage(const Values& initial);
    WizardCheckedPage* buildAgentPage(const Values& initial);
    WizardCheckedPage* buildPassphrasePage();
    WizardCheckedPage* buildApiPage(const Values& initial);
    WizardCheckedPage* buildReglementPage(const Values& initial);
    WizardCheckedPage* buildSummaryPage();

    bool checkCcas();
    bool checkAgent();
    bool checkPassphrase();
    bool checkApi();
    bool checkReglement();
    void loadReglement();
    void updateSummary();
    void browse(QLineEdit* edit, const QString& title, const QString& filter, const QString& objectName);
    void printRecoverySheet();
    void saveRecoverySheet();

    QString m_profileDir;
    bool m_busy = false;
    bool m_closing = false;

    WizardCheckedPage* m_ccasPage = nullptr;
    QLineEdit* m_ccasName = nullptr;
    QLineEdit* m_siret = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_logo = nullptr;
    QLabel* m_ccasMessage = nullptr;

    WizardCheckedPage* m_agentPage = nullptr;
    QLineEdit* m_agentId = nullptr;
    QLabel* m_agentMessage = nullptr;

    WizardCheckedPage* m_passphrasePage = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_confirmMessage = nullptr;
    QLabel* m_sheetStatus = nullptr;

    WizardCheckedPage* m_apiPage = nullptr;
    QComboBox* m_environment = nullptr;
    QLineEdit* m_gatewayUrl = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_impotBaseUrl = nullptr;
    QLineEdit* m_impotTokenUrl = nullptr;
    QLineEdit* m_impotClientId = nullptr;
    QLineEdit* m_impotClientSecret = nullptr;
    QLabel* m_apiMessage = nullptr;

    WizardCheckedPage* m_reglementPage = nullptr;
    QLineEdit* m_reglementPath = nullptr;
    QLabel* m_reglementStatus = nullptr;
    QListWidget* m_reglementErrors = nullptr;
    QTimer* m_reglementTimer = nullptr;
    QString m_reglementChecked; // the path whose check is shown
    bool m_reglementOk = true;

    WizardCheckedPage* m_summaryPage = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_progress = nullptr;
};

} // namespace ccas
