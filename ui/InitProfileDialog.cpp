#include "InitProfileDialog.h"

#include "crypto/RecoveryKey.h"
#include "domain/Siret.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccas {

namespace {

QLineEdit* passwordEdit(const QString& name, const QString& accessible, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    e->setAccessibleName(accessible);
    e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return e;
}

} // namespace

InitProfileDialog::InitProfileDialog(const QString& ccasNom, const QString& siret, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("initProfileDialog"));
    setWindowTitle(tr("Create the profile"));
    setModal(true);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("No profile exists yet on this computer. The dossiers will be kept here, encrypted; "
                                "their master key goes into the system keychain, with a copy protected by a recovery "
                                "passphrase chosen by the administrator."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_nom = new QLineEdit(ccasNom, this);
    m_nom->setObjectName(QStringLiteral("ccasNameEdit"));
    m_nom->setAccessibleName(tr("Name of the CCAS"));
    m_nom->setPlaceholderText(tr("e.g. CCAS de Marseille"));
    auto* nomLabel = new QLabel(tr("CCAS &name:"), this);
    nomLabel->setBuddy(m_nom);
    form->addRow(nomLabel, m_nom);

    m_siret = new QLineEdit(siret, this);
    m_siret->setObjectName(QStringLiteral("siretEdit"));
    m_siret->setAccessibleName(tr("SIRET of the CCAS"));
    m_siret->setPlaceholderText(tr("14 digits"));
    auto* siretLabel = new QLabel(tr("&SIRET:"), this);
    siretLabel->setBuddy(m_siret);
    form->addRow(siretLabel, m_siret);

    m_passphrase = passwordEdit(QStringLiteral("passphraseEdit"), tr("Recovery passphrase"), this);
    auto* passLabel = new QLabel(tr("Recovery &passphrase:"), this);
    passLabel->setBuddy(m_passphrase);
    form->addRow(passLabel, m_passphrase);
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("passphraseStrengthLabel"));
    m_strength->setWordWrap(true);
    m_strength->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_strength);

    m_confirm = passwordEdit(QStringLiteral("passphraseConfirmEdit"), tr("Confirm the recovery passphrase"), this);
    auto* confirmLabel = new QLabel(tr("Con&firm:"), this);
    confirmLabel->setBuddy(m_confirm);
    form->addRow(confirmLabel, m_confirm);
    layout->addLayout(form);

    auto* warning = new QLabel(tr("Write the recovery passphrase down and keep it somewhere safe, away from this "
                                  "computer. If both the passphrase and the keychain entry are lost (new computer, "
                                  "new Windows account, reinstalled system), the dossiers can never be opened again: "
                                  "nobody can recover them."),
                               this);
    warning->setObjectName(QStringLiteral("lossWarningLabel"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("QLabel { background: #fff3bf; color: #5c4400; border: 1px solid #e0b400; "
                                          "padding: 6px; }"));
    layout->addWidget(warning);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("initErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_progress = new QLabel(tr("Creating the profile: protecting the key with the passphrase takes a moment…"), this);
    m_progress->setObjectName(QStringLiteral("initProgressLabel"));
    m_progress->setWordWrap(true);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox(this);
    m_createButton = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("initCreateButton"));
    m_createButton->setAccessibleName(tr("Create the profile"));
    m_createButton->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("initCancelButton"));
    cancel->setAccessibleName(tr("Cancel: no dossier can be kept until the profile exists"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &InitProfileDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &InitProfileDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &InitProfileDialog::updateStrength);
    updateStrength();
    (ccasNom.isEmpty() ? m_nom : m_passphrase)->setFocus();
    setMinimumWidth(580);
}

InitProfileDialog::~InitProfileDialog() = default;

void InitProfileDialog::updateStrength()
{
    const QString text = m_passphrase->text();
    if (text.isEmpty()) {
        m_strength->setText(tr("At least 12 characters and 3 words, or 16 characters."));
        return;
    }
    const QString weak = RecoveryKey::weaknessMessage(text);
    m_strength->setText(weak.isEmpty() ? tr("Strong enough.") : weak);
}

void InitProfileDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    adjustSize();
}

void InitProfileDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w :
         {static_cast<QWidget*>(m_nom), static_cast<QWidget*>(m_siret), static_cast<QWidget*>(m_passphrase),
          static_cast<QWidget*>(m_confirm), static_cast<QWidget*>(m_createButton)})
        w->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void InitProfileDialog::submit()
{
    if (m_busy)
        return;
    QString error;
    QLineEdit* field = nullptr;
    if (m_nom->text().trimmed().isEmpty()) {
        error = tr("Enter the name of the CCAS.");
        field = m_nom;
    } else if (const QString siret = Siret::validationMessage(m_siret->text()); !siret.isEmpty()) {
        error = siret;
        field = m_siret;
    } else if (const QString weak = RecoveryKey::weaknessMessage(m_passphrase->text()); !weak.isEmpty()) {
        error = weak;
        field = m_passphrase;
    } else if (m_confirm->text() != m_passphrase->text()) {
        error = tr("The two passphrases differ: type the same passphrase twice.");
        field = m_confirm;
    }
    if (field) {
        m_error->setText(error);
        m_error->setVisible(true);
        adjustSize();
        field->setFocus();
        field->selectAll();
        return;
    }
    m_error->setVisible(false);
    setBusy(true);
    Q_EMIT initRequested(m_nom->text().trimmed(), Siret::normalised(m_siret->text()), m_passphrase->text());
}

} // namespace ccas
