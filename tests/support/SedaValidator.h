#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ccas::test {

// The outcome of validating one document against the official SEDA 2.3 schemas.
struct SedaValidation
{
    bool ok = false;
    QStringList errors; // "line N: message" (libxml2 errors, then reference errors); empty when ok
};

// The folder holding seda-2.3-main.xsd and its catalog.xml (tests/data/seda-2.3, from the compile definition
// GUICHET_SEDA_SCHEMA_DIR; never ../shared).
QString sedaSchemaDir();

// Validates `xml` against seda-2.3-main.xsd with libxml2, offline: the catalog maps the W3C imports (xml.xsd,
// xlink.xsd) to the local copies, the document is parsed with XML_PARSE_NONET and no entity substitution, and
// an entity loader that refuses every network URL is installed while libxml2 runs, so a missing import fails
// loudly instead of being fetched or skipped. The schema is compiled once and cached (not thread-safe).
// On top of the XSD (libxml2 does not resolve xs:IDREF), every DataObjectGroupReferenceId,
// DataObjectReferenceId and ArchiveUnitRefId must name the @id of an element of the right kind; such errors
// read "line N: reference: ...".
// A schema that cannot be loaded makes every call fail with the loader's messages.
SedaValidation validateSeda(const QByteArray& xml);

} // namespace ccas::test
