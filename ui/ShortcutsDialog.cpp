#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ccas {

ShortcutsDialog::ShortcutsDialog(const QList<Entry>& entries, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Everything can be done with the keyboard: Tab and Shift+Tab go from field to field, "
                                "Alt with the underlined letter reaches a field or a button, and:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* table = new QTableWidget(int(entries.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < entries.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(entries.at(row).what));
        table->setItem(row, 1, new QTableWidgetItem(entries.at(row).keys.toString(QKeySequence::NativeText)));
    }
    layout->addWidget(table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 420);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace ccas
