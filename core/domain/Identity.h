#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ccas {

// The identity pivot an agent types for API Particulier's /identite routes.
// Field names follow the API so that the mapping to query parameters is evident.
struct Identity
{
    QString nomNaissance;
    QString nomUsage;                 // optional
    QStringList prenoms;              // 1 to 3
    QString sexe;                     // "F" or "M"
    int anneeNaissance = 0;           // 0 = not given
    int moisNaissance = 0;            // needs the year
    int jourNaissance = 0;            // needs the month
    QString codePaysNaissance;        // COG "99xxx"; "99100" = France
    QString codeCommuneNaissance;     // option 1 (born in France): COG, 5 chars, 2A/2B allowed
    QString nomCommuneNaissance;      // option 2 (born in France): name ...
    QString codeDepartementNaissance; // ... + département (2-3 chars) + birth year

    bool bornInFrance() const { return codePaysNaissance == QLatin1String("99100"); }
    // Trims every field and folds runs of spaces; upper-cases sexe. Empty first names are dropped.
    Identity normalised() const;
};

// One validation message per field. `field` is the stable name of the Identity member
// ("nomNaissance", "prenoms", "jourNaissance", "codeCommuneNaissance", …) so the GUI can put the
// message next to the right input and the CLI can name the option.
struct FieldError
{
    QString field;
    QString message; // translated (French by default)
    bool operator==(const FieldError& o) const { return field == o.field && message == o.message; }
};

class IdentityValidator
{
    Q_DECLARE_TR_FUNCTIONS(ccas::IdentityValidator)
public:
    // Validates a normalised identity against the API Particulier contract. `today` bounds the
    // birth date (no birth in the future, none before 1900). Returns an empty list when valid;
    // at most one message per field.
    static QList<FieldError> validate(const Identity& identity, const QDate& today);
};

} // namespace ccas
