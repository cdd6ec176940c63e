#pragma once

#include "domain/Dossier.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ccas {

class Settings;

// The archives service's side of a transfer: its identifiers and the management rules it gave for
// facultative-aid files (domain.md §3.1). Read from the settings; the rule codes must be those of the
// archives service's referential (the defaults are placeholders).
struct ArchivePolicy
{
    Q_DECLARE_TR_FUNCTIONS(ccas::ArchivePolicy)
public:
    struct Appraisal
    {
        QString rule;        // the appraisal rule code (its duration lives in the archives' referential)
        QString finalAction; // "Keep" or "Destroy"
    };

    QString archivalAgreement;
    QString archivalAgencyId;
    QString transferringAgencyId; // empty: the CCAS SIRET
    QString originatingAgencyId;  // the CCAS SIRET
    Appraisal granted;
    Appraisal refused;
    Appraisal abandoned;
    int grantedSampling = 10; // granted files kept 1 in N at the end of their retention (0: none, 1: all)
    QString accessRule;

    // The settings' defaults (rule codes, final actions, sampling), without any identifier.
    static ArchivePolicy defaults();
    // `siret` stands in when the settings have no SIRET (the profile's own).
    static ArchivePolicy fromSettings(const Settings& settings, const QString& siret = QString());

    // The appraisal of a dossier with this outcome. Granted files in the sample keep Keep whatever the
    // configured final action (`sampled` says so).
    Appraisal appraisalFor(Outcome outcome, const QString& dossierId, bool* sampled = nullptr) const;
    // A deterministic 1-in-N draw on the dossier id (the same at every export).
    static bool inSample(const QString& dossierId, int oneIn);

    // Problems that prevent a transfer (translated, settings named); empty when usable.
    QStringList problems() const;
    static bool validFinalAction(const QString& action);
};

} // namespace ccas
