#include "ClipboardGuard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QTimer>
#include <QUuid>

namespace ccas {

namespace {

// Our own format in the guarded content: tells it from what another application put there since.
const QString MarkerFormat = QStringLiteral("application/x-guichet-ccas-guard");

QClipboard* clipboard()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) ? QGuiApplication::clipboard() : nullptr;
}

// Where the platform tells which application owns the clipboard (X11, Wayland, Windows, macOS), a
// content we do not own came from elsewhere. The offscreen and minimal platforms (tests) keep the
// clipboard inside this process and do not tell.
bool platformTracksOwnership()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

bool ownedByUs(QClipboard* cb, QClipboard::Mode mode)
{
    if (!platformTracksOwnership())
        return true;
    return mode == QClipboard::Selection ? cb->ownsSelection() : cb->ownsClipboard();
}

int slot(QClipboard::Mode mode)
{
    return mode == QClipboard::Selection ? 1 : 0;
}

QString plain(QString text)
{
    return text.replace(QChar::ParagraphSeparator, QLatin1Char('\n')).replace(QChar::LineSeparator, QLatin1Char('\n'));
}

// What a copy from `w` can put in the clipboard: its selection, its current item, its whole text.
QStringList copyableTexts(const QWidget* w)
{
    QStringList out;
    if (const auto* edit = qobject_cast<const QLineEdit*>(w)) {
        if (edit->echoMode() == QLineEdit::Normal)
            out << edit->selectedText() << edit->text();
    } else if (const auto* text = qobject_cast<const QTextEdit*>(w)) {
        out << plain(text->textCursor().selectedText()) << text->toPlainText();
    } else if (const auto* plainEdit = qobject_cast<const QPlainTextEdit*>(w)) {
        out << plain(plainEdit->textCursor().selectedText()) << plainEdit->toPlainText();
    } else if (const auto* label = qobject_cast<const QLabel*>(w)) {
        out << label->selectedText() << label->text();
    } else if (const auto* view = qobject_cast<const QAbstractItemView*>(w)) {
        out << view->currentIndex().data(Qt::DisplayRole).toString();
    }
    return out;
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(m_delayMs);
    connect(m_timer, &QTimer::timeout, this, &ClipboardGuard::onDelayOver);
    if (QClipboard* cb = clipboard()) {
        connect(cb, &QClipboard::changed, this, &ClipboardGuard::onChanged);
        // Before the platform hands the clipboard over to a clipboard manager at exit.
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearGuarded);
    }
}

ClipboardGuard::~ClipboardGuard()
{
    clearGuarded();
}

void ClipboardGuard::setDelayMs(int ms)
{
    m_delayMs = ms;
    m_timer->setInterval(ms);
}

void ClipboardGuard::markSensitive(QWidget* widget)
{
    if (widget)
        widget->setProperty(SensitiveProperty, true);
}

void ClipboardGuard::addSensitiveContainer(QWidget* container)
{
    if (container && !m_containers.contains(container))
        m_containers << container;
}

bool ClipboardGuard::isSensitive(const QWidget* widget) const
{
    // Up to the widget's window, not beyond: a dialog is not sensitive because of its parent window.
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w->property(SensitiveProperty).toBool())
            return true;
        for (const QPointer<QWidget>& c : m_containers)
            if (c == w)
                return true;
        if (w->isWindow())
            break;
    }
    return false;
}

bool ClipboardGuard::copiedFromSensitive(const QString& text) const
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (const QWidget* w : widgets) {
        const QStringList texts = copyableTexts(w);
        if (texts.isEmpty() || !texts.contains(text) || !isSensitive(w))
            continue;
        return true;
    }
    return false;
}

void ClipboardGuard::onChanged(QClipboard::Mode mode)
{
    if (m_rewriting || (mode != QClipboard::Clipboard && mode != QClipboard::Selection))
        return;
    QClipboard* cb = clipboard();
    const QMimeData* mime = cb->mimeData(mode);
    if (!mime || mime->hasFormat(MarkerFormat) || !mime->hasText())
        return;
    if (!ownedByUs(cb, mode))
        return; // another application's content: never touched
    const QString text = mime->text();
    if (text.trimmed().isEmpty() || !copiedFromSensitive(text))
        return;

    // The same content again, with the hint for clipboard managers and our marker.
    auto* marked = new QMimeData;
    const QStringList formats = mime->formats();
    for (const QString& format : formats)
        marked->setData(format, mime->data(format));
    marked->setData(QLatin1String(PasswordManagerHint), QByteArrayLiteral("secret"));
    const QByteArray token = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    marked->setData(MarkerFormat, token);
    m_rewriting = true;
    cb->setMimeData(marked, mode); // deletes `mime`
    m_rewriting = false;
    m_token[slot(mode)] = token;
    m_timer->start();
    Q_EMIT guarded();
}

bool ClipboardGuard::holds(QClipboard::Mode mode) const
{
    const QByteArray& token = m_token[slot(mode)];
    QClipboard* cb = clipboard();
    if (token.isEmpty() || !cb || !ownedByUs(cb, mode))
        return false;
    const QMimeData* mime = cb->mimeData(mode);
    return mime && mime->data(MarkerFormat) == token;
}

bool ClipboardGuard::holdsGuardedContent() const
{
    return holds(QClipboard::Clipboard) || holds(QClipboard::Selection);
}

bool ClipboardGuard::clearMode(QClipboard::Mode mode)
{
    const bool ours = holds(mode);
    if (ours) {
        m_rewriting = true;
        clipboard()->clear(mode);
        m_rewriting = false;
    }
    m_token[slot(mode)].clear();
    return ours;
}

void ClipboardGuard::clearGuarded()
{
    m_timer->stop();
    if (!clipboard())
        return;
    clearMode(QClipboard::Clipboard);
    clearMode(QClipboard::Selection);
}

void ClipboardGuard::onDelayOver()
{
    const bool clipboardCleared = clearMode(QClipboard::Clipboard);
    const bool selectionCleared = clearMode(QClipboard::Selection);
    Q_EMIT expired(clipboardCleared || selectionCleared);
}

} // namespace ccas
