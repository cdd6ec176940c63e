#pragma once

#include <QDateTime>
#include <QString>

namespace ccas {

// Where a figure came from. Kept with every value fetched from an API, printed on summaries and
// written to the journal (without personal data).
struct Provenance
{
    QString api;        // "API Particulier"
    QString endpoint;   // "/v3/dss/quotient_familial/identite"
    QString provider;   // "CNAF", "MSA", "CNAV" (statuses come from the RNCPS run by the CNAV)
    int periodYear = 0; // QF: effective period
    int periodMonth = 0;
    int computedYear = 0; // QF: when CAF/MSA computed it
    int computedMonth = 0;
    QString requestId;      // X-Request-ID answered by the API
    QDateTime fetchedAt;    // UTC
    bool fromCache = false; // X-Response-Cached: true
};

} // namespace ccas
