#include "archive/SedaManifest.h"

#include <QXmlStreamWriter>

namespace ccas {

namespace {

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString isoDateTime(const QDateTime& t)
{
    // xs:dateTime with its explicit offset ("+01:00", "Z" for UTC); seconds precision.
    return t.timeSpec() == Qt::LocalTime ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate)
                                         : t.toString(Qt::ISODate);
}

void text(QXmlStreamWriter& x, const char* name, const QString& value)
{
    x.writeTextElement(QLatin1String(name), value);
}

void identifierElement(QXmlStreamWriter& x, const char* name, const QString& id)
{
    x.writeStartElement(QLatin1String(name));
    text(x, "Identifier", id);
    x.writeEndElement();
}

QString groupId(int n)
{
    return QStringLiteral("DOG-%1").arg(n);
}

void writeObject(QXmlStreamWriter& x, const SedaTransfer& t, const SedaObject& o, int n)
{
    x.writeStartElement(QStringLiteral("DataObjectGroup"));
    x.writeAttribute(QStringLiteral("id"), groupId(n));
    x.writeStartElement(QStringLiteral("BinaryDataObject"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("BDO-%1").arg(n));
    text(x, "DataObjectVersion", QStringLiteral("BinaryMaster_1"));
    text(x, "Uri", o.uri);
    x.writeStartElement(QStringLiteral("MessageDigest"));
    x.writeAttribute(QStringLiteral("algorithm"), QStringLiteral("SHA-512"));
    x.writeCharacters(QString::fromLatin1(o.sha512.toHex()));
    x.writeEndElement();
    if (o.size > 0) // xs:positiveInteger: an empty file has no Size
        text(x, "Size", QString::number(o.size));
    x.writeStartElement(QStringLiteral("FormatIdentification"));
    text(x, "FormatLitteral", o.formatLabel);
    text(x, "MimeType", o.mimeType);
    text(x, "FormatId", o.formatId);
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("FileInfo"));
    text(x, "Filename", o.uri.section(QLatin1Char('/'), -1));
    text(x, "CreatingApplicationName", t.creatingApplication);
    if (!t.creatingVersion.isEmpty())
        text(x, "CreatingApplicationVersion", t.creatingVersion);
    if (o.lastModified.isValid())
        text(x, "LastModified", isoDateTime(o.lastModified));
    x.writeEndElement(); // FileInfo
    x.writeEndElement(); // BinaryDataObject
    x.writeEndElement(); // DataObjectGroup
}

void writeFile(QXmlStreamWriter& x, const SedaTransfer& t, const SedaFile& f, int firstObject)
{
    x.writeStartElement(QStringLiteral("ArchiveUnit"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("AU-%1").arg(f.dossierId));

    x.writeStartElement(QStringLiteral("Management"));
    x.writeStartElement(QStringLiteral("AppraisalRule"));
    text(x, "Rule", f.appraisalRule);
    text(x, "StartDate", isoDate(f.appraisalStart));
    text(x, "FinalAction", f.finalAction);
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("AccessRule"));
    text(x, "Rule", f.accessRule);
    text(x, "StartDate", isoDate(f.accessStart));
    x.writeEndElement();
    x.writeEndElement(); // Management

    x.writeStartElement(QStringLiteral("Content"));
    text(x, "DescriptionLevel", QStringLiteral("File"));
    text(x, "Title", f.title);
    text(x, "OriginatingSystemId", f.dossierId);
    if (!f.description.isEmpty())
        text(x, "Description", f.description);
    identifierElement(x, "OriginatingAgency", t.originatingAgencyId);
    if (f.startDate.isValid())
        text(x, "StartDate", isoDate(f.startDate));
    if (f.endDate.isValid())
        text(x, "EndDate", isoDate(f.endDate));
    x.writeEndElement(); // Content

    for (int i = 0; i < f.objects.size(); ++i) {
        const SedaObject& o = f.objects.at(i);
        x.writeStartElement(QStringLiteral("ArchiveUnit"));
        x.writeAttribute(QStringLiteral("id"), QStringLiteral("AU-%1-%2").arg(f.dossierId).arg(i + 1));
        x.writeStartElement(QStringLiteral("Content"));
        text(x, "DescriptionLevel", QStringLiteral("Item"));
        text(x, "Title", o.title);
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("DataObjectReference"));
        text(x, "DataObjectGroupReferenceId", groupId(firstObject + i));
        x.writeEndElement();
        x.writeEndElement(); // Item
    }
    x.writeEndElement(); // File
}

} // namespace

QStringList SedaManifest::missing(const SedaTransfer& t)
{
    QStringList out;
    if (t.messageIdentifier.trimmed().isEmpty())
        out << tr("the message identifier");
    if (t.archivalAgencyId.trimmed().isEmpty())
        out << tr("the archives service's identifier");
    if (t.transferringAgencyId.trimmed().isEmpty())
        out << tr("the transferring service's identifier");
    if (t.originatingAgencyId.trimmed().isEmpty())
        out << tr("the CCAS's SIRET (originating agency)");
    for (const SedaFile& f : t.files) {
        if (f.appraisalRule.trimmed().isEmpty() || f.accessRule.trimmed().isEmpty()) {
            out << tr("the appraisal and access rule codes");
            break;
        }
    }
    return out;
}

QByteArray SedaManifest::write(const SedaTransfer& t)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(1);
    x.writeStartDocument();
    x.writeDefaultNamespace(QLatin1String(Namespace));
    x.writeStartElement(QStringLiteral("ArchiveTransfer"));
    if (!t.comment.isEmpty())
        text(x, "Comment", t.comment);
    text(x, "Date", isoDateTime(t.date));
    text(x, "MessageIdentifier", t.messageIdentifier);
    if (!t.archivalAgreement.trimmed().isEmpty())
        text(x, "ArchivalAgreement", t.archivalAgreement.trimmed());

    x.writeStartElement(QStringLiteral("CodeListVersions"));
    text(x, "MessageDigestAlgorithmCodeListVersion", QStringLiteral("DigestAlgorithmCodeListVersion0"));
    text(x, "MimeTypeCodeListVersion", QStringLiteral("MimeTypeCodeListVersion0"));
    text(x, "FileFormatCodeListVersion", QStringLiteral("PRONOM"));
    text(x, "DataObjectVersionCodeListVersion", QStringLiteral("DataObjectVersionCodeListVersion0"));
    text(x, "AppraisalRuleCodeListVersion", QStringLiteral("AppraisalRuleCodeListVersion0"));
    text(x, "AccessRuleCodeListVersion", QStringLiteral("AccessRuleCodeListVersion0"));
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("DataObjectPackage"));
    int n = 1;
    for (const SedaFile& f : t.files)
        for (const SedaObject& o : f.objects)
            writeObject(x, t, o, n++);

    x.writeStartElement(QStringLiteral("DescriptiveMetadata"));
    n = 1;
    for (const SedaFile& f : t.files) {
        writeFile(x, t, f, n);
        n += int(f.objects.size());
    }
    x.writeEndElement(); // DescriptiveMetadata

    x.writeStartElement(QStringLiteral("ManagementMetadata"));
    text(x, "LegalStatus", QStringLiteral("Public Archive"));
    text(x, "OriginatingAgencyIdentifier", t.originatingAgencyId);
    x.writeEndElement();
    x.writeEndElement(); // DataObjectPackage

    identifierElement(x, "ArchivalAgency", t.archivalAgencyId.trimmed());
    identifierElement(x, "TransferringAgency", t.transferringAgencyId.trimmed());
    x.writeEndElement(); // ArchiveTransfer
    x.writeEndDocument();
    return out;
}

} // namespace ccas
