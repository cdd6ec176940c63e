#pragma once

#include "api/PersonFetch.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ccas {

// How a fetched source reads for the agent (GUI and CLI share it) and as JSON (CLI --json).
class OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::OutcomeText)
public:
    // One short line: "QF 1 209 (CNAF, 09/2024)", "Bénéficiaire (majoré) depuis le 01/06/2023",
    // "Non bénéficiaire", "Non trouvé", "Hors habilitation", "Service indisponible".
    static QString headline(const SourceOutcome& outcome);
    // Detail lines: household members, address, rights dates; the error message for failures.
    static QStringList details(const SourceOutcome& outcome);
    // "CNAF · période 09/2024 · calculé 09/2024 · obtenu le 27/11/2026 10:14 · requête 5f0c…"
    static QString provenance(const Provenance& p);
    static QString person(const Person& p);
    static QString address(const PostalAddress& a);
    static QString yesNo(const ApiValue<bool>& v);

    // The normalised JSON of one outcome (keys outside the token's scopes listed in
    // "hors_habilitation", null kept as null).
    static QJsonObject toJson(const SourceOutcome& outcome);
    static QJsonObject provenanceJson(const Provenance& p);
};

} // namespace ccas
