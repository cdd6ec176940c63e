// The fictitious API Impôt particulier (DGFiP) answers of the demo (resources/demo/impot) against the official
// schema: a copy of the DGFiP swagger (tests/fixtures/api-impot-particulier/openapi.json) and a small validator for
// the OpenAPI 3.0 subset it uses. No official example payload exists, so this test is what keeps the fixtures
// faithful: every field has the schema's JSON type, no field is invented, and the embedded copies are the same bytes.
#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <string>

namespace {

const QString SchemaPrefix = QStringLiteral("#/components/schemas/");
const QString AnswerSchema = QStringLiteral("SituationsIRAssiettesJAXBbean");

// Validates JSON values against the schemas of an OpenAPI 3.0 document (components.schemas), for the subset the
// DGFiP swagger uses: type object/string/integer/number/boolean/array, properties, required, items, $ref to
// #/components/schemas/…, format int32/int64/float/double, enum, pattern, additionalProperties, nullable.
// Any other keyword, type or format is reported as an error rather than ignored, so that a newer swagger cannot be
// half-checked silently.
//
// Strict mode treats a missing additionalProperties as false: a property the schema does not define is an error
// (JSON Schema allows it; the fixtures must not drift from the schema).
class SchemaValidator
{
public:
    SchemaValidator(const QJsonObject& openApi, bool strict)
        : m_schemas(openApi.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject())
        , m_strict(strict)
    {}

    bool hasSchema(const QString& name) const { return m_schemas.contains(name); }

    // One message per violation, each starting with the JSON path ("$", "$.pac.nbPac", "$.rev.tspr[0].code").
    QStringList validate(const QJsonValue& value, const QString& schemaName) const
    {
        QStringList errors;
        QJsonObject ref;
        ref.insert(QStringLiteral("$ref"), QString(SchemaPrefix + schemaName));
        check(value, ref, QStringLiteral("$"), 0, errors);
        return errors;
    }

    // The problems of the schema itself, for every schema reachable from schemaName: unresolvable $ref,
    // keywords, types or formats outside the supported subset.
    QStringList schemaProblems(const QString& schemaName) const
    {
        QStringList problems;
        QSet<QString> visited;
        QJsonObject ref;
        ref.insert(QStringLiteral("$ref"), QString(SchemaPrefix + schemaName));
        walk(ref, SchemaPrefix + schemaName, visited, problems);
        return problems;
    }

private:
    static const QSet<QString>& supportedKeywords()
    {
        static const QSet<QString> keys{
            QStringLiteral("type"),     QStringLiteral("format"),      QStringLiteral("properties"),
            QStringLiteral("required"), QStringLiteral("items"),       QStringLiteral("$ref"),
            QStringLiteral("enum"),     QStringLiteral("pattern"),     QStringLiteral("additionalProperties"),
            QStringLiteral("nullable"), QStringLiteral("description"), QStringLiteral("title"),
            QStringLiteral("example")};
        return keys;
    }

    static bool formatSupported(const QString& type, const QString& format)
    {
        if (format.isEmpty())
            return true;
        if (type == QLatin1String("integer"))
            return format == QLatin1String("int32") || format == QLatin1String("int64");
        if (type == QLatin1String("number"))
            return format == QLatin1String("double") || format == QLatin1String("float");
        return false;
    }

    static bool typeSupported(const QString& type)
    {
        return type.isEmpty() || type == QLatin1String("object") || type == QLatin1String("array") ||
               type == QLatin1String("string") || type == QLatin1String("integer") || type == QLatin1String("number") ||
               type == QLatin1String("boolean");
    }

    static QString kindOf(const QJsonValue& v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("boolean");
        case QJsonValue::Double:
            return QStringLiteral("number");
        case QJsonValue::String:
            return QStringLiteral("string");
        case QJsonValue::Array:
            return QStringLiteral("array");
        case QJsonValue::Object:
            return QStringLiteral("object");
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("undefined");
    }

    static QString shown(const QJsonValue& v)
    {
        if (v.isString())
            return QLatin1Char('"') + v.toString() + QLatin1Char('"');
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return kindOf(v);
    }

    // The target of a $ref, or an empty object (and an error) when it does not resolve.
    bool resolve(const QString& ref, QJsonObject& target) const
    {
        if (!ref.startsWith(SchemaPrefix))
            return false;
        const QJsonValue v = m_schemas.value(ref.mid(SchemaPrefix.size()));
        if (!v.isObject())
            return false;
        target = v.toObject();
        return true;
    }

    void check(const QJsonValue& value, const QJsonObject& schema, const QString& path, int depth,
               QStringList& errors) const
    {
        if (depth > 64) {
            errors << path + QStringLiteral(": schema nesting too deep (recursive $ref?)");
            return;
        }
        for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
            if (!supportedKeywords().contains(it.key()))
                errors << path + QStringLiteral(": unsupported schema keyword \"") + it.key() + QLatin1Char('"');
        }
        if (schema.contains(QStringLiteral("$ref"))) {
            const QString ref = schema.value(QStringLiteral("$ref")).toString();
            QJsonObject target;
            if (!resolve(ref, target)) {
                errors << path + QStringLiteral(": unresolvable $ref \"") + ref + QLatin1Char('"');
                return;
            }
            check(value, target, path, depth + 1, errors); // OpenAPI 3.0: siblings of $ref are ignored
            return;
        }

        if (value.isNull() && schema.value(QStringLiteral("nullable")).toBool())
            return;

        if (schema.contains(QStringLiteral("enum"))) {
            const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
            if (!allowed.contains(value))
                errors << path + QStringLiteral(": ") + shown(value) + QStringLiteral(" is not one of the enum values");
        }

        const QString type = schema.value(QStringLiteral("type")).toString();
        const QString format = schema.value(QStringLiteral("format")).toString();
        if (!typeSupported(type)) {
            errors << path + QStringLiteral(": unsupported schema type \"") + type + QLatin1Char('"');
            return;
        }
        if (!formatSupported(type, format))
            errors << path + QStringLiteral(": unsupported format \"") + format + QStringLiteral("\" for type \"") +
                          type + QLatin1Char('"');

        if (type == QLatin1String("object") || (type.isEmpty() && value.isObject()))
            checkObject(value, schema, path, depth, errors);
        else if (type == QLatin1String("array"))
            checkArray(value, schema, path, depth, errors);
        else if (type == QLatin1String("string"))
            checkString(value, schema, path, errors);
        else if (type == QLatin1String("integer"))
            checkInteger(value, format, path, errors);
        else if (type == QLatin1String("number"))
            checkNumber(value, format, path, errors);
        else if (type == QLatin1String("boolean") && !value.isBool())
            errors << path + QStringLiteral(": expected boolean, found ") + kindOf(value);
    }

    void checkObject(const QJsonValue& value, const QJsonObject& schema, const QString& path, int depth,
                     QStringList& errors) const
    {
        if (!value.isObject()) {
            errors << path + QStringLiteral(": expected object, found ") + kindOf(value);
            return;
        }
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        const QJsonArray required = schema.value(QStringLiteral("required")).toArray();
        for (const QJsonValue& name : required) {
            if (!object.contains(name.toString()))
                errors << path + QStringLiteral(": required property \"") + name.toString() +
                              QStringLiteral("\" is missing");
        }
        const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString childPath = path + QLatin1Char('.') + it.key();
            if (properties.contains(it.key())) {
                check(it.value(), properties.value(it.key()).toObject(), childPath, depth + 1, errors);
            } else if (additional.isObject()) {
                check(it.value(), additional.toObject(), childPath, depth + 1, errors);
            } else if (additional.isBool()) {
                if (!additional.toBool())
                    errors << childPath + QStringLiteral(": additional property not allowed by the schema");
            } else if (m_strict) {
                errors << childPath + QStringLiteral(": property not defined by the schema");
            }
        }
    }

    void checkArray(const QJsonValue& value, const QJsonObject& schema, const QString& path, int depth,
                    QStringList& errors) const
    {
        if (!value.isArray()) {
            errors << path + QStringLiteral(": expected array, found ") + kindOf(value);
            return;
        }
        const QJsonArray array = value.toArray();
        const QJsonValue items = schema.value(QStringLiteral("items"));
        if (!items.isObject())
            return;
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), items.toObject(), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                  depth + 1, errors);
    }

    static void checkString(const QJsonValue& value, const QJsonObject& schema, const QString& path,
                            QStringList& errors)
    {
        if (!value.isString()) {
            errors << path + QStringLiteral(": expected string, found ") + kindOf(value);
            return;
        }
        if (!schema.contains(QStringLiteral("pattern")))
            return;
        // JSON Schema patterns are ECMA 262 regular expressions, unanchored.
        const QRegularExpression re(schema.value(QStringLiteral("pattern")).toString());
        if (!re.isValid())
            errors << path + QStringLiteral(": invalid pattern in the schema: ") + re.errorString();
        else if (!re.match(value.toString()).hasMatch())
            errors << path + QStringLiteral(": ") + shown(value) + QStringLiteral(" does not match the pattern ") +
                          re.pattern();
    }

    static void checkInteger(const QJsonValue& value, const QString& format, const QString& path, QStringList& errors)
    {
        if (!value.isDouble()) {
            errors << path + QStringLiteral(": expected integer, found ") + kindOf(value);
            return;
        }
        // toInteger() gives the default unless the number is whole and representable as a qint64.
        const qint64 n = value.toInteger(0);
        if (n != value.toInteger(1)) {
            errors << path + QStringLiteral(": ") + shown(value) +
                          QStringLiteral(" is not a whole number within the int64 range");
            return;
        }
        if (format == QLatin1String("int32") && (n < INT32_MIN || n > INT32_MAX))
            errors << path + QStringLiteral(": ") + QString::number(n) + QStringLiteral(" is outside the int32 range");
    }

    static void checkNumber(const QJsonValue& value, const QString& format, const QString& path, QStringList& errors)
    {
        if (!value.isDouble()) {
            errors << path + QStringLiteral(": expected number, found ") + kindOf(value);
            return;
        }
        const double d = value.toDouble();
        if (!std::isfinite(d) || (format == QLatin1String("float") && std::fabs(d) > double(FLT_MAX)))
            errors << path + QStringLiteral(": ") + shown(value) + QStringLiteral(" is outside the ") + format +
                          QStringLiteral(" range");
    }

    void walk(const QJsonObject& schema, const QString& where, QSet<QString>& visited, QStringList& problems) const
    {
        for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
            if (!supportedKeywords().contains(it.key()))
                problems << where + QStringLiteral(": unsupported schema keyword \"") + it.key() + QLatin1Char('"');
        }
        if (schema.contains(QStringLiteral("$ref"))) {
            const QString ref = schema.value(QStringLiteral("$ref")).toString();
            QJsonObject target;
            if (!resolve(ref, target)) {
                problems << where + QStringLiteral(": unresolvable $ref \"") + ref + QLatin1Char('"');
                return;
            }
            if (visited.contains(ref))
                return;
            visited.insert(ref);
            walk(target, ref, visited, problems);
            return;
        }
        const QString type = schema.value(QStringLiteral("type")).toString();
        const QString format = schema.value(QStringLiteral("format")).toString();
        if (!typeSupported(type))
            problems << where + QStringLiteral(": unsupported schema type \"") + type + QLatin1Char('"');
        else if (!formatSupported(type, format))
            problems << where + QStringLiteral(": unsupported format \"") + format + QLatin1Char('"');
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
            walk(it.value().toObject(), where + QLatin1Char('.') + it.key(), visited, problems);
        if (schema.value(QStringLiteral("items")).isObject())
            walk(schema.value(QStringLiteral("items")).toObject(), where + QStringLiteral("[]"), visited, problems);
        if (schema.value(QStringLiteral("additionalProperties")).isObject())
            walk(schema.value(QStringLiteral("additionalProperties")).toObject(), where + QStringLiteral(".*"), visited,
                 problems);
    }

    QJsonObject m_schemas;
    bool m_strict;
};

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QJsonObject parseObject(const QByteArray& bytes, const QString& name)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(name.toStdString() << ": " << error.errorString().toStdString() << " at offset " << error.offset);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

const QJsonObject& openApi()
{
    static const QJsonObject doc =
        parseObject(readFile(QStringLiteral(GUICHET_FIXTURES_DIR "/api-impot-particulier/openapi.json")),
                    QStringLiteral("openapi.json"));
    return doc;
}

QString impotDir()
{
    return QDir::cleanPath(QStringLiteral(GUICHET_STAGING_DIR "/../impot"));
}

// The demo answers on disk, by file name.
QMap<QString, QByteArray> diskFixtures()
{
    QMap<QString, QByteArray> files;
    const QDir dir(impotDir());
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.insert(name, readFile(dir.filePath(name)));
    return files;
}

std::string report(const QStringList& lines)
{
    return lines.join(QLatin1Char('\n')).toStdString();
}

QStringList validateText(const SchemaValidator& validator, const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return validator.validate(value, AnswerSchema);
}

// The check key of a numéro fiscal (SPI): the first ten digits modulo 511 are the last three.
bool spiKeyValid(const QString& spi)
{
    return spi.size() == 13 && spi.at(0) >= QLatin1Char('0') && spi.at(0) <= QLatin1Char('3') &&
           spi.left(10).toLongLong() % 511 == spi.mid(10).toLongLong();
}

} // namespace

TEST_CASE("The copy of the DGFiP swagger defines the IR answer within the validator's subset", "[impot][fixtures]")
{
    const QJsonObject& doc = openApi();
    CHECK(doc.value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.0")));
    const SchemaValidator validator(doc, true);
    REQUIRE(validator.hasSchema(AnswerSchema));
    CHECK(report(validator.schemaProblems(AnswerSchema)) == std::string());

    // The route the client calls answers with this schema.
    const QJsonObject route = doc.value(QStringLiteral("paths"))
                                  .toObject()
                                  .value(QStringLiteral("/spi/{spi}/situations/ir/assiettes/annrev/{annrev}"))
                                  .toObject();
    const QJsonObject content = route.value(QStringLiteral("get"))
                                    .toObject()
                                    .value(QStringLiteral("responses"))
                                    .toObject()
                                    .value(QStringLiteral("200"))
                                    .toObject()
                                    .value(QStringLiteral("content"))
                                    .toObject();
    CHECK(content.value(QStringLiteral("application/prs.dgfip.part.situations.ir.assiettes.v1+json"))
              .toObject()
              .value(QStringLiteral("schema"))
              .toObject()
              .value(QStringLiteral("$ref"))
              .toString() == SchemaPrefix + AnswerSchema);
}

TEST_CASE("Every demo tax answer validates strictly against SituationsIRAssiettesJAXBbean", "[impot][fixtures]")
{
    const QMap<QString, QByteArray> files = diskFixtures();
    REQUIRE(files.size() >= 15);
    const SchemaValidator validator(openApi(), true);

    QStringList violations;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(it.value(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            violations << it.key() + QStringLiteral(": not a JSON object: ") + error.errorString();
            continue;
        }
        for (const QString& e : validator.validate(doc.object(), AnswerSchema))
            violations << it.key() + QStringLiteral(": ") + e;
    }
    CHECK(report(violations) == std::string());
}

TEST_CASE("Demo tax answer names are <13-digit SPI>-<income year>.json, five households over three years",
          "[impot][fixtures]")
{
    const QRegularExpression name(QStringLiteral("^([0-9]{13})-([0-9]{4})\\.json$"));
    QMap<QString, QSet<int>> yearsBySpi;
    QStringList problems;
    for (const QString& file : diskFixtures().keys()) {
        const QRegularExpressionMatch m = name.match(file);
        if (!m.hasMatch()) {
            problems << file + QStringLiteral(": name is not <13 digits>-<4 digits>.json");
            continue;
        }
        if (!spiKeyValid(m.captured(1)))
            problems << file + QStringLiteral(": the SPI check key (first ten digits mod 511) is wrong");
        const int year = m.captured(2).toInt();
        if (year < 2015 || year > 2035)
            problems << file + QStringLiteral(": implausible income year");
        yearsBySpi[m.captured(1)].insert(year);
    }
    CHECK(report(problems) == std::string());

    // Nothing else than the answers and their README sits in the folder (only *.json are embedded).
    const QStringList all = QDir(impotDir()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& file : all) {
        INFO(file.toStdString());
        CHECK((file.endsWith(QLatin1String(".json")) || file == QLatin1String("README.md")));
    }

    int complete = 0;
    for (const QSet<int>& years : yearsBySpi)
        complete += years.contains(2023) && years.contains(2024) && years.contains(2025) ? 1 : 0;
    CHECK(complete >= 5);
}

TEST_CASE("Demo tax answers are coherent within a household", "[impot][fixtures]")
{
    const QStringList declarant1{QStringLiteral("nmNaiDec1"),    QStringLiteral("nmUsaDec1"),
                                 QStringLiteral("prnmDec1"),     QStringLiteral("dateNaisDec1"),
                                 QStringLiteral("dptNaissDec1"), QStringLiteral("lieuNaissDec1")};
    const QStringList declarant2{QStringLiteral("nmNaiDec2"),    QStringLiteral("nmUsaDec2"),
                                 QStringLiteral("prnmDec2"),     QStringLiteral("dateNaisDec2"),
                                 QStringLiteral("dptNaissDec2"), QStringLiteral("lieuNaissDec2")};
    QMap<QString, QJsonObject> identityBySpi;
    QStringList problems;
    const QMap<QString, QByteArray> files = diskFixtures();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QJsonObject o = parseObject(it.value(), it.key());
        const QString& f = it.key();

        // The first declarant is the same person every year.
        QJsonObject identity;
        for (const QString& k : declarant1)
            identity.insert(k, o.value(k));
        const QString spi = f.left(13);
        if (!identityBySpi.contains(spi))
            identityBySpi.insert(spi, identity);
        else if (identityBySpi.value(spi) != identity)
            problems << f + QStringLiteral(": declarant 1 differs from the first year of the same SPI");

        int present = 0;
        for (const QString& k : declarant2)
            present += o.contains(k) ? 1 : 0;
        if (present != 0 && present != declarant2.size())
            problems << f + QStringLiteral(": declarant 2 is partial");
        const bool couple = present != 0;
        const QString sitFam = o.value(QStringLiteral("sitFam")).toString();
        if (couple != (sitFam == QLatin1String("M") || sitFam == QLatin1String("O")))
            problems << f + QStringLiteral(": two declarants exactly when married or PACS");

        // Ligne 14 ≥ impôt avant imputations ≥ total to pay ≥ 0; the RFR adds items back to the revenu imposable.
        const qint64 bareme = o.value(QStringLiteral("mntRevbareme")).toInteger(-1);
        const qint64 avant = o.value(QStringLiteral("impAvImput")).toInteger(-1);
        const qint64 total = o.value(QStringLiteral("montTotIr")).toInteger(-1);
        if (!(bareme >= avant && avant >= total && total >= 0))
            problems << f + QStringLiteral(": expected mntRevbareme >= impAvImput >= montTotIr >= 0");
        if (o.value(QStringLiteral("rfr")).toInteger(-1) < o.value(QStringLiteral("revImposable")).toInteger(-1))
            problems << f + QStringLiteral(": rfr below revImposable");

        // aft is the one-line form of aftDetail.
        const QJsonObject detail = o.value(QStringLiteral("aftDetail")).toObject();
        QStringList parts;
        for (const char* k : {"complementAdresse", "voie", "getcodePostal", "getcommune"}) {
            const QString v = detail.value(QLatin1String(k)).toString();
            if (!v.isEmpty())
                parts << v;
        }
        if (o.value(QStringLiteral("aft")).toString() != parts.join(QLatin1Char(' ')))
            problems << f + QStringLiteral(": aft is not the join of aftDetail");

        // Parts: 1 per declarant, 0.5 for each of the first two dependants, 1 from the third,
        // and 0.5 more for a single parent (case T).
        const QJsonObject pac = o.value(QStringLiteral("pac")).toObject();
        const qint64 dependants = pac.value(QStringLiteral("nbPac")).toInteger();
        double familyParts = couple ? 2.0 : 1.0;
        for (qint64 i = 0; i < dependants; ++i)
            familyParts += i < 2 ? 0.5 : 1.0;
        if (o.value(QStringLiteral("sitParIso")).toString() == QLatin1String("T"))
            familyParts += 0.5;
        if (o.value(QStringLiteral("nbPart")).toDouble() != familyParts)
            problems << f + QStringLiteral(": nbPart ") +
                            QString::number(o.value(QStringLiteral("nbPart")).toDouble()) +
                            QStringLiteral(" but the family gives ") + QString::number(familyParts);
    }
    CHECK(report(problems) == std::string());
}

TEST_CASE("The demo tax answers are embedded under :/demo/impot with identical bytes", "[impot][fixtures]")
{
    QMap<QString, QByteArray> embedded;
    QDirIterator it(QStringLiteral(":/demo/impot"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        embedded.insert(path.mid(QStringLiteral(":/demo/impot/").size()), f.readAll());
    }
    const QMap<QString, QByteArray> disk = diskFixtures();
    REQUIRE_FALSE(disk.isEmpty());
    CHECK(report(embedded.keys()) == report(disk.keys()));
    QStringList differing;
    for (auto d = disk.constBegin(); d != disk.constEnd(); ++d) {
        if (embedded.contains(d.key()) && embedded.value(d.key()) != d.value())
            differing << d.key() + QStringLiteral(": embedded bytes differ from the file (rebuild?)");
    }
    CHECK(report(differing) == std::string());
}

TEST_CASE("The schema validator rejects wrong answers", "[impot][fixtures]")
{
    const SchemaValidator strict(openApi(), true);
    const SchemaValidator lenient(openApi(), false);

    // One real fixture, then one defect at a time.
    const QJsonObject good = parseObject(readFile(impotDir() + QStringLiteral("/3099001001110-2023.json")),
                                         QStringLiteral("3099001001110-2023.json"));
    REQUIRE(report(strict.validate(good, AnswerSchema)) == std::string());

    auto errorsWith = [&](const SchemaValidator& v, const QString& key, const QJsonValue& value) {
        QJsonObject bad = good;
        bad.insert(key, value);
        return v.validate(bad, AnswerSchema);
    };
    auto firstError = [](const QStringList& errors) {
        return errors.isEmpty() ? std::string() : errors.first().toStdString();
    };

    SECTION("wrong type")
    {
        const QStringList e = errorsWith(strict, QStringLiteral("rfr"), QStringLiteral("31320"));
        REQUIRE(e.size() == 1);
        CHECK(firstError(e) == "$.rfr: expected integer, found string");
        CHECK(firstError(errorsWith(strict, QStringLiteral("nbPart"), QStringLiteral("4.5"))) ==
              "$.nbPart: expected number, found string");
        CHECK(firstError(errorsWith(strict, QStringLiteral("sitFam"), 1)) == "$.sitFam: expected string, found number");
        CHECK(firstError(errorsWith(strict, QStringLiteral("pac"), QJsonArray())) ==
              "$.pac: expected object, found array");
        CHECK(firstError(errorsWith(strict, QStringLiteral("montTotIr"), QJsonValue())) ==
              "$.montTotIr: expected integer, found null");
        CHECK(firstError(strict.validate(QJsonArray(), AnswerSchema)) == "$: expected object, found array");
    }

    SECTION("wrong type in a nested $ref schema")
    {
        QJsonObject date = good.value(QStringLiteral("dateNaisDec1")).toObject();
        date.insert(QStringLiteral("jour"), 3);
        CHECK(firstError(errorsWith(strict, QStringLiteral("dateNaisDec1"), date)) ==
              "$.dateNaisDec1.jour: expected string, found number");

        QJsonObject rev = good.value(QStringLiteral("rev")).toObject();
        QJsonArray tspr = rev.value(QStringLiteral("tspr")).toArray();
        QJsonObject line = tspr.at(0).toObject();
        line.insert(QStringLiteral("valeur"), 28080);
        tspr.replace(0, line);
        rev.insert(QStringLiteral("tspr"), tspr);
        CHECK(firstError(errorsWith(strict, QStringLiteral("rev"), rev)) ==
              "$.rev.tspr[0].valeur: expected string, found number");

        rev.insert(QStringLiteral("tspr"), QJsonObject());
        CHECK(firstError(errorsWith(strict, QStringLiteral("rev"), rev)) == "$.rev.tspr: expected array, found object");
    }

    SECTION("unknown property")
    {
        CHECK(firstError(errorsWith(strict, QStringLiteral("anneeRevenus"), 2023)) ==
              "$.anneeRevenus: property not defined by the schema");
        QJsonObject address = good.value(QStringLiteral("aftDetail")).toObject();
        address.insert(QStringLiteral("codePostal"), QStringLiteral("13006"));
        CHECK(firstError(errorsWith(strict, QStringLiteral("aftDetail"), address)) ==
              "$.aftDetail.codePostal: property not defined by the schema");
        // JSON Schema itself allows them: the strictness is this test's own.
        CHECK(errorsWith(lenient, QStringLiteral("anneeRevenus"), 2023).isEmpty());
    }

    SECTION("non-integer or out-of-range integers")
    {
        CHECK(firstError(errorsWith(strict, QStringLiteral("rfr"), 31320.5)) ==
              "$.rfr: 31320.5 is not a whole number within the int64 range");
        CHECK(firstError(errorsWith(strict, QStringLiteral("revImposable"), 1e19)) ==
              "$.revImposable: 1e+19 is not a whole number within the int64 range");
        CHECK(firstError(errorsWith(strict, QStringLiteral("pensAlPer"), 3000000000.0)) ==
              "$.pensAlPer: 3000000000 is outside the int32 range");
        QJsonObject pac = good.value(QStringLiteral("pac")).toObject();
        pac.insert(QStringLiteral("nbPac"), 4.5);
        CHECK(firstError(errorsWith(strict, QStringLiteral("pac"), pac)) ==
              "$.pac.nbPac: 4.5 is not a whole number within the int64 range");
        // A whole number written with a fraction part is still an integer; an integer is a valid double.
        CHECK(validateText(strict, QByteArrayLiteral(R"({"rfr": 31320.0, "nbPart": 4})")).isEmpty());
    }

    SECTION("every violation is reported, with its path")
    {
        const QStringList e = validateText(
            strict, QByteArrayLiteral(R"({"rfr": "1", "pac": {"nbPac": 1.5, "x": 0}, "rev": {"rcm": [{"code": 7}]}})"));
        CHECK(report(e) == "$.pac.nbPac: 1.5 is not a whole number within the int64 range\n"
                           "$.pac.x: property not defined by the schema\n"
                           "$.rev.rcm[0].code: expected string, found number\n"
                           "$.rfr: expected integer, found string");
    }
}

TEST_CASE("The schema validator handles the rest of its subset", "[impot][fixtures]")
{
    const QJsonObject doc = parseObject(QByteArrayLiteral(R"({"components": {"schemas": {
        "T": {"type": "object", "required": ["code"], "additionalProperties": false, "properties": {
            "code": {"type": "string", "pattern": "^[0-9][A-Z]{2}$"},
            "kind": {"type": "string", "enum": ["A", "B"]},
            "flag": {"type": "boolean"},
            "note": {"type": "string", "nullable": true},
            "ratio": {"type": "number", "format": "float"},
            "child": {"$ref": "#/components/schemas/C"},
            "list": {"type": "array", "items": {"type": "integer", "format": "int32"}}}},
        "C": {"type": "object", "additionalProperties": {"type": "integer", "format": "int64"}},
        "Dangling": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/Nowhere"}}},
        "Unsupported": {"oneOf": [{"type": "string"}]}}}})"),
                                        QStringLiteral("hand-made schema"));
    const SchemaValidator v(doc, false);
    auto errors = [&](const char* json, const char* schema) {
        return report(v.validate(QJsonDocument::fromJson(QByteArray(json)).object(), QLatin1String(schema)));
    };

    CHECK(errors(R"({"code": "1AJ", "kind": "A", "flag": true, "note": null, "ratio": 0.5,
                     "child": {"a": 1, "b": 2}, "list": [1, 2]})",
                 "T") == std::string());
    CHECK(errors(R"({"kind": "A"})", "T") == "$: required property \"code\" is missing");
    CHECK(errors(R"({"code": "AJ1"})", "T") == "$.code: \"AJ1\" does not match the pattern ^[0-9][A-Z]{2}$");
    CHECK(errors(R"({"code": "1AJ", "kind": "C"})", "T") == "$.kind: \"C\" is not one of the enum values");
    CHECK(errors(R"({"code": "1AJ", "flag": "true"})", "T") == "$.flag: expected boolean, found string");
    CHECK(errors(R"({"code": "1AJ", "ratio": 1e300})", "T") ==
          "$.ratio: 1.0000000000000001e+300 is outside the float range");
    CHECK(errors(R"({"code": "1AJ", "extra": 1})", "T") == "$.extra: additional property not allowed by the schema");
    CHECK(errors(R"({"code": "1AJ", "child": {"a": "1"}})", "T") == "$.child.a: expected integer, found string");
    CHECK(errors(R"({"code": "1AJ", "list": [1, 2147483648]})", "T") ==
          "$.list[1]: 2147483648 is outside the int32 range");
    CHECK(errors(R"({"x": 1})", "Dangling") == "$.x: unresolvable $ref \"#/components/schemas/Nowhere\"");
    CHECK(errors(R"({})", "Missing") == "$: unresolvable $ref \"#/components/schemas/Missing\"");
    CHECK(errors(R"({})", "Unsupported") == "$: unsupported schema keyword \"oneOf\"");

    CHECK(report(v.schemaProblems(QStringLiteral("T"))) == std::string());
    CHECK(report(v.schemaProblems(QStringLiteral("Dangling"))) ==
          "#/components/schemas/Dangling.x: unresolvable $ref \"#/components/schemas/Nowhere\"");
    CHECK(report(v.schemaProblems(QStringLiteral("Unsupported"))) ==
          "#/components/schemas/Unsupported: unsupported schema keyword \"oneOf\"");
}
