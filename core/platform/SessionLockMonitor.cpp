#include "platform/SessionLockMonitor.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMetaMethod>
#include <QUuid>

namespace ccas {

namespace {

const QString LogindService = QStringLiteral("org.freedesktop.login1");
const QString LogindPath = QStringLiteral("/org/freedesktop/login1");
const QString LogindManager = QStringLiteral("org.freedesktop.login1.Manager");
const QString LogindSession = QStringLiteral("org.freedesktop.login1.Session");

// What QDBusConnection::connect expects for a member of the receiver: the signal code followed by
// the signature, here read from the meta-object of a signal named by pointer (a rename is a
// compile error, not a connection that silently never fires).
template <typename Signal>
QByteArray dbusTarget(Signal signal)
{
    return QByteArray::number(QSIGNAL_CODE) + QMetaMethod::fromSignal(signal).methodSignature();
}

} // namespace

SessionLockMonitor::SessionLockMonitor(QObject* parent)
    : QObject(parent)
{
    connect(this, &SessionLockMonitor::logindLockReceived, this, &SessionLockMonitor::onLogindLock);
    connect(this, &SessionLockMonitor::screenSaverActiveChangedReceived, this,
            &SessionLockMonitor::onScreenSaverActiveChanged);
}

SessionLockMonitor::~SessionLockMonitor()
{
    for (const QString& name : std::as_const(m_privateConnections))
        QDBusConnection::disconnectFromBus(name);
}

void SessionLockMonitor::start()
{
    if (m_started)
        return;
    m_started = true;
    listenLogind(QDBusConnection::systemBus());
    listenScreenSavers(QDBusConnection::sessionBus());
}

void SessionLockMonitor::startOn(const QString& systemBusAddress, const QString& sessionBusAddress)
{
    if (m_started)
        return;
    m_started = true;
    auto open = [this](const QString& address) {
        const QString name = QStringLiteral("guichet-ccas-lock-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_privateConnections << name;
        return QDBusConnection::connectToBus(address, name);
    };
    if (!systemBusAddress.isEmpty())
        listenLogind(open(systemBusAddress));
    if (!sessionBusAddress.isEmpty())
        listenScreenSavers(open(sessionBusAddress));
}

void SessionLockMonitor::listenLogind(const QDBusConnection& bus)
{
    if (!bus.isConnected()) {
        qCDebug(lcApp) << "session lock: no system bus, logind is not followed";
        return;
    }
    const QString sessionId = qEnvironmentVariable("XDG_SESSION_ID");
    QDBusMessage call = sessionId.isEmpty() ? QDBusMessage::createMethodCall(LogindService, LogindPath, LogindManager,
                                                                             QStringLiteral("GetSessionByPID"))
                                            : QDBusMessage::createMethodCall(LogindService, LogindPath, LogindManager,
                                                                             QStringLiteral("GetSession"));
    if (sessionId.isEmpty())
        call << quint32(QCoreApplication::applicationPid());
    else
        call << sessionId;
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, bus](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isError()) {
            // Not in a logind session (a service, a container): the screen savers may still tell.
            qCDebug(lcApp) << "session lock: no logind session," << reply.error().name();
            return;
        }
        subscribeLogindSession(bus, reply.value().path());
    });
}

void SessionLockMonitor::subscribeLogindSession(const QDBusConnection& bus, const QString& sessionPath)
{
    QDBusConnection connection(bus);
    if (!connection.connect(LogindService, sessionPath, LogindSession, QStringLiteral("Lock"), this,
                            dbusTarget(&SessionLockMonitor::logindLockReceived).constData())) {
        qCDebug(lcApp) << "session lock: the logind Lock signal cannot be followed";
        return;
    }
    m_sources << QStringLiteral("logind");
    Q_EMIT listening(QStringLiteral("logind"));
}

void SessionLockMonitor::listenScreenSavers(const QDBusConnection& bus)
{
    if (!bus.isConnected()) {
        qCDebug(lcApp) << "session lock: no session bus, the screen saver is not followed";
        return;
    }
    QDBusConnection connection(bus);
    bool any = false;
    // Any sender, any path: the screen savers do not all use the same object path.
    for (const QString& interface :
         {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")})
        any = connection.connect(QString(), QString(), interface, QStringLiteral("ActiveChanged"), this,
                                 dbusTarget(&SessionLockMonitor::screenSaverActiveChangedReceived).constData()) ||
              any;
    if (!any) {
        qCDebug(lcApp) << "session lock: the screen saver signals cannot be followed";
        return;
    }
    m_sources << QStringLiteral("screensaver");
    Q_EMIT listening(QStringLiteral("screensaver"));
}

void SessionLockMonitor::onLogindLock()
{
    Q_EMIT locked();
}

void SessionLockMonitor::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT locked();
}

} // namespace ccas
