#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ccas {

// What a NIR (numéro d'inscription au répertoire, "numéro de sécurité sociale") tells about a
// person's birth. Layout: S AA MM DD CCC OOO KK (sex, year, month, département, commune or
// country, order, control key); Corsica uses 2A/2B in the département and 19/18 for the key.
struct NirInfo
{
    QString normalised;           // 15 characters, no spaces, upper case
    QString sexe;                 // "M" (1) or "F" (2)
    int anneeDeuxChiffres = 0;    // 0..99 as written
    int anneeNaissance = 0;       // four digits, the most recent year not after the reference year
    int moisNaissance = 0;        // 1..12, 0 when the NIR says unknown (20-42, 50+, 99)
    bool neAEtranger = false;     // département 99
    QString codeDepartement;      // "75", "2A", "971" (overseas: 3 digits) ; "99" abroad
    QString codeCommuneNaissance; // COG of the birth commune (born in France)
    QString codePaysNaissance;    // "99100" in France, "99xxx" abroad
};

class Nir
{
    Q_DECLARE_TR_FUNCTIONS(ccas::Nir)
public:
    // Accepts spaces, dots and dashes between groups and a 13-character NIR without its key
    // only when `requireKey` is false. The error message is translated and says what is wrong
    // (length, characters, sex digit, month, control key).
    static Result<NirInfo> parse(const QString& text, int referenceYear, bool requireKey = true);
    // 97 - (number mod 97) with 2A -> 19, 2B -> 18; -1 when the 13 characters are not valid.
    static int controlKey(const QString& first13);
};

} // namespace ccas
