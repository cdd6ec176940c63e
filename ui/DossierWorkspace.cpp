#include "DossierWorkspace.h"

#include "EligibilityPanel.h"
#include "EntryText.h"
#include "HouseholdEditor.h"
#include "eligibility/DossierMenage.h"
#include "session/ProfileSession.h"
#include "store/DossierRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace ccas {

DossierWorkspace::DossierWorkspace(ProfileSession* session, std::function<CcasLetterhead()> letterhead, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_letterhead(std::move(letterhead))
{
    setObjectName(QStringLiteral("dossierWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);

    // Left: what the agent types.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_editor = new HouseholdEditor(left);
    auto* scroll = new QScrollArea(left);
    scroll->setObjectName(QStringLiteral("householdScroll"));
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The household scrolls vertically only: its column never gets narrower than its fields, so
    // no button or amount is ever hidden behind a horizontal scroll bar.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    left->setMinimumWidth(m_editor->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    leftLayout->addWidget(scroll, 1);
    auto* saveRow = new QHBoxLayout;
    m_saveState = new QLabel(left);
    m_saveState->setObjectName(QStringLiteral("householdSaveState"));
    m_saveState->setTextFormat(Qt::PlainText);
    m_saveState->setWordWrap(true);
    m_saveButton = new QPushButton(tr("&Save the figures"), left);
    m_saveButton->setObjectName(QStringLiteral("saveHouseholdButton"));
    m_saveButton->setToolTip(tr("Keep the household, the request, the resources and the charges in the dossier "
                                "(Ctrl+S)"));
    m_saveButton->setAccessibleName(tr("Save the household and budget in the dossier"));
    saveRow->addWidget(m_saveState, 1);
    saveRow->addWidget(m_saveButton);
    leftLayout->addLayout(saveRow);

    // Right: the result, the decision, the summary.
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_panel = new EligibilityPanel(right);
    rightLayout->addWidget(m_panel, 1);
    rightLayout->addWidget(buildDecisionGroup());
    rightLayout->addWidget(buildSummaryGroup());
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("workspaceStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Result of the last action on the dossier"));
    rightLayout->addWidget(m_status);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({640, 520});
    layout->addWidget(splitter);

    m_evalTimer = new QTimer(this);
    m_evalTimer->setSingleShot(true);
    m_evalTimer->setInterval(EvaluationDelayMs);
    connect(m_evalTimer, &QTimer::timeout, this, &DossierWorkspace::evaluateNow);
    connect(m_editor, &HouseholdEditor::changed, this, [this]() {
        scheduleEvaluation();
        updateActions();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &DossierWorkspace::save);
    connect(m_panel, &EligibilityPanel::currentAidChanged, this, &DossierWorkspace::onAidChanged);

    auto* saveAction = new QAction(tr("Save the dossier's figures"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &DossierWorkspace::save);
    addAction(saveAction);
    auto* printAction = new QAction(tr("Print the eligibility summary"), this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(printAction, &QAction::triggered, this, &DossierWorkspace::printPreview);
    addAction(printAction);

    clearDossier();
}

DossierWorkspace::~DossierWorkspace()
{
    // Store jobs started here must not finish after the workspace is gone (their continuations
    // name it as their context).
    if (m_session)
        m_session->waitForIdle();
}

QWidget* DossierWorkspace::buildDecisionGroup()
{
    auto* group = new QGroupBox(tr("Decision"), this);
    group->setObjectName(QStringLiteral("decisionGroup"));
    auto* v = new QVBoxLayout(group);
    m_decisionState = new QLabel(group);
    m_decisionState->setObjectName(QStringLiteral("decisionStateLabel"));
    m_decisionState->setWordWrap(true);
    m_decisionState->setTextFormat(Qt::PlainText);
    v->addWidget(m_decisionState);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto* outcomeRow = new QHBoxLayout;
    m_outcome = new QComboBox(group);
    m_outcome->setObjectName(QStringLiteral("decisionOutcomeCombo"));
    for (Outcome o : {Outcome::Accorde, Outcome::Refuse, Outcome::SansSuite})
        m_outcome->addItem(DossierText::outcomeLabel(o), int(o));
    m_outcome->setAccessibleName(tr("Decision"));
    auto* outcomeLabel = new QLabel(tr("&Outcome:"), group);
    outcomeLabel->setBuddy(m_outcome);
    m_amount = new QLineEdit(group);
    m_amount->setObjectName(QStringLiteral("decisionAmountEdit"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amount->setPlaceholderText(tr("0,00"));
    m_amount->setAccessibleName(tr("Amount granted in euros"));
    auto* amountLabel = new QLabel(tr("&Amount:"), group);
    amountLabel->setBuddy(m_amount);
    outcomeRow->addWidget(m_outcome, 1);
    outcomeRow->addWidget(amountLabel);
    outcomeRow->addWidget(m_amount, 1);
    outcomeRow->addWidget(new QLabel(QStringLiteral("€"), group));
    form->addRow(outcomeLabel, outcomeRow);
    m_amountMessage = EntryText::makeMessage(group, QStringLiteral("decisionAmountMessage"), m_amount);
    form->addRow(QString(), m_amountMessage);

    m_motif = new QPlainTextEdit(group);
    m_motif->setObjectName(QStringLiteral("decisionMotifEdit"));
    m_motif->setTabChangesFocus(true); // Tab leaves the field, as everywhere else
    m_motif->setPlaceholderText(tr("Reasons, as they will be notified (required for a refusal)"));
    m_motif->setAccessibleName(tr("Reasons for the decision"));
    m_motif->setFixedHeight(m_motif->fontMetrics().lineSpacing() * 3 + 12);
    auto* motifLabel = new QLabel(tr("R&easons:"), group);
    motifLabel->setBuddy(m_motif);
    form->addRow(motifLabel, m_motif);
    m_motifMessage = EntryText::makeMessage(group, QStringLiteral("decisionMotifMessage"), m_motif);
    form->addRow(QString(), m_motifMessage);
    v->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_closeButton = new QPushButton(tr("Close the dossier…"), group);
    m_closeButton->setObjectName(QStringLiteral("closeDossierButton"));
    m_closeButton->setToolTip(tr("Once decided, close the dossier: nothing more can be changed in it"));
    m_closeButton->setAccessibleName(tr("Close the dossier"));
    m_decideButton = new QPushButton(tr("Record the &decision"), group);
    m_decideButton->setObjectName(QStringLiteral("recordDecisionButton"));
    m_decideButton->setAccessibleName(tr("Record the decision in the dossier"));
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_decideButton);
    v->addLayout(buttons);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &DossierWorkspace::updateOutcomeState);
    connect(m_amount, &QLineEdit::textEdited, this, [this]() { m_amountTouched = true; });
    connect(m_amount, &QLineEdit::textChanged, this, [this]() {
        const QString t = m_amount->text();
        EntryText::setMessage(m_amountMessage, m_amount,
                              t.trimmed().isEmpty() || EntryText::parseAmount(t) ? QString()
                                                                                 : EntryText::notAnAmount());
    });
    connect(m_motif, &QPlainTextEdit::textChanged, this,
            [this]() { EntryText::setMessage(m_motifMessage, m_motif, QString()); });
    connect(m_decideButton, &QPushButton::clicked, this, &DossierWorkspace::recordDecision);
    connect(m_closeButton, &QPushButton::clicked, this, &DossierWorkspace::closeDossier);
    return group;
}

QWidget* DossierWorkspace::buildSummaryGroup()
{
    auto* group = new QGroupBox(tr("Eligibility summary"), this);
    group->setObjectName(QStringLiteral("summaryGroup"));
    // Two rows, so that the column stays narrow enough for a 1366-pixel laptop screen.
    auto* v = new QVBoxLayout(group);
    auto* h = new QHBoxLayout;
    m_pseudonymise = new QCheckBox(tr("Pseudon&ymised version (commission)"), group);
    m_pseudonymise->setObjectName(QStringLiteral("pseudonymiseCheck"));
    m_pseudonymise->setToolTip(tr("Initials and figures only: no name, birth date or address"));
    m_previewButton = new QPushButton(tr("Print pre&view…"), group);
    m_previewButton->setObjectName(QStringLiteral("printPreviewButton"));
    m_previewButton->setToolTip(tr("See the summary as it will be printed, then print it (Ctrl+P)"));
    m_previewButton->setAccessibleName(tr("Print preview of the eligibility summary"));
    m_pdfButton = new QPushButton(tr("E&xport the summary (PDF)…"), group);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_pdfButton->setAccessibleName(tr("Export the eligibility summary as a PDF file"));
    v->addWidget(m_pseudonymise);
    h->addStretch(1);
    h->addWidget(m_previewButton);
    h->addWidget(m_pdfButton);
    v->addLayout(h);
    connect(m_previewButton, &QPushButton::clicked, this, &DossierWorkspace::printPreview);
    connect(m_pdfButton, &QPushButton::clicked, this, &DossierWorkspace::exportPdf);
    return group;
}

// ---- Règlement ----

void DossierWorkspace::setReglement(const std::optional<Reglement>& reglement, const QString& path,
                                    const QStringList& errors)
{
    m_reglement = reglement;
    m_reglementPath = path;
    m_reglementErrors = reglement ? QStringList() : errors;
    m_reglementRejected.clear();
    m_panel->setReglementText(reglementText());
    evaluateNow();
}

void DossierWorkspace::rejectReglement(const QString& path, const QStringList& errors)
{
    if (!m_reglement) {
        setReglement(std::nullopt, path, errors);
        return;
    }
    m_reglementRejected = QStringList{
        tr("The règlement « %1 » was not taken (the one in use stays):").arg(QDir::toNativeSeparators(path))};
    m_reglementRejected << errors;
    evaluateNow();
}

QString DossierWorkspace::reglementText() const
{
    if (!m_reglement)
        return QString();
    const QDate from = m_reglement->applicableFrom();
    QString text = tr("%1 — %2, version %3").arg(m_reglement->ccas(), m_reglement->title()).arg(m_reglement->version());
    if (from.isValid())
        text += QLatin1Char(' ') + tr("(applicable from %1)").arg(from.toString(QStringLiteral("dd/MM/yyyy")));
    return text;
}

// ---- Dossier ----

void DossierWorkspace::clearDossier()
{
    ++m_serial;
    m_open = false;
    m_dossier = Dossier();
    m_history.clear();
    m_historyLoaded = false;
    m_historyError.clear();
    m_menage = Menage();
    m_applicantAddress.clear();
    m_evalTimer->stop();
    m_editor->clear();
    m_amountTouched = false;
    m_amount->clear();
    m_motif->clear();
    m_outcome->setCurrentIndex(0);
    m_status->clear();
    evaluateNow();
    updateDecisionLabel();
    updateActions();
}

void DossierWorkspace::setDossier(const Dossier& dossier)
{
    clearDossier();
    m_open = true;
    m_dossier = dossier;
    m_selectDossierAid = !dossier.aidCode.isEmpty();
    m_editor->setDossier(dossier, referenceDate());
    if (dossier.decision) {
        m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(int(dossier.decision->outcome))));
        if (dossier.decision->outcome == Outcome::Accorde)
            m_amount->setText(EntryText::centsForEdit(dossier.decision->amountCents));
        m_motif->setPlainText(dossier.decision->motif);
        m_amountTouched = true; // the stored decision is shown as it is
    }
    updateOutcomeState();
    updateDecisionLabel();
    updateActions();
    loadHistory();
}

void DossierWorkspace::setStoredDossier(const Dossier& dossier)
{
    if (!m_open || dossier.id != m_dossier.id)
        return;
    m_dossier.sources = dossier.sources;
    m_dossier.status = dossier.status;
    m_dossier.decision = dossier.decision;
    m_dossier.closedAt = dossier.closedAt;
    m_editor->setSources(dossier);
    updateDecisionLabel();
    updateActions();
    scheduleEvaluation();
}

void DossierWorkspace::loadHistory()
{
    if (!m_session || !m_session->isUnlocked() || m_dossier.id.isEmpty()) {
        m_historyLoaded = true;
        evaluateNow();
        return;
    }
    const quint64 serial = m_serial;
    evaluateNow(); // says what is awaited
    m_session->dossiers()
        ->grantedAids(m_dossier.id)
        .then(this, [this, serial](const Result<QList<AideRecue>, StoreError>& r) {
            if (serial != m_serial)
                return; // another dossier meanwhile
            m_historyLoaded = true;
            if (r)
                m_history = r.value();
            else
                m_historyError = tr("The aids already granted could not be read (%1): waiting periods and yearly "
                                    "ceilings do not count them.")
                                     .arg(r.error().userMessage());
            evaluateNow();
        });
}

bool DossierWorkspace::hasUnsavedChanges() const
{
    return m_open && m_editor->isModified();
}

QDate DossierWorkspace::referenceDate() const
{
    return m_session ? m_session->clock().nowUtc().toLocalTime().date() : QDate::currentDate();
}

// ---- Eligibility ----

void DossierWorkspace::scheduleEvaluation()
{
    m_evalTimer->start(); // restarted by every change: one evaluation once the typing pauses
}

void DossierWorkspace::evaluateNow()
{
    m_evalTimer->stop();
    if (!m_open) {
        m_panel->clear();
        updateActions();
        return;
    }
    if (!m_reglement) {
        if (m_reglementErrors.isEmpty())
            m_panel->showMessage(
                tr("No règlement is configured: the eligibility cannot be computed. Choose the file of the CCAS's "
                   "règlement (JSON, see docs/reglement.md) with File › Règlement of the aids…; it is kept in the "
                   "settings (ReglementPath)."));
        else
            m_panel->showMessage(tr("The règlement « %1 » cannot be used; correct it or choose another one with "
                                    "File › Règlement of the aids…:")
                                     .arg(QDir::toNativeSeparators(m_reglementPath)),
                                 m_reglementErrors);
        m_panel->setWarnings({});
        updateActions();
        return;
    }
    if (!m_historyLoaded) {
        m_panel->showMessage(tr("Reading the aids already granted to this person…"));
        updateActions();
        return; // evaluated when the history arrives
    }
    const HouseholdEditor::Edits edits = m_editor->edits();
    Dossier current = m_dossier;
    current.resources = edits.resources;
    current.charges = edits.charges;
    current.householdEntry = edits.entry;
    const DossierMenage dm = menageFromDossier(current, referenceDate(), m_history, *m_reglement);
    m_menage = dm.menage;
    m_applicantAddress = dm.applicantAddress;
    QStringList warnings = m_reglementRejected;
    warnings << dm.warnings;
    if (!m_historyError.isEmpty())
        warnings << m_historyError;
    if (m_editor->hasProblem())
        warnings << tr("Some fields cannot be read (see the messages beside them): they are not counted.");
    if (m_editor->isModified())
        warnings << tr("Computed with figures not saved yet.");
    m_panel->setWarnings(warnings);
    m_panel->showEvaluation(Engine::evaluate(*m_reglement, dm.menage));
    if (m_selectDossierAid && m_panel->aid(m_dossier.aidCode)) {
        // The first result of an opened dossier shows the aid it was opened for (or granted).
        m_selectDossierAid = false;
        m_panel->selectAid(m_dossier.aidCode);
    }
    updateActions();
}

void DossierWorkspace::onAidChanged(const QString& code)
{
    if (m_amountTouched)
        return;
    const AidResult* aid = m_panel->aid(code);
    const QString text =
        aid && aid->verdict == Verdict::Eligible ? EntryText::centsForEdit(aid->amountCents) : QString();
    if (m_amount->text() != text)
        m_amount->setText(text);
}

// ---- Saving ----

void DossierWorkspace::save()
{
    saveThen({});
}

void DossierWorkspace::withSavedFigures(std::function<void()> next)
{
    if (m_open && m_dossier.status != DossierStatus::Clos && m_editor->isModified()) {
        saveThen(std::move(next));
        return;
    }
    next();
}

void DossierWorkspace::saveThen(std::function<void()> next)
{
    if (!m_open || m_saving || !m_session || !m_session->isUnlocked())
        return;
    if (m_dossier.status == DossierStatus::Clos) {
        setStatus(tr("This dossier is closed: its figures can no longer be changed."));
        return;
    }
    if (!m_editor->validate()) {
        setStatus(tr("Correct the fields shown in red: nothing was saved (what you typed is kept)."));
        return;
    }
    const HouseholdEditor::Edits edits = m_editor->edits();
    const QString id = m_dossier.id;
    const QString agent = m_session->agent();
    const quint64 serial = m_serial;
    m_saving = true;
    setStatus(tr("Saving the figures…"));
    updateActions();
    DossierRepository* repo = m_session->dossiers();
    // One transaction: the budget and the household are stored together or not at all.
    repo->saveFigures(id, edits.resources, edits.charges, m_dossier.notes, edits.entry, agent)
        .then(this, [this, id, edits, serial, next](const Result<void, StoreError>& r) {
            m_saving = false;
            if (serial != m_serial) {
                Q_EMIT dossierChanged(id);
                return;
            }
            if (!r) {
                setStatus(tr("The figures could not be saved: %1").arg(r.error().userMessage()));
                updateActions();
                return;
            }
            m_dossier.resources = edits.resources;
            m_dossier.charges = edits.charges;
            m_dossier.householdEntry = edits.entry;
            if (m_dossier.status == DossierStatus::Brouillon)
                m_dossier.status = DossierStatus::EnInstruction;
            m_editor->markSaved(edits); // what was typed meanwhile stays "not saved"
            setStatus(tr("Figures saved in the dossier."));
            evaluateNow();
            Q_EMIT dossierChanged(id);
            if (next)
                next();
        });
}

// ---- Decision ----

void DossierWorkspace::updateOutcomeState()
{
    const bool granted = Outcome(m_outcome->currentData().toInt()) == Outcome::Accorde;
    m_amount->setEnabled(granted && m_open && m_dossier.status != DossierStatus::Clos);
    if (!granted)
        EntryText::setMessage(m_amountMessage, m_amount, QString());
}

void DossierWorkspace::recordDecision()
{
    if (!m_open || m_deciding || m_saving || !m_session || !m_session->isUnlocked())
        return;
    Decision d;
    d.outcome = Outcome(m_outcome->currentData().toInt());
    d.motif = m_motif->toPlainText().trimmed();
    d.agent = m_session->agent();
    d.aidCode = m_panel->currentAid(); // the aid the decision is about: cooldowns and ceilings read it
    d.decidedAt = m_session->clock().nowUtc();
    if (d.outcome == Outcome::Accorde) {
        const std::optional<qint64> cents = EntryText::parseAmount(m_amount->text());
        if (!cents) {
            EntryText::setMessage(m_amountMessage, m_amount,
                                  m_amount->text().trimmed().isEmpty() ? tr("Enter the amount granted")
                                                                       : EntryText::notAnAmount());
            m_amount->setFocus();
            setStatus(tr("Correct the fields shown in red: the decision was not recorded."));
            return;
        }
        d.amountCents = *cents;
    }
    if (d.outcome == Outcome::Refuse && d.motif.isEmpty()) {
        EntryText::setMessage(m_motifMessage, m_motif,
                              tr("A refusal must give its reasons: they are notified to the applicant"));
        m_motif->setFocus();
        setStatus(tr("Correct the fields shown in red: the decision was not recorded."));
        return;
    }
    // The decision rests on the figures: they are saved first when they changed.
    withSavedFigures([this, d]() { decide(d); });
}

void DossierWorkspace::decide(const Decision& decision)
{
    const QString id = m_dossier.id;
    const quint64 serial = m_serial;
    m_deciding = true;
    setStatus(tr("Recording the decision…"));
    updateActions();
    m_session->dossiers()
        ->decide(id, decision)
        .then(this, [this, id, serial, decision](const Result<void, StoreError>& r) {
            m_deciding = false;
            if (serial == m_serial) {
                if (!r) {
                    setStatus(tr("The decision could not be recorded: %1").arg(r.error().userMessage()));
                } else {
                    m_dossier.decision = decision;
                    m_dossier.status = DossierStatus::Decide;
                    m_amountTouched = true;
                    setStatus(tr("Decision recorded: %1.").arg(DossierText::outcomeLabel(decision.outcome)));
                }
                updateDecisionLabel();
                updateActions();
            }
            if (r)
                Q_EMIT dossierChanged(id);
        });
}

void DossierWorkspace::closeDossier()
{
    if (!m_open || m_dossier.status != DossierStatus::Decide || m_saving || m_deciding)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Close the dossier"),
                                tr("Close dossier %1? Nothing can be changed in a closed dossier; it is kept for the "
                                   "retention period, then purged.")
                                    .arg(m_dossier.id),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeConfirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Close the dossier"));
    const QString id = m_dossier.id;
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes && m_open && id == m_dossier.id)
            doClose();
    });
    box->open();
}

void DossierWorkspace::doClose()
{
    const QString id = m_dossier.id;
    const quint64 serial = m_serial;
    m_deciding = true;
    setStatus(tr("Closing the dossier…"));
    updateActions();
    // The summary as it stands now is kept with the closed dossier: the document of record that an
    // archive package carries. Without it (no fonts, a drawing error) the archive renders one later.
    SummaryInput frozen = summaryInput();
    frozen.pseudonymise = false;
    const auto pdf = EligibilitySummary::pdf(frozen);
    m_session->dossiers()
        ->close(id, m_session->agent(), pdf ? pdf.value() : QByteArray())
        .then(this, [this, id, serial](const Result<void, StoreError>& r) {
            m_deciding = false;
            if (serial == m_serial) {
                if (!r) {
                    setStatus(tr("The dossier could not be closed: %1").arg(r.error().userMessage()));
                } else {
                    m_dossier.status = DossierStatus::Clos;
                    m_dossier.closedAt = m_session->clock().nowUtc();
                    setStatus(tr("Dossier closed."));
                }
                updateDecisionLabel();
                updateActions();
            }
            if (r)
                Q_EMIT dossierChanged(id);
        });
}

void DossierWorkspace::updateDecisionLabel()
{
    if (!m_open) {
        m_decisionState->setText(tr("No dossier open."));
        return;
    }
    QString text;
    if (!m_dossier.decision) {
        text = tr("No decision recorded yet.");
    } else {
        const Decision& d = *m_dossier.decision;
        const QString when = d.decidedAt.isValid()
                                 ? QLocale().toString(d.decidedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy"))
                                 : QString();
        text = d.outcome == Outcome::Accorde
                   ? tr("Decision of %1: %2, %3.")
                         .arg(when, DossierText::outcomeLabel(d.outcome), DossierText::formatCents(d.amountCents))
                   : tr("Decision of %1: %2.").arg(when, DossierText::outcomeLabel(d.outcome));
    }
    if (m_dossier.status == DossierStatus::Clos)
        text += QLatin1Char(' ') + tr("The dossier is closed.");
    m_decisionState->setText(text);
}

// ---- Summary ----

SummaryInput DossierWorkspace::summaryInput() const
{
    SummaryInput in;
    if (m_letterhead)
        in.ccas = m_letterhead();
    if (in.ccas.name.isEmpty() && m_session)
        in.ccas.name = m_session->ccasName();
    in.dossierRef = m_dossier.id;
    in.agent = m_session ? m_session->agent() : QString();
    in.printedAt = m_session ? m_session->clock().nowUtc().toLocalTime() : QDateTime::currentDateTime();
    in.applicant = m_dossier.identity;
    in.applicantAddress = m_applicantAddress;
    in.menage = m_menage;
    in.evaluation = m_panel->evaluation();
    in.decision = m_dossier.decision;
    if (m_session)
        in.retentionMonths = m_session->retentionPolicy().closedMonths;
    in.pseudonymise = m_pseudonymise->isChecked();
    return in;
}

void DossierWorkspace::journalSummary(bool pdf, bool pseudonymised)
{
    const QString id = m_dossier.id;
    m_session->dossiers()
        ->journalSummary(id, m_session->agent(), pdf, pseudonymised)
        .then(this, [this](const Result<void, StoreError>& r) {
            if (!r)
                setStatus(
                    tr("The printing could not be written in the access journal: %1").arg(r.error().userMessage()));
        });
}

void DossierWorkspace::printPreview()
{
    if (!m_open || !m_panel->hasEvaluation() || m_saving || m_deciding)
        return;
    withSavedFigures([this]() {
        if (!m_panel->hasEvaluation())
            return;
        const SummaryInput input = summaryInput();
        auto* dialog = new QPrintPreviewDialog(this);
        dialog->setObjectName(QStringLiteral("summaryPreviewDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(input.pseudonymise ? tr("Eligibility summary (pseudonymised) — preview")
                                                  : tr("Eligibility summary — preview"));
        connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, input](QPrinter* printer) {
            const Result<void, QString> r = EligibilitySummary::render(input, printer);
            if (!r)
                setStatus(r.error());
        });
        // Printing from the preview accepts it: that is the print that is journaled.
        const bool pseudonymised = input.pseudonymise;
        connect(dialog, &QDialog::accepted, this, [this, pseudonymised]() {
            if (!m_open)
                return;
            journalSummary(false, pseudonymised);
            setStatus(tr("Summary sent to the printer."));
        });
        dialog->open();
    });
}

void DossierWorkspace::exportPdf()
{
    if (!m_open || !m_panel->hasEvaluation() || m_saving || m_deciding)
        return;
    withSavedFigures([this]() {
        if (!m_panel->hasEvaluation())
            return;
        const SummaryInput input = summaryInput();
        // The file name carries no personal data: the opaque dossier id only.
        const QString name = input.pseudonymise ? QStringLiteral("synthese-%1-commission.pdf").arg(input.dossierRef)
                                                : QStringLiteral("synthese-%1.pdf").arg(input.dossierRef);
        QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (dir.isEmpty() || !QDir(dir).exists())
            dir = QDir::homePath();
        auto* dialog = new QFileDialog(this, tr("Export the eligibility summary"), dir, tr("PDF documents (*.pdf)"));
        dialog->setObjectName(QStringLiteral("summaryPdfDialog"));
        // Qt's own dialog: the native (GTK) one adds the file to the desktop's recent files.
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setDefaultSuffix(QStringLiteral("pdf"));
        dialog->selectFile(QDir(dir).filePath(name));
        const QString id = input.dossierRef;
        connect(dialog, &QFileDialog::fileSelected, this, [this, input, id](const QString& path) {
            if (!m_open || id != m_dossier.id || path.isEmpty())
                return;
            const Result<void, QString> r = EligibilitySummary::writePdf(input, path);
            if (!r) {
                setStatus(r.error());
                return;
            }
            journalSummary(true, input.pseudonymise);
            setStatus(tr("Summary saved as %1").arg(QDir::toNativeSeparators(path)));
        });
        dialog->open();
    });
}

// ---- State ----

void DossierWorkspace::setStatus(const QString& text)
{
    m_status->setText(text);
}

void DossierWorkspace::updateActions()
{
    const bool closed = m_dossier.status == DossierStatus::Clos;
    const bool busy = m_saving || m_deciding;
    const bool usable = m_open && m_session && m_session->isUnlocked();
    const bool modified = m_open && m_editor->isModified();
    m_editor->setEnabled(m_open);
    m_editor->setReadOnly(!m_open || closed);
    m_saveButton->setEnabled(usable && !closed && !busy && modified);
    if (!m_open)
        m_saveState->setText(tr("Open a dossier to enter its household and budget."));
    else if (closed)
        m_saveState->setText(tr("Closed dossier: read only."));
    else if (m_saving)
        m_saveState->setText(tr("Saving…"));
    else
        m_saveState->setText(modified ? tr("Changes not saved yet.") : tr("Everything shown is saved."));
    m_outcome->setEnabled(usable && !closed && !busy);
    m_motif->setReadOnly(!usable || closed);
    updateOutcomeState();
    m_decideButton->setEnabled(usable && !closed && !busy);
    m_closeButton->setEnabled(usable && m_dossier.status == DossierStatus::Decide && !busy && !modified);
    const bool printable = usable && m_panel->hasEvaluation() && !busy;
    m_previewButton->setEnabled(printable);
    m_pdfButton->setEnabled(printable);
    m_pseudonymise->setEnabled(usable);
    const QString why = !m_open                     ? tr("Open a dossier first")
                        : !m_reglement              ? tr("No règlement: there is no eligibility to print")
                        : !m_panel->hasEvaluation() ? tr("The eligibility is being computed")
                                                    : QString();
    m_previewButton->setToolTip(why.isEmpty() ? tr("See the summary as it will be printed, then print it (Ctrl+P)")
                                              : why);
    m_pdfButton->setToolTip(why.isEmpty() ? tr("Save the summary as a PDF/A file") : why);
}

} // namespace ccas
