#pragma once

#include <QCoreApplication>
#include <QString>

namespace ccas {

// One entry of the Code officiel géographique (INSEE) as the identity form offers it: a commune
// (current, delegated, associated, former), a municipal arrondissement, or a country (99xxx).
struct CogPlace
{
    Q_DECLARE_TR_FUNCTIONS(ccas::CogPlace)
public:
    enum class Kind
    {
        Commune,        // current commune
        Arrondissement, // municipal arrondissement of Paris, Lyon, Marseille
        Delegated,      // commune déléguée of a commune nouvelle
        Associated,     // commune associée
        FormerName,     // a former name of a current commune code
        Former,         // former commune, merged into parentCode
        FormerCode,     // a former code (no name of its own), now parentCode
        Country,        // current country or territory
        FormerCountry   // country that no longer exists (Tchécoslovaquie, …)
    };

    QString code;        // "42218", "2A004", "99350"
    QString name;        // "Saint-Étienne"; a former code shows its current commune's name
    QString departement; // "42", "2A", "971"; empty for countries
    Kind kind = Kind::Commune;
    QString parentCode; // the commune it belongs to / was merged into / is now
    QString parentName; // that commune's current name
    QString merged;     // "2016", "2020-2021", or empty when unknown
    int population = 0; // current communes and arrondissements only

    bool isCountry() const { return kind == Kind::Country || kind == Kind::FormerCountry; }
    bool isCurrent() const { return kind == Kind::Commune || kind == Kind::Arrondissement || kind == Kind::Country; }
    // "Saint-Étienne (42) — 42218", "Maroc — 99350".
    QString displayText() const;
    // What it is, translated: "commune déléguée de X", "ancienne commune, fusionnée en 2016 dans X";
    // empty for a current commune or country.
    QString detail() const;
};

} // namespace ccas
