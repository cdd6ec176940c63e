#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace ccas {

// Help › Keyboard shortcuts: every shortcut of the window in one table, so that the agent can
// work without the mouse. Non-modal (open() or show()).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString what;      // translated description
        QKeySequence keys; // shown in the platform's native text
    };

    explicit ShortcutsDialog(const QList<Entry>& entries, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
};

} // namespace ccas
