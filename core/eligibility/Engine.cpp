#include "eligibility/Engine.h"

#include "eligibility/HouseholdScales.h"
#include "eligibility/JsonReader.h"
#include "eligibility/ReglementData.h"

#include <QHash>
#include <QJsonArray>
#include <QPair>

#include <algorithm>

namespace ccas {

namespace {

using State = ExplanationLine::State;

// Translations looked up once per thread instead of at every line (the engine writes millions of lines
// in its benchmark). The cache is emptied when the installed translation changes (checkTranslations(),
// at the start of every evaluation, compares one translated word).
struct TranslationCache
{
    QString sentinel;
    QHash<const void*, QString> texts;
    QHash<QPair<const void*, int>, QString> plurals;
};

TranslationCache& translationCache()
{
    thread_local TranslationCache cache;
    return cache;
}

void checkTranslations()
{
    TranslationCache& c = translationCache();
    const QString sentinel = QCoreApplication::translate("ccas::Engine", "Eligible");
    if (sentinel != c.sentinel) {
        c.texts.clear();
        c.plurals.clear();
        c.sentinel = sentinel;
    }
}

// Engine::tr() for a literal marked with QT_TRANSLATE_NOOP("ccas::Engine", …), cached.
QString ttr(const char* source)
{
    TranslationCache& c = translationCache();
    const auto it = c.texts.constFind(source);
    if (it != c.texts.constEnd())
        return *it;
    const QString text = QCoreApplication::translate("ccas::Engine", source);
    c.texts.insert(source, text);
    return text;
}

// The same for a plural form (QT_TRANSLATE_N_NOOP, "%n").
QString ttrn(const char* source, int n)
{
    TranslationCache& c = translationCache();
    const QPair<const void*, int> key(source, n);
    const auto it = c.plurals.constFind(key);
    if (it != c.plurals.constEnd())
        return *it;
    if (c.plurals.size() > 10000)
        c.plurals.clear();
    const QString text = QCoreApplication::translate("ccas::Engine", source, nullptr, n);
    c.plurals.insert(key, text);
    return text;
}

QString money(Int128 cents)
{
    return HouseholdScales::formatCents(qint64(cents));
}

// A money ratio (cents) shown to the nearest cent, "≈" when it is not exactly that.
QString money(const Ratio& cents)
{
    const Int128 n = cents.nearest();
    if (Ratio::compare(cents, Ratio::of(n)) == 0)
        return money(n);
    return QStringLiteral("≈\u00a0") + money(n);
}

// Every line of resources or charges, at 100 %, without cap.
const LineSelection kAll;

// The local calendar date of a UTC time. Converting to local time reads the time zone rules each time
// (glibc tzset): the offset is kept per quarter of an hour, the smallest step of real time zones.
QDate localDate(const QDateTime& utc)
{
    thread_local QHash<qint64, int> offsets;
    const qint64 secs = utc.toSecsSinceEpoch();
    const qint64 bucket = secs >= 0 ? secs / 900 : -((-secs + 899) / 900);
    auto it = offsets.constFind(bucket);
    if (it == offsets.constEnd()) {
        if (offsets.size() > 4096)
            offsets.clear();
        it = offsets.insert(bucket, QDateTime::fromSecsSinceEpoch(bucket * 900, Qt::UTC).toLocalTime().offsetFromUtc());
    }
    return QDateTime::fromSecsSinceEpoch(secs + *it, Qt::UTC).date();
}

// "= 270,00 €", or "≈ 8 571,43 €" when the exact value is not a whole number of cents.
QString equalsMoney(const Ratio& cents)
{
    const QString shown = money(cents);
    return shown.startsWith(QChar(0x2248)) ? shown : QStringLiteral("= ") + shown;
}

// A number of hundredths ("2,1"), "≈" when not exact.
QString units(const Ratio& value)
{
    const Ratio h = Ratio::of(value.num * 100, value.den);
    const Int128 n = h.nearest();
    const QString text = HouseholdScales::formatHundredths(qint64(n));
    if (Ratio::compare(h, Ratio::of(n)) == 0)
        return text;
    return QStringLiteral("≈\u00a0") + text;
}

QString opSymbol(CompareOp op)
{
    switch (op) {
    case CompareOp::Lt:
        return QStringLiteral("<");
    case CompareOp::Le:
        return QStringLiteral("≤");
    case CompareOp::Gt:
        return QStringLiteral(">");
    case CompareOp::Ge:
        return QStringLiteral("≥");
    case CompareOp::Eq:
        break;
    }
    return QStringLiteral("=");
}

bool holds(CompareOp op, int cmp)
{
    switch (op) {
    case CompareOp::Lt:
        return cmp < 0;
    case CompareOp::Le:
        return cmp <= 0;
    case CompareOp::Gt:
        return cmp > 0;
    case CompareOp::Ge:
        return cmp >= 0;
    case CompareOp::Eq:
        break;
    }
    return cmp == 0;
}

bool isMoney(Variable v)
{
    return v != Variable::Uc && v != Variable::NombrePersonnes;
}

QString showValue(Variable v, const Ratio& r)
{
    if (isMoney(v))
        return money(r);
    return units(r);
}

QString date(const QDate& d)
{
    return HouseholdScales::formatDate(d);
}

void addUnique(QStringList& into, const QString& item)
{
    if (!into.contains(item))
        into << item;
}

void addUnique(QStringList& into, const QStringList& items)
{
    for (const QString& i : items) {
        if (!into.contains(i))
            into << i;
    }
}

// A household figure: its exact value (in the unit of its variable), how it was obtained, and where
// from; or what is missing to compute it.
struct Fig
{
    bool known = false;
    Ratio value;
    QString text;        // the computation, formatted ("(1 900,00 € − 820,00 €) ÷ 4 personnes = 270,00 €")
    QString shown;       // the value alone ("270,00 €")
    QStringList missing; // when !known
    QStringList sources;

    static Fig lacking(const QStringList& names)
    {
        Fig f;
        f.missing = names;
        return f;
    }
};

struct Outcome
{
    State state = State::Met;
    QStringList missing;
};

State combine(State a, State b)
{
    // For « tous »: a certain failure wins over a missing figure.
    if (a == State::NotMet || b == State::NotMet)
        return State::NotMet;
    if (a == State::Missing || b == State::Missing)
        return State::Missing;
    return State::Met;
}

class Context
{
public:
    Context(const Reglement::Data& d, const Menage& m, bool texts)
        : m_d(d)
        , m_m(m)
        , m_texts(texts)
        , m_rav(d.calculs.size())
    {}

    // False: verdicts and amounts only (Engine::decide), no text is built.
    bool texts() const { return m_texts; }

    const Menage& menage() const { return m_m; }

    QString sourceOf(const FigureSource& s)
    {
        // Sources repeat across figures: format each once.
        for (const auto& [src, text] : m_sourceTexts) {
            if (src == s)
                return text;
        }
        const QString text = Engine::sourceText(s);
        m_sourceTexts.push_back({s, text});
        return text;
    }

    // --- household composition -----------------------------------------------------------------
    const Fig& persons()
    {
        if (!m_persons) {
            if (m_m.personnes.isEmpty()) {
                m_persons = Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition"))});
            } else {
                Fig f;
                f.known = true;
                f.value = Ratio::of(m_m.personnes.size());
                if (m_texts) {
                    f.shown = QString::number(m_m.personnes.size());
                    f.text = ttrn(QT_TRANSLATE_N_NOOP("ccas::Engine", "%n person(s)"), int(m_m.personnes.size()));
                }
                m_persons = f;
            }
        }
        return *m_persons;
    }

    Fig personsOfRole(PersonRole role)
    {
        if (m_m.personnes.isEmpty())
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition"))});
        int n = 0;
        for (const MenagePerson& p : m_m.personnes)
            n += p.role == role ? 1 : 0;
        Fig f;
        f.known = true;
        f.value = Ratio::of(n);
        if (m_texts) {
            f.shown = QString::number(n);
            f.text = QStringLiteral("%1 (%2)").arg(n).arg(MenageJson::roleKey(role));
        }
        return f;
    }

    const Fig& uc(UcScale scale)
    {
        std::optional<Fig>& cache = scale == UcScale::Oecd ? m_ucOecd : m_ucCe;
        if (!cache) {
            const auto r = scale == UcScale::Oecd ? HouseholdScales::ucOecd(m_m.personnes, m_m.dateReference)
                                                  : HouseholdScales::ucChequeEnergie(m_m.personnes, m_m.dateReference);
            if (!r.ok()) {
                cache = Fig::lacking(r.error());
            } else {
                Fig f;
                f.known = true;
                f.value = Ratio::of(r.value(), 100);
                if (m_texts) {
                    f.shown = HouseholdScales::formatHundredths(r.value());
                    f.text = scale == UcScale::Oecd
                                 ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 UC (OECD scale)")).arg(f.shown)
                                 : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 UC (chèque énergie scale)")).arg(f.shown);
                }
                cache = f;
            }
        }
        return *cache;
    }

    const Fig& cafParts()
    {
        if (!m_cafParts) {
            const auto r = HouseholdScales::cafParts(m_m.personnes);
            if (!r.ok()) {
                m_cafParts = Fig::lacking(r.error());
            } else {
                Fig f;
                f.known = true;
                f.value = Ratio::of(r.value(), 100);
                if (m_texts) {
                    f.shown = HouseholdScales::formatHundredths(r.value());
                    f.text = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 CAF parts")).arg(f.shown);
                }
                m_cafParts = f;
            }
        }
        return *m_cafParts;
    }

    Fig fiscalParts()
    {
        if (!m_m.fiscal || m_m.fiscal->partsQuarters <= 0)
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "tax data (RFR and number of parts)"))});
        Fig f;
        f.known = true;
        f.value = Ratio::of(m_m.fiscal->partsQuarters, 4);
        if (m_texts) {
            f.shown = HouseholdScales::formatHundredths(m_m.fiscal->partsQuarters * 25);
            f.text = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 fiscal parts")).arg(f.shown);
            f.sources << sourceOf(m_m.fiscal->source);
        }
        return f;
    }

    // --- resources, charges, reste à vivre --------------------------------------------------------
    // Resources and charges are cached by selection (the selections live in the règlement, the
    // "all lines" selection is kAll).
    Fig resources(const LineSelection& sel)
    {
        for (const auto& [key, fig] : m_resources) {
            if (key == &sel)
                return fig;
        }
        m_resources.push_back({&sel, computeResources(sel)});
        return m_resources.back().second;
    }

    Fig charges(const LineSelection& sel)
    {
        for (const auto& [key, fig] : m_charges) {
            if (key == &sel)
                return fig;
        }
        m_charges.push_back({&sel, computeCharges(sel)});
        return m_charges.back().second;
    }

    Fig computeResources(const LineSelection& sel)
    {
        if (!m_m.ressources)
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "monthly resources"))});
        Int128 num = 0; // in cents × 10 000 (fractions in hundredths of a percent)
        Fig f;
        for (const MenageAmount& l : *m_m.ressources) {
            if (!sel.counts(l.type))
                continue;
            qint64 bp = 10000;
            if (!sel.fractionBp.empty()) {
                const auto it = sel.fractionBp.find(l.type);
                if (it != sel.fractionBp.end())
                    bp = it->second;
            }
            num += Int128(l.cents) * bp;
            if (m_texts)
                addUnique(f.sources, sourceOf(l.source));
        }
        f.known = true;
        f.value = Ratio::of(num, 10000);
        if (m_texts) {
            f.shown = money(f.value);
            f.text = f.shown;
        }
        return f;
    }

    Fig computeCharges(const LineSelection& sel)
    {
        if (!m_m.charges)
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "monthly charges"))});
        Fig f;
        qint64 total = 0;
        if (sel.capCents.empty()) {
            for (const MenageAmount& l : *m_m.charges) {
                if (!sel.counts(l.type))
                    continue;
                total += l.cents;
                if (m_texts)
                    addUnique(f.sources, sourceOf(l.source));
            }
        } else {
            // Caps apply to the month's total of each type.
            std::vector<std::pair<QString, qint64>> perType;
            for (const MenageAmount& l : *m_m.charges) {
                if (!sel.counts(l.type))
                    continue;
                auto it =
                    std::find_if(perType.begin(), perType.end(), [&l](const auto& p) { return p.first == l.type; });
                if (it == perType.end())
                    perType.push_back({l.type, l.cents});
                else
                    it->second += l.cents;
                if (m_texts)
                    addUnique(f.sources, sourceOf(l.source));
            }
            for (const auto& [type, cents] : perType) {
                const auto cap = sel.capCents.find(type);
                total += cap == sel.capCents.end() ? cents : std::min(cents, cap->second);
            }
        }
        f.known = true;
        f.value = Ratio::of(total);
        if (m_texts) {
            f.shown = money(Int128(total));
            f.text = f.shown;
        }
        return f;
    }

    Fig divisor(const RavDefinition& c)
    {
        switch (c.divisor) {
        case DivisorKind::None: {
            Fig f;
            f.known = true;
            f.value = Ratio::of(1);
            return f;
        }
        case DivisorKind::Persons:
            return persons();
        case DivisorKind::CafParts:
            return cafParts();
        case DivisorKind::FiscalParts:
            return fiscalParts();
        case DivisorKind::UcOecd:
            return uc(UcScale::Oecd);
        case DivisorKind::UcChequeEnergie:
            return uc(UcScale::ChequeEnergie);
        case DivisorKind::Custom:
            break;
        }
        if (m_m.personnes.isEmpty())
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition"))});
        qint64 total = 0;
        QStringList missing;
        bool conjoint = false;
        bool child = false;
        for (int i = 0; i < m_m.personnes.size(); ++i) {
            const MenagePerson& p = m_m.personnes[i];
            conjoint = conjoint || p.role == PersonRole::Conjoint;
            child = child || p.role == PersonRole::Enfant;
            std::optional<int> age;
            bool ageLooked = false;
            for (const ScaleRule& rule : c.customScale) {
                if (!rule.roles.isEmpty() && !rule.roles.contains(p.role))
                    continue;
                if (rule.ageBelow || rule.ageAtLeast) {
                    if (!ageLooked) {
                        age = HouseholdScales::ageAt(p.dateNaissance, m_m.dateReference);
                        ageLooked = true;
                    }
                    if (!age) {
                        missing << HouseholdScales::tr("birth date of personnes[%1]").arg(i);
                        break;
                    }
                    if ((rule.ageBelow && *age >= *rule.ageBelow) || (rule.ageAtLeast && *age < *rule.ageAtLeast))
                        continue;
                }
                total += rule.hundredths;
                break;
            }
        }
        if (!missing.isEmpty())
            return Fig::lacking(missing);
        if (!conjoint && child)
            total += c.singleParentBonus;
        if (total <= 0)
            return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition"))});
        Fig f;
        f.known = true;
        f.value = Ratio::of(total, 100);
        if (m_texts) {
            f.shown = HouseholdScales::formatHundredths(total);
            f.text = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 parts (scale of the règlement)")).arg(f.shown);
        }
        return f;
    }

    const Fig& rav(int index)
    {
        std::optional<Fig>& cache = m_rav[std::size_t(index)];
        if (cache)
            return *cache;
        const RavDefinition& c = m_d.calculs[std::size_t(index)];
        QStringList missing;
        const Fig res = resources(c.resources);
        missing << res.missing;
        Fig chg;
        if (c.deductCharges) {
            chg = charges(c.charges);
            missing << chg.missing;
        } else {
            chg.known = true;
        }
        const Fig div = divisor(c);
        missing << div.missing;
        if (!missing.isEmpty()) {
            cache = Fig::lacking(missing);
            return *cache;
        }
        // (R − C) ÷ D [÷ 30]
        const Ratio net =
            Ratio::of(res.value.num * chg.value.den - chg.value.num * res.value.den, res.value.den * chg.value.den);
        Ratio value = Ratio::of(net.num * div.value.den, net.den * div.value.num * (c.perDay ? 30 : 1));
        QString roundingNote;
        if (c.rounding != RoundingMode::None) {
            const bool euro = c.roundingUnitCents == 100;
            const Ratio inUnits = Ratio::of(value.num, value.den * c.roundingUnitCents);
            const Int128 n = c.rounding == RoundingMode::Down
                                 ? inUnits.floor()
                                 : (c.rounding == RoundingMode::Up ? inUnits.ceil() : inUnits.nearest());
            value = Ratio::of(n * c.roundingUnitCents);
            if (m_texts)
                roundingNote = c.rounding == RoundingMode::Down
                                   ? (euro ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", ", rounded down to the euro"))
                                           : ttr(QT_TRANSLATE_NOOP("ccas::Engine", ", rounded down to the cent")))
                               : c.rounding == RoundingMode::Up
                                   ? (euro ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", ", rounded up to the euro"))
                                           : ttr(QT_TRANSLATE_NOOP("ccas::Engine", ", rounded up to the cent")))
                                   : (euro ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", ", rounded to the nearest euro"))
                                           : ttr(QT_TRANSLATE_NOOP("ccas::Engine", ", rounded to the nearest cent")));
        }
        Fig f;
        f.known = true;
        f.value = value;
        if (!m_texts) {
            cache = f;
            return *cache;
        }
        f.shown = money(value);
        QString expr =
            c.deductCharges
                ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "(resources %1 − charges %2)")).arg(res.shown, chg.shown)
                : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "resources %1")).arg(res.shown);
        if (c.divisor != DivisorKind::None)
            expr = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 ÷ %2")).arg(expr, div.text);
        if (c.perDay)
            expr = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 ÷ 30 days")).arg(expr);
        f.text = QStringLiteral("%1 %2%3").arg(expr, equalsMoney(value), roundingNote);
        f.sources = res.sources;
        addUnique(f.sources, chg.sources);
        addUnique(f.sources, div.sources);
        cache = f;
        return *cache;
    }

    // --- the variables of criteria and barèmes ----------------------------------------------------
    // The figures that do not depend on a selection are computed once per household.
    Fig variable(const VariableRef& v)
    {
        std::optional<Fig>* cache = nullptr;
        switch (v.variable) {
        case Variable::QfCaf:
            cache = &m_qfCaf;
            break;
        case Variable::QfFiscal:
            cache = &m_qfFiscal[v.monthly ? 1 : 0];
            break;
        case Variable::RfrUc:
            cache = &m_rfrUc[v.scale == UcScale::Oecd ? 0 : 1];
            break;
        default:
            return computeVariable(v);
        }
        if (!*cache)
            *cache = computeVariable(v);
        return **cache;
    }

    Fig computeVariable(const VariableRef& v)
    {
        switch (v.variable) {
        case Variable::QfCaf: {
            if (!m_m.quotientFamilialCaf)
                return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "CAF family quotient"))});
            const CafQuotient& q = *m_m.quotientFamilialCaf;
            Fig f;
            f.known = true;
            f.value = Ratio::of(Int128(q.valeur) * 100);
            if (m_texts) {
                f.shown = money(Int128(q.valeur) * 100);
                f.text = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 (%2, %3)"))
                             .arg(f.shown, q.fournisseur,
                                  QStringLiteral("%1/%2").arg(q.mois, 2, 10, QLatin1Char('0')).arg(q.annee));
                f.sources << sourceOf(q.source);
            }
            return f;
        }
        case Variable::QfFiscal: {
            const Fig parts = fiscalParts();
            if (!parts.known)
                return parts;
            const FiscalData& t = *m_m.fiscal;
            Fig f;
            f.known = true;
            f.value = Ratio::of(Int128(t.rfrEuros) * 100 * 4, Int128(t.partsQuarters) * (v.monthly ? 12 : 1));
            if (m_texts) {
                f.shown = money(f.value);
                f.text =
                    v.monthly
                        ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR %1 (income %2) ÷ %3 ÷ 12 months %4 per month"))
                              .arg(money(Int128(t.rfrEuros) * 100))
                              .arg(t.anneeRevenus)
                              .arg(parts.text, equalsMoney(f.value))
                        : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR %1 (income %2) ÷ %3 %4 per year"))
                              .arg(money(Int128(t.rfrEuros) * 100))
                              .arg(t.anneeRevenus)
                              .arg(parts.text, equalsMoney(f.value));
                f.sources = parts.sources;
            }
            return f;
        }
        case Variable::RfrUc: {
            QStringList missing;
            if (!m_m.fiscal)
                missing << ttr(QT_TRANSLATE_NOOP("ccas::Engine", "tax data (RFR and number of parts)"));
            const Fig& u = uc(v.scale);
            missing << u.missing;
            if (!missing.isEmpty())
                return Fig::lacking(missing);
            const FiscalData& t = *m_m.fiscal;
            Fig f;
            f.known = true;
            f.value = Ratio::of(Int128(t.rfrEuros) * 100 * u.value.den, u.value.num);
            if (m_texts) {
                f.shown = money(f.value);
                f.text = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR %1 (income %2) ÷ %3 %4"))
                             .arg(money(Int128(t.rfrEuros) * 100))
                             .arg(t.anneeRevenus)
                             .arg(u.text, equalsMoney(f.value));
                f.sources << sourceOf(t.source);
            }
            return f;
        }
        case Variable::Uc:
            return uc(v.scale);
        case Variable::ResteAVivre:
            return rav(v.calcul);
        case Variable::Ressources:
            return resources(v.resources);
        case Variable::NombrePersonnes:
            return v.role ? personsOfRole(*v.role) : persons();
        case Variable::MontantDemande: {
            if (!m_m.demande.montantCents)
                return Fig::lacking({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "amount requested"))});
            Fig f;
            f.known = true;
            f.value = Ratio::of(*m_m.demande.montantCents);
            if (m_texts) {
                f.shown = money(Int128(*m_m.demande.montantCents));
                f.text = f.shown;
            }
            return f;
        }
        }
        return Fig::lacking({});
    }

    static QString variableLabel(const VariableRef& v, const Reglement::Data& d)
    {
        switch (v.variable) {
        case Variable::QfCaf:
            return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "CAF family quotient"));
        case Variable::QfFiscal:
            return v.monthly ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Fiscal quotient (RFR per part, per month)"))
                             : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Fiscal quotient (RFR per part, per year)"));
        case Variable::RfrUc:
            return v.scale == UcScale::Oecd
                       ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per consumption unit (OECD scale)"))
                       : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per consumption unit (chèque énergie scale)"));
        case Variable::Uc:
            return v.scale == UcScale::Oecd
                       ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Consumption units (OECD scale)"))
                       : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Consumption units (chèque énergie scale)"));
        case Variable::ResteAVivre: {
            const RavDefinition& c = d.calculs[std::size_t(v.calcul)];
            return c.label.isEmpty() ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Reste à vivre (%1)")).arg(c.name)
                                     : c.label;
        }
        case Variable::Ressources:
            return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Monthly resources"));
        case Variable::NombrePersonnes:
            return v.role ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Number of persons (%1)"))
                                .arg(MenageJson::roleKey(*v.role))
                          : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Number of persons"));
        case Variable::MontantDemande:
            break;
        }
        return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Amount requested"));
    }

    const Reglement::Data& data() const { return m_d; }

private:
    const Reglement::Data& m_d;
    const Menage& m_m;
    bool m_texts = true;
    std::optional<Fig> m_persons;
    std::optional<Fig> m_ucOecd;
    std::optional<Fig> m_ucCe;
    std::optional<Fig> m_cafParts;
    std::optional<Fig> m_qfCaf;
    std::optional<Fig> m_qfFiscal[2];
    std::optional<Fig> m_rfrUc[2];
    std::vector<std::optional<Fig>> m_rav;
    std::vector<std::pair<FigureSource, QString>> m_sourceTexts;
    std::vector<std::pair<const LineSelection*, Fig>> m_resources;
    std::vector<std::pair<const LineSelection*, Fig>> m_charges;
};

QString benefitLabel(Benefit b)
{
    switch (b) {
    case Benefit::RSA:
        return QStringLiteral("RSA");
    case Benefit::C2S:
        return QStringLiteral("C2S");
    case Benefit::AAH:
        return QStringLiteral("AAH");
    case Benefit::ASF:
        return QStringLiteral("ASF");
    case Benefit::PrimeActivite:
        break;
    }
    return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "prime d'activité"));
}

QString stateSuffix(State s)
{
    switch (s) {
    case State::Met:
        return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "met"));
    case State::NotMet:
        return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "not met"));
    case State::Missing:
        return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "cannot be decided"));
    case State::Info:
        break;
    }
    return QString();
}

// Evaluates one aid.
class AidEvaluator
{
public:
    AidEvaluator(Context& ctx, const ReglementAid& aid, AidResult& out)
        : m_ctx(ctx)
        , m_aid(aid)
        , m_out(out)
        , m_texts(ctx.texts())
    {}

    void line(State state, const QString& criterion, const QString& text, const QStringList& sources, int depth)
    {
        if (m_out.lines.isEmpty())
            m_out.lines.reserve(8);
        ExplanationLine l;
        l.state = state;
        l.criterion = criterion;
        l.text = text;
        l.sources = sources;
        l.depth = depth;
        m_out.lines << l;
    }

    void missing(const QStringList& names) { addUnique(m_missing, names); }

    // A comparison of a figure with a threshold; the line reads "<figure>, condition < threshold: met".
    State compare(const QString& label, const Fig& f, CompareOp op, const QString& threshold, int cmp, int depth)
    {
        if (!f.known) {
            missing(f.missing);
            if (m_texts)
                line(State::Missing, label,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "missing: %1; condition %2 %3: cannot be decided"))
                         .arg(f.missing.join(QStringLiteral(", ")), opSymbol(op), threshold),
                     {}, depth);
            return State::Missing;
        }
        const State s = holds(op, cmp) ? State::Met : State::NotMet;
        if (m_texts)
            line(s, label,
                 ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1; condition %2 %3: %4"))
                     .arg(f.text, opSymbol(op), threshold, stateSuffix(s)),
                 f.sources, depth);
        return s;
    }

    State condition(const Condition& c, int depth, bool topLevel)
    {
        const Menage& m = m_ctx.menage();
        switch (c.kind) {
        case Condition::Kind::All:
        case Condition::Kind::Any:
        case Condition::Kind::Not: {
            // The top-level « tous » lists its criteria directly; nested groups get a line of their own.
            const bool own = !(topLevel && c.kind == Condition::Kind::All && c.label.isEmpty());
            const int at = m_out.lines.size();
            if (own) {
                if (m_texts)
                    line(State::Info, QString(), QString(), {}, depth);
            }
            const int childDepth = own ? depth + 1 : depth;
            State s;
            if (c.kind == Condition::Kind::Not) {
                const State child = condition(c.children.front(), childDepth, false);
                s = child == State::Met ? State::NotMet : (child == State::NotMet ? State::Met : State::Missing);
            } else if (c.kind == Condition::Kind::All) {
                s = State::Met;
                for (const Condition& child : c.children)
                    s = combine(s, condition(child, childDepth, false));
            } else {
                bool anyMet = false;
                bool anyMissing = false;
                for (const Condition& child : c.children) {
                    const State cs = condition(child, childDepth, false);
                    anyMet = anyMet || cs == State::Met;
                    anyMissing = anyMissing || cs == State::Missing;
                }
                s = anyMet ? State::Met : (anyMissing ? State::Missing : State::NotMet);
            }
            if (own && m_texts) {
                ExplanationLine& l = m_out.lines[at];
                l.state = s;
                l.criterion = !c.label.isEmpty() ? c.label
                              : c.kind == Condition::Kind::All
                                  ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "All of the following"))
                              : c.kind == Condition::Kind::Any
                                  ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "At least one of the following"))
                                  : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "The following must not hold"));
                l.text = stateSuffix(s);
            }
            return s;
        }
        case Condition::Kind::Compare: {
            const Fig f = m_ctx.variable(c.var);
            const int cmp = f.known ? Ratio::compare(f.value, c.threshold) : 0;
            if (!m_texts)
                return compare(QString(), f, c.op, QString(), cmp, depth);
            const QString label = c.label.isEmpty() ? Context::variableLabel(c.var, m_ctx.data()) : c.label;
            return compare(label, f, c.op, showValue(c.var.variable, c.threshold), cmp, depth);
        }
        case Condition::Kind::ResourceCeiling: {
            const QString label = c.label.isEmpty()
                                      ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Resource ceiling by household size"))
                                      : c.label;
            const Fig& n = m_ctx.persons();
            const Fig res = m_ctx.resources(c.var.resources);
            QStringList lacking = n.missing + res.missing;
            if (!lacking.isEmpty()) {
                missing(lacking);
                if (m_texts)
                    line(State::Missing, label,
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine", "missing: %1; cannot be decided"))
                             .arg(lacking.join(QStringLiteral(", "))),
                         {}, depth);
                return State::Missing;
            }
            const int size = int(m.personnes.size());
            qint64 ceiling = 0;
            if (size <= c.ceilingsCents.size())
                ceiling = c.ceilingsCents[size - 1];
            else
                ceiling =
                    c.ceilingsCents.last() + qint64(size - c.ceilingsCents.size()) * c.extraPersonCents.value_or(0);
            const State s = holds(c.op, Ratio::compare(res.value, Ratio::of(ceiling))) ? State::Met : State::NotMet;
            if (m_texts)
                line(s, label,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "monthly resources %1 for %2; condition %3 %4: %5"))
                         .arg(res.shown, n.text, opSymbol(c.op), money(Int128(ceiling)), stateSuffix(s)),
                     res.sources, depth);
            return s;
        }
        case Condition::Kind::Status: {
            const QString name = benefitLabel(c.benefit);
            const QString label =
                c.label.isEmpty() ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 status")).arg(name) : c.label;
            const QString wanted = c.expected ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "beneficiary"))
                                              : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "not a beneficiary"));
            const auto it = m.statuts.find(c.benefit);
            if (it == m.statuts.end()) {
                missing({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 status")).arg(name)});
                if (m_texts)
                    line(State::Missing, label,
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 status unknown; required: %2")).arg(name, wanted),
                         {}, depth);
                return State::Missing;
            }
            const State s = it->second.value == c.expected ? State::Met : State::NotMet;
            if (m_texts)
                line(s, label,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1; required: %2: %3"))
                         .arg(it->second.value ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "beneficiary"))
                                               : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "not a beneficiary")),
                              wanted, stateSuffix(s)),
                     {m_ctx.sourceOf(it->second.source)}, depth);
            return s;
        }
        case Condition::Kind::Commune: {
            const QString label =
                c.label.isEmpty() ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Residence commune")) : c.label;
            const QString list = m_texts ? c.communes.join(QStringLiteral(", ")) : QString();
            if (m.communeResidence.isEmpty()) {
                missing({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "residence commune"))});
                if (m_texts)
                    line(State::Missing, label,
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine", "residence commune unknown; required: %1")).arg(list),
                         {}, depth);
                return State::Missing;
            }
            const State s = c.communes.contains(m.communeResidence) ? State::Met : State::NotMet;
            if (m_texts)
                line(s, label,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "commune %1; required: %2: %3"))
                         .arg(m.communeResidence, list, stateSuffix(s)),
                     {}, depth);
            return s;
        }
        case Condition::Kind::Age:
            return age(c, depth);
        case Condition::Kind::Nature: {
            const QString label =
                c.label.isEmpty() ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Nature of the request")) : c.label;
            return nature(label, c.natures, depth);
        }
        }
        return State::Missing;
    }

    State nature(const QString& label, const QStringList& natures, int depth)
    {
        const QString wanted = m_texts ? natures.join(QStringLiteral(", ")) : QString();
        const QString n = m_ctx.menage().demande.nature;
        if (n.isEmpty()) {
            missing({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "nature of the request"))});
            if (m_texts)
                line(State::Missing, label,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "nature of the request unknown; accepted: %1")).arg(wanted),
                     {}, depth);
            return State::Missing;
        }
        const State s = natures.contains(n) ? State::Met : State::NotMet;
        if (m_texts)
            line(s, label,
                 ttr(QT_TRANSLATE_NOOP("ccas::Engine", "request « %1 »; accepted: %2: %3"))
                     .arg(n, wanted, stateSuffix(s)),
                 {}, depth);
        return s;
    }

    State age(const Condition& c, int depth)
    {
        const Menage& m = m_ctx.menage();
        const QString threshold =
            m_texts ? ttrn(QT_TRANSLATE_N_NOOP("ccas::Engine", "%n year(s)"), int(c.threshold.num)) : QString();
        const QString who = c.who == Condition::Who::Demandeur ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "the demandeur"))
                            : c.who == Condition::Who::Conjoint
                                ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "the conjoint"))
                                : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "a member of the household"));
        const QString label =
            c.label.isEmpty() ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Age of %1")).arg(who) : c.label;
        if (m.personnes.isEmpty()) {
            missing({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition"))});
            if (m_texts)
                line(State::Missing, label, ttr(QT_TRANSLATE_NOOP("ccas::Engine", "household composition unknown")), {},
                     depth);
            return State::Missing;
        }
        bool anyUnknown = false;
        bool anyMet = false;
        bool anyPerson = false;
        QString shown;
        for (int i = 0; i < m.personnes.size(); ++i) {
            const MenagePerson& p = m.personnes[i];
            if ((c.who == Condition::Who::Demandeur && p.role != PersonRole::Demandeur) ||
                (c.who == Condition::Who::Conjoint && p.role != PersonRole::Conjoint))
                continue;
            anyPerson = true;
            const auto a = HouseholdScales::ageAt(p.dateNaissance, m.dateReference);
            if (!a) {
                anyUnknown = true;
                missing({c.who == Condition::Who::AnyPerson
                             ? HouseholdScales::tr("birth date of personnes[%1]").arg(i)
                             : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "birth date of %1")).arg(who)});
                continue;
            }
            const bool ok = holds(c.op, Ratio::compare(Ratio::of(*a), c.threshold));
            if (m_texts && ((ok && !anyMet) || shown.isEmpty()))
                shown = ttrn(QT_TRANSLATE_N_NOOP("ccas::Engine", "%n year(s)"), *a);
            anyMet = anyMet || ok;
        }
        if (!anyPerson) {
            if (m_texts)
                line(State::NotMet, label,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "no such person in the household: not met")), {}, depth);
            return State::NotMet;
        }
        const State s = anyMet ? State::Met : (anyUnknown ? State::Missing : State::NotMet);
        if (s == State::Missing) {
            if (m_texts)
                line(s, label,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "birth date unknown; condition %1 %2: cannot be decided"))
                         .arg(opSymbol(c.op), threshold),
                     {}, depth);
        } else {
            if (m_texts)
                line(s, label,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1; condition %2 %3: %4"))
                         .arg(shown, opSymbol(c.op), threshold, stateSuffix(s)),
                     {}, depth);
        }
        return s;
    }

    // --- amounts -------------------------------------------------------------------------------------
    struct Amount
    {
        State state = State::Met; // NotMet: no band / no case / nothing; Missing: a figure is lacking
        qint64 cents = 0;
    };

    static QString bandText(const std::vector<AmountNode::Band>& bands, std::size_t i, Variable v)
    {
        const AmountNode::Band& b = bands[i];
        QString lower;
        if (i > 0 && bands[i - 1].upTo)
            lower = (bands[i - 1].inclusive ? QStringLiteral("> ") : QStringLiteral("≥ ")) +
                    showValue(v, *bands[i - 1].upTo);
        QString upper;
        if (b.upTo)
            upper = (b.inclusive ? QStringLiteral("≤ ") : QStringLiteral("< ")) + showValue(v, *b.upTo);
        if (lower.isEmpty())
            return upper;
        if (upper.isEmpty())
            return lower;
        return ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 and %2")).arg(lower, upper);
    }

    Amount amount(const AmountNode& node, bool ceiling, const QString& criterion)
    {
        switch (node.kind) {
        case AmountNode::Kind::Fixed:
            if (!ceiling) {
                if (m_texts)
                    line(State::Info, criterion,
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine", "fixed amount %1")).arg(money(Int128(node.cents))), {},
                         0);
            }
            return {State::Met, node.cents};
        case AmountNode::Kind::PercentOfRequest: {
            const auto& req = m_ctx.menage().demande.montantCents;
            const QString pct =
                m_texts ? HouseholdScales::formatHundredths(node.percentBp) + QStringLiteral("\u00a0%") : QString();
            if (!req) {
                missing({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "amount requested"))});
                if (m_texts)
                    line(
                        State::Missing, criterion,
                        ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 of the amount requested, which is unknown")).arg(pct),
                        {}, 0);
                return {State::Missing, 0};
            }
            const qint64 cents = qint64(Ratio::floorDiv(Int128(*req) * node.percentBp, 10000));
            if (m_texts)
                line(State::Info, criterion,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine",
                                           "%1 of the amount requested %2 = %3 (rounded down to the cent)"))
                         .arg(pct, money(Int128(*req)), money(Int128(cents))),
                     {}, 0);
            return {State::Met, cents};
        }
        case AmountNode::Kind::Bands: {
            const Fig f = m_ctx.variable(node.var);
            const QString label = m_texts ? Context::variableLabel(node.var, m_ctx.data()) : QString();
            if (!f.known) {
                missing(f.missing);
                if (m_texts)
                    line(State::Missing, criterion,
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine", "barème on %1: missing %2"))
                             .arg(label, f.missing.join(QStringLiteral(", "))),
                         {}, 0);
                return {State::Missing, 0};
            }
            for (std::size_t i = 0; i < node.bands.size(); ++i) {
                const AmountNode::Band& b = node.bands[i];
                if (b.upTo) {
                    const int cmp = Ratio::compare(f.value, *b.upTo);
                    if (cmp > 0 || (cmp == 0 && !b.inclusive))
                        continue;
                }
                const QString band = m_texts ? bandText(node.bands, i, node.var.variable) : QString();
                if (m_texts)
                    line(State::Info, criterion,
                         b.label.isEmpty()
                             ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1: %2 → band %3")).arg(label, f.text, band)
                             : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1: %2 → band %3 (%4)"))
                                   .arg(label, f.text, band, b.label),
                         f.sources, 0);
                return amount(*b.value, ceiling, criterion);
            }
            if (m_texts)
                line(State::NotMet, criterion,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1: %2 is beyond the last band of the barème: not met"))
                         .arg(label, f.text),
                     f.sources, 0);
            return {State::NotMet, 0};
        }
        case AmountNode::Kind::ByNature: {
            const QString n = m_ctx.menage().demande.nature;
            if (n.isEmpty()) {
                missing({ttr(QT_TRANSLATE_NOOP("ccas::Engine", "nature of the request"))});
                if (m_texts)
                    line(State::Missing, criterion,
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine",
                                               "the amount depends on the nature of the request, unknown")),
                         {}, 0);
                return {State::Missing, 0};
            }
            for (const AmountNode::Case& kase : node.cases) {
                if (!kase.natures.contains(n))
                    continue;
                if (m_texts)
                    line(State::Info, criterion,
                         kase.label.isEmpty()
                             ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "request « %1 »")).arg(n)
                             : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "request « %1 »: %2")).arg(n, kase.label),
                         {}, 0);
                return amount(*kase.value, ceiling, criterion);
            }
            if (node.otherwise) {
                if (m_texts)
                    line(State::Info, criterion,
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine", "request « %1 »: other natures")).arg(n), {}, 0);
                return amount(*node.otherwise, ceiling, criterion);
            }
            if (m_texts)
                line(State::NotMet, criterion,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "the barème has no amount for a request « %1 »: not met"))
                         .arg(n),
                     {}, 0);
            return {State::NotMet, 0};
        }
        }
        return {State::Missing, 0};
    }

    void run()
    {
        const Menage& m = m_ctx.menage();
        m_out.code = m_aid.code;
        m_out.label = m_aid.label;
        m_out.justificatifs = m_aid.justificatifs;
        State s = State::Met;
        if (!m_aid.natures.isEmpty())
            s = combine(s, nature(ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Nature of the request")), m_aid.natures, 0));
        if (m_aid.conditions)
            s = combine(s, condition(*m_aid.conditions, 0, true));
        // Waiting period: an aid of the same code within N months before the reference date.
        if (m_aid.cooldownMonths > 0) {
            const QDate from = m.dateReference.addMonths(-m_aid.cooldownMonths);
            QDate last;
            for (const AideRecue& r : m.aidesRecues) {
                if (r.aide == m_aid.code && r.date > from && r.date <= m.dateReference &&
                    (!last.isValid() || r.date > last))
                    last = r.date;
            }
            const QString label = m_texts ? ttrn(QT_TRANSLATE_N_NOOP("ccas::Engine", "Waiting period (%n month(s))"),
                                                 m_aid.cooldownMonths)
                                          : QString();
            if (last.isValid()) {
                if (m_texts)
                    line(
                        State::NotMet, label,
                        ttr(QT_TRANSLATE_NOOP("ccas::Engine", "aid %1 received on %2: possible again from %3: not met"))
                            .arg(m_aid.code, date(last), date(last.addMonths(m_aid.cooldownMonths))),
                        {}, 0);
                s = combine(s, State::NotMet);
            } else {
                if (m_texts)
                    line(State::Met, label,
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine", "no aid %1 since %2: met"))
                             .arg(m_aid.code, date(from.addDays(1))),
                         {}, 0);
            }
        }
        qint64 cents = 0;
        if (s != State::NotMet && m_aid.amount) {
            const QString label = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Amount"));
            const Amount a = amount(*m_aid.amount, false, label);
            s = combine(s, a.state);
            cents = a.cents;
            if (a.state == State::Met && m_aid.perRequestCents && cents > *m_aid.perRequestCents) {
                if (m_texts)
                    line(State::Info, ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Ceiling per request")),
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 capped at %2"))
                             .arg(money(Int128(cents)), money(Int128(*m_aid.perRequestCents))),
                         {}, 0);
                cents = *m_aid.perRequestCents;
            }
            if (a.state == State::Met && m_aid.annual)
                s = combine(s, annual(cents));
        }
        if (s == State::Met && m_aid.amount && cents == 0) {
            if (m_texts)
                line(State::NotMet, ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Amount")),
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "the barème gives %1: no aid")).arg(money(Int128(0))), {},
                     0);
            s = State::NotMet;
        }
        if (s == State::Met) {
            m_out.verdict = Verdict::Eligible;
            m_out.amountCents = cents;
            if (m_aid.amount) {
                if (m_texts)
                    line(State::Info, ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Proposed amount")), money(Int128(cents)),
                         {}, 0);
            } else {
                if (m_texts)
                    line(State::Info, ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Proposed amount")),
                         ttr(QT_TRANSLATE_NOOP("ccas::Engine", "aid in kind, no amount")), {}, 0);
            }
        } else if (s == State::NotMet) {
            m_out.verdict = Verdict::NotEligible;
        } else {
            m_out.verdict = Verdict::Incomplete;
            m_out.missing = m_missing;
        }
    }

    // Applies the annual ceiling to `cents`; NotMet when nothing is left.
    State annual(qint64& cents)
    {
        const AnnualCeiling& ac = *m_aid.annual;
        const Menage& m = m_ctx.menage();
        const QString criterion = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Annual ceiling"));
        const Amount ceiling = amount(*ac.amount, true, criterion);
        if (ceiling.state != State::Met)
            return ceiling.state;
        const QDate from = ac.rolling ? m.dateReference.addMonths(-12).addDays(1) : QDate(m.dateReference.year(), 1, 1);
        qint64 received = 0;
        for (const AideRecue& r : m.aidesRecues) {
            if (ac.codes.contains(r.aide) && r.date >= from && r.date <= m.dateReference)
                received += r.cents;
        }
        const qint64 left = std::max<qint64>(0, ceiling.cents - received);
        if (!m_texts) {
            if (left == 0)
                return State::NotMet;
            cents = std::min(cents, left);
            return State::Met;
        }
        const QString period =
            ac.rolling ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "12 months from %1 to %2"))
                             .arg(date(from), date(m.dateReference))
                       : ttr(QT_TRANSLATE_NOOP("ccas::Engine", "calendar year %1")).arg(m.dateReference.year());
        if (left == 0) {
            if (m_texts)
                line(State::NotMet, criterion,
                     ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 (%2): already received %3, nothing left: not met"))
                         .arg(money(Int128(ceiling.cents)), period, money(Int128(received))),
                     {}, 0);
            return State::NotMet;
        }
        QString text = ttr(QT_TRANSLATE_NOOP("ccas::Engine", "%1 (%2): already received %3, %4 left"))
                           .arg(money(Int128(ceiling.cents)), period, money(Int128(received)), money(Int128(left)));
        if (cents > left) {
            text += ttr(QT_TRANSLATE_NOOP("ccas::Engine", "; %1 capped at %2"))
                        .arg(money(Int128(cents)), money(Int128(left)));
            cents = left;
        }
        if (m_texts)
            line(State::Info, criterion, text, {}, 0);
        return State::Met;
    }

private:
    Context& m_ctx;
    const ReglementAid& m_aid;
    AidResult& m_out;
    bool m_texts = true;
    QStringList m_missing;
};

void addFigure(Evaluation& e, const QString& key, const QString& label, const Fig& f)
{
    if (!f.known)
        return;
    e.figures << HouseholdFigure{key, label, f.shown, f.sources};
}

void addFigures(Evaluation& e, Context& ctx, const Reglement::Data& d)
{
    const Menage& m = ctx.menage();
    addFigure(e, QStringLiteral("personnes"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Persons in the household")),
              ctx.persons());
    addFigure(e, QStringLiteral("uc_oecd"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Consumption units (OECD scale)")),
              ctx.uc(UcScale::Oecd));
    addFigure(e, QStringLiteral("uc_cheque_energie"),
              ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Consumption units (chèque énergie scale)")),
              ctx.uc(UcScale::ChequeEnergie));
    addFigure(e, QStringLiteral("parts_caf"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "CAF parts")), ctx.cafParts());
    VariableRef v;
    v.variable = Variable::QfCaf;
    addFigure(e, QStringLiteral("qf_caf"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "CAF family quotient")),
              ctx.variable(v));
    if (m.fiscal) {
        Fig rfr;
        rfr.known = true;
        rfr.shown = money(Int128(m.fiscal->rfrEuros) * 100);
        rfr.sources << ctx.sourceOf(m.fiscal->source);
        addFigure(e, QStringLiteral("rfr"),
                  ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Revenu fiscal de référence (income %1)"))
                      .arg(m.fiscal->anneeRevenus),
                  rfr);
    }
    addFigure(e, QStringLiteral("parts_fiscales"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Fiscal parts")),
              ctx.fiscalParts());
    v.variable = Variable::QfFiscal;
    addFigure(e, QStringLiteral("rfr_par_part"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per part, per year")),
              ctx.variable(v));
    v.monthly = true;
    addFigure(e, QStringLiteral("rfr_par_part_mois"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per part, per month")),
              ctx.variable(v));
    v.variable = Variable::RfrUc;
    v.scale = UcScale::Oecd;
    addFigure(e, QStringLiteral("rfr_uc_oecd"),
              ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per consumption unit (OECD scale)")), ctx.variable(v));
    v.scale = UcScale::ChequeEnergie;
    addFigure(e, QStringLiteral("rfr_uc_cheque_energie"),
              ttr(QT_TRANSLATE_NOOP("ccas::Engine", "RFR per consumption unit (chèque énergie scale)")),
              ctx.variable(v));
    addFigure(e, QStringLiteral("ressources_mensuelles"),
              ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Monthly resources (all)")), ctx.resources(kAll));
    addFigure(e, QStringLiteral("charges_mensuelles"), ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Monthly charges (all)")),
              ctx.charges(kAll));
    for (std::size_t i = 0; i < d.calculs.size(); ++i) {
        const RavDefinition& c = d.calculs[i];
        Fig f = ctx.rav(int(i));
        if (f.known)
            f.shown = f.text;
        addFigure(
            e, QStringLiteral("reste_a_vivre.") + c.name,
            c.label.isEmpty() ? ttr(QT_TRANSLATE_NOOP("ccas::Engine", "Reste à vivre (%1)")).arg(c.name) : c.label, f);
    }
}

QString stateKey(State s)
{
    switch (s) {
    case State::Met:
        return QStringLiteral("remplie");
    case State::NotMet:
        return QStringLiteral("non_remplie");
    case State::Missing:
        return QStringLiteral("manquant");
    case State::Info:
        break;
    }
    return QStringLiteral("info");
}

} // namespace

Evaluation Engine::evaluate(const Reglement& reglement, const Menage& menage)
{
    return evaluate(reglement, menage, {});
}

Evaluation Engine::evaluate(const Reglement& reglement, const Menage& menage, const QStringList& aidCodes)
{
    const Reglement::Data& d = reglement.data();
    Evaluation e;
    e.ccas = d.ccas;
    e.reglementTitle = d.title;
    e.reglementVersion = d.version;
    e.dateReference = menage.dateReference;
    checkTranslations();
    Context ctx(d, menage, true);
    e.aids.reserve(qsizetype(d.aids.size()));
    for (const ReglementAid& aid : d.aids) {
        if (!aidCodes.isEmpty() && !aidCodes.contains(aid.code))
            continue;
        AidResult result;
        AidEvaluator(ctx, aid, result).run();
        e.aids << result;
    }
    addFigures(e, ctx, d);
    return e;
}

QList<AidResult> Engine::decide(const Reglement& reglement, const Menage& menage)
{
    const Reglement::Data& d = reglement.data();
    checkTranslations();
    Context ctx(d, menage, false);
    QList<AidResult> out;
    out.reserve(qsizetype(d.aids.size()));
    for (const ReglementAid& aid : d.aids) {
        AidResult result;
        AidEvaluator(ctx, aid, result).run();
        out << result;
    }
    return out;
}

QJsonObject Engine::toJson(const Evaluation& e)
{
    const auto strings = [](const QStringList& l) { return QJsonArray::fromStringList(l); };
    QJsonArray figures;
    for (const HouseholdFigure& f : e.figures)
        figures.append(QJsonObject{{QStringLiteral("cle"), f.key},
                                   {QStringLiteral("libelle"), f.label},
                                   {QStringLiteral("valeur"), f.value},
                                   {QStringLiteral("sources"), strings(f.sources)}});
    QJsonArray aids;
    for (const AidResult& a : e.aids) {
        QJsonArray lines;
        for (const ExplanationLine& l : a.lines)
            lines.append(QJsonObject{{QStringLiteral("critere"), l.criterion},
                                     {QStringLiteral("etat"), stateKey(l.state)},
                                     {QStringLiteral("texte"), l.text},
                                     {QStringLiteral("niveau"), l.depth},
                                     {QStringLiteral("sources"), strings(l.sources)}});
        aids.append(QJsonObject{{QStringLiteral("code"), a.code},
                                {QStringLiteral("libelle"), a.label},
                                {QStringLiteral("verdict"), verdictKey(a.verdict)},
                                {QStringLiteral("verdict_libelle"), verdictLabel(a.verdict)},
                                {QStringLiteral("montant_centimes"), double(a.amountCents)},
                                {QStringLiteral("manquant"), strings(a.missing)},
                                {QStringLiteral("explications"), lines},
                                {QStringLiteral("justificatifs"), strings(a.justificatifs)}});
    }
    return QJsonObject{{QStringLiteral("ccas"), e.ccas},
                       {QStringLiteral("reglement"), QJsonObject{{QStringLiteral("titre"), e.reglementTitle},
                                                                 {QStringLiteral("version"), e.reglementVersion}}},
                       {QStringLiteral("date_reference"), e.dateReference.toString(Qt::ISODate)},
                       {QStringLiteral("chiffres"), figures},
                       {QStringLiteral("aides"), aids}};
}

QString Engine::verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Eligible:
        return QStringLiteral("eligible");
    case Verdict::NotEligible:
        return QStringLiteral("non_eligible");
    case Verdict::Incomplete:
        break;
    }
    return QStringLiteral("incomplet");
}

QString Engine::verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::Eligible:
        return tr("Eligible");
    case Verdict::NotEligible:
        return tr("Not eligible");
    case Verdict::Incomplete:
        break;
    }
    return tr("Incomplete: missing data");
}

QString Engine::sourceText(const FigureSource& s)
{
    QStringList parts;
    switch (s.kind) {
    case FigureSource::Kind::Api:
        parts << (s.api.isEmpty() ? tr("API") : s.api);
        break;
    case FigureSource::Kind::Agent:
        parts << tr("typed by the agent");
        break;
    case FigureSource::Kind::Justificatif:
        parts << tr("typed by the agent from a paper proof");
        break;
    }
    if (!s.provider.isEmpty())
        parts << s.provider;
    if (s.year > 0 && s.month > 0)
        parts << tr("month %1").arg(QStringLiteral("%1/%2").arg(s.month, 2, 10, QLatin1Char('0')).arg(s.year));
    else if (s.year > 0)
        parts << tr("income %1").arg(s.year);
    if (!s.requestId.isEmpty())
        parts << tr("request %1").arg(s.requestId);
    if (s.fetchedAt.isValid())
        parts << tr("obtained on %1").arg(date(localDate(s.fetchedAt)));
    return parts.join(QStringLiteral(", "));
}

} // namespace ccas
