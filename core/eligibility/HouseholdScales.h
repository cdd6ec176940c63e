#pragma once

#include "eligibility/Menage.h"
#include "eligibility/Ratio.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace ccas {

// The household scales of domain.md §2.2–2.4, as pure functions. Units, parts and UC are counted in
// hundredths (2,3 UC = 230; 2,5 parts = 250) so that every figure stays an exact integer. Failures name
// the missing figures (translated), e.g. "date de naissance de personnes[2]".
class HouseholdScales
{
    Q_DECLARE_TR_FUNCTIONS(ccas::HouseholdScales)
public:
    // Age in whole years on `reference` (a person born on 29 February turns one year older on 1 March in
    // common years); nullopt when the birth date is unknown or after the reference.
    static std::optional<int> ageAt(const QDate& birth, const QDate& reference);

    // Modified OECD (INSEE) scale: 1 for the first adult (the demandeur), 0,5 for every other person aged
    // 14 or over on the reference date, 0,3 under 14. A conjoint counts 0,5 without needing a birth date.
    static Result<qint64, QStringList> ucOecd(const QList<MenagePerson>& persons, const QDate& reference);

    // Chèque énergie scale (Code de l'énergie R124-1): by rank, demandeur first, then the conjoint, then
    // the others in their order: 1, 0,5, then 0,3 each; halved for a minor (under 18) in alternating
    // residence (the birth date is needed only then).
    static Result<qint64, QStringList> ucChequeEnergie(const QList<MenagePerson>& persons, const QDate& reference);

    // CAF parts (domain.md §2.2): one or two parents count 2 parts as soon as there is a child (a single
    // parent counts like a couple); then +0,5 for the 1st and the 2nd child, +1 for the 3rd, +0,5 for
    // each child from the 4th. Without a child: 1 part for one adult, 2 for a couple. Disabled children
    // (+0,5) are not known to the household format.
    static qint64 cafParts(int adults, int children);
    // The same, from the household: demandeur and conjoint are the adults, persons with the role
    // "enfant" the children; "autre" persons are not part of the CAF household.
    static Result<qint64, QStringList> cafParts(const QList<MenagePerson>& persons);

    // CAF quotient familial = (taxable income of year N-2 ÷ 12 + family benefits of the month) ÷ parts,
    // in cents, exact: (21 600 € ÷ 12 + 148 €) ÷ 3 = 649,333… €.
    static Ratio cafQuotient(qint64 annualTaxableIncomeCents, qint64 monthlyBenefitsCents, qint64 partsHundredths);

    // "2,3", "2,25", "3": hundredths shown the French way without trailing zeros.
    static QString formatHundredths(qint64 hundredths);
    // "1 234,50 €", exactly as DossierText::formatCents, without QLocale or floating point (the engine
    // formats millions of figures in its benchmark).
    static QString formatCents(qint64 cents);
    // "27/11/2026".
    static QString formatDate(const QDate& date);

    // The same texts as formatHundredths() and formatCents(), written backwards into a caller's buffer
    // that ends at `end` (no allocation: for the engine, which writes millions of figures). They return
    // the first character written; kBufferSize characters are always enough.
    static constexpr int kBufferSize = 40;
    static char16_t* writeHundredths(char16_t* end, qint64 hundredths);
    static char16_t* writeCents(char16_t* end, qint64 cents);
};

} // namespace ccas
