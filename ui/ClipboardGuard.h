#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;
class QWidget;

namespace ccas {

// Keeps personal data from lingering in the clipboard. Widgets holding personal data are
// "sensitive": the ones marked with markSensitive() (the dynamic property "ccasSensitive"), and
// every text widget (line edits, text edits, selectable labels, item views) inside a container
// given to addSensitiveContainer() — the composition root gives the main window, so the identity
// form, the dossier list and the dossier's work are covered without each form knowing.
//
// When this application puts in the clipboard (or the X11 selection) a text copied from a sensitive
// widget (its selection, its current item or its whole content), the guard
//   - adds the MIME hint "x-kde-passwordManagerHint" = "secret", so that clipboard managers (Klipper,
//     and the others that honour it) do not keep it in their history;
//   - clears the clipboard after delayMs() (30 s) if it still holds that very content, and also at
//     clearGuarded() (the desk lock) and when the application quits.
// It never clears what the agent copied elsewhere: another application's content, or a text copied
// from a widget that is not sensitive, is left alone.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDelayMs = 30 * 1000;
    static constexpr const char* SensitiveProperty = "ccasSensitive";
    static constexpr const char* PasswordManagerHint = "x-kde-passwordManagerHint";

    explicit ClipboardGuard(QObject* parent = nullptr);
    ~ClipboardGuard() override; // clears guarded content still in the clipboard
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

    void setDelayMs(int ms); // tests use a short delay
    int delayMs() const { return m_delayMs; }

    static void markSensitive(QWidget* widget);
    void addSensitiveContainer(QWidget* container);
    bool isSensitive(const QWidget* widget) const;

    // The clipboard (or the selection) still holds content this guard marked.
    bool holdsGuardedContent() const;

public Q_SLOTS:
    void clearGuarded(); // clears guarded content still in the clipboard or the selection; the rest stays

Q_SIGNALS:
    void guarded();             // a sensitive copy was marked and its delay started
    void expired(bool cleared); // the delay ended; `cleared`: the content was still there and is gone

private:
    void onChanged(QClipboard::Mode mode);
    void onDelayOver();
    bool copiedFromSensitive(const QString& text) const;
    bool holds(QClipboard::Mode mode) const;
    bool clearMode(QClipboard::Mode mode);

    int m_delayMs = DefaultDelayMs;
    QTimer* m_timer = nullptr;
    QList<QPointer<QWidget>> m_containers;
    QByteArray m_token[2]; // the marker of our guarded content, per mode (Clipboard, Selection)
    bool m_rewriting = false;
};

} // namespace ccas
