#include "report/DossierSummaryInput.h"

#include "settings/Settings.h"

namespace ccas {

CcasLetterhead letterheadFromSettings(const Settings& settings, const QString& profileName, const QString& profileSiret)
{
    CcasLetterhead h;
    h.name = settings.value(Settings::Key::CcasName).toString().trimmed();
    if (h.name.isEmpty())
        h.name = profileName;
    h.siret = settings.value(Settings::Key::Recipient).toString().trimmed();
    if (h.siret.isEmpty())
        h.siret = profileSiret.trimmed();
    h.address = settings.value(Settings::Key::CcasAddress).toString();
    h.logoPath = settings.value(Settings::Key::CcasLogoPath).toString();
    return h;
}

SummaryOfDossier summaryOfDossier(const Dossier& d, const QList<AideRecue>& history, const QDate& reference,
                                  const DossierSummarySetup& setup)
{
    SummaryOfDossier out;
    out.menage = setup.reglement ? menageFromDossier(d, reference, history, *setup.reglement)
                                 : menageFromDossier(d, reference, history);
    out.aidCode = d.decision && !d.decision->aidCode.isEmpty() ? d.decision->aidCode : d.aidCode;
    if (setup.reglement) {
        QStringList aids;
        for (const ReglementAidInfo& aid : setup.reglement->aids()) {
            if (aid.code == out.aidCode) {
                aids << aid.code;
                out.aidLabel = aid.label;
            }
        }
        // Not the règlement's: every aid, as the window shows it.
        out.evaluation =
            Engine::evaluate(*setup.reglement, out.menage.menage, setup.aidCodes.isEmpty() ? aids : setup.aidCodes);
    }
    SummaryInput& in = out.input;
    in.ccas = setup.letterhead;
    in.dossierRef = d.id;
    in.agent = setup.agent;
    in.printedAt = setup.printedAt;
    in.applicant = d.identity;
    in.applicantAddress = out.menage.applicantAddress;
    in.menage = out.menage.menage;
    if (out.evaluation)
        in.evaluation = *out.evaluation;
    in.decision = d.decision;
    in.retentionMonths = setup.retentionMonths;
    return out;
}

} // namespace ccas
