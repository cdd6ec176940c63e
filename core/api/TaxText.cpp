#include "api/TaxText.h"

#include "api/OutcomeText.h"

#include <QJsonArray>
#include <QLocale>

namespace ccas {

namespace {

QString euros(qint64 v)
{
    return QLocale(QLocale::French, QLocale::France).toString(v) + QStringLiteral("\u00a0€");
}

QString parts(double p)
{
    return QLocale(QLocale::French, QLocale::France).toString(p, 'g', 4);
}

template <typename T, typename F>
QJsonValue jsonOf(const ApiValue<T>& v, F f)
{
    return v.isPresent() ? f(v.value()) : QJsonValue(QJsonValue::Null);
}

QJsonObject declarantJson(const TaxDeclarant& d)
{
    return QJsonObject{{QStringLiteral("nom_naissance"), d.nomNaissance},
                       {QStringLiteral("nom_usage"), d.nomUsage},
                       {QStringLiteral("prenoms"), d.prenoms},
                       {QStringLiteral("date_naissance"), d.dateNaissance.toIsoString()},
                       {QStringLiteral("departement_naissance"), d.departementNaissance},
                       {QStringLiteral("lieu_naissance"), d.lieuNaissance}};
}

QString declarantText(const TaxDeclarant& d)
{
    return QStringLiteral("%1 %2, %3").arg(d.nomNaissance, d.prenoms, d.dateNaissance.toDisplayString());
}

} // namespace

QString TaxText::label()
{
    return tr("Tax situation (DGFiP)");
}

QString TaxText::headline(const TaxSituation& t)
{
    QStringList parts_;
    if (t.rfr.isPresent())
        parts_ << tr("RFR %1").arg(euros(t.rfr.value()));
    if (t.nombreParts.isPresent())
        parts_ << tr("%1 part(s)").arg(parts(t.nombreParts.value()));
    const auto taxable = t.imposable();
    if (taxable)
        parts_ << (*taxable ? tr("taxable (%1)").arg(euros(t.impotTotal.value())) : tr("not taxable"));
    return parts_.join(QStringLiteral(" · ")) + QStringLiteral(" ") + tr("(income %1)").arg(t.anneeRevenus);
}

QStringList TaxText::details(const TaxSituation& t)
{
    QStringList lines;
    if (t.declarant1)
        lines << tr("Declarant: %1").arg(declarantText(*t.declarant1));
    if (t.declarant2)
        lines << tr("Declarant: %1").arg(declarantText(*t.declarant2));
    lines << tr("Dependants: %1").arg(t.personnesACharge);
    if (t.revenuBrutGlobal.isPresent())
        lines << tr("Gross global income: %1").arg(euros(t.revenuBrutGlobal.value()));
    if (t.revenuImposable.isPresent())
        lines << tr("Taxable income: %1").arg(euros(t.revenuImposable.value()));
    if (t.impotAvantImputation.isPresent())
        lines << tr("Tax before deductions: %1").arg(euros(t.impotAvantImputation.value()));
    if (!t.adresseFiscale.isEmpty())
        lines << tr("Tax address: %1").arg(t.adresseFiscale);
    lines << tr("Source: %1").arg(OutcomeText::provenance(t.provenance));
    return lines;
}

QJsonObject TaxText::toJson(const TaxSituation& t)
{
    QJsonObject data{
        {QStringLiteral("revenu_fiscal_reference"), jsonOf(t.rfr, [](qint64 v) { return QJsonValue(double(v)); })},
        {QStringLiteral("nombre_parts"), jsonOf(t.nombreParts, [](double v) { return QJsonValue(v); })},
        {QStringLiteral("situation_famille"), t.situationFamille},
        {QStringLiteral("personnes_a_charge"), t.personnesACharge},
        {QStringLiteral("revenu_brut_global"),
         jsonOf(t.revenuBrutGlobal, [](qint64 v) { return QJsonValue(double(v)); })},
        {QStringLiteral("revenu_imposable"), jsonOf(t.revenuImposable, [](qint64 v) { return QJsonValue(double(v)); })},
        {QStringLiteral("impot_avant_imputation"),
         jsonOf(t.impotAvantImputation, [](qint64 v) { return QJsonValue(double(v)); })},
        {QStringLiteral("impot_total"), jsonOf(t.impotTotal, [](qint64 v) { return QJsonValue(double(v)); })},
        {QStringLiteral("adresse_fiscale"), t.adresseFiscale},
        {QStringLiteral("annee_revenus"), t.anneeRevenus},
        {QStringLiteral("annee_imposition"), t.anneeImposition},
    };
    const auto taxable = t.imposable();
    data.insert(QStringLiteral("imposable"), taxable ? QJsonValue(*taxable) : QJsonValue(QJsonValue::Null));
    QJsonArray declarants;
    if (t.declarant1)
        declarants.append(declarantJson(*t.declarant1));
    if (t.declarant2)
        declarants.append(declarantJson(*t.declarant2));
    data.insert(QStringLiteral("declarants"), declarants);
    return QJsonObject{{QStringLiteral("source"), QStringLiteral("impot")},
                       {QStringLiteral("endpoint"), t.provenance.endpoint},
                       {QStringLiteral("ok"), true},
                       {QStringLiteral("answered"), true},
                       {QStringLiteral("data"), data},
                       {QStringLiteral("provenance"), OutcomeText::provenanceJson(t.provenance)},
                       {QStringLiteral("resume"), headline(t)}};
}

QJsonObject TaxText::errorJson(const ApiError& e)
{
    const bool answered = e.kind == ApiError::Kind::NotFound;
    return QJsonObject{{QStringLiteral("source"), QStringLiteral("impot")},
                       {QStringLiteral("ok"), false},
                       {QStringLiteral("answered"), answered},
                       {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), e.kindName()},
                                                             {QStringLiteral("http_status"), e.httpStatus},
                                                             {QStringLiteral("message"), e.userMessage()},
                                                             {QStringLiteral("request_id"), e.requestId},
                                                             {QStringLiteral("exit_code"), e.exitCode()}}},
                       {QStringLiteral("resume"), e.userMessage()}};
}

} // namespace ccas
