#pragma once

#include "LockScreen.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTimer;
class QWidget;

namespace ccas {

class Clock;
class ClipboardGuard;
class SessionLockMonitor;

// Privacy at the desk: the application locks itself after a time without input, when the
// operating system locks the session, and on request (« Verrouiller », Ctrl+L). Locking hides every
// visible window of the application (the main window, non-modal dialogs, print previews…) and
// remembers them, clears the personal data left in the clipboard, and shows the lock window, which
// carries no personal data. Unlocking shows exactly the windows that were visible again, in the same
// state (nothing typed is lost) and gives the focus back where it was.
//
// How a passphrase is checked is given by the composition root (Options::verify): the UI does not
// know about keys. The inactivity timer only counts the agent's input (keys, mouse buttons, wheel,
// touch), through an application-wide event filter; time comes from a Clock (tests move it).
class DeskLock final : public QObject
{
    Q_OBJECT
public:
    // Checks `passphrase` (off the GUI thread) and calls `done` once, later, with true when it is
    // right; else false and a message for the agent.
    using Verify =
        std::function<void(const QString& passphrase, std::function<void(bool correct, const QString& message)> done)>;

    struct Options
    {
        // The delay without input before locking, read at every check (the setting may change);
        // <= 0: never. Empty: never.
        std::function<qint64()> inactivityMs = nullptr;
        // Whether a passphrase can be checked now (asked at each lock); with `verify` it is asked
        // for, else the lock window unlocks with a button (see `demo`).
        std::function<bool()> canVerify = nullptr;
        Verify verify = nullptr;
        bool demo = false;                         // the lock window says it is a demonstration
        ClipboardGuard* clipboard = nullptr;       // cleared at each lock (not owned)
        SessionLockMonitor* sessionLock = nullptr; // its locked() locks (not owned)
        const Clock* clock = nullptr;              // null: the system clock
        int checkIntervalMs = 1000;                // how often inactivity is checked
        // Locks from any window of the application, even one under a modal dialog where the main
        // window's menu shortcut cannot fire. Empty: none.
        QKeySequence shortcut = QKeySequence(Qt::CTRL | Qt::Key_L);
    };

    explicit DeskLock(Options options, QObject* parent = nullptr);
    ~DeskLock() override;
    Q_DISABLE_COPY_MOVE(DeskLock)

    bool isLocked() const { return m_locked; }
    LockScreen* lockScreen() const { return m_screen.get(); }

public Q_SLOTS:
    void lock();
    // Locks when the agent has given no input for the configured delay (the timer calls it).
    void checkInactivity();

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onUnlockRequested(const QString& passphrase);
    void unlock();
    void remember(QWidget* window);
    bool isOurs(const QWidget* widget) const; // the lock window or one of its children
    qint64 nowMs() const;

    struct Hidden
    {
        QPointer<QWidget> window;
        Qt::WindowModality modality = Qt::NonModal; // as it was: a dialog opened with open() keeps it
    };

    Options m_options;
    std::unique_ptr<LockScreen> m_screen;
    QTimer* m_timer = nullptr;
    qint64 m_lastInputMs = 0;
    bool m_locked = false;
    bool m_hiding = false;
    quint64 m_checkSerial = 0;                      // the passphrase check in flight; older answers are ignored
    QList<Hidden> m_hidden;                         // the windows hidden by the lock, parents first
    QList<QMetaObject::Connection> m_dialogWatches; // a hidden dialog finished meanwhile is not shown again
    QPointer<QWidget> m_activeWindow;
    QPointer<QWidget> m_focus;
};

} // namespace ccas
