// core/archive without a profile: the SEDA 2.3 manifest writer checked against the official schemas (several
// dossiers and outcomes, unique ids, an empty object), what is missing before writing; the appraisal policy
// (per outcome, the deterministic 1-in-N sample, the settings named in its problems); the zip writer read back
// with libarchive (stored and deflated entries, sizes and bytes), and a device that fails.
#include "SedaValidator.h"
#include "ZipReader.h"

#include "archive/ArchivePolicy.h"
#include "archive/SedaManifest.h"
#include "archive/ZipWriter.h"
#include "settings/Settings.h"
#include "store/DossierRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace ccas;
using ccas::test::findZipEntry;
using ccas::test::readZip;
using ccas::test::validateSeda;
using ccas::test::ZipEntry;

namespace {

SedaObject sedaObject(const QString& dossierId, const QString& name, const QByteArray& bytes, const char* mime,
                      const char* pronom)
{
    SedaObject o;
    o.uri = QStringLiteral("content/%1/%2").arg(dossierId, name);
    o.title = name;
    o.sha512 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha512);
    o.size = bytes.size();
    o.mimeType = QLatin1String(mime);
    o.formatId = QLatin1String(pronom);
    o.formatLabel = QStringLiteral("format of %1").arg(name);
    o.lastModified = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    return o;
}

SedaFile sedaFile(const QString& id, const QString& rule, const QString& finalAction, int objects)
{
    SedaFile f;
    f.dossierId = id;
    f.title = QStringLiteral("Aide facultative : dossier %1").arg(id);
    f.description = QStringLiteral("Demande du 2026-10-01 <close> & \"quoted\".");
    f.startDate = QDate(2026, 10, 1);
    f.endDate = QDate(2026, 11, 2);
    f.appraisalRule = rule;
    f.appraisalStart = f.endDate;
    f.finalAction = finalAction;
    f.accessRule = QStringLiteral("ACC-50Y");
    f.accessStart = f.endDate;
    const char* names[] = {"synthese-eligibilite.pdf", "decision.json", "donnees-administrations.json"};
    for (int i = 0; i < objects; ++i)
        f.objects << sedaObject(id, QLatin1String(names[i % 3]), QByteArray(100 + i, char('a' + i)),
                                i % 3 == 0 ? "application/pdf" : "application/json",
                                i % 3 == 0 ? "fmt/354" : "fmt/817");
    return f;
}

SedaTransfer transfer()
{
    SedaTransfer t;
    t.messageIdentifier = QStringLiteral("GUICHET-CCAS-TEST-1");
    t.date = QDateTime(QDate(2026, 11, 27), QTime(10, 15), Qt::OffsetFromUTC, 3600);
    t.comment = QStringLiteral("Versement de test");
    t.archivalAgreement = QStringLiteral("CV-1");
    t.archivalAgencyId = QStringLiteral("FRAD078");
    t.transferringAgencyId = QStringLiteral("13002526500013");
    t.originatingAgencyId = QStringLiteral("13002526500013");
    t.creatingApplication = QStringLiteral("Guichet CCAS");
    t.creatingVersion = QStringLiteral("1.0.0");
    return t;
}

QString joined(const QStringList& errors)
{
    return errors.join(QLatin1Char('\n'));
}

// Every @id of the document, in order, and the text of every element named `element`.
struct Parsed
{
    QStringList ids;
    QMap<QString, QStringList> texts; // element name -> its texts, in document order
    bool wellFormed = false;
};

Parsed parse(const QByteArray& xml)
{
    Parsed p;
    QXmlStreamReader r(xml);
    QString current;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            current = r.name().toString();
            const QStringView id = r.attributes().value(QLatin1String("id"));
            if (!id.isEmpty())
                p.ids << id.toString();
        } else if (r.isCharacters() && !r.isWhitespace()) {
            p.texts[current] << r.text().toString();
        }
    }
    p.wellFormed = !r.hasError();
    return p;
}

// A device that accepts `capacity` bytes, then fails every write.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {}
    qint64 accepted() const { return m_accepted; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 len) override
    {
        if (m_accepted + len > m_capacity) {
            setErrorString(QStringLiteral("test: device full"));
            return -1;
        }
        m_accepted += len;
        return len;
    }

private:
    qint64 m_capacity;
    qint64 m_accepted = 0;
};

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char& c : out)
        c = char(gen.bounded(256));
    return out;
}

ArchivePolicy completePolicy()
{
    ArchivePolicy p;
    p.archivalAgencyId = QStringLiteral("FRAD078");
    p.originatingAgencyId = QStringLiteral("13002526500013");
    p.transferringAgencyId = p.originatingAgencyId;
    p.granted = {QStringLiteral("APP-10Y"), QStringLiteral("Destroy")};
    p.refused = {QStringLiteral("APP-2Y"), QStringLiteral("Destroy")};
    p.abandoned = {QStringLiteral("APP-1Y"), QStringLiteral("Keep")};
    p.grantedSampling = 0;
    p.accessRule = QStringLiteral("ACC-50Y");
    return p;
}

} // namespace

TEST_CASE("SEDA manifest: several dossiers with each outcome validate, ids unique", "[archive][seda]")
{
    SedaTransfer t = transfer();
    t.files << sedaFile(QStringLiteral("DAAAAAAAAAAAAAAAA"), QStringLiteral("APP-10Y"), QStringLiteral("Keep"), 3)
            << sedaFile(QStringLiteral("DBBBBBBBBBBBBBBBB"), QStringLiteral("APP-2Y"), QStringLiteral("Destroy"), 3)
            << sedaFile(QStringLiteral("DCCCCCCCCCCCCCCCC"), QStringLiteral("APP-2Y-SS"), QStringLiteral("Destroy"), 2)
            << sedaFile(QStringLiteral("DDDDDDDDDDDDDDDDD"), QStringLiteral("APP-10Y"), QStringLiteral("Destroy"), 1);
    REQUIRE(SedaManifest::missing(t).isEmpty());
    const QByteArray xml = SedaManifest::write(t);
    const auto v = validateSeda(xml);
    INFO(joined(v.errors).toStdString());
    CHECK(v.ok);

    const Parsed p = parse(xml);
    REQUIRE(p.wellFormed);
    CHECK(QSet<QString>(p.ids.cbegin(), p.ids.cend()).size() == p.ids.size());
    // 9 objects: a group and a binary object each; 4 File units, 9 Item units.
    CHECK(p.ids.size() == 9 * 2 + 4 + 9);
    CHECK(p.texts.value(QStringLiteral("Uri")).size() == 9);
    CHECK(p.texts.value(QStringLiteral("OriginatingSystemId")).size() == 4);
    CHECK(p.texts.value(QStringLiteral("FinalAction")) ==
          QStringList({QStringLiteral("Keep"), QStringLiteral("Destroy"), QStringLiteral("Destroy"),
                       QStringLiteral("Destroy")}));
    CHECK(p.texts.value(QStringLiteral("ArchivalAgreement")) == QStringList{QStringLiteral("CV-1")});
    // The digests are written in hex, 128 digits, those of the objects.
    const QStringList digests = p.texts.value(QStringLiteral("MessageDigest"));
    REQUIRE(digests.size() == 9);
    CHECK(digests.contains(QString::fromLatin1(t.files.at(0).objects.at(0).sha512.toHex())));
    for (const QString& d : digests)
        CHECK(d.size() == 128);
    // Text is escaped, not written raw.
    CHECK(xml.contains("&lt;close&gt; &amp;"));
}

TEST_CASE("SEDA manifest: a transfer without archival agreement nor dossiers still validates", "[archive][seda]")
{
    SedaTransfer t = transfer();
    t.archivalAgreement.clear();
    t.comment.clear();
    const QByteArray xml = SedaManifest::write(t);
    const auto v = validateSeda(xml);
    INFO(joined(v.errors).toStdString());
    CHECK(v.ok);
    CHECK_FALSE(xml.contains("ArchivalAgreement"));
}

TEST_CASE("SEDA manifest: an empty object has no Size and still validates", "[archive][seda]")
{
    SedaTransfer t = transfer();
    SedaFile f = sedaFile(QStringLiteral("DEEEEEEEEEEEEEEEE"), QStringLiteral("APP-2Y"), QStringLiteral("Destroy"), 2);
    f.objects[1] = sedaObject(f.dossierId, QStringLiteral("vide.json"), QByteArray(), "application/json", "fmt/817");
    REQUIRE(f.objects[1].size == 0);
    t.files << f;
    const QByteArray xml = SedaManifest::write(t);
    const auto v = validateSeda(xml);
    INFO(joined(v.errors).toStdString());
    CHECK(v.ok);
    const Parsed p = parse(xml);
    CHECK(p.texts.value(QStringLiteral("Size")) == QStringList{QString::number(f.objects[0].size)});
    // The SHA-512 of nothing is still written.
    CHECK(xml.contains(QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha512).toHex()));
}

TEST_CASE("SEDA manifest: missing() lists what is empty", "[archive][seda]")
{
    CHECK(SedaManifest::missing(transfer()).isEmpty());
    SedaTransfer empty;
    CHECK(SedaManifest::missing(empty).size() == 4);

    SedaTransfer t = transfer();
    t.archivalAgencyId = QStringLiteral("   ");
    CHECK(SedaManifest::missing(t).size() == 1);
    t = transfer();
    t.transferringAgencyId.clear();
    t.originatingAgencyId.clear();
    CHECK(SedaManifest::missing(t).size() == 2);
    t = transfer();
    t.messageIdentifier.clear();
    CHECK(SedaManifest::missing(t).size() == 1);
    // Rule codes: one message however many files lack them.
    t = transfer();
    t.files << sedaFile(QStringLiteral("DA"), QString(), QStringLiteral("Keep"), 1)
            << sedaFile(QStringLiteral("DB"), QStringLiteral("APP-2Y"), QStringLiteral("Keep"), 1)
            << sedaFile(QStringLiteral("DC"), QString(), QStringLiteral("Keep"), 1);
    t.files[1].accessRule.clear();
    CHECK(SedaManifest::missing(t).size() == 1);
    t.files[0].appraisalRule = QStringLiteral("APP-2Y");
    t.files[2].appraisalRule = QStringLiteral("APP-2Y");
    t.files[1].accessRule = QStringLiteral("ACC-50Y");
    CHECK(SedaManifest::missing(t).isEmpty());
}

TEST_CASE("archive policy: appraisal per outcome", "[archive][policy]")
{
    ArchivePolicy p = completePolicy();
    const QString id = QStringLiteral("DAAAAAAAAAAAAAAAA");
    bool sampled = true;
    auto a = p.appraisalFor(Outcome::Accorde, id, &sampled);
    CHECK(a.rule == QStringLiteral("APP-10Y"));
    CHECK(a.finalAction == QStringLiteral("Destroy"));
    CHECK_FALSE(sampled);
    sampled = true;
    a = p.appraisalFor(Outcome::Refuse, id, &sampled);
    CHECK(a.rule == QStringLiteral("APP-2Y"));
    CHECK(a.finalAction == QStringLiteral("Destroy"));
    CHECK_FALSE(sampled);
    a = p.appraisalFor(Outcome::SansSuite, id, &sampled);
    CHECK(a.rule == QStringLiteral("APP-1Y"));
    CHECK(a.finalAction == QStringLiteral("Keep"));
    CHECK_FALSE(sampled);

    // With sampling: a granted file in the sample is kept, one outside keeps the configured action;
    // the other outcomes are never sampled.
    p.grantedSampling = 4;
    QString in, out;
    for (int i = 0; (in.isEmpty() || out.isEmpty()) && i < 1000; ++i) {
        const QString candidate = QStringLiteral("D%1").arg(i, 16, 10, QLatin1Char('0'));
        (ArchivePolicy::inSample(candidate, 4) ? in : out) = candidate;
    }
    REQUIRE_FALSE(in.isEmpty());
    REQUIRE_FALSE(out.isEmpty());
    a = p.appraisalFor(Outcome::Accorde, in, &sampled);
    CHECK(a.rule == QStringLiteral("APP-10Y"));
    CHECK(a.finalAction == QStringLiteral("Keep"));
    CHECK(sampled);
    a = p.appraisalFor(Outcome::Accorde, out, &sampled);
    CHECK(a.finalAction == QStringLiteral("Destroy"));
    CHECK_FALSE(sampled);
    p.refused.finalAction = QStringLiteral("Destroy");
    a = p.appraisalFor(Outcome::Refuse, in, &sampled);
    CHECK(a.finalAction == QStringLiteral("Destroy"));
    CHECK_FALSE(sampled);
    // Null `sampled` is allowed.
    CHECK(p.appraisalFor(Outcome::Accorde, in).finalAction == QStringLiteral("Keep"));
}

TEST_CASE("archive policy: the sample is deterministic and close to 1 in N", "[archive][policy]")
{
    QStringList ids;
    for (int i = 0; i < 20000; ++i)
        ids << DossierRepository::newId();
    REQUIRE(QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size());
    for (const int n : {2, 3, 10, 25}) {
        int drawn = 0;
        for (const QString& id : ids) {
            const bool first = ArchivePolicy::inSample(id, n);
            REQUIRE(ArchivePolicy::inSample(id, n) == first); // the same at every export
            drawn += first ? 1 : 0;
        }
        const double expected = double(ids.size()) / n;
        INFO("1 in " << n << ": " << drawn << " drawn, " << expected << " expected");
        CHECK(drawn >= expected * 0.85);
        CHECK(drawn <= expected * 1.15);
    }
    // A known id draws the same way in every process (a hash of the id, no random seed).
    const QString known = QStringLiteral("D0000000000000000");
    CHECK(ArchivePolicy::inSample(known, 10) == ArchivePolicy::inSample(QString(known), 10));

    // N = 1: every granted file kept; N = 0: none sampled.
    ArchivePolicy p = completePolicy();
    p.grantedSampling = 1;
    int kept = 0;
    for (const QString& id : ids.mid(0, 500)) {
        bool sampled = false;
        kept += p.appraisalFor(Outcome::Accorde, id, &sampled).finalAction == QLatin1String("Keep") && sampled;
    }
    CHECK(kept == 500);
    p.grantedSampling = 0;
    kept = 0;
    for (const QString& id : ids.mid(0, 500)) {
        bool sampled = true;
        const auto a = p.appraisalFor(Outcome::Accorde, id, &sampled);
        kept += sampled || a.finalAction == QLatin1String("Keep");
        CHECK_FALSE(ArchivePolicy::inSample(id, 0));
    }
    CHECK(kept == 0);
}

TEST_CASE("archive policy: problems() names the settings", "[archive][policy]")
{
    CHECK(completePolicy().problems().isEmpty());
    CHECK(ArchivePolicy::validFinalAction(QStringLiteral("Keep")));
    CHECK(ArchivePolicy::validFinalAction(QStringLiteral("Destroy")));
    CHECK_FALSE(ArchivePolicy::validFinalAction(QStringLiteral("Sample")));
    CHECK_FALSE(ArchivePolicy::validFinalAction(QStringLiteral("keep")));
    CHECK_FALSE(ArchivePolicy::validFinalAction(QString()));

    ArchivePolicy p = completePolicy();
    p.granted.finalAction = QStringLiteral("Sample");
    QStringList problems = p.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).contains(QStringLiteral("Sample")));
    CHECK(problems.at(0).contains(Settings::name(Settings::Key::AppraisalGrantedAction)));

    p = completePolicy();
    p.archivalAgencyId.clear();
    p.refused.rule.clear();
    p.accessRule.clear();
    problems = p.problems();
    REQUIRE(problems.size() == 3);
    const QString all = problems.join(QLatin1Char('\n'));
    CHECK(all.contains(Settings::name(Settings::Key::ArchivalAgencyId)));
    CHECK(all.contains(Settings::name(Settings::Key::AppraisalRefusedRule)));
    CHECK(all.contains(Settings::name(Settings::Key::AccessRule)));

    p = completePolicy();
    p.originatingAgencyId.clear();
    p.abandoned.finalAction.clear();
    problems = p.problems();
    REQUIRE(problems.size() == 2);
    CHECK(problems.join(QLatin1Char('\n')).contains(Settings::name(Settings::Key::Recipient)));
    CHECK(problems.join(QLatin1Char('\n')).contains(Settings::name(Settings::Key::AppraisalAbandonedAction)));
}

TEST_CASE("archive policy: from the settings, with the profile's SIRET when unset", "[archive][policy]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    {
        Settings s(tmp.filePath(QStringLiteral("guichet-ccas.ini")));
        // Defaults: everything but the archives service's id.
        const ArchivePolicy d = ArchivePolicy::fromSettings(s, QStringLiteral("13002526500013"));
        CHECK(d.originatingAgencyId == QStringLiteral("13002526500013"));
        CHECK(d.transferringAgencyId == d.originatingAgencyId);
        const QStringList problems = d.problems();
        REQUIRE(problems.size() == 1);
        CHECK(problems.at(0).contains(Settings::name(Settings::Key::ArchivalAgencyId)));

        s.setValue(Settings::Key::ArchivalAgencyId, QStringLiteral(" FRAD078 "));
        s.setValue(Settings::Key::ArchivalAgreement, QStringLiteral("CV-1"));
        s.setValue(Settings::Key::TransferringAgencyId, QStringLiteral("21780358600011"));
        s.setValue(Settings::Key::AppraisalRefusedRule, QStringLiteral("R-CODE"));
        s.setValue(Settings::Key::AppraisalAbandonedAction, QStringLiteral("Keep"));
        s.setValue(Settings::Key::AppraisalGrantedSampling, 7);
        s.setValue(Settings::Key::AccessRule, QStringLiteral("ACC-X"));
        REQUIRE(s.sync());
    }
    Settings s(tmp.filePath(QStringLiteral("guichet-ccas.ini")));
    const ArchivePolicy p = ArchivePolicy::fromSettings(s, QStringLiteral("13002526500013"));
    CHECK(p.problems().isEmpty());
    CHECK(p.archivalAgencyId == QStringLiteral("FRAD078"));
    CHECK(p.archivalAgreement == QStringLiteral("CV-1"));
    CHECK(p.transferringAgencyId == QStringLiteral("21780358600011"));
    CHECK(p.originatingAgencyId == QStringLiteral("13002526500013"));
    CHECK(p.refused.rule == QStringLiteral("R-CODE"));
    CHECK(p.abandoned.finalAction == QStringLiteral("Keep"));
    CHECK(p.grantedSampling == 7);
    CHECK(p.accessRule == QStringLiteral("ACC-X"));
}

TEST_CASE("zip writer: stored and deflated entries read back identical", "[archive][zip]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("out.zip"));
    const QByteArray binary = randomBytes(300 * 1024);
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "{\"ligne\": " + QByteArray::number(i) + ", \"texte\": \"é à ç\"}\n";
    const QByteArray small = "x";
    const QDateTime when(QDate(2026, 11, 27), QTime(9, 30, 15), Qt::UTC);
    qint64 written = 0;
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        ZipWriter zip(&f);
        REQUIRE(zip.open().ok());
        REQUIRE(
            zip.add(QStringLiteral("content/DAAAA/synthese.pdf"), binary, when, ZipWriter::Compression::Store).ok());
        REQUIRE(
            zip.add(QStringLiteral("content/DAAAA/donnees.json"), text, when, ZipWriter::Compression::Deflate).ok());
        REQUIRE(zip.add(QStringLiteral("content/DAAAA/vide.json"), QByteArray(), when, ZipWriter::Compression::Deflate)
                    .ok());
        REQUIRE(zip.add(QStringLiteral("manifest.xml"), small, when, ZipWriter::Compression::Deflate).ok());
        REQUIRE(zip.finish().ok());
        CHECK(zip.finish().ok()); // twice: nothing more
        CHECK_FALSE(zip.add(QStringLiteral("late.txt"), small, when, ZipWriter::Compression::Store).ok());
        written = zip.written();
        f.close();
        CHECK(written == QFileInfo(path).size());
    }
    // Deflate did compress the text; the random bytes were stored.
    CHECK(written < binary.size() + text.size() / 2);
    CHECK(written > binary.size());

    const auto read = readZip(path);
    REQUIRE(read.ok());
    const QList<ZipEntry>& entries = read.value();
    REQUIRE(entries.size() == 4);
    CHECK(entries.at(0).path == QStringLiteral("content/DAAAA/synthese.pdf"));
    CHECK(entries.at(3).path == QStringLiteral("manifest.xml"));
    const struct
    {
        const char* path;
        const QByteArray& bytes;
    } expected[] = {
        {"content/DAAAA/synthese.pdf", binary}, {"content/DAAAA/donnees.json", text}, {"manifest.xml", small}};
    for (const auto& e : expected) {
        const ZipEntry* z = findZipEntry(entries, QLatin1String(e.path));
        REQUIRE(z != nullptr);
        CHECK(z->size == e.bytes.size());
        CHECK(z->bytes == e.bytes);
        CHECK(z->mtime == when);
        CHECK_FALSE(z->isDir);
    }
    const ZipEntry* empty = findZipEntry(entries, QStringLiteral("content/DAAAA/vide.json"));
    REQUIRE(empty != nullptr);
    CHECK(empty->bytes.isEmpty());
    CHECK(empty->size == 0);
}

TEST_CASE("zip writer: a device that fails makes an error, not a file", "[archive][zip]")
{
    const QDateTime when(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC);
    const QByteArray big = randomBytes(256 * 1024);
    SECTION("full at once")
    {
        FailingDevice device(0);
        REQUIRE(device.open(QIODevice::WriteOnly));
        ZipWriter zip(&device);
        bool failed = !zip.open();
        if (!failed)
            failed = !zip.add(QStringLiteral("a.bin"), big, when, ZipWriter::Compression::Store);
        if (!failed)
            failed = !zip.finish();
        CHECK(failed);
        CHECK(device.accepted() == 0);
    }
    SECTION("full in the middle of an entry")
    {
        FailingDevice device(64 * 1024);
        REQUIRE(device.open(QIODevice::WriteOnly));
        ZipWriter zip(&device);
        REQUIRE(zip.open().ok());
        const auto added = zip.add(QStringLiteral("a.bin"), big, when, ZipWriter::Compression::Store);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().contains(QStringLiteral("test: device full")));
        CHECK(zip.written() <= 64 * 1024);
    }
    SECTION("full while writing the central directory")
    {
        FailingDevice device(big.size() + 200);
        REQUIRE(device.open(QIODevice::WriteOnly));
        ZipWriter zip(&device);
        REQUIRE(zip.open().ok());
        bool failed = !zip.add(QStringLiteral("a.bin"), big, when, ZipWriter::Compression::Store);
        if (!failed)
            failed = !zip.add(QStringLiteral("b.bin"), big.left(1000), when, ZipWriter::Compression::Store);
        if (!failed)
            failed = !zip.finish();
        CHECK(failed);
    }
    SECTION("a device not open for writing")
    {
        FailingDevice device(1 << 20);
        ZipWriter zip(&device);
        CHECK_FALSE(zip.open().ok());
        CHECK_FALSE(zip.add(QStringLiteral("a.bin"), big, when, ZipWriter::Compression::Store).ok());
        CHECK_FALSE(zip.finish().ok());
    }
}

// libarchive's close on a writer in the FATAL state answers ARCHIVE_OK: ZipWriter remembers the failed entry
// and refuses to finish, so that a caller that ignored add()'s error cannot commit a zip that looks whole.
TEST_CASE("zip writer: finish() after a failed write reports the failure", "[archive][zip]")
{
    const QDateTime when(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC);
    FailingDevice device(64 * 1024);
    REQUIRE(device.open(QIODevice::WriteOnly));
    ZipWriter zip(&device);
    REQUIRE(zip.open().ok());
    REQUIRE_FALSE(zip.add(QStringLiteral("a.bin"), randomBytes(256 * 1024), when, ZipWriter::Compression::Store).ok());
    CHECK_FALSE(zip.finish().ok()); // never a central directory after a failed write
}
