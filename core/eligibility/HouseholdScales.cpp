#include "eligibility/HouseholdScales.h"

#include <QLocale>

namespace ccas {

namespace {

// Indexes of the persons in chèque-énergie rank order: demandeur, conjoint, then the others as listed.
QList<int> rankOrder(const QList<MenagePerson>& persons)
{
    QList<int> order;
    for (const PersonRole role : {PersonRole::Demandeur, PersonRole::Conjoint}) {
        for (int i = 0; i < persons.size(); ++i) {
            if (persons[i].role == role)
                order << i;
        }
    }
    for (int i = 0; i < persons.size(); ++i) {
        if (persons[i].role != PersonRole::Demandeur && persons[i].role != PersonRole::Conjoint)
            order << i;
    }
    return order;
}

} // namespace

std::optional<int> HouseholdScales::ageAt(const QDate& birth, const QDate& reference)
{
    if (!birth.isValid() || !reference.isValid() || birth > reference)
        return std::nullopt;
    int age = reference.year() - birth.year();
    if (reference.month() < birth.month() || (reference.month() == birth.month() && reference.day() < birth.day()))
        --age;
    return age;
}

Result<qint64, QStringList> HouseholdScales::ucOecd(const QList<MenagePerson>& persons, const QDate& reference)
{
    if (persons.isEmpty())
        return QStringList{tr("household composition")};
    const QList<int> order = rankOrder(persons);
    qint64 total = 0;
    QStringList missing;
    for (int rank = 0; rank < order.size(); ++rank) {
        const MenagePerson& p = persons[order[rank]];
        if (rank == 0) {
            total += 100;
            continue;
        }
        if (p.role == PersonRole::Conjoint || p.role == PersonRole::Demandeur) {
            total += 50;
            continue;
        }
        const auto age = ageAt(p.dateNaissance, reference);
        if (!age) {
            missing << tr("birth date of personnes[%1]").arg(order[rank]);
            continue;
        }
        total += *age >= 14 ? 50 : 30;
    }
    if (!missing.isEmpty())
        return missing;
    return total;
}

Result<qint64, QStringList> HouseholdScales::ucChequeEnergie(const QList<MenagePerson>& persons, const QDate& reference)
{
    if (persons.isEmpty())
        return QStringList{tr("household composition")};
    const QList<int> order = rankOrder(persons);
    qint64 total = 0;
    QStringList missing;
    for (int rank = 0; rank < order.size(); ++rank) {
        const MenagePerson& p = persons[order[rank]];
        qint64 uc = rank == 0 ? 100 : (rank == 1 ? 50 : 30);
        if (p.residenceAlternee) {
            const auto age = ageAt(p.dateNaissance, reference);
            if (!age) {
                missing << tr("birth date of personnes[%1]").arg(order[rank]);
                continue;
            }
            if (*age < 18)
                uc /= 2;
        }
        total += uc;
    }
    if (!missing.isEmpty())
        return missing;
    return total;
}

qint64 HouseholdScales::cafParts(int adults, int children)
{
    if (children <= 0)
        return adults >= 2 ? 200 : 100;
    qint64 parts = 200;
    for (int child = 1; child <= children; ++child)
        parts += child == 3 ? 100 : 50;
    return parts;
}

Result<qint64, QStringList> HouseholdScales::cafParts(const QList<MenagePerson>& persons)
{
    if (persons.isEmpty())
        return QStringList{tr("household composition")};
    int adults = 0;
    int children = 0;
    for (const MenagePerson& p : persons) {
        if (p.role == PersonRole::Demandeur || p.role == PersonRole::Conjoint)
            ++adults;
        else if (p.role == PersonRole::Enfant)
            ++children;
    }
    return cafParts(adults, children);
}

Ratio HouseholdScales::cafQuotient(qint64 annualTaxableIncomeCents, qint64 monthlyBenefitsCents, qint64 partsHundredths)
{
    // ((A ÷ 12) + B) ÷ (P ÷ 100) = (A + 12 B) × 100 ÷ (12 P)
    return Ratio::of((Int128(annualTaxableIncomeCents) + 12 * Int128(monthlyBenefitsCents)) * 100,
                     Int128(12) * partsHundredths);
}

QString HouseholdScales::formatHundredths(qint64 hundredths)
{
    const QLocale fr(QLocale::French, QLocale::France);
    const bool negative = hundredths < 0;
    const qint64 v = negative ? -hundredths : hundredths;
    QString text = fr.toString(v / 100);
    const qint64 decimals = v % 100;
    if (decimals != 0) {
        text += fr.decimalPoint();
        if (decimals % 10 == 0)
            text += QString::number(decimals / 10);
        else
            text += QStringLiteral("%1").arg(decimals, 2, 10, QLatin1Char('0'));
    }
    return negative ? QStringLiteral("-") + text : text;
}

} // namespace ccas
