#include "api/OutcomeText.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace ccas {

namespace {

QString monthYear(int year, int month)
{
    if (year <= 0)
        return QString();
    if (month <= 0)
        return QString::number(year);
    return QStringLiteral("%1/%2").arg(month, 2, 10, QLatin1Char('0')).arg(year);
}

template <typename T, typename F>
QJsonValue jsonOf(const ApiValue<T>& v, F convert)
{
    if (v.isNull() || v.isAbsent())
        return QJsonValue(QJsonValue::Null);
    return convert(v.value());
}

QJsonValue textJson(const ApiValue<QString>& v)
{
    return jsonOf(v, [](const QString& s) { return QJsonValue(s); });
}

QJsonObject personJson(const Person& p)
{
    return QJsonObject{{QStringLiteral("nom_naissance"), p.nomNaissance},
                       {QStringLiteral("nom_usage"), textJson(p.nomUsage)},
                       {QStringLiteral("prenoms"), p.prenoms},
                       {QStringLiteral("date_naissance"), p.dateNaissance.toIsoString()},
                       {QStringLiteral("sexe"), p.sexe}};
}

QJsonValue personsJson(const ApiValue<QList<Person>>& v)
{
    return jsonOf(v, [](const QList<Person>& list) {
        QJsonArray a;
        for (const Person& p : list)
            a.append(personJson(p));
        return QJsonValue(a);
    });
}

} // namespace

QString OutcomeText::yesNo(const ApiValue<bool>& v)
{
    if (v.isAbsent())
        return tr("out of habilitation");
    if (v.isNull())
        return tr("not stated");
    return v.value() ? tr("yes") : tr("no");
}

QString OutcomeText::person(const Person& p)
{
    QString name = p.nomNaissance;
    if (p.nomUsage.isPresent() && !p.nomUsage.value().isEmpty())
        name += QStringLiteral(" (") + tr("married/usage name %1").arg(p.nomUsage.value()) + QLatin1Char(')');
    return tr("%1 %2, %3, born %4")
        .arg(name, p.prenoms, p.sexe == QLatin1String("F") ? tr("female") : tr("male"),
             p.dateNaissance.toDisplayString());
}

QString OutcomeText::address(const PostalAddress& a)
{
    QStringList parts;
    parts << a.destinataire;
    for (const auto* v :
         {&a.complementInformation, &a.complementInformationGeographique, &a.numeroLibelleVoie, &a.lieuDit})
        if (v->isPresent() && !v->value().isEmpty())
            parts << v->value();
    parts << a.codePostalVille << a.pays;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString OutcomeText::provenance(const Provenance& p)
{
    QStringList parts;
    if (!p.provider.isEmpty())
        parts << p.provider;
    if (p.periodYear > 0)
        parts << tr("period %1").arg(monthYear(p.periodYear, p.periodMonth));
    if (p.computedYear > 0)
        parts << tr("computed %1").arg(monthYear(p.computedYear, p.computedMonth));
    if (p.fetchedAt.isValid())
        parts
            << tr("obtained %1").arg(QLocale().toString(p.fetchedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")));
    if (p.fromCache)
        parts << tr("from the API cache");
    if (!p.requestId.isEmpty())
        parts << tr("request %1").arg(p.requestId);
    return parts.join(QStringLiteral(" · "));
}

QString OutcomeText::headline(const SourceOutcome& o)
{
    if (o.error) {
        switch (o.error->kind) {
        case ApiError::Kind::NotFound:
            return tr("Not found");
        case ApiError::Kind::Forbidden:
            return tr("Out of habilitation");
        case ApiError::Kind::Unauthorized:
            return tr("Token refused");
        case ApiError::Kind::RateLimited:
            return tr("Paused (too many requests)");
        case ApiError::Kind::Unavailable:
            return o.error->timedOut ? tr("No answer in time") : tr("Service unavailable");
        case ApiError::Kind::Malformed:
            return tr("Unreadable answer");
        case ApiError::Kind::InvalidInput:
            return tr("Request refused");
        case ApiError::Kind::Cancelled:
            return tr("Cancelled");
        case ApiError::Kind::Internal:
            return tr("Error");
        }
    }
    if (o.family) {
        const auto& qf = o.family->quotientFamilial;
        if (qf.isAbsent())
            return tr("Family quotient out of habilitation");
        if (qf.isNull())
            return tr("No family quotient");
        return tr("QF %1 (%2, %3)")
            .arg(QLocale().toString(qf.value().valeur), qf.value().fournisseur,
                 monthYear(qf.value().annee, qf.value().mois));
    }
    if (o.benefit) {
        const BenefitStatusData& b = *o.benefit;
        if (b.estBeneficiaire.isAbsent())
            return tr("Out of habilitation");
        if (!b.estBeneficiaire.value())
            return tr("Not a beneficiary");
        QString text = tr("Beneficiary");
        if (b.avecMajoration.isPresent())
            text += b.avecMajoration.value() ? tr(" (increased rate)") : tr(" (standard rate)");
        if (b.avecParticipation.isPresent())
            text += b.avecParticipation.value() ? tr(" (with financial contribution)")
                                                : tr(" (without financial contribution)");
        if (b.dateDebutDroit.isPresent())
            text += tr(" since %1").arg(b.dateDebutDroit.value().toDisplayString());
        return text;
    }
    return QString();
}

QStringList OutcomeText::details(const SourceOutcome& o)
{
    QStringList lines;
    if (o.error) {
        lines << o.error->userMessage();
        if (!o.error->errors.isEmpty())
            lines << tr("API code %1: %2").arg(o.error->errors.first().code, o.error->errors.first().title);
        return lines;
    }
    if (o.family) {
        const FamilyQuotientData& f = *o.family;
        if (f.allocataires.isPresent()) {
            for (const Person& p : f.allocataires.value())
                lines << tr("Claimant: %1").arg(person(p));
        } else if (f.allocataires.isAbsent()) {
            lines << tr("Claimants: out of habilitation");
        }
        if (f.enfants.isPresent()) {
            if (f.enfants.value().isEmpty())
                lines << tr("Children: none");
            for (const Person& p : f.enfants.value())
                lines << tr("Child: %1").arg(person(p));
        } else if (f.enfants.isAbsent()) {
            lines << tr("Children: out of habilitation");
        }
        if (f.adresse.isPresent())
            lines << tr("Address: %1").arg(address(f.adresse.value()));
        else if (f.adresse.isAbsent())
            lines << tr("Address: out of habilitation");
        lines << tr("Source: %1").arg(provenance(f.provenance));
    }
    if (o.benefit) {
        if (o.benefit->estBeneficiaire.isPresent() && o.benefit->estBeneficiaire.value() &&
            o.benefit->dateDebutDroit.isNull())
            lines << tr("Start of rights: not stated");
        lines << tr("Source: %1").arg(provenance(o.benefit->provenance));
    }
    return lines;
}

QJsonObject OutcomeText::provenanceJson(const Provenance& p)
{
    QJsonObject o{{QStringLiteral("api"), p.api},
                  {QStringLiteral("endpoint"), p.endpoint},
                  {QStringLiteral("fournisseur"), p.provider},
                  {QStringLiteral("request_id"), p.requestId},
                  {QStringLiteral("obtenu_le"), p.fetchedAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("cache_api"), p.fromCache}};
    if (p.periodYear > 0) {
        o.insert(QStringLiteral("periode_annee"), p.periodYear);
        o.insert(QStringLiteral("periode_mois"), p.periodMonth);
    }
    if (p.computedYear > 0) {
        o.insert(QStringLiteral("calcul_annee"), p.computedYear);
        o.insert(QStringLiteral("calcul_mois"), p.computedMonth);
    }
    return o;
}

QJsonObject OutcomeText::toJson(const SourceOutcome& o)
{
    QJsonObject out{{QStringLiteral("source"), Sources::cliName(o.source)},
                    {QStringLiteral("endpoint"), Sources::path(o.source)},
                    {QStringLiteral("ok"), o.ok()},
                    {QStringLiteral("answered"), o.answered()}};
    if (o.error) {
        QJsonArray errs;
        for (const ProviderError& e : o.error->errors)
            errs.append(QJsonObject{{QStringLiteral("code"), e.code},
                                    {QStringLiteral("title"), e.title},
                                    {QStringLiteral("detail"), e.detail}});
        QJsonObject err{{QStringLiteral("kind"), o.error->kindName()},
                        {QStringLiteral("http_status"), o.error->httpStatus},
                        {QStringLiteral("message"), o.error->userMessage()},
                        {QStringLiteral("request_id"), o.error->requestId},
                        {QStringLiteral("errors"), errs},
                        {QStringLiteral("exit_code"), o.error->exitCode()}};
        if (o.error->retryAfterMs > 0)
            err.insert(QStringLiteral("retry_after_ms"), double(o.error->retryAfterMs));
        out.insert(QStringLiteral("error"), err);
        out.insert(QStringLiteral("resume"), headline(o));
        return out;
    }
    QJsonObject data;
    QJsonArray outOfScope;
    if (o.family) {
        const FamilyQuotientData& f = *o.family;
        auto put = [&](const QString& key, bool absent, const QJsonValue& value) {
            if (absent)
                outOfScope.append(key);
            else
                data.insert(key, value);
        };
        put(QStringLiteral("quotient_familial"), f.quotientFamilial.isAbsent(),
            jsonOf(f.quotientFamilial, [](const QuotientFamilial& q) {
                return QJsonValue(QJsonObject{{QStringLiteral("fournisseur"), q.fournisseur},
                                              {QStringLiteral("valeur"), q.valeur},
                                              {QStringLiteral("annee"), q.annee},
                                              {QStringLiteral("mois"), q.mois},
                                              {QStringLiteral("annee_calcul"), q.anneeCalcul},
                                              {QStringLiteral("mois_calcul"), q.moisCalcul}});
            }));
        put(QStringLiteral("allocataires"), f.allocataires.isAbsent(), personsJson(f.allocataires));
        put(QStringLiteral("enfants"), f.enfants.isAbsent(), personsJson(f.enfants));
        put(QStringLiteral("adresse"), f.adresse.isAbsent(), jsonOf(f.adresse, [](const PostalAddress& a) {
                return QJsonValue(
                    QJsonObject{{QStringLiteral("destinataire"), a.destinataire},
                                {QStringLiteral("complement_information"), textJson(a.complementInformation)},
                                {QStringLiteral("complement_information_geographique"),
                                 textJson(a.complementInformationGeographique)},
                                {QStringLiteral("numero_libelle_voie"), textJson(a.numeroLibelleVoie)},
                                {QStringLiteral("lieu_dit"), textJson(a.lieuDit)},
                                {QStringLiteral("code_postal_ville"), a.codePostalVille},
                                {QStringLiteral("pays"), a.pays}});
            }));
        out.insert(QStringLiteral("provenance"), provenanceJson(f.provenance));
    }
    if (o.benefit) {
        const BenefitStatusData& b = *o.benefit;
        auto putBool = [&](const QString& key, const ApiValue<bool>& v, bool applicable) {
            if (!applicable)
                return;
            if (v.isAbsent())
                outOfScope.append(key);
            else
                data.insert(key, jsonOf(v, [](bool x) { return QJsonValue(x); }));
        };
        putBool(QStringLiteral("est_beneficiaire"), b.estBeneficiaire, true);
        putBool(QStringLiteral("avec_participation"), b.avecParticipation, b.benefit == Benefit::C2S);
        putBool(QStringLiteral("avec_majoration"), b.avecMajoration,
                b.benefit == Benefit::RSA || b.benefit == Benefit::PrimeActivite);
        if (b.dateDebutDroit.isAbsent())
            outOfScope.append(QStringLiteral("date_debut_droit"));
        else
            data.insert(QStringLiteral("date_debut_droit"),
                        jsonOf(b.dateDebutDroit, [](const PartialDate& d) { return QJsonValue(d.toIsoString()); }));
        out.insert(QStringLiteral("provenance"), provenanceJson(b.provenance));
    }
    out.insert(QStringLiteral("data"), data);
    out.insert(QStringLiteral("hors_habilitation"), outOfScope);
    out.insert(QStringLiteral("resume"), headline(o));
    return out;
}

} // namespace ccas
