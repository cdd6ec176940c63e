#include "eligibility/Reglement.h"

#include "eligibility/JsonReader.h"
#include "eligibility/ReglementData.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace ccas {

namespace {

const QString kFormat = QStringLiteral("guichet-ccas/reglement");
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxCents = qint64(100'000'000'000);

QStringList criterionNames()
{
    return {QStringLiteral("qf_caf"),
            QStringLiteral("qf_fiscal"),
            QStringLiteral("rfr_uc"),
            QStringLiteral("uc"),
            QStringLiteral("reste_a_vivre"),
            QStringLiteral("ressources"),
            QStringLiteral("plafond_ressources"),
            QStringLiteral("nombre_personnes"),
            QStringLiteral("montant_demande"),
            QStringLiteral("statut"),
            QStringLiteral("commune"),
            QStringLiteral("age"),
            QStringLiteral("nature")};
}

QStringList variableNames()
{
    return {QStringLiteral("qf_caf"),           QStringLiteral("qf_fiscal"),
            QStringLiteral("rfr_uc"),           QStringLiteral("uc"),
            QStringLiteral("reste_a_vivre"),    QStringLiteral("ressources"),
            QStringLiteral("nombre_personnes"), QStringLiteral("montant_demande")};
}

std::optional<Variable> variableFromName(const QString& n)
{
    static const std::map<QString, Variable> m = {
        {QStringLiteral("qf_caf"), Variable::QfCaf},
        {QStringLiteral("qf_fiscal"), Variable::QfFiscal},
        {QStringLiteral("rfr_uc"), Variable::RfrUc},
        {QStringLiteral("uc"), Variable::Uc},
        {QStringLiteral("reste_a_vivre"), Variable::ResteAVivre},
        {QStringLiteral("ressources"), Variable::Ressources},
        {QStringLiteral("nombre_personnes"), Variable::NombrePersonnes},
        {QStringLiteral("montant_demande"), Variable::MontantDemande},
    };
    const auto it = m.find(n);
    if (it == m.end())
        return std::nullopt;
    return it->second;
}

// The keys a variable takes besides its name.
QStringList variableParams(Variable v)
{
    switch (v) {
    case Variable::QfFiscal:
        return {QStringLiteral("periode")};
    case Variable::RfrUc:
    case Variable::Uc:
        return {QStringLiteral("echelle")};
    case Variable::ResteAVivre:
        return {QStringLiteral("calcul")};
    case Variable::Ressources:
        return {QStringLiteral("ressources")};
    case Variable::NombrePersonnes:
        return {QStringLiteral("role")};
    case Variable::QfCaf:
    case Variable::MontantDemande:
        break;
    }
    return {};
}

QStringList roleKeys()
{
    QStringList k;
    for (const PersonRole r : {PersonRole::Demandeur, PersonRole::Conjoint, PersonRole::Enfant, PersonRole::Autre})
        k << MenageJson::roleKey(r);
    return k;
}

QStringList benefitKeys()
{
    QStringList k;
    for (const Benefit b : {Benefit::RSA, Benefit::C2S, Benefit::AAH, Benefit::ASF, Benefit::PrimeActivite})
        k << MenageJson::benefitKey(b);
    return k;
}

class Parser
{
public:
    JsonReader r;
    Reglement::Data d;
    std::map<QString, int> calculIndex;

    static QString key(const QString& path, const char* k) { return JsonReader::key(path, QLatin1String(k)); }
    static QJsonValue at(const QJsonObject& o, const char* k) { return o.value(QLatin1String(k)); }

    void parse(const QJsonObject& top)
    {
        r.checkKeys(
            top, QString(),
            {"format", "version_format", "ccas", "titre", "version", "adopte_le", "applicable_du", "calculs", "aides"});
        if (r.require(top, QString(), "format")) {
            const QJsonValue f = at(top, "format");
            if (!f.isString() || f.toString() != kFormat) {
                r.error(
                    QStringLiteral("format"),
                    Reglement::tr("this is not a règlement: the value must be %1").arg(JsonReader::quoted(kFormat)));
                return;
            }
        } else {
            return;
        }
        if (!r.require(top, QString(), "version_format"))
            return;
        const auto fv = r.integer(at(top, "version_format"), QStringLiteral("version_format"), 1, 1000);
        if (!fv)
            return;
        if (*fv != kFormatVersion) {
            r.error(QStringLiteral("version_format"),
                    Reglement::tr("format version %1 is not supported (this application reads version %2)")
                        .arg(*fv)
                        .arg(kFormatVersion));
            return;
        }
        d.formatVersion = int(*fv);
        if (r.require(top, QString(), "ccas")) {
            if (const auto s = r.string(at(top, "ccas"), QStringLiteral("ccas")))
                d.ccas = *s;
        }
        if (r.require(top, QString(), "titre")) {
            if (const auto s = r.string(at(top, "titre"), QStringLiteral("titre")))
                d.title = *s;
        }
        if (r.require(top, QString(), "version")) {
            if (const auto n = r.integer(at(top, "version"), QStringLiteral("version"), 1, 1'000'000))
                d.version = int(*n);
        }
        if (r.require(top, QString(), "adopte_le")) {
            if (const auto dt = r.date(at(top, "adopte_le"), QStringLiteral("adopte_le")))
                d.adoptedOn = *dt;
        }
        if (r.require(top, QString(), "applicable_du")) {
            if (const auto dt = r.date(at(top, "applicable_du"), QStringLiteral("applicable_du")))
                d.applicableFrom = *dt;
        }
        if (d.adoptedOn.isValid() && d.applicableFrom.isValid() && d.applicableFrom < d.adoptedOn)
            r.error(QStringLiteral("applicable_du"),
                    Reglement::tr("the règlement cannot apply before it is adopted (%1)")
                        .arg(d.adoptedOn.toString(QStringLiteral("dd/MM/yyyy"))));
        if (top.contains(QLatin1String("calculs"))) {
            if (const auto c = r.object(at(top, "calculs"), QStringLiteral("calculs"))) {
                int i = 0;
                for (auto it = c->begin(); it != c->end(); ++it) {
                    if (it.key() == QLatin1String("commentaire"))
                        continue;
                    calculIndex[it.key()] = i++;
                }
                for (auto it = c->begin(); it != c->end(); ++it) {
                    if (it.key() == QLatin1String("commentaire"))
                        continue;
                    d.calculs.push_back(
                        calcul(it.key(), it.value(), JsonReader::key(QStringLiteral("calculs"), it.key())));
                }
            }
        }
        if (r.require(top, QString(), "aides")) {
            if (const auto a = r.array(at(top, "aides"), QStringLiteral("aides"), true)) {
                std::map<QString, int> codes;
                for (int i = 0; i < a->size(); ++i) {
                    d.aids.push_back(aid(a->at(i), i));
                    const QString code = d.aids.back().code;
                    if (code.isEmpty())
                        continue;
                    const auto seen = codes.find(code);
                    if (seen != codes.end()) {
                        r.setPrefix(QString());
                        r.error(JsonReader::key(JsonReader::index(QStringLiteral("aides"), i), QStringLiteral("code")),
                                Reglement::tr("the aid code %1 is already used by aides[%2]")
                                    .arg(JsonReader::quoted(code))
                                    .arg(seen->second));
                    } else {
                        codes[code] = i;
                    }
                }
                // The aids an annual ceiling counts must exist.
                for (int i = 0; i < int(d.aids.size()); ++i) {
                    const ReglementAid& aid = d.aids[std::size_t(i)];
                    if (!aid.annual)
                        continue;
                    for (const QString& c : aid.annual->codes) {
                        if (codes.count(c) == 0) {
                            setAidPrefix(aid.code, i);
                            r.error(QStringLiteral("plafond_annuel.aides"),
                                    Reglement::tr("no aid has the code %1").arg(JsonReader::quoted(c)));
                        }
                    }
                }
                r.setPrefix(QString());
            }
        }
    }

    void setAidPrefix(const QString& code, int i)
    {
        if (code.isEmpty())
            r.setPrefix(Reglement::tr("aides[%1] › ").arg(i));
        else
            r.setPrefix(Reglement::tr("aid %1 (aides[%2]) › ").arg(JsonReader::quoted(code)).arg(i));
    }

    LineSelection selection(const QJsonValue& v, const QString& path, bool resources)
    {
        LineSelection s;
        const auto o = r.object(v, path);
        if (!o)
            return s;
        const QStringList& types = resources ? MenageJson::resourceTypes() : MenageJson::chargeTypes();
        const QString unknown =
            resources ? Reglement::tr("unknown resource type %1") : Reglement::tr("unknown charge type %1");
        if (resources)
            r.checkKeys(*o, path, {"types", "exclure", "fractions_pourcent"});
        else
            r.checkKeys(*o, path, {"types", "exclure", "plafonds"});
        if (o->contains(QLatin1String("types"))) {
            if (const auto l = r.stringList(at(*o, "types"), key(path, "types"), types, unknown, true))
                s.types = *l;
        }
        if (o->contains(QLatin1String("exclure"))) {
            if (const auto l = r.stringList(at(*o, "exclure"), key(path, "exclure"), types, unknown, false))
                s.excluded = *l;
        }
        const char* mapKey = resources ? "fractions_pourcent" : "plafonds";
        if (o->contains(QLatin1String(mapKey))) {
            const QString mp = key(path, mapKey);
            if (const auto m = r.object(at(*o, mapKey), mp)) {
                for (auto it = m->begin(); it != m->end(); ++it) {
                    const QString p = JsonReader::key(mp, it.key());
                    if (!types.contains(it.key())) {
                        r.error(p, unknown.arg(JsonReader::quoted(it.key())) +
                                       Reglement::tr("; possible values: %1").arg(JsonReader::list(types)));
                        continue;
                    }
                    if (resources) {
                        if (const auto bp = r.scaled(it.value(), p, 100, 0, 10000))
                            s.fractionBp[it.key()] = *bp;
                    } else if (const auto c = r.cents(it.value(), p)) {
                        s.capCents[it.key()] = *c;
                    }
                }
            }
        }
        return s;
    }

    RavDefinition calcul(const QString& name, const QJsonValue& v, const QString& path)
    {
        RavDefinition c;
        c.name = name;
        c.figureKey = QStringLiteral("reste_a_vivre.") + name;
        static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9_]+$"));
        if (!nameRe.match(name).hasMatch())
            r.error(path, Reglement::tr("a computation name is made of lower-case letters, digits and _"));
        const auto o = r.object(v, path);
        if (!o)
            return c;
        r.checkKeys(*o, path, {"type", "libelle", "ressources", "charges", "diviseur", "periode", "arrondi"});
        if (r.require(*o, path, "type"))
            r.oneOf(at(*o, "type"), key(path, "type"), {QStringLiteral("reste_a_vivre")},
                    Reglement::tr("unknown computation type %1"));
        if (o->contains(QLatin1String("libelle"))) {
            if (const auto s = r.string(at(*o, "libelle"), key(path, "libelle")))
                c.label = *s;
        }
        if (o->contains(QLatin1String("ressources")))
            c.resources = selection(at(*o, "ressources"), key(path, "ressources"), true);
        if (o->contains(QLatin1String("charges"))) {
            const QJsonValue ch = at(*o, "charges");
            if (ch.isString() && ch.toString() == QLatin1String("aucune"))
                c.deductCharges = false;
            else if (ch.isString())
                r.error(key(path, "charges"), Reglement::tr("expected « aucune » or an object { \"types\": …, "
                                                            "\"exclure\": …, \"plafonds\": … }"));
            else
                c.charges = selection(ch, key(path, "charges"), false);
        }
        if (r.require(*o, path, "diviseur"))
            divisor(at(*o, "diviseur"), key(path, "diviseur"), c);
        if (r.require(*o, path, "periode")) {
            if (const auto p =
                    r.oneOf(at(*o, "periode"), key(path, "periode"), {QStringLiteral("mois"), QStringLiteral("jour")},
                            Reglement::tr("unknown period %1")))
                c.perDay = *p == QLatin1String("jour");
        }
        if (o->contains(QLatin1String("arrondi"))) {
            const QString ap = key(path, "arrondi");
            if (const auto a = r.object(at(*o, "arrondi"), ap)) {
                r.checkKeys(*a, ap, {"mode", "unite"});
                if (r.require(*a, ap, "mode")) {
                    if (const auto m = r.oneOf(
                            at(*a, "mode"), key(ap, "mode"),
                            {QStringLiteral("inferieur"), QStringLiteral("superieur"), QStringLiteral("plus_proche")},
                            Reglement::tr("unknown rounding mode %1")))
                        c.rounding =
                            *m == QLatin1String("inferieur")
                                ? RoundingMode::Down
                                : (*m == QLatin1String("superieur") ? RoundingMode::Up : RoundingMode::Nearest);
                }
                if (r.require(*a, ap, "unite")) {
                    if (const auto u = r.oneOf(at(*a, "unite"), key(ap, "unite"),
                                               {QStringLiteral("centime"), QStringLiteral("euro")},
                                               Reglement::tr("unknown rounding unit %1")))
                        c.roundingUnitCents = *u == QLatin1String("euro") ? 100 : 1;
                }
            }
        }
        return c;
    }

    void divisor(const QJsonValue& v, const QString& path, RavDefinition& c)
    {
        if (v.isString()) {
            static const std::map<QString, DivisorKind> kinds = {
                {QStringLiteral("aucun"), DivisorKind::None},
                {QStringLiteral("personnes"), DivisorKind::Persons},
                {QStringLiteral("parts_caf"), DivisorKind::CafParts},
                {QStringLiteral("parts_fiscales"), DivisorKind::FiscalParts},
                {QStringLiteral("uc_oecd"), DivisorKind::UcOecd},
                {QStringLiteral("uc_cheque_energie"), DivisorKind::UcChequeEnergie},
            };
            QStringList names;
            for (const auto& [n, k] : kinds)
                names << n;
            if (const auto k = r.oneOf(v, path, names, Reglement::tr("unknown divisor %1")))
                c.divisor = kinds.at(*k);
            return;
        }
        const auto o = r.object(v, path);
        if (!o)
            return;
        c.divisor = DivisorKind::Custom;
        r.checkKeys(*o, path, {"bareme", "majoration_parent_isole"});
        if (o->contains(QLatin1String("majoration_parent_isole"))) {
            if (const auto h =
                    r.scaled(at(*o, "majoration_parent_isole"), key(path, "majoration_parent_isole"), 100, 0, 10000))
                c.singleParentBonus = *h;
        }
        if (!r.require(*o, path, "bareme"))
            return;
        const QString bp = key(path, "bareme");
        const auto rules = r.array(at(*o, "bareme"), bp, true);
        if (!rules)
            return;
        for (int i = 0; i < rules->size(); ++i) {
            const QString p = JsonReader::index(bp, i);
            const auto ro = r.object(rules->at(i), p);
            if (!ro)
                continue;
            r.checkKeys(*ro, p, {"role", "age_moins_de", "age_au_moins", "valeur"});
            ScaleRule rule;
            if (ro->contains(QLatin1String("role"))) {
                const QJsonValue rv = at(*ro, "role");
                QStringList keys;
                if (rv.isArray()) {
                    if (const auto l =
                            r.stringList(rv, key(p, "role"), roleKeys(), Reglement::tr("unknown role %1"), true))
                        keys = *l;
                } else if (const auto k = r.oneOf(rv, key(p, "role"), roleKeys(), Reglement::tr("unknown role %1"))) {
                    keys << *k;
                }
                for (const QString& k : keys)
                    rule.roles << *MenageJson::roleFromKey(k);
            }
            if (ro->contains(QLatin1String("age_moins_de"))) {
                if (const auto n = r.integer(at(*ro, "age_moins_de"), key(p, "age_moins_de"), 0, 150))
                    rule.ageBelow = int(*n);
            }
            if (ro->contains(QLatin1String("age_au_moins"))) {
                if (const auto n = r.integer(at(*ro, "age_au_moins"), key(p, "age_au_moins"), 0, 150))
                    rule.ageAtLeast = int(*n);
            }
            if (r.require(*ro, p, "valeur")) {
                if (const auto h = r.scaled(at(*ro, "valeur"), key(p, "valeur"), 100, 0, 10000))
                    rule.hundredths = *h;
            }
            c.customScale << rule;
            if (i == rules->size() - 1 && (ro->contains(QLatin1String("role")) || rule.ageBelow || rule.ageAtLeast))
                r.error(p,
                        Reglement::tr("the last rule of a scale must apply to everyone (no « role », no age) so that "
                                      "every person counts"));
        }
    }

    // The variable's own parameters, read from `o` (a criterion or a barème).
    VariableRef variable(Variable v, const QJsonObject& o, const QString& path)
    {
        VariableRef ref;
        ref.variable = v;
        switch (v) {
        case Variable::QfFiscal:
            if (r.require(o, path, "periode")) {
                if (const auto p =
                        r.oneOf(at(o, "periode"), key(path, "periode"),
                                {QStringLiteral("annee"), QStringLiteral("mois")}, Reglement::tr("unknown period %1")))
                    ref.monthly = *p == QLatin1String("mois");
            }
            break;
        case Variable::RfrUc:
        case Variable::Uc:
            if (r.require(o, path, "echelle")) {
                if (const auto s = r.oneOf(at(o, "echelle"), key(path, "echelle"),
                                           {QStringLiteral("oecd"), QStringLiteral("cheque_energie")},
                                           Reglement::tr("unknown scale %1")))
                    ref.scale = *s == QLatin1String("oecd") ? UcScale::Oecd : UcScale::ChequeEnergie;
            }
            break;
        case Variable::ResteAVivre:
            if (r.require(o, path, "calcul")) {
                QStringList names;
                for (const auto& [n, i] : calculIndex)
                    names << n;
                if (names.isEmpty()) {
                    r.error(key(path, "calcul"), Reglement::tr("no computation is defined in « calculs »"));
                } else if (const auto n = r.oneOf(at(o, "calcul"), key(path, "calcul"), names,
                                                  Reglement::tr("unknown computation %1"))) {
                    ref.calcul = calculIndex.at(*n);
                }
            }
            break;
        case Variable::Ressources:
            if (o.contains(QLatin1String("ressources")))
                ref.resources = selection(at(o, "ressources"), key(path, "ressources"), true);
            break;
        case Variable::NombrePersonnes:
            if (o.contains(QLatin1String("role"))) {
                if (const auto k =
                        r.oneOf(at(o, "role"), key(path, "role"), roleKeys(), Reglement::tr("unknown role %1")))
                    ref.role = MenageJson::roleFromKey(*k);
            }
            break;
        case Variable::QfCaf:
        case Variable::MontantDemande:
            break;
        }
        return ref;
    }

    // A threshold or band bound in the variable's unit.
    std::optional<Ratio> bound(Variable v, const QJsonValue& value, const QString& path)
    {
        switch (v) {
        case Variable::Uc:
            if (const auto h = r.scaled(value, path, 100, 0, 100000))
                return Ratio::of(*h, 100);
            return std::nullopt;
        case Variable::NombrePersonnes:
            if (const auto n = r.integer(value, path, 0, 1000))
                return Ratio::of(*n);
            return std::nullopt;
        case Variable::ResteAVivre:
            if (const auto c = r.scaled(value, path, 100, -kMaxCents, kMaxCents))
                return Ratio::of(*c);
            return std::nullopt;
        case Variable::QfCaf:
        case Variable::QfFiscal:
        case Variable::RfrUc:
        case Variable::Ressources:
        case Variable::MontantDemande:
            break;
        }
        if (const auto c = r.cents(value, path))
            return Ratio::of(*c);
        return std::nullopt;
    }

    std::optional<CompareOp> op(const QJsonObject& o, const QString& path)
    {
        if (!r.require(o, path, "operateur"))
            return std::nullopt;
        const QJsonValue v = at(o, "operateur");
        const QString s = v.toString();
        static const std::map<QString, CompareOp> ops = {
            {QStringLiteral("<"), CompareOp::Lt},      {QStringLiteral("<="), CompareOp::Le},
            {QStringLiteral("\u2264"), CompareOp::Le}, {QStringLiteral(">"), CompareOp::Gt},
            {QStringLiteral(">="), CompareOp::Ge},     {QStringLiteral("\u2265"), CompareOp::Ge},
            {QStringLiteral("="), CompareOp::Eq},
        };
        const auto it = ops.find(s);
        if (!v.isString() || it == ops.end()) {
            r.error(key(path, "operateur"),
                    Reglement::tr("unknown operator %1; possible values: « < », « <= », « > », « >= », « = »")
                        .arg(JsonReader::quoted(v.isString() ? s : QStringLiteral("…"))));
            return std::nullopt;
        }
        return it->second;
    }

    Condition condition(const QJsonValue& v, const QString& path, int depth)
    {
        Condition c;
        const auto o = r.object(v, path);
        if (!o)
            return c;
        if (depth > 20) {
            r.error(path, Reglement::tr("conditions are nested too deeply"));
            return c;
        }
        const QStringList forms = {QStringLiteral("critere"), QStringLiteral("tous"), QStringLiteral("au_moins_un"),
                                   QStringLiteral("non")};
        QStringList present;
        for (const QString& f : forms) {
            if (o->contains(f))
                present << f;
        }
        if (present.size() != 1) {
            r.error(path, Reglement::tr("a condition has exactly one of %1").arg(JsonReader::list(forms)));
            return c;
        }
        if (o->contains(QLatin1String("libelle"))) {
            if (const auto s = r.string(at(*o, "libelle"), key(path, "libelle")))
                c.label = *s;
        }
        const QString form = present.first();
        if (form == QLatin1String("tous") || form == QLatin1String("au_moins_un")) {
            c.kind = form == QLatin1String("tous") ? Condition::Kind::All : Condition::Kind::Any;
            r.checkKeys(*o, path, {form, QStringLiteral("libelle")});
            const QString lp = JsonReader::key(path, form);
            if (const auto a = r.array(o->value(form), lp, true)) {
                for (int i = 0; i < a->size(); ++i)
                    c.children.push_back(condition(a->at(i), JsonReader::index(lp, i), depth + 1));
            }
            return c;
        }
        if (form == QLatin1String("non")) {
            c.kind = Condition::Kind::Not;
            r.checkKeys(*o, path, {"non", "libelle"});
            c.children.push_back(condition(at(*o, "non"), key(path, "non"), depth + 1));
            return c;
        }
        const auto name =
            r.oneOf(at(*o, "critere"), key(path, "critere"), criterionNames(), Reglement::tr("unknown criterion %1"));
        if (!name)
            return c;
        QStringList allowed = {QStringLiteral("critere"), QStringLiteral("libelle")};
        if (const auto var = variableFromName(*name)) {
            c.kind = Condition::Kind::Compare;
            allowed << QStringLiteral("operateur") << QStringLiteral("seuil") << variableParams(*var);
            r.checkKeys(*o, path, allowed);
            c.var = variable(*var, *o, path);
            if (const auto op_ = op(*o, path))
                c.op = *op_;
            if (r.require(*o, path, "seuil")) {
                if (const auto t = bound(*var, at(*o, "seuil"), key(path, "seuil")))
                    c.threshold = *t;
            }
            c.thresholdText = boundText(c.var.variable, c.threshold);
            return c;
        }
        if (*name == QLatin1String("plafond_ressources")) {
            c.kind = Condition::Kind::ResourceCeiling;
            r.checkKeys(*o, path,
                        {"critere", "libelle", "operateur", "plafonds", "par_personne_supplementaire", "ressources"});
            c.var.variable = Variable::Ressources;
            if (o->contains(QLatin1String("ressources")))
                c.var.resources = selection(at(*o, "ressources"), key(path, "ressources"), true);
            if (const auto op_ = op(*o, path))
                c.op = *op_;
            if (r.require(*o, path, "plafonds")) {
                const QString pp = key(path, "plafonds");
                if (const auto a = r.array(at(*o, "plafonds"), pp, true)) {
                    for (int i = 0; i < a->size(); ++i) {
                        if (const auto cents = r.cents(a->at(i), JsonReader::index(pp, i)))
                            c.ceilingsCents << *cents;
                    }
                }
            }
            if (o->contains(QLatin1String("par_personne_supplementaire"))) {
                if (const auto cents =
                        r.cents(at(*o, "par_personne_supplementaire"), key(path, "par_personne_supplementaire")))
                    c.extraPersonCents = *cents;
            }
            return c;
        }
        if (*name == QLatin1String("statut")) {
            c.kind = Condition::Kind::Status;
            r.checkKeys(*o, path, {"critere", "libelle", "prestation", "valeur"});
            if (r.require(*o, path, "prestation")) {
                if (const auto b = r.oneOf(at(*o, "prestation"), key(path, "prestation"), benefitKeys(),
                                           Reglement::tr("unknown benefit %1")))
                    c.benefit = *MenageJson::benefitFromKey(*b);
            }
            if (r.require(*o, path, "valeur")) {
                if (const auto b = r.boolean(at(*o, "valeur"), key(path, "valeur")))
                    c.expected = *b;
            }
            return c;
        }
        if (*name == QLatin1String("commune")) {
            c.kind = Condition::Kind::Commune;
            r.checkKeys(*o, path, {"critere", "libelle", "codes"});
            if (r.require(*o, path, "codes")) {
                const QString cp = key(path, "codes");
                if (const auto l = r.stringList(at(*o, "codes"), cp, {}, QString(), true)) {
                    static const QRegularExpression cog(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$"));
                    for (int i = 0; i < l->size(); ++i) {
                        if (!cog.match(l->at(i)).hasMatch())
                            r.error(JsonReader::index(cp, i),
                                    Reglement::tr("invalid commune code %1 (expected the 5-character COG code, e.g. "
                                                  "78358)")
                                        .arg(JsonReader::quoted(l->at(i))));
                    }
                    c.communes = *l;
                }
            }
            c.communesText = c.communes.join(QStringLiteral(", "));
            return c;
        }
        if (*name == QLatin1String("age")) {
            c.kind = Condition::Kind::Age;
            r.checkKeys(*o, path, {"critere", "libelle", "personne", "operateur", "seuil"});
            if (r.require(*o, path, "personne")) {
                if (const auto w = r.oneOf(
                        at(*o, "personne"), key(path, "personne"),
                        {QStringLiteral("demandeur"), QStringLiteral("conjoint"), QStringLiteral("une_personne")},
                        Reglement::tr("unknown person %1")))
                    c.who =
                        *w == QLatin1String("demandeur")
                            ? Condition::Who::Demandeur
                            : (*w == QLatin1String("conjoint") ? Condition::Who::Conjoint : Condition::Who::AnyPerson);
            }
            if (const auto op_ = op(*o, path))
                c.op = *op_;
            if (r.require(*o, path, "seuil")) {
                if (const auto n = r.integer(at(*o, "seuil"), key(path, "seuil"), 0, 150))
                    c.threshold = Ratio::of(*n);
            }
            return c;
        }
        // nature
        c.kind = Condition::Kind::Nature;
        r.checkKeys(*o, path, {"critere", "libelle", "natures"});
        if (r.require(*o, path, "natures")) {
            if (const auto l = r.stringList(at(*o, "natures"), key(path, "natures"), MenageJson::natures(),
                                            Reglement::tr("unknown nature %1"), true))
                c.natures = *l;
        }
        c.naturesText = c.natures.join(QStringLiteral(", "));
        return c;
    }

    std::shared_ptr<const AmountNode> amount(const QJsonValue& v, const QString& path, bool allowPercent, int depth)
    {
        auto node = std::make_shared<AmountNode>();
        if (v.isDouble()) {
            if (const auto c = r.cents(v, path))
                node->cents = *c;
            return node;
        }
        const auto o = r.object(v, path);
        if (!o)
            return node;
        if (depth > 10) {
            r.error(path, Reglement::tr("amount tables are nested too deeply"));
            return node;
        }
        if (!r.require(*o, path, "type"))
            return node;
        QStringList types = {QStringLiteral("fixe"), QStringLiteral("bareme"), QStringLiteral("selon_nature")};
        if (allowPercent)
            types.insert(1, QStringLiteral("pourcentage_demande"));
        const QJsonValue tv = at(*o, "type");
        if (!allowPercent && tv.toString() == QLatin1String("pourcentage_demande")) {
            r.error(key(path, "type"), Reglement::tr("a ceiling cannot be a percentage of the amount requested"));
            return node;
        }
        const auto type = r.oneOf(tv, key(path, "type"), types, Reglement::tr("unknown amount type %1"));
        if (!type)
            return node;
        if (*type == QLatin1String("fixe")) {
            r.checkKeys(*o, path, {"type", "montant"});
            if (r.require(*o, path, "montant")) {
                if (const auto c = r.cents(at(*o, "montant"), key(path, "montant")))
                    node->cents = *c;
            }
            return node;
        }
        if (*type == QLatin1String("pourcentage_demande")) {
            node->kind = AmountNode::Kind::PercentOfRequest;
            r.checkKeys(*o, path, {"type", "pourcentage"});
            if (r.require(*o, path, "pourcentage")) {
                if (const auto bp = r.scaled(at(*o, "pourcentage"), key(path, "pourcentage"), 100, 0, 10000))
                    node->percentBp = *bp;
            }
            return node;
        }
        if (*type == QLatin1String("selon_nature")) {
            node->kind = AmountNode::Kind::ByNature;
            r.checkKeys(*o, path, {"type", "cas", "autres"});
            if (r.require(*o, path, "cas")) {
                const QString cp = key(path, "cas");
                std::map<QString, int> seen;
                if (const auto a = r.array(at(*o, "cas"), cp, true)) {
                    for (int i = 0; i < a->size(); ++i) {
                        const QString p = JsonReader::index(cp, i);
                        const auto co = r.object(a->at(i), p);
                        if (!co)
                            continue;
                        r.checkKeys(*co, p, {"libelle", "natures", "montant"});
                        AmountNode::Case kase;
                        if (co->contains(QLatin1String("libelle"))) {
                            if (const auto s = r.string(at(*co, "libelle"), key(p, "libelle")))
                                kase.label = *s;
                        }
                        if (r.require(*co, p, "natures")) {
                            if (const auto l =
                                    r.stringList(at(*co, "natures"), key(p, "natures"), MenageJson::natures(),
                                                 Reglement::tr("unknown nature %1"), true)) {
                                kase.natures = *l;
                                for (const QString& n : *l) {
                                    if (seen.count(n) != 0)
                                        r.error(key(p, "natures"), Reglement::tr("the nature %1 is already in cas[%2]")
                                                                       .arg(JsonReader::quoted(n))
                                                                       .arg(seen.at(n)));
                                    else
                                        seen[n] = i;
                                }
                            }
                        }
                        if (r.require(*co, p, "montant"))
                            kase.value = amount(at(*co, "montant"), key(p, "montant"), allowPercent, depth + 1);
                        node->cases.push_back(kase);
                    }
                }
            }
            if (o->contains(QLatin1String("autres")))
                node->otherwise = amount(at(*o, "autres"), key(path, "autres"), allowPercent, depth + 1);
            return node;
        }
        // bareme
        node->kind = AmountNode::Kind::Bands;
        QStringList allowed = {QStringLiteral("type"), QStringLiteral("variable"), QStringLiteral("tranches")};
        std::optional<Variable> var;
        if (r.require(*o, path, "variable")) {
            if (const auto n = r.oneOf(at(*o, "variable"), key(path, "variable"), variableNames(),
                                       Reglement::tr("unknown variable %1"))) {
                var = variableFromName(*n);
                allowed << variableParams(*var);
            }
        }
        r.checkKeys(*o, path, allowed);
        if (var)
            node->var = variable(*var, *o, path);
        if (!r.require(*o, path, "tranches"))
            return node;
        const QString tp = key(path, "tranches");
        const auto a = r.array(at(*o, "tranches"), tp, true);
        if (!a)
            return node;
        for (int i = 0; i < a->size(); ++i) {
            const QString p = JsonReader::index(tp, i);
            const auto bo = r.object(a->at(i), p);
            if (!bo)
                continue;
            r.checkKeys(*bo, p, {"jusqu_a", "inclus", "libelle", "montant"});
            AmountNode::Band band;
            if (bo->contains(QLatin1String("libelle"))) {
                if (const auto s = r.string(at(*bo, "libelle"), key(p, "libelle")))
                    band.label = *s;
            }
            if (bo->contains(QLatin1String("jusqu_a"))) {
                if (var)
                    band.upTo = bound(*var, at(*bo, "jusqu_a"), key(p, "jusqu_a"));
                if (r.require(*bo, p, "inclus")) {
                    if (const auto b = r.boolean(at(*bo, "inclus"), key(p, "inclus")))
                        band.inclusive = *b;
                }
            } else {
                if (i != a->size() - 1)
                    r.error(key(p, "jusqu_a"), Reglement::tr("missing field (only the last band may have no upper "
                                                             "bound)"));
                if (bo->contains(QLatin1String("inclus")))
                    r.error(key(p, "inclus"), Reglement::tr("« inclus » goes with « jusqu_a »"));
            }
            if (r.require(*bo, p, "montant"))
                band.value = amount(at(*bo, "montant"), key(p, "montant"), allowPercent, depth + 1);
            // Bands must be increasing: a bound above the previous one, or the same bound included after
            // it was excluded (« < 5 » then « <= 5 »).
            if (!node->bands.empty() && band.upTo && node->bands.back().upTo) {
                const AmountNode::Band& prev = node->bands.back();
                const int cmp = Ratio::compare(*band.upTo, *prev.upTo);
                if (cmp < 0 || (cmp == 0 && (prev.inclusive || !band.inclusive)))
                    r.error(key(p, "jusqu_a"), Reglement::tr("bands must be increasing: this bound is not above the "
                                                             "bound of tranches[%1]")
                                                   .arg(i - 1));
            }
            node->bands.push_back(band);
        }
        // The band as the explanations show it: "> 5,00 € and ≤ 8,00 €" (the word "and" is translated
        // by the engine).
        for (std::size_t i = 0; i < node->bands.size(); ++i) {
            AmountNode::Band& b = node->bands[i];
            if (i > 0 && node->bands[i - 1].upTo)
                b.lowerText = (node->bands[i - 1].inclusive ? QStringLiteral("> ") : QStringLiteral("≥ ")) +
                              boundText(node->var.variable, *node->bands[i - 1].upTo);
            if (b.upTo)
                b.upperText = (b.inclusive ? QStringLiteral("≤ ") : QStringLiteral("< ")) +
                              boundText(node->var.variable, *b.upTo);
        }
        return node;
    }

    ReglementAid aid(const QJsonValue& v, int i)
    {
        ReglementAid a;
        r.setPrefix(Reglement::tr("aides[%1] › ").arg(i));
        const auto o = r.object(v, QString());
        if (!o)
            return a;
        // The code first, so that every message names the aid.
        if (o->contains(QLatin1String("code"))) {
            const QJsonValue cv = at(*o, "code");
            if (cv.isString() && !cv.toString().trimmed().isEmpty())
                a.code = cv.toString().trimmed();
        }
        setAidPrefix(a.code, i);
        r.checkKeys(*o, QString(),
                    {"code", "libelle", "description", "natures", "conditions", "montant", "plafond", "plafond_annuel",
                     "delai_carence_mois", "justificatifs"});
        if (r.require(*o, QString(), "code"))
            r.string(at(*o, "code"), QStringLiteral("code"));
        if (r.require(*o, QString(), "libelle")) {
            if (const auto s = r.string(at(*o, "libelle"), QStringLiteral("libelle")))
                a.label = *s;
        }
        if (o->contains(QLatin1String("description"))) {
            if (const auto s = r.string(at(*o, "description"), QStringLiteral("description")))
                a.description = *s;
        }
        if (o->contains(QLatin1String("natures"))) {
            if (const auto l = r.stringList(at(*o, "natures"), QStringLiteral("natures"), MenageJson::natures(),
                                            Reglement::tr("unknown nature %1"), true))
                a.natures = *l;
        }
        a.naturesText = a.natures.join(QStringLiteral(", "));
        if (o->contains(QLatin1String("conditions")))
            a.conditions = condition(at(*o, "conditions"), QStringLiteral("conditions"), 0);
        if (o->contains(QLatin1String("montant")))
            a.amount = amount(at(*o, "montant"), QStringLiteral("montant"), true, 0);
        if (o->contains(QLatin1String("plafond"))) {
            if (const auto c = r.cents(at(*o, "plafond"), QStringLiteral("plafond")))
                a.perRequestCents = *c;
        }
        if (o->contains(QLatin1String("plafond_annuel"))) {
            const QJsonValue pv = at(*o, "plafond_annuel");
            const QString pp = QStringLiteral("plafond_annuel");
            AnnualCeiling ac;
            if (pv.isDouble()) {
                ac.amount = amount(pv, pp, false, 0);
                a.annual = ac;
            } else if (const auto po = r.object(pv, pp)) {
                r.checkKeys(*po, pp, {"montant", "periode", "aides"});
                if (r.require(*po, pp, "montant"))
                    ac.amount = amount(at(*po, "montant"), key(pp, "montant"), false, 0);
                if (r.require(*po, pp, "periode")) {
                    if (const auto p = r.oneOf(at(*po, "periode"), key(pp, "periode"),
                                               {QStringLiteral("annee_civile"), QStringLiteral("12_mois_glissants")},
                                               Reglement::tr("unknown period %1")))
                        ac.rolling = *p == QLatin1String("12_mois_glissants");
                }
                if (po->contains(QLatin1String("aides"))) {
                    if (const auto l = r.stringList(at(*po, "aides"), key(pp, "aides"), {}, QString(), true))
                        ac.codes = *l;
                }
                a.annual = ac;
            }
            if (a.annual && a.annual->codes.isEmpty() && !a.code.isEmpty())
                a.annual->codes << a.code;
        }
        if (o->contains(QLatin1String("delai_carence_mois"))) {
            if (const auto n = r.integer(at(*o, "delai_carence_mois"), QStringLiteral("delai_carence_mois"), 0, 120))
                a.cooldownMonths = int(*n);
        }
        if (o->contains(QLatin1String("justificatifs"))) {
            if (const auto l =
                    r.stringList(at(*o, "justificatifs"), QStringLiteral("justificatifs"), {}, QString(), false))
                a.justificatifs = *l;
        }
        r.setPrefix(QString());
        return a;
    }
};

} // namespace

Reglement::Reglement(std::shared_ptr<const Data> d)
    : m_d(std::move(d))
{}

Result<Reglement, QStringList> Reglement::parse(const QByteArray& json)
{
    Parser p;
    const auto top = p.r.document(json);
    if (!top)
        return p.r.errors();
    p.parse(*top);
    if (p.r.hasErrors())
        return p.r.errors();
    return Reglement(std::make_shared<const Data>(std::move(p.d)));
}

Result<Reglement, QStringList> Reglement::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringList{tr("cannot read the règlement %1: %2").arg(path, f.errorString())};
    const QByteArray bytes = f.readAll();
    if (bytes.size() > 4 * 1024 * 1024)
        return QStringList{tr("the règlement %1 is too large (more than 4 MB)").arg(path)};
    return parse(bytes);
}

QString Reglement::ccas() const
{
    return m_d->ccas;
}

QString Reglement::title() const
{
    return m_d->title;
}

int Reglement::version() const
{
    return m_d->version;
}

QDate Reglement::adoptedOn() const
{
    return m_d->adoptedOn;
}

QDate Reglement::applicableFrom() const
{
    return m_d->applicableFrom;
}

QList<ReglementAidInfo> Reglement::aids() const
{
    QList<ReglementAidInfo> out;
    for (const ReglementAid& a : m_d->aids)
        out << ReglementAidInfo{a.code, a.label, a.natures, a.justificatifs};
    return out;
}

} // namespace ccas
