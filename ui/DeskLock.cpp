#include "DeskLock.h"

#include "ClipboardGuard.h"
#include "platform/SessionLockMonitor.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QKeyEvent>
#include <QTimer>
#include <QToolTip>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace ccas {

namespace {

// Menus, completions and tooltips belong to a window and go with it; they are never remembered.
bool isLockable(const QWidget* w)
{
    const Qt::WindowType type = w->windowType();
    return type != Qt::Popup && type != Qt::ToolTip && type != Qt::Desktop;
}

int depth(const QWidget* w)
{
    int d = 0;
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        ++d;
    return d;
}

} // namespace

DeskLock::DeskLock(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_screen(std::make_unique<LockScreen>())
{
    if (!m_options.clock)
        m_options.clock = &Clock::system();
    m_lastInputMs = nowMs();
    m_timer = new QTimer(this);
    m_timer->setInterval(std::max(1, m_options.checkIntervalMs));
    connect(m_timer, &QTimer::timeout, this, &DeskLock::checkInactivity);
    m_timer->start();
    connect(m_screen.get(), &LockScreen::unlockRequested, this, &DeskLock::onUnlockRequested);
    if (m_options.sessionLock)
        connect(m_options.sessionLock, &SessionLockMonitor::locked, this, &DeskLock::lock);
    QCoreApplication::instance()->installEventFilter(this);
}

DeskLock::~DeskLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    for (const QMetaObject::Connection& c : std::as_const(m_dialogWatches))
        disconnect(c);
}

qint64 DeskLock::nowMs() const
{
    return m_options.clock->monotonicMs();
}

bool DeskLock::isOurs(const QWidget* widget) const
{
    return widget == m_screen.get() || m_screen->isAncestorOf(widget);
}

bool DeskLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        if (!m_locked && !m_options.shortcut.isEmpty() &&
            QKeySequence(static_cast<QKeyEvent*>(event)->keyCombination()) == m_options.shortcut) {
            lock();
            return true;
        }
        Q_FALLTHROUGH();
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // The agent's input only: timers, network answers and repaints do not keep the desk open.
        if (!m_locked)
            m_lastInputMs = nowMs();
        break;
    case QEvent::Show:
        if (m_locked && !m_hiding && watched->isWidgetType()) {
            // A window that opens while locked (a message at the end of some work) waits with the
            // others. It cannot be hidden inside its own show: it goes at the next turn of the loop.
            auto* w = static_cast<QWidget*>(watched);
            if (w->isWindow() && isLockable(w) && !isOurs(w)) {
                remember(w);
                QPointer<QWidget> guard(w);
                QTimer::singleShot(0, this, [this, guard]() {
                    if (guard && m_locked) {
                        m_hiding = true;
                        guard->hide();
                        m_hiding = false;
                        m_screen->raise();
                    }
                });
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void DeskLock::checkInactivity()
{
    if (m_locked || !m_options.inactivityMs)
        return;
    const qint64 limit = m_options.inactivityMs();
    if (limit > 0 && nowMs() - m_lastInputMs >= limit)
        lock();
}

void DeskLock::remember(QWidget* window)
{
    for (const Hidden& h : std::as_const(m_hidden))
        if (h.window == window)
            return;
    m_hidden.append({window, window->windowModality()});
    // A dialog finished while hidden (accepted by the program) must not come back.
    if (auto* dialog = qobject_cast<QDialog*>(window)) {
        QPointer<QWidget> guard(window);
        m_dialogWatches << connect(dialog, &QDialog::finished, this, [this, guard]() {
            m_hidden.erase(
                std::remove_if(m_hidden.begin(), m_hidden.end(), [&](const Hidden& h) { return h.window == guard; }),
                m_hidden.end());
        });
    }
}

void DeskLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    ++m_checkSerial;

    // Open menus and completions would float over the lock window: closed (bounded: a popup that
    // refuses to close must not hang the lock).
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    QToolTip::hideText();
    m_activeWindow = QApplication::activeWindow();
    m_focus = QApplication::focusWidget();

    QList<QWidget*> visible;
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget* w : tops)
        if (w->isVisible() && isLockable(w) && !isOurs(w))
            visible << w;
    // Parents before their dialogs: shown again in that order, a window-modal dialog finds its parent.
    std::stable_sort(visible.begin(), visible.end(),
                     [](const QWidget* a, const QWidget* b) { return depth(a) < depth(b); });
    m_hidden.clear();
    for (QWidget* w : std::as_const(visible))
        remember(w);

    LockScreen::Mode mode = LockScreen::Mode::NoPassphrase;
    if (m_options.verify && (!m_options.canVerify || m_options.canVerify()))
        mode = LockScreen::Mode::Passphrase;
    else if (m_options.demo)
        mode = LockScreen::Mode::Demonstration;
    m_screen->reset(mode);
    // The lock window first: the application always has a visible window.
    m_screen->show();
    m_screen->raise();
    m_screen->activateWindow();

    m_hiding = true;
    for (auto it = m_hidden.crbegin(); it != m_hidden.crend(); ++it)
        if (it->window)
            it->window->hide();
    m_hiding = false;

    if (m_options.clipboard)
        m_options.clipboard->clearGuarded();
    Q_EMIT lockedChanged(true);
}

void DeskLock::onUnlockRequested(const QString& passphrase)
{
    if (!m_locked)
        return;
    if (m_screen->mode() != LockScreen::Mode::Passphrase || !m_options.verify) {
        unlock();
        return;
    }
    m_screen->setChecking(true);
    const quint64 serial = ++m_checkSerial;
    QPointer<DeskLock> self(this);
    m_options.verify(passphrase, [self, serial](bool correct, const QString& message) {
        if (!self || !self->m_locked || serial != self->m_checkSerial)
            return;
        if (correct)
            self->unlock();
        else
            self->m_screen->showProblem(message.isEmpty() ? tr("The passphrase is wrong.") : message);
    });
}

void DeskLock::unlock()
{
    m_locked = false;
    ++m_checkSerial;
    for (const QMetaObject::Connection& c : std::as_const(m_dialogWatches))
        disconnect(c);
    m_dialogWatches.clear();

    // The windows first, then the lock window goes: the application always has a visible window.
    const QList<Hidden> hidden = std::exchange(m_hidden, {});
    for (const Hidden& h : hidden) {
        if (!h.window)
            continue; // deleted meanwhile
        if (h.window->windowModality() != h.modality)
            h.window->setWindowModality(h.modality);
        h.window->setVisible(true); // keeps the window state (maximised, minimised)
    }
    m_screen->hide();
    m_screen->reset(m_screen->mode()); // nothing typed stays in the lock window
    if (m_activeWindow && m_activeWindow->isVisible()) {
        m_activeWindow->raise();
        m_activeWindow->activateWindow();
    }
    if (m_focus && m_focus->isVisible())
        m_focus->setFocus(Qt::OtherFocusReason);
    m_lastInputMs = nowMs();
    Q_EMIT lockedChanged(false);
}

} // namespace ccas
