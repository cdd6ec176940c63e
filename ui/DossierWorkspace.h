#pragma once

#include "domain/Dossier.h"
#include "eligibility/Engine.h"
#include "eligibility/Menage.h"
#include "eligibility/Reglement.h"
#include "report/EligibilitySummary.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ccas {

class EligibilityPanel;
class HouseholdEditor;
class ProfileSession;

// The work on one open dossier, beside its identity and sources: the household and budget entry,
// the eligibility under the CCAS's règlement (recomputed as the figures are typed), the decision,
// and the printable summary (preview, PDF, pseudonymised variant for the commission).
// Everything stored goes through the session's repository, asynchronously; every message is shown
// in the window (no dialog but the confirmation of closing, the print preview and the file chooser,
// all opened without a nested event loop).
class DossierWorkspace final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int EvaluationDelayMs = 150; // after the last keystroke

    // `session` (not owned) must outlive the workspace; `letterhead` gives the CCAS header printed on
    // the summaries (read at each print; may be empty: the profile's CCAS name then).
    DossierWorkspace(ProfileSession* session, std::function<CcasLetterhead()> letterhead, QWidget* parent = nullptr);
    ~DossierWorkspace() override;
    Q_DISABLE_COPY_MOVE(DossierWorkspace)

    // The règlement the aids are evaluated with. None: the panel says how to configure one.
    // `errors`: the configured file could not be used (listed in the panel).
    void setReglement(const std::optional<Reglement>& reglement, const QString& path, const QStringList& errors = {});
    // A règlement the agent chose could not be loaded: its errors are listed, the one in use stays.
    void rejectReglement(const QString& path, const QStringList& errors);
    bool hasReglement() const { return m_reglement.has_value(); }

    void setDossier(const Dossier& dossier);
    // The stored dossier changed elsewhere (a consultation saved new sources, the status moved):
    // the notes on what the APIs gave and the evaluation follow; what is typed stays.
    void setStoredDossier(const Dossier& dossier);
    void clearDossier();
    QString dossierId() const { return m_dossier.id; }
    bool hasUnsavedChanges() const;

    HouseholdEditor* householdEditor() const { return m_editor; }
    EligibilityPanel* eligibilityPanel() const { return m_panel; }

    // Saves the figures (when they can all be read), then runs `next`; nothing runs when saving
    // fails (the message says why, in the window).
    void saveThen(std::function<void()> next);

public Q_SLOTS:
    void save();
    void recordDecision();
    void closeDossier(); // asks first (non-modal confirmation)
    void printPreview();
    void exportPdf();
    void evaluateNow();

Q_SIGNALS:
    // Something was stored in the dossier (figures, decision, closing): the list and the status
    // line should follow.
    void dossierChanged(const QString& id);

private:
    QWidget* buildDecisionGroup();
    QWidget* buildSummaryGroup();
    void scheduleEvaluation();
    void loadHistory();
    // Saves the figures when they changed, then runs `next` (not run when saving fails).
    void withSavedFigures(std::function<void()> next);
    void decide(const Decision& decision);
    void doClose();
    void onAidChanged(const QString& code);
    void updateOutcomeState();
    void updateActions();
    void updateDecisionLabel();
    void setStatus(const QString& text);
    SummaryInput summaryInput() const;
    void journalSummary(bool pdf, bool pseudonymised);
    QDate referenceDate() const;
    QString reglementText() const;

    ProfileSession* m_session;
    std::function<CcasLetterhead()> m_letterhead;
    std::optional<Reglement> m_reglement;
    QString m_reglementPath;
    QStringList m_reglementErrors;   // the configured file could not be used
    QStringList m_reglementRejected; // a later choice could not be used (the one in use stays)

    Dossier m_dossier; // as stored (plus what was saved from here since)
    bool m_open = false;
    QList<AideRecue> m_history;
    bool m_historyLoaded = false;
    bool m_selectDossierAid = false; // select the dossier's aid in the first evaluation shown
    QString m_historyError;
    quint64 m_serial = 0; // the dossier shown: answers for an earlier one are ignored
    Menage m_menage;      // of the last evaluation (for the summary)
    QString m_applicantAddress;
    bool m_saving = false;
    bool m_deciding = false;
    bool m_amountTouched = false; // the agent typed the decision's amount: no more pre-filling

    HouseholdEditor* m_editor = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_saveState = nullptr;
    EligibilityPanel* m_panel = nullptr;
    QTimer* m_evalTimer = nullptr;

    QLabel* m_decisionState = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_amountMessage = nullptr;
    QPlainTextEdit* m_motif = nullptr;
    QLabel* m_motifMessage = nullptr;
    QPushButton* m_decideButton = nullptr;
    QPushButton* m_closeButton = nullptr;

    QCheckBox* m_pseudonymise = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace ccas
