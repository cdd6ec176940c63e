#pragma once

#include "domain/Household.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ccas {

// The API Particulier sources a CCAS desk fetches for one person.
enum class Source
{
    QuotientFamilial,
    C2S,
    RSA,
    AAH,
    ASF,
    PrimeActivite
};

class Sources
{
    Q_DECLARE_TR_FUNCTIONS(ccas::Sources)
public:
    static QList<Source> all();
    static QString path(Source s);    // "/v3/dss/quotient_familial/identite"
    static QString cliName(Source s); // "qf", "c2s", "rsa", "aah", "asf", "prime-activite"
    static QString jsonKey(Source s); // "quotient_familial", "complementaire_sante_solidaire", …
    static QString label(Source s);   // translated: "Quotient familial CAF/MSA", "Complémentaire santé solidaire"
    static std::optional<Source> fromCliName(const QString& name);
    static std::optional<Source> fromPath(const QString& path);
    static std::optional<Benefit> benefit(Source s);
};

} // namespace ccas
