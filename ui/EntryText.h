#pragma once

#include "eligibility/Menage.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class QLabel;
class QWidget;

namespace ccas {

// Reading and writing what the agent types in the household and budget forms, and the in-place
// messages shown next to a field (a red label in the window, never a dialog).
class EntryText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::EntryText)
public:
    // "1 234,50", "1234.5", "300 €" into cents (blanks, including no-break spaces, are ignored; a
    // trailing separator still being typed counts as none). nullopt when it is not an amount.
    static std::optional<qint64> parseAmount(const QString& text);
    // Cents as typed back into a field: "1234,50" (no thousands separator, no currency).
    static QString centsForEdit(qint64 cents);
    // A whole number of euros ("18 000", "18000"); nullopt otherwise.
    static std::optional<qint64> parseWholeEuros(const QString& text);
    // "14/03/1984" (also "14/3/1984", "1984-03-14"); an invalid QDate when it is not a date.
    static QDate parseDate(const QString& text);
    static QString dateForEdit(const QDate& date); // "14/03/1984", empty for an invalid date
    // A COG commune code: five digits, or 2A/2B and three digits (Corsica).
    static bool isCommuneCode(const QString& code);

    static QString notAnAmount(); // the message for an amount that cannot be read

    // Words for the keys of the household format (docs/reglement.md); an unknown key is shown as is.
    static QString natureLabel(const QString& nature); // "alimentaire" -> "Food"
    static QString roleLabel(PersonRole role);
    static QString benefitLabel(Benefit benefit); // "RSA", "C2S", …

    // A message label for `field`, hidden until a message is shown.
    static QLabel* makeMessage(QWidget* parent, const QString& objectName, QWidget* field);
    // Shows (non-empty text) or hides the message; the field's accessible description follows.
    static void setMessage(QLabel* message, QWidget* field, const QString& text);
};

} // namespace ccas
