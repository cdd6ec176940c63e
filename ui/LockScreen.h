#pragma once

#include <QWidget>

class QCloseEvent;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ccas {

// The window shown while the desk is locked (see DeskLock): no personal data, only what is needed
// to unlock. With a passphrase it asks for the profile's recovery passphrase; in the demonstration
// (no passphrase exists) and before any profile is open, one button unlocks and the window says why.
// It cannot be closed: only unlocking ends it.
class LockScreen final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Passphrase,    // the recovery passphrase of the profile is checked
        Demonstration, // the demo's throw-away profile has no passphrase: the button unlocks
        NoPassphrase,  // no profile is open yet: there is no passphrase to check, the button unlocks
    };

    explicit LockScreen(QWidget* parent = nullptr);

    void reset(Mode mode); // a fresh window for a new lock: empty field, no message
    Mode mode() const { return m_mode; }
    void setChecking(bool checking);          // the passphrase is being checked: field and button wait
    void showProblem(const QString& message); // wrong passphrase: said in place, the field is ready again

Q_SIGNALS:
    // The agent asks to unlock; `passphrase` is empty outside Mode::Passphrase.
    void unlockRequested(const QString& passphrase);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void submit();

    Mode m_mode = Mode::Passphrase;
    QLabel* m_explanation = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_problem = nullptr;
    bool m_checking = false;
};

} // namespace ccas
