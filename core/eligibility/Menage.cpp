#include "eligibility/Menage.h"

#include "eligibility/JsonReader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ccas {

namespace {

const QStringList& sourceKinds()
{
    static const QStringList k = {QStringLiteral("agent"), QStringLiteral("justificatif"), QStringLiteral("api")};
    return k;
}

QString sourceKindKey(FigureSource::Kind k)
{
    switch (k) {
    case FigureSource::Kind::Api:
        return QStringLiteral("api");
    case FigureSource::Kind::Justificatif:
        return QStringLiteral("justificatif");
    case FigureSource::Kind::Agent:
        break;
    }
    return QStringLiteral("agent");
}

FigureSource::Kind sourceKindFromKey(const QString& k)
{
    if (k == QLatin1String("api"))
        return FigureSource::Kind::Api;
    if (k == QLatin1String("justificatif"))
        return FigureSource::Kind::Justificatif;
    return FigureSource::Kind::Agent;
}

QJsonValue amountJson(qint64 cents)
{
    return double(cents) / 100.0;
}

// Reads the household format. Every reader records its errors in `r` and leaves `m` unchanged for a
// field it could not read.
class MenageReader
{
public:
    explicit MenageReader(JsonReader& r)
        : m_r(r)
    {}

    // "source": the figure's provenance; `base` carries the defaults (provider, period of the figure).
    std::optional<FigureSource> source(const QJsonValue& v, const QString& path, FigureSource base)
    {
        if (v.isString()) {
            const auto k = m_r.oneOf(v, path, sourceKinds(), MenageJson::tr("unknown source %1"));
            if (!k)
                return std::nullopt;
            base.kind = sourceKindFromKey(*k);
            return base;
        }
        const auto o = m_r.object(v, path);
        if (!o)
            return std::nullopt;
        m_r.checkKeys(*o, path, {"type", "api", "fournisseur", "annee", "mois", "id_requete", "obtenu_le"});
        bool ok = true;
        if (m_r.require(*o, path, "type")) {
            const auto k = m_r.oneOf(o->value(QLatin1String("type")), JsonReader::key(path, QStringLiteral("type")),
                                     sourceKinds(), MenageJson::tr("unknown source %1"));
            ok = ok && k.has_value();
            if (k)
                base.kind = sourceKindFromKey(*k);
        }
        const auto text = [&](const char* name, QString& into) {
            if (!m_r.has(*o, name))
                return;
            const auto s = m_r.string(o->value(QLatin1String(name)), JsonReader::key(path, QLatin1String(name)));
            ok = ok && s.has_value();
            if (s)
                into = *s;
        };
        text("api", base.api);
        text("fournisseur", base.provider);
        text("id_requete", base.requestId);
        if (m_r.has(*o, "annee")) {
            const auto y = m_r.integer(o->value(QLatin1String("annee")), JsonReader::key(path, QStringLiteral("annee")),
                                       1900, 2200);
            ok = ok && y.has_value();
            if (y)
                base.year = int(*y);
        }
        if (m_r.has(*o, "mois")) {
            const auto mo =
                m_r.integer(o->value(QLatin1String("mois")), JsonReader::key(path, QStringLiteral("mois")), 0, 12);
            ok = ok && mo.has_value();
            if (mo)
                base.month = int(*mo);
        }
        if (m_r.has(*o, "obtenu_le")) {
            const QString p = JsonReader::key(path, QStringLiteral("obtenu_le"));
            const auto s = m_r.string(o->value(QLatin1String("obtenu_le")), p);
            QDateTime dt;
            if (s)
                dt = QDateTime::fromString(*s, Qt::ISODate);
            if (s && !dt.isValid())
                m_r.error(p, MenageJson::tr("invalid date and time %1 (expected 2026-11-27T10:15:00Z)")
                                 .arg(JsonReader::quoted(*s)));
            ok = ok && dt.isValid();
            if (dt.isValid())
                base.fetchedAt = dt.toUTC();
        }
        if (!ok)
            return std::nullopt;
        return base;
    }

    std::optional<QList<MenagePerson>> persons(const QJsonValue& v, const QString& path)
    {
        const auto a = m_r.array(v, path);
        if (!a)
            return std::nullopt;
        const int before = m_r.errors().size();
        QList<MenagePerson> out;
        QStringList roles;
        for (const PersonRole role :
             {PersonRole::Demandeur, PersonRole::Conjoint, PersonRole::Enfant, PersonRole::Autre})
            roles << MenageJson::roleKey(role);
        int demandeurs = 0;
        int conjoints = 0;
        for (int i = 0; i < a->size(); ++i) {
            const QString p = JsonReader::index(path, i);
            const auto o = m_r.object(a->at(i), p);
            if (!o)
                continue;
            m_r.checkKeys(*o, p, {"role", "date_naissance", "residence_alternee"});
            MenagePerson person;
            if (m_r.require(*o, p, "role")) {
                const auto role = m_r.oneOf(o->value(QLatin1String("role")), JsonReader::key(p, QStringLiteral("role")),
                                            roles, MenageJson::tr("unknown role %1"));
                if (role)
                    person.role = *MenageJson::roleFromKey(*role);
            }
            if (m_r.has(*o, "date_naissance") && !o->value(QLatin1String("date_naissance")).isNull()) {
                const auto d = m_r.date(o->value(QLatin1String("date_naissance")),
                                        JsonReader::key(p, QStringLiteral("date_naissance")));
                if (d)
                    person.dateNaissance = *d;
            }
            if (m_r.has(*o, "residence_alternee")) {
                const auto b = m_r.boolean(o->value(QLatin1String("residence_alternee")),
                                           JsonReader::key(p, QStringLiteral("residence_alternee")));
                if (b)
                    person.residenceAlternee = *b;
            }
            demandeurs += person.role == PersonRole::Demandeur ? 1 : 0;
            conjoints += person.role == PersonRole::Conjoint ? 1 : 0;
            out << person;
        }
        if (!a->isEmpty() && demandeurs != 1)
            m_r.error(path,
                      MenageJson::tr("exactly one person must have the role « demandeur » (found %1)").arg(demandeurs));
        if (conjoints > 1)
            m_r.error(path,
                      MenageJson::tr("at most one person may have the role « conjoint » (found %1)").arg(conjoints));
        if (m_r.errors().size() != before)
            return std::nullopt;
        return out;
    }

    std::optional<QList<MenageAmount>> amounts(const QJsonValue& v, const QString& path, const QStringList& types,
                                               const QString& unknownType)
    {
        const auto a = m_r.array(v, path);
        if (!a)
            return std::nullopt;
        const int before = m_r.errors().size();
        QList<MenageAmount> out;
        for (int i = 0; i < a->size(); ++i) {
            const QString p = JsonReader::index(path, i);
            const auto o = m_r.object(a->at(i), p);
            if (!o)
                continue;
            m_r.checkKeys(*o, p, {"type", "montant", "source"});
            MenageAmount line;
            if (m_r.require(*o, p, "type")) {
                const auto t = m_r.oneOf(o->value(QLatin1String("type")), JsonReader::key(p, QStringLiteral("type")),
                                         types, unknownType);
                if (t)
                    line.type = *t;
            }
            if (m_r.require(*o, p, "montant")) {
                const auto c =
                    m_r.cents(o->value(QLatin1String("montant")), JsonReader::key(p, QStringLiteral("montant")), true);
                if (c)
                    line.cents = *c;
            }
            if (m_r.has(*o, "source")) {
                const auto s =
                    source(o->value(QLatin1String("source")), JsonReader::key(p, QStringLiteral("source")), {});
                if (s)
                    line.source = *s;
            }
            out << line;
        }
        if (m_r.errors().size() != before)
            return std::nullopt;
        return out;
    }

    std::optional<CafQuotient> quotient(const QJsonValue& v, const QString& path)
    {
        const auto o = m_r.object(v, path);
        if (!o)
            return std::nullopt;
        const int before = m_r.errors().size();
        m_r.checkKeys(*o, path, {"valeur", "fournisseur", "annee", "mois", "source"});
        CafQuotient qf;
        if (m_r.require(*o, path, "valeur")) {
            const auto n = m_r.integer(o->value(QLatin1String("valeur")),
                                       JsonReader::key(path, QStringLiteral("valeur")), 0, 1'000'000);
            if (n)
                qf.valeur = int(*n);
        }
        if (m_r.require(*o, path, "fournisseur")) {
            const auto f =
                m_r.oneOf(o->value(QLatin1String("fournisseur")), JsonReader::key(path, QStringLiteral("fournisseur")),
                          {QStringLiteral("CNAF"), QStringLiteral("MSA")}, MenageJson::tr("unknown provider %1"));
            if (f)
                qf.fournisseur = *f;
        }
        if (m_r.require(*o, path, "annee")) {
            const auto y = m_r.integer(o->value(QLatin1String("annee")), JsonReader::key(path, QStringLiteral("annee")),
                                       1900, 2200);
            if (y)
                qf.annee = int(*y);
        }
        if (m_r.require(*o, path, "mois")) {
            const auto mo =
                m_r.integer(o->value(QLatin1String("mois")), JsonReader::key(path, QStringLiteral("mois")), 1, 12);
            if (mo)
                qf.mois = int(*mo);
        }
        FigureSource base;
        base.provider = qf.fournisseur;
        base.year = qf.annee;
        base.month = qf.mois;
        qf.source = base;
        if (m_r.has(*o, "source")) {
            const auto s =
                source(o->value(QLatin1String("source")), JsonReader::key(path, QStringLiteral("source")), base);
            if (s)
                qf.source = *s;
        }
        if (m_r.errors().size() != before)
            return std::nullopt;
        return qf;
    }

    std::optional<FiscalData> fiscal(const QJsonValue& v, const QString& path)
    {
        const auto o = m_r.object(v, path);
        if (!o)
            return std::nullopt;
        const int before = m_r.errors().size();
        m_r.checkKeys(*o, path, {"rfr", "nombre_parts", "impot", "annee_revenus", "source"});
        FiscalData f;
        if (m_r.require(*o, path, "rfr")) {
            const auto n = m_r.integer(o->value(QLatin1String("rfr")), JsonReader::key(path, QStringLiteral("rfr")), 0,
                                       qint64(1'000'000'000));
            if (n)
                f.rfrEuros = *n;
        }
        if (m_r.require(*o, path, "nombre_parts")) {
            const auto q = m_r.scaled(o->value(QLatin1String("nombre_parts")),
                                      JsonReader::key(path, QStringLiteral("nombre_parts")), 4, 4, 400);
            if (q)
                f.partsQuarters = int(*q);
        }
        if (m_r.has(*o, "impot") && !o->value(QLatin1String("impot")).isNull()) {
            const auto n = m_r.integer(o->value(QLatin1String("impot")), JsonReader::key(path, QStringLiteral("impot")),
                                       -qint64(1'000'000'000), qint64(1'000'000'000));
            if (n)
                f.impotEuros = *n;
        }
        if (m_r.require(*o, path, "annee_revenus")) {
            const auto y = m_r.integer(o->value(QLatin1String("annee_revenus")),
                                       JsonReader::key(path, QStringLiteral("annee_revenus")), 1900, 2200);
            if (y)
                f.anneeRevenus = int(*y);
        }
        FigureSource base;
        base.provider = QStringLiteral("DGFiP");
        base.year = f.anneeRevenus;
        f.source = base;
        if (m_r.has(*o, "source")) {
            const auto s =
                source(o->value(QLatin1String("source")), JsonReader::key(path, QStringLiteral("source")), base);
            if (s)
                f.source = *s;
        }
        if (m_r.errors().size() != before)
            return std::nullopt;
        return f;
    }

    std::optional<std::map<Benefit, StatusFlag>> statuses(const QJsonValue& v, const QString& path)
    {
        const auto o = m_r.object(v, path);
        if (!o)
            return std::nullopt;
        const int before = m_r.errors().size();
        std::map<Benefit, StatusFlag> out;
        QStringList keys;
        for (const Benefit b : {Benefit::RSA, Benefit::C2S, Benefit::AAH, Benefit::ASF, Benefit::PrimeActivite})
            keys << MenageJson::benefitKey(b);
        for (auto it = o->begin(); it != o->end(); ++it) {
            if (it.key() == QLatin1String("commentaire"))
                continue;
            const QString p = JsonReader::key(path, it.key());
            const auto b = MenageJson::benefitFromKey(it.key());
            if (!b) {
                m_r.error(p, MenageJson::tr("unknown benefit; possible values: %1").arg(JsonReader::list(keys)));
                continue;
            }
            StatusFlag flag;
            if (it.value().isObject()) {
                const QJsonObject so = it.value().toObject();
                m_r.checkKeys(so, p, {"valeur", "source"});
                if (m_r.require(so, p, "valeur")) {
                    const auto val =
                        m_r.boolean(so.value(QLatin1String("valeur")), JsonReader::key(p, QStringLiteral("valeur")));
                    if (val)
                        flag.value = *val;
                }
                if (m_r.has(so, "source")) {
                    const auto s =
                        source(so.value(QLatin1String("source")), JsonReader::key(p, QStringLiteral("source")), {});
                    if (s)
                        flag.source = *s;
                }
            } else if (it.value().isNull()) {
                continue; // unknown, as if absent
            } else {
                const auto val = m_r.boolean(it.value(), p);
                if (val)
                    flag.value = *val;
            }
            out[*b] = flag;
        }
        if (m_r.errors().size() != before)
            return std::nullopt;
        return out;
    }

    std::optional<Demande> demande(const QJsonValue& v, const QString& path)
    {
        const auto o = m_r.object(v, path);
        if (!o)
            return std::nullopt;
        const int before = m_r.errors().size();
        m_r.checkKeys(*o, path, {"nature", "montant_demande"});
        Demande d;
        if (m_r.has(*o, "nature") && !o->value(QLatin1String("nature")).isNull()) {
            const auto n = m_r.oneOf(o->value(QLatin1String("nature")), JsonReader::key(path, QStringLiteral("nature")),
                                     MenageJson::natures(), MenageJson::tr("unknown nature %1"));
            if (n)
                d.nature = *n;
        }
        if (m_r.has(*o, "montant_demande") && !o->value(QLatin1String("montant_demande")).isNull()) {
            const auto c = m_r.cents(o->value(QLatin1String("montant_demande")),
                                     JsonReader::key(path, QStringLiteral("montant_demande")), true);
            if (c)
                d.montantCents = *c;
        }
        if (m_r.errors().size() != before)
            return std::nullopt;
        return d;
    }

    std::optional<QList<AideRecue>> received(const QJsonValue& v, const QString& path)
    {
        const auto a = m_r.array(v, path);
        if (!a)
            return std::nullopt;
        const int before = m_r.errors().size();
        QList<AideRecue> out;
        for (int i = 0; i < a->size(); ++i) {
            const QString p = JsonReader::index(path, i);
            const auto o = m_r.object(a->at(i), p);
            if (!o)
                continue;
            m_r.checkKeys(*o, p, {"aide", "date", "montant"});
            AideRecue r;
            if (m_r.require(*o, p, "aide")) {
                const auto s = m_r.string(o->value(QLatin1String("aide")), JsonReader::key(p, QStringLiteral("aide")));
                if (s)
                    r.aide = *s;
            }
            if (m_r.require(*o, p, "date")) {
                const auto d = m_r.date(o->value(QLatin1String("date")), JsonReader::key(p, QStringLiteral("date")));
                if (d)
                    r.date = *d;
            }
            if (m_r.require(*o, p, "montant")) {
                const auto c =
                    m_r.cents(o->value(QLatin1String("montant")), JsonReader::key(p, QStringLiteral("montant")), true);
                if (c)
                    r.cents = *c;
            }
            out << r;
        }
        if (m_r.errors().size() != before)
            return std::nullopt;
        return out;
    }

    void read(const QJsonObject& json, Menage& m)
    {
        m_r.checkKeys(json, QString(),
                      {"date_reference", "commune_residence", "personnes", "ressources_mensuelles",
                       "charges_mensuelles", "quotient_familial_caf", "fiscal", "statuts", "demande", "aides_recues"});
        const auto has = [&](const char* k) { return json.contains(QLatin1String(k)); };
        const auto val = [&](const char* k) { return json.value(QLatin1String(k)); };
        const auto path = [](const char* k) { return QString::fromLatin1(k); };
        if (has("date_reference")) {
            if (const auto d = m_r.date(val("date_reference"), path("date_reference")))
                m.dateReference = *d;
        }
        if (has("commune_residence")) {
            if (val("commune_residence").isNull()) {
                m.communeResidence.clear();
            } else if (const auto c = m_r.string(val("commune_residence"), path("commune_residence"))) {
                static const QRegularExpression cog(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$"));
                if (cog.match(*c).hasMatch())
                    m.communeResidence = *c;
                else
                    m_r.error(path("commune_residence"),
                              MenageJson::tr("invalid commune code %1 (expected the 5-character COG code, e.g. 78358)")
                                  .arg(JsonReader::quoted(*c)));
            }
        }
        if (has("personnes")) {
            if (const auto p = persons(val("personnes"), path("personnes")))
                m.personnes = *p;
        }
        const auto nullable = [&](const char* k, auto& field, auto reader) {
            if (!has(k))
                return;
            if (val(k).isNull()) {
                field.reset();
                return;
            }
            if (auto x = reader(val(k), path(k)))
                field = std::move(*x);
        };
        nullable("ressources_mensuelles", m.ressources, [&](const QJsonValue& v, const QString& p) {
            return amounts(v, p, MenageJson::resourceTypes(), MenageJson::tr("unknown resource type %1"));
        });
        nullable("charges_mensuelles", m.charges, [&](const QJsonValue& v, const QString& p) {
            return amounts(v, p, MenageJson::chargeTypes(), MenageJson::tr("unknown charge type %1"));
        });
        nullable("quotient_familial_caf", m.quotientFamilialCaf,
                 [&](const QJsonValue& v, const QString& p) { return quotient(v, p); });
        nullable("fiscal", m.fiscal, [&](const QJsonValue& v, const QString& p) { return fiscal(v, p); });
        if (has("statuts")) {
            if (const auto s = statuses(val("statuts"), path("statuts")))
                m.statuts = *s;
        }
        if (has("demande")) {
            if (const auto d = demande(val("demande"), path("demande")))
                m.demande = *d;
        }
        if (has("aides_recues")) {
            if (const auto r = received(val("aides_recues"), path("aides_recues")))
                m.aidesRecues = *r;
        }
    }

private:
    JsonReader& m_r;
};

QJsonArray amountsJson(const QList<MenageAmount>& lines)
{
    QJsonArray a;
    for (const MenageAmount& l : lines) {
        QJsonObject o{{QStringLiteral("type"), l.type}, {QStringLiteral("montant"), amountJson(l.cents)}};
        if (!(l.source == FigureSource()))
            o.insert(QStringLiteral("source"), MenageJson::sourceToJson(l.source));
        a.append(o);
    }
    return a;
}

} // namespace

Result<Menage, QStringList> MenageJson::parse(const QByteArray& json)
{
    JsonReader r;
    const auto o = r.document(json);
    if (!o)
        return r.errors();
    return fromJson(*o);
}

Result<Menage, QStringList> MenageJson::fromJson(const QJsonObject& json)
{
    JsonReader r;
    Menage m;
    MenageReader(r).read(json, m);
    if (!json.contains(QLatin1String("date_reference")))
        r.error(QStringLiteral("date_reference"), tr("missing field"));
    if (r.hasErrors())
        return r.errors();
    return m;
}

QStringList MenageJson::readInto(const QJsonObject& json, Menage& menage)
{
    JsonReader r;
    MenageReader(r).read(json, menage);
    return r.errors();
}

QJsonValue MenageJson::sourceToJson(const FigureSource& s)
{
    if (s.api.isEmpty() && s.provider.isEmpty() && s.year == 0 && s.month == 0 && s.requestId.isEmpty() &&
        !s.fetchedAt.isValid())
        return sourceKindKey(s.kind);
    QJsonObject o{{QStringLiteral("type"), sourceKindKey(s.kind)}};
    if (!s.api.isEmpty())
        o.insert(QStringLiteral("api"), s.api);
    if (!s.provider.isEmpty())
        o.insert(QStringLiteral("fournisseur"), s.provider);
    if (s.year != 0)
        o.insert(QStringLiteral("annee"), s.year);
    if (s.month != 0)
        o.insert(QStringLiteral("mois"), s.month);
    if (!s.requestId.isEmpty())
        o.insert(QStringLiteral("id_requete"), s.requestId);
    if (s.fetchedAt.isValid())
        o.insert(QStringLiteral("obtenu_le"), s.fetchedAt.toUTC().toString(Qt::ISODate));
    return o;
}

QJsonObject MenageJson::toJson(const Menage& m)
{
    QJsonObject o;
    if (m.dateReference.isValid())
        o.insert(QStringLiteral("date_reference"), m.dateReference.toString(Qt::ISODate));
    if (!m.communeResidence.isEmpty())
        o.insert(QStringLiteral("commune_residence"), m.communeResidence);
    QJsonArray persons;
    for (const MenagePerson& p : m.personnes) {
        QJsonObject po{{QStringLiteral("role"), roleKey(p.role)}};
        if (p.dateNaissance.isValid())
            po.insert(QStringLiteral("date_naissance"), p.dateNaissance.toString(Qt::ISODate));
        if (p.residenceAlternee)
            po.insert(QStringLiteral("residence_alternee"), true);
        persons.append(po);
    }
    o.insert(QStringLiteral("personnes"), persons);
    if (m.ressources)
        o.insert(QStringLiteral("ressources_mensuelles"), amountsJson(*m.ressources));
    if (m.charges)
        o.insert(QStringLiteral("charges_mensuelles"), amountsJson(*m.charges));
    if (m.quotientFamilialCaf) {
        const CafQuotient& q = *m.quotientFamilialCaf;
        QJsonObject qo{{QStringLiteral("valeur"), q.valeur},
                       {QStringLiteral("fournisseur"), q.fournisseur},
                       {QStringLiteral("annee"), q.annee},
                       {QStringLiteral("mois"), q.mois}};
        FigureSource base;
        base.provider = q.fournisseur;
        base.year = q.annee;
        base.month = q.mois;
        if (!(q.source == base))
            qo.insert(QStringLiteral("source"), sourceToJson(q.source));
        o.insert(QStringLiteral("quotient_familial_caf"), qo);
    }
    if (m.fiscal) {
        const FiscalData& f = *m.fiscal;
        QJsonObject fo{{QStringLiteral("rfr"), double(f.rfrEuros)},
                       {QStringLiteral("nombre_parts"), double(f.partsQuarters) / 4.0},
                       {QStringLiteral("annee_revenus"), f.anneeRevenus}};
        if (f.impotEuros)
            fo.insert(QStringLiteral("impot"), double(*f.impotEuros));
        FigureSource base;
        base.provider = QStringLiteral("DGFiP");
        base.year = f.anneeRevenus;
        if (!(f.source == base))
            fo.insert(QStringLiteral("source"), sourceToJson(f.source));
        o.insert(QStringLiteral("fiscal"), fo);
    }
    if (!m.statuts.empty()) {
        QJsonObject so;
        for (const auto& [benefit, flag] : m.statuts) {
            if (flag.source == FigureSource())
                so.insert(benefitKey(benefit), flag.value);
            else
                so.insert(benefitKey(benefit), QJsonObject{{QStringLiteral("valeur"), flag.value},
                                                           {QStringLiteral("source"), sourceToJson(flag.source)}});
        }
        o.insert(QStringLiteral("statuts"), so);
    }
    if (!m.demande.nature.isEmpty() || m.demande.montantCents) {
        QJsonObject d;
        if (!m.demande.nature.isEmpty())
            d.insert(QStringLiteral("nature"), m.demande.nature);
        if (m.demande.montantCents)
            d.insert(QStringLiteral("montant_demande"), amountJson(*m.demande.montantCents));
        o.insert(QStringLiteral("demande"), d);
    }
    if (!m.aidesRecues.isEmpty()) {
        QJsonArray a;
        for (const AideRecue& r : m.aidesRecues)
            a.append(QJsonObject{{QStringLiteral("aide"), r.aide},
                                 {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                                 {QStringLiteral("montant"), amountJson(r.cents)}});
        o.insert(QStringLiteral("aides_recues"), a);
    }
    return o;
}

QString MenageJson::resourceLabel(const QString& type)
{
    if (type == QLatin1String("salaire"))
        return tr("Wages");
    if (type == QLatin1String("prestations_familiales"))
        return tr("Family benefits");
    if (type == QLatin1String("rsa"))
        return tr("RSA");
    if (type == QLatin1String("aah"))
        return tr("AAH");
    if (type == QLatin1String("pension"))
        return tr("Pension");
    if (type == QLatin1String("chomage"))
        return tr("Unemployment benefit");
    if (type == QLatin1String("autre"))
        return tr("Other resource");
    return type;
}

QString MenageJson::chargeLabel(const QString& type)
{
    if (type == QLatin1String("loyer_residuel"))
        return tr("Residual rent");
    if (type == QLatin1String("energie"))
        return tr("Energy");
    if (type == QLatin1String("assurance"))
        return tr("Insurance");
    if (type == QLatin1String("mutuelle"))
        return tr("Complementary health insurance");
    if (type == QLatin1String("transport"))
        return tr("Transport");
    if (type == QLatin1String("telephone"))
        return tr("Telephone and internet");
    if (type == QLatin1String("credit"))
        return tr("Loan repayments");
    if (type == QLatin1String("autre"))
        return tr("Other charge");
    return type;
}

QString MenageJson::roleKey(PersonRole role)
{
    switch (role) {
    case PersonRole::Demandeur:
        return QStringLiteral("demandeur");
    case PersonRole::Conjoint:
        return QStringLiteral("conjoint");
    case PersonRole::Enfant:
        return QStringLiteral("enfant");
    case PersonRole::Autre:
        break;
    }
    return QStringLiteral("autre");
}

std::optional<PersonRole> MenageJson::roleFromKey(const QString& key)
{
    for (const PersonRole r : {PersonRole::Demandeur, PersonRole::Conjoint, PersonRole::Enfant, PersonRole::Autre}) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString MenageJson::benefitKey(Benefit b)
{
    switch (b) {
    case Benefit::RSA:
        return QStringLiteral("rsa");
    case Benefit::C2S:
        return QStringLiteral("c2s");
    case Benefit::AAH:
        return QStringLiteral("aah");
    case Benefit::ASF:
        return QStringLiteral("asf");
    case Benefit::PrimeActivite:
        break;
    }
    return QStringLiteral("prime_activite");
}

std::optional<Benefit> MenageJson::benefitFromKey(const QString& key)
{
    for (const Benefit b : {Benefit::RSA, Benefit::C2S, Benefit::AAH, Benefit::ASF, Benefit::PrimeActivite}) {
        if (benefitKey(b) == key)
            return b;
    }
    return std::nullopt;
}

const QStringList& MenageJson::resourceTypes()
{
    static const QStringList t = {QStringLiteral("salaire"), QStringLiteral("prestations_familiales"),
                                  QStringLiteral("rsa"),     QStringLiteral("aah"),
                                  QStringLiteral("pension"), QStringLiteral("chomage"),
                                  QStringLiteral("autre")};
    return t;
}

const QStringList& MenageJson::chargeTypes()
{
    static const QStringList t = {QStringLiteral("loyer_residuel"), QStringLiteral("energie"),
                                  QStringLiteral("assurance"),      QStringLiteral("mutuelle"),
                                  QStringLiteral("transport"),      QStringLiteral("telephone"),
                                  QStringLiteral("credit"),         QStringLiteral("autre")};
    return t;
}

const QStringList& MenageJson::natures()
{
    static const QStringList n = {QStringLiteral("alimentaire"), QStringLiteral("energie"), QStringLiteral("logement"),
                                  QStringLiteral("transport"),   QStringLiteral("sante"),   QStringLiteral("autre")};
    return n;
}

} // namespace ccas
