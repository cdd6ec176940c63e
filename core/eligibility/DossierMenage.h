#pragma once

#include "domain/Dossier.h"
#include "eligibility/Menage.h"
#include "eligibility/Reglement.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ccas {

// The household of a stored dossier, as the engine sees it:
//  - persons: typed by the agent (householdEntry "personnes") when present, else the CAF/MSA
//    allocataires (demandeur, conjoint) and enfants of the stored QF answer;
//  - CAF QF, statuses, tax data: the stored API answers (with their provenance), else the figures
//    the agent typed from paper proofs (householdEntry, source "justificatif");
//  - resources and charges: the dossier's budget lines (both absent when it has none);
//  - commune, request nature and amount: householdEntry (the request nature defaults to the aid's);
//  - aids received: `history` (the household's earlier granted dossiers).
//
// In detail (DossierMenage.cpp):
//  - persons from the QF answer: the allocataire whose birth name and first first name match the
//    dossier's identity is the demandeur (else the first allocataire), the next one the conjoint,
//    any further one "autre"; the enfants are "enfant". A birth date with an unknown day or month
//    gives an invalid QDate (age criteria are then incomplete). With neither typed persons nor a QF
//    answer listing the allocataires, the dossier's applicant alone is the demandeur.
//  - an API answer that ended in error (unavailable, out of habilitation, refused…) or "not found"
//    gives nothing, and the typed figure, if any, stands in. One exception: a benefit status answered
//    "not found" (404, no file at the provider) counts as a real `false` (not a beneficiary), with
//    the API as its source, unless the agent typed that status from a proof (a 404 can also come
//    from an identity the provider did not recognise, so the proof wins). A status answered with
//    est_beneficiaire true/false is always the API's; null or out of habilitation is unknown.
//  - tax data: only a DGFiP answer with both the RFR and the number of parts (quarter parts kept);
//    the total tax ("impot_total") when stated.
//  - typed QF, fiscal data and statuses have the source kind "justificatif" unless the entry
//    names another source explicitly.
//  - resources and charges: both are absent (nullopt) when the dossier has no budget line at all;
//    as soon as one line exists in either list, both lists are known (an empty one means "none").
//    A budget saved with notes only is therefore not "no resources": to state that a household has
//    neither resources nor charges, enter one line of 0 €. A line whose origin is "justificatif" has
//    that source kind, any other "agent". An unknown line type counts as "autre" (with a warning).
//  - the entry's own resources, charges, received aids and reference date are ignored (warning).
struct DossierMenage
{
    Menage menage;
    QString applicantAddress; // the CAF/MSA address as one line, empty when unknown
    QStringList warnings;     // householdEntry problems (French), the entry is then ignored field by field
};

DossierMenage menageFromDossier(const Dossier& dossier, const QDate& reference, const QList<AideRecue>& history);
// The same; when the agent typed no request nature, the only nature `reglement` gives the dossier's
// aid (when it gives exactly one) stands in before the aid code itself.
DossierMenage menageFromDossier(const Dossier& dossier, const QDate& reference, const QList<AideRecue>& history,
                                const Reglement& reglement);

} // namespace ccas
