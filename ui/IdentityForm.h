#pragma once

#include "api/ApiParticulierClient.h"
#include "domain/Identity.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;

namespace ccas {

// The identity pivot an agent types: names, first names, sex, (partial) birth date and place,
// with a NIR pre-fill and an optional QF period; then the optional tax number (SPI) and income
// year of API Impôt particulier. Shows one validation message under each field.
// The birth commune and country fields suggest entries of the official COG list as the agent types
// a name or the start of a code (core/cog); choosing one puts its code in the field, and a code
// that is not in the list gets a message under the field, the text being kept.
class IdentityForm final : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityForm(QWidget* parent = nullptr);
    ~IdentityForm() override;
    Q_DISABLE_COPY_MOVE(IdentityForm)

    Identity identity() const;
    std::optional<YearMonth> period() const;
    void setIdentity(const Identity& identity);

    // The tax number (numéro fiscal) without its blanks; empty when not given.
    QString spi() const;
    void setSpi(const QString& spi);
    // The income year asked for; nullopt = the latest situation.
    std::optional<int> incomeYear() const;
    // Shows or hides the tax number and income year (a window without API Impôt particulier).
    void setTaxFieldsVisible(bool visible);

    // Shows the messages next to their fields (and clears the others); focuses the first one.
    void showErrors(const QList<FieldError>& errors);
    void clearErrors();

Q_SIGNALS:
    void submitted();

private:
    void prefillFromNir();
    QCompleter* addSuggestions(QLineEdit* edit, QStandardItemModel* model, const QString& name);
    bool suggestionsVisible() const;
    void suggestCommunes(const QString& text);
    void suggestCountries(const QString& text);
    void chooseCommune(const QString& code);
    void chooseCountry(const QString& code);
    // Shows what the typed code is under the field, or a message when it is not in the list.
    void describeCommune();
    void describeCountry();
    // A message for a code not in the list (or a name not chosen); `onlyIfFree`: not over another message.
    void checkCommune(bool onlyIfFree);
    void checkCountry(bool onlyIfFree);
    void setFieldMessage(const QString& field, const QString& text, bool onlyIfFree);
    QLineEdit* addLine(QFormLayout* form, const QString& label, const QString& objectName, const QString& field,
                       const QString& placeholder = {});
    void addMessage(QFormLayout* form, const QString& field, QWidget* buddy);

    QLineEdit* m_nomNaissance = nullptr;
    QLineEdit* m_nomUsage = nullptr;
    QLineEdit* m_prenom1 = nullptr;
    QLineEdit* m_prenom2 = nullptr;
    QLineEdit* m_prenom3 = nullptr;
    QComboBox* m_sexe = nullptr;
    QSpinBox* m_jour = nullptr;
    QSpinBox* m_mois = nullptr;
    QSpinBox* m_annee = nullptr;
    QLineEdit* m_pays = nullptr;
    QLineEdit* m_commune = nullptr;
    QLineEdit* m_nomCommune = nullptr;
    QLineEdit* m_departement = nullptr;
    QLineEdit* m_nir = nullptr;
    QLabel* m_nirMessage = nullptr;
    QSpinBox* m_qfMois = nullptr;
    QSpinBox* m_qfAnnee = nullptr;
    QFormLayout* m_formLayout = nullptr;
    QLineEdit* m_spi = nullptr;
    QSpinBox* m_incomeYear = nullptr;
    QLabel* m_communeInfo = nullptr;
    QLabel* m_paysInfo = nullptr;
    QStandardItemModel* m_communeModel = nullptr;
    QStandardItemModel* m_paysModel = nullptr;
    QCompleter* m_communeCompleter = nullptr;
    QCompleter* m_paysCompleter = nullptr;
    QHash<QString, QLabel*> m_messages; // field -> message label
    QHash<QString, QWidget*> m_inputs;  // field -> input (focus on error)
};

} // namespace ccas
