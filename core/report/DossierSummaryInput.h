#pragma once

#include "domain/Dossier.h"
#include "eligibility/DossierMenage.h"
#include "eligibility/Engine.h"
#include "report/EligibilitySummary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ccas {

class Settings;

// The summaries' letterhead from the settings (Ccas/Nom, Ccas/Siret, Ccas/Adresse, Ccas/Logo); the
// profile's name and SIRET stand in for empty settings.
CcasLetterhead letterheadFromSettings(const Settings& settings, const QString& profileName,
                                      const QString& profileSiret);

// The eligibility summary of a stored dossier, as the front ends and the archive make it: the household
// rebuilt on `reference`, the règlement's evaluation of the aid decided on (or requested), the decision.
struct DossierSummarySetup
{
    CcasLetterhead letterhead;
    QString agent;
    QDateTime printedAt;                  // local time shown
    int retentionMonths = 24;             // printed in the legal mentions
    const Reglement* reglement = nullptr; // null: no eligibility results
    QStringList aidCodes;                 // the aids to evaluate; empty: the dossier's aid, else all
};

struct SummaryOfDossier
{
    SummaryInput input;
    DossierMenage menage;
    std::optional<Evaluation> evaluation; // none without a règlement
    QString aidCode;                      // decided on, else requested
    QString aidLabel;                     // the règlement's label of aidCode, when it has that aid
};

SummaryOfDossier summaryOfDossier(const Dossier& dossier, const QList<AideRecue>& history, const QDate& reference,
                                  const DossierSummarySetup& setup);

} // namespace ccas
