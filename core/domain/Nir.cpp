#include "domain/Nir.h"

namespace ccas {

// tr() is written ccas::Nir::tr() so that lupdate files the strings under the runtime context
// ("ccas::Nir") even when it cannot resolve the header's include path.

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

int digitAt(const QString& s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

int numberAt(const QString& s, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i)
        n = n * 10 + digitAt(s, i);
    return n;
}

// Upper-case NIR characters: digits everywhere, except "2A"/"2B" for Corsica in the département
// (characters 6 and 7). `s` is at least 13 characters long.
bool hasValidCharacters(const QString& s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (isAsciiDigit(c))
            continue;
        if (i == 6 && (c == QLatin1Char('A') || c == QLatin1Char('B')) && s.at(5) == QLatin1Char('2'))
            continue;
        return false;
    }
    return true;
}

Error nirError(const QString& message, const char* detail)
{
    return Error{message, QString::fromLatin1(detail)};
}

} // namespace

int Nir::controlKey(const QString& first13)
{
    const QString s = first13.toUpper();
    if (s.size() != 13 || !hasValidCharacters(s))
        return -1;
    // 13 digits fit in 64 bits; Corsica counts as 19 (2A) and 18 (2B).
    QString digits = s;
    if (s.at(6) == QLatin1Char('A'))
        digits.replace(5, 2, QStringLiteral("19"));
    else if (s.at(6) == QLatin1Char('B'))
        digits.replace(5, 2, QStringLiteral("18"));
    qint64 n = 0;
    for (qsizetype i = 0; i < digits.size(); ++i)
        n = n * 10 + digitAt(digits, i);
    return static_cast<int>(97 - n % 97);
}

Result<NirInfo> Nir::parse(const QString& text, int referenceYear, bool requireKey)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-'))
            continue;
        s.append(c.toUpper());
    }

    if (s.isEmpty())
        return nirError(ccas::Nir::tr("Enter the social security number."), "nir: empty");
    for (const QChar c : s) {
        if (!isAsciiDigit(c) && c != QLatin1Char('A') && c != QLatin1Char('B'))
            return nirError(
                ccas::Nir::tr("The social security number may contain only digits, with 2A or 2B for Corsica."),
                "nir: characters");
    }
    if (requireKey && s.size() != 15)
        return nirError(ccas::Nir::tr("The social security number has 15 characters: 13 digits and a 2-digit key."),
                        "nir: length");
    if (!requireKey && s.size() != 13 && s.size() != 15)
        return nirError(ccas::Nir::tr("The social security number has 13 characters, or 15 with its key."),
                        "nir: length");
    if (!hasValidCharacters(s))
        return nirError(ccas::Nir::tr("The social security number may contain only digits, with 2A or 2B for Corsica."),
                        "nir: characters");

    NirInfo info;

    // S: sex.
    const QChar sex = s.at(0);
    if (sex == QLatin1Char('1')) {
        info.sexe = QStringLiteral("M");
    } else if (sex == QLatin1Char('2')) {
        info.sexe = QStringLiteral("F");
    } else if (sex == QLatin1Char('7') || sex == QLatin1Char('8')) {
        return nirError(
            ccas::Nir::tr("This is a temporary number (starting with 7 or 8): it does not carry reliable birth "
                          "data. Use the permanent social security number."),
            "nir: temporary number");
    } else {
        return nirError(ccas::Nir::tr("The social security number must start with 1 (man) or 2 (woman)."),
                        "nir: sex digit");
    }

    // AA: year, the most recent one ending in these digits that is not after the reference year.
    info.anneeDeuxChiffres = numberAt(s, 1, 2);
    info.anneeNaissance = referenceYear - ((referenceYear - info.anneeDeuxChiffres) % 100 + 100) % 100;

    // MM: month; 20-42 and 50-99 stand for an unknown month.
    const int month = numberAt(s, 3, 2);
    if (month >= 1 && month <= 12)
        info.moisNaissance = month;
    else if ((month >= 20 && month <= 42) || month >= 50)
        info.moisNaissance = 0;
    else
        return nirError(
            ccas::Nir::tr("The birth month in the social security number (characters 4 and 5) is not valid."),
            "nir: month");

    // DD + CCC: département and commune, or 99 + country.
    const QString dd = s.mid(5, 2);
    const QString ccc = s.mid(7, 3);
    if (dd == QLatin1String("20"))
        return nirError(ccas::Nir::tr("Corsica is written 2A or 2B in the social security number, not 20."),
                        "nir: departement 20");
    const bool corsica = dd == QLatin1String("2A") || dd == QLatin1String("2B");
    const int ddNumber = corsica ? 20 : dd.toInt();
    if (ddNumber < 1 || ddNumber == 96)
        return nirError(
            ccas::Nir::tr("The birth département in the social security number (characters 6 and 7) is not valid."),
            "nir: departement");
    if (ccc == QLatin1String("000")) {
        if (ddNumber == 99)
            return nirError(
                ccas::Nir::tr("The birth country in the social security number (characters 8 to 10) is not valid."),
                "nir: country");
        return nirError(
            ccas::Nir::tr("The birth commune in the social security number (characters 8 to 10) is not valid."),
            "nir: commune");
    }
    if (ddNumber == 99) {
        info.neAEtranger = true;
        info.codeDepartement = dd;
        info.codePaysNaissance = QStringLiteral("99") + ccc;
    } else {
        // Overseas (97, 98): the département has 3 digits, the third one being the first of CCC.
        info.codeDepartement = (ddNumber == 97 || ddNumber == 98) ? QString(dd + ccc.at(0)) : dd;
        info.codeCommuneNaissance = QString(dd + ccc);
        info.codePaysNaissance = QStringLiteral("99100");
    }

    // OOO: order number.
    if (s.mid(10, 3) == QLatin1String("000"))
        return nirError(
            ccas::Nir::tr("The order number in the social security number (characters 11 to 13) is not valid."),
            "nir: order");

    // KK: control key.
    const int key = controlKey(s.left(13));
    if (s.size() == 15) {
        if (numberAt(s, 13, 2) != key)
            return nirError(
                ccas::Nir::tr("The control key does not match the social security number: check it for a typing "
                              "error."),
                "nir: control key");
        info.normalised = s;
    } else {
        info.normalised = s + QStringLiteral("%1").arg(key, 2, 10, QLatin1Char('0'));
    }
    return info;
}

} // namespace ccas
