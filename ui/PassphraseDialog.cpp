#include "PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccas {

PassphraseDialog::PassphraseDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Open the profile"));
    setModal(true);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("The master key of the dossiers could not be obtained from the system keychain. Enter "
                                "the administrator's recovery passphrase to open them. Consultations remain possible "
                                "meanwhile, but nothing is kept."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passphraseProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto* form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Recovery passphrase"));
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    auto* label = new QLabel(tr("Recovery &passphrase:"), this);
    label->setBuddy(m_passphrase);
    form->addRow(label, m_passphrase);
    layout->addLayout(form);

    m_progress = new QLabel(tr("Checking the passphrase…"), this);
    m_progress->setObjectName(QStringLiteral("passphraseProgressLabel"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox(this);
    m_openButton = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("passphraseOpenButton"));
    m_openButton->setAccessibleName(tr("Open the profile with this passphrase"));
    m_openButton->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("passphraseCancelButton"));
    cancel->setAccessibleName(tr("Cancel: leave the dossiers closed"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_openButton->setEnabled(!m_busy && !text.isEmpty()); });
    m_openButton->setEnabled(false);
    m_passphrase->setFocus();
    setMinimumWidth(520);
}

PassphraseDialog::~PassphraseDialog() = default;

void PassphraseDialog::setProblem(const QString& problem)
{
    setBusy(false);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_passphrase->setFocus();
    adjustSize(); // wrapped labels: let the dialog grow with its text
}

void PassphraseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_openButton->setEnabled(!busy && !m_passphrase->text().isEmpty());
    m_progress->setVisible(busy);
}

void PassphraseDialog::submit()
{
    if (m_busy || m_passphrase->text().isEmpty())
        return;
    const QString passphrase = m_passphrase->text();
    m_passphrase->clear(); // not kept in the widget while it is being checked
    setBusy(true);
    Q_EMIT passphraseEntered(passphrase);
}

} // namespace ccas
