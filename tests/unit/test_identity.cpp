#include <catch2/catch.hpp>

#include "domain/Identity.h"

#include <set>
#include <string>
#include <vector>

using ccas::FieldError;
using ccas::Identity;
using ccas::IdentityValidator;

namespace {

const QDate kToday(2025, 6, 15);

// The staging case 200-couple-2_enfants-qf_msa_150_mai23 (born in France, option 1).
Identity validIdentity()
{
    Identity id;
    id.nomNaissance = QStringLiteral("ROUX");
    id.prenoms = {QStringLiteral("JEANNE"), QStringLiteral("STEPHANIE")};
    id.sexe = QStringLiteral("F");
    id.anneeNaissance = 1987;
    id.moisNaissance = 6;
    id.codePaysNaissance = QStringLiteral("99100");
    id.codeCommuneNaissance = QStringLiteral("08480");
    return id;
}

// Born in France, birthplace given by name (option 2).
Identity validIdentityByCommuneName()
{
    Identity id = validIdentity();
    id.codeCommuneNaissance.clear();
    id.nomCommuneNaissance = QStringLiteral("Ajaccio");
    id.codeDepartementNaissance = QStringLiteral("2A");
    return id;
}

Identity validIdentityBornAbroad()
{
    Identity id = validIdentity();
    id.codeCommuneNaissance.clear();
    id.codePaysNaissance = QStringLiteral("99350");
    return id;
}

std::vector<std::string> fieldsOf(const QList<FieldError>& errors)
{
    std::vector<std::string> fields;
    for (const FieldError& e : errors)
        fields.push_back(e.field.toStdString());
    return fields;
}

std::vector<std::string> errorFields(const Identity& id, const QDate& today = kToday)
{
    return fieldsOf(IdentityValidator::validate(id, today));
}

// The message for `field`, empty when the field has none.
std::string messageFor(const Identity& id, const char* field)
{
    for (const FieldError& e : IdentityValidator::validate(id, kToday)) {
        if (e.field == QLatin1String(field))
            return e.message.toStdString();
    }
    return {};
}

// The source text goes through the same translator as the code, so these checks hold once the
// French translation exists.
std::string tr(const char* source)
{
    return IdentityValidator::tr(source).toStdString();
}

using Fields = std::vector<std::string>;

} // namespace

TEST_CASE("A complete identity is valid", "[identity]")
{
    CHECK(errorFields(validIdentity()).empty());
    CHECK(errorFields(validIdentityByCommuneName()).empty());
    CHECK(errorFields(validIdentityBornAbroad()).empty());
    CHECK(validIdentity().bornInFrance());
    CHECK_FALSE(validIdentityBornAbroad().bornInFrance());
}

TEST_CASE("normalised() trims, folds spaces, upper-cases codes and drops empty first names", "[identity]")
{
    Identity raw;
    raw.nomNaissance = QStringLiteral("  Le   Goff\t ");
    raw.nomUsage = QStringLiteral("\u00A0Martin\u00A0 Durand ");
    raw.prenoms = {QStringLiteral(" "), QStringLiteral(" Jean  Pierre "), QString(), QStringLiteral("Anne")};
    raw.sexe = QStringLiteral(" m ");
    raw.anneeNaissance = 1969;
    raw.moisNaissance = 5;
    raw.jourNaissance = 2;
    raw.codePaysNaissance = QStringLiteral(" 99100 ");
    raw.codeCommuneNaissance = QStringLiteral(" 2a004");
    raw.nomCommuneNaissance = QStringLiteral("  Saint-Étienne   du  Rouvray ");
    raw.codeDepartementNaissance = QStringLiteral("2b ");

    const Identity n = raw.normalised();
    CHECK(n.nomNaissance == QStringLiteral("Le Goff"));
    CHECK(n.nomUsage == QStringLiteral("Martin Durand"));
    CHECK(n.prenoms == QStringList{QStringLiteral("Jean Pierre"), QStringLiteral("Anne")});
    CHECK(n.sexe == QStringLiteral("M"));
    CHECK(n.anneeNaissance == 1969);
    CHECK(n.moisNaissance == 5);
    CHECK(n.jourNaissance == 2);
    CHECK(n.codePaysNaissance == QStringLiteral("99100"));
    CHECK(n.codeCommuneNaissance == QStringLiteral("2A004"));
    CHECK(n.nomCommuneNaissance == QStringLiteral("Saint-Étienne du Rouvray"));
    CHECK(n.codeDepartementNaissance == QStringLiteral("2B"));
    CHECK(n.bornInFrance());

    // Idempotent.
    const Identity twice = n.normalised();
    CHECK(twice.nomNaissance == n.nomNaissance);
    CHECK(twice.prenoms == n.prenoms);
    CHECK(twice.codeCommuneNaissance == n.codeCommuneNaissance);

    // An accent typed as a combining mark is composed.
    Identity decomposed;
    decomposed.nomNaissance = QStringLiteral("Rene\u0301");
    CHECK(decomposed.normalised().nomNaissance == QStringLiteral("René"));
}

TEST_CASE("validate() normalises its input first", "[identity]")
{
    Identity id = validIdentity();
    id.nomNaissance = QStringLiteral("   ");
    id.sexe = QStringLiteral("f ");
    id.prenoms = {QStringLiteral(" Jeanne "), QStringLiteral("  ")};
    id.codeCommuneNaissance = QStringLiteral(" 2a004 ");
    CHECK(errorFields(id) == Fields{"nomNaissance"});
    CHECK(messageFor(id, "nomNaissance") == tr("Enter the birth name."));
}

TEST_CASE("Birth name: required, letters, spaces, hyphens and apostrophes, 100 characters", "[identity]")
{
    Identity id = validIdentity();

    SECTION("missing")
    {
        id.nomNaissance.clear();
        CHECK(errorFields(id) == Fields{"nomNaissance"});
        CHECK(messageFor(id, "nomNaissance") == tr("Enter the birth name."));
    }
    SECTION("accepted shapes")
    {
        for (const QString& name :
             {QStringLiteral("D'Artagnan"), QStringLiteral("O’Brien"), QStringLiteral("Le Goff-Núñez"),
              QStringLiteral("Müller"), QStringLiteral("Łukasiewicz"), QStringLiteral("Ζαχαρίου"),
              QStringLiteral("N'Diaye"), QStringLiteral("Rene\u0301"), QStringLiteral("X")}) {
            id.nomNaissance = name;
            INFO(name.toStdString());
            CHECK(errorFields(id).empty());
        }
    }
    SECTION("digits and punctuation are refused")
    {
        for (const QString& name : {QStringLiteral("Roux2"), QStringLiteral("Roux."), QStringLiteral("Roux, Jeanne"),
                                    QStringLiteral("Roux_Durand"), QStringLiteral("Roux (née)")}) {
            id.nomNaissance = name;
            INFO(name.toStdString());
            CHECK(errorFields(id) == Fields{"nomNaissance"});
            CHECK(messageFor(id, "nomNaissance") ==
                  tr("The birth name may contain only letters, spaces, hyphens and apostrophes."));
        }
    }
    SECTION("at least one letter")
    {
        for (const QString& name : {QStringLiteral("-"), QStringLiteral("' -"), QStringLiteral("’")}) {
            id.nomNaissance = name;
            CHECK(errorFields(id) == Fields{"nomNaissance"});
            CHECK(messageFor(id, "nomNaissance") == tr("The birth name must contain at least one letter."));
        }
    }
    SECTION("100 characters at most")
    {
        id.nomNaissance = QString(100, QLatin1Char('A'));
        CHECK(errorFields(id).empty());
        id.nomNaissance = QString(101, QLatin1Char('A'));
        CHECK(errorFields(id) == Fields{"nomNaissance"});
        // Counted in characters, not UTF-16 units or bytes.
        id.nomNaissance = QString(100, QChar(0x00C9)); // É
        CHECK(errorFields(id).empty());
    }
}

TEST_CASE("Usage name: optional, same rules, never equal to the birth name", "[identity]")
{
    Identity id = validIdentity();

    id.nomUsage = QStringLiteral("Martin-Roux");
    CHECK(errorFields(id).empty());

    id.nomUsage = QStringLiteral("roux");
    CHECK(errorFields(id) == Fields{"nomUsage"});
    CHECK(messageFor(id, "nomUsage") ==
          tr("The usage name must differ from the birth name; leave it empty if they are the same."));

    id.nomNaissance = QStringLiteral("Lefèvre");
    id.nomUsage = QStringLiteral("LEFÈVRE");
    CHECK(errorFields(id) == Fields{"nomUsage"});

    id.nomUsage = QStringLiteral("Martin 2");
    CHECK(errorFields(id) == Fields{"nomUsage"});
    CHECK(messageFor(id, "nomUsage") ==
          tr("The usage name may contain only letters, spaces, hyphens and apostrophes."));

    id.nomUsage = QStringLiteral("--");
    CHECK(errorFields(id) == Fields{"nomUsage"});

    id.nomUsage = QString(101, QLatin1Char('B'));
    CHECK(errorFields(id) == Fields{"nomUsage"});
}

TEST_CASE("First names: 1 to 3, each a valid name", "[identity]")
{
    Identity id = validIdentity();

    id.prenoms = {QStringLiteral("Jeanne")};
    CHECK(errorFields(id).empty());
    id.prenoms = {QStringLiteral("Jeanne"), QStringLiteral("Marie-Thérèse"), QStringLiteral("Zoé")};
    CHECK(errorFields(id).empty());

    id.prenoms.clear();
    CHECK(errorFields(id) == Fields{"prenoms"});
    CHECK(messageFor(id, "prenoms") == tr("Enter at least one first name."));

    id.prenoms = {QString(), QStringLiteral("  ")};
    CHECK(errorFields(id) == Fields{"prenoms"});

    id.prenoms = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    CHECK(errorFields(id) == Fields{"prenoms"});
    CHECK(messageFor(id, "prenoms") == tr("Enter at most 3 first names."));

    // Empty entries do not count towards the 3.
    id.prenoms = {QStringLiteral("A"), QString(), QStringLiteral("B"), QStringLiteral("C")};
    CHECK(errorFields(id).empty());

    // Two bad first names: still one message for the field.
    id.prenoms = {QStringLiteral("J3anne"), QStringLiteral("M@rie")};
    CHECK(errorFields(id) == Fields{"prenoms"});
    CHECK(messageFor(id, "prenoms") == tr("First names may contain only letters, spaces, hyphens and apostrophes."));

    id.prenoms = {QStringLiteral("Jeanne"), QStringLiteral("'")};
    CHECK(errorFields(id) == Fields{"prenoms"});
    id.prenoms = {QString(101, QLatin1Char('J'))};
    CHECK(errorFields(id) == Fields{"prenoms"});
}

TEST_CASE("Sex is F or M", "[identity]")
{
    Identity id = validIdentity();
    id.sexe = QStringLiteral("M");
    CHECK(errorFields(id).empty());
    id.sexe = QStringLiteral("m");
    CHECK(errorFields(id).empty());
    for (const QString& s : {QString(), QStringLiteral("X"), QStringLiteral("FM"), QStringLiteral("Femme")}) {
        id.sexe = s;
        CHECK(errorFields(id) == Fields{"sexe"});
    }
}

TEST_CASE("Partial birth date: orphan parts, ranges, real dates", "[identity]")
{
    Identity id = validIdentity();
    id.anneeNaissance = 0;
    id.moisNaissance = 0;
    id.jourNaissance = 0;

    SECTION("no date at all is allowed with a commune code")
    {
        CHECK(errorFields(id).empty());
    }
    SECTION("year only, year and month, full date")
    {
        id.anneeNaissance = 1987;
        CHECK(errorFields(id).empty());
        id.moisNaissance = 6;
        CHECK(errorFields(id).empty());
        id.jourNaissance = 27;
        CHECK(errorFields(id).empty());
    }
    SECTION("a month needs the year")
    {
        id.moisNaissance = 6;
        CHECK(errorFields(id) == Fields{"moisNaissance"});
        CHECK(messageFor(id, "moisNaissance") == tr("A birth month needs the birth year."));
    }
    SECTION("a day needs the month")
    {
        id.anneeNaissance = 1987;
        id.jourNaissance = 27;
        CHECK(errorFields(id) == Fields{"jourNaissance"});
        CHECK(messageFor(id, "jourNaissance") == tr("A birth day needs the birth month."));
    }
    SECTION("day and month without year: only the month is flagged")
    {
        id.moisNaissance = 2;
        id.jourNaissance = 29;
        CHECK(errorFields(id) == Fields{"moisNaissance"});
    }
    SECTION("month 1 to 12")
    {
        id.anneeNaissance = 1987;
        for (int m : {13, -1, 99}) {
            id.moisNaissance = m;
            CHECK(errorFields(id) == Fields{"moisNaissance"});
        }
        id.moisNaissance = 12;
        CHECK(errorFields(id).empty());
    }
    SECTION("day of a real calendar date")
    {
        id.anneeNaissance = 1987;
        id.moisNaissance = 4;
        id.jourNaissance = 31;
        CHECK(errorFields(id) == Fields{"jourNaissance"});
        id.jourNaissance = 30;
        CHECK(errorFields(id).empty());
        id.jourNaissance = 32;
        CHECK(errorFields(id) == Fields{"jourNaissance"});
        id.jourNaissance = -3;
        CHECK(errorFields(id) == Fields{"jourNaissance"});
    }
    SECTION("29 February only in leap years")
    {
        id.moisNaissance = 2;
        id.jourNaissance = 29;
        id.anneeNaissance = 2000;
        CHECK(errorFields(id).empty());
        id.anneeNaissance = 2024;
        CHECK(errorFields(id).empty());
        id.anneeNaissance = 2023;
        CHECK(errorFields(id) == Fields{"jourNaissance"});
        id.anneeNaissance = 1900; // divisible by 100, not by 400
        CHECK(errorFields(id) == Fields{"jourNaissance"});
    }
    SECTION("invalid month: the day is not judged against it")
    {
        id.anneeNaissance = 1987;
        id.moisNaissance = 14;
        id.jourNaissance = 10;
        CHECK(errorFields(id) == Fields{"moisNaissance"});
    }
    SECTION("year 1900 or later")
    {
        id.anneeNaissance = 1900;
        CHECK(errorFields(id).empty());
        id.anneeNaissance = 1899;
        CHECK(errorFields(id) == Fields{"anneeNaissance"});
        CHECK(messageFor(id, "anneeNaissance") == tr("The birth year must be 1900 or later."));
        id.anneeNaissance = 87;
        CHECK(errorFields(id) == Fields{"anneeNaissance"});
        id.anneeNaissance = -1987;
        CHECK(errorFields(id) == Fields{"anneeNaissance"});
    }
    SECTION("not after today, at the precision given")
    {
        // kToday is 15 June 2025.
        id.anneeNaissance = 2026;
        CHECK(errorFields(id) == Fields{"anneeNaissance"});
        CHECK(messageFor(id, "anneeNaissance") == tr("The birth date cannot be in the future."));

        id.anneeNaissance = 2025;
        CHECK(errorFields(id).empty());
        id.moisNaissance = 6;
        CHECK(errorFields(id).empty());
        id.moisNaissance = 7;
        CHECK(errorFields(id) == Fields{"moisNaissance"});

        id.moisNaissance = 6;
        id.jourNaissance = 15;
        CHECK(errorFields(id).empty());
        id.jourNaissance = 16;
        CHECK(errorFields(id) == Fields{"jourNaissance"});
        CHECK(messageFor(id, "jourNaissance") == tr("The birth date cannot be in the future."));

        id.moisNaissance = 5;
        id.jourNaissance = 31;
        CHECK(errorFields(id).empty());

        // A different "today" moves the bound.
        id.moisNaissance = 6;
        id.jourNaissance = 16;
        CHECK(errorFields(id, QDate(2025, 6, 16)).empty());
    }
}

TEST_CASE("Birth country: required COG code 99xxx", "[identity]")
{
    Identity id = validIdentityBornAbroad();

    id.codePaysNaissance.clear();
    CHECK(errorFields(id) == Fields{"codePaysNaissance"});
    CHECK(messageFor(id, "codePaysNaissance") == tr("Enter the birth country code (99100 for France)."));

    for (const QString& code :
         {QStringLiteral("99"), QStringLiteral("9910"), QStringLiteral("991000"), QStringLiteral("98100"),
          QStringLiteral("99A00"), QStringLiteral("France"), QStringLiteral("100")}) {
        id.codePaysNaissance = code;
        INFO(code.toStdString());
        CHECK(errorFields(id) == Fields{"codePaysNaissance"});
    }

    for (const QString& code : {QStringLiteral("99350"), QStringLiteral("99109"), QStringLiteral(" 99134 ")}) {
        id.codePaysNaissance = code;
        CHECK(errorFields(id).empty());
    }
}

TEST_CASE("Born in France, option 1: commune code", "[identity]")
{
    Identity id = validIdentity();

    for (const QString& code : {QStringLiteral("75056"), QStringLiteral("2A004"), QStringLiteral("2b033"),
                                QStringLiteral("97105"), QStringLiteral("08480")}) {
        id.codeCommuneNaissance = code;
        INFO(code.toStdString());
        CHECK(errorFields(id).empty());
    }

    for (const QString& code :
         {QStringLiteral("7505"), QStringLiteral("750560"), QStringLiteral("2C004"), QStringLiteral("2A00A"),
          QStringLiteral("A2004"), QStringLiteral("75 056"), QStringLiteral("Paris")}) {
        id.codeCommuneNaissance = code;
        INFO(code.toStdString());
        CHECK(errorFields(id) == Fields{"codeCommuneNaissance"});
        CHECK(messageFor(id, "codeCommuneNaissance") ==
              tr("The birth commune code has 5 characters (e.g. 75056, 2A004)."));
    }

    // A country code typed in the commune box.
    id.codeCommuneNaissance = QStringLiteral("99350");
    CHECK(errorFields(id) == Fields{"codeCommuneNaissance"});
}

TEST_CASE("Born in France, option 2: commune name, département and birth year", "[identity]")
{
    Identity id = validIdentityByCommuneName();

    for (const QString& dept : {QStringLiteral("01"), QStringLiteral("75"), QStringLiteral("95"), QStringLiteral("2A"),
                                QStringLiteral("2b"), QStringLiteral("971"), QStringLiteral("976")}) {
        id.codeDepartementNaissance = dept;
        INFO(dept.toStdString());
        CHECK(errorFields(id).empty());
    }

    for (const QString& dept :
         {QStringLiteral("00"), QStringLiteral("96"), QStringLiteral("99"), QStringLiteral("1"), QStringLiteral("970"),
          QStringLiteral("977"), QStringLiteral("2C"), QStringLiteral("7505")}) {
        id.codeDepartementNaissance = dept;
        INFO(dept.toStdString());
        CHECK(errorFields(id) == Fields{"codeDepartementNaissance"});
    }
    id.codeDepartementNaissance = QStringLiteral("2A");

    SECTION("the birth year is required")
    {
        id.anneeNaissance = 0;
        id.moisNaissance = 0;
        CHECK(errorFields(id) == Fields{"anneeNaissance"});
        CHECK(messageFor(id, "anneeNaissance") ==
              tr("Enter the birth year: it is needed when the birth commune is given by name."));
    }
    SECTION("the département is required with the name")
    {
        id.codeDepartementNaissance.clear();
        CHECK(errorFields(id) == Fields{"codeDepartementNaissance"});
    }
    SECTION("the name is required with the département")
    {
        id.codeDepartementNaissance = QStringLiteral("2A");
        id.nomCommuneNaissance = QStringLiteral("  ");
        CHECK(errorFields(id) == Fields{"nomCommuneNaissance"});
    }
    SECTION("the commune name needs a letter")
    {
        id.codeDepartementNaissance = QStringLiteral("2A");
        id.nomCommuneNaissance = QStringLiteral("Paris 15e Arrondissement");
        CHECK(errorFields(id).empty());
        id.nomCommuneNaissance = QStringLiteral("75056");
        CHECK(errorFields(id) == Fields{"nomCommuneNaissance"});
    }
}

TEST_CASE("Born in France: one birthplace option, not zero nor both", "[identity]")
{
    Identity id = validIdentity();

    id.codeCommuneNaissance.clear();
    CHECK(errorFields(id) == Fields{"codeCommuneNaissance"});
    CHECK(messageFor(id, "codeCommuneNaissance") ==
          tr("Enter the birth commune code, or the commune name with its département."));

    id.codeCommuneNaissance = QStringLiteral("2A004");
    id.nomCommuneNaissance = QStringLiteral("Ajaccio");
    id.codeDepartementNaissance = QStringLiteral("2A");
    CHECK(errorFields(id) == Fields{"codeCommuneNaissance"});
    CHECK(messageFor(id, "codeCommuneNaissance") ==
          tr("Give either the birth commune code or the commune name with its département, not both."));

    id.nomCommuneNaissance.clear();
    CHECK(errorFields(id) == Fields{"codeCommuneNaissance"});
}

TEST_CASE("Born abroad: the country code alone", "[identity]")
{
    Identity id = validIdentityBornAbroad();
    CHECK(errorFields(id).empty());

    id.codeCommuneNaissance = QStringLiteral("75056");
    CHECK(errorFields(id) == Fields{"codeCommuneNaissance"});
    CHECK(messageFor(id, "codeCommuneNaissance") == tr("Leave the birth commune code empty for a person born abroad."));

    id.codeCommuneNaissance.clear();
    id.nomCommuneNaissance = QStringLiteral("Casablanca");
    CHECK(errorFields(id) == Fields{"nomCommuneNaissance"});

    id.nomCommuneNaissance.clear();
    id.codeDepartementNaissance = QStringLiteral("75");
    CHECK(errorFields(id) == Fields{"codeDepartementNaissance"});

    id.codeCommuneNaissance = QStringLiteral("75056");
    id.nomCommuneNaissance = QStringLiteral("Paris");
    CHECK(errorFields(id) == Fields{"codeCommuneNaissance", "nomCommuneNaissance", "codeDepartementNaissance"});
}

TEST_CASE("At most one message per field, every message non-empty", "[identity]")
{
    Identity id;
    id.nomNaissance = QStringLiteral("R0ux");
    id.nomUsage = QStringLiteral("r0ux"); // bad characters and equal to the birth name
    id.prenoms = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
    id.sexe = QStringLiteral("?");
    id.anneeNaissance = 1850;
    id.moisNaissance = 13;
    id.jourNaissance = 40;
    id.codePaysNaissance = QStringLiteral("99100");
    id.nomCommuneNaissance = QStringLiteral("-");
    id.codeDepartementNaissance = QStringLiteral("20B");

    const QList<FieldError> errors = IdentityValidator::validate(id, kToday);
    const std::vector<std::string> fields = fieldsOf(errors);
    const std::set<std::string> unique(fields.begin(), fields.end());
    CHECK(unique.size() == fields.size());
    CHECK(unique == std::set<std::string>{"nomNaissance", "nomUsage", "prenoms", "sexe", "anneeNaissance",
                                          "moisNaissance", "jourNaissance", "nomCommuneNaissance",
                                          "codeDepartementNaissance"});
    for (const FieldError& e : errors)
        CHECK_FALSE(e.message.isEmpty());
}
