// Parsers of API Particulier v3 answers (part of ApiParticulierClient).
#include "api/ApiParticulierClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace ccas {

namespace {

// Reads typed values out of a JSON object, remembering the first type error with its path.
// Paths name keys, never values (values are personal data).
class Reader
{
public:
    explicit Reader(QString root)
        : m_root(std::move(root))
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void fail(const QString& path, const char* expected)
    {
        if (m_error.isEmpty())
            m_error = path + QStringLiteral(": expected ") + QLatin1String(expected);
    }

    // Required string.
    QString string(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            fail(path + QLatin1Char('.') + key, "string");
            return {};
        }
        return v.toString();
    }
    // string | null | absent
    ApiValue<QString> optString(const QJsonObject& o, const QString& key, const QString& path)
    {
        if (!o.contains(key))
            return ApiValue<QString>::absent();
        const QJsonValue v = o.value(key);
        if (v.isNull())
            return ApiValue<QString>::null();
        if (!v.isString()) {
            fail(path + QLatin1Char('.') + key, "string or null");
            return {};
        }
        return ApiValue<QString>::of(v.toString());
    }
    ApiValue<bool> optBool(const QJsonObject& o, const QString& key, const QString& path, bool nullable)
    {
        if (!o.contains(key))
            return ApiValue<bool>::absent();
        const QJsonValue v = o.value(key);
        if (v.isNull() && nullable)
            return ApiValue<bool>::null();
        if (!v.isBool()) {
            fail(path + QLatin1Char('.') + key, nullable ? "boolean or null" : "boolean");
            return {};
        }
        return ApiValue<bool>::of(v.toBool());
    }
    // Required integer (a JSON number without fraction); `nullable` maps null to 0.
    int integer(const QJsonObject& o, const QString& key, const QString& path, bool nullable = false)
    {
        const QJsonValue v = o.value(key);
        if (nullable && (v.isNull() || v.isUndefined()))
            return 0;
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || std::isnan(d) || std::floor(d) != d || std::fabs(d) > 2147483647.0) {
            fail(path + QLatin1Char('.') + key, "integer");
            return 0;
        }
        return static_cast<int>(d);
    }
    ApiValue<PartialDate> optDate(const QJsonObject& o, const QString& key, const QString& path)
    {
        const ApiValue<QString> s = optString(o, key, path);
        if (!s.isPresent())
            return s.isNull() ? ApiValue<PartialDate>::null() : ApiValue<PartialDate>::absent();
        const auto d = PartialDate::parse(s.value());
        if (!d) {
            fail(path + QLatin1Char('.') + key, "date AAAA-MM-JJ");
            return {};
        }
        return ApiValue<PartialDate>::of(*d);
    }
    PartialDate date(const QJsonObject& o, const QString& key, const QString& path)
    {
        if (!o.value(key).isString()) {
            fail(path + QLatin1Char('.') + key, "date AAAA-MM-JJ");
            return {};
        }
        const auto d = optDate(o, key, path);
        return d.isPresent() ? d.value() : PartialDate{};
    }

    Person person(const QJsonValue& value, const QString& path)
    {
        Person p;
        if (!value.isObject()) {
            fail(path, "object");
            return p;
        }
        const QJsonObject o = value.toObject();
        p.nomNaissance = string(o, QStringLiteral("nom_naissance"), path);
        p.nomUsage = optString(o, QStringLiteral("nom_usage"), path);
        p.prenoms = string(o, QStringLiteral("prenoms"), path);
        p.dateNaissance = date(o, QStringLiteral("date_naissance"), path);
        p.sexe = string(o, QStringLiteral("sexe"), path);
        if (!failed() && p.sexe != QLatin1String("F") && p.sexe != QLatin1String("M"))
            fail(path + QStringLiteral(".sexe"), "F or M");
        return p;
    }

    ApiValue<QList<Person>> persons(const QJsonObject& data, const QString& key, bool nonEmpty)
    {
        if (!data.contains(key))
            return ApiValue<QList<Person>>::absent();
        const QJsonValue v = data.value(key);
        const QString path = QStringLiteral("data.") + key;
        if (v.isNull())
            return ApiValue<QList<Person>>::null();
        if (!v.isArray()) {
            fail(path, "array");
            return {};
        }
        const QJsonArray array = v.toArray();
        if (nonEmpty && array.isEmpty()) {
            fail(path, "at least one person");
            return {};
        }
        QList<Person> list;
        for (int i = 0; i < array.size(); ++i)
            list << person(array.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
        return ApiValue<QList<Person>>::of(list);
    }

private:
    QString m_root;
    QString m_error;
};

ApiError malformed(const QString& detail)
{
    return ApiError::make(ApiError::Kind::Malformed, detail);
}

} // namespace

Result<ApiEnvelope, ApiError> ApiParticulierClient::parseEnvelope(Source source, const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(
            QStringLiteral("body is not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return malformed(QStringLiteral("body is not a JSON object"));
    const QJsonObject root = doc.object();
    for (const char* key : {"data", "links", "meta"}) {
        if (!root.value(QLatin1String(key)).isObject())
            return malformed(QStringLiteral("envelope: '%1' must be an object").arg(QLatin1String(key)));
    }
    ApiEnvelope env;
    env.source = source;
    env.data = root.value(QStringLiteral("data")).toObject();
    env.links = root.value(QStringLiteral("links")).toObject();
    env.meta = root.value(QStringLiteral("meta")).toObject();
    env.provenance.api = QStringLiteral("API Particulier");
    env.provenance.endpoint = Sources::path(source);
    return env;
}

ApiError ApiParticulierClient::errorFromAnswer(int status, const QByteArray& body)
{
    using Kind = ApiError::Kind;
    Kind kind = Kind::Internal;
    switch (status) {
    case 400:
    case 422:
        kind = Kind::InvalidInput;
        break;
    case 401:
        kind = Kind::Unauthorized;
        break;
    case 403:
        kind = Kind::Forbidden;
        break;
    case 404:
        kind = Kind::NotFound;
        break;
    case 429:
        kind = Kind::RateLimited;
        break;
    case 409: // still processing an identical request; after its one retry it counts as unavailable
    case 500:
    case 502:
    case 503:
    case 504:
        kind = Kind::Unavailable;
        break;
    default:
        kind = status >= 500 ? Kind::Unavailable : Kind::Internal;
        break;
    }
    ApiError error = ApiError::make(kind);
    error.httpStatus = status;

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonArray errs = doc.object().value(QStringLiteral("errors")).toArray();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // A proxy's HTML page, an empty body…: keep its size only (it may echo the URL, which
        // carries personal data).
        error.detail = QStringLiteral("non-JSON error body (%1 bytes)").arg(body.size());
        return error;
    }
    for (const QJsonValue& v : errs) {
        const QJsonObject o = v.toObject();
        ProviderError pe;
        pe.code = o.value(QStringLiteral("code")).toVariant().toString().left(16);
        pe.title = o.value(QStringLiteral("title")).toString().left(200);
        pe.detail = o.value(QStringLiteral("detail")).toString().left(500);
        error.errors << pe;
    }
    if (error.errors.isEmpty()) {
        // v2-style {"error": "...", "reason": "..."}
        const QString v2 = doc.object().value(QStringLiteral("error")).toString();
        if (!v2.isEmpty())
            error.errors << ProviderError{v2.left(64),
                                          doc.object().value(QStringLiteral("reason")).toString().left(200),
                                          doc.object().value(QStringLiteral("message")).toString().left(500)};
    }
    return error;
}

Result<FamilyQuotientData, ApiError> ApiParticulierClient::parseFamilyQuotient(const ApiEnvelope& env)
{
    Reader r(QStringLiteral("data"));
    FamilyQuotientData out;
    out.provenance = env.provenance;
    const QJsonObject& data = env.data;

    const QString qfKey = QStringLiteral("quotient_familial");
    if (data.contains(qfKey)) {
        const QJsonValue v = data.value(qfKey);
        if (v.isNull()) {
            out.quotientFamilial = ApiValue<QuotientFamilial>::null();
        } else if (!v.isObject()) {
            r.fail(QStringLiteral("data.quotient_familial"), "object");
        } else {
            const QJsonObject o = v.toObject();
            const QString path = QStringLiteral("data.quotient_familial");
            QuotientFamilial qf;
            qf.fournisseur = r.string(o, QStringLiteral("fournisseur"), path);
            qf.valeur = r.integer(o, QStringLiteral("valeur"), path);
            qf.annee = r.integer(o, QStringLiteral("annee"), path);
            qf.mois = r.integer(o, QStringLiteral("mois"), path);
            qf.anneeCalcul = r.integer(o, QStringLiteral("annee_calcul"), path, true);
            qf.moisCalcul = r.integer(o, QStringLiteral("mois_calcul"), path, true);
            if (!r.failed() && (qf.mois < 1 || qf.mois > 12 || qf.annee < 1900))
                r.fail(path + QStringLiteral(".mois"), "a real period");
            if (!r.failed() && qf.valeur < 0)
                r.fail(path + QStringLiteral(".valeur"), "a non-negative value");
            out.quotientFamilial = ApiValue<QuotientFamilial>::of(qf);
            out.provenance.provider = qf.fournisseur;
            out.provenance.periodYear = qf.annee;
            out.provenance.periodMonth = qf.mois;
            out.provenance.computedYear = qf.anneeCalcul;
            out.provenance.computedMonth = qf.moisCalcul;
        }
    }
    out.allocataires = r.persons(data, QStringLiteral("allocataires"), true);
    out.enfants = r.persons(data, QStringLiteral("enfants"), false);

    const QString addressKey = QStringLiteral("adresse");
    if (data.contains(addressKey)) {
        const QJsonValue v = data.value(addressKey);
        if (v.isNull()) {
            out.adresse = ApiValue<PostalAddress>::null();
        } else if (!v.isObject()) {
            r.fail(QStringLiteral("data.adresse"), "object");
        } else {
            const QJsonObject o = v.toObject();
            const QString path = QStringLiteral("data.adresse");
            PostalAddress a;
            auto text = [&](const char* key) {
                const ApiValue<QString> s = r.optString(o, QLatin1String(key), path);
                return s.valueOr(QString());
            };
            a.destinataire = text("destinataire");
            a.complementInformation = r.optString(o, QStringLiteral("complement_information"), path);
            a.complementInformationGeographique =
                r.optString(o, QStringLiteral("complement_information_geographique"), path);
            a.numeroLibelleVoie = r.optString(o, QStringLiteral("numero_libelle_voie"), path);
            a.lieuDit = r.optString(o, QStringLiteral("lieu_dit"), path);
            a.codePostalVille = text("code_postal_ville");
            a.pays = text("pays");
            out.adresse = ApiValue<PostalAddress>::of(a);
        }
    }
    if (r.failed())
        return malformed(r.error());
    if (out.provenance.provider.isEmpty())
        out.provenance.provider = QStringLiteral("CNAV");
    return out;
}

Result<BenefitStatusData, ApiError> ApiParticulierClient::parseBenefit(const ApiEnvelope& env)
{
    const auto benefit = Sources::benefit(env.source);
    if (!benefit)
        return ApiError::make(ApiError::Kind::Internal, QStringLiteral("parseBenefit on the QF endpoint"));
    Reader r(QStringLiteral("data"));
    BenefitStatusData out;
    out.benefit = *benefit;
    out.provenance = env.provenance;
    out.provenance.provider = QStringLiteral("CNAV"); // statuses come from the RNCPS run by the CNAV
    const QJsonObject& d = env.data;
    const QString path = QStringLiteral("data");
    out.estBeneficiaire = r.optBool(d, QStringLiteral("est_beneficiaire"), path, false);
    if (*benefit == Benefit::C2S)
        out.avecParticipation = r.optBool(d, QStringLiteral("avec_participation"), path, true);
    if (*benefit == Benefit::RSA || *benefit == Benefit::PrimeActivite)
        out.avecMajoration = r.optBool(d, QStringLiteral("avec_majoration"), path, true);
    out.dateDebutDroit = r.optDate(d, QStringLiteral("date_debut_droit"), path);
    if (r.failed())
        return malformed(r.error());
    return out;
}

} // namespace ccas
