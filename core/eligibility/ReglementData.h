#pragma once

// The parsed règlement (internal to core/eligibility: Reglement.cpp builds it, Engine.cpp reads it).
// Every amount is in cents, every scale (UC, parts, percentages) in hundredths, every threshold an
// exact Ratio in the unit of its variable (cents for money, units for UC, persons and years).
// The texts of the explanations that depend only on the règlement (not on the household nor on the
// language: thresholds, lists of communes…) are formatted once, when it is loaded (the "…Text" fields).

#include "domain/Household.h"
#include "eligibility/Menage.h"
#include "eligibility/Ratio.h"
#include "eligibility/Reglement.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace ccas {

enum class CompareOp
{
    Lt, // <
    Le, // <=
    Gt, // >
    Ge, // >=
    Eq  // =
};

// QString equality for the short keys the engine compares for every household (types of lines, natures,
// aid codes): inline, without the library call.
inline bool sameText(const QString& a, const QString& b)
{
    return a.size() == b.size() &&
           (a.constData() == b.constData() || std::equal(a.constBegin(), a.constEnd(), b.constBegin()));
}

inline bool listContains(const QStringList& list, const QString& s)
{
    for (const QString& item : list) {
        if (sameText(item, s))
            return true;
    }
    return false;
}

// Which resource or charge lines count, and how much of each.
struct LineSelection
{
    QStringList types;                    // empty: every type
    QStringList excluded;                 // "exclure"
    std::map<QString, qint64> fractionBp; // resources: percentage counted, in hundredths of a percent (50 % = 5000)
    std::map<QString, qint64> capCents;   // charges: monthly cap per type

    bool counts(const QString& type) const
    {
        return (types.isEmpty() || listContains(types, type)) && !listContains(excluded, type);
    }
    // Every line, at 100 %, without cap (the default).
    bool all() const { return types.isEmpty() && excluded.isEmpty() && fractionBp.empty() && capCents.empty(); }
};

enum class DivisorKind
{
    None,            // "aucun": the household total
    Persons,         // "personnes"
    CafParts,        // "parts_caf"
    UcOecd,          // "uc_oecd"
    UcChequeEnergie, // "uc_cheque_energie"
    FiscalParts,     // "parts_fiscales"
    Custom           // {"bareme": […]}
};

// One rule of a custom scale: the first rule matching a person gives its share.
struct ScaleRule
{
    QList<PersonRole> roles;       // empty: any role
    std::optional<int> ageBelow;   // "age_moins_de"
    std::optional<int> ageAtLeast; // "age_au_moins"
    qint64 hundredths = 0;         // "valeur"
};

enum class RoundingMode
{
    None,
    Down,   // "inferieur"
    Up,     // "superieur"
    Nearest // "plus_proche" (halves away from zero)
};

// A named reste-à-vivre computation ("calculs").
struct RavDefinition
{
    QString name;  // the key in "calculs"
    QString label; // "libelle", may be empty
    LineSelection resources;
    bool deductCharges = true; // false: "charges": "aucune"
    LineSelection charges;
    DivisorKind divisor = DivisorKind::Persons;
    QList<ScaleRule> customScale;
    qint64 singleParentBonus = 0; // hundredths, custom scale: no conjoint and at least one child
    bool perDay = false;          // "periode": "jour" = the monthly figure ÷ 30
    RoundingMode rounding = RoundingMode::None;
    qint64 roundingUnitCents = 1; // 1 (centime) or 100 (euro)
    QString figureKey;            // "reste_a_vivre.<name>", the key of its household figure
};

enum class Variable
{
    QfCaf,           // "qf_caf": euros
    QfFiscal,        // "qf_fiscal": RFR ÷ parts, per year or per month
    RfrUc,           // "rfr_uc": RFR ÷ UC (OECD or chèque énergie), per year
    Uc,              // "uc": number of UC
    ResteAVivre,     // "reste_a_vivre": a named computation
    Ressources,      // "ressources": monthly household resources (selection)
    NombrePersonnes, // "nombre_personnes": optionally of one role
    MontantDemande   // "montant_demande": the amount requested
};

enum class UcScale
{
    Oecd,
    ChequeEnergie
};

struct VariableRef
{
    Variable variable = Variable::QfCaf;
    bool monthly = false; // qf_fiscal
    UcScale scale = UcScale::Oecd;
    int calcul = -1; // reste_a_vivre: index in Data::calculs
    LineSelection resources;
    std::optional<PersonRole> role; // nombre_personnes
};

struct Condition
{
    enum class Kind
    {
        All,             // "tous"
        Any,             // "au_moins_un"
        Not,             // "non"
        Compare,         // a numeric variable compared to a threshold
        ResourceCeiling, // "plafond_ressources"
        Status,          // "statut"
        Commune,         // "commune"
        Age,             // "age"
        Nature           // "nature"
    };
    enum class Who
    {
        Demandeur,
        Conjoint,
        AnyPerson // "une_personne": at least one member of the household
    };

    Kind kind = Kind::All;
    QString label; // "libelle" written by the CCAS, may be empty
    std::vector<Condition> children;
    // Compare, Age, ResourceCeiling
    VariableRef var;
    CompareOp op = CompareOp::Le;
    Ratio threshold;
    QString thresholdText; // Compare: the threshold as shown ("900,00 €", "2,5")
    // ResourceCeiling
    QList<qint64> ceilingsCents; // index = household size - 1
    std::optional<qint64> extraPersonCents;
    // Status
    Benefit benefit = Benefit::RSA;
    bool expected = true;
    // Commune
    QStringList communes;
    QString communesText; // "78358, 78000"
    // Age
    Who who = Who::Demandeur;
    // Nature
    QStringList natures;
    QString naturesText; // "alimentaire, energie"
};

struct AmountNode
{
    enum class Kind
    {
        Fixed,            // a number, or {"type": "fixe"}
        PercentOfRequest, // "pourcentage_demande": rounded down to the cent
        Bands,            // "bareme"
        ByNature          // "selon_nature"
    };
    struct Band
    {
        std::optional<Ratio> upTo; // none: no upper bound (last band only)
        bool inclusive = true;
        QString label;
        std::shared_ptr<const AmountNode> value;
        QString lowerText; // "> 5,00 €" (from the previous band's bound), empty for the first band
        QString upperText; // "≤ 8,00 €", empty without an upper bound
    };
    struct Case
    {
        QString label;
        QStringList natures;
        std::shared_ptr<const AmountNode> value;
    };

    Kind kind = Kind::Fixed;
    qint64 cents = 0;     // Fixed
    qint64 percentBp = 0; // PercentOfRequest: hundredths of a percent (40 % = 4000)
    VariableRef var;      // Bands
    std::vector<Band> bands;
    std::vector<Case> cases; // ByNature
    std::shared_ptr<const AmountNode> otherwise;
};

struct AnnualCeiling
{
    std::shared_ptr<const AmountNode> amount; // no percentage inside
    bool rolling = false;                     // "12_mois_glissants"; otherwise "annee_civile"
    QStringList codes;                        // aids counted; the aid itself when not given
};

struct ReglementAid
{
    QString code;
    QString label;
    QString description;
    QStringList natures;
    QString naturesText; // "alimentaire, energie"
    std::optional<Condition> conditions;
    std::shared_ptr<const AmountNode> amount; // null: in kind, no amount
    std::optional<qint64> perRequestCents;
    std::optional<AnnualCeiling> annual;
    int cooldownMonths = 0;
    QStringList justificatifs;
};

struct Reglement::Data
{
    int formatVersion = 1;
    QString ccas;
    QString title;
    int version = 0;
    QDate adoptedOn;
    QDate applicableFrom;
    std::vector<RavDefinition> calculs;
    std::vector<ReglementAid> aids;
};

// A threshold or band bound as the explanations show it, in the unit of its variable: "900,00 €" for money,
// "2,5" for UC and persons, with "≈ " when it is not a whole number of cents or hundredths (Engine.cpp).
QString boundText(Variable v, const Ratio& value);

} // namespace ccas
