#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ccas {

// Asks for the administrator's recovery passphrase when the keychain cannot give the master key.
// Shown with open(); « Open » emits passphraseEntered() and waits (the check takes about a second)
// until the caller closes it with accept() or shows why it failed with setProblem().
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PassphraseDialog(QWidget* parent = nullptr);
    ~PassphraseDialog() override;
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

    // Why the passphrase is needed (the keychain's problem) or why it was refused. Ends the busy state.
    void setProblem(const QString& problem);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void passphraseEntered(const QString& passphrase);

private:
    void submit();

    QLineEdit* m_passphrase = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_openButton = nullptr;
    bool m_busy = false;
};

} // namespace ccas
