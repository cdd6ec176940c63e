#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QDBusConnection;

namespace ccas {

// Tells when the operating system locks the agent's session, so that the window locks itself too
// (the desk lock, ui/DeskLock). Two sources, both optional:
//   - logind, on the system bus: the Lock signal of org.freedesktop.login1.Session for the session
//     this process runs in (XDG_SESSION_ID, else GetSessionByPID), sent by `loginctl lock-session`
//     and by most desktops when the screen locks;
//   - the screen savers, on the session bus: ActiveChanged(true) of org.freedesktop.ScreenSaver
//     (KDE, Xfce, LXQt…) and of org.gnome.ScreenSaver (GNOME, Cinnamon).
// A bus that is not there (a CI container, a minimal desktop) is silently left out: one debug line
// without personal data, no error for the agent. Everything is asynchronous.
//
// Windows (not built here): the equivalent is WTSRegisterSessionNotification(hwnd,
// NOTIFY_FOR_THIS_SESSION) on a top-level window and the WM_WTSSESSION_CHANGE message with
// WTS_SESSION_LOCK, received through a QAbstractNativeEventFilter; it would emit the same locked().
class SessionLockMonitor final : public QObject
{
    Q_OBJECT
public:
    explicit SessionLockMonitor(QObject* parent = nullptr);
    ~SessionLockMonitor() override;
    Q_DISABLE_COPY_MOVE(SessionLockMonitor)

    // Listens on the system and session buses of the desktop. Call once.
    void start();
    // The same on the buses at these D-Bus addresses (tests: private dbus-daemon instances); an
    // empty address leaves that bus out. Call once, instead of start().
    void startOn(const QString& systemBusAddress, const QString& sessionBusAddress);

    // The subscriptions made so far: "logind", "screensaver" (for tests and the debug line).
    QStringList sources() const { return m_sources; }

Q_SIGNALS:
    void locked();
    void listening(const QString& source); // a subscription was made (tests wait for it)

    // The D-Bus signals as they arrive. QDBusConnection::connect only takes a method signature:
    // the monitor gives it these signals' signatures, read from QMetaMethod::fromSignal (checked by
    // the compiler), then follows them with pointer-to-member connections.
    void logindLockReceived();
    void screenSaverActiveChangedReceived(bool active);

private Q_SLOTS:
    void onLogindLock();
    void onScreenSaverActiveChanged(bool active);

private:
    void listenLogind(const QDBusConnection& bus);
    void listenScreenSavers(const QDBusConnection& bus);
    void subscribeLogindSession(const QDBusConnection& bus, const QString& sessionPath);

    QStringList m_privateConnections; // connection names opened by startOn(), closed at the end
    QStringList m_sources;
    bool m_started = false;
};

} // namespace ccas
