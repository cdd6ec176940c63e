#pragma once

#include "api/Source.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace ccas {

// One official staging case: the parameters that trigger it, the status and the exact body.
struct StagingCase
{
    QString folder;   // "api_particulier_v3_cnav_quotient_familial_with_civility"
    QString fileName; // "200-famille-4_enfants.yaml"
    Source source = Source::QuotientFamilial;
    QString description; // first line of the YAML description, markdown stripped
    // Parameters as written in the YAML, values as text; "prenoms" holds the list of first names.
    // Keys that are not parameters of the endpoint (the staging files contain misspelled ones such as
    // "anneeDateDaissance") are kept in `ignoredParams`, not here.
    QMap<QString, QString> params;
    QStringList prenoms;
    QStringList ignoredParams;
    QMap<QString, QString> ignoredValues; // the values of `ignoredParams`, as text (to replay a case verbatim)
    int status = 0;
    QByteArray payload; // the exact body
};

// The staging cases of the six v3 "with_civility" folders, and the rule that picks the case
// answering a request.
//
// Matching rule (documented in README and docs): a case answers a request on its endpoint when every
// parameter the case names is in the request with the same value, compared after trimming, case-
// insensitively (Unicode case folding, accents significant), numbers by value ("06" = "6") and
// first names as an ordered list. Parameters of the request that the case does not name are free
// (`recipient` always is). Among the cases that answer, the one naming the most parameters wins;
// a tie goes to the first file name in alphabetical order.
class StagingCatalog
{
public:
    // Reads every *.yaml / *.yml file of the six folders under `directory`.
    static Result<StagingCatalog> loadFromDirectory(const QString& directory);
    // The copy embedded in the application (":/demo/staging").
    static Result<StagingCatalog> loadEmbedded();

    const QList<StagingCase>& cases() const { return m_cases; }
    QList<StagingCase> casesFor(Source source) const;
    // The case answering a request on `source`'s endpoint, or nullptr when none does.
    const StagingCase* match(Source source, const QUrlQuery& query) const;

    // The endpoint parameters a case may constrain (everything but recipient).
    static QStringList knownParameters(Source source);

private:
    QList<StagingCase> m_cases;
};

} // namespace ccas
