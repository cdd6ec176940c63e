#include "api/Source.h"

namespace ccas {

QList<Source> Sources::all()
{
    return {Source::QuotientFamilial, Source::C2S, Source::RSA, Source::AAH, Source::ASF, Source::PrimeActivite};
}

QString Sources::jsonKey(Source s)
{
    switch (s) {
    case Source::QuotientFamilial:
        return QStringLiteral("quotient_familial");
    case Source::C2S:
        return QStringLiteral("complementaire_sante_solidaire");
    case Source::RSA:
        return QStringLiteral("revenu_solidarite_active");
    case Source::AAH:
        return QStringLiteral("allocation_adulte_handicape");
    case Source::ASF:
        return QStringLiteral("allocation_soutien_familial");
    case Source::PrimeActivite:
        return QStringLiteral("prime_activite");
    }
    return {};
}

QString Sources::path(Source s)
{
    return QStringLiteral("/v3/dss/") + jsonKey(s) + QStringLiteral("/identite");
}

QString Sources::cliName(Source s)
{
    switch (s) {
    case Source::QuotientFamilial:
        return QStringLiteral("qf");
    case Source::C2S:
        return QStringLiteral("c2s");
    case Source::RSA:
        return QStringLiteral("rsa");
    case Source::AAH:
        return QStringLiteral("aah");
    case Source::ASF:
        return QStringLiteral("asf");
    case Source::PrimeActivite:
        return QStringLiteral("prime-activite");
    }
    return {};
}

QString Sources::label(Source s)
{
    switch (s) {
    case Source::QuotientFamilial:
        return tr("Family quotient (CAF/MSA)");
    case Source::C2S:
        return tr("Complémentaire santé solidaire (C2S)");
    case Source::RSA:
        return tr("Revenu de solidarité active (RSA)");
    case Source::AAH:
        return tr("Allocation aux adultes handicapés (AAH)");
    case Source::ASF:
        return tr("Allocation de soutien familial (ASF)");
    case Source::PrimeActivite:
        return tr("Prime d'activité");
    }
    return {};
}

std::optional<Source> Sources::fromCliName(const QString& name)
{
    for (Source s : all())
        if (cliName(s) == name)
            return s;
    return std::nullopt;
}

std::optional<Source> Sources::fromPath(const QString& p)
{
    for (Source s : all())
        if (path(s) == p)
            return s;
    return std::nullopt;
}

std::optional<Benefit> Sources::benefit(Source s)
{
    switch (s) {
    case Source::QuotientFamilial:
        return std::nullopt;
    case Source::C2S:
        return Benefit::C2S;
    case Source::RSA:
        return Benefit::RSA;
    case Source::AAH:
        return Benefit::AAH;
    case Source::ASF:
        return Benefit::ASF;
    case Source::PrimeActivite:
        return Benefit::PrimeActivite;
    }
    return std::nullopt;
}

} // namespace ccas
