#include "ConnectionDialog.h"

#include "domain/Siret.h"
#include "eligibility/Reglement.h"

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
    setWindowTitle(tr("Connection to API Particulier"));
    auto* layout = new QVBoxLayout(this);
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
    layout->addWidget(particulier);

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
    layout->addWidget(impot);
    layout->addWidget(buildCcasGroup(current));
    layout->addWidget(buildDeskGroup(current));

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
    QLineEdit* wrong = nullptr;
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
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->setVisible(true);
        if (wrong)
            wrong->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ccas
