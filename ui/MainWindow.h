#pragma once

#include "api/PersonFetch.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ccas {

class IdentityForm;

// The first window: an identity form, a « Consulter » action that fetches the family quotient and
// the five statuses in parallel with progress and cancel, and the results with their provenance.
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
    };

    MainWindow(PersonFetch* fetch, Options options, QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    IdentityForm* identityForm() const { return m_form; }

public Q_SLOTS:
    void consult();
    void cancel();

private:
    void onStarted(int count);
    void onSourceFinished(const SourceOutcome& outcome);
    void onFinished(bool cancelled);
    void resetResults();
    QTreeWidgetItem* itemFor(Source source) const;

    PersonFetch* m_fetch;
    Options m_options;
    IdentityForm* m_form = nullptr;
    QPushButton* m_consultButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_results = nullptr;
};

} // namespace ccas
