#include <catch2/catch.hpp>

#include "domain/Nir.h"

#include <string>

using ccas::Nir;
using ccas::NirInfo;

namespace {

constexpr int kReferenceYear = 2025;

// Computed here digit by digit (Horner's rule mod 97), independently of Nir::controlKey's 64-bit
// arithmetic: 97 - (N mod 97) with 2A -> 19 and 2B -> 18.
int independentKey(std::string first13)
{
    if (first13.substr(5, 2) == "2A")
        first13.replace(5, 2, "19");
    else if (first13.substr(5, 2) == "2B")
        first13.replace(5, 2, "18");
    int remainder = 0;
    for (const char c : first13)
        remainder = (remainder * 10 + (c - '0')) % 97;
    return 97 - remainder;
}

std::string twoDigits(int n)
{
    return (n < 10 ? "0" : "") + std::to_string(n);
}

// The 15-character NIR for 13 characters, with the key computed by the independent helper.
QString withKey(const std::string& first13)
{
    return QString::fromStdString(first13 + twoDigits(independentKey(first13)));
}

std::string detailOf(const QString& text, bool requireKey = true, int referenceYear = kReferenceYear)
{
    const auto r = Nir::parse(text, referenceYear, requireKey);
    if (r.ok())
        return "ok";
    CHECK_FALSE(r.error().userMessage.isEmpty());
    return r.error().detail.toStdString();
}

NirInfo parsed(const QString& text, bool requireKey = true, int referenceYear = kReferenceYear)
{
    const auto r = Nir::parse(text, referenceYear, requireKey);
    if (!r.ok())
        FAIL_CHECK(r.error().detail.toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("The commonly cited NIR 1 84 12 76 451 089 46 has key 46", "[nir]")
{
    CHECK(independentKey("1841276451089") == 46);
    CHECK(Nir::controlKey(QStringLiteral("1841276451089")) == 46);

    const NirInfo info = parsed(QStringLiteral("1 84 12 76 451 089 46"));
    CHECK(info.normalised == QStringLiteral("184127645108946"));
    CHECK(info.sexe == QStringLiteral("M"));
    CHECK(info.anneeDeuxChiffres == 84);
    CHECK(info.anneeNaissance == 1984);
    CHECK(info.moisNaissance == 12);
    CHECK_FALSE(info.neAEtranger);
    CHECK(info.codeDepartement == QStringLiteral("76"));
    CHECK(info.codeCommuneNaissance == QStringLiteral("76451"));
    CHECK(info.codePaysNaissance == QStringLiteral("99100"));
}

TEST_CASE("NIR separators: spaces, dots, dashes; lower case Corsica letters", "[nir]")
{
    const QString expected = QStringLiteral("184127645108946");
    for (const QString& typed : {QStringLiteral("184127645108946"), QStringLiteral("1.84.12.76.451.089.46"),
                                 QStringLiteral("1-84-12-76-451-089-46"), QStringLiteral("  1 84 12 76 451 089 - 46 "),
                                 QStringLiteral("1\u00A084\u00A012 76 451 089 46")}) {
        INFO(typed.toStdString());
        CHECK(parsed(typed).normalised == expected);
    }

    const QString corsica = withKey("269052A004123");
    CHECK(parsed(corsica.toLower()).normalised == corsica);
}

TEST_CASE("NIR Corsica: 2A and 2B, key with 19 and 18", "[nir]")
{
    const int key2A = Nir::controlKey(QStringLiteral("269052A004123"));
    CHECK(key2A == independentKey("269052A004123"));
    CHECK(key2A == 97 - static_cast<int>(2690519004123LL % 97));
    CHECK(Nir::controlKey(QStringLiteral("269052a004123")) == key2A);

    const NirInfo a = parsed(withKey("269052A004123"));
    CHECK(a.sexe == QStringLiteral("F"));
    CHECK(a.anneeNaissance == 1969);
    CHECK(a.moisNaissance == 5);
    CHECK(a.codeDepartement == QStringLiteral("2A"));
    CHECK(a.codeCommuneNaissance == QStringLiteral("2A004"));
    CHECK(a.codePaysNaissance == QStringLiteral("99100"));

    CHECK(Nir::controlKey(QStringLiteral("175032B033045")) == 97 - static_cast<int>(1750318033045LL % 97));
    const NirInfo b = parsed(withKey("175032B033045"));
    CHECK(b.sexe == QStringLiteral("M"));
    CHECK(b.codeDepartement == QStringLiteral("2B"));
    CHECK(b.codeCommuneNaissance == QStringLiteral("2B033"));

    // The same digits with the letter swapped no longer match.
    std::string swapped = withKey("269052A004123").toStdString();
    swapped[6] = 'B';
    CHECK(detailOf(QString::fromStdString(swapped)) == "nir: control key");
}

TEST_CASE("NIR overseas: 3-digit département", "[nir]")
{
    const NirInfo guadeloupe = parsed(withKey("1900797105012"));
    CHECK(guadeloupe.codeDepartement == QStringLiteral("971"));
    CHECK(guadeloupe.codeCommuneNaissance == QStringLiteral("97105"));
    CHECK(guadeloupe.codePaysNaissance == QStringLiteral("99100"));
    CHECK_FALSE(guadeloupe.neAEtranger);
    CHECK(guadeloupe.moisNaissance == 7);

    const NirInfo polynesie = parsed(withKey("2850198735003"));
    CHECK(polynesie.codeDepartement == QStringLiteral("987"));
    CHECK(polynesie.codeCommuneNaissance == QStringLiteral("98735"));
}

TEST_CASE("NIR born abroad: département 99 and country code", "[nir]")
{
    const NirInfo info = parsed(withKey("1800399350123"));
    CHECK(info.neAEtranger);
    CHECK(info.codeDepartement == QStringLiteral("99"));
    CHECK(info.codePaysNaissance == QStringLiteral("99350"));
    CHECK(info.codeCommuneNaissance.isEmpty());
    CHECK(info.anneeNaissance == 1980);
    CHECK(info.moisNaissance == 3);
}

TEST_CASE("NIR month: 1-12, unknown 20-42 and 50-99, others refused", "[nir]")
{
    for (int month : {1, 6, 12})
        CHECK(parsed(withKey("184" + twoDigits(month) + "76451089")).moisNaissance == month);
    for (int month : {20, 30, 42, 50, 62, 99}) {
        INFO(month);
        CHECK(parsed(withKey("184" + twoDigits(month) + "76451089")).moisNaissance == 0);
    }
    for (int month : {0, 13, 19, 43, 49}) {
        INFO(month);
        CHECK(detailOf(withKey("184" + twoDigits(month) + "76451089")) == "nir: month");
    }
}

TEST_CASE("NIR year: most recent year not after the reference year", "[nir]")
{
    const QString y25 = withKey("1250676451089");
    CHECK(parsed(y25, true, 2025).anneeNaissance == 2025);
    CHECK(parsed(y25, true, 2024).anneeNaissance == 1925);
    CHECK(parsed(y25, true, 2125).anneeNaissance == 2125);
    CHECK(parsed(withKey("1260676451089"), true, 2025).anneeNaissance == 1926);
    CHECK(parsed(withKey("1000676451089"), true, 2025).anneeNaissance == 2000);
    CHECK(parsed(withKey("1000676451089"), true, 1999).anneeNaissance == 1900);
    CHECK(parsed(withKey("1990676451089"), true, 2025).anneeNaissance == 1999);
    CHECK(parsed(withKey("1990676451089"), true, 2025).anneeDeuxChiffres == 99);
}

TEST_CASE("NIR without key only when allowed", "[nir]")
{
    CHECK(detailOf(QStringLiteral("1 84 12 76 451 089")) == "nir: length");

    const NirInfo info = parsed(QStringLiteral("1 84 12 76 451 089"), false);
    CHECK(info.normalised == QStringLiteral("184127645108946"));
    CHECK(info.codeCommuneNaissance == QStringLiteral("76451"));

    // A key, when typed, is still checked.
    CHECK(parsed(QStringLiteral("184127645108946"), false).normalised == QStringLiteral("184127645108946"));
    CHECK(detailOf(QStringLiteral("184127645108947"), false) == "nir: control key");

    // Keys below 10 are written with two digits.
    bool sawSmallKey = false;
    for (int order = 1; order < 200 && !sawSmallKey; ++order) {
        std::string first13 = "1841276451" +
                              std::string(order < 10    ? "00"
                                          : order < 100 ? "0"
                                                        : "") +
                              std::to_string(order);
        if (independentKey(first13) < 10) {
            sawSmallKey = true;
            CHECK(parsed(QString::fromStdString(first13), false).normalised == withKey(first13));
            CHECK(withKey(first13).size() == 15);
        }
    }
    CHECK(sawSmallKey);
}

TEST_CASE("NIR refusals", "[nir]")
{
    CHECK(detailOf(QString()) == "nir: empty");
    CHECK(detailOf(QStringLiteral(" - . ")) == "nir: empty");
    CHECK(detailOf(QStringLiteral("1 84 12 76 451 O89 46")) == "nir: characters"); // letter O
    CHECK(detailOf(QStringLiteral("1 84 12 76 451 089 4/6")) == "nir: characters");
    CHECK(detailOf(QStringLiteral("1 84 12 76 451 089 4")) == "nir: length");
    CHECK(detailOf(QStringLiteral("1 84 12 76 451 089 461")) == "nir: length");
    CHECK(detailOf(QStringLiteral("1 84 12 76 451 08"), false) == "nir: length");
    // A or B only as 2A/2B in the département.
    CHECK(detailOf(withKey("184122A451089").replace(6, 1, QLatin1Char('C'))) == "nir: characters");
    CHECK(detailOf(QStringLiteral("1841237A45108946")) == "nir: length");
    CHECK(detailOf(QStringLiteral("18412A7645108946").left(15)) == "nir: characters");

    // Sex digit: temporary numbers and other first digits.
    CHECK(detailOf(withKey("7841276451089")) == "nir: temporary number");
    CHECK(detailOf(withKey("8841276451089")) == "nir: temporary number");
    for (const char* first : {"0", "3", "4", "5", "6", "9"})
        CHECK(detailOf(withKey(std::string(first) + "841276451089")) == "nir: sex digit");

    // Département 20 (Corsica is 2A/2B), 96, 00.
    CHECK(detailOf(withKey("1841220004089")) == "nir: departement 20");
    CHECK(detailOf(withKey("1841296004089")) == "nir: departement");
    CHECK(detailOf(withKey("1841200004089")) == "nir: departement");

    // Commune, country and order 000.
    CHECK(detailOf(withKey("1841276000089")) == "nir: commune");
    CHECK(detailOf(withKey("1841299000089")) == "nir: country");
    CHECK(detailOf(withKey("1841276451000")) == "nir: order");

    // Wrong key.
    CHECK(detailOf(QStringLiteral("1 84 12 76 451 089 47")) == "nir: control key");
    CHECK(detailOf(QStringLiteral("1 84 12 76 451 089 00")) == "nir: control key");
    CHECK(detailOf(QStringLiteral("1 84 12 76 451 089 98")) == "nir: control key");
    const auto r = Nir::parse(QStringLiteral("1 84 12 76 451 089 47"), kReferenceYear);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().userMessage ==
          Nir::tr("The control key does not match the social security number: check it for a typing error."));
}

TEST_CASE("NIR: every single-digit typing error is caught", "[nir]")
{
    const std::string valid = "184127645108946";
    for (std::size_t i = 0; i < 13; ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            if (d == valid[i])
                continue;
            std::string typo = valid;
            typo[i] = d;
            INFO(typo);
            CHECK_FALSE(Nir::parse(QString::fromStdString(typo), kReferenceYear).ok());
        }
    }
}

TEST_CASE("NIR controlKey refuses invalid input", "[nir]")
{
    CHECK(Nir::controlKey(QString()) == -1);
    CHECK(Nir::controlKey(QStringLiteral("184127645108")) == -1);
    CHECK(Nir::controlKey(QStringLiteral("18412764510894")) == -1);
    CHECK(Nir::controlKey(QStringLiteral("1 84127645108")) == -1);
    CHECK(Nir::controlKey(QStringLiteral("18412A6451089")) == -1); // letter not after a 2 in the département
    CHECK(Nir::controlKey(QStringLiteral("1841227451089")) == independentKey("1841227451089"));
    for (const char* n : {"1841276451089", "2690519004123", "1800399350123", "2000101001001"}) {
        const int key = Nir::controlKey(QString::fromStdString(n));
        CHECK(key == independentKey(n));
        CHECK(key >= 1);
        CHECK(key <= 97);
    }
}
