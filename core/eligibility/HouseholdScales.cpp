#include "eligibility/HouseholdScales.h"

#include <limits>

namespace ccas {

namespace {

// Calls f(index, rank) for the persons in chèque-énergie rank order: demandeur, conjoint, then the
// others as listed (without building a list: the scales are computed for every household evaluated).
template <typename F>
void forEachInRankOrder(const QList<MenagePerson>& persons, F f)
{
    int rank = 0;
    for (const PersonRole role : {PersonRole::Demandeur, PersonRole::Conjoint}) {
        for (int i = 0; i < persons.size(); ++i) {
            if (persons[i].role == role)
                f(i, rank++);
        }
    }
    for (int i = 0; i < persons.size(); ++i) {
        if (persons[i].role != PersonRole::Demandeur && persons[i].role != PersonRole::Conjoint)
            f(i, rank++);
    }
}

} // namespace

std::optional<int> HouseholdScales::ageAt(const QDate& birth, const QDate& reference)
{
    if (!birth.isValid() || !reference.isValid() || birth > reference)
        return std::nullopt;
    // One calendar conversion per date (year(), month() and day() would each convert again); the
    // reference date is the same for every person of a household, and usually from one household to the
    // next: its parts are kept.
    thread_local qint64 referenceDay = std::numeric_limits<qint64>::min();
    thread_local int ry = 0;
    thread_local int rm = 0;
    thread_local int rd = 0;
    if (reference.toJulianDay() != referenceDay) {
        reference.getDate(&ry, &rm, &rd);
        referenceDay = reference.toJulianDay();
    }
    int by = 0;
    int bm = 0;
    int bd = 0;
    birth.getDate(&by, &bm, &bd);
    int age = ry - by;
    if (rm < bm || (rm == bm && rd < bd))
        --age;
    return age;
}

Result<qint64, QStringList> HouseholdScales::ucOecd(const QList<MenagePerson>& persons, const QDate& reference)
{
    if (persons.isEmpty())
        return QStringList{tr("household composition")};
    qint64 total = 0;
    QStringList missing;
    forEachInRankOrder(persons, [&](int index, int rank) {
        const MenagePerson& p = persons[index];
        if (rank == 0) {
            total += 100;
            return;
        }
        if (p.role == PersonRole::Conjoint || p.role == PersonRole::Demandeur) {
            total += 50;
            return;
        }
        const auto age = ageAt(p.dateNaissance, reference);
        if (!age) {
            missing << tr("birth date of personnes[%1]").arg(index);
            return;
        }
        total += *age >= 14 ? 50 : 30;
    });
    if (!missing.isEmpty())
        return missing;
    return total;
}

Result<qint64, QStringList> HouseholdScales::ucChequeEnergie(const QList<MenagePerson>& persons, const QDate& reference)
{
    if (persons.isEmpty())
        return QStringList{tr("household composition")};
    qint64 total = 0;
    QStringList missing;
    forEachInRankOrder(persons, [&](int index, int rank) {
        const MenagePerson& p = persons[index];
        qint64 uc = rank == 0 ? 100 : (rank == 1 ? 50 : 30);
        if (p.residenceAlternee) {
            const auto age = ageAt(p.dateNaissance, reference);
            if (!age) {
                missing << tr("birth date of personnes[%1]").arg(index);
                return;
            }
            if (*age < 18)
                uc /= 2;
        }
        total += uc;
    });
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

namespace {

// Writes the digits of `v` backwards from `end`, grouped by three with the French narrow no-break space.
char16_t* groupedDigits(char16_t* end, quint64 v)
{
    int digits = 0;
    do {
        if (digits > 0 && digits % 3 == 0)
            *--end = u'\u202f';
        *--end = char16_t(u'0' + v % 10);
        v /= 10;
        ++digits;
    } while (v != 0);
    return end;
}

QString fromBuffer(const char16_t* begin, const char16_t* end)
{
    return QString(reinterpret_cast<const QChar*>(begin), qsizetype(end - begin));
}

} // namespace

char16_t* HouseholdScales::writeHundredths(char16_t* end, qint64 hundredths)
{
    char16_t* p = end;
    const bool negative = hundredths < 0;
    const quint64 v = negative ? quint64(0) - quint64(hundredths) : quint64(hundredths);
    const quint64 decimals = v % 100;
    if (decimals != 0) {
        if (decimals % 10 == 0) {
            *--p = char16_t(u'0' + decimals / 10);
        } else {
            *--p = char16_t(u'0' + decimals % 10);
            *--p = char16_t(u'0' + decimals / 10);
        }
        *--p = u',';
    }
    p = groupedDigits(p, v / 100);
    if (negative)
        *--p = u'-';
    return p;
}

char16_t* HouseholdScales::writeCents(char16_t* end, qint64 cents)
{
    char16_t* p = end;
    *--p = u'€';
    *--p = u'\u00a0';
    const bool negative = cents < 0;
    const quint64 v = negative ? quint64(0) - quint64(cents) : quint64(cents);
    *--p = char16_t(u'0' + v % 10);
    *--p = char16_t(u'0' + (v / 10) % 10);
    *--p = u',';
    p = groupedDigits(p, v / 100);
    if (negative)
        *--p = u'-';
    return p;
}

QString HouseholdScales::formatHundredths(qint64 hundredths)
{
    char16_t buf[kBufferSize];
    char16_t* const end = buf + kBufferSize;
    return fromBuffer(writeHundredths(end, hundredths), end);
}

QString HouseholdScales::formatCents(qint64 cents)
{
    char16_t buf[kBufferSize];
    char16_t* const end = buf + kBufferSize;
    return fromBuffer(writeCents(end, cents), end);
}

QString HouseholdScales::formatDate(const QDate& date)
{
    if (!date.isValid())
        return QString();
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d);
    char16_t buf[16];
    char16_t* p = buf;
    *p++ = char16_t(u'0' + d / 10);
    *p++ = char16_t(u'0' + d % 10);
    *p++ = u'/';
    *p++ = char16_t(u'0' + m / 10);
    *p++ = char16_t(u'0' + m % 10);
    *p++ = u'/';
    const QString year = QString::number(y);
    return fromBuffer(buf, p) + year;
}

} // namespace ccas
