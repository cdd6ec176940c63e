#pragma once

#include "domain/Dossier.h"
#include "eligibility/Menage.h"

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
//  - resources and charges: the dossier's budget lines (absent when none were ever saved);
//  - commune, request nature and amount: householdEntry (the request nature defaults to the aid's);
//  - aids received: `history` (the household's earlier granted dossiers).
struct DossierMenage
{
    Menage menage;
    QString applicantAddress; // the CAF/MSA address as one line, empty when unknown
    QStringList warnings;     // householdEntry problems (French), the entry is then ignored field by field
};

DossierMenage menageFromDossier(const Dossier& dossier, const QDate& reference, const QList<AideRecue>& history);

} // namespace ccas
