#pragma once

#include "domain/ApiValue.h"
#include "domain/PartialDate.h"
#include "domain/Provenance.h"

#include <QString>

#include <optional>

namespace ccas {

// One declarant of a tax household (API Impôt particulier, DGFiP).
struct TaxDeclarant
{
    QString nomNaissance;
    QString nomUsage;
    QString prenoms;
    PartialDate dateNaissance;
    QString departementNaissance;
    QString lieuNaissance;
};

struct TaxAddress
{
    QString complementAdresse;
    QString voie;
    QString commune;
    QString codePostal;
};

// The IR situation of a tax household for one income year (SituationsIRAssiettesJAXBbean).
// Amounts are whole euros as the DGFiP sends them.
struct TaxSituation
{
    ApiValue<qint64> rfr;         // revenu fiscal de référence
    ApiValue<double> nombreParts; // nbPart
    QString situationFamille;     // sitFam ("M", "C", "D", "V", "O" …); empty when absent or null
    int personnesACharge = 0;     // pac.nbPac; 0 when absent or null
    ApiValue<qint64> revenuBrutGlobal;
    ApiValue<qint64> revenuImposable;
    ApiValue<qint64> impotAvantImputation; // impAvImput
    ApiValue<qint64> impotTotal;           // montTotIr
    // nmNaiDecN, nmUsaDecN, prnmDecN, dateNaisDecN{jour,mois,annee}, dptNaissDecN, lieuNaissDecN;
    // nullopt when none of them carries a value (the second declarant of a single person).
    std::optional<TaxDeclarant> declarant1;
    std::optional<TaxDeclarant> declarant2;
    QString adresseFiscale;                  // aft
    std::optional<TaxAddress> adresseDetail; // aftDetail; nullopt when absent or null
    QString dateEtablissement;               // datEtab, as sent
    QString dateRecouvrement;                // datRec, as sent
    int anneeRevenus = 0;                    // income year of the answer: annRevenu when sent, else the path's annrev
    int anneeImposition = 0;                 // income year + 1

    // "imposable" when the total tax (montTotIr) is above 0; unknown when it is absent.
    std::optional<bool> imposable() const
    {
        if (!impotTotal.isPresent())
            return std::nullopt;
        return impotTotal.value() > 0;
    }

    Provenance provenance; // api "API Impôt particulier", provider "DGFiP", period = income year,
                           // requestId = X-Correlation-ID
};

} // namespace ccas
