#pragma once

#include "api/ImpotParticulierClient.h"
#include "api/PersonFetch.h"
#include "domain/Dossier.h"
#include "eligibility/Reglement.h"
#include "report/EligibilitySummary.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QCloseEvent;
class QTabWidget;

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace ccas {

class DossierListModel;
class DossierWorkspace;
class IdentityForm;
class ProfileSession;
struct RetentionReport;

// The first window: an identity form, a « Consulter » action that fetches the family quotient and
// the five statuses in parallel with progress and cancel, and the results with their provenance.
// With API Impôt particulier, a tax number typed in the form also fetches the household's tax
// situation (DGFiP), in parallel with the others and in its own row.
// With a profile session, a dossier panel on the left lists, searches, creates and opens the
// encrypted dossiers; a consultation on an open dossier is saved into it. Without one, the window
// only consults and keeps nothing.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        // Opens the connection settings (environment, SIRET, token). Provided by the composition
        // root; empty in the demo.
        std::function<void(QWidget* parent)> openSettings;
        // The profile whose dossiers the panel shows (not owned; must outlive the window). Null: no
        // dossier panel.
        ProfileSession* session = nullptr;
        // API Impôt particulier (not owned; must outlive the window). Null: no tax number field
        // and no tax row. Not configured: the row says so and nothing is sent.
        ImpotParticulierClient* impot = nullptr;

        // The CCAS règlement the eligibility panel applies (with a session only), loaded by the
        // composition root. None: the panel says how to choose one; `reglementErrors` then lists why
        // the configured file `reglementPath` could not be used.
        std::optional<Reglement> reglement = std::nullopt;
        QString reglementPath = QString();
        QStringList reglementErrors = QStringList();
        // Keeps the path of a règlement the agent chose in the window (it loaded without error);
        // false when it could not be kept. Empty: the choice lasts as long as the window.
        std::function<bool(const QString& path)> saveReglementPath = nullptr;
        // The CCAS letterhead of the printed summaries, read at each print. Empty: the profile's
        // CCAS name only.
        std::function<CcasLetterhead()> letterhead = nullptr;
        // Locks the desk at once (the File menu's « Lock », Ctrl+L from any window of the
        // application); given by the composition root (DeskLock::lock). Empty: no such action.
        std::function<void()> lockDesk = nullptr;
        // The setting ArchiveFolder (where packages go by default), read when the archive export
        // opens. Empty: the Documents folder.
        std::function<QString()> archiveFolder = nullptr;
    };

    MainWindow(PersonFetch* fetch, Options options, QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    IdentityForm* identityForm() const { return m_form; }

    // The dossier shown in the form, empty when none.
    QString openDossierId() const { return m_openId; }

    // Applies a règlement file: loaded at once; used and kept (Options::saveReglementPath) when it
    // has no error, else its errors are listed in the eligibility panel. Empty: no règlement.
    void useReglementFile(const QString& path);

public Q_SLOTS:
    void consult();
    void cancel();
    void newDossier();
    void openSelectedDossier();
    void openDossier(const QString& id);
    void clearDossier();
    void refreshDossiers();
    void chooseReglement(); // a file chooser (non-modal), then useReglementFile

private:
    void onStarted(int count);
    void onSourceFinished(const SourceOutcome& outcome);
    void onFinished(bool cancelled);
    void onTaxFinished(const Result<TaxSituation, ApiError>& result);
    void finishIfDone();
    bool busy() const;
    void resetResults();
    QTreeWidgetItem* itemFor(Source source) const;
    QTreeWidgetItem* taxItem() const;
    void setItemLines(QTreeWidgetItem* item, const QStringList& lines);

    QWidget* buildDossierPanel(QWidget* parent);
    void connectSession();
    void setPanelState(bool usable, const QString& message, bool offerUnlock);
    void showDossier(const Dossier& dossier);
    void showStoredSources(const QList<StoredSource>& sources);
    void updateDossierLabel();
    void saveOutcomes(const QString& dossierId, const QList<SourceOutcome>& outcomes,
                      const std::optional<Result<TaxSituation, ApiError>>& tax);
    void reloadDossierStatus(const QString& id);
    void onRetentionFinished(const RetentionReport& report);
    void openArchiveExport(); // with the selected dossier when it is closed
    void updateDossierActions();
    void fillRequestedAids(); // the aids of the règlement in use, for a new dossier
    void onWorkspaceChanged(const QString& id);
    void leaveDossier(); // empties the form and the dossier's work, without asking
    // Runs `proceed` at once when the open dossier has no unsaved figures; else asks (without a
    // nested event loop) whether to save them, drop them or stay.
    void confirmLeave(std::function<void()> proceed);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    PersonFetch* m_fetch;
    Options m_options;
    IdentityForm* m_form = nullptr;
    QPushButton* m_consultButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_results = nullptr;

    // Dossier panel (only with a session).
    ProfileSession* m_session = nullptr;
    QWidget* m_dossierPanel = nullptr;
    QLabel* m_panelMessage = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_aidFilter = nullptr; // filled from the aid codes in the store
    QTableView* m_table = nullptr;
    DossierListModel* m_model = nullptr;
    QPushButton* m_newButton = nullptr;
    QComboBox* m_requestedAid = nullptr; // the aid a new dossier is opened for
    QPushButton* m_openButton = nullptr;
    QLabel* m_dossierLabel = nullptr;
    QPushButton* m_clearButton = nullptr;
    QLabel* m_retentionLabel = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTabWidget* m_tabs = nullptr;            // identity and sources | household, eligibility, decision
    DossierWorkspace* m_workspace = nullptr; // the open dossier's household, eligibility and decision
    QString m_listCurrentId;                 // the selected dossier while the list is replaced
    quint64 m_openSerial = 0;                // the newest open request
    bool m_creating = false;
    bool m_closeConfirmed = false; // the agent chose what to do with unsaved figures: the window may go
    QString m_openId;              // the dossier shown in the form
    DossierStatus m_openStatus = DossierStatus::Brouillon;
    Identity m_openIdentity; // its stored identity: what a consultation fetches
    QDateTime m_openCreatedAt;
    QString m_fetchDossierId; // the dossier the running consultation is saved into
    QString m_openSpi;        // its stored tax number

    // API Impôt particulier (only with options.impot).
    enum class TaxPlan
    {
        None,          // no tax row
        NoSpi,         // no tax number typed: not consulted
        NotConfigured, // the DGFiP access is not set up: nothing sent
        Fetch,         // fetched with the other sources
    };
    ImpotParticulierClient* m_impot = nullptr;
    TaxPlan m_taxPlan = TaxPlan::None;                         // of the running (or last) consultation
    ImpotParticulierClient::Handle m_taxHandle = 0;            // the tax request in flight, 0 when none
    std::optional<Result<TaxSituation, ApiError>> m_taxResult; // its result, for the dossier
    bool m_consulting = false; // from « Consulter » until every source (tax included) is done
    bool m_fetchCancelled = false;
};

} // namespace ccas
