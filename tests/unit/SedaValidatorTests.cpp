#include <catch2/catch.hpp>

#include "SedaValidator.h"
#include "ZipReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using ccas::test::findZipEntry;
using ccas::test::readZip;
using ccas::test::SedaValidation;
using ccas::test::validateSeda;
using ccas::test::ZipEntry;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray minimalTransfer()
{
    return readFile(QStringLiteral(GUICHET_FIXTURES_DIR "/seda/minimal-transfer.xml"));
}

// The fixture with `from` replaced by `to`; `from` must be in it exactly once, so a change of the fixture
// cannot silently turn a variant into the valid document.
QByteArray variant(const char* from, const char* to)
{
    QByteArray xml = minimalTransfer();
    REQUIRE(xml.count(from) == 1);
    return xml.replace(from, to);
}

// The fixture without the lines from the one holding `first` to the one holding `last` (inclusive).
QByteArray withoutLines(const char* first, const char* last)
{
    const QList<QByteArray> lines = minimalTransfer().split('\n');
    QByteArray out;
    bool dropping = false;
    int dropped = 0;
    for (const QByteArray& line : lines) {
        if (!dropping && line.contains(first))
            dropping = true;
        if (dropping) {
            ++dropped;
            if (line.contains(last))
                dropping = false;
            continue;
        }
        out += line + '\n';
    }
    REQUIRE(dropped > 0);
    REQUIRE_FALSE(dropping);
    return out;
}

std::string joined(const SedaValidation& v)
{
    return v.errors.join(QLatin1Char('\n')).toStdString();
}

bool mentions(const SedaValidation& v, const QString& text)
{
    for (const QString& e : v.errors)
        if (e.contains(text))
            return true;
    return false;
}

// 1-based line of the first line of `xml` containing `needle`.
int lineOf(const QByteArray& xml, const char* needle)
{
    const QList<QByteArray> lines = xml.split('\n');
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].contains(needle))
            return i + 1;
    return -1;
}

struct ZipSource
{
    QByteArray path;
    QByteArray bytes;
    qint64 mtime = 0;
    bool isDir = false;
};

// Writes a zip with libarchive's writer (deflate), as the exporter does.
void writeZip(const QString& path, const QList<ZipSource>& sources)
{
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    REQUIRE(writer);
    REQUIRE(archive_write_set_format_zip(writer.get()) == ARCHIVE_OK);
    REQUIRE(archive_write_open_filename(writer.get(), QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const ZipSource& source : sources) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
        archive_entry_set_pathname(entry.get(), source.path.constData());
        archive_entry_set_filetype(entry.get(), source.isDir ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry.get(), source.isDir ? 0755 : 0644);
        archive_entry_set_size(entry.get(), source.isDir ? 0 : source.bytes.size());
        archive_entry_set_mtime(entry.get(), time_t(source.mtime), 0);
        REQUIRE(archive_write_header(writer.get(), entry.get()) == ARCHIVE_OK);
        if (!source.isDir)
            REQUIRE(archive_write_data(writer.get(), source.bytes.constData(), size_t(source.bytes.size())) ==
                    source.bytes.size());
    }
    REQUIRE(archive_write_close(writer.get()) == ARCHIVE_OK);
}

// Deterministic bytes that deflate does not shrink to nothing (a xorshift stream).
QByteArray noise(int size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed;
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x & 0xff);
    }
    return out;
}

} // namespace

TEST_CASE("The schemas come from the source tree and the minimal transfer validates against them", "[seda]")
{
    const QString dir = ccas::test::sedaSchemaDir();
    CHECK(dir.endsWith(QLatin1String("tests/data/seda-2.3")));
    CHECK(QFile::exists(QDir(dir).filePath(QStringLiteral("seda-2.3-main.xsd"))));
    CHECK(QFile::exists(QDir(dir).filePath(QStringLiteral("catalog.xml"))));

    const SedaValidation v = validateSeda(minimalTransfer());
    INFO(joined(v));
    CHECK(v.ok);
    CHECK(v.errors.isEmpty());

    // The compiled schema is cached: a second document gets the same answer.
    const SedaValidation again = validateSeda(minimalTransfer());
    CHECK(again.ok);
}

TEST_CASE("A missing mandatory element fails and the message names it", "[seda]")
{
    SECTION("ArchivalAgency")
    {
        const SedaValidation v = validateSeda(withoutLines("<ArchivalAgency>", "</ArchivalAgency>"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("ArchivalAgency")));
    }
    SECTION("TransferringAgency")
    {
        const SedaValidation v = validateSeda(withoutLines("<TransferringAgency>", "</TransferringAgency>"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("TransferringAgency")));
    }
    SECTION("ManagementMetadata of the package")
    {
        const SedaValidation v = validateSeda(withoutLines("<ManagementMetadata>", "</ManagementMetadata>"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("ManagementMetadata")));
    }
    SECTION("MessageDigest of an object that has a Uri")
    {
        const SedaValidation v = validateSeda(withoutLines("<MessageDigest ", "</MessageDigest>"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("MessageDigest")));
    }
    SECTION("FinalAction of the appraisal rule")
    {
        const SedaValidation v = validateSeda(withoutLines("<FinalAction>", "</FinalAction>"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("FinalAction")));
    }
    SECTION("MessageIdentifier")
    {
        const SedaValidation v = validateSeda(withoutLines("<MessageIdentifier>", "</MessageIdentifier>"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("MessageIdentifier")));
    }
    SECTION("Content of an archive unit")
    {
        QByteArray xml = minimalTransfer();
        const int unit = xml.indexOf("<ArchiveUnit id=\"AU-1-1\">");
        REQUIRE(unit > 0);
        const int from = xml.indexOf("<Content>", unit);
        const int to = xml.indexOf("</Content>", from) + int(qstrlen("</Content>"));
        REQUIRE((from > unit && to > from));
        xml.remove(from, to - from);
        const SedaValidation v = validateSeda(xml);
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("Content")));
    }
    SECTION("Filename of the file info")
    {
        const SedaValidation v = validateSeda(withoutLines("<Filename>", "</Filename>"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("Filename")));
    }
}

TEST_CASE("An unknown FinalAction fails on its line, naming the element and the value", "[seda]")
{
    const QByteArray xml = variant("<FinalAction>Destroy</FinalAction>", "<FinalAction>Sample</FinalAction>");
    const SedaValidation v = validateSeda(xml);
    INFO(joined(v));
    CHECK_FALSE(v.ok);
    REQUIRE(v.errors.size() == 1);
    CHECK(v.errors.first().contains(QLatin1String("FinalAction")));
    CHECK(v.errors.first().contains(QLatin1String("Sample")));
    CHECK(v.errors.first().startsWith(QStringLiteral("line %1: ").arg(lineOf(xml, "<FinalAction>"))));

    // Keep is the other value the schema knows.
    CHECK(validateSeda(variant("<FinalAction>Destroy</FinalAction>", "<FinalAction>Keep</FinalAction>")).ok);
}

TEST_CASE("The digest algorithm is any non-empty token: only an empty one fails", "[seda]")
{
    // The 2.3 schema has no list of algorithms (DigestAlgorithmCodeType is a non-empty token): SHA-512 is our
    // convention, checked by the exporter's own tests, not by the XSD.
    CHECK(validateSeda(variant("algorithm=\"SHA-512\"", "algorithm=\"SHA-256\"")).ok);

    const SedaValidation empty = validateSeda(variant("algorithm=\"SHA-512\"", "algorithm=\"\""));
    INFO(joined(empty));
    CHECK_FALSE(empty.ok);
    CHECK(mentions(empty, QStringLiteral("MessageDigest")));
    CHECK(mentions(empty, QStringLiteral("algorithm")));

    // A digest one character short (127 hex digits) is neither hexBinary nor base64Binary. libxml2's base64
    // check is lax (it skips characters outside the alphabet), so the value itself is re-checked by the exporter's
    // tests against the bytes in the zip, not here.
    const SedaValidation shortDigest = validateSeda(variant("algorithm=\"SHA-512\">4", "algorithm=\"SHA-512\">"));
    INFO(joined(shortDigest));
    CHECK_FALSE(shortDigest.ok);
    CHECK(mentions(shortDigest, QStringLiteral("MessageDigest")));
}

TEST_CASE("Elements out of order fail, naming the misplaced element", "[seda]")
{
    SECTION("EndDate before StartDate in Content")
    {
        const SedaValidation v = validateSeda(
            variant("<StartDate>2024-11-04</StartDate>\n                    <EndDate>2025-01-31</EndDate>",
                    "<EndDate>2025-01-31</EndDate>\n                    <StartDate>2024-11-04</StartDate>"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("'StartDate'")));
    }
    SECTION("OriginatingSystemId after OriginatingAgency")
    {
        QByteArray xml = variant("<OriginatingSystemId>0001</OriginatingSystemId>\n", "");
        REQUIRE(xml.count("<StartDate>2024-11-04</StartDate>") == 1);
        xml.replace("<StartDate>2024-11-04</StartDate>",
                    "<OriginatingSystemId>0001</OriginatingSystemId><StartDate>2024-11-04</StartDate>");
        const SedaValidation v = validateSeda(xml);
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("'OriginatingSystemId'")));
    }
    SECTION("TransferringAgency before ArchivalAgency")
    {
        QByteArray xml = withoutLines("<ArchivalAgency>", "</ArchivalAgency>");
        REQUIRE(xml.count("</TransferringAgency>") == 1);
        xml.replace("</TransferringAgency>",
                    "</TransferringAgency><ArchivalAgency><Identifier>AD-EXEMPLE</Identifier></ArchivalAgency>");
        const SedaValidation v = validateSeda(xml);
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("'TransferringAgency'")));
    }
    SECTION("AccessRule before AppraisalRule")
    {
        QByteArray xml = withoutLines("<AccessRule>", "</AccessRule>");
        REQUIRE(xml.count("<Management>") == 1);
        xml.replace("<Management>", "<Management><AccessRule><Rule>ACC-50Y</Rule></AccessRule>");
        const SedaValidation v = validateSeda(xml);
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("'AppraisalRule'")));
    }
    SECTION("Size before MessageDigest")
    {
        QByteArray xml = variant("<Size>48213</Size>", "");
        REQUIRE(xml.count("<MessageDigest ") == 1);
        xml.replace("<MessageDigest ", "<Size>48213</Size><MessageDigest ");
        const SedaValidation v = validateSeda(xml);
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("'Size'")));
    }
}

TEST_CASE("Typed values: dates, sizes and identifiers", "[seda]")
{
    SECTION("A rule StartDate is a date, not a date-time")
    {
        const SedaValidation v =
            validateSeda(variant("<Rule>APP-2Y</Rule>\n                        <StartDate>2025-01-31",
                                 "<Rule>APP-2Y</Rule>\n                        <StartDate>2025-01-31T00:00:00"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("StartDate")));
    }
    SECTION("The message Date is a date-time")
    {
        const SedaValidation v =
            validateSeda(variant("<Date>2025-03-14T10:15:00+01:00</Date>", "<Date>2025-03-14</Date>"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("'Date'")));
    }
    SECTION("Size 0 is refused (positiveInteger)")
    {
        const SedaValidation v = validateSeda(variant("<Size>48213</Size>", "<Size>0</Size>"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("Size")));
    }
    SECTION("An id may not start with a digit")
    {
        const SedaValidation v = validateSeda(variant("<DataObjectGroup id=\"DOG-1\">", "<DataObjectGroup id=\"1\">"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("DataObjectGroup")));
    }
    SECTION("Two elements with the same id")
    {
        const SedaValidation v = validateSeda(variant("<ArchiveUnit id=\"AU-1-1\">", "<ArchiveUnit id=\"AU-1\">"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("ArchiveUnit")));
    }
    SECTION("An unknown DescriptionLevel")
    {
        const SedaValidation v = validateSeda(
            variant("<DescriptionLevel>File</DescriptionLevel>", "<DescriptionLevel>Dossier</DescriptionLevel>"));
        INFO(joined(v));
        CHECK_FALSE(v.ok);
        CHECK(mentions(v, QStringLiteral("DescriptionLevel")));
    }
}

TEST_CASE("A reference to an object group that does not exist fails (libxml2 does not check IDREF)", "[seda]")
{
    const QByteArray xml = variant("<DataObjectGroupReferenceId>DOG-1<", "<DataObjectGroupReferenceId>DOG-9<");
    const SedaValidation v = validateSeda(xml);
    INFO(joined(v));
    CHECK_FALSE(v.ok);
    REQUIRE(v.errors.size() == 1);
    CHECK(v.errors.first().startsWith(
        QStringLiteral("line %1: reference: ").arg(lineOf(xml, "<DataObjectGroupReferenceId>"))));
    CHECK(v.errors.first().contains(QLatin1String("DataObjectGroupReferenceId")));
    CHECK(v.errors.first().contains(QLatin1String("DOG-9")));

    // Pointing at an id of the wrong kind (the archive unit) fails too.
    const SedaValidation wrongKind =
        validateSeda(variant("<DataObjectGroupReferenceId>DOG-1<", "<DataObjectGroupReferenceId>AU-1<"));
    CHECK_FALSE(wrongKind.ok);
    CHECK(mentions(wrongKind, QStringLiteral("reference: DataObjectGroupReferenceId 'AU-1'")));
}

TEST_CASE("Not SEDA 2.3 or not XML at all fails with a message", "[seda]")
{
    SECTION("The SEDA 2.2 namespace")
    {
        const SedaValidation v = validateSeda(variant("seda:v2.3\"", "seda:v2.2\""));
        CHECK_FALSE(v.ok);
        CHECK_FALSE(v.errors.isEmpty());
    }
    SECTION("Cut in the middle")
    {
        const QByteArray xml = minimalTransfer();
        const SedaValidation v = validateSeda(xml.left(xml.size() / 2));
        CHECK_FALSE(v.ok);
        CHECK_FALSE(v.errors.isEmpty());
    }
    SECTION("Empty")
    {
        const SedaValidation v = validateSeda(QByteArray());
        CHECK_FALSE(v.ok);
        CHECK_FALSE(v.errors.isEmpty());
    }
}

// (file-local) The fixture with its object group and its dossier unit repeated `count` times (ids DOG-n, BDO-n, AU-n,
// AU-n-1).
static QByteArray manyDossiers(int count)
{
    const QByteArray xml = minimalTransfer();
    const int groupStart = xml.indexOf("<DataObjectGroup id=\"DOG-1\">");
    const int groupEnd = xml.indexOf("</DataObjectGroup>") + int(qstrlen("</DataObjectGroup>"));
    const int unitStart = xml.indexOf("<ArchiveUnit id=\"AU-1\">");
    const int unitEnd = xml.lastIndexOf("</ArchiveUnit>") + int(qstrlen("</ArchiveUnit>"));
    REQUIRE((groupStart > 0 && groupEnd > groupStart && unitStart > groupEnd && unitEnd > unitStart));
    const QByteArray group = xml.mid(groupStart, groupEnd - groupStart);
    const QByteArray unit = xml.mid(unitStart, unitEnd - unitStart);
    QByteArray groups;
    QByteArray units;
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray dog = QByteArray("DOG-") + n;
        const QByteArray bdo = QByteArray("BDO-") + n;
        const QByteArray au = QByteArray("\"AU-") + n + '"';
        const QByteArray item = QByteArray("\"AU-") + n + "-1\"";
        groups += QByteArray(group).replace("DOG-1", dog).replace("BDO-1", bdo);
        groups += '\n';
        units += QByteArray(unit).replace("DOG-1", dog).replace("\"AU-1-1\"", item).replace("\"AU-1\"", au);
        units += '\n';
    }
    return xml.left(groupStart) + groups + xml.mid(groupEnd, unitStart - groupEnd) + units + xml.mid(unitEnd);
}

TEST_CASE("A thousand dossiers validate; one id used twice among them fails", "[seda]")
{
    const QByteArray xml = manyDossiers(1000);
    REQUIRE(xml.count("<ArchiveUnit id=") == 2000);
    const SedaValidation v = validateSeda(xml);
    INFO(joined(v));
    CHECK(v.ok);

    QByteArray twice = xml;
    REQUIRE(twice.count("<DataObjectGroup id=\"DOG-500\">") == 1);
    twice.replace("<DataObjectGroup id=\"DOG-500\">", "<DataObjectGroup id=\"DOG-499\">");
    const SedaValidation duplicate = validateSeda(twice);
    CHECK_FALSE(duplicate.ok);
    CHECK(mentions(duplicate, QStringLiteral("DOG-499")));
}

TEST_CASE("Line numbers stay right past 65535 lines", "[seda]")
{
    // Whitespace between elements is allowed: push the faulty element far down.
    QByteArray xml = variant("<FinalAction>Destroy</FinalAction>", "<FinalAction>Sample</FinalAction>");
    REQUIRE(xml.count("<Management>") == 1);
    xml.replace("<Management>", QByteArray(QByteArray("<Management>") + QByteArray(70000, '\n')));
    const SedaValidation v = validateSeda(xml);
    REQUIRE(v.errors.size() == 1);
    CHECK(v.errors.first().startsWith(QStringLiteral("line %1: ").arg(lineOf(xml, "<FinalAction>"))));
    CHECK(lineOf(xml, "<FinalAction>") > 70000);
}

TEST_CASE("The zip reader reads back what libarchive wrote", "[seda]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.zip"));
    const QByteArray manifest = minimalTransfer();
    const QByteArray pdf = noise(200 * 1024, 7);
    const qint64 when = 1741943700; // 2025-03-14T09:15:00Z
    writeZip(path, {{"manifest.xml", manifest, when, false},
                    {"content/", {}, when, true},
                    {"content/dossier-0001/", {}, when, true},
                    {"content/dossier-0001/eligibilite.pdf", pdf, when + 60, false},
                    {"content/dossier-0001/empty.json", {}, when, false}});

    const auto read = readZip(path);
    REQUIRE(read.ok());
    const QList<ZipEntry>& entries = read.value();
    REQUIRE(entries.size() == 5);
    CHECK(entries[0].path == QLatin1String("manifest.xml"));
    CHECK(entries[0].bytes == manifest);
    CHECK(entries[0].size == manifest.size());
    CHECK_FALSE(entries[0].isDir);
    CHECK(entries[0].mtime == QDateTime::fromSecsSinceEpoch(when, Qt::UTC));

    const ZipEntry* folder = findZipEntry(entries, QStringLiteral("content/"));
    REQUIRE(folder);
    CHECK(folder->isDir);
    CHECK(folder->bytes.isEmpty());

    const ZipEntry* file = findZipEntry(entries, QStringLiteral("content/dossier-0001/eligibilite.pdf"));
    REQUIRE(file);
    CHECK(file->bytes == pdf);
    CHECK(file->size == pdf.size());
    CHECK(file->mtime == QDateTime::fromSecsSinceEpoch(when + 60, Qt::UTC));

    const ZipEntry* empty = findZipEntry(entries, QStringLiteral("content/dossier-0001/empty.json"));
    REQUIRE(empty);
    CHECK(empty->size == 0);
    CHECK(empty->bytes.isEmpty());
    CHECK(findZipEntry(entries, QStringLiteral("nothing")) == nullptr);

    // The manifest read back from the zip validates.
    CHECK(validateSeda(entries[0].bytes).ok);
}

TEST_CASE("A broken zip is an error, never a shorter list", "[seda]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("good.zip"));
    writeZip(good, {{"manifest.xml", minimalTransfer(), 1741943700, false},
                    {"content/a.bin", noise(100 * 1024, 3), 1741943700, false},
                    {"content/b.bin", noise(50 * 1024, 5), 1741943700, false}});
    const QByteArray bytes = readFile(good);
    REQUIRE(readZip(good).ok());

    const QString cut = dir.filePath(QStringLiteral("cut.zip"));
    SECTION("Cut by one byte")
    {
        writeFile(cut, bytes.left(bytes.size() - 1));
        const auto read = readZip(cut);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().startsWith(QLatin1String("cut.zip: ")));
    }
    SECTION("Cut in the middle of an entry")
    {
        writeFile(cut, bytes.left(bytes.size() / 2));
        CHECK_FALSE(readZip(cut).ok());
    }
    SECTION("Cut just before the central directory (every entry complete)")
    {
        const int central = bytes.indexOf(QByteArray("PK\x01\x02", 4));
        REQUIRE(central > 0);
        writeFile(cut, bytes.left(central));
        CHECK_FALSE(readZip(cut).ok());
    }
    SECTION("A byte changed inside compressed data")
    {
        QByteArray damaged = bytes;
        const int at = damaged.indexOf("content/a.bin") + 13 + 2000;
        damaged[at] = char(damaged[at] ^ 0x55);
        writeFile(cut, damaged);
        const auto read = readZip(cut);
        REQUIRE_FALSE(read.ok());
        INFO(read.error().toStdString());
        CHECK(read.error().contains(QLatin1String("content/a.bin")));
    }
    SECTION("Not a zip")
    {
        writeFile(cut, minimalTransfer());
        CHECK_FALSE(readZip(cut).ok());
    }
    SECTION("Empty file")
    {
        writeFile(cut, QByteArray());
        CHECK_FALSE(readZip(cut).ok());
    }
    SECTION("No file")
    {
        const auto read = readZip(dir.filePath(QStringLiteral("missing.zip")));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().contains(QLatin1String("missing.zip")));
    }
}
