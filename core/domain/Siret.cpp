#include "domain/Siret.h"

namespace ccas {

// tr() is written ccas::Siret::tr() so that lupdate files the strings under the runtime context
// ("ccas::Siret") even when it cannot resolve the header's include path.

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Luhn over the 14 digits: every second digit from the right is doubled (minus 9 above 9).
bool luhnValid(const QString& digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

int digitSum(const QString& digits)
{
    int sum = 0;
    for (const QChar c : digits)
        sum += c.unicode() - u'0';
    return sum;
}

enum class Problem
{
    None,
    Empty,
    Characters,
    Length,
    Key
};

Problem check(const QString& siret)
{
    const QString s = Siret::normalised(siret);
    if (s.isEmpty())
        return Problem::Empty;
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return Problem::Characters;
    }
    if (s.size() != 14)
        return Problem::Length;
    if (luhnValid(s))
        return Problem::None;
    // La Poste numbers its many establishments under one SIREN with its own rule (its head office,
    // 356 000 000 00048, follows Luhn and is accepted above).
    if (s.startsWith(QLatin1String("356000000")) && digitSum(s) % 5 == 0)
        return Problem::None;
    return Problem::Key;
}

} // namespace

QString Siret::normalised(const QString& siret)
{
    // Only the spaces typed to group digits go; anything else stays so that it is refused.
    QString s;
    s.reserve(siret.size());
    for (const QChar c : siret) {
        if (!c.isSpace())
            s.append(c);
    }
    return s;
}

bool Siret::isValid(const QString& siret)
{
    return check(siret) == Problem::None;
}

QString Siret::validationMessage(const QString& siret)
{
    switch (check(siret)) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return ccas::Siret::tr("Enter the SIRET number (14 digits).");
    case Problem::Characters:
        return ccas::Siret::tr("A SIRET number contains only digits.");
    case Problem::Length:
        return ccas::Siret::tr("A SIRET number has 14 digits.");
    case Problem::Key:
        return ccas::Siret::tr(
            "This SIRET number is not valid: its check digit does not match. Check it for a typing error.");
    }
    return {};
}

} // namespace ccas
