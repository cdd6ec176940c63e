#include "eligibility/DossierMenage.h"

#include "crypto/BlindIndex.h"
#include "domain/PartialDate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace ccas {

namespace {

class DossierMenageText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::DossierMenage)
};

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime utc(const QString& iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

const StoredSource* findSource(const Dossier& d, std::initializer_list<const char*> names)
{
    for (const StoredSource& s : d.sources)
        for (const char* n : names)
            if (s.source == QLatin1String(n))
                return &s;
    return nullptr;
}

bool failed(const StoredSource& s)
{
    return s.json.contains(QLatin1String("error")) || !s.json.value(QLatin1String("ok")).toBool(true);
}

bool notFound(const StoredSource& s)
{
    return s.json.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString() ==
           QLatin1String("not_found");
}

// The provenance of a stored answer (OutcomeText::provenanceJson / TaxText::toJson).
FigureSource apiSource(const StoredSource& s)
{
    const QJsonObject p = s.json.value(QLatin1String("provenance")).toObject();
    FigureSource f;
    f.kind = FigureSource::Kind::Api;
    f.api = str(p, "api");
    f.provider = str(p, "fournisseur");
    f.year = p.value(QLatin1String("periode_annee")).toInt();
    f.month = p.value(QLatin1String("periode_mois")).toInt();
    f.requestId = str(p, "request_id");
    f.fetchedAt = utc(str(p, "obtenu_le"));
    if (!f.fetchedAt.isValid())
        f.fetchedAt = s.fetchedAt;
    return f;
}

QString nameKey(const QString& text)
{
    return BlindIndex::normalisedTokens(text).join(QLatin1Char(' '));
}

QString firstNameKey(const QString& text)
{
    return BlindIndex::normalisedTokens(text).value(0);
}

QDate personDate(const QJsonObject& person)
{
    const auto d = PartialDate::parse(str(person, "date_naissance"));
    return d ? d->toDate() : QDate();
}

// Persons of the QF answer; empty when it lists no allocataire.
QList<MenagePerson> apiPersons(const QJsonObject& data, const Identity& applicant)
{
    const QJsonArray allocataires = data.value(QLatin1String("allocataires")).toArray();
    QList<MenagePerson> out;
    if (allocataires.isEmpty())
        return out;
    int demandeur = 0;
    for (int i = 0; i < allocataires.size(); ++i) {
        const QJsonObject p = allocataires.at(i).toObject();
        if (nameKey(str(p, "nom_naissance")) == nameKey(applicant.nomNaissance) &&
            firstNameKey(str(p, "prenoms")) == firstNameKey(applicant.prenoms.value(0)) &&
            !nameKey(applicant.nomNaissance).isEmpty()) {
            demandeur = i;
            break;
        }
    }
    MenagePerson first;
    first.role = PersonRole::Demandeur;
    first.dateNaissance = personDate(allocataires.at(demandeur).toObject());
    out << first;
    bool conjoint = false;
    for (int i = 0; i < allocataires.size(); ++i) {
        if (i == demandeur)
            continue;
        MenagePerson p;
        p.role = conjoint ? PersonRole::Autre : PersonRole::Conjoint;
        conjoint = true;
        p.dateNaissance = personDate(allocataires.at(i).toObject());
        out << p;
    }
    for (const QJsonValue& v : data.value(QLatin1String("enfants")).toArray()) {
        MenagePerson child;
        child.role = PersonRole::Enfant;
        child.dateNaissance = personDate(v.toObject());
        out << child;
    }
    return out;
}

QString addressLine(const QJsonObject& a)
{
    QStringList parts;
    for (const char* key : {"complement_information", "complement_information_geographique", "numero_libelle_voie",
                            "lieu_dit", "code_postal_ville"})
        parts << str(a, key).trimmed();
    const QString country = str(a, "pays").trimmed();
    if (country.compare(QLatin1String("FRANCE"), Qt::CaseInsensitive) != 0)
        parts << country;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

std::optional<CafQuotient> apiQuotient(const StoredSource& s)
{
    const QJsonValue v = s.json.value(QLatin1String("data")).toObject().value(QLatin1String("quotient_familial"));
    if (!v.isObject())
        return std::nullopt; // null (no QF computed) or out of habilitation
    const QJsonObject q = v.toObject();
    CafQuotient out;
    out.valeur = q.value(QLatin1String("valeur")).toInt();
    out.fournisseur = str(q, "fournisseur");
    out.annee = q.value(QLatin1String("annee")).toInt();
    out.mois = q.value(QLatin1String("mois")).toInt();
    out.source = apiSource(s);
    if (!out.fournisseur.isEmpty())
        out.source.provider = out.fournisseur;
    out.source.year = out.annee;
    out.source.month = out.mois;
    return out;
}

std::optional<FiscalData> apiFiscal(const StoredSource& s)
{
    const QJsonObject data = s.json.value(QLatin1String("data")).toObject();
    const QJsonValue rfr = data.value(QLatin1String("revenu_fiscal_reference"));
    const QJsonValue parts = data.value(QLatin1String("nombre_parts"));
    if (!rfr.isDouble() || !parts.isDouble())
        return std::nullopt;
    FiscalData f;
    f.rfrEuros = qint64(std::llround(rfr.toDouble()));
    f.partsQuarters = int(std::lround(parts.toDouble() * 4.0));
    const QJsonValue impot = data.value(QLatin1String("impot_total"));
    if (impot.isDouble())
        f.impotEuros = qint64(std::llround(impot.toDouble()));
    f.anneeRevenus = data.value(QLatin1String("annee_revenus")).toInt();
    f.source = apiSource(s);
    f.source.year = f.anneeRevenus;
    f.source.month = 0;
    return f;
}

// A figure typed by the agent stands for a paper proof unless the entry says otherwise.
void typedSource(FigureSource& source, const QJsonValue& raw)
{
    if (!raw.toObject().contains(QLatin1String("source")))
        source.kind = FigureSource::Kind::Justificatif;
}

QList<MenageAmount> budget(const QList<BudgetLine>& lines, const QStringList& types, bool resources,
                           QStringList& warnings)
{
    QList<MenageAmount> out;
    for (const BudgetLine& l : lines) {
        MenageAmount a;
        a.type = l.type;
        if (!types.contains(a.type)) {
            warnings << (resources ? DossierMenageText::tr("budget: unknown resource type %1, counted as « autre »")
                                   : DossierMenageText::tr("budget: unknown charge type %1, counted as « autre »"))
                            .arg(l.type);
            a.type = QStringLiteral("autre");
        }
        a.cents = std::max<qint64>(0, l.amountCents);
        a.source.kind =
            l.origin == QLatin1String("justificatif") ? FigureSource::Kind::Justificatif : FigureSource::Kind::Agent;
        out << a;
    }
    return out;
}

struct StatusSource
{
    Benefit benefit;
    std::initializer_list<const char*> names;
};

} // namespace

DossierMenage menageFromDossier(const Dossier& dossier, const QDate& reference, const QList<AideRecue>& history)
{
    DossierMenage out;
    Menage& m = out.menage;
    m.dateReference = reference;
    m.aidesRecues = history;

    // What the agent typed, read field by field: a field with a problem is left out, named in warnings.
    const QJsonObject entryJson = dossier.householdEntry;
    Menage typed;
    out.warnings << MenageJson::readInto(entryJson, typed);
    const auto has = [&](const char* key) {
        return entryJson.contains(QLatin1String(key)) && !entryJson.value(QLatin1String(key)).isNull();
    };
    for (const char* key : {"ressources_mensuelles", "charges_mensuelles", "aides_recues", "date_reference"})
        if (entryJson.contains(QLatin1String(key)))
            out.warnings << DossierMenageText::tr("%1: ignored in a dossier (resources and charges come from its "
                                                  "budget, received aids from its history)")
                                .arg(QLatin1String(key));

    // Persons.
    const StoredSource* qf = findSource(dossier, {"qf"});
    const bool qfAnswered = qf && !failed(*qf);
    const QJsonObject qfData = qfAnswered ? qf->json.value(QLatin1String("data")).toObject() : QJsonObject();
    if (!typed.personnes.isEmpty()) {
        m.personnes = typed.personnes;
    } else {
        m.personnes = apiPersons(qfData, dossier.identity);
        if (m.personnes.isEmpty()) {
            MenagePerson applicant;
            applicant.role = PersonRole::Demandeur;
            applicant.dateNaissance = PartialDate{dossier.identity.anneeNaissance, dossier.identity.moisNaissance,
                                                  dossier.identity.jourNaissance}
                                          .toDate();
            m.personnes << applicant;
        }
    }
    if (qfData.value(QLatin1String("adresse")).isObject())
        out.applicantAddress = addressLine(qfData.value(QLatin1String("adresse")).toObject());

    // CAF/MSA family quotient.
    if (qfAnswered)
        m.quotientFamilialCaf = apiQuotient(*qf);
    if (!m.quotientFamilialCaf && typed.quotientFamilialCaf && has("quotient_familial_caf")) {
        m.quotientFamilialCaf = typed.quotientFamilialCaf;
        typedSource(m.quotientFamilialCaf->source, entryJson.value(QLatin1String("quotient_familial_caf")));
    }

    // Tax data.
    if (const StoredSource* tax = findSource(dossier, {"impot"}); tax && !failed(*tax))
        m.fiscal = apiFiscal(*tax);
    if (!m.fiscal && typed.fiscal && has("fiscal")) {
        m.fiscal = typed.fiscal;
        typedSource(m.fiscal->source, entryJson.value(QLatin1String("fiscal")));
    }

    // Benefit statuses.
    const QJsonObject typedStatuses = entryJson.value(QLatin1String("statuts")).toObject();
    const StatusSource statusSources[] = {{Benefit::RSA, {"rsa"}},
                                          {Benefit::C2S, {"c2s"}},
                                          {Benefit::AAH, {"aah"}},
                                          {Benefit::ASF, {"asf"}},
                                          {Benefit::PrimeActivite, {"prime-activite", "prime_activite"}}};
    for (const StatusSource& ss : statusSources) {
        std::optional<StatusFlag> api;
        bool weak = false; // a "not found": a proof typed by the agent wins over it
        if (const StoredSource* s = findSource(dossier, ss.names)) {
            if (!failed(*s)) {
                const QJsonValue v =
                    s->json.value(QLatin1String("data")).toObject().value(QLatin1String("est_beneficiaire"));
                if (v.isBool())
                    api = StatusFlag{v.toBool(), apiSource(*s)};
            } else if (notFound(*s)) {
                FigureSource src;
                src.kind = FigureSource::Kind::Api;
                src.api = QStringLiteral("API Particulier");
                src.requestId =
                    s->json.value(QLatin1String("error")).toObject().value(QLatin1String("request_id")).toString();
                src.fetchedAt = s->fetchedAt;
                api = StatusFlag{false, src};
                weak = true;
            }
        }
        const auto typedFlag = typed.statuts.find(ss.benefit);
        const bool hasTyped = typedFlag != typed.statuts.end();
        if (api && !(weak && hasTyped)) {
            m.statuts[ss.benefit] = *api;
        } else if (hasTyped) {
            StatusFlag flag = typedFlag->second;
            typedSource(flag.source, typedStatuses.value(MenageJson::benefitKey(ss.benefit)));
            m.statuts[ss.benefit] = flag;
        }
    }

    // Resources and charges: the budget.
    if (!dossier.resources.isEmpty() || !dossier.charges.isEmpty()) {
        m.ressources = budget(dossier.resources, MenageJson::resourceTypes(), true, out.warnings);
        m.charges = budget(dossier.charges, MenageJson::chargeTypes(), false, out.warnings);
    }

    // Commune and request.
    if (has("commune_residence"))
        m.communeResidence = typed.communeResidence;
    if (has("demande"))
        m.demande = typed.demande;
    if (m.demande.nature.isEmpty()) {
        const QString code = dossier.aidCode.trimmed().toLower();
        if (MenageJson::natures().contains(code))
            m.demande.nature = code;
    }
    return out;
}

DossierMenage menageFromDossier(const Dossier& dossier, const QDate& reference, const QList<AideRecue>& history,
                                const Reglement& reglement)
{
    DossierMenage out = menageFromDossier(dossier, reference, history);
    const bool typedNature = !dossier.householdEntry.value(QLatin1String("demande"))
                                  .toObject()
                                  .value(QLatin1String("nature"))
                                  .toString()
                                  .isEmpty();
    if (typedNature || dossier.aidCode.isEmpty())
        return out;
    for (const ReglementAidInfo& aid : reglement.aids()) {
        if (aid.code == dossier.aidCode && aid.natures.size() == 1) {
            out.menage.demande.nature = aid.natures.first();
            break;
        }
    }
    return out;
}

} // namespace ccas
