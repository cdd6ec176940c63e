#pragma once

#include "domain/Identity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ccas {

// brouillon -> en instruction -> décidé -> clos
enum class DossierStatus
{
    Brouillon,
    EnInstruction,
    Decide,
    Clos
};
enum class Outcome
{
    Accorde,
    Refuse,
    SansSuite
};

struct Decision
{
    Outcome outcome = Outcome::SansSuite;
    qint64 amountCents = 0; // 0 when nothing is granted
    QString motif;          // free text typed by the agent (personal: sealed)
    QString agent;
    QDateTime decidedAt;
    QString aidCode; // the règlement's aid decided on; when set it becomes the dossier's aid code
};

// A figure typed by the agent (resources, charges), from a paper proof or a statement.
struct BudgetLine
{
    QString type;           // "salaire", "loyer_residuel", …
    qint64 amountCents = 0; // per month
    QString origin;         // "agent" (declared) or "justificatif" (paper proof)
};

// What one source gave, as stored: the normalised JSON of the outcome (data + provenance, or the
// error), see OutcomeText::toJson.
struct StoredSource
{
    QString source; // "qf", "rsa", …
    QDateTime fetchedAt;
    QJsonObject json;
};

struct Dossier
{
    QString id; // opaque: "D" + 16 base32 characters; no personal data
    DossierStatus status = DossierStatus::Brouillon;
    QString aidCode; // the aid requested (clear: statistics)
    Identity identity;
    QString spi; // numéro fiscal (API Impôt particulier), optional; sealed with the identity
    QList<StoredSource> sources;
    QList<BudgetLine> resources;
    QList<BudgetLine> charges;
    // What the agent typed about the household beyond resources and charges, in the household JSON
    // format (docs/reglement.md, MenageJson): "personnes", "commune_residence", "demande", and the
    // figures read from paper proofs ("quotient_familial_caf", "fiscal", "statuts") that stand in when
    // an API gave none. Sealed. Empty object: nothing typed.
    QJsonObject householdEntry;
    QString notes;
    std::optional<Decision> decision;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastActivityAt;
    QDateTime closedAt;
};

// What the list shows: clear metadata plus the decrypted display name.
struct DossierSummary
{
    QString id;
    DossierStatus status = DossierStatus::Brouillon;
    QString aidCode;
    std::optional<Outcome> outcome;
    qint64 amountCents = 0;
    QString displayName; // "DUPONT Sophie" (decrypted for display only)
    QString birthDate;   // "03/09/1982"
    QDateTime createdAt;
    QDateTime lastActivityAt;
    QDateTime closedAt;
};

class DossierText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::Dossier)
public:
    static QString statusKey(DossierStatus s); // "brouillon", "en_instruction", "decide", "clos"
    static std::optional<DossierStatus> statusFromKey(const QString& key);
    static QString statusLabel(DossierStatus s);                      // translated
    static QString outcomeKey(Outcome o);                             // "accorde", "refuse", "sans_suite"
    static std::optional<Outcome> outcomeFromKey(const QString& key); // also accepts "sans-suite"
    static QString outcomeLabel(Outcome o);                           // translated
    static QString formatCents(qint64 cents);                         // "1 234,50 €"
    // Parses "300", "300.5", "300,50" into cents; nullopt if not a non-negative amount with at most 2 decimals.
    static std::optional<qint64> parseAmount(const QString& text);
};

// Identity <-> JSON for sealed storage.
QJsonObject identityToJson(const Identity& identity);
Identity identityFromJson(const QJsonObject& json);

} // namespace ccas
