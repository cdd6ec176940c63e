#include <catch2/catch.hpp>

#include "domain/Siret.h"

#include <string>
#include <vector>

using ccas::Siret;

namespace {

// Luhn written independently of Siret: weights 2,1,2,1,… from the left (14 digits is even, so the
// leftmost digit is doubled), digits of the products summed.
bool independentLuhn(const std::string& digits)
{
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const int product = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return sum % 10 == 0;
}

int digitSum(const std::string& digits)
{
    int sum = 0;
    for (const char c : digits)
        sum += c - '0';
    return sum;
}

// Public SIRETs: DINUM (the staging recipient), and well-known head offices or town halls. Whatever
// their current status at INSEE, their key is checked here by the independent helper.
const std::vector<std::string> kValid = {
    "13002526500013", // DINUM, recipient of every API Particulier staging example
    "73282932000074", "55208131766522", "21750001600019", "11000201100044", "54205118000066",
};

std::string tr(const char* source)
{
    return Siret::tr(source).toStdString();
}

std::string messageOf(const char* siret)
{
    return Siret::validationMessage(QString::fromUtf8(siret)).toStdString();
}

} // namespace

TEST_CASE("The staging recipient 13002526500013 (DINUM) is a valid SIRET", "[siret]")
{
    CHECK(independentLuhn("13002526500013"));
    CHECK(Siret::isValid(QStringLiteral("13002526500013")));
    CHECK(Siret::validationMessage(QStringLiteral("13002526500013")).isEmpty());
    CHECK(Siret::isValid(QStringLiteral("130 025 265 00013")));
    CHECK(Siret::isValid(QStringLiteral(" 130\u00A0025\u00A0265\u00A000013 ")));
    CHECK(Siret::normalised(QStringLiteral("130 025 265 00013")) == QStringLiteral("13002526500013"));
}

TEST_CASE("Known public SIRETs are valid and every single-digit change is refused", "[siret]")
{
    for (const std::string& siret : kValid) {
        INFO(siret);
        REQUIRE(independentLuhn(siret));
        CHECK(Siret::isValid(QString::fromStdString(siret)));
        CHECK(Siret::validationMessage(QString::fromStdString(siret)).isEmpty());

        for (std::size_t i = 0; i < siret.size(); ++i) {
            for (char d = '0'; d <= '9'; ++d) {
                if (d == siret[i])
                    continue;
                std::string typo = siret;
                typo[i] = d;
                INFO(typo);
                REQUIRE_FALSE(independentLuhn(typo));
                CHECK_FALSE(Siret::isValid(QString::fromStdString(typo)));
                CHECK(Siret::validationMessage(QString::fromStdString(typo)).toStdString() ==
                      tr("This SIRET number is not valid: its check digit does not match. Check it for a typing "
                         "error."));
            }
        }
    }
}

TEST_CASE("La Poste (SIREN 356000000): digits summing to a multiple of 5", "[siret]")
{
    // The head office follows Luhn.
    CHECK(independentLuhn("35600000000048"));
    CHECK(Siret::isValid(QStringLiteral("35600000000048")));

    // An establishment number that fails Luhn but whose digits sum to 30.
    REQUIRE_FALSE(independentLuhn("35600000049837"));
    REQUIRE(digitSum("35600000049837") % 5 == 0);
    CHECK(Siret::isValid(QStringLiteral("356 000 000 49837")));
    CHECK(Siret::validationMessage(QStringLiteral("35600000049837")).isEmpty());

    // Neither rule.
    REQUIRE_FALSE(independentLuhn("35600000049838"));
    REQUIRE(digitSum("35600000049838") % 5 != 0);
    CHECK_FALSE(Siret::isValid(QStringLiteral("35600000049838")));

    // The digit-sum rule is La Poste's only: another SIREN with a sum multiple of 5 and a bad Luhn key.
    REQUIRE_FALSE(independentLuhn("13002526500015"));
    REQUIRE(digitSum("13002526500015") % 5 == 0);
    CHECK_FALSE(Siret::isValid(QStringLiteral("13002526500015")));
}

TEST_CASE("SIRET messages: empty, characters, length, key", "[siret]")
{
    CHECK(messageOf("") == tr("Enter the SIRET number (14 digits)."));
    CHECK(messageOf("   ") == tr("Enter the SIRET number (14 digits)."));
    CHECK(messageOf("1300252650001A") == tr("A SIRET number contains only digits."));
    CHECK(messageOf("130.025.265.00013") == tr("A SIRET number contains only digits."));
    CHECK(messageOf("130-025-265-00013") == tr("A SIRET number contains only digits."));
    CHECK(messageOf("1300252650001") == tr("A SIRET number has 14 digits."));
    CHECK(messageOf("130025265000130") == tr("A SIRET number has 14 digits."));
    CHECK(messageOf("130025265") == tr("A SIRET number has 14 digits.")); // a SIREN is not a SIRET
    CHECK(messageOf("13002526500014") ==
          tr("This SIRET number is not valid: its check digit does not match. Check it for a typing error."));
    // Arabic-Indic digits are not accepted as digits.
    CHECK(Siret::validationMessage(QStringLiteral("1300252650001\u0663")).toStdString() ==
          tr("A SIRET number contains only digits."));

    for (const char* bad : {"", "1300252650001A", "1300252650001", "13002526500014"}) {
        CHECK_FALSE(Siret::isValid(QString::fromUtf8(bad)));
        CHECK_FALSE(Siret::validationMessage(QString::fromUtf8(bad)).isEmpty());
    }
}
