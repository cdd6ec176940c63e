#include "ConnectionDialog.h"

#include "domain/Siret.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace ccas {

ConnectionDialog::ConnectionDialog(const Values& current, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connection to API Particulier"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

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
    layout->addLayout(form);

    auto* note = new QLabel(tr("The token is kept in the system keychain only, never in a file."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
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
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace ccas
