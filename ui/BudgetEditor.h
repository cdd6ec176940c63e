#pragma once

#include "domain/Dossier.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace ccas {

// The monthly resources or the monthly charges of a household, one editable line each: type,
// amount (French decimal comma), origin (declared by the applicant or read on a paper proof).
// Keyboard first: Enter in an amount goes to the next line, or adds one after the last.
// A line whose amount cannot be read keeps its text and shows why next to it; it is left out of
// the lines and of the total until corrected. A line with no amount is ignored.
class BudgetEditor final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Resources,
        Charges
    };

    explicit BudgetEditor(Kind kind, QWidget* parent = nullptr);
    ~BudgetEditor() override;
    Q_DISABLE_COPY_MOVE(BudgetEditor)

    void setLines(const QList<BudgetLine>& lines);
    // The lines whose amount reads (empty and wrong ones are left out).
    QList<BudgetLine> lines() const;
    // Shows a message on every wrong or empty amount; true when there is none.
    bool validate();
    bool hasInvalidAmount() const; // a non-empty amount that cannot be read
    int rowCount() const { return int(m_rows.size()); }
    qint64 totalCents() const;
    void setReadOnly(bool readOnly);

public Q_SLOTS:
    void addLine();

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget* container = nullptr;
        QComboBox* type = nullptr;
        QLineEdit* amount = nullptr;
        QComboBox* origin = nullptr;
        QToolButton* remove = nullptr;
        QLabel* message = nullptr;
    };

    Row& appendRow(const BudgetLine& line);
    void removeRow(QWidget* container);
    void renumber();
    void checkAmount(const Row& row, bool emptyIsWrong);
    void updateTotal();
    QString prefix() const; // "resource" or "charge" (object names)
    QString typeLabel(const QString& type) const;

    Kind m_kind;
    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_total = nullptr;
    bool m_readOnly = false;
};

} // namespace ccas
