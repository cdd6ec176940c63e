#pragma once

#include "archive/ArchiveExporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace ccas {

class ProfileSession;

// « Exporter pour les archives (SEDA) » (issue 7): the closed dossiers to transfer (the one selected
// in the window, all of them, or those closed before a date), the target .zip, who receives it (the
// archives service's identifiers from the settings, with what prevents a transfer) and the export
// itself, off the GUI thread, with its progress and a cancel that leaves nothing at the path. Non-modal:
// the window stays usable; the result (path, number of dossiers, message identifier) or the error is
// shown in place and the options stay as chosen.
class ArchiveExportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Exporting,
        Done,
        Failed,
        Canceled,
    };
    Q_ENUM(State)

    struct Options
    {
        // The closed dossiers selected in the window; empty: « Selected dossier » is disabled.
        QStringList closedIds;
        // Setting ArchiveFolder: the default folder of the package when it exists (else Documents).
        QString archiveFolder;
        // Someone answers settingsRequested() (the window opens its settings dialog).
        bool canOpenSettings = false;
    };

    // `session` (not owned) must outlive the dialog.
    ArchiveExportDialog(ProfileSession* session, Options options, QWidget* parent = nullptr);
    ~ArchiveExportDialog() override; // cancels a running export (nothing is left at its path)
    Q_DISABLE_COPY_MOVE(ArchiveExportDialog)

    // The dialog of `parent` (created the first time), shown and raised; an idle one takes the new
    // selection and settings.
    static ArchiveExportDialog* showFor(ProfileSession* session, const Options& options, QWidget* parent);

    State state() const { return m_state; }
    bool isExporting() const { return m_state == State::Exporting; }
    // The selection of the window (ignored while exporting).
    void setSelection(const QStringList& closedIds);
    // Reads again the settings' side of the transfer (identifiers, problems, règlement warnings).
    void refreshPolicy();
    QString targetPath() const; // the .zip as it will be written
    const ArchiveReport& report() const { return m_report; }

public Q_SLOTS:
    void startExport();
    void cancelExport();
    void reject() override; // closing while exporting cancels the export

Q_SIGNALS:
    // « Archive settings… »: the window opens its settings dialog.
    void settingsRequested();
    // The export ended (Done, Failed or Canceled).
    void exportEnded(ccas::ArchiveExportDialog::State state);

protected:
    bool event(QEvent* event) override;

private:
    void chooseFile();
    void updateState();
    void updateReplace();
    void onFinished();
    void showError(const QString& message);

    ProfileSession* m_session;
    Options m_options;
    State m_state = State::Idle;
    QStringList m_policyProblems;
    ArchiveReport m_report;
    QFutureWatcher<Result<ArchiveReport, ArchiveError>>* m_watcher = nullptr;
    bool m_cancelRequested = false;

    QRadioButton* m_selected = nullptr;
    QRadioButton* m_allClosed = nullptr;
    QRadioButton* m_closedBefore = nullptr;
    QDateEdit* m_beforeDate = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QCheckBox* m_replace = nullptr;
    QLabel* m_archivalAgency = nullptr;
    QLabel* m_agreement = nullptr;
    QLabel* m_transferringAgency = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QLabel* m_warnings = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr; // result, error or cancel, in place
    QPushButton* m_openFolder = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace ccas
