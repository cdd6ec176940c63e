#include "domain/Dossier.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace ccas {

QString DossierText::statusKey(DossierStatus s)
{
    switch (s) {
    case DossierStatus::Brouillon:
        return QStringLiteral("brouillon");
    case DossierStatus::EnInstruction:
        return QStringLiteral("en_instruction");
    case DossierStatus::Decide:
        return QStringLiteral("decide");
    case DossierStatus::Clos:
        return QStringLiteral("clos");
    }
    return {};
}

std::optional<DossierStatus> DossierText::statusFromKey(const QString& key)
{
    for (DossierStatus s :
         {DossierStatus::Brouillon, DossierStatus::EnInstruction, DossierStatus::Decide, DossierStatus::Clos})
        if (statusKey(s) == key || statusKey(s).replace(QLatin1Char('_'), QLatin1Char('-')) == key)
            return s;
    return std::nullopt;
}

QString DossierText::statusLabel(DossierStatus s)
{
    switch (s) {
    case DossierStatus::Brouillon:
        return tr("Draft");
    case DossierStatus::EnInstruction:
        return tr("Under review");
    case DossierStatus::Decide:
        return tr("Decided");
    case DossierStatus::Clos:
        return tr("Closed");
    }
    return {};
}

QString DossierText::outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Accorde:
        return QStringLiteral("accorde");
    case Outcome::Refuse:
        return QStringLiteral("refuse");
    case Outcome::SansSuite:
        return QStringLiteral("sans_suite");
    }
    return {};
}

std::optional<Outcome> DossierText::outcomeFromKey(const QString& key)
{
    for (Outcome o : {Outcome::Accorde, Outcome::Refuse, Outcome::SansSuite})
        if (outcomeKey(o) == key || outcomeKey(o).replace(QLatin1Char('_'), QLatin1Char('-')) == key)
            return o;
    return std::nullopt;
}

QString DossierText::outcomeLabel(Outcome o)
{
    switch (o) {
    case Outcome::Accorde:
        return tr("Granted");
    case Outcome::Refuse:
        return tr("Refused");
    case Outcome::SansSuite:
        return tr("No follow-up");
    }
    return {};
}

QString DossierText::formatCents(qint64 cents)
{
    const QLocale fr(QLocale::French, QLocale::France);
    return fr.toString(double(cents) / 100.0, 'f', 2) + QStringLiteral("\u00a0€");
}

std::optional<qint64> DossierText::parseAmount(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*(?:€|EUR)?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(1).toLongLong() * 100;
    QString decimals = m.captured(2);
    if (decimals.size() == 1)
        decimals += QLatin1Char('0');
    cents += decimals.toLongLong();
    return cents;
}

QJsonObject identityToJson(const Identity& id)
{
    return QJsonObject{{QStringLiteral("nomNaissance"), id.nomNaissance},
                       {QStringLiteral("nomUsage"), id.nomUsage},
                       {QStringLiteral("prenoms"), QJsonArray::fromStringList(id.prenoms)},
                       {QStringLiteral("sexe"), id.sexe},
                       {QStringLiteral("anneeNaissance"), id.anneeNaissance},
                       {QStringLiteral("moisNaissance"), id.moisNaissance},
                       {QStringLiteral("jourNaissance"), id.jourNaissance},
                       {QStringLiteral("codePaysNaissance"), id.codePaysNaissance},
                       {QStringLiteral("codeCommuneNaissance"), id.codeCommuneNaissance},
                       {QStringLiteral("nomCommuneNaissance"), id.nomCommuneNaissance},
                       {QStringLiteral("codeDepartementNaissance"), id.codeDepartementNaissance}};
}

Identity identityFromJson(const QJsonObject& o)
{
    Identity id;
    id.nomNaissance = o.value(QStringLiteral("nomNaissance")).toString();
    id.nomUsage = o.value(QStringLiteral("nomUsage")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("prenoms")).toArray())
        id.prenoms << v.toString();
    id.sexe = o.value(QStringLiteral("sexe")).toString();
    id.anneeNaissance = o.value(QStringLiteral("anneeNaissance")).toInt();
    id.moisNaissance = o.value(QStringLiteral("moisNaissance")).toInt();
    id.jourNaissance = o.value(QStringLiteral("jourNaissance")).toInt();
    id.codePaysNaissance = o.value(QStringLiteral("codePaysNaissance")).toString();
    id.codeCommuneNaissance = o.value(QStringLiteral("codeCommuneNaissance")).toString();
    id.nomCommuneNaissance = o.value(QStringLiteral("nomCommuneNaissance")).toString();
    id.codeDepartementNaissance = o.value(QStringLiteral("codeDepartementNaissance")).toString();
    return id;
}

} // namespace ccas
