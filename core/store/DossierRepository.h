#pragma once

#include "crypto/SecureKey.h"
#include "domain/Dossier.h"
#include "eligibility/Menage.h"
#include "store/Database.h"
#include "store/DossierQuery.h"
#include "util/Clock.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ccas {

// Dossiers, encrypted field by field. Clear columns: id, status, aid code, outcome, amount, dates
// (retention and statistics need no key). Sealed columns (XChaCha20-Poly1305 with a per-dossier
// data key wrapped by the master key; AD = dossier id + table + column): identity, sources,
// decision, notes, resources and charges, household entry. Names and birth dates are searchable
// through the blind index only. Every change is one transaction together with its journal entry.
class DossierRepository
{
public:
    DossierRepository(Database* db, const Clock& clock);

    // The verified master key (KEK). Without it every call fails with KeyUnavailable.
    void setMasterKey(std::shared_ptr<const SecureKey> kek);
    bool hasMasterKey() const { return m_kek != nullptr; }

    QFuture<Result<QString, StoreError>> create(const Identity& identity, const QString& aidCode, const QString& agent,
                                                const QString& spi = QString());
    // Stores (replaces) the given sources; moves a draft to "en instruction". Refused once closed.
    QFuture<Result<void, StoreError>> saveSources(const QString& id, const QList<StoredSource>& sources,
                                                  const QString& agent);
    QFuture<Result<void, StoreError>> saveBudget(const QString& id, const QList<BudgetLine>& resources,
                                                 const QList<BudgetLine>& charges, const QString& notes,
                                                 const QString& agent);
    // The window's "save": budget, notes and household entry replaced together, in one transaction with
    // one journal entry (either all of it is stored or nothing). Refused once closed.
    QFuture<Result<void, StoreError>> saveFigures(const QString& id, const QList<BudgetLine>& resources,
                                                  const QList<BudgetLine>& charges, const QString& notes,
                                                  const QJsonObject& entry, const QString& agent);
    // Stores (replaces) what the agent typed about the household (Dossier::householdEntry, the household
    // JSON format of docs/reglement.md, validated by the caller with MenageJson). Refused once closed.
    QFuture<Result<void, StoreError>> saveHousehold(const QString& id, const QJsonObject& entry, const QString& agent);
    // The aids already granted to the same person (same identity, through the blind index), other
    // than this dossier: aid code, decision date, amount. For cooldowns and yearly ceilings.
    QFuture<Result<QList<AideRecue>, StoreError>> grantedAids(const QString& id);
    // Journals one print or PDF export of the eligibility summary (JournalAction::Print; detail says
    // "pdf" or "printer", and "pseudonymised" when it is).
    QFuture<Result<void, StoreError>> journalSummary(const QString& id, const QString& agent, bool pdf,
                                                     bool pseudonymised);
    // Opens a dossier (journaled as "view" unless `journal` is false).
    QFuture<Result<Dossier, StoreError>> get(const QString& id, const QString& agent, bool journal = true);
    // `search`: every token of the text must match a name or birth-date token of the dossier.
    // The first `limit` rows of listPage() for that search and status.
    QFuture<Result<QList<DossierSummary>, StoreError>>
    list(const QString& search, std::optional<DossierStatus> status = std::nullopt, int limit = 200);
    // One page of the dossier list (see DossierQuery): at most `limit` rows after `after` (the first
    // page without it), newest activity first. Names are decrypted on the database thread.
    QFuture<Result<DossierPage, StoreError>> listPage(const DossierQuery& query,
                                                      const std::optional<DossierCursor>& after, int limit);
    // How many rows the query lists over all its pages.
    QFuture<Result<int, StoreError>> count(const DossierQuery& query);
    // The aid codes of the listed dossiers, sorted, each once (clear metadata: no key needed).
    QFuture<Result<QStringList, StoreError>> aidCodes();
    // Closed dossiers (the oldest closing first); only those closed before `closedBefore` when it is
    // valid. Clear columns only: nothing is decrypted, nothing is journaled.
    QFuture<Result<QStringList, StoreError>> closedIds(const QDateTime& closedBefore = {});
    // The lifecycle status of each id (clear columns); ids that do not exist are absent.
    QFuture<Result<QMap<QString, DossierStatus>, StoreError>> statuses(const QStringList& ids);
    // One "export" journal entry per dossier, all in one transaction; `detail` names the package
    // (its message identifier), never its content.
    QFuture<Result<void, StoreError>> journalExport(const QStringList& ids, const QString& agent,
                                                    const QString& detail);
    QFuture<Result<void, StoreError>> decide(const QString& id, const Decision& decision);
    // `summaryPdf` non-empty: the eligibility summary as it stands at closing, kept sealed with the
    // dossier (the document of record that archive packages carry, whatever règlement comes later).
    QFuture<Result<void, StoreError>> close(const QString& id, const QString& agent,
                                            const QByteArray& summaryPdf = QByteArray());
    // The summary frozen at closing; empty when the dossier was closed without one. Not journaled (the
    // caller journals what it does with it).
    QFuture<Result<QByteArray, StoreError>> closingSummary(const QString& id);

    // Imports dossiers in one transaction (a migration from another application, a benchmark):
    // identity, aid, lifecycle dates, decision. Ids are generated when empty. Journaled once.
    QFuture<Result<int, StoreError>> importDossiers(const QList<Dossier>& dossiers, const QString& agent);

    // "D" + 16 base32 characters from the OS random source.
    static QString newId();

private:
    Database* m_db;
    const Clock& m_clock;
    std::shared_ptr<const SecureKey> m_kek;
};

} // namespace ccas
