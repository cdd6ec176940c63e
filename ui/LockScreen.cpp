#include "LockScreen.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ccas {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("lockScreen"));
    // No personal data in the title (nor anywhere in this window).
    setWindowTitle(tr("Guichet CCAS — locked"));
    setAccessibleName(tr("Locked window"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Guichet CCAS is locked"), this);
    heading->setObjectName(QStringLiteral("lockHeading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("lockExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    layout->addWidget(m_explanation);

    auto* form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("lockPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Recovery passphrase"));
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_passphraseLabel = new QLabel(tr("Recovery &passphrase:"), this);
    m_passphraseLabel->setBuddy(m_passphrase);
    form->addRow(m_passphraseLabel, m_passphrase);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("lockProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Why the window is still locked"));
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    m_progress = new QLabel(tr("Checking the passphrase…"), this);
    m_progress->setObjectName(QStringLiteral("lockProgressLabel"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("lockUnlockButton"));
    m_unlock->setAccessibleName(tr("Unlock the windows"));
    m_unlock->setDefault(true);
    m_unlock->setAutoDefault(true);
    row->addWidget(m_unlock);
    layout->addLayout(row);
    layout->addStretch(1);

    setTabOrder(m_passphrase, m_unlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::submit);
    resize(480, 260);
    reset(Mode::Passphrase);
}

void LockScreen::reset(Mode mode)
{
    m_mode = mode;
    m_checking = false;
    m_passphrase->clear();
    m_problem->clear();
    m_problem->setVisible(false);
    m_progress->setVisible(false);
    const bool asks = mode == Mode::Passphrase;
    m_passphrase->setVisible(asks);
    m_passphraseLabel->setVisible(asks);
    m_passphrase->setEnabled(asks);
    m_unlock->setEnabled(true);
    switch (mode) {
    case Mode::Passphrase:
        m_explanation->setText(tr("The windows are hidden while you are away. Type the recovery passphrase of the "
                                  "profile to show them again as they were."));
        m_passphrase->setFocus();
        break;
    case Mode::Demonstration:
        m_explanation->setText(tr("Demonstration: the windows are hidden as they would be at a real desk. A real "
                                  "profile asks for its recovery passphrase here; in the demonstration the button "
                                  "unlocks."));
        m_unlock->setFocus();
        break;
    case Mode::NoPassphrase:
        m_explanation->setText(tr("The windows are hidden while you are away. No profile is open yet, so there is "
                                  "no passphrase to check: the button unlocks."));
        m_unlock->setFocus();
        break;
    }
}

void LockScreen::setChecking(bool checking)
{
    m_checking = checking;
    m_progress->setVisible(checking);
    m_passphrase->setEnabled(!checking && m_mode == Mode::Passphrase);
    m_unlock->setEnabled(!checking);
    if (checking)
        m_problem->setVisible(false);
}

void LockScreen::showProblem(const QString& message)
{
    setChecking(false);
    m_problem->setText(message);
    m_problem->setVisible(true);
    m_passphrase->selectAll();
    m_passphrase->setFocus();
}

void LockScreen::submit()
{
    if (m_checking)
        return;
    if (m_mode != Mode::Passphrase) {
        Q_EMIT unlockRequested(QString());
        return;
    }
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty()) {
        showProblem(tr("Type the recovery passphrase of the profile."));
        return;
    }
    Q_EMIT unlockRequested(passphrase);
}

void LockScreen::closeEvent(QCloseEvent* event)
{
    // Closing the window would leave the hidden windows out of reach: only unlocking ends it.
    event->ignore();
}

} // namespace ccas
