#include "ConnectionDialog.h"

#include "domain/Siret.h"
#include "eligibility/Reglement.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ccas {

namespace {

bool isHttpsUrl(const QString& text)
{
    const QUrl url(text);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty() && url.userInfo().isEmpty();
}

QLineEdit* addEdit(QFormLayout* form, QWidget* parent, const QString& label, const QString& objectName,
                   const QString& text, const QString& placeholder)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    QString accessible = label;
    accessible.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    edit->setAccessibleName(accessible.trimmed());
    form->addRow(label, edit);
    return edit;
}

} // namespace

ConnectionDialog::ConnectionDialog(const Values& current, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    auto* general = new QWidget(m_tabs);
    general->setObjectName(QStringLiteral("connectionTab"));
    auto* generalLayout = new QVBoxLayout(general);
    auto* particulier = new QGroupBox(tr("API Particulier"), this);
    particulier->setObjectName(QStringLiteral("apiParticulierGroup"));
    auto* particulierLayout = new QVBoxLayout(particulier);
    auto* form = new QFormLayout;
    particulierLayout->addLayout(form);

    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->addItem(tr("Production (particulier.api.gouv.fr)"), QStringLiteral("production"));
    m_environment->addItem(tr("Staging (fictitious data)"), QStringLiteral("staging"));
    m_environment->addItem(tr("CCAS gateway (adds the token itself)"), QStringLiteral("gateway"));
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(current.environment)));
    form->addRow(tr("&Environment:"), m_environment);

    m_gatewayUrl = new QLineEdit(current.gatewayUrl, this);
    m_gatewayUrl->setObjectName(QStringLiteral("gatewayUrlEdit"));
    m_gatewayUrl->setAccessibleName(tr("Gateway URL"));
    m_gatewayUrl->setPlaceholderText(QStringLiteral("https://passerelle.example.fr/api-particulier"));
    form->addRow(tr("&Gateway URL:"), m_gatewayUrl);

    m_siret = new QLineEdit(current.siret, this);
    m_siret->setObjectName(QStringLiteral("siretEdit"));
    m_siret->setAccessibleName(tr("SIRET of the CCAS"));
    m_siret->setPlaceholderText(tr("14 digits"));
    form->addRow(tr("CCAS &SIRET (recipient):"), m_siret);

    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setAccessibleName(tr("Timeout of each call, in seconds"));
    m_timeout->setRange(1, 120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(current.timeoutSeconds);
    form->addRow(tr("&Timeout:"), m_timeout);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("API Particulier token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("leave empty to keep the saved token"));
    form->addRow(tr("&Token:"), m_token);
    auto* note = new QLabel(tr("The token is kept in the system keychain only, never in a file."), particulier);
    note->setWordWrap(true);
    particulierLayout->addWidget(note);
    generalLayout->addWidget(particulier);

    auto* impot = new QGroupBox(tr("API Impôt particulier (DGFiP)"), this);
    impot->setObjectName(QStringLiteral("apiImpotGroup"));
    auto* impotLayout = new QVBoxLayout(impot);
    auto* impotForm = new QFormLayout;
    impotLayout->addLayout(impotForm);
    m_impotBaseUrl =
        addEdit(impotForm, impot, tr("&Data URL:"), QStringLiteral("impotBaseUrlEdit"), current.impotBaseUrl,
                QStringLiteral("https://passerelle.example.fr/impotparticulier/1.0"));
    m_impotTokenUrl = addEdit(impotForm, impot, tr("Token &URL:"), QStringLiteral("impotTokenUrlEdit"),
                              current.impotTokenUrl, QStringLiteral("https://passerelle.example.fr/token"));
    m_impotTeleservice = addEdit(impotForm, impot, tr("ID_Telese&rvice:"), QStringLiteral("impotTeleserviceEdit"),
                                 current.impotIdTeleservice, tr("optional, given by the DGFiP"));
    m_impotClientId = addEdit(impotForm, impot, tr("C&lient ID:"), QStringLiteral("impotClientIdEdit"), QString(),
                              tr("leave empty to keep the saved one"));
    m_impotClientSecret = addEdit(impotForm, impot, tr("Client se&cret:"), QStringLiteral("impotClientSecretEdit"),
                                  QString(), tr("leave empty to keep the saved one"));
    m_impotClientSecret->setEchoMode(QLineEdit::Password);
    auto* impotNote = new QLabel(tr("Given by the DGFiP with the CCAS's habilitation. Leave both URLs empty if the "
                                    "CCAS has none. The client ID and secret are kept in the system keychain only."),
                                 impot);
    impotNote->setWordWrap(true);
    impotLayout->addWidget(impotNote);
    generalLayout->addWidget(impot);
    generalLayout->addWidget(buildCcasGroup(current));
    generalLayout->addWidget(buildDeskGroup(current));
    m_tabs->addTab(general, tr("Connection &and CCAS"));
    m_archiveTab = buildArchiveTab(current);
    m_tabs->addTab(m_archiveTab, tr("Archi&ves"));
    layout->addWidget(m_tabs);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectionError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // file paths and errors are shown as they are
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateGatewayState);
    updateGatewayState();
}

ConnectionDialog::~ConnectionDialog() = default;

QWidget* ConnectionDialog::buildCcasGroup(const Values& current)
{
    auto* group = new QGroupBox(tr("CCAS: printed summaries and règlement"), this);
    group->setObjectName(QStringLiteral("ccasGroup"));
    auto* form = new QFormLayout(group);
    m_ccasName = addEdit(form, group, tr("CCAS &name:"), QStringLiteral("ccasNameEdit"), current.ccasName,
                         tr("as printed on the summaries"));
    m_ccasAddress = new QPlainTextEdit(current.ccasAddress, group);
    m_ccasAddress->setObjectName(QStringLiteral("ccasAddressEdit"));
    m_ccasAddress->setTabChangesFocus(true);
    m_ccasAddress->setPlaceholderText(tr("one line per line of the address"));
    m_ccasAddress->setAccessibleName(tr("CCAS postal address"));
    m_ccasAddress->setFixedHeight(m_ccasAddress->fontMetrics().lineSpacing() * 3 + 12);
    auto* addressLabel = new QLabel(tr("&Postal address:"), group);
    addressLabel->setBuddy(m_ccasAddress);
    form->addRow(addressLabel, m_ccasAddress);

    const auto fileRow = [&](const QString& label, const QString& name, const QString& text, const QString& placeholder,
                             const QString& browseName, QLineEdit** edit) {
        auto* row = new QHBoxLayout;
        *edit = new QLineEdit(text, group);
        (*edit)->setObjectName(name);
        (*edit)->setPlaceholderText(placeholder);
        QString accessible = label;
        accessible.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
        (*edit)->setAccessibleName(accessible.trimmed());
        auto* button = new QPushButton(tr("Browse…"), group);
        button->setObjectName(browseName);
        button->setAccessibleName(tr("Choose the file: %1").arg(accessible.trimmed()));
        row->addWidget(*edit, 1);
        row->addWidget(button);
        auto* l = new QLabel(label, group);
        l->setBuddy(*edit);
        form->addRow(l, row);
        return button;
    };
    QPushButton* logoBrowse = fileRow(tr("L&ogo:"), QStringLiteral("ccasLogoEdit"), current.ccasLogoPath,
                                      tr("optional, PNG or JPEG"), QStringLiteral("ccasLogoBrowseButton"), &m_ccasLogo);
    QPushButton* reglementBrowse =
        fileRow(tr("Règlement of the a&ids:"), QStringLiteral("reglementPathEdit"), current.reglementPath,
                tr("JSON file written by the CCAS (see docs/reglement.md)"), QStringLiteral("reglementBrowseButton"),
                &m_reglement);
    connect(logoBrowse, &QPushButton::clicked, this, [this]() {
        browse(m_ccasLogo, tr("Choose the CCAS logo"), tr("Images (*.png *.jpg *.jpeg)"),
               QStringLiteral("ccasLogoFileDialog"));
    });
    connect(reglementBrowse, &QPushButton::clicked, this, [this]() {
        browse(m_reglement, tr("Choose the règlement of the aids"), tr("Règlements (*.json);;All files (*)"),
               QStringLiteral("reglementFileDialog"));
    });
    return group;
}

QWidget* ConnectionDialog::buildDeskGroup(const Values& current)
{
    auto* group = new QGroupBox(tr("This desk"), this);
    group->setObjectName(QStringLiteral("deskGroup"));
    auto* form = new QFormLayout(group);
    m_agentId = addEdit(form, group, tr("A&gent identifier:"), QStringLiteral("agentIdEdit"), current.agentId,
                        tr("empty: the name of the session open on this computer"));
    m_agentId->setMaxLength(64);
    m_lockMinutes = new QSpinBox(group);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutesSpin"));
    m_lockMinutes->setRange(0, 240);
    m_lockMinutes->setSpecialValueText(tr("never"));
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setValue(std::clamp(current.lockMinutes, 0, 240));
    m_lockMinutes->setAccessibleName(tr("Lock after this many minutes of inactivity (0: never)"));
    auto* lockLabel = new QLabel(tr("Loc&k after inactivity:"), group);
    lockLabel->setBuddy(m_lockMinutes);
    form->addRow(lockLabel, m_lockMinutes);
    return group;
}

QWidget* ConnectionDialog::buildArchiveTab(const Values& current)
{
    auto* tab = new QWidget(m_tabs);
    tab->setObjectName(QStringLiteral("archiveTab"));
    auto* layout = new QVBoxLayout(tab);

    auto* service = new QGroupBox(tr("Archives service (given with the transfer agreement)"), tab);
    service->setObjectName(QStringLiteral("archiveServiceGroup"));
    auto* serviceForm = new QFormLayout(service);
    m_archivalAgency =
        addEdit(serviceForm, service, tr("Archives &service identifier:"), QStringLiteral("archivalAgencyEdit"),
                current.archivalAgencyId, tr("given by the archives service"));
    m_archivalAgreement =
        addEdit(serviceForm, service, tr("Transfer a&greement:"), QStringLiteral("archivalAgreementEdit"),
                current.archivalAgreement, tr("the agreement's identifier (convention de versement)"));
    m_transferringAgency = addEdit(serviceForm, service, tr("&Transferring service identifier:"),
                                   QStringLiteral("transferringAgencyEdit"), current.transferringAgencyId,
                                   current.siret.isEmpty() ? tr("empty: the CCAS SIRET")
                                                           : tr("empty: the CCAS SIRET (%1)").arg(current.siret));
    layout->addWidget(service);

    auto* rules = new QGroupBox(tr("Management rules of the archives service"), tab);
    rules->setObjectName(QStringLiteral("archiveRulesGroup"));
    auto* rulesForm = new QFormLayout(rules);
    const auto ruleRow = [&](const QString& label, const QString& outcome, const QString& name, const QString& rule,
                             const QString& action, QLineEdit** edit, QComboBox** combo) {
        auto* row = new QHBoxLayout;
        *edit = new QLineEdit(rule, rules);
        (*edit)->setObjectName(name + QStringLiteral("RuleEdit"));
        (*edit)->setAccessibleName(tr("Appraisal rule code: %1").arg(outcome));
        (*edit)->setPlaceholderText(tr("rule code of the archives service"));
        *combo = new QComboBox(rules);
        (*combo)->setObjectName(name + QStringLiteral("ActionCombo"));
        (*combo)->setAccessibleName(tr("Final action: %1").arg(outcome));
        (*combo)->addItem(tr("Keep"), QStringLiteral("Keep"));
        (*combo)->addItem(tr("Destroy"), QStringLiteral("Destroy"));
        // An unknown value in the file: shown as Keep, the choice that destroys nothing.
        (*combo)->setCurrentIndex(std::max(0, (*combo)->findData(action)));
        row->addWidget(*edit, 1);
        row->addWidget(*combo);
        auto* l = new QLabel(label, rules);
        l->setBuddy(*edit);
        rulesForm->addRow(l, row);
    };
    ruleRow(tr("&Granted:"), tr("granted"), QStringLiteral("granted"), current.grantedRule, current.grantedAction,
            &m_grantedRule, &m_grantedAction);
    m_grantedSampling = new QSpinBox(rules);
    m_grantedSampling->setObjectName(QStringLiteral("grantedSamplingSpin"));
    m_grantedSampling->setAccessibleName(tr("Sample of the granted files kept: 1 in N (0: no sampling)"));
    m_grantedSampling->setRange(0, 1000);
    m_grantedSampling->setPrefix(tr("1 in "));
    m_grantedSampling->setSpecialValueText(tr("no sampling"));
    m_grantedSampling->setValue(std::clamp(current.grantedSampling, 0, 1000));
    m_grantedSampling->setToolTip(tr("At the end of their retention period, the granted files drawn into the sample "
                                     "are kept whatever the final action"));
    auto* samplingLabel = new QLabel(tr("Sa&mple of the granted files:"), rules);
    samplingLabel->setBuddy(m_grantedSampling);
    rulesForm->addRow(samplingLabel, m_grantedSampling);
    ruleRow(tr("&Refused:"), tr("refused"), QStringLiteral("refused"), current.refusedRule, current.refusedAction,
            &m_refusedRule, &m_refusedAction);
    ruleRow(tr("&Without follow-up:"), tr("without follow-up"), QStringLiteral("abandoned"), current.abandonedRule,
            current.abandonedAction, &m_abandonedRule, &m_abandonedAction);
    m_accessRule = addEdit(rulesForm, rules, tr("A&ccess rule:"), QStringLiteral("accessRuleEdit"), current.accessRule,
                           tr("access rule code (private life: 50 years)"));
    layout->addWidget(rules);

    auto* purge = new QGroupBox(tr("Before the purge"), tab);
    purge->setObjectName(QStringLiteral("archivePurgeGroup"));
    auto* purgeForm = new QFormLayout(purge);
    m_archiveBeforePurge = new QCheckBox(tr("&Export to the archives before the purge"), purge);
    m_archiveBeforePurge->setObjectName(QStringLiteral("archiveBeforePurgeCheck"));
    m_archiveBeforePurge->setAccessibleName(tr("Export to the archives before the purge"));
    m_archiveBeforePurge->setChecked(current.archiveBeforePurge);
    purgeForm->addRow(m_archiveBeforePurge);
    auto* folderRow = new QHBoxLayout;
    m_archiveFolder = new QLineEdit(QDir::toNativeSeparators(current.archiveFolder), purge);
    m_archiveFolder->setObjectName(QStringLiteral("archiveFolderEdit"));
    m_archiveFolder->setAccessibleName(tr("Folder of the archive packages"));
    m_archiveFolder->setPlaceholderText(tr("an existing folder, e.g. on the archives service's share"));
    auto* folderBrowse = new QPushButton(tr("C&hoose…"), purge);
    folderBrowse->setObjectName(QStringLiteral("archiveFolderBrowseButton"));
    folderBrowse->setAccessibleName(tr("Choose the folder of the archive packages"));
    folderRow->addWidget(m_archiveFolder, 1);
    folderRow->addWidget(folderBrowse);
    auto* folderLabel = new QLabel(tr("&Folder:"), purge);
    folderLabel->setBuddy(m_archiveFolder);
    purgeForm->addRow(folderLabel, folderRow);
    auto* note = new QLabel(tr("The closed dossiers due for purging are first written to one SEDA package in this "
                               "folder; if it cannot be made, they are kept until the next run."),
                            purge);
    note->setWordWrap(true);
    purgeForm->addRow(note);
    layout->addWidget(purge);
    layout->addStretch(1);

    connect(folderBrowse, &QPushButton::clicked, this, [this]() {
        const QString currentFolder = m_archiveFolder->text().trimmed();
        auto* dialog = new QFileDialog(this, tr("Choose the folder of the archive packages"),
                                       currentFolder.isEmpty() ? QDir::homePath() : currentFolder);
        dialog->setObjectName(QStringLiteral("archiveFolderDialog"));
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::Directory);
        connect(dialog, &QFileDialog::fileSelected, m_archiveFolder, [this](const QString& path) {
            m_archiveFolder->setText(QDir::toNativeSeparators(path));
            m_archiveFolder->setFocus();
        });
        dialog->open();
    });
    return tab;
}

void ConnectionDialog::readArchiveSettings(const Settings& settings, Values& values)
{
    using K = Settings::Key;
    const auto str = [&settings](K key) { return settings.value(key).toString(); };
    values.archivalAgencyId = str(K::ArchivalAgencyId);
    values.archivalAgreement = str(K::ArchivalAgreement);
    values.transferringAgencyId = str(K::TransferringAgencyId);
    values.grantedRule = str(K::AppraisalGrantedRule);
    values.grantedAction = str(K::AppraisalGrantedAction);
    values.grantedSampling = settings.value(K::AppraisalGrantedSampling).toInt();
    values.refusedRule = str(K::AppraisalRefusedRule);
    values.refusedAction = str(K::AppraisalRefusedAction);
    values.abandonedRule = str(K::AppraisalAbandonedRule);
    values.abandonedAction = str(K::AppraisalAbandonedAction);
    values.accessRule = str(K::AccessRule);
    values.archiveBeforePurge = settings.value(K::ArchiveBeforePurge).toBool();
    values.archiveFolder = str(K::ArchiveFolder);
}

void ConnectionDialog::writeArchiveSettings(const Values& values, Settings& settings)
{
    using K = Settings::Key;
    settings.setValue(K::ArchivalAgencyId, values.archivalAgencyId);
    settings.setValue(K::ArchivalAgreement, values.archivalAgreement);
    settings.setValue(K::TransferringAgencyId, values.transferringAgencyId);
    settings.setValue(K::AppraisalGrantedRule, values.grantedRule);
    settings.setValue(K::AppraisalGrantedAction, values.grantedAction);
    settings.setValue(K::AppraisalGrantedSampling, values.grantedSampling);
    settings.setValue(K::AppraisalRefusedRule, values.refusedRule);
    settings.setValue(K::AppraisalRefusedAction, values.refusedAction);
    settings.setValue(K::AppraisalAbandonedRule, values.abandonedRule);
    settings.setValue(K::AppraisalAbandonedAction, values.abandonedAction);
    settings.setValue(K::AccessRule, values.accessRule);
    settings.setValue(K::ArchiveBeforePurge, values.archiveBeforePurge);
    settings.setValue(K::ArchiveFolder, values.archiveFolder);
}

QString ConnectionDialog::archiveError(const Values& v, QWidget** wrong) const
{
    const struct
    {
        const QString& value;
        QLineEdit* edit;
    } codes[] = {{v.grantedRule, m_grantedRule},
                 {v.refusedRule, m_refusedRule},
                 {v.abandonedRule, m_abandonedRule},
                 {v.accessRule, m_accessRule}};
    for (const auto& c : codes) {
        if (c.value.isEmpty()) {
            *wrong = c.edit;
            return tr("Every rule code of the archives is needed (ask the archives service for its codes).");
        }
    }
    if (v.archiveBeforePurge && (v.archiveFolder.isEmpty() || !QFileInfo(v.archiveFolder).isDir())) {
        *wrong = m_archiveFolder;
        return v.archiveFolder.isEmpty()
                   ? tr("Exporting before the purge needs the folder the packages are written to.")
                   : tr("The folder of the archive packages does not exist: %1")
                         .arg(QDir::toNativeSeparators(v.archiveFolder));
    }
    return QString();
}

void ConnectionDialog::browse(QLineEdit* edit, const QString& title, const QString& filter, const QString& objectName)
{
    const QString current = edit->text().trimmed();
    const QString dir = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    auto* dialog = new QFileDialog(this, title, dir, filter);
    dialog->setObjectName(objectName);
    // Qt's own dialog: the native (GTK) one adds the file to the desktop's recent files.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, edit, [edit](const QString& path) {
        edit->setText(QDir::toNativeSeparators(path));
        edit->setFocus();
    });
    dialog->open();
}

void ConnectionDialog::updateGatewayState()
{
    const bool gateway = m_environment->currentData().toString() == QLatin1String("gateway");
    m_gatewayUrl->setEnabled(gateway);
    m_token->setEnabled(!gateway);
}

ConnectionDialog::Values ConnectionDialog::values() const
{
    Values v;
    v.environment = m_environment->currentData().toString();
    v.gatewayUrl = m_gatewayUrl->text().trimmed();
    v.siret = Siret::normalised(m_siret->text());
    v.timeoutSeconds = m_timeout->value();
    v.newToken = m_token->text().trimmed();
    v.impotBaseUrl = m_impotBaseUrl->text().trimmed();
    v.impotTokenUrl = m_impotTokenUrl->text().trimmed();
    v.impotIdTeleservice = m_impotTeleservice->text().trimmed();
    v.newImpotClientId = m_impotClientId->text().trimmed();
    v.newImpotClientSecret = m_impotClientSecret->text().trimmed();
    v.ccasName = m_ccasName->text().trimmed();
    QStringList address = m_ccasAddress->toPlainText().split(QLatin1Char('\n'));
    for (QString& line : address)
        line = line.trimmed();
    address.removeAll(QString());
    v.ccasAddress = address.join(QLatin1Char('\n'));
    v.ccasLogoPath = QDir::fromNativeSeparators(m_ccasLogo->text().trimmed());
    v.reglementPath = QDir::fromNativeSeparators(m_reglement->text().trimmed());
    v.agentId = m_agentId->text().trimmed();
    v.lockMinutes = m_lockMinutes->value();
    v.archivalAgencyId = m_archivalAgency->text().trimmed();
    v.archivalAgreement = m_archivalAgreement->text().trimmed();
    v.transferringAgencyId = m_transferringAgency->text().trimmed();
    v.grantedRule = m_grantedRule->text().trimmed();
    v.grantedAction = m_grantedAction->currentData().toString();
    v.grantedSampling = m_grantedSampling->value();
    v.refusedRule = m_refusedRule->text().trimmed();
    v.refusedAction = m_refusedAction->currentData().toString();
    v.abandonedRule = m_abandonedRule->text().trimmed();
    v.abandonedAction = m_abandonedAction->currentData().toString();
    v.accessRule = m_accessRule->text().trimmed();
    v.archiveBeforePurge = m_archiveBeforePurge->isChecked();
    v.archiveFolder = QDir::fromNativeSeparators(m_archiveFolder->text().trimmed());
    return v;
}

void ConnectionDialog::accept()
{
    const Values v = values();
    QString error = Siret::validationMessage(m_siret->text());
    if (error.isEmpty() && v.environment == QLatin1String("gateway")) {
        const QUrl url(v.gatewayUrl);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            error = tr("The gateway URL must be an https:// address.");
    }
    QWidget* wrong = nullptr;
    if (error.isEmpty() && v.impotBaseUrl.isEmpty() != v.impotTokenUrl.isEmpty()) {
        error = tr("API Impôt particulier needs both its data URL and its token URL (or neither).");
        wrong = v.impotBaseUrl.isEmpty() ? m_impotBaseUrl : m_impotTokenUrl;
    }
    if (error.isEmpty() && !v.impotBaseUrl.isEmpty() && !isHttpsUrl(v.impotBaseUrl)) {
        error = tr("The data URL of API Impôt particulier must be an https:// address.");
        wrong = m_impotBaseUrl;
    }
    if (error.isEmpty() && !v.impotTokenUrl.isEmpty() && !isHttpsUrl(v.impotTokenUrl)) {
        error = tr("The token URL of API Impôt particulier must be an https:// address.");
        wrong = m_impotTokenUrl;
    }
    if (error.isEmpty() && !v.ccasLogoPath.isEmpty() && !QImageReader(v.ccasLogoPath).canRead()) {
        error = tr("The logo cannot be read: choose a PNG or JPEG image, or leave the field empty.");
        wrong = m_ccasLogo;
    }
    if (error.isEmpty() && !v.reglementPath.isEmpty()) {
        // Checked now, with the errors of the file: a règlement that cannot be used is not kept.
        const Result<Reglement, QStringList> reglement = Reglement::load(v.reglementPath);
        if (!reglement) {
            QStringList shown = reglement.error().mid(0, 5);
            if (reglement.error().size() > shown.size())
                shown << tr("… and %n more problem(s)", nullptr, int(reglement.error().size() - shown.size()));
            error = tr("The règlement cannot be used:") + QStringLiteral("\n• ") + shown.join(QStringLiteral("\n• "));
            wrong = m_reglement;
        }
    }
    if (error.isEmpty())
        error = archiveError(v, &wrong);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->setVisible(true);
        if (wrong) {
            m_tabs->setCurrentWidget(m_archiveTab->isAncestorOf(wrong) ? m_archiveTab : m_tabs->widget(0));
            wrong->setFocus();
        }
        return;
    }
    QDialog::accept();
}

} // namespace ccas
