#pragma once

#include "domain/Household.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace ccas {

// Where a figure used by the engine came from: printed on every explanation line and summary.
struct FigureSource
{
    enum class Kind
    {
        Api,          // fetched from an API (api, provider, period, request id, fetch time)
        Agent,        // typed by the agent from the applicant's statement
        Justificatif, // typed by the agent from a paper proof
    };
    Kind kind = Kind::Agent;
    QString api;      // "API Particulier", "API Impôt particulier"
    QString provider; // "CNAF", "MSA", "CNAV", "DGFiP"
    int year = 0;     // QF: month and year of the value; tax: income year (month 0)
    int month = 0;
    QString requestId;
    QDateTime fetchedAt; // UTC

    bool operator==(const FigureSource& o) const
    {
        return kind == o.kind && api == o.api && provider == o.provider && year == o.year && month == o.month &&
               requestId == o.requestId && fetchedAt == o.fetchedAt;
    }
};

enum class PersonRole
{
    Demandeur,
    Conjoint,
    Enfant,
    Autre
};

struct MenagePerson
{
    PersonRole role = PersonRole::Autre;
    QDate dateNaissance;            // may be invalid when unknown (age criteria are then incomplete)
    bool residenceAlternee = false; // "residence_alternee": halves the chèque-énergie UC of a minor
};

// One monthly resource or charge line. `type` is one of the keys of the household format
// (salaire, prestations_familiales, rsa, aah, pension, chomage, autre / loyer_residuel, energie,
// assurance, mutuelle, transport, telephone, credit, autre).
struct MenageAmount
{
    QString type;
    qint64 cents = 0; // per month, >= 0
    FigureSource source;
};

struct CafQuotient
{
    int valeur = 0;      // euros, as CAF/MSA return it
    QString fournisseur; // "CNAF" or "MSA"
    int annee = 0;
    int mois = 0;
    FigureSource source;
};

struct FiscalData
{
    qint64 rfrEuros = 0;              // revenu fiscal de référence (whole euros)
    int partsQuarters = 0;            // nombre de parts × 4 (quarter parts exist): 3 parts = 12
    std::optional<qint64> impotEuros; // impôt sur le revenu net, when known
    int anneeRevenus = 0;             // income year
    FigureSource source;
};

struct StatusFlag
{
    bool value = false;
    FigureSource source;
};

struct Demande
{
    QString nature; // alimentaire, energie, logement, transport, sante, autre
    std::optional<qint64> montantCents;
};

// An aid already granted to this household (from the dossier history or the household file).
struct AideRecue
{
    QString aide; // aid code of the règlement
    QDate date;
    qint64 cents = 0;
};

// Everything the engine knows about one household, on one reference date. The same structure is
// read from the household JSON format (`--menage`, documented in docs/reglement.md) and built from
// a stored dossier (its fetched sources and the figures the agent typed).
// `std::nullopt` always means "not known": a criterion that needs it is incomplete, never false.
struct Menage
{
    QDate dateReference;
    QString communeResidence; // COG code (5 characters), empty when unknown
    QList<MenagePerson> personnes;
    std::optional<QList<MenageAmount>> ressources; // nullopt: not entered; empty list: "no resources"
    std::optional<QList<MenageAmount>> charges;
    std::optional<CafQuotient> quotientFamilialCaf;
    std::optional<FiscalData> fiscal;
    std::map<Benefit, StatusFlag> statuts; // a benefit missing from the map is unknown
    Demande demande;
    QList<AideRecue> aidesRecues;
};

// The household JSON format (issue 5 §3): parse with one precise French message per problem
// ("personnes[1].date_naissance : date invalide « 1984-13-01 » (attendu AAAA-MM-JJ)"), and write back.
class MenageJson
{
    Q_DECLARE_TR_FUNCTIONS(ccas::MenageJson)
public:
    // Errors: every problem found (not only the first), each naming the JSON path.
    static Result<Menage, QStringList> parse(const QByteArray& json);
    static Result<Menage, QStringList> fromJson(const QJsonObject& json);
    static QJsonObject toJson(const Menage& menage);
    // Reads only the keys present in `json` into `menage` (a partial household such as
    // Dossier::householdEntry); other fields are left as they are, "date_reference" is not required.
    // Returns every problem found (empty: all read).
    static QStringList readInto(const QJsonObject& json, Menage& menage);
    // A figure's provenance in the household format: "agent", "justificatif", or an object
    // {"type": "api", "api", "fournisseur", "annee", "mois", "id_requete", "obtenu_le"}.
    static QJsonValue sourceToJson(const FigureSource& source);

    static QString roleKey(PersonRole role); // "demandeur", …
    static std::optional<PersonRole> roleFromKey(const QString& key);
    static QString benefitKey(Benefit b); // "rsa", "c2s", "aah", "asf", "prime_activite"
    static std::optional<Benefit> benefitFromKey(const QString& key);
    // Translated labels of the resource and charge types ("salaire" -> "Wages"); unknown types as they are.
    static QString resourceLabel(const QString& type);
    static QString chargeLabel(const QString& type);
    static const QStringList& resourceTypes();
    static const QStringList& chargeTypes();
    static const QStringList& natures();
};

} // namespace ccas
