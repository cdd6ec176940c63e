#include "FirstRunWizard.h"

#include "WizardCheckedPage.h"
#include "crypto/RecoveryKey.h"
#include "domain/Siret.h"
#include "eligibility/Reglement.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace ccas {

namespace {

constexpr int ReglementCheckDelayMs = 250; // the file is read once typing pauses

bool isHttpsUrl(const QString& text)
{
    const QUrl url(text);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty() && url.userInfo().isEmpty();
}

QString accessibleFrom(QString label)
{
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label.trimmed();
}

QLineEdit* addEdit(QFormLayout* form, QWidget* parent, const QString& label, const QString& objectName,
                   const QString& text = QString(), const QString& placeholder = QString())
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleFrom(label));
    auto* l = new QLabel(label, parent);
    l->setBuddy(edit);
    form->addRow(l, edit);
    return edit;
}

void makeSecret(QLineEdit* edit)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
}

// A message shown in place, under the fields it is about (plain text: paths and errors as they are).
QLabel* messageLabel(const QString& objectName, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    l->setVisible(false);
    return l;
}

void setMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setAccessibleDescription(text);
}

QLabel* intro(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

} // namespace

FirstRunWizard::FirstRunWizard(const QString& profileDir, const Values& initial, QWidget* parent)
    : QWizard(parent)
    , m_profileDir(profileDir)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Guichet CCAS — first start"));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next page"));
    button(QWizard::BackButton)->setAccessibleName(tr("Previous page"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Create the profile"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel: no dossier can be kept until the profile exists"));
    setButtonText(QWizard::FinishButton, tr("C&reate the profile"));

    setPage(CcasPageId, buildCcasPage(initial));
    setPage(AgentPageId, buildAgentPage(initial));
    setPage(PassphrasePageId, buildPassphrasePage());
    setPage(ApiPageId, buildApiPage(initial));
    setPage(ReglementPageId, buildReglementPage(initial));
    setPage(SummaryPageId, buildSummaryPage());
    setStartId(CcasPageId);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SummaryPageId)
            updateSummary();
    });
    // Room for the longest page (the passphrase and its warning) without clipping wrapped text.
    setMinimumSize(680, 540);
}

FirstRunWizard::~FirstRunWizard() = default;

// ---- Pages ----

WizardCheckedPage* FirstRunWizard::buildCcasPage(const Values& initial)
{
    auto* page = new WizardCheckedPage(this);
    m_ccasPage = page;
    page->setObjectName(QStringLiteral("ccasPage"));
    page->setTitle(tr("The CCAS"));
    page->setSubTitle(tr("Printed on the eligibility summaries; the SIRET is the recipient of the API calls."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_ccasName = addEdit(form, page, tr("CCAS &name:"), QStringLiteral("ccasNameEdit"), initial.ccasName,
                         tr("e.g. CCAS de Marseille"));
    m_siret = addEdit(form, page, tr("&SIRET:"), QStringLiteral("siretEdit"), initial.siret, tr("14 digits"));
    m_address = new QPlainTextEdit(initial.ccasAddress, page);
    m_address->setObjectName(QStringLiteral("ccasAddressEdit"));
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("one line per line of the address"));
    m_address->setAccessibleName(tr("CCAS postal address"));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    auto* addressLabel = new QLabel(tr("Postal &address:"), page);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);

    auto* logoRow = new QHBoxLayout;
    m_logo = new QLineEdit(initial.ccasLogoPath, page);
    m_logo->setObjectName(QStringLiteral("ccasLogoEdit"));
    m_logo->setPlaceholderText(tr("optional, PNG or JPEG"));
    m_logo->setAccessibleName(tr("Logo"));
    auto* logoBrowse = new QPushButton(tr("Br&owse…"), page);
    logoBrowse->setObjectName(QStringLiteral("ccasLogoBrowseButton"));
    logoBrowse->setAccessibleName(tr("Choose the logo file"));
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(logoBrowse);
    auto* logoLabel = new QLabel(tr("&Logo:"), page);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    layout->addLayout(form);
    m_ccasMessage = messageLabel(QStringLiteral("ccasMessageLabel"), page);
    layout->addWidget(m_ccasMessage);
    layout->addStretch(1);

    connect(logoBrowse, &QPushButton::clicked, this, [this]() {
        browse(m_logo, tr("Choose the CCAS logo"), tr("Images (*.png *.jpg *.jpeg)"),
               QStringLiteral("ccasLogoFileDialog"));
    });
    for (QLineEdit* e : {m_ccasName, m_siret, m_logo})
        connect(e, &QLineEdit::textChanged, page, &WizardCheckedPage::recheck);
    page->setCheck([this]() { return checkCcas(); });
    return page;
}

WizardCheckedPage* FirstRunWizard::buildAgentPage(const Values& initial)
{
    auto* page = new WizardCheckedPage(this);
    m_agentPage = page;
    page->setObjectName(QStringLiteral("agentPage"));
    page->setTitle(tr("The agent"));
    page->setSubTitle(tr("Every consultation, print and export is written in the access journal with this "
                         "identifier."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    const QString agent = initial.agentId.trimmed().isEmpty() ? FirstRunSetup::defaultAgentId() : initial.agentId;
    m_agentId = addEdit(form, page, tr("Agent &identifier:"), QStringLiteral("agentIdEdit"), agent,
                        tr("e.g. the session name of the agent"));
    m_agentId->setMaxLength(64);
    layout->addLayout(form);
    layout->addWidget(intro(tr("By default, the name of the session open on this computer. It can be changed "
                               "later in Settings."),
                            page));
    m_agentMessage = messageLabel(QStringLiteral("agentMessageLabel"), page);
    layout->addWidget(m_agentMessage);
    layout->addStretch(1);
    connect(m_agentId, &QLineEdit::textChanged, page, &WizardCheckedPage::recheck);
    page->setCheck([this]() { return checkAgent(); });
    return page;
}

WizardCheckedPage* FirstRunWizard::buildPassphrasePage()
{
    auto* page = new WizardCheckedPage(this);
    m_passphrasePage = page;
    page->setObjectName(QStringLiteral("passphrasePage"));
    page->setTitle(tr("The recovery passphrase"));
    page->setSubTitle(tr("The dossiers are encrypted. Their key goes into the system keychain, with a copy "
                         "protected by this passphrase, chosen by the administrator."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_passphrase = addEdit(form, page, tr("Recovery &passphrase:"), QStringLiteral("passphraseEdit"));
    makeSecret(m_passphrase);
    m_strength = new QLabel(page);
    m_strength->setObjectName(QStringLiteral("passphraseStrengthLabel"));
    m_strength->setWordWrap(true);
    m_strength->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_strength);
    m_confirm = addEdit(form, page, tr("Con&firm:"), QStringLiteral("passphraseConfirmEdit"));
    m_confirm->setAccessibleName(tr("Confirm the recovery passphrase"));
    makeSecret(m_confirm);
    layout->addLayout(form);
    m_confirmMessage = messageLabel(QStringLiteral("passphraseMessageLabel"), page);
    layout->addWidget(m_confirmMessage);

    auto* warning = new QLabel(tr("Write the passphrase down by hand on the recovery sheet and keep it somewhere "
                                  "safe, away from this computer. If both the passphrase and the keychain entry are "
                                  "lost (new computer, new Windows account, reinstalled system), the dossiers can "
                                  "never be opened again: nobody can recover them."),
                               page);
    warning->setObjectName(QStringLiteral("lossWarningLabel"));
    warning->setWordWrap(true);
    warning->setFrameShape(QFrame::StyledPanel);
    warning->setMargin(6);
    QFont bold = warning->font();
    bold.setBold(true);
    warning->setFont(bold);
    layout->addWidget(warning);

    auto* sheetRow = new QHBoxLayout;
    auto* print = new QPushButton(tr("Pr&int the recovery sheet…"), page);
    print->setObjectName(QStringLiteral("printRecoverySheetButton"));
    print->setAccessibleName(tr("Print the recovery sheet"));
    print->setAutoDefault(false);
    auto* save = new QPushButton(tr("Save the recovery sheet as P&DF…"), page);
    save->setObjectName(QStringLiteral("saveRecoverySheetButton"));
    save->setAccessibleName(tr("Save the recovery sheet as PDF"));
    save->setAutoDefault(false);
    sheetRow->addWidget(print);
    sheetRow->addWidget(save);
    sheetRow->addStretch(1);
    layout->addLayout(sheetRow);
    layout->addWidget(
        intro(tr("The sheet never contains the passphrase: it has a box where you write it by hand."), page));
    m_sheetStatus = new QLabel(page);
    m_sheetStatus->setObjectName(QStringLiteral("recoverySheetStatusLabel"));
    m_sheetStatus->setWordWrap(true);
    m_sheetStatus->setTextFormat(Qt::PlainText);
    layout->addWidget(m_sheetStatus);
    layout->addStretch(1);

    connect(print, &QPushButton::clicked, this, &FirstRunWizard::printRecoverySheet);
    connect(save, &QPushButton::clicked, this, &FirstRunWizard::saveRecoverySheet);
    connect(m_passphrase, &QLineEdit::textChanged, page, &WizardCheckedPage::recheck);
    connect(m_confirm, &QLineEdit::textChanged, page, &WizardCheckedPage::recheck);
    page->setCheck([this]() { return checkPassphrase(); });
    return page;
}

WizardCheckedPage* FirstRunWizard::buildApiPage(const Values& initial)
{
    auto* page = new WizardCheckedPage(this);
    m_apiPage = page;
    page->setObjectName(QStringLiteral("apiPage"));
    page->setTitle(tr("Access to the APIs"));
    page->setSubTitle(tr("Everything on this page is optional: leave it empty to fill it in later in Settings. "
                         "Tokens, client IDs and secrets go into the system keychain only, never into a file."));
    auto* layout = new QVBoxLayout(page);

    auto* particulier = new QGroupBox(tr("API Particulier"), page);
    particulier->setObjectName(QStringLiteral("apiParticulierGroup"));
    auto* form = new QFormLayout(particulier);
    m_environment = new QComboBox(particulier);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->addItem(tr("Production (particulier.api.gouv.fr)"), QStringLiteral("production"));
    m_environment->addItem(tr("Staging (fictitious data)"), QStringLiteral("staging"));
    m_environment->addItem(tr("CCAS gateway (adds the token itself)"), QStringLiteral("gateway"));
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(initial.environment)));
    auto* envLabel = new QLabel(tr("&Environment:"), particulier);
    envLabel->setBuddy(m_environment);
    form->addRow(envLabel, m_environment);
    m_gatewayUrl = addEdit(form, particulier, tr("&Gateway URL:"), QStringLiteral("gatewayUrlEdit"), initial.gatewayUrl,
                           QStringLiteral("https://passerelle.example.fr/api-particulier"));
    m_token = addEdit(form, particulier, tr("&Token:"), QStringLiteral("tokenEdit"), QString(),
                      tr("optional: can be given later"));
    makeSecret(m_token);
    layout->addWidget(particulier);

    auto* impot = new QGroupBox(tr("API Impôt particulier (DGFiP)"), page);
    impot->setObjectName(QStringLiteral("apiImpotGroup"));
    auto* impotForm = new QFormLayout(impot);
    m_impotBaseUrl =
        addEdit(impotForm, impot, tr("&Data URL:"), QStringLiteral("impotBaseUrlEdit"), initial.impotBaseUrl,
                QStringLiteral("https://passerelle.example.fr/impotparticulier/1.0"));
    m_impotTokenUrl = addEdit(impotForm, impot, tr("Token &URL:"), QStringLiteral("impotTokenUrlEdit"),
                              initial.impotTokenUrl, QStringLiteral("https://passerelle.example.fr/token"));
    m_impotClientId =
        addEdit(impotForm, impot, tr("C&lient ID:"), QStringLiteral("impotClientIdEdit"), QString(), tr("optional"));
    m_impotClientSecret = addEdit(impotForm, impot, tr("Client se&cret:"), QStringLiteral("impotClientSecretEdit"),
                                  QString(), tr("optional"));
    makeSecret(m_impotClientSecret);
    layout->addWidget(impot);
    m_apiMessage = messageLabel(QStringLiteral("apiMessageLabel"), page);
    layout->addWidget(m_apiMessage);
    layout->addStretch(1);

    connect(m_environment, &QComboBox::currentIndexChanged, page, &WizardCheckedPage::recheck);
    for (QLineEdit* e : {m_gatewayUrl, m_token, m_impotBaseUrl, m_impotTokenUrl, m_impotClientId, m_impotClientSecret})
        connect(e, &QLineEdit::textChanged, page, &WizardCheckedPage::recheck);
    page->setCheck([this]() { return checkApi(); });
    return page;
}

WizardCheckedPage* FirstRunWizard::buildReglementPage(const Values& initial)
{
    auto* page = new WizardCheckedPage(this);
    m_reglementPage = page;
    page->setObjectName(QStringLiteral("reglementPage"));
    page->setTitle(tr("The règlement of the aids"));
    page->setSubTitle(tr("The JSON file describing the CCAS's aids and their conditions (see docs/reglement.md). "
                         "Optional: without it, eligibility is not computed until one is chosen."));
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    m_reglementPath = new QLineEdit(QDir::toNativeSeparators(initial.reglementPath), page);
    m_reglementPath->setObjectName(QStringLiteral("reglementPathEdit"));
    m_reglementPath->setPlaceholderText(tr("optional: JSON file of the règlement"));
    m_reglementPath->setAccessibleName(tr("Règlement of the aids"));
    auto* browseButton = new QPushButton(tr("Br&owse…"), page);
    browseButton->setObjectName(QStringLiteral("reglementBrowseButton"));
    browseButton->setAccessibleName(tr("Choose the règlement file"));
    auto* label = new QLabel(tr("&Règlement:"), page);
    label->setBuddy(m_reglementPath);
    row->addWidget(label);
    row->addWidget(m_reglementPath, 1);
    row->addWidget(browseButton);
    layout->addLayout(row);
    m_reglementStatus = new QLabel(page);
    m_reglementStatus->setObjectName(QStringLiteral("reglementStatusLabel"));
    m_reglementStatus->setWordWrap(true);
    m_reglementStatus->setTextFormat(Qt::PlainText);
    layout->addWidget(m_reglementStatus);
    m_reglementErrors = new QListWidget(page);
    m_reglementErrors->setObjectName(QStringLiteral("reglementErrorList"));
    m_reglementErrors->setAccessibleName(tr("Problems found in the règlement"));
    m_reglementErrors->setWordWrap(true);
    m_reglementErrors->setVisible(false);
    layout->addWidget(m_reglementErrors, 1);
    layout->addStretch(0);

    m_reglementTimer = new QTimer(this);
    m_reglementTimer->setSingleShot(true);
    m_reglementTimer->setInterval(ReglementCheckDelayMs);
    connect(m_reglementTimer, &QTimer::timeout, this, &FirstRunWizard::loadReglement);
    connect(m_reglementPath, &QLineEdit::textChanged, this, [this]() {
        m_reglementTimer->start();
        m_reglementPage->recheck();
    });
    connect(browseButton, &QPushButton::clicked, this, [this]() {
        browse(m_reglementPath, tr("Choose the règlement of the aids"), tr("Règlements (*.json);;All files (*)"),
               QStringLiteral("reglementFileDialog"));
    });
    page->setCheck([this]() { return checkReglement(); });
    if (!initial.reglementPath.isEmpty())
        loadReglement();
    return page;
}

WizardCheckedPage* FirstRunWizard::buildSummaryPage()
{
    auto* page = new WizardCheckedPage(this);
    m_summaryPage = page;
    page->setObjectName(QStringLiteral("summaryPage"));
    page->setTitle(tr("Summary"));
    page->setSubTitle(tr("Check, then create the profile. Everything except the passphrase can be changed later "
                         "in Settings."));
    auto* layout = new QVBoxLayout(page);
    m_summary = new QPlainTextEdit(page);
    m_summary->setObjectName(QStringLiteral("summaryView"));
    m_summary->setAccessibleName(tr("Summary of the choices"));
    m_summary->setReadOnly(true);
    m_summary->setTabChangesFocus(true);
    layout->addWidget(m_summary, 1);
    m_error = messageLabel(QStringLiteral("wizardErrorLabel"), page);
    m_error->setFocusPolicy(Qt::StrongFocus); // reached with the keyboard, read by screen readers
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_error);
    m_progress = new QLabel(tr("Creating the profile: protecting the key with the passphrase takes a moment…"), page);
    m_progress->setObjectName(QStringLiteral("wizardProgressLabel"));
    m_progress->setWordWrap(true);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    page->setFinalPage(true);
    page->setCheck([this]() { return !m_busy; });
    return page;
}

// ---- Checks: each shows its reason in place and says whether « Next » may be used ----

bool FirstRunWizard::checkCcas()
{
    QString message;
    const QString logo = QDir::fromNativeSeparators(m_logo->text().trimmed());
    if (m_ccasName->text().trimmed().isEmpty())
        message = tr("Enter the name of the CCAS.");
    else if (m_siret->text().trimmed().isEmpty())
        message = tr("Enter the SIRET of the CCAS (14 digits).");
    else if (const QString siret = Siret::validationMessage(m_siret->text()); !siret.isEmpty())
        message = siret;
    else if (!logo.isEmpty() && !QImageReader(logo).canRead())
        message = tr("The logo cannot be read: choose a PNG or JPEG image, or leave the field empty.");
    setMessage(m_ccasMessage, message);
    return message.isEmpty();
}

bool FirstRunWizard::checkAgent()
{
    const QString message = m_agentId->text().trimmed().isEmpty() ? tr("Enter the agent identifier.") : QString();
    setMessage(m_agentMessage, message);
    return message.isEmpty();
}

bool FirstRunWizard::checkPassphrase()
{
    const QString text = m_passphrase->text();
    const QString weak = RecoveryKey::weaknessMessage(text);
    if (text.isEmpty())
        m_strength->setText(tr("At least 12 characters and 3 words, or 16 characters."));
    else
        m_strength->setText(weak.isEmpty() ? tr("Strong enough.") : weak);
    QString message;
    if (!text.isEmpty() && weak.isEmpty() && !m_confirm->text().isEmpty() && m_confirm->text() != text)
        message = tr("The two passphrases differ: type the same passphrase twice.");
    else if (!text.isEmpty() && weak.isEmpty() && m_confirm->text().isEmpty())
        message = tr("Type the passphrase a second time to confirm it.");
    setMessage(m_confirmMessage, message);
    return !text.isEmpty() && weak.isEmpty() && m_confirm->text() == text;
}

bool FirstRunWizard::checkApi()
{
    const bool gateway = m_environment->currentData().toString() == QLatin1String("gateway");
    m_gatewayUrl->setEnabled(gateway);
    m_token->setEnabled(!gateway);
    const QString base = m_impotBaseUrl->text().trimmed();
    const QString tokenUrl = m_impotTokenUrl->text().trimmed();
    QString message;
    if (gateway && !isHttpsUrl(m_gatewayUrl->text().trimmed()))
        message = tr("The gateway URL must be an https:// address.");
    else if (base.isEmpty() != tokenUrl.isEmpty())
        message = tr("API Impôt particulier needs both its data URL and its token URL (or neither).");
    else if (!base.isEmpty() && !isHttpsUrl(base))
        message = tr("The data URL of API Impôt particulier must be an https:// address.");
    else if (!tokenUrl.isEmpty() && !isHttpsUrl(tokenUrl))
        message = tr("The token URL of API Impôt particulier must be an https:// address.");
    setMessage(m_apiMessage, message);
    return message.isEmpty();
}

bool FirstRunWizard::checkReglement()
{
    const QString path = QDir::fromNativeSeparators(m_reglementPath->text().trimmed());
    if (path.isEmpty()) {
        m_reglementStatus->setText(tr("No règlement for now: it can be chosen later in Settings."));
        m_reglementErrors->clear();
        m_reglementErrors->setVisible(false);
        return true;
    }
    if (path != m_reglementChecked) {
        m_reglementStatus->setText(tr("Checking the règlement…"));
        return false;
    }
    return m_reglementOk;
}

void FirstRunWizard::loadReglement()
{
    m_reglementTimer->stop();
    const QString path = QDir::fromNativeSeparators(m_reglementPath->text().trimmed());
    m_reglementErrors->clear();
    m_reglementChecked = path;
    m_reglementOk = true;
    if (!path.isEmpty()) {
        const Result<Reglement, QStringList> reglement = Reglement::load(path);
        m_reglementOk = reglement.ok();
        if (reglement) {
            const Reglement& r = reglement.value();
            m_reglementStatus->setText(tr("Règlement “%1” of %2, version %3: %n aid(s).", nullptr, int(r.aids().size()))
                                           .arg(r.title(), r.ccas(), QString::number(r.version())));
        } else {
            m_reglementStatus->setText(tr("This règlement cannot be used (%n problem(s)): correct the file or "
                                          "choose another one, or leave the field empty.",
                                          nullptr, int(reglement.error().size())));
            m_reglementErrors->addItems(reglement.error());
        }
        m_reglementErrors->setVisible(!m_reglementOk);
    }
    m_reglementStatus->setAccessibleDescription(m_reglementStatus->text());
    m_reglementPage->recheck();
}

void FirstRunWizard::updateSummary()
{
    const Values v = values();
    const QString yes = tr("given (kept in the system keychain)");
    const QString later = tr("later, in Settings");
    QStringList lines;
    lines << tr("CCAS: %1").arg(v.ccasName) << tr("SIRET: %1").arg(v.siret);
    if (!v.ccasAddress.isEmpty())
        lines << tr("Address: %1").arg(QString(v.ccasAddress).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    lines << tr("Logo: %1").arg(v.ccasLogoPath.isEmpty() ? tr("none") : QDir::toNativeSeparators(v.ccasLogoPath));
    lines << tr("Agent: %1").arg(v.agentId);
    lines << tr("Profile folder: %1").arg(QDir::toNativeSeparators(m_profileDir));
    lines << tr("Recovery passphrase: chosen (not shown)");
    lines << tr("Environment: %1").arg(m_environment->currentText());
    if (v.environment == QLatin1String("gateway"))
        lines << tr("Gateway URL: %1").arg(v.gatewayUrl);
    else
        lines << tr("API Particulier token: %1").arg(v.apiParticulierToken.isEmpty() ? later : yes);
    lines << tr("API Impôt particulier: %1")
                 .arg(v.impotBaseUrl.isEmpty() ? later : v.impotBaseUrl + QStringLiteral(" · ") + v.impotTokenUrl);
    lines << tr("DGFiP client ID and secret: %1")
                 .arg(v.impotClientId.isEmpty() && v.impotClientSecret.isEmpty() ? later : yes);
    lines << tr("Règlement: %1").arg(v.reglementPath.isEmpty() ? later : QDir::toNativeSeparators(v.reglementPath));
    m_summary->setPlainText(lines.join(QLatin1Char('\n')));
}

// ---- Values ----

FirstRunWizard::Values FirstRunWizard::values() const
{
    Values v;
    v.ccasName = m_ccasName->text().trimmed();
    v.siret = Siret::normalised(m_siret->text());
    QStringList address = m_address->toPlainText().split(QLatin1Char('\n'));
    for (QString& line : address)
        line = line.trimmed();
    address.removeAll(QString());
    v.ccasAddress = address.join(QLatin1Char('\n'));
    v.ccasLogoPath = QDir::fromNativeSeparators(m_logo->text().trimmed());
    v.agentId = m_agentId->text().trimmed();
    v.passphrase = m_passphrase->text();
    v.environment = m_environment->currentData().toString();
    const bool gateway = v.environment == QLatin1String("gateway");
    v.gatewayUrl = gateway ? m_gatewayUrl->text().trimmed() : QString();
    v.apiParticulierToken = gateway ? QString() : m_token->text().trimmed();
    v.impotBaseUrl = m_impotBaseUrl->text().trimmed();
    v.impotTokenUrl = m_impotTokenUrl->text().trimmed();
    v.impotClientId = m_impotClientId->text().trimmed();
    v.impotClientSecret = m_impotClientSecret->text().trimmed();
    v.reglementPath = QDir::fromNativeSeparators(m_reglementPath->text().trimmed());
    return v;
}

RecoverySheetInput FirstRunWizard::recoverySheetInput() const
{
    RecoverySheetInput in;
    in.ccasName = m_ccasName->text().trimmed();
    in.siret = Siret::normalised(m_siret->text());
    in.profileDir = m_profileDir;
    in.createdAt = QDateTime::currentDateTime();
    in.agentId = m_agentId->text().trimmed();
    return in;
}

// ---- Recovery sheet ----

void FirstRunWizard::printRecoverySheet()
{
    const RecoverySheetInput input = recoverySheetInput();
    auto* dialog = new QPrintPreviewDialog(this);
    dialog->setObjectName(QStringLiteral("recoverySheetPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Recovery sheet — preview"));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, input](QPrinter* printer) {
        const Result<void, QString> r = RecoverySheet::render(input, printer);
        m_sheetStatus->setText(r ? QString() : r.error());
    });
    connect(dialog, &QDialog::accepted, this, [this]() {
        m_sheetStatus->setText(tr("Recovery sheet sent to the printer: write the passphrase on it by hand."));
    });
    dialog->open();
}

void FirstRunWizard::saveRecoverySheet()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    auto* dialog = new QFileDialog(this, tr("Save the recovery sheet"), dir, tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("recoverySheetPdfDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(QDir(dir).filePath(tr("recovery-sheet.pdf")));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (path.isEmpty())
            return;
        const Result<void, QString> r = RecoverySheet::writePdf(recoverySheetInput(), path);
        m_sheetStatus->setText(r ? tr("Recovery sheet saved as %1: print it, then write the passphrase on it by "
                                      "hand.")
                                       .arg(QDir::toNativeSeparators(path))
                                 : r.error());
    });
    dialog->open();
}

void FirstRunWizard::browse(QLineEdit* edit, const QString& title, const QString& filter, const QString& objectName)
{
    const QString current = QDir::fromNativeSeparators(edit->text().trimmed());
    const QString dir = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    auto* dialog = new QFileDialog(this, title, dir, filter);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, edit, [this, edit](const QString& path) {
        edit->setText(QDir::toNativeSeparators(path));
        if (edit == m_reglementPath)
            loadReglement(); // at once: the file was chosen, not typed
        edit->setFocus();
    });
    dialog->open();
}

// ---- Finish, busy state, errors ----

void FirstRunWizard::accept()
{
    if (m_busy || m_closing)
        return;
    // Every page was valid to reach « Finish »; checked again in case a value changed since.
    const std::pair<WizardCheckedPage*, int> pages[] = {{m_ccasPage, CcasPageId},
                                                        {m_agentPage, AgentPageId},
                                                        {m_passphrasePage, PassphrasePageId},
                                                        {m_apiPage, ApiPageId},
                                                        {m_reglementPage, ReglementPageId}};
    for (const auto& [page, id] : pages) {
        if (!page->isComplete()) {
            setMessage(m_error, tr("A page needs to be corrected: go back with « Back »."));
            return;
        }
    }
    setMessage(m_error, QString());
    setBusy(true);
    Q_EMIT setupRequested(values());
}

void FirstRunWizard::reject()
{
    if (m_busy)
        return;
    QWizard::reject();
}

void FirstRunWizard::closeAfterSetup()
{
    m_busy = false;
    m_closing = true;
    QWizard::done(QDialog::Accepted);
}

void FirstRunWizard::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_summary->setEnabled(!busy);
    // « Finish » follows the page's check (not complete while busy); QWizard then sets « Back » again.
    m_summaryPage->recheck();
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::CancelButton})
        button(b)->setEnabled(!busy);
}

void FirstRunWizard::showError(const QString& message)
{
    setBusy(false);
    setMessage(m_error, message);
    if (!message.isEmpty())
        m_error->setFocus();
}

} // namespace ccas
