#include "domain/Identity.h"

namespace ccas {

// tr() is written ccas::IdentityValidator::tr() so that lupdate files the strings under the runtime context
// ("ccas::IdentityValidator") even when it cannot resolve the header's include path.

namespace {

// Trims, folds whitespace runs (including non-breaking spaces and tabs) to one space and composes
// accents (NFC) so that "é" typed as e + combining accent counts as one letter.
QString clean(const QString& s)
{
    return s.normalized(QString::NormalizationForm_C).simplified();
}

QString cleanCode(const QString& s)
{
    return clean(s).toUpper();
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allAsciiDigits(QStringView s)
{
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

enum class NameProblem
{
    None,
    TooLong,
    BadCharacters,
    NoLetter
};

constexpr qsizetype kMaxNameLength = 100;

// Letters of any script (with combining accents), spaces, hyphens and apostrophes (' and ’).
NameProblem checkName(const QString& name)
{
    const QList<uint> codePoints = name.toUcs4();
    if (codePoints.size() > kMaxNameLength)
        return NameProblem::TooLong;
    bool hasLetter = false;
    bool afterLetter = false; // a combining mark must follow a letter (or another mark)
    for (const uint cp : codePoints) {
        const auto c = static_cast<char32_t>(cp);
        if (QChar::isLetter(c)) {
            hasLetter = true;
            afterLetter = true;
        } else if (QChar::isMark(c) && afterLetter) {
            // keeps afterLetter
        } else if (c == U' ' || c == U'-' || c == U'\'' || c == U'\u2019') {
            afterLetter = false;
        } else {
            return NameProblem::BadCharacters;
        }
    }
    return hasLetter ? NameProblem::None : NameProblem::NoLetter;
}

// The name of a commune: any printable text with at least one letter ("Paris 15e Arrondissement").
NameProblem checkCommuneName(const QString& name)
{
    const QList<uint> codePoints = name.toUcs4();
    if (codePoints.size() > kMaxNameLength)
        return NameProblem::TooLong;
    for (const uint cp : codePoints) {
        if (QChar::isLetter(static_cast<char32_t>(cp)))
            return NameProblem::None;
    }
    return NameProblem::NoLetter;
}

bool isCountryCode(const QString& code)
{
    return code.size() == 5 && code.startsWith(QLatin1String("99")) && allAsciiDigits(code);
}

// 2 digits + 3 digits, or 2A/2B + 3 digits.
bool isCommuneCode(const QString& code)
{
    if (code.size() != 5 || !allAsciiDigits(QStringView(code).mid(2)))
        return false;
    const QStringView dept = QStringView(code).left(2);
    return allAsciiDigits(dept) || dept == QLatin1String("2A") || dept == QLatin1String("2B");
}

// "01".."95", "2A", "2B", "971".."976".
bool isDepartementCode(const QString& code)
{
    if (code == QLatin1String("2A") || code == QLatin1String("2B"))
        return true;
    if (!allAsciiDigits(code))
        return false;
    const int n = code.toInt();
    if (code.size() == 2)
        return n >= 1 && n <= 95;
    if (code.size() == 3)
        return n >= 971 && n <= 976;
    return false;
}

class Errors
{
public:
    // Keeps the first message given for a field: one message per field.
    void add(const QString& field, const QString& message)
    {
        if (!has(field))
            m_list.append(FieldError{field, message});
    }
    bool has(const QString& field) const
    {
        for (const FieldError& e : m_list) {
            if (e.field == field)
                return true;
        }
        return false;
    }
    QList<FieldError> list() const { return m_list; }

private:
    QList<FieldError> m_list;
};

void validateNames(const Identity& id, Errors& errors)
{
    const QString nomNaissance = QStringLiteral("nomNaissance");
    if (id.nomNaissance.isEmpty()) {
        errors.add(nomNaissance, ccas::IdentityValidator::tr("Enter the birth name."));
    } else {
        switch (checkName(id.nomNaissance)) {
        case NameProblem::None:
            break;
        case NameProblem::TooLong:
            errors.add(nomNaissance,
                       ccas::IdentityValidator::tr("The birth name cannot be longer than 100 characters."));
            break;
        case NameProblem::BadCharacters:
            errors.add(nomNaissance, ccas::IdentityValidator::tr(
                                         "The birth name may contain only letters, spaces, hyphens and apostrophes."));
            break;
        case NameProblem::NoLetter:
            errors.add(nomNaissance, ccas::IdentityValidator::tr("The birth name must contain at least one letter."));
            break;
        }
    }

    const QString nomUsage = QStringLiteral("nomUsage");
    if (!id.nomUsage.isEmpty()) {
        switch (checkName(id.nomUsage)) {
        case NameProblem::None:
            break;
        case NameProblem::TooLong:
            errors.add(nomUsage, ccas::IdentityValidator::tr("The usage name cannot be longer than 100 characters."));
            break;
        case NameProblem::BadCharacters:
            errors.add(nomUsage, ccas::IdentityValidator::tr(
                                     "The usage name may contain only letters, spaces, hyphens and apostrophes."));
            break;
        case NameProblem::NoLetter:
            errors.add(nomUsage, ccas::IdentityValidator::tr("The usage name must contain at least one letter."));
            break;
        }
        if (QString::compare(id.nomUsage, id.nomNaissance, Qt::CaseInsensitive) == 0) {
            errors.add(nomUsage,
                       ccas::IdentityValidator::tr(
                           "The usage name must differ from the birth name; leave it empty if they are the same."));
        }
    }

    const QString prenoms = QStringLiteral("prenoms");
    if (id.prenoms.isEmpty()) {
        errors.add(prenoms, ccas::IdentityValidator::tr("Enter at least one first name."));
    } else if (id.prenoms.size() > 3) {
        errors.add(prenoms, ccas::IdentityValidator::tr("Enter at most 3 first names."));
    } else {
        for (const QString& prenom : id.prenoms) {
            switch (checkName(prenom)) {
            case NameProblem::None:
                break;
            case NameProblem::TooLong:
                errors.add(prenoms,
                           ccas::IdentityValidator::tr("Each first name cannot be longer than 100 characters."));
                break;
            case NameProblem::BadCharacters:
                errors.add(prenoms, ccas::IdentityValidator::tr(
                                        "First names may contain only letters, spaces, hyphens and apostrophes."));
                break;
            case NameProblem::NoLetter:
                errors.add(prenoms, ccas::IdentityValidator::tr("Each first name must contain at least one letter."));
                break;
            }
        }
    }

    if (id.sexe != QLatin1String("F") && id.sexe != QLatin1String("M"))
        errors.add(QStringLiteral("sexe"),
                   ccas::IdentityValidator::tr("Choose the sex on the civil-status record: F or M."));
}

void validateBirthDate(const Identity& id, const QDate& today, Errors& errors)
{
    const QString annee = QStringLiteral("anneeNaissance");
    const QString mois = QStringLiteral("moisNaissance");
    const QString jour = QStringLiteral("jourNaissance");

    const bool hasYear = id.anneeNaissance != 0;
    const bool hasMonth = id.moisNaissance != 0;
    const bool hasDay = id.jourNaissance != 0;

    bool yearOk = false;
    if (hasYear) {
        if (id.anneeNaissance < 1900)
            errors.add(annee, ccas::IdentityValidator::tr("The birth year must be 1900 or later."));
        else
            yearOk = true;
    }

    bool monthOk = false;
    if (hasMonth) {
        if (!hasYear)
            errors.add(mois, ccas::IdentityValidator::tr("A birth month needs the birth year."));
        else if (id.moisNaissance < 1 || id.moisNaissance > 12)
            errors.add(mois, ccas::IdentityValidator::tr("The birth month must be between 1 and 12."));
        else
            monthOk = true;
    }

    bool dayOk = false;
    if (hasDay) {
        if (!hasMonth) {
            errors.add(jour, ccas::IdentityValidator::tr("A birth day needs the birth month."));
        } else if (id.jourNaissance < 1 || id.jourNaissance > 31) {
            errors.add(jour, ccas::IdentityValidator::tr("The birth day must be between 1 and 31."));
        } else if (monthOk) {
            // Without a usable year, 29 February is given the benefit of the doubt (2000 is a leap year).
            const int year = yearOk ? id.anneeNaissance : 2000;
            if (QDate::isValid(year, id.moisNaissance, id.jourNaissance))
                dayOk = true;
            else
                errors.add(jour, ccas::IdentityValidator::tr(
                                     "This birth day does not exist in that month (29 February is only in leap "
                                     "years)."));
        }
    }

    // No birth after today, compared at the precision given.
    if (!yearOk || !today.isValid())
        return;
    const QString future = ccas::IdentityValidator::tr("The birth date cannot be in the future.");
    if (id.anneeNaissance > today.year()) {
        errors.add(annee, future);
    } else if (id.anneeNaissance == today.year() && monthOk) {
        if (id.moisNaissance > today.month())
            errors.add(mois, future);
        else if (id.moisNaissance == today.month() && dayOk && id.jourNaissance > today.day())
            errors.add(jour, future);
    }
}

void validateBirthPlace(const Identity& id, Errors& errors)
{
    const QString pays = QStringLiteral("codePaysNaissance");
    const QString codeCommune = QStringLiteral("codeCommuneNaissance");
    const QString nomCommune = QStringLiteral("nomCommuneNaissance");
    const QString departement = QStringLiteral("codeDepartementNaissance");

    const bool hasCode = !id.codeCommuneNaissance.isEmpty();
    const bool hasName = !id.nomCommuneNaissance.isEmpty();
    const bool hasDepartement = !id.codeDepartementNaissance.isEmpty();

    bool countryOk = false;
    if (id.codePaysNaissance.isEmpty())
        errors.add(pays, ccas::IdentityValidator::tr("Enter the birth country code (99100 for France)."));
    else if (!isCountryCode(id.codePaysNaissance))
        errors.add(pays, ccas::IdentityValidator::tr(
                             "The birth country code is 99 followed by 3 digits (e.g. 99100 France, 99350 "
                             "Morocco)."));
    else
        countryOk = true;

    // Born abroad: the country code alone.
    if (countryOk && !id.bornInFrance()) {
        if (hasCode)
            errors.add(codeCommune,
                       ccas::IdentityValidator::tr("Leave the birth commune code empty for a person born abroad."));
        if (hasName)
            errors.add(nomCommune,
                       ccas::IdentityValidator::tr("Leave the birth commune name empty for a person born abroad."));
        if (hasDepartement)
            errors.add(departement,
                       ccas::IdentityValidator::tr("Leave the birth département empty for a person born abroad."));
        return;
    }

    // Formats of what is filled (also when the country is still missing or wrong).
    if (hasCode) {
        if (!isCommuneCode(id.codeCommuneNaissance))
            errors.add(codeCommune,
                       ccas::IdentityValidator::tr("The birth commune code has 5 characters (e.g. 75056, 2A004)."));
        else if (id.codeCommuneNaissance.startsWith(QLatin1String("99")))
            errors.add(codeCommune, ccas::IdentityValidator::tr(
                                        "A birth commune code cannot start with 99: that is a country code."));
    }
    if (hasName) {
        switch (checkCommuneName(id.nomCommuneNaissance)) {
        case NameProblem::None:
        case NameProblem::BadCharacters:
            break;
        case NameProblem::TooLong:
            errors.add(nomCommune,
                       ccas::IdentityValidator::tr("The birth commune name cannot be longer than 100 characters."));
            break;
        case NameProblem::NoLetter:
            errors.add(nomCommune,
                       ccas::IdentityValidator::tr("The birth commune name must contain at least one letter."));
            break;
        }
    }
    if (hasDepartement && !isDepartementCode(id.codeDepartementNaissance))
        errors.add(departement,
                   ccas::IdentityValidator::tr("The birth département code is 01 to 95, 2A, 2B or 971 to 976."));

    if (!countryOk)
        return;

    // Born in France: option 1 (commune code) or option 2 (commune name + département + birth year).
    if (hasCode && (hasName || hasDepartement)) {
        errors.add(codeCommune,
                   ccas::IdentityValidator::tr("Give either the birth commune code or the commune name with its "
                                               "département, not both."));
    } else if (!hasCode && !hasName && !hasDepartement) {
        errors.add(codeCommune, ccas::IdentityValidator::tr(
                                    "Enter the birth commune code, or the commune name with its département."));
    } else if (!hasCode) {
        if (!hasName)
            errors.add(nomCommune,
                       ccas::IdentityValidator::tr("Enter the name of the birth commune with its département."));
        if (!hasDepartement)
            errors.add(departement,
                       ccas::IdentityValidator::tr("Enter the département of the birth commune (e.g. 75, 2A, 971)."));
        if (id.anneeNaissance == 0)
            errors.add(QStringLiteral("anneeNaissance"),
                       ccas::IdentityValidator::tr(
                           "Enter the birth year: it is needed when the birth commune is given by name."));
    }
}

} // namespace

Identity Identity::normalised() const
{
    Identity n;
    n.nomNaissance = clean(nomNaissance);
    n.nomUsage = clean(nomUsage);
    for (const QString& prenom : prenoms) {
        const QString p = clean(prenom);
        if (!p.isEmpty())
            n.prenoms.append(p);
    }
    n.sexe = clean(sexe).toUpper();
    n.anneeNaissance = anneeNaissance;
    n.moisNaissance = moisNaissance;
    n.jourNaissance = jourNaissance;
    n.codePaysNaissance = cleanCode(codePaysNaissance);
    n.codeCommuneNaissance = cleanCode(codeCommuneNaissance);
    n.nomCommuneNaissance = clean(nomCommuneNaissance);
    n.codeDepartementNaissance = cleanCode(codeDepartementNaissance);
    return n;
}

QList<FieldError> IdentityValidator::validate(const Identity& identity, const QDate& today)
{
    // Normalising is idempotent: a caller that forgot to do it still gets the agent-facing answer
    // ("Enter the birth name." rather than a complaint about spaces).
    const Identity id = identity.normalised();
    Errors errors;
    validateNames(id, errors);
    validateBirthDate(id, today, errors);
    validateBirthPlace(id, errors);
    return errors.list();
}

} // namespace ccas
