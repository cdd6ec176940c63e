#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ccas {

// One file of the package, under content/: a BinaryDataObject in its own DataObjectGroup, described by
// an Item ArchiveUnit.
struct SedaObject
{
    QString uri;       // "content/D…/synthese-eligibilite.pdf": never personal data
    QString title;     // the Item's title
    QByteArray sha512; // raw 64 bytes
    qint64 size = 0;
    QString mimeType;    // "application/pdf"
    QString formatId;    // PRONOM: "fmt/354"
    QString formatLabel; // PRONOM's name of the format
    QDateTime lastModified;
};

// One dossier: an ArchiveUnit at DescriptionLevel File with its management rules.
struct SedaFile
{
    QString dossierId; // OriginatingSystemId
    QString title;
    QString description;
    QDate startDate; // the request
    QDate endDate;   // the closing
    QString appraisalRule;
    QDate appraisalStart;
    QString finalAction; // "Keep" or "Destroy"
    QString accessRule;
    QDate accessStart;
    QList<SedaObject> objects;
};

struct SedaTransfer
{
    QString messageIdentifier;
    QDateTime date;
    QString comment;
    QString archivalAgreement;    // optional
    QString archivalAgencyId;     // mandatory
    QString transferringAgencyId; // mandatory
    QString originatingAgencyId;  // the CCAS SIRET
    QString creatingApplication;  // "Guichet CCAS"
    QString creatingVersion;
    QList<SedaFile> files;
};

// Writes the manifest.xml of a SEDA 2.3 ArchiveTransfer (fr:gouv:culture:archivesdefrance:seda:v2.3):
// header, code lists, one DataObjectGroup per object, one File ArchiveUnit per dossier with its
// AppraisalRule and AccessRule and one Item per object, package management metadata (public archive,
// originating agency), archival and transferring agencies. Element order follows the official schemas
// (tests validate every package against them).
class SedaManifest
{
    Q_DECLARE_TR_FUNCTIONS(ccas::SedaManifest)
public:
    static constexpr const char* Namespace = "fr:gouv:culture:archivesdefrance:seda:v2.3";

    static QByteArray write(const SedaTransfer& transfer);
    // What must be set before writing (translated messages; empty when complete).
    static QStringList missing(const SedaTransfer& transfer);
};

} // namespace ccas
