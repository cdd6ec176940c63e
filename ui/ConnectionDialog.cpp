#include "ConnectionDialog.h"

#include "domain/Siret.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

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
    m_environment->addItem(tr("Production (particulier.api.gouv.fr)"), QStringLiteral("production"));
    m_environment->addItem(tr("Staging (fictitious data)"), QStringLiteral("staging"));
    m_environment->addItem(tr("CCAS gateway (adds the token itself)"), QStringLiteral("gateway"));
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(current.environment)));
    form->addRow(tr("&Environment:"), m_environment);

    m_gatewayUrl = new QLineEdit(current.gatewayUrl, this);
    m_gatewayUrl->setObjectName(QStringLiteral("gatewayUrlEdit"));
    m_gatewayUrl->setPlaceholderText(QStringLiteral("https://passerelle.example.fr/api-particulier"));
    form->addRow(tr("&Gateway URL:"), m_gatewayUrl);

    m_siret = new QLineEdit(current.siret, this);
    m_siret->setObjectName(QStringLiteral("siretEdit"));
    m_siret->setPlaceholderText(tr("14 digits"));
    form->addRow(tr("CCAS &SIRET (recipient):"), m_siret);

    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(current.timeoutSeconds);
    form->addRow(tr("&Timeout:"), m_timeout);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
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

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectionError"));
    m_error->setWordWrap(true);
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
