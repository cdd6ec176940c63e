#pragma once

#include <QCoreApplication>
#include <QString>

namespace ccas {

class Siret
{
    Q_DECLARE_TR_FUNCTIONS(ccas::Siret)
public:
    // 14 digits (spaces allowed when typed) whose Luhn key is right (La Poste's SIREN 356000000
    // uses its own rule: the sum of the digits is a multiple of 5).
    static bool isValid(const QString& siret);
    static QString normalised(const QString& siret); // digits only
    // A translated message explaining why `siret` is refused, empty when valid.
    static QString validationMessage(const QString& siret);
};

} // namespace ccas
