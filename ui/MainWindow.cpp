#include "MainWindow.h"

#include "AdminWindow.h"
#include "ArchiveExportDialog.h"
#include "DossierListModel.h"
#include "DossierWorkspace.h"
#include "IdentityForm.h"
#include "NoticePrinter.h"
#include "ShortcutsDialog.h"
#include "api/OutcomeText.h"
#include "api/TaxText.h"
#include "session/ProfileSession.h"
#include "store/DossierRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ccas {

namespace {
constexpr int SourceRole = Qt::UserRole + 1;
constexpr int TaxRowId = -1; // SourceRole of the API Impôt particulier row (not an API Particulier source)
constexpr QLatin1String TaxSourceName("impot"); // StoredSource::source of the tax situation
constexpr int SearchDebounceMs = 200;

// What the dossier panel asks for: the search text, the status and the aid chosen.
DossierQuery dossierQuery(const QLineEdit* search, const QComboBox* status, const QComboBox* aid)
{
    DossierQuery q;
    q.search = search->text();
    if (status->currentData().isValid())
        q.status = DossierStatus(status->currentData().toInt());
    q.aidCode = aid->currentData().toString();
    return q;
}

// The provenance kept in a stored source's JSON (OutcomeText::provenanceJson), back as a value.
Provenance provenanceFromJson(const QJsonObject& o, const QDateTime& fetchedAt)
{
    Provenance p;
    p.api = o.value(QStringLiteral("api")).toString();
    p.endpoint = o.value(QStringLiteral("endpoint")).toString();
    p.provider = o.value(QStringLiteral("fournisseur")).toString();
    p.requestId = o.value(QStringLiteral("request_id")).toString();
    p.periodYear = o.value(QStringLiteral("periode_annee")).toInt();
    p.periodMonth = o.value(QStringLiteral("periode_mois")).toInt();
    p.computedYear = o.value(QStringLiteral("calcul_annee")).toInt();
    p.computedMonth = o.value(QStringLiteral("calcul_mois")).toInt();
    p.fetchedAt = QDateTime::fromString(o.value(QStringLiteral("obtenu_le")).toString(), Qt::ISODate);
    if (!p.fetchedAt.isValid())
        p.fetchedAt = fetchedAt;
    p.fromCache = o.value(QStringLiteral("cache_api")).toBool();
    return p;
}
} // namespace

MainWindow::MainWindow(PersonFetch* fetch, Options options, QWidget* parent)
    : QMainWindow(parent)
    , m_fetch(fetch)
    , m_options(std::move(options))
    , m_session(m_options.session)
    , m_impot(m_options.impot)
{
    setObjectName(QStringLiteral("mainWindow"));
    // No personal data in the title.
    setWindowTitle(m_options.demo ? tr("Guichet CCAS — demonstration") : tr("Guichet CCAS"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    if (m_options.demo) {
        auto* banner = new QLabel(tr("Demonstration: the data shown are the fictitious test cases of API Particulier's "
                                     "staging environment. Nothing is sent to the real API and nothing is kept."),
                                  central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setWordWrap(true);
        banner->setAccessibleName(tr("Demonstration banner"));
        banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3bf; color: #5c4400; border: 1px solid #e0b400; "
                                             "padding: 6px; font-weight: bold; }"));
        layout->addWidget(banner);
    }

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    QSplitter* sourcesSplitter = nullptr; // with a session: the first tab, beside the dossier's work
    if (m_session) {
        m_dossierPanel = buildDossierPanel(splitter);
        m_tabs = new QTabWidget(splitter);
        m_tabs->setObjectName(QStringLiteral("dossierTabs"));
        sourcesSplitter = new QSplitter(Qt::Horizontal, m_tabs);
    }
    QWidget* columnsParent = sourcesSplitter ? static_cast<QWidget*>(sourcesSplitter) : splitter;
    auto* left = new QWidget(columnsParent);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    if (m_session) {
        auto* dossierRow = new QHBoxLayout;
        m_dossierLabel = new QLabel(left);
        m_dossierLabel->setObjectName(QStringLiteral("dossierStatusLabel"));
        m_dossierLabel->setWordWrap(true);
        m_dossierLabel->setTextFormat(Qt::PlainText);
        m_dossierLabel->setAccessibleName(tr("Current dossier"));
        m_clearButton = new QPushButton(tr("L&eave dossier"), left);
        m_clearButton->setObjectName(QStringLiteral("clearDossierButton"));
        m_clearButton->setToolTip(tr("Close the dossier view and empty the form for another person"));
        m_clearButton->setAccessibleName(tr("Leave the open dossier"));
        dossierRow->addWidget(m_dossierLabel, 1);
        dossierRow->addWidget(m_clearButton);
        leftLayout->addLayout(dossierRow);
        connect(m_clearButton, &QPushButton::clicked, this, &MainWindow::clearDossier);
    }
    m_form = new IdentityForm(left);
    m_form->setTaxFieldsVisible(m_impot != nullptr);
    auto* scroll = new QScrollArea(left);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    leftLayout->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    m_consultButton = new QPushButton(tr("&Consult"), left);
    m_consultButton->setObjectName(QStringLiteral("consultButton"));
    m_consultButton->setDefault(true);
    m_consultButton->setToolTip(tr("Fetch the family quotient and the five statuses (Ctrl+Enter)"));
    m_consultButton->setAccessibleName(tr("Consult API Particulier"));
    if (m_impot) {
        m_consultButton->setToolTip(tr("Fetch the family quotient, the five statuses and, with a tax number, the tax "
                                       "situation (Ctrl+Enter)"));
        m_consultButton->setAccessibleName(tr("Consult API Particulier and API Impôt particulier"));
    }
    m_cancelButton = new QPushButton(tr("C&ancel"), left);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    m_cancelButton->setAccessibleName(tr("Cancel the consultation"));
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_consultButton);
    leftLayout->addLayout(buttons);

    auto* right = new QWidget(columnsParent);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(right);
    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setRange(0, int(Sources::all().size()) + (m_impot ? 1 : 0));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m sources"));
    m_progress->setAccessibleName(tr("Sources received"));
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_results = new QTreeWidget(right);
    m_results->setObjectName(QStringLiteral("resultsTree"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Source"), tr("Result")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->setAccessibleName(tr("Results by source"));
    m_results->setWordWrap(true);
    m_results->setUniformRowHeights(false);
    rightLayout->addWidget(m_progress);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_results, 1);
    if (m_dossierPanel) {
        sourcesSplitter->addWidget(left);
        sourcesSplitter->addWidget(right);
        sourcesSplitter->setStretchFactor(0, 2);
        sourcesSplitter->setStretchFactor(1, 3);
        sourcesSplitter->setSizes({460, 600});
        m_tabs->addTab(sourcesSplitter, tr("Identity and sources"));
        m_tabs->setTabToolTip(0, tr("The person, the consultation of the APIs and what they gave (Ctrl+1)"));
        m_workspace = new DossierWorkspace(m_session, m_options.letterhead, m_tabs);
        m_tabs->addTab(m_workspace, tr("Household, eligibility and decision"));
        m_tabs->setTabToolTip(1, tr("Resources and charges, the aids of the règlement, the decision and the "
                                    "summary (Ctrl+2)"));
        m_tabs->setTabEnabled(1, false);
        m_workspace->setReglement(m_options.reglement, m_options.reglementPath, m_options.reglementErrors);
        connect(m_workspace, &DossierWorkspace::dossierChanged, this, &MainWindow::onWorkspaceChanged);
        splitter->addWidget(m_dossierPanel);
        splitter->addWidget(m_tabs);
        splitter->setStretchFactor(0, 2);
        splitter->setStretchFactor(1, 5);
        splitter->setSizes({440, 1160});
    } else {
        splitter->addWidget(left);
        splitter->addWidget(right);
        splitter->setStretchFactor(0, 2);
        splitter->setStretchFactor(1, 3);
        splitter->setSizes({430, 670});
    }
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    resetResults();

    // Menus and shortcuts.
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    if (m_options.openSettings) {
        QAction* settingsAction = fileMenu->addAction(tr("&Connection settings…"));
        settingsAction->setObjectName(QStringLiteral("settingsAction"));
        connect(settingsAction, &QAction::triggered, this, [this]() { m_options.openSettings(this); });
        fileMenu->addSeparator();
    }
    if (m_workspace) {
        QAction* reglementAction = fileMenu->addAction(tr("&Règlement of the aids…"));
        reglementAction->setObjectName(QStringLiteral("reglementAction"));
        reglementAction->setToolTip(
            tr("Choose the JSON file of the CCAS's règlement the eligibility is computed with"));
        connect(reglementAction, &QAction::triggered, this, &MainWindow::chooseReglement);
        fileMenu->addSeparator();
        auto* firstTab = new QAction(tr("Identity and sources tab"), this);
        firstTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
        connect(firstTab, &QAction::triggered, this, [this]() { m_tabs->setCurrentIndex(0); });
        addAction(firstTab);
        auto* secondTab = new QAction(tr("Household, eligibility and decision tab"), this);
        secondTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
        connect(secondTab, &QAction::triggered, this, [this]() {
            if (m_tabs->isTabEnabled(1))
                m_tabs->setCurrentIndex(1);
        });
        addAction(secondTab);
    }
    if (m_options.lockDesk) {
        QAction* lockAction = fileMenu->addAction(tr("&Lock"));
        lockAction->setObjectName(QStringLiteral("lockAction"));
        lockAction->setToolTip(tr("Hide the windows until the recovery passphrase is typed"));
        lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        lockAction->setShortcutContext(Qt::ApplicationShortcut); // from dialogs and previews too
        connect(lockAction, &QAction::triggered, this, [this]() { m_options.lockDesk(); });
        fileMenu->addSeparator();
    }
    // The applicant-information notice (API Particulier CGU): preview and PDF, no personal data.
    auto* notice = new NoticePrinter(m_options.letterhead, m_session, this);
    notice->addActionsTo(fileMenu);
    connect(notice, &NoticePrinter::message, this, [this](const QString& text) { statusBar()->showMessage(text); });
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on Windows
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    if (m_session) {
        // Journal, retention and statistics: clear metadata only, in a window of their own.
        QMenu* adminMenu = menuBar()->addMenu(tr("&Administration"));
        QAction* adminAction = adminMenu->addAction(tr("&Journal, retention and statistics…"));
        adminAction->setObjectName(QStringLiteral("adminAction"));
        connect(adminAction, &QAction::triggered, this, [this]() { AdminWindow::showFor(m_session, this); });
        // SEDA transfer of closed dossiers (issue 7): usable once the profile is open.
        QAction* archiveAction = adminMenu->addAction(tr("E&xport for the archives (SEDA)…"));
        archiveAction->setObjectName(QStringLiteral("actionArchiveExport"));
        archiveAction->setEnabled(m_session->isUnlocked());
        connect(m_session, &ProfileSession::unlocked, archiveAction,
                [archiveAction]() { archiveAction->setEnabled(true); });
        connect(adminMenu, &QMenu::aboutToShow, archiveAction,
                [this, archiveAction]() { archiveAction->setEnabled(m_session->isUnlocked()); });
        connect(archiveAction, &QAction::triggered, this, &MainWindow::openArchiveExport);
    }

    auto* consultAction = new QAction(tr("Look up the sources of the person in the form"), this);
    consultAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(consultAction, &QAction::triggered, this, &MainWindow::consult);
    addAction(consultAction);
    auto* cancelAction = new QAction(tr("Cancel the running consultation"), this);
    cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(cancelAction, &QAction::triggered, this, &MainWindow::cancel);
    addAction(cancelAction);

    connect(m_consultButton, &QPushButton::clicked, this, &MainWindow::consult);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_form, &IdentityForm::submitted, this, &MainWindow::consult);
    connect(m_fetch, &PersonFetch::started, this, &MainWindow::onStarted);
    connect(m_fetch, &PersonFetch::sourceFinished, this, &MainWindow::onSourceFinished);
    connect(m_fetch, &PersonFetch::finished, this, &MainWindow::onFinished);

    statusBar()->showMessage(m_options.demo ? tr("Demonstration mode") : tr("Ready"));
    if (m_session) {
        m_retentionLabel = new QLabel(this);
        m_retentionLabel->setObjectName(QStringLiteral("retentionLabel"));
        m_retentionLabel->setAccessibleName(tr("Retention status"));
        statusBar()->addPermanentWidget(m_retentionLabel);
        auto* findAction = new QAction(tr("Search the dossiers"), this);
        findAction->setShortcut(QKeySequence::Find);
        connect(findAction, &QAction::triggered, this, [this]() {
            m_search->setFocus();
            m_search->selectAll();
        });
        addAction(findAction);
        auto* newAction = new QAction(tr("New dossier from the form"), this);
        newAction->setShortcut(QKeySequence::New);
        connect(newAction, &QAction::triggered, this, [this]() {
            if (m_newButton->isEnabled())
                newDossier();
        });
        addAction(newAction);
        connectSession();
        updateDossierLabel();
    }

    // Help › Keyboard shortcuts: the whole list in one place.
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* shortcutsAction = helpMenu->addAction(tr("&Keyboard shortcuts"));
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(shortcutsAction, &QAction::triggered, this, [this]() {
        // Read from the actions themselves (their tooltip, else their text), so the list cannot
        // drift from the keys in use; the windows of their own (administration) are left out.
        QList<ShortcutsDialog::Entry> entries;
        const QList<QAction*> actions = findChildren<QAction*>();
        for (const QAction* action : actions) {
            const auto* owner = qobject_cast<const QWidget*>(action->parent());
            if (action->shortcut().isEmpty() || (owner && owner->window() != this))
                continue;
            entries << ShortcutsDialog::Entry{action->toolTip(), action->shortcut()};
            if (action->shortcut() == QKeySequence(Qt::Key_Down) && m_table) // then Enter in the list
                entries << ShortcutsDialog::Entry{tr("Open the selected dossier"), QKeySequence(Qt::Key_Return)};
        }
        auto* dialog = new ShortcutsDialog(entries, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // As wide as the work needs, but never wider than the screen (1366 × 768 laptops are common).
    QSize size(m_session ? 1600 : 1100, 760);
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
}

MainWindow::~MainWindow()
{
    if (m_taxHandle != 0)
        m_impot->cancel(m_taxHandle); // its callback would not run anyway: the HTTP exchange is aborted
    // Store jobs started by this window must not finish after it is gone (their continuations name
    // it as their context).
    if (m_session)
        m_session->waitForIdle();
}

void MainWindow::resetResults()
{
    m_results->clear();
    for (Source s : Sources::all()) {
        auto* item = new QTreeWidgetItem(m_results, {Sources::label(s), tr("—")});
        item->setData(0, SourceRole, int(s));
    }
    if (m_impot) {
        auto* item = new QTreeWidgetItem(m_results, {TaxText::label(), tr("—")});
        item->setData(0, SourceRole, TaxRowId);
    }
    m_progress->setValue(0);
}

QTreeWidgetItem* MainWindow::taxItem() const
{
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_results->topLevelItem(i);
        if (item->data(0, SourceRole).toInt() == TaxRowId)
            return item;
    }
    return nullptr;
}

void MainWindow::setItemLines(QTreeWidgetItem* item, const QStringList& lines)
{
    qDeleteAll(item->takeChildren());
    for (const QString& line : lines) {
        // Detail lines span both columns so that long lines (addresses, messages) stay readable.
        auto* child = new QTreeWidgetItem(item, {line});
        child->setFirstColumnSpanned(true);
        child->setToolTip(0, line);
    }
    item->setExpanded(true);
}

bool MainWindow::busy() const
{
    return m_consulting || m_fetch->isRunning() || m_taxHandle != 0 || m_creating;
}

QTreeWidgetItem* MainWindow::itemFor(Source source) const
{
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_results->topLevelItem(i);
        if (item->data(0, SourceRole).toInt() == int(source))
            return item;
    }
    return nullptr;
}

void MainWindow::consult()
{
    if (busy())
        return; // a double click must not send the requests twice
    m_form->clearErrors();
    Identity identity = m_form->identity();
    QString spi = m_form->spi();
    if (!m_openId.isEmpty()) {
        if (m_openStatus == DossierStatus::Clos) {
            m_status->setText(tr("This dossier is closed: nothing more can be fetched into it."));
            return;
        }
        identity = m_openIdentity; // what the dossier holds, not a retyped variant
        spi = m_openSpi;
    }
    const std::optional<int> incomeYear = m_form->incomeYear();
    TaxPlan plan = TaxPlan::None;
    if (m_impot) {
        if (spi.isEmpty()) {
            plan = TaxPlan::NoSpi;
        } else {
            const QList<FieldError> taxErrors = m_impot->validate(spi, incomeYear);
            if (!taxErrors.isEmpty()) {
                // Nothing is sent, to any API: the identity's own messages are shown at the same time.
                QList<FieldError> errors;
                if (m_openId.isEmpty())
                    errors = IdentityValidator::validate(identity, m_session ? m_session->clock().nowUtc().date()
                                                                             : QDate::currentDate());
                errors << taxErrors;
                m_form->showErrors(errors);
                m_status->setText(tr("Correct the fields shown: nothing was sent."));
                return;
            }
            plan = m_impot->config().isConfigured() ? TaxPlan::Fetch : TaxPlan::NotConfigured;
        }
    }
    m_fetchDossierId = m_openId;
    m_taxPlan = plan;
    m_taxResult.reset();
    m_fetchCancelled = false;
    m_consulting = true;
    const QList<FieldError> errors = m_fetch->start(identity, m_form->period()); // emits started()
    if (!errors.isEmpty()) {
        m_consulting = false;
        m_fetchDossierId.clear();
        m_form->showErrors(errors);
        m_status->setText(tr("Correct the fields shown: nothing was sent."));
        return;
    }
    if (plan == TaxPlan::Fetch) {
        // The callback never runs inside this call: the handle is known before it does.
        m_taxHandle = m_impot->fetchSituation(spi, incomeYear, this,
                                              [this](const Result<TaxSituation, ApiError>& r) { onTaxFinished(r); });
    }
}

void MainWindow::cancel()
{
    if (m_taxHandle != 0) {
        m_impot->cancel(m_taxHandle);
        m_taxHandle = 0;
        onTaxFinished(ApiError::make(ApiError::Kind::Cancelled));
    }
    m_fetch->cancel(); // emits finished(true) when API Particulier sources were still running
    finishIfDone();
}

void MainWindow::onStarted(int count)
{
    resetResults();
    const bool taxFetched = m_taxPlan == TaxPlan::Fetch;
    m_progress->setRange(0, count + (taxFetched ? 1 : 0));
    for (int i = 0; i < m_results->topLevelItemCount(); ++i)
        m_results->topLevelItem(i)->setText(1, tr("Querying…"));
    if (QTreeWidgetItem* tax = taxItem()) {
        if (m_taxPlan == TaxPlan::NoSpi) {
            tax->setText(1, tr("No tax number entered: not consulted"));
            tax->setToolTip(1, tax->text(1));
        } else if (m_taxPlan == TaxPlan::NotConfigured) {
            tax->setText(1, tr("DGFiP access not configured: nothing was sent"));
            tax->setToolTip(1, tax->text(1));
            tax->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            setItemLines(tax, {tr("API Impôt particulier is not set up on this computer: an administrator enters its "
                                  "addresses, client ID and client secret in the connection settings. Meanwhile, the "
                                  "paper tax notice can replace it.")});
        }
    }
    m_status->setText(taxFetched ? tr("Querying API Particulier and the DGFiP…") : tr("Querying API Particulier…"));
    m_consultButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_form->setEnabled(false);
    m_cancelButton->setFocus();
    updateDossierActions();
}

void MainWindow::onSourceFinished(const SourceOutcome& outcome)
{
    QTreeWidgetItem* item = itemFor(outcome.source);
    if (!item)
        return;
    item->setText(1, OutcomeText::headline(outcome));
    item->setToolTip(1, OutcomeText::headline(outcome));
    const bool failed = !outcome.answered() && !(outcome.error && outcome.error->kind == ApiError::Kind::Cancelled);
    item->setIcon(0, style()->standardIcon(outcome.ok() ? QStyle::SP_DialogApplyButton
                                           : failed     ? QStyle::SP_MessageBoxWarning
                                                        : QStyle::SP_MessageBoxInformation));
    setItemLines(item, OutcomeText::details(outcome));
    m_progress->setValue(m_progress->value() + 1);
}

void MainWindow::onTaxFinished(const Result<TaxSituation, ApiError>& result)
{
    m_taxHandle = 0;
    m_taxResult = result;
    if (QTreeWidgetItem* item = taxItem()) {
        QString headline;
        QStringList lines;
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        if (result) {
            headline = TaxText::headline(result.value());
            lines = TaxText::details(result.value());
        } else {
            const ApiError& e = result.error();
            SourceOutcome o; // the short wording shared with the API Particulier rows
            o.error = e;
            headline = OutcomeText::headline(o);
            if (e.kind != ApiError::Kind::Cancelled && !e.userMessage().isEmpty())
                lines << e.userMessage();
            if (!e.requestId.isEmpty()) {
                Provenance p; // the X-Correlation-ID, for the DGFiP's support
                p.provider = QString::fromLatin1(ImpotParticulierClient::ProviderName);
                p.requestId = e.requestId;
                lines << tr("Source: %1").arg(OutcomeText::provenance(p));
            }
            const bool answered = e.kind == ApiError::Kind::NotFound || e.kind == ApiError::Kind::Cancelled;
            icon = answered ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning;
        }
        item->setText(1, headline);
        item->setToolTip(1, headline);
        item->setIcon(0, style()->standardIcon(icon));
        setItemLines(item, lines);
    }
    m_progress->setValue(m_progress->value() + 1);
    finishIfDone();
}

void MainWindow::onFinished(bool cancelled)
{
    m_fetchCancelled = m_fetchCancelled || cancelled;
    finishIfDone();
}

void MainWindow::finishIfDone()
{
    if (!m_consulting || m_fetch->isRunning() || m_taxHandle != 0)
        return; // a source is still on its way
    m_consulting = false;
    m_consultButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_form->setEnabled(m_openId.isEmpty()); // an open dossier's identity is not edited here
    int failures = 0;
    for (const SourceOutcome& o : m_fetch->outcomes())
        if (!o.answered())
            ++failures;
    bool cancelled = m_fetchCancelled;
    if (m_taxPlan == TaxPlan::NotConfigured)
        ++failures; // the paper tax notice replaces it, as for a failed source
    if (m_taxResult && !m_taxResult->ok()) {
        const ApiError::Kind kind = m_taxResult->error().kind;
        if (kind == ApiError::Kind::Cancelled)
            cancelled = true;
        else if (kind != ApiError::Kind::NotFound)
            ++failures;
    }
    if (cancelled)
        m_status->setText(tr("Consultation cancelled."));
    else if (failures == 0)
        m_status->setText(tr("Every source answered."));
    else
        m_status->setText(tr("%n source(s) could not be consulted: see the messages below; a paper proof can replace "
                             "them.",
                             nullptr, failures));
    m_consultButton->setFocus();
    if (!m_fetchDossierId.isEmpty()) {
        saveOutcomes(m_fetchDossierId, m_fetch->outcomes(), m_taxResult);
        m_fetchDossierId.clear();
    }
    updateDossierActions();
}

// ---- Dossier panel (with a profile session only) ----

QWidget* MainWindow::buildDossierPanel(QWidget* parent)
{
    auto* panel = new QWidget(parent);
    panel->setObjectName(QStringLiteral("dossierPanel"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    m_panelMessage = new QLabel(panel);
    m_panelMessage->setObjectName(QStringLiteral("dossierPanelMessage"));
    m_panelMessage->setWordWrap(true);
    m_panelMessage->setTextFormat(Qt::PlainText);
    m_panelMessage->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid "
                                                 "palette(mid); padding: 6px; }"));
    layout->addWidget(m_panelMessage);
    m_unlockButton = new QPushButton(panel);
    m_unlockButton->setObjectName(QStringLiteral("unlockProfileButton"));
    m_unlockButton->setVisible(false);
    layout->addWidget(m_unlockButton, 0, Qt::AlignLeft);
    connect(m_unlockButton, &QPushButton::clicked, this, [this]() { m_session->open(); });

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("dossierSearchEdit"));
    m_search->setPlaceholderText(tr("whole names or birth date (dd/mm/yyyy)"));
    m_search->setAccessibleName(tr("Search the dossiers"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("Searc&h:"), panel);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    auto* statusRow = new QHBoxLayout;
    m_statusFilter = new QComboBox(panel);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->setAccessibleName(tr("Show the dossiers with this status"));
    m_statusFilter->addItem(tr("All statuses"), QVariant());
    for (DossierStatus st :
         {DossierStatus::Brouillon, DossierStatus::EnInstruction, DossierStatus::Decide, DossierStatus::Clos})
        m_statusFilter->addItem(DossierText::statusLabel(st), int(st));
    auto* statusLabel = new QLabel(tr("Show on&ly:"), panel);
    statusLabel->setBuddy(m_statusFilter);
    // The aid filter shares the label (Tab goes from the status to the aid).
    m_aidFilter = new QComboBox(panel);
    m_aidFilter->setObjectName(QStringLiteral("aidFilterCombo"));
    m_aidFilter->setAccessibleName(tr("Show the dossiers of this aid"));
    m_aidFilter->addItem(tr("All aids"), QString());
    statusRow->addWidget(statusLabel);
    statusRow->addWidget(m_statusFilter, 1);
    statusRow->addWidget(m_aidFilter, 1);
    layout->addLayout(statusRow);

    // Lazy: one page at a time, fetched by the database thread as the table scrolls.
    m_model = new DossierListModel(this);
    m_model->setRepository(m_session->dossiers());
    m_table = new QTableView(panel);
    m_table->setObjectName(QStringLiteral("dossierTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Dossiers"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Names are never cut: the columns fit their contents and the list scrolls sideways if it must.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);

    // The aid a new dossier is opened for (the règlement's aids; it may stay undetermined).
    auto* aidRow = new QHBoxLayout;
    m_requestedAid = new QComboBox(panel);
    m_requestedAid->setObjectName(QStringLiteral("requestedAidCombo"));
    m_requestedAid->setToolTip(tr("The aid the new dossier is opened for; the decision can grant another one"));
    auto* aidLabel = new QLabel(tr("A&id requested:"), panel);
    aidLabel->setBuddy(m_requestedAid);
    aidRow->addWidget(aidLabel);
    aidRow->addWidget(m_requestedAid, 1);
    layout->addLayout(aidRow);
    fillRequestedAids();

    auto* bottom = new QHBoxLayout;
    auto* count = new QLabel(panel);
    count->setObjectName(QStringLiteral("dossierCountLabel"));
    bottom->addWidget(count, 1);
    m_newButton = new QPushButton(tr("Ne&w dossier"), panel);
    m_newButton->setObjectName(QStringLiteral("newDossierButton"));
    m_newButton->setToolTip(tr("Create a dossier for the person in the form, then fetch the sources into it"));
    m_newButton->setAccessibleName(tr("New dossier from the form"));
    m_openButton = new QPushButton(tr("Open"), panel);
    m_openButton->setObjectName(QStringLiteral("openDossierButton"));
    m_openButton->setToolTip(tr("Open the selected dossier (Enter or double-click in the list)"));
    m_openButton->setAccessibleName(tr("Open the selected dossier"));
    bottom->addWidget(m_newButton);
    bottom->addWidget(m_openButton);
    layout->addLayout(bottom);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDebounceMs);
    // A new search or filter asks for its first page; the rows shown stay until it comes.
    auto applyQuery = [this]() {
        m_searchTimer->stop();
        if (m_session->isUnlocked())
            m_model->setQuery(dossierQuery(m_search, m_statusFilter, m_aidFilter));
    };
    connect(m_searchTimer, &QTimer::timeout, this, applyQuery);
    connect(m_search, &QLineEdit::textChanged, this, [this]() { m_searchTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, applyQuery]() {
        if (m_searchTimer->isActive())
            applyQuery();
        m_table->setFocus();
    });
    // Down in the search box goes to the list (then Enter opens the selected dossier).
    auto* toList = new QAction(tr("From the search box to the list"), m_search);
    toList->setShortcut(QKeySequence(Qt::Key_Down));
    toList->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(toList);
    connect(toList, &QAction::triggered, this, [this]() {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, applyQuery);
    connect(m_aidFilter, &QComboBox::currentIndexChanged, this, applyQuery);
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openDossier(m_model->idAt(index.row())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDossierActions);
    // The selection stays on the same dossier when it is still listed after a new first page.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this]() { m_listCurrentId = m_model->idAt(m_table->currentIndex().row()); });
    connect(m_model, &DossierListModel::pageLoaded, this, [this](bool first) {
        if (!first)
            return;
        int row = m_model->rowOf(m_listCurrentId.isEmpty() ? m_openId : m_listCurrentId);
        if (row < 0 && m_model->rowCount() > 0)
            row = 0;
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
        updateDossierActions();
    });
    connect(m_model, &DossierListModel::countChanged, count, [this, count]() {
        const int total = m_model->totalCount();
        if (total >= 0)
            count->setText(tr("%n dossier(s)", nullptr, total));
        else // more pages follow and their count is on its way
            count->setText(tr("more than %n dossier(s)", nullptr, m_model->rowCount()));
    });
    connect(m_model, &DossierListModel::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The dossiers could not be listed: %1").arg(message));
    });
    connect(m_newButton, &QPushButton::clicked, this, &MainWindow::newDossier);
    connect(m_openButton, &QPushButton::clicked, this, &MainWindow::openSelectedDossier);
    return panel;
}

void MainWindow::connectSession()
{
    connect(m_session, &ProfileSession::unlocked, this, [this]() {
        setPanelState(true, QString(), false);
        updateDossierLabel();
        refreshDossiers();
    });
    connect(m_session, &ProfileSession::needsInit, this, [this]() {
        setPanelState(false,
                      tr("No profile exists on this computer yet: create it to keep dossiers. Consultations work "
                         "meanwhile, but nothing is kept."),
                      true);
    });
    connect(m_session, &ProfileSession::passphraseNeeded, this, [this](const QString& reason) {
        setPanelState(false,
                      tr("The dossiers are locked: the administrator's recovery passphrase is needed to open them. "
                         "Consultations work meanwhile, but nothing is kept."),
                      true);
        m_panelMessage->setToolTip(reason);
    });
    connect(m_session, &ProfileSession::failed, this, [this](const QString& message) {
        if (m_session->state() == ProfileSession::State::NeedsInit)
            return; // a creation that failed: the creation dialog says why, the panel stays as it was
        setPanelState(false, message, true);
    });
    connect(m_session, &ProfileSession::keychainUnavailable, this, [this](const QString& message) {
        m_panelMessage->setText(
            tr("The recovery passphrase will be needed at the next start: the master key could not be "
               "saved in the system keychain. %1")
                .arg(message));
        m_panelMessage->setVisible(true);
    });
    connect(m_session, &ProfileSession::retentionStarted, this,
            [this]() { m_retentionLabel->setText(tr("Checking retention…")); });
    connect(m_session, &ProfileSession::retentionFinished, this, &MainWindow::onRetentionFinished);
    connect(m_session, &ProfileSession::retentionFailed, this, [this](const QString& message) {
        m_retentionLabel->setText(tr("Retention could not run: %1").arg(message));
    });
    connect(m_session, &ProfileSession::archivedBeforePurge, this, [this](const QString& path, int dossiers) {
        statusBar()->showMessage(
            tr("%n closed dossier(s) exported for the archives before the purge: %1", nullptr, dossiers)
                .arg(QDir::toNativeSeparators(path)));
    });
    connect(m_session, &ProfileSession::archiveBeforePurgeFailed, this, [this](const QString& message) {
        statusBar()->showMessage(message);
        // One warning at a time (retention runs daily): a box still open is left as it is.
        if (findChild<QMessageBox*>(QStringLiteral("archiveBeforePurgeWarning")))
            return;
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Export before the purge"), message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("archiveBeforePurgeWarning"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    if (m_session->isUnlocked()) {
        setPanelState(true, QString(), false);
        refreshDossiers();
    } else {
        setPanelState(false, tr("Opening the profile…"), false);
    }
}

void MainWindow::setPanelState(bool usable, const QString& message, bool offerUnlock)
{
    m_panelMessage->setText(message);
    m_panelMessage->setToolTip(QString());
    m_panelMessage->setVisible(!message.isEmpty());
    if (offerUnlock) {
        switch (m_session->state()) {
        case ProfileSession::State::NeedsInit:
            m_unlockButton->setText(tr("Create the profile…"));
            break;
        case ProfileSession::State::Failed:
            m_unlockButton->setText(tr("Try a&gain"));
            break;
        default:
            m_unlockButton->setText(tr("Unloc&k the dossiers…"));
            break;
        }
        m_unlockButton->setAccessibleName(m_unlockButton->text().remove(QLatin1Char('&')));
    }
    m_unlockButton->setVisible(offerUnlock);
    m_search->setEnabled(usable);
    m_statusFilter->setEnabled(usable);
    m_aidFilter->setEnabled(usable);
    m_table->setEnabled(usable);
    if (!usable)
        m_model->clear();
    updateDossierActions();
}

void MainWindow::updateDossierActions()
{
    if (!m_session)
        return;
    const bool usable = m_session->isUnlocked();
    const bool working = busy();
    m_newButton->setEnabled(usable && !working && m_openId.isEmpty());
    m_requestedAid->setEnabled(usable && !working && m_openId.isEmpty());
    m_openButton->setEnabled(usable && !working && m_table->currentIndex().isValid());
    m_clearButton->setVisible(!m_openId.isEmpty());
    m_clearButton->setEnabled(!working);
}

void MainWindow::refreshDossiers()
{
    if (!m_session || !m_session->isUnlocked())
        return;
    // The data changed (or the profile was just opened): the same rows again, or a pending search.
    m_searchTimer->stop();
    const DossierQuery query = dossierQuery(m_search, m_statusFilter, m_aidFilter);
    if (query != m_model->query())
        m_model->setQuery(query);
    else
        m_model->reload();
    // The aids found in the store, the chosen one kept (even if none is left: the list says so).
    m_session->dossiers()->aidCodes().then(this, [this](const Result<QStringList, StoreError>& r) {
        if (!r)
            return;
        const QString chosen = m_aidFilter->currentData().toString();
        QStringList codes = r.value();
        if (!chosen.isEmpty() && !codes.contains(chosen))
            codes << chosen;
        QStringList shown;
        for (int i = 1; i < m_aidFilter->count(); ++i)
            shown << m_aidFilter->itemData(i).toString();
        if (shown == codes)
            return;
        const QSignalBlocker blocker(m_aidFilter); // the query does not change
        while (m_aidFilter->count() > 1)
            m_aidFilter->removeItem(1);
        for (const QString& code : codes)
            m_aidFilter->addItem(code, code);
        m_aidFilter->setCurrentIndex(std::max(0, m_aidFilter->findData(chosen)));
    });
}

void MainWindow::openSelectedDossier()
{
    const QString id = m_model ? m_model->idAt(m_table->currentIndex().row()) : QString();
    if (!id.isEmpty())
        openDossier(id);
}

void MainWindow::openDossier(const QString& id)
{
    if (!m_session || !m_session->isUnlocked() || id.isEmpty() || busy())
        return;
    if (id != m_openId && m_workspace && m_workspace->hasUnsavedChanges()) {
        confirmLeave([this, id]() { openDossier(id); });
        return;
    }
    const quint64 serial = ++m_openSerial;
    m_session->dossiers()->get(id, m_session->agent()).then(this, [this, serial](const Result<Dossier, StoreError>& r) {
        if (serial != m_openSerial || busy())
            return;
        if (!r) {
            m_status->setText(tr("The dossier could not be opened: %1").arg(r.error().userMessage()));
            return;
        }
        showDossier(r.value());
    });
}

void MainWindow::showDossier(const Dossier& dossier)
{
    m_openId = dossier.id;
    m_openStatus = dossier.status;
    m_openIdentity = dossier.identity;
    m_openSpi = dossier.spi;
    m_openCreatedAt = dossier.createdAt;
    m_form->clearErrors();
    m_form->setIdentity(dossier.identity);
    m_form->setSpi(dossier.spi);
    m_form->setEnabled(false);
    showStoredSources(dossier.sources);
    if (m_workspace) {
        m_workspace->setDossier(dossier);
        m_tabs->setTabEnabled(1, true);
    }
    updateDossierLabel();
    updateDossierActions();
}

void MainWindow::clearDossier()
{
    if (busy())
        return;
    confirmLeave([this]() { leaveDossier(); });
}

void MainWindow::confirmLeave(std::function<void()> proceed)
{
    if (!m_workspace || !m_workspace->hasUnsavedChanges()) {
        proceed();
        return;
    }
    if (findChild<QMessageBox*>(QStringLiteral("unsavedFiguresBox")))
        return; // already asking
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Figures not saved"),
        tr("The household and budget figures typed in dossier %1 are not saved.").arg(m_workspace->dossierId()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedFiguresBox"));
    box->setInformativeText(tr("Save them in the dossier, drop them, or stay on the dossier?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, proceed](int result) {
        if (result == QMessageBox::Save) {
            m_tabs->setCurrentIndex(1); // a field that cannot be read is shown there
            m_workspace->saveThen(proceed);
        } else if (result == QMessageBox::Discard) {
            proceed();
        }
    });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closeConfirmed || !m_workspace || !m_workspace->hasUnsavedChanges()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    confirmLeave([this]() {
        m_closeConfirmed = true;
        close();
    });
}

void MainWindow::leaveDossier()
{
    if (busy())
        return;
    ++m_openSerial; // an opening on its way is no longer wanted
    m_openId.clear();
    m_openIdentity = Identity();
    m_openSpi.clear();
    m_openCreatedAt = QDateTime();
    Identity blank;
    blank.codePaysNaissance = QStringLiteral("99100");
    m_form->setIdentity(blank);
    m_form->setSpi(QString());
    m_form->clearErrors();
    m_form->setEnabled(true);
    resetResults();
    m_status->clear();
    if (m_workspace) {
        m_workspace->clearDossier();
        m_tabs->setCurrentIndex(0);
        m_tabs->setTabEnabled(1, false);
    }
    updateDossierLabel();
    updateDossierActions();
    if (auto* name = m_form->findChild<QLineEdit*>(QStringLiteral("nomNaissanceEdit")))
        name->setFocus();
}

void MainWindow::updateDossierLabel()
{
    if (!m_dossierLabel)
        return;
    if (m_openId.isEmpty()) {
        m_dossierLabel->setText(m_session && m_session->isUnlocked()
                                    ? tr("No dossier open: « New dossier » keeps the person and the consultation.")
                                    : tr("No dossier open."));
        return;
    }
    const QString created = m_openCreatedAt.isValid()
                                ? QLocale().toString(m_openCreatedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy"))
                                : QString();
    m_dossierLabel->setText(
        tr("Dossier %1 · %2 · created %3").arg(m_openId, DossierText::statusLabel(m_openStatus), created));
}

void MainWindow::showStoredSources(const QList<StoredSource>& sources)
{
    resetResults();
    int shown = 0;
    for (const StoredSource& s : sources) {
        QTreeWidgetItem* item = nullptr;
        if (s.source == TaxSourceName) {
            item = taxItem(); // null without API Impôt particulier: not shown, as before
        } else {
            const std::optional<Source> source = Sources::fromCliName(s.source);
            item = source ? itemFor(*source) : nullptr;
        }
        if (!item)
            continue;
        const QString headline = s.json.value(QStringLiteral("resume")).toString();
        const bool ok = s.json.value(QStringLiteral("ok")).toBool();
        const bool answered = s.json.value(QStringLiteral("answered")).toBool();
        item->setText(1, headline);
        item->setToolTip(1, headline);
        item->setIcon(0, style()->standardIcon(ok         ? QStyle::SP_DialogApplyButton
                                               : answered ? QStyle::SP_MessageBoxInformation
                                                          : QStyle::SP_MessageBoxWarning));
        const QJsonObject error = s.json.value(QStringLiteral("error")).toObject();
        Provenance p = provenanceFromJson(s.json.value(QStringLiteral("provenance")).toObject(), s.fetchedAt);
        if (p.requestId.isEmpty())
            p.requestId = error.value(QStringLiteral("request_id")).toString();
        QStringList lines{OutcomeText::provenance(p)};
        const QString message = error.value(QStringLiteral("message")).toString();
        if (!message.isEmpty())
            lines << message;
        setItemLines(item, lines);
        ++shown;
    }
    m_progress->setRange(0, int(Sources::all().size()) + (taxItem() ? 1 : 0));
    m_progress->setValue(shown);
    m_status->setText(shown == 0 ? tr("Nothing has been fetched into this dossier yet: « Consult » fetches the "
                                      "sources and keeps them here.")
                                 : tr("%n source(s) kept in this dossier, as fetched.", nullptr, shown));
}

void MainWindow::newDossier()
{
    if (!m_session || !m_session->isUnlocked() || busy() || !m_openId.isEmpty())
        return;
    m_form->clearErrors();
    const Identity identity = m_form->identity();
    const QString spi = m_impot ? m_form->spi() : QString(); // normalised: no blanks
    QList<FieldError> errors = IdentityValidator::validate(identity, m_session->clock().nowUtc().date());
    if (!spi.isEmpty())
        errors << m_impot->validate(spi, m_form->incomeYear());
    if (!errors.isEmpty()) {
        m_form->showErrors(errors);
        m_status->setText(tr("Correct the fields shown: no dossier was created."));
        return;
    }
    m_creating = true;
    m_form->setEnabled(false);
    m_status->setText(tr("Creating the dossier…"));
    updateDossierActions();
    m_session->dossiers()
        ->create(identity, m_requestedAid->currentData().toString(), m_session->agent(), spi)
        .then(this, [this, identity, spi](const Result<QString, StoreError>& r) {
            m_creating = false;
            if (!r) {
                m_form->setEnabled(true);
                m_status->setText(tr("The dossier could not be created: %1").arg(r.error().userMessage()));
                updateDossierActions();
                return;
            }
            Dossier d;
            d.id = r.value();
            d.identity = identity;
            d.spi = spi;
            d.createdAt = m_session->clock().nowUtc();
            showDossier(d);
            refreshDossiers();
            consult();
        });
}

void MainWindow::saveOutcomes(const QString& dossierId, const QList<SourceOutcome>& outcomes,
                              const std::optional<Result<TaxSituation, ApiError>>& tax)
{
    if (!m_session || !m_session->isUnlocked())
        return;
    QList<StoredSource> stored;
    const QDateTime now = m_session->clock().nowUtc();
    for (const SourceOutcome& o : outcomes) {
        if (o.error && o.error->kind == ApiError::Kind::Cancelled)
            continue; // a cancelled source keeps what the dossier had
        stored << StoredSource{Sources::cliName(o.source), now, OutcomeText::toJson(o)};
    }
    if (tax) {
        if (tax->ok())
            stored << StoredSource{QString(TaxSourceName), now, TaxText::toJson(tax->value())};
        else if (tax->error().kind != ApiError::Kind::Cancelled)
            stored << StoredSource{QString(TaxSourceName), now, TaxText::errorJson(tax->error())};
    }
    if (stored.isEmpty())
        return;
    const QString summary = m_status->text();
    m_status->setText(summary + QLatin1Char(' ') + tr("Saving into the dossier…"));
    const int count = int(stored.size());
    m_session->dossiers()
        ->saveSources(dossierId, stored, m_session->agent())
        .then(this, [this, dossierId, summary, count](const Result<void, StoreError>& r) {
            if (!r) {
                m_status->setText(summary + QLatin1Char(' ') +
                                  tr("The results could not be saved in the dossier: %1").arg(r.error().userMessage()));
                return;
            }
            m_status->setText(summary + QLatin1Char(' ') + tr("%n source(s) saved in the dossier.", nullptr, count));
            refreshDossiers();
            if (dossierId == m_openId)
                reloadDossierStatus(dossierId);
        });
}

void MainWindow::reloadDossierStatus(const QString& id)
{
    m_session->dossiers()
        ->get(id, m_session->agent(), false)
        .then(this, [this, id](const Result<Dossier, StoreError>& r) {
            if (!r || id != m_openId)
                return;
            m_openStatus = r.value().status;
            if (m_workspace)
                m_workspace->setStoredDossier(r.value());
            updateDossierLabel();
        });
}

void MainWindow::onWorkspaceChanged(const QString& id)
{
    refreshDossiers();
    if (!id.isEmpty() && id == m_openId)
        reloadDossierStatus(id);
}

void MainWindow::chooseReglement()
{
    if (!m_workspace)
        return;
    QString dir = QDir::homePath();
    if (!m_options.reglementPath.isEmpty() && !m_options.reglementPath.startsWith(QLatin1Char(':')))
        dir = QFileInfo(m_options.reglementPath).absolutePath();
    auto* dialog =
        new QFileDialog(this, tr("Choose the règlement of the aids"), dir, tr("Règlements (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("reglementFileDialog"));
    // Qt's own dialog: the native (GTK) one adds the file to the desktop's recent files.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::useReglementFile);
    dialog->open();
}

void MainWindow::fillRequestedAids()
{
    if (!m_requestedAid)
        return;
    const QString current = m_requestedAid->currentData().toString();
    m_requestedAid->clear();
    m_requestedAid->addItem(tr("to be determined"), QString());
    if (m_options.reglement)
        for (const ReglementAidInfo& aid : m_options.reglement->aids())
            m_requestedAid->addItem(tr("%1 (%2)").arg(aid.label, aid.code), aid.code);
    const int index = m_requestedAid->findData(current);
    m_requestedAid->setCurrentIndex(index >= 0 ? index : 0);
}

void MainWindow::useReglementFile(const QString& path)
{
    if (!m_workspace)
        return;
    if (path.isEmpty()) {
        m_options.reglementPath.clear();
        m_options.reglement = std::nullopt;
        fillRequestedAids();
        m_workspace->setReglement(std::nullopt, QString());
        if (m_options.saveReglementPath)
            m_options.saveReglementPath(QString());
        statusBar()->showMessage(tr("No règlement in use any more."));
        return;
    }
    Result<Reglement, QStringList> loaded = Reglement::load(path);
    if (!loaded) {
        m_workspace->rejectReglement(path, loaded.error());
        statusBar()->showMessage(tr("The règlement could not be used: its errors are listed with the eligibility."));
        return;
    }
    m_options.reglementPath = path;
    m_options.reglement = loaded.value();
    fillRequestedAids();
    m_workspace->setReglement(loaded.value(), path);
    QString message = tr("Règlement in use: %1, version %2").arg(loaded.value().title()).arg(loaded.value().version());
    if (m_options.saveReglementPath && !m_options.saveReglementPath(path))
        message += QLatin1Char(' ') + tr("It could not be kept in the settings: choose it again at the next start.");
    else if (!m_options.saveReglementPath)
        message += QLatin1Char(' ') + tr("(for this session only)");
    statusBar()->showMessage(message);
}

void MainWindow::onRetentionFinished(const RetentionReport& report)
{
    QString text = report.due.isEmpty() ? tr("Retention: nothing due.")
                                        : tr("Retention: %n dossier(s) purged.", nullptr, int(report.due.size()));
    if (!report.warnings.isEmpty())
        text += QLatin1Char(' ') +
                tr("%n dossier(s) without activity for %1 months or more.", nullptr, int(report.warnings.size()))
                    .arg(m_session->retentionPolicy().warnMonths);
    m_retentionLabel->setText(text);
    m_retentionLabel->setToolTip(
        tr("Last checked %1").arg(QLocale().toString(report.now.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))));
    if (report.due.isEmpty())
        return;
    for (const RetentionItem& item : report.due)
        if (item.id == m_openId && !busy())
            leaveDossier(); // purged: what was typed in it goes with it
    refreshDossiers();
}

void MainWindow::openArchiveExport()
{
    if (!m_session || !m_session->isUnlocked())
        return;
    ArchiveExportDialog::Options options;
    const int row = m_table ? m_table->currentIndex().row() : -1;
    if (row >= 0 && row < m_model->summaries().size() && m_model->summaries().at(row).status == DossierStatus::Clos)
        options.closedIds << m_model->summaries().at(row).id;
    options.archiveFolder = m_options.archiveFolder ? m_options.archiveFolder() : QString();
    options.canOpenSettings = bool(m_options.openSettings);
    const bool created =
        !findChild<ArchiveExportDialog*>(QStringLiteral("archiveExportDialog"), Qt::FindDirectChildrenOnly);
    ArchiveExportDialog* dialog = ArchiveExportDialog::showFor(m_session, options, this);
    if (created && m_options.openSettings)
        connect(dialog, &ArchiveExportDialog::settingsRequested, this, [this]() { m_options.openSettings(this); });
}

} // namespace ccas
