#include "SedaValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <libxml/catalog.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlversion.h>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

#ifndef GUICHET_SEDA_SCHEMA_DIR
#error "GUICHET_SEDA_SCHEMA_DIR must name tests/data/seda-2.3 (tests/CMakeLists.txt)"
#endif

namespace ccas::test {

namespace {

const char* const kSedaNamespace = "fr:gouv:culture:archivesdefrance:seda:v2.3";

#if LIBXML_VERSION >= 21200
using XmlErrorArg = const xmlError*;
#else
using XmlErrorArg = xmlErrorPtr;
#endif

QString fromXml(const xmlChar* text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char*>(text)) : QString();
}

// Appends "line N: message" (errors and fatal errors; warnings are not failures) to the QStringList behind `context`,
// without the SEDA namespace noise.
void collectError(void* context, XmlErrorArg error)
{
    if (!context || !error || error->level == XML_ERR_WARNING)
        return;
    auto* errors = static_cast<QStringList*>(context);
    QString message = QString::fromUtf8(error->message ? error->message : "(no message)").trimmed();
    message.replace(QStringLiteral("{%1}").arg(QLatin1String(kSedaNamespace)), QString());
    QString where;
    if (error->file && error->line > 0 && !QByteArray(error->file).endsWith("manifest.xml"))
        where = QStringLiteral("%1:%2: ").arg(QString::fromUtf8(error->file)).arg(error->line);
    else
        where = QStringLiteral("line %1: ").arg(error->line);
    errors->append(where + message);
}

// While alive: libxml2's structured errors go to `errors` and every network URL is refused by the entity
// loader (the catalog still maps the W3C schema URLs to the local copies). Restores both on destruction.
class OfflineScope
{
public:
    explicit OfflineScope(QStringList* errors)
        : m_previousLoader(xmlGetExternalEntityLoader())
    {
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
        xmlSetStructuredErrorFunc(errors, collectError);
    }
    ~OfflineScope()
    {
        xmlSetStructuredErrorFunc(nullptr, nullptr);
        xmlSetExternalEntityLoader(m_previousLoader);
    }
    OfflineScope(const OfflineScope&) = delete;
    OfflineScope& operator=(const OfflineScope&) = delete;

private:
    xmlExternalEntityLoader m_previousLoader;
};

struct SchemaCache
{
    bool loaded = false;
    xmlSchemaPtr schema = nullptr;
    QStringList loadErrors;
};

SchemaCache& schemaCache()
{
    static SchemaCache cache;
    if (cache.loaded)
        return cache;
    cache.loaded = true;
    xmlInitParser();

    const QString dir = sedaSchemaDir();
    const QString catalog = QDir(dir).filePath(QStringLiteral("catalog.xml"));
    const QString mainXsd = QDir(dir).filePath(QStringLiteral("seda-2.3-main.xsd"));
    if (!QFileInfo::exists(catalog) || !QFileInfo::exists(mainXsd)) {
        cache.loadErrors.append(QStringLiteral("SEDA schemas not found in %1").arg(dir));
        return cache;
    }

    OfflineScope offline(&cache.loadErrors);
    if (xmlLoadCatalog(QFile::encodeName(catalog).constData()) != 0) {
        cache.loadErrors.append(QStringLiteral("cannot load the XML catalog %1").arg(catalog));
        return cache;
    }
    std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> parser(
        xmlSchemaNewParserCtxt(QFile::encodeName(mainXsd).constData()), &xmlSchemaFreeParserCtxt);
    if (!parser) {
        cache.loadErrors.append(QStringLiteral("cannot create a schema parser for %1").arg(mainXsd));
        return cache;
    }
    xmlSchemaSetParserStructuredErrors(parser.get(), collectError, &cache.loadErrors);
    cache.schema = xmlSchemaParse(parser.get());
    if (!cache.schema && cache.loadErrors.isEmpty())
        cache.loadErrors.append(QStringLiteral("the SEDA schema %1 failed to compile").arg(mainXsd));
    if (cache.schema)
        cache.loadErrors.clear(); // warnings of a schema that compiled are not failures
    return cache;
}

bool isSeda(const xmlNode* node)
{
    return node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
           xmlStrcmp(node->ns->href, reinterpret_cast<const xmlChar*>(kSedaNamespace)) == 0;
}

QString localName(const xmlNode* node)
{
    return fromXml(node->name);
}

QString textOf(const xmlNode* node)
{
    xmlChar* content = xmlNodeGetContent(node);
    const QString text = fromXml(content).simplified();
    xmlFree(content);
    return text;
}

// xs:IDREF is not resolved by libxml2's XSD validator: checks that every reference names an element of the
// kind it must point to.
void checkReferences(xmlDoc* doc, QStringList& errors)
{
    QHash<QString, QString> kindById; // @id value -> local name of the element that declares it
    std::vector<const xmlNode*> references;
    std::vector<const xmlNode*> stack;
    if (const xmlNode* root = xmlDocGetRootElement(doc))
        stack.push_back(root);
    while (!stack.empty()) {
        const xmlNode* node = stack.back();
        stack.pop_back();
        if (!isSeda(node))
            continue;
        const QString name = localName(node);
        if (xmlChar* id = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>("id"))) {
            kindById.insert(fromXml(id).simplified(), name);
            xmlFree(id);
        }
        if (name == QLatin1String("DataObjectGroupId"))
            kindById.insert(textOf(node), QStringLiteral("DataObjectGroup"));
        if (name == QLatin1String("DataObjectGroupReferenceId") || name == QLatin1String("DataObjectReferenceId") ||
            name == QLatin1String("ArchiveUnitRefId"))
            references.push_back(node);
        for (const xmlNode* child = node->last; child; child = child->prev)
            if (child->type == XML_ELEMENT_NODE)
                stack.push_back(child);
    }
    std::sort(references.begin(), references.end(),
              [](const xmlNode* a, const xmlNode* b) { return xmlGetLineNo(a) < xmlGetLineNo(b); });
    for (const xmlNode* ref : references) {
        const QString name = localName(ref);
        QStringList kinds;
        if (name == QLatin1String("DataObjectGroupReferenceId"))
            kinds = {QStringLiteral("DataObjectGroup")};
        else if (name == QLatin1String("DataObjectReferenceId"))
            kinds = {QStringLiteral("BinaryDataObject"), QStringLiteral("PhysicalDataObject")};
        else
            kinds = {QStringLiteral("ArchiveUnit")};
        const QString target = textOf(ref);
        const auto it = kindById.constFind(target);
        if (it == kindById.constEnd() || !kinds.contains(*it))
            errors.append(QStringLiteral("line %1: reference: %2 '%3' names no %4")
                              .arg(xmlGetLineNo(ref))
                              .arg(name, target, kinds.join(QStringLiteral(" or "))));
    }
}

} // namespace

QString sedaSchemaDir()
{
    return QStringLiteral(GUICHET_SEDA_SCHEMA_DIR);
}

SedaValidation validateSeda(const QByteArray& xml)
{
    SedaValidation result;
    SchemaCache& cache = schemaCache();
    if (!cache.schema) {
        result.errors = cache.loadErrors;
        return result;
    }

    OfflineScope offline(&result.errors);
    // NONET: never fetch; no NOENT / DTDLOAD: external entities are neither loaded nor substituted.
    // BIG_LINES: real line numbers past 65535 (a manifest of a thousand dossiers).
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        xmlReadMemory(xml.constData(), int(xml.size()), "manifest.xml", nullptr, XML_PARSE_NONET | XML_PARSE_BIG_LINES),
        &xmlFreeDoc);
    if (!doc) {
        if (result.errors.isEmpty())
            result.errors.append(QStringLiteral("line 0: the document is not well-formed XML"));
        return result;
    }

    std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> validator(
        xmlSchemaNewValidCtxt(cache.schema), &xmlSchemaFreeValidCtxt);
    if (!validator) {
        result.errors.append(QStringLiteral("line 0: cannot create a schema validation context"));
        return result;
    }
    xmlSchemaSetValidStructuredErrors(validator.get(), collectError, &result.errors);
    const int status = xmlSchemaValidateDoc(validator.get(), doc.get());
    if (status < 0)
        result.errors.append(QStringLiteral("line 0: internal libxml2 error during validation (%1)").arg(status));
    else if (status > 0 && result.errors.isEmpty())
        result.errors.append(QStringLiteral("line 0: the document does not validate (no message from libxml2)"));

    checkReferences(doc.get(), result.errors);
    result.ok = status == 0 && result.errors.isEmpty();
    return result;
}

} // namespace ccas::test
