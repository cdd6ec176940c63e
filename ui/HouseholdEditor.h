#pragma once

#include "domain/Dossier.h"
#include "eligibility/Menage.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ccas {

class BudgetEditor;
class PersonsEditor;

// What the agent types about a dossier's household: its persons (or the CAF composition), the
// commune of residence, the request (nature, amount), the monthly resources and charges, and the
// figures read on paper proofs when an API gave none (CAF quotient, tax notice, statuses).
// Nothing typed is ever lost: a field that cannot be read keeps its text, says why next to it and
// is left out of edits() until corrected.
class HouseholdEditor final : public QWidget
{
    Q_OBJECT
public:
    // The dossier's figures as typed: what saveBudget and saveHousehold store.
    struct Edits
    {
        QList<BudgetLine> resources;
        QList<BudgetLine> charges;
        QJsonObject entry; // Dossier::householdEntry (household JSON format)
    };

    explicit HouseholdEditor(QWidget* parent = nullptr);
    ~HouseholdEditor() override;
    Q_DISABLE_COPY_MOVE(HouseholdEditor)

    // Fills every field from the dossier (typed figures and, for the notes on paper proofs, what
    // the APIs gave). `reference`: the day of the evaluation (ages, dates in the future).
    void setDossier(const Dossier& dossier, const QDate& reference);
    // The dossier's sources changed (a new consultation): the notes on what the APIs gave and the
    // CAF composition follow; what is typed stays.
    void setSources(const Dossier& dossier);
    void clear();

    Edits edits() const;
    // Shows every message; true when everything typed can be read (focus on the first problem).
    bool validate();
    bool hasProblem() const;
    // Something differs from what was loaded or last saved (or cannot be read).
    bool isModified() const;
    // `saved` (an earlier edits()) is now what the dossier holds; what was typed since stays modified.
    void markSaved(const Edits& saved);
    void setReadOnly(bool readOnly);

    BudgetEditor* resourcesEditor() const { return m_resources; }
    BudgetEditor* chargesEditor() const { return m_charges; }
    PersonsEditor* personsEditor() const { return m_persons; }

public Q_SLOTS:
    void takeCafComposition();

Q_SIGNALS:
    void changed();

private:
    QWidget* buildRequestGroup();
    QWidget* buildProofsGroup();
    void loadEntry(const QJsonObject& entry);
    void updateApiNotes();
    void checkFields(); // messages of the single fields (commune, amounts, paper proofs)
    QString communeProblem() const;
    QString requestedAmountProblem() const;
    QString qfProblem() const;
    QString fiscalProblem() const;
    static QString snapshot(const Edits& edits);
    void onChanged();

    Dossier m_dossier; // as loaded (sources, stored entry), for the CAF composition and the notes
    QDate m_reference;
    QString m_savedSnapshot;
    bool m_loading = false;
    bool m_readOnly = false;
    QList<MenagePerson> m_cafPersons;

    PersonsEditor* m_persons = nullptr;
    QPushButton* m_cafButton = nullptr;
    QLabel* m_cafNote = nullptr;
    QLineEdit* m_commune = nullptr;
    QLabel* m_communeMessage = nullptr;
    QComboBox* m_nature = nullptr;
    QLineEdit* m_requested = nullptr;
    QLabel* m_requestedMessage = nullptr;
    BudgetEditor* m_resources = nullptr;
    BudgetEditor* m_charges = nullptr;

    QLabel* m_qfNote = nullptr;
    QLineEdit* m_qfValue = nullptr;
    QComboBox* m_qfProvider = nullptr;
    QSpinBox* m_qfMonth = nullptr;
    QSpinBox* m_qfYear = nullptr;
    QLabel* m_qfMessage = nullptr;
    QLabel* m_fiscalNote = nullptr;
    QLineEdit* m_rfr = nullptr;
    QLineEdit* m_parts = nullptr;
    QLineEdit* m_impot = nullptr;
    QSpinBox* m_incomeYear = nullptr;
    QLabel* m_fiscalMessage = nullptr;
    QLabel* m_statusNote = nullptr;
    QMap<Benefit, QComboBox*> m_statuses;
    bool m_apiQf = false;
    bool m_apiFiscal = false;
    QList<Benefit> m_apiStatuses;
};

} // namespace ccas
