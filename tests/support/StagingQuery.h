#pragma once

#include "demo/StagingCatalog.h"

#include <QString>
#include <QUrlQuery>

namespace ccas::test {

// The SIRET the staging README's curl commands send as `recipient`.
QString stagingRecipient();

// The query a client sends to trigger `stagingCase`, as the staging README's curl does: `recipient`,
// every parameter of the case, the first names as repeated `prenoms[]` in order, and the case's
// misspelled (ignored) keys verbatim with their values.
QUrlQuery toRawQuery(const StagingCase& stagingCase, const QString& recipient);

} // namespace ccas::test
