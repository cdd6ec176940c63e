#pragma once

#include "api/ApiError.h"
#include "domain/TaxSituation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ccas {

// How a tax situation reads for the agent (CLI, window) and as JSON (CLI --json, dossier storage).
class TaxText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::TaxText)
public:
    static QString label(); // "Situation fiscale (DGFiP)"
    // "RFR 18 000 € · 3 parts · non imposable (revenus 2025)"
    static QString headline(const TaxSituation& t);
    static QStringList details(const TaxSituation& t);
    // {"source":"impot","ok":true,"data":{…},"provenance":{…},"resume":…} or the error form, like
    // OutcomeText::toJson does for API Particulier.
    static QJsonObject toJson(const TaxSituation& t);
    static QJsonObject errorJson(const ApiError& e);
};

} // namespace ccas
