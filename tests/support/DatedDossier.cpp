#include "DatedDossier.h"

#include "StoreRig.h"

namespace ccas::test {

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(10, 0), Qt::UTC);
}

Dossier dossier(const QString& nom, const QString& aid, DossierStatus status, std::optional<Outcome> outcome,
                qint64 cents, const QDateTime& when)
{
    Dossier d;
    d.identity = person(nom, QStringLiteral("Sophie"), 1982, 9, 3);
    d.aidCode = aid;
    d.status = status;
    d.createdAt = when.addDays(-10);
    d.updatedAt = when;
    d.lastActivityAt = when;
    if (outcome) {
        Decision dec;
        dec.outcome = *outcome;
        dec.amountCents = cents;
        dec.agent = QStringLiteral("agent1");
        dec.decidedAt = when;
        d.decision = dec;
    }
    if (status == DossierStatus::Clos)
        d.closedAt = when;
    return d;
}

} // namespace ccas::test
