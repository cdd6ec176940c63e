#pragma once

#include "eligibility/Menage.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace ccas {

// The persons of a household, one editable line each: role, birth date (dd/mm/yyyy, may stay
// empty when unknown), alternating residence (children only). A date that cannot be read keeps
// its text and says why next to it; the person then counts with an unknown birth date.
class PersonsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit PersonsEditor(QWidget* parent = nullptr);
    ~PersonsEditor() override;
    Q_DISABLE_COPY_MOVE(PersonsEditor)

    // `reference`: the day ages are computed on (a birth date after it is refused).
    void setReference(const QDate& reference) { m_reference = reference; }
    void setPersons(const QList<MenagePerson>& persons);
    QList<MenagePerson> persons() const;
    // Shows the messages (wrong dates, two applicants…); true when there is none.
    bool validate();
    bool hasProblem() const;
    int rowCount() const { return int(m_rows.size()); }
    void setReadOnly(bool readOnly);
    QWidget* firstField() const; // for "focus here" after a pre-fill

public Q_SLOTS:
    void addPerson();

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget* container = nullptr;
        QComboBox* role = nullptr;
        QLineEdit* birth = nullptr;
        QCheckBox* alternate = nullptr;
        QToolButton* remove = nullptr;
        QLabel* message = nullptr;
    };

    Row& appendRow(const MenagePerson& person);
    void removeRow(QWidget* container);
    void renumber();
    void checkAll(); // the messages of every line
    QString problem(int index) const;

    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_count = nullptr;
    QDate m_reference;
    bool m_readOnly = false;
};

} // namespace ccas
