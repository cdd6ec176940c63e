#pragma once

#include "eligibility/Menage.h"
#include "eligibility/Reglement.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ccas {

enum class Verdict
{
    Eligible,
    NotEligible,
    Incomplete // a figure a criterion needs is missing: named in AidResult::missing
};

// One line of explanation: one criterion (or one step of the amount) with the figures used and where
// each came from. Texts are translated (French by default).
struct ExplanationLine
{
    enum class State
    {
        Met,     // the condition holds
        NotMet,  // the condition fails
        Missing, // the condition cannot be decided: a figure is missing
        Info     // a computation step (amount, band, ceiling), no verdict of its own
    };
    State state = State::Info;
    QString criterion;   // "Quotient familial CAF"
    QString text;        // "649 € < 900 € : condition remplie"
    QStringList sources; // "API Particulier, CNAF, QF d'octobre 2026, demande n° …, obtenu le 27/11/2026"
    int depth = 0;       // nesting inside « tous » / « au moins un » / « non » (0: top level)
};

struct AidResult
{
    QString code;
    QString label;
    Verdict verdict = Verdict::Incomplete;
    qint64 amountCents = 0; // proposed amount when eligible, 0 otherwise
    QStringList missing;    // the missing figures, in words ("quotient familial CAF")
    QList<ExplanationLine> lines;
    QStringList justificatifs; // proofs the règlement asks for
};

// A household figure computed once and shown on the summary (persons, UC, RAV, fiscal QF…).
struct HouseholdFigure
{
    QString key;   // stable: "personnes", "uc_oecd", "uc_cheque_energie", "rfr_par_part", …
    QString label; // translated
    QString value; // formatted ("2,3", "270,00 €")
    QStringList sources;
};

struct Evaluation
{
    QString ccas;
    QString reglementTitle;
    int reglementVersion = 0;
    QDate dateReference;
    QList<HouseholdFigure> figures;
    QList<AidResult> aids;
};

// The eligibility engine: pure functions of (règlement, household). Money is exact (integer cents,
// exact rational comparisons); rounding happens only where the règlement says so (docs/reglement.md).
class Engine
{
    Q_DECLARE_TR_FUNCTIONS(ccas::Engine)
public:
    static Evaluation evaluate(const Reglement& reglement, const Menage& menage);
    // Only the aids whose code is listed (all when empty).
    static Evaluation evaluate(const Reglement& reglement, const Menage& menage, const QStringList& aidCodes);
    // The same verdicts, amounts and missing figures as evaluate(), without explanation lines, household
    // figures or any text: several times faster (statistics, batch checks over many households).
    static QList<AidResult> decide(const Reglement& reglement, const Menage& menage);

    static QJsonObject toJson(const Evaluation& evaluation); // the CLI's `evaluate --json`
    static QString verdictKey(Verdict v);                    // "eligible", "non_eligible", "incomplet"
    static QString verdictLabel(Verdict v);                  // translated
    static QString sourceText(const FigureSource& source);   // translated one-line provenance
};

} // namespace ccas
