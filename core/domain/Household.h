#pragma once

#include "domain/ApiValue.h"
#include "domain/PartialDate.h"
#include "domain/Provenance.h"

#include <QList>
#include <QString>

namespace ccas {

struct Person
{
    QString nomNaissance;
    ApiValue<QString> nomUsage;
    QString prenoms; // space separated, as the API sends them
    PartialDate dateNaissance;
    QString sexe; // "F" or "M"
};

struct PostalAddress
{
    QString destinataire;
    ApiValue<QString> complementInformation;
    ApiValue<QString> complementInformationGeographique;
    ApiValue<QString> numeroLibelleVoie;
    ApiValue<QString> lieuDit;
    QString codePostalVille;
    QString pays;
};

struct QuotientFamilial
{
    QString fournisseur; // "CNAF" or "MSA"
    int valeur = 0;
    int annee = 0;
    int mois = 0;
    int anneeCalcul = 0;
    int moisCalcul = 0;
};

// The answer of /v3/dss/quotient_familial/identite: the household as CAF/MSA know it.
struct FamilyQuotientData
{
    ApiValue<QuotientFamilial> quotientFamilial;
    ApiValue<QList<Person>> allocataires;
    ApiValue<QList<Person>> enfants;
    ApiValue<PostalAddress> adresse;
    Provenance provenance;
};

enum class Benefit
{
    C2S,
    RSA,
    AAH,
    ASF,
    PrimeActivite
};

// The answer of a DSS status endpoint (C2S, RSA, AAH, ASF, prime d'activité).
struct BenefitStatusData
{
    Benefit benefit = Benefit::RSA;
    ApiValue<bool> estBeneficiaire;
    ApiValue<bool> avecParticipation; // C2S only (Absent elsewhere)
    ApiValue<bool> avecMajoration;    // RSA and prime d'activité only
    ApiValue<PartialDate> dateDebutDroit;
    Provenance provenance;
};

} // namespace ccas
