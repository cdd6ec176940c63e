#pragma once

#include "domain/Dossier.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ccas::test {

// `y-m-d` at 10:00 UTC.
QDateTime utc(int y, int m, int d);

// A dossier of person(nom, "Sophie", 1982-09-03) for `aid`, created ten days before `when` and last
// active at `when`; with a decision by agent1 of `outcome` for `cents` at `when` when an outcome is
// given, and closed at `when` when `status` is Clos. For importDossiers.
Dossier dossier(const QString& nom, const QString& aid, DossierStatus status, std::optional<Outcome> outcome,
                qint64 cents, const QDateTime& when);

} // namespace ccas::test
