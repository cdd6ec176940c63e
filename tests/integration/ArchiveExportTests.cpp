// guichet-ccas-cli archive export on a real profile, end to end: dossiers closed with each outcome (one with its
// sources fetched from the fake API, one with stored sources), packages by id and --all-closed [--closed-before]
// unzipped and checked (manifest valid against the official SEDA 2.3 schemas, every object's digest and size
// recomputed from the zip, one File unit per dossier with the settings' rules, no personal data in the entry
// paths nor the manifest, a PDF pdfinfo reads, the sources with their provenance, one journal entry per dossier);
// the errors and their exit codes; a SIGKILL during an export leaves nothing at the final path; and the
// « exporter avant purge » failure path of ProfileSession (closed dossiers kept and listed as held).
#include "ClientRig.h"
#include "DatedDossier.h"
#include "Futures.h"
#include "ProfileJournal.h"
#include "SedaValidator.h"
#include "StoreRig.h"
#include "ZipReader.h"

#include "session/ProfileSession.h"
#include "settings/Settings.h"
#include "store/DossierRepository.h"
#include "store/ProfileStore.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>

using namespace ccas;
using namespace ccas::test;

namespace {

const QString Passphrase = QStringLiteral("une phrase de passe assez longue");
const QString Siret = QString::fromLatin1(TestRecipient);
// resources/reglements/exemple-maisons-laffitte.json (its aid: SECOURS).
const QString Reglement = QStringLiteral(GUICHET_STAGING_DIR "/../../reglements/exemple-maisons-laffitte.json");

// The settings' codes, all different from the defaults so that the test sees them come from the ini.
const QString GrantedRule = QStringLiteral("TEST-ACCORDE-10A");
const QString RefusedRule = QStringLiteral("TEST-REFUS-2A");
const QString AbandonedRule = QStringLiteral("TEST-SANSSUITE-1A");
const QString AccessRuleCode = QStringLiteral("TEST-COM-VIE-PRIVEE-50A");

// ---- a tiny DOM over QXmlStreamReader (QtXml is not linked) ----

struct Node
{
    QString name;
    QMap<QString, QString> attributes;
    QString text;
    QList<Node> children;

    const Node* child(const QString& n) const
    {
        for (const Node& c : children)
            if (c.name == n)
                return &c;
        return nullptr;
    }
    QList<const Node*> all(const QString& n) const
    {
        QList<const Node*> out;
        for (const Node& c : children)
            if (c.name == n)
                out << &c;
        return out;
    }
    // The text at a '/'-separated path of children, empty when one is missing.
    QString at(const QString& path) const
    {
        const Node* n = this;
        for (const QString& part : path.split(QLatin1Char('/'))) {
            n = n->child(part);
            if (!n)
                return QString();
        }
        return n->text;
    }
    void collect(const QString& n, QList<const Node*>& out) const
    {
        for (const Node& c : children) {
            if (c.name == n)
                out << &c;
            c.collect(n, out);
        }
    }
    QList<const Node*> descendants(const QString& n) const
    {
        QList<const Node*> out;
        collect(n, out);
        return out;
    }
};

Node readNode(QXmlStreamReader& r)
{
    Node n;
    n.name = r.name().toString();
    for (const QXmlStreamAttribute& a : r.attributes())
        n.attributes.insert(a.name().toString(), a.value().toString());
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            n.children << readNode(r);
        else if (r.isCharacters())
            n.text += r.text();
        else if (r.isEndElement())
            break;
    }
    n.text = n.text.trimmed();
    return n;
}

Node parseXml(const QByteArray& xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd() && !r.isStartElement())
        r.readNext();
    REQUIRE(r.isStartElement());
    Node root = readNode(r);
    REQUIRE_FALSE(r.hasError());
    return root;
}

// ---- the profile ----

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

struct ArchiveProfile
{
    QTemporaryDir root;
    QString passFile;

    QString dir() const { return root.filePath(QStringLiteral("profil")); }
    QString tmp() const { return root.filePath(QStringLiteral("tmp")); }
    QString outDir() const { return root.filePath(QStringLiteral("versements")); }
    QString out(const QString& name) const { return QDir(outDir()).filePath(name); }

    ArchiveProfile()
    {
        REQUIRE(root.isValid());
        REQUIRE(QDir().mkpath(tmp()));
        REQUIRE(QDir().mkpath(outDir()));
        passFile = root.filePath(QStringLiteral("pass.txt"));
        QFile f(passFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(Passphrase.toUtf8());
        f.close();
        const Run r = run({QStringLiteral("init"), QStringLiteral("--ccas-nom"), QStringLiteral("CCAS de Test"),
                           QStringLiteral("--siret"), Siret});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the passphrase file
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("GUICHET_PASSPHRASE_FILE"), passFile);
        env.insert(QStringLiteral("GUICHET_API_PARTICULIER_TOKEN"), QString::fromLatin1(TestToken));
        env.insert(QStringLiteral("TMPDIR"), tmp());
        return env;
    }

    Run run(const QStringList& args) const
    {
        const CliResult r = runCliProcess(QStringList{QStringLiteral("--profile"), dir()} + args, environment());
        return Run{r.code, r.out, r.err};
    }

    QStringList exportArgs(const QStringList& selection, const QString& out) const
    {
        return QStringList{QStringLiteral("--json"), QStringLiteral("archive"), QStringLiteral("export")} + selection +
               QStringList{QStringLiteral("--reglement"), Reglement, QStringLiteral("--out"), out};
    }

    // The profile opened in this process with the recovery passphrase (no keychain), for quick changes.
    void withSession(ManualClock& clock, const std::function<void(ProfileSession&)>& body) const
    {
        ProfileSession session(dir(), nullptr, clock);
        QSignalSpy passphraseNeeded(&session, &ProfileSession::passphraseNeeded);
        QSignalSpy unlocked(&session, &ProfileSession::unlocked);
        QSignalSpy failed(&session, &ProfileSession::failed);
        QSignalSpy retention(&session, &ProfileSession::retentionFinished);
        session.open();
        REQUIRE(waitUntil([&] { return passphraseNeeded.count() == 1 || failed.count() > 0; }, 30000));
        REQUIRE(failed.count() == 0);
        session.providePassphrase(Passphrase);
        REQUIRE(waitUntil([&] { return unlocked.count() == 1; }, 30000));
        REQUIRE(waitUntil([&] { return retention.count() == 1; }));
        body(session);
        session.waitForIdle();
    }

    void settings(const std::function<void(Settings&)>& body) const
    {
        Settings s(Settings::pathForProfile(dir()));
        body(s);
        REQUIRE(s.sync());
    }

    void archiveSettings() const
    {
        settings([](Settings& s) {
            s.setValue(Settings::Key::ArchivalAgencyId, QStringLiteral("FRAD078"));
            s.setValue(Settings::Key::ArchivalAgreement, QStringLiteral("CV-1"));
            s.setValue(Settings::Key::TransferringAgencyId, QStringLiteral("TEST-SERVICE-VERSANT"));
            s.setValue(Settings::Key::AppraisalGrantedRule, GrantedRule);
            s.setValue(Settings::Key::AppraisalGrantedAction, QStringLiteral("Destroy"));
            s.setValue(Settings::Key::AppraisalGrantedSampling, 0); // no sample: Destroy stays Destroy
            s.setValue(Settings::Key::AppraisalRefusedRule, RefusedRule);
            s.setValue(Settings::Key::AppraisalRefusedAction, QStringLiteral("Destroy"));
            s.setValue(Settings::Key::AppraisalAbandonedRule, AbandonedRule);
            s.setValue(Settings::Key::AppraisalAbandonedAction, QStringLiteral("Keep"));
            s.setValue(Settings::Key::AccessRule, AccessRuleCode);
        });
    }

    // The "export" journal entries: dossier id -> the details (package message identifiers).
    QMultiMap<QString, QString> exportEntries() const
    {
        ManualClock clock;
        ProfileJournal stored(dir(), clock);
        const auto entries = await(stored.journal.list({}, {}, 0));
        REQUIRE(entries.ok());
        QMultiMap<QString, QString> out;
        for (const JournalEntry& e : entries.value())
            if (e.action == QLatin1String("export"))
                out.insert(e.dossierId, e.detail);
        return out;
    }
};

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// What one dossier of a package must show.
struct Expected
{
    QString id;
    Identity who;
    QString outcome; // decision.json's key
    qint64 cents = 0;
    QString rule;
    QString finalAction;
    bool fetched = false;    // sources from the fake API (dupontSophie: QF 900)
    QString storedSource;    // a source stored by the test, with its provenance
    QString storedRequestId; // ... and its request id
};

// The words that must never appear in an entry path or the manifest for this person: names and birth date
// (not the bare year: four digits turn up by chance in hex digests and byte counts).
QStringList personalWords(const Identity& who)
{
    QStringList out = {who.nomNaissance};
    out += who.prenoms;
    const QDate birth(who.anneeNaissance, who.moisNaissance, who.jourNaissance);
    out << birth.toString(QStringLiteral("yyyyMMdd")) << birth.toString(QStringLiteral("yyyy-MM-dd"))
        << birth.toString(QStringLiteral("dd/MM/yyyy")) << birth.toString(QStringLiteral("ddMMyyyy"));
    return out;
}

QJsonObject jsonEntry(const QList<ZipEntry>& entries, const QString& path)
{
    const ZipEntry* e = findZipEntry(entries, path);
    REQUIRE(e != nullptr);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(e->bytes, &error);
    INFO(path.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

void checkPdf(const QByteArray& bytes, const QString& tmpDir)
{
    REQUIRE(bytes.startsWith("%PDF-"));
    const QString path = QDir(tmpDir).filePath(QStringLiteral("check.pdf"));
    writeFile(path, bytes);
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(pdfinfo.waitForFinished(20000));
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    INFO(QString::fromUtf8(pdfinfo.readAllStandardError()).toStdString());
    CHECK(pdfinfo.exitCode() == 0);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+[1-9]"))));
    QFile::remove(path);
}

// Unzips the package and checks everything the issue asks of it; returns the manifest's message identifier.
QString checkPackage(const QString& path, const QList<Expected>& expected, const QString& tmpDir)
{
    const auto read = readZip(path);
    INFO((read.ok() ? QString() : read.error()).toStdString());
    REQUIRE(read.ok());
    const QList<ZipEntry>& entries = read.value();
    const ZipEntry* manifestEntry = findZipEntry(entries, QStringLiteral("manifest.xml"));
    REQUIRE(manifestEntry != nullptr);
    const QByteArray manifest = manifestEntry->bytes;

    const SedaValidation v = validateSeda(manifest);
    INFO(v.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(v.ok);

    const Node root = parseXml(manifest);
    CHECK(root.name == QStringLiteral("ArchiveTransfer"));
    CHECK(root.at(QStringLiteral("ArchivalAgency/Identifier")) == QStringLiteral("FRAD078"));
    CHECK(root.at(QStringLiteral("TransferringAgency/Identifier")) == QStringLiteral("TEST-SERVICE-VERSANT"));
    CHECK(root.at(QStringLiteral("ArchivalAgreement")) == QStringLiteral("CV-1"));
    const QString messageId = root.at(QStringLiteral("MessageIdentifier"));
    CHECK_FALSE(messageId.isEmpty());

    // Every object: its Uri is in the zip, its digest and size are those of the bytes read back.
    QMap<QString, QString> uriOfGroup; // DataObjectGroup id -> Uri
    QMap<QString, QString> mimeOfUri;
    QSet<QString> uris;
    for (const Node* bdo : root.descendants(QStringLiteral("BinaryDataObject"))) {
        const QString uri = bdo->at(QStringLiteral("Uri"));
        INFO(uri.toStdString());
        CHECK_FALSE(uris.contains(uri));
        uris.insert(uri);
        const ZipEntry* e = findZipEntry(entries, uri);
        REQUIRE(e != nullptr);
        const Node* digest = bdo->child(QStringLiteral("MessageDigest"));
        REQUIRE(digest != nullptr);
        CHECK(digest->attributes.value(QStringLiteral("algorithm")) == QStringLiteral("SHA-512"));
        const QByteArray sha = QCryptographicHash::hash(e->bytes, QCryptographicHash::Sha512);
        CHECK(
            (digest->text == QString::fromLatin1(sha.toHex()) || digest->text == QString::fromLatin1(sha.toBase64())));
        CHECK(bdo->at(QStringLiteral("Size")) == QString::number(e->bytes.size()));
        CHECK(e->size == e->bytes.size());
        CHECK_FALSE(bdo->at(QStringLiteral("FormatIdentification/MimeType")).isEmpty());
        CHECK(bdo->at(QStringLiteral("FormatIdentification/FormatId")).startsWith(QStringLiteral("fmt/")));
        CHECK(bdo->at(QStringLiteral("FileInfo/Filename")) == uri.section(QLatin1Char('/'), -1));
        mimeOfUri.insert(uri, bdo->at(QStringLiteral("FormatIdentification/MimeType")));
    }
    for (const Node* group : root.descendants(QStringLiteral("DataObjectGroup"))) {
        const auto bdos = group->all(QStringLiteral("BinaryDataObject"));
        REQUIRE(bdos.size() == 1);
        uriOfGroup.insert(group->attributes.value(QStringLiteral("id")), bdos.first()->at(QStringLiteral("Uri")));
    }
    // ... and every file of the zip is described (nothing unreferenced but the manifest).
    for (const ZipEntry& e : entries) {
        if (e.isDir || e.path == QLatin1String("manifest.xml"))
            continue;
        INFO(e.path.toStdString());
        CHECK(uris.contains(e.path));
    }

    // One File unit per dossier, with the settings' rules.
    QMap<QString, const Node*> fileUnits;
    for (const Node* unit : root.descendants(QStringLiteral("ArchiveUnit"))) {
        if (unit->at(QStringLiteral("Content/DescriptionLevel")) != QLatin1String("File"))
            continue;
        const QString id = unit->at(QStringLiteral("Content/OriginatingSystemId"));
        CHECK_FALSE(fileUnits.contains(id));
        fileUnits.insert(id, unit);
    }
    QStringList expectedIds;
    for (const Expected& x : expected)
        expectedIds << x.id;
    QStringList unitIds = fileUnits.keys();
    std::sort(expectedIds.begin(), expectedIds.end());
    REQUIRE(unitIds == expectedIds);

    for (const Expected& x : expected) {
        INFO("dossier " << x.id.toStdString());
        const Node* unit = fileUnits.value(x.id);
        CHECK(unit->at(QStringLiteral("Content/OriginatingAgency/Identifier")) == Siret);
        CHECK_FALSE(unit->at(QStringLiteral("Content/Title")).isEmpty());
        CHECK(unit->at(QStringLiteral("Management/AppraisalRule/Rule")) == x.rule);
        CHECK(unit->at(QStringLiteral("Management/AppraisalRule/FinalAction")) == x.finalAction);
        CHECK(QDate::fromString(unit->at(QStringLiteral("Management/AppraisalRule/StartDate")), Qt::ISODate).isValid());
        CHECK(unit->at(QStringLiteral("Management/AccessRule/Rule")) == AccessRuleCode);
        CHECK(QDate::fromString(unit->at(QStringLiteral("Management/AccessRule/StartDate")), Qt::ISODate).isValid());

        // Its items point at its own files: a PDF, the decision, the data snapshot.
        QStringList files;
        for (const Node* ref : unit->descendants(QStringLiteral("DataObjectGroupReferenceId")))
            files << uriOfGroup.value(ref->text);
        REQUIRE(files.size() == 3);
        QString pdf, decision, snapshot;
        for (const QString& uri : files) {
            CHECK(uri.startsWith(QStringLiteral("content/%1/").arg(x.id)));
            if (mimeOfUri.value(uri) == QLatin1String("application/pdf"))
                pdf = uri;
            else if (uri.endsWith(QLatin1String("decision.json")))
                decision = uri;
            else
                snapshot = uri;
        }
        REQUIRE_FALSE(pdf.isEmpty());
        REQUIRE_FALSE(decision.isEmpty());
        REQUIRE_FALSE(snapshot.isEmpty());
        checkPdf(findZipEntry(entries, pdf)->bytes, tmpDir);

        const QJsonObject d = jsonEntry(entries, decision);
        CHECK(d.value(QStringLiteral("dossier")).toString() == x.id);
        CHECK(d.value(QStringLiteral("decision")).toString() == x.outcome);
        CHECK(d.value(QStringLiteral("montant_centimes")).toInteger() == x.cents);

        const QJsonObject s = jsonEntry(entries, snapshot);
        CHECK(s.value(QStringLiteral("dossier")).toString() == x.id);
        QMap<QString, QJsonObject> sources;
        for (const QJsonValue& src : s.value(QStringLiteral("sources")).toArray())
            sources.insert(src[QStringLiteral("source")].toString(), src.toObject());
        if (x.fetched) {
            CHECK(sources.size() >= 6);
            REQUIRE(sources.contains(QStringLiteral("qf")));
            const QJsonObject qf = sources.value(QStringLiteral("qf"));
            CHECK_FALSE(qf.value(QStringLiteral("obtenu_le")).toString().isEmpty());
            const QJsonObject answer = qf.value(QStringLiteral("reponse")).toObject();
            CHECK(
                answer[QStringLiteral("data")][QStringLiteral("quotient_familial")][QStringLiteral("valeur")].toInt() ==
                900);
            const QJsonObject provenance = answer.value(QStringLiteral("provenance")).toObject();
            CHECK_FALSE(provenance.value(QStringLiteral("api")).toString().isEmpty());
            CHECK_FALSE(provenance.value(QStringLiteral("endpoint")).toString().isEmpty());
            CHECK_FALSE(provenance.value(QStringLiteral("request_id")).toString().isEmpty());
        }
        if (!x.storedSource.isEmpty()) {
            REQUIRE(sources.contains(x.storedSource));
            const QJsonObject provenance =
                sources.value(x.storedSource)[QStringLiteral("reponse")][QStringLiteral("provenance")].toObject();
            CHECK(provenance.value(QStringLiteral("request_id")).toString() == x.storedRequestId);
        }
        if (!x.fetched && x.storedSource.isEmpty())
            CHECK(sources.isEmpty());
    }

    // No personal data in the entry paths, nor in the manifest.
    for (const Expected& x : expected) {
        for (const QString& word : personalWords(x.who)) {
            INFO("word " << word.toStdString());
            for (const ZipEntry& e : entries)
                CHECK_FALSE(e.path.contains(word, Qt::CaseInsensitive));
            CHECK_FALSE(QString::fromUtf8(manifest).contains(word, Qt::CaseInsensitive));
        }
    }
    return messageId;
}

Decision decision(Outcome outcome, qint64 cents)
{
    Decision d;
    d.outcome = outcome;
    d.amountCents = cents;
    d.motif = QStringLiteral("motif de test");
    d.agent = QStringLiteral("agent-test");
    return d;
}

StoredSource storedSource(const QString& name, const QString& requestId, const QDateTime& at)
{
    const QJsonObject provenance{{QStringLiteral("api"), QStringLiteral("API Particulier")},
                                 {QStringLiteral("endpoint"), QStringLiteral("/v3/dss/quotient_familial/identite")},
                                 {QStringLiteral("fournisseur"), QStringLiteral("CNAF")},
                                 {QStringLiteral("request_id"), requestId},
                                 {QStringLiteral("obtenu_le"), at.toString(Qt::ISODate)}};
    const QJsonObject json{
        {QStringLiteral("source"), name},
        {QStringLiteral("ok"), true},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("quotient_familial"),
                      QJsonObject{{QStringLiteral("valeur"), 1234}, {QStringLiteral("annee"), at.date().year()}}}}},
        {QStringLiteral("provenance"), provenance}};
    return StoredSource{name, at, json};
}

QJsonObject jsonOut(const Run& r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.trimmed().toUtf8());
    INFO(r.out.toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

// The files of `dir`, hidden ones too.
QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

TEST_CASE("archive export: closed dossiers of each outcome, by id and --all-closed, checked from the zip",
          "[archive][cli]")
{
    ClientRig rig;
    ArchiveProfile profile;
    profile.archiveSettings();

    // Nothing closed yet: --all-closed has nothing to export.
    Run r = profile.run(profile.exportArgs({QStringLiteral("--all-closed")}, profile.out(QStringLiteral("none.zip"))));
    INFO(r.err.toStdString());
    CHECK(r.code == 3);
    CHECK_FALSE(QFileInfo::exists(profile.out(QStringLiteral("none.zip"))));

    // B (refused, stored sources) and C (sans suite, no sources) closed 40 days ago, D left open; A granted
    // today through the CLI with its sources fetched from the fake API.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Identity lefebvre = person(QStringLiteral("LEFEBVRE"), QStringLiteral("HELENE"), 1975, 4, 12);
    const Identity roussel = person(QStringLiteral("ROUSSEL"), QStringLiteral("MARC"), 1990, 1, 17);
    QString a, b, c, d;
    ManualClock earlier(now.addDays(-40));
    profile.withSession(earlier, [&](ProfileSession& session) {
        DossierRepository* repo = session.dossiers();
        const QString agent = session.agent();
        const auto ca = await(repo->create(dupontSophie(), QStringLiteral("SECOURS"), agent));
        const auto cb = await(repo->create(martinSamuel(), QStringLiteral("SECOURS"), agent));
        const auto cc = await(repo->create(lefebvre, QStringLiteral("SECOURS"), agent));
        const auto cd = await(repo->create(roussel, QStringLiteral("SECOURS"), agent));
        REQUIRE((ca.ok() && cb.ok() && cc.ok() && cd.ok()));
        a = ca.value();
        b = cb.value();
        c = cc.value();
        d = cd.value();
        REQUIRE(await(repo->saveSources(
                          b, {storedSource(QStringLiteral("qf"), QStringLiteral("REQ-B-42"), earlier.nowUtc())}, agent))
                    .ok());
        REQUIRE(await(repo->decide(b, decision(Outcome::Refuse, 0))).ok());
        REQUIRE(await(repo->close(b, agent)).ok());
        REQUIRE(await(repo->decide(c, decision(Outcome::SansSuite, 0))).ok());
        REQUIRE(await(repo->close(c, agent)).ok());
    });
    r = profile.run({QStringLiteral("--base-url"), rig.server.baseUrl().toString(), QStringLiteral("dossier"),
                     QStringLiteral("fetch"), a});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(profile
                .run({QStringLiteral("dossier"), QStringLiteral("decide"), a, QStringLiteral("--decision"),
                      QStringLiteral("accorde"), QStringLiteral("--montant"), QStringLiteral("150")})
                .code == 0);
    REQUIRE(profile.run({QStringLiteral("dossier"), QStringLiteral("close"), a}).code == 0);

    const Expected ea{
        a, dupontSophie(), QStringLiteral("accorde"), 15000, GrantedRule, QStringLiteral("Destroy"), true, {}, {}};
    const Expected eb{b,     martinSamuel(),       QStringLiteral("refuse"),  0, RefusedRule, QStringLiteral("Destroy"),
                      false, QStringLiteral("qf"), QStringLiteral("REQ-B-42")};
    const Expected ec{c,  lefebvre, QStringLiteral("sans_suite"), 0, AbandonedRule, QStringLiteral("Keep"), false,
                      {}, {}};

    SECTION("by id")
    {
        const QString out = profile.out(QStringLiteral("versement.zip"));
        r = profile.run(profile.exportArgs(
            {QStringLiteral("--dossier"), a, QStringLiteral("--dossier"), b, QStringLiteral("--dossier"), c}, out));
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        const QJsonObject o = jsonOut(r);
        CHECK(o.value(QStringLiteral("dossiers")).toArray().size() == 3);
        CHECK(o.value(QStringLiteral("fichier")).toString() == QFileInfo(out).absoluteFilePath());
        CHECK(o.value(QStringLiteral("octets")).toInteger() == QFileInfo(out).size());
        // A progress line per step, without personal data.
        CHECK(r.err.contains(QRegularExpression(QStringLiteral("\\b3/3\\b"))));
        for (const QString& word :
             personalWords(dupontSophie()) + personalWords(martinSamuel()) + personalWords(lefebvre))
            CHECK_FALSE(r.err.contains(word, Qt::CaseInsensitive));

        const QString messageId = checkPackage(out, {ea, eb, ec}, profile.tmp());
        CHECK(o.value(QStringLiteral("identifiant")).toString() == messageId);

        // One "export" journal entry per dossier, naming the package.
        const auto journaled = profile.exportEntries();
        CHECK(journaled.size() == 3);
        for (const QString& id : {a, b, c})
            CHECK(journaled.values(id) == QStringList{messageId});
        CHECK_FALSE(journaled.contains(d));

        // An existing file is not replaced without --replace, and left untouched.
        const QByteArray before = readFile(out);
        r = profile.run(profile.exportArgs({QStringLiteral("--dossier"), b}, out));
        CHECK(r.code == 2);
        CHECK(readFile(out) == before);
        const QString precious = profile.out(QStringLiteral("precieux.zip"));
        writeFile(precious, "not a zip, but mine");
        r = profile.run(profile.exportArgs({QStringLiteral("--dossier"), b}, precious));
        CHECK(r.code == 2);
        CHECK(readFile(precious) == QByteArray("not a zip, but mine"));
        // With --replace it is.
        r = profile.run(profile.exportArgs({QStringLiteral("--dossier"), b, QStringLiteral("--replace")}, precious));
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        checkPackage(precious, {eb}, profile.tmp());
        CHECK(profile.exportEntries().values(b).size() == 2);
    }

    SECTION("--all-closed, then --closed-before")
    {
        const QString all = profile.out(QStringLiteral("tous.zip"));
        r = profile.run(profile.exportArgs({QStringLiteral("--all-closed")}, all));
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        checkPackage(all, {ea, eb, ec}, profile.tmp()); // not D (open)

        // B and C were closed 40 days ago, A today.
        const QString older = profile.out(QStringLiteral("anciens.zip"));
        const QString cutoff = now.addDays(-20).date().toString(Qt::ISODate);
        r = profile.run(
            profile.exportArgs({QStringLiteral("--all-closed"), QStringLiteral("--closed-before"), cutoff}, older));
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        checkPackage(older, {eb, ec}, profile.tmp());
        CHECK(jsonOut(r).value(QStringLiteral("dossiers")).toArray().size() == 2);

        // None closed before two months ago.
        const QString none = profile.out(QStringLiteral("aucun.zip"));
        r = profile.run(profile.exportArgs({QStringLiteral("--all-closed"), QStringLiteral("--closed-before"),
                                            now.addDays(-60).date().toString(Qt::ISODate)},
                                           none));
        CHECK(r.code == 3);
        CHECK_FALSE(QFileInfo::exists(none));
    }

    SECTION("errors leave no file")
    {
        const QString out = profile.out(QStringLiteral("erreur.zip"));
        // An open dossier cannot be archived, even among closed ones.
        r = profile.run(profile.exportArgs({QStringLiteral("--dossier"), a, QStringLiteral("--dossier"), d}, out));
        CHECK(r.code == 2);
        CHECK(r.err.contains(d));
        CHECK_FALSE(QFileInfo::exists(out));
        // An unknown id.
        const QString unknown = DossierRepository::newId();
        r = profile.run(
            profile.exportArgs({QStringLiteral("--dossier"), a, QStringLiteral("--dossier"), unknown}, out));
        CHECK(r.code == 3);
        CHECK(r.err.contains(unknown));
        CHECK_FALSE(QFileInfo::exists(out));
        // A final action the archives cannot read.
        profile.settings(
            [](Settings& s) { s.setValue(Settings::Key::AppraisalRefusedAction, QStringLiteral("Sample")); });
        r = profile.run(profile.exportArgs({QStringLiteral("--dossier"), a}, out));
        CHECK(r.code == 2);
        CHECK(r.err.contains(Settings::name(Settings::Key::AppraisalRefusedAction)));
        CHECK_FALSE(QFileInfo::exists(out));
        profile.settings(
            [](Settings& s) { s.setValue(Settings::Key::AppraisalRefusedAction, QStringLiteral("Destroy")); });
        // No archives service configured.
        profile.settings([](Settings& s) { s.setValue(Settings::Key::ArchivalAgencyId, QString()); });
        r = profile.run(profile.exportArgs({QStringLiteral("--dossier"), a}, out));
        CHECK(r.code == 2);
        CHECK(r.err.contains(Settings::name(Settings::Key::ArchivalAgencyId)));
        CHECK_FALSE(QFileInfo::exists(out));
        // Nothing was journaled by the failed runs; nothing else in the folder.
        CHECK(profile.exportEntries().isEmpty());
        CHECK(filesIn(profile.outDir()).isEmpty());
    }
}

TEST_CASE("archive export: a SIGKILL during the export leaves nothing at the final path", "[archive][cli][kill]")
{
    ArchiveProfile profile;
    profile.archiveSettings();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr int Count = 300;
    ManualClock clock(now);
    profile.withSession(clock, [&](ProfileSession& session) {
        QList<Dossier> all;
        const Outcome outcomes[] = {Outcome::Accorde, Outcome::Refuse, Outcome::SansSuite};
        for (int i = 0; i < Count; ++i) {
            const Outcome o = outcomes[i % 3];
            all << dossier(QStringLiteral("KILLTEST"), QStringLiteral("SECOURS"), DossierStatus::Clos, o,
                           o == Outcome::Accorde ? 10000 + i : 0, now.addDays(-3).addSecs(i));
        }
        const auto imported = await(session.dossiers()->importDossiers(all, QStringLiteral("test")));
        REQUIRE(imported.ok());
        REQUIRE(imported.value() == Count);
    });

    const QString out = profile.out(QStringLiteral("versement.zip"));
    QProcess p;
    p.setProcessEnvironment(profile.environment());
    QSignalSpy stderrReady(&p, &QProcess::readyReadStandardError);
    p.start(QStringLiteral(GUICHET_CLI_PATH), QStringList{QStringLiteral("--profile"), profile.dir()} +
                                                  profile.exportArgs({QStringLiteral("--all-closed")}, out));
    REQUIRE(p.waitForStarted(5000));
    // The CLI may speak French ("Exportés : 12/300"): the figures are what counts.
    const QRegularExpression progress(QStringLiteral("(\\d+)\\s*/\\s*(\\d+)"));
    QString err;
    QRegularExpressionMatch seen;
    QDeadlineTimer deadline(60000);
    while (!seen.hasMatch() && p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        if (stderrReady.count() == 0 && !stderrReady.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            continue;
        stderrReady.clear();
        err += QString::fromUtf8(p.readAllStandardError());
        seen = progress.match(err);
    }
    INFO(err.toStdString());
    REQUIRE(seen.hasMatch());
    const int done = seen.captured(1).toInt();
    CHECK(seen.captured(2).toInt() == Count);
    // Killed in the middle (the package is written at the end).
    REQUIRE(done < Count);
    REQUIRE(p.state() == QProcess::Running);
    p.kill();
    REQUIRE(p.waitForFinished(10000));
    CHECK(p.exitStatus() == QProcess::CrashExit);

    CHECK_FALSE(QFileInfo::exists(out));
    // No complete package anywhere the export could have written one (a leftover temporary file is not a zip).
    for (const QString& dir : {profile.outDir(), profile.tmp()}) {
        for (const QString& name : filesIn(dir)) {
            INFO(dir.toStdString() << '/' << name.toStdString());
            CHECK_FALSE(readZip(QDir(dir).filePath(name)).ok());
        }
    }
    // Nothing was journaled: the export was never delivered.
    CHECK(profile.exportEntries().isEmpty());

    // The profile is intact: the same export runs to its end afterwards.
    const Run r = profile.run(profile.exportArgs({QStringLiteral("--all-closed")}, out));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const auto read = readZip(out);
    REQUIRE(read.ok());
    const ZipEntry* manifest = findZipEntry(read.value(), QStringLiteral("manifest.xml"));
    REQUIRE(manifest != nullptr);
    CHECK(validateSeda(manifest->bytes).ok);
    CHECK(read.value().size() == Count * 3 + 1);
    CHECK(profile.exportEntries().size() == Count);
}

TEST_CASE("exporter avant purge: without a usable archive folder the closed dossiers due are kept",
          "[archive][retention]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    Settings settings(tmp.filePath(QStringLiteral("guichet-ccas.ini")));
    settings.setValue(Settings::Key::ArchiveBeforePurge, true);
    settings.setValue(Settings::Key::ArchivalAgencyId, QStringLiteral("FRAD078"));
    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    ProfileSession session(QString(), nullptr, clock);
    session.setSettings(&settings);
    QSignalSpy unlocked(&session, &ProfileSession::unlocked);
    QSignalSpy retention(&session, &ProfileSession::retentionFinished);
    QSignalSpy retentionFailed(&session, &ProfileSession::retentionFailed);
    QSignalSpy archived(&session, &ProfileSession::archivedBeforePurge);
    QSignalSpy archiveFailed(&session, &ProfileSession::archiveBeforePurgeFailed);
    session.openEphemeral(QStringLiteral("CCAS de Test"), Siret);
    REQUIRE(waitUntil([&] { return unlocked.count() == 1; }));
    REQUIRE(waitUntil([&] { return retention.count() == 1; })); // nothing yet: nothing to export
    CHECK(archiveFailed.count() == 0);

    // Three closed in 2023 (due), one closed last month and one open and active (not due).
    QList<Dossier> all = {
        dossier(QStringLiteral("ANCIEN"), QStringLiteral("SECOURS"), DossierStatus::Clos, Outcome::Accorde, 5000,
                utc(2023, 3, 1)),
        dossier(QStringLiteral("ANCIEN"), QStringLiteral("SECOURS"), DossierStatus::Clos, Outcome::Refuse, 0,
                utc(2023, 5, 1)),
        dossier(QStringLiteral("ANCIEN"), QStringLiteral("SECOURS"), DossierStatus::Clos, Outcome::SansSuite, 0,
                utc(2024, 1, 1)),
        dossier(QStringLiteral("RECENT"), QStringLiteral("SECOURS"), DossierStatus::Clos, Outcome::Accorde, 5000,
                utc(2026, 10, 1)),
        dossier(QStringLiteral("OUVERT"), QStringLiteral("SECOURS"), DossierStatus::EnInstruction, std::nullopt, 0,
                utc(2026, 11, 20)),
    };
    QStringList ids;
    for (Dossier& x : all) {
        x.id = DossierRepository::newId();
        ids << x.id;
    }
    REQUIRE(await(session.dossiers()->importDossiers(all, QStringLiteral("test"))).ok());
    const QStringList due = ids.mid(0, 3);

    const auto runAndCheckHeld = [&](int run) {
        session.runRetention();
        REQUIRE(waitUntil([&] { return retention.count() == run + 1 || retentionFailed.count() > 0; }, 30000));
        REQUIRE(retentionFailed.count() == 0);
        CHECK(archived.count() == 0);
        REQUIRE(archiveFailed.count() == run);
        CHECK_FALSE(archiveFailed.at(run - 1).at(0).toString().isEmpty());
        // The failure comes before the (limited) purge's report.
        const auto report = retention.at(run).at(0).value<RetentionReport>();
        QStringList held;
        for (const RetentionItem& i : report.held)
            held << i.id;
        held.sort();
        QStringList expected = due;
        expected.sort();
        CHECK(held == expected);
        for (const RetentionItem& i : report.due)
            CHECK_FALSE(due.contains(i.id));
        const auto statuses = await(session.dossiers()->statuses(ids));
        REQUIRE(statuses.ok());
        CHECK(statuses.value().size() == ids.size()); // all still there
    };

    SECTION("folder not set")
    {
        runAndCheckHeld(1);
    }
    SECTION("folder missing")
    {
        settings.setValue(Settings::Key::ArchiveFolder, tmp.filePath(QStringLiteral("absent")));
        runAndCheckHeld(1);
        CHECK_FALSE(QFileInfo::exists(tmp.filePath(QStringLiteral("absent"))));
    }
    SECTION("archives service not set: the package is refused, the dossiers kept")
    {
        const QString folder = tmp.filePath(QStringLiteral("archives"));
        REQUIRE(QDir().mkpath(folder));
        settings.setValue(Settings::Key::ArchiveFolder, folder);
        settings.setValue(Settings::Key::ArchivalAgencyId, QString());
        runAndCheckHeld(1);
        CHECK(filesIn(folder).isEmpty());
    }
    // Once the folder exists and the package can be made, the next run exports and purges them: see
    // tests/ui/ArchiveBeforePurgeTests.cpp (the summaries need a QGuiApplication; this runner has none).
}

namespace {

// The Title of the unit that points at the object `uri` (the Item of a file), empty when none does.
QString titleOfObject(const Node& root, const QString& uri)
{
    QString group;
    for (const Node* g : root.descendants(QStringLiteral("DataObjectGroup")))
        for (const Node* bdo : g->all(QStringLiteral("BinaryDataObject")))
            if (bdo->at(QStringLiteral("Uri")) == uri)
                group = g->attributes.value(QStringLiteral("id"));
    if (group.isEmpty())
        return QString();
    for (const Node* unit : root.descendants(QStringLiteral("ArchiveUnit")))
        if (unit->at(QStringLiteral("DataObjectReference/DataObjectGroupReferenceId")) == group)
            return unit->at(QStringLiteral("Content/Title"));
    return QString();
}

QByteArray zipBytes(const QString& zip, const QString& entry)
{
    const auto read = readZip(zip);
    INFO((read.ok() ? QString() : read.error()).toStdString());
    REQUIRE(read.ok());
    const ZipEntry* e = findZipEntry(read.value(), entry);
    INFO(entry.toStdString());
    REQUIRE(e != nullptr);
    return e->bytes;
}

QString pdfUri(const QString& id)
{
    return QStringLiteral("content/%1/synthese-eligibilite.pdf").arg(id);
}

} // namespace

TEST_CASE("archive export: the summary frozen by `dossier close` is the package's document of record",
          "[archive][cli][frozen]")
{
    ArchiveProfile profile;
    profile.archiveSettings();
    // The règlement the settings name, as a CCAS would install it (a copy of its own).
    const QString reglement = profile.root.filePath(QStringLiteral("reglement.json"));
    REQUIRE(QFile::copy(Reglement, reglement));

    // X granted, Y refused, both decided today (SECOURS: the règlement's aid).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ManualClock clock(now);
    QString x, y;
    profile.withSession(clock, [&](ProfileSession& session) {
        DossierRepository* repo = session.dossiers();
        const auto cx = await(repo->create(dupontSophie(), QStringLiteral("SECOURS"), session.agent()));
        const auto cy = await(repo->create(martinSamuel(), QStringLiteral("SECOURS"), session.agent()));
        REQUIRE((cx.ok() && cy.ok()));
        x = cx.value();
        y = cy.value();
        REQUIRE(await(repo->decide(x, decision(Outcome::Accorde, 15000))).ok());
        REQUIRE(await(repo->decide(y, decision(Outcome::Refuse, 0))).ok());
    });

    // With the règlement in the settings, closing freezes the summary, without a warning.
    profile.settings([&](Settings& s) { s.setValue(Settings::Key::ReglementPath, reglement); });
    Run r = profile.run({QStringLiteral("dossier"), QStringLiteral("close"), x});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    // Without one, the dossier closes all the same and stderr says the summary could not be made.
    profile.settings([](Settings& s) { s.setValue(Settings::Key::ReglementPath, QString()); });
    const Run ry = profile.run({QStringLiteral("dossier"), QStringLiteral("close"), y});
    INFO(ry.err.toStdString());
    REQUIRE(ry.code == 0);
    // The warning names the setting (not translated); stderr also carries keychain and profile notices,
    // which differ from run to run (a keychain write may be tried once), so only that line is compared.
    const QString setting = Settings::name(Settings::Key::ReglementPath);
    CHECK(ry.err.contains(setting));
    CHECK_FALSE(r.err.contains(setting)); // X's close froze its summary: no such warning
    CHECK(profile.run({QStringLiteral("dossier"), QStringLiteral("close"), y}).code == 2); // closed already

    QByteArray frozenX, frozenY = "not read";
    profile.withSession(clock, [&](ProfileSession& session) {
        const auto fx = await(session.dossiers()->closingSummary(x));
        const auto fy = await(session.dossiers()->closingSummary(y));
        REQUIRE((fx.ok() && fy.ok()));
        frozenX = fx.value();
        frozenY = fy.value();
    });
    CHECK(frozenY.isEmpty());
    REQUIRE_FALSE(frozenX.isEmpty());
    checkPdf(frozenX, profile.tmp());

    // The package carries the frozen bytes for X; Y's is made at export (another title).
    const Expected ex{
        x, dupontSophie(), QStringLiteral("accorde"), 15000, GrantedRule, QStringLiteral("Destroy"), false, {}, {}};
    const Expected ey{y, martinSamuel(), QStringLiteral("refuse"), 0, RefusedRule, QStringLiteral("Destroy"), false, {},
                      {}};
    const QString first = profile.out(QStringLiteral("premier.zip"));
    r = profile.run(profile.exportArgs({QStringLiteral("--dossier"), x, QStringLiteral("--dossier"), y}, first));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    checkPackage(first, {ex, ey}, profile.tmp());
    CHECK(zipBytes(first, pdfUri(x)) == frozenX);
    const QByteArray renderedY = zipBytes(first, pdfUri(y));
    CHECK(renderedY.startsWith("%PDF-"));
    CHECK(renderedY != frozenX);
    const Node manifest = parseXml(zipBytes(first, QStringLiteral("manifest.xml")));
    const QString frozenTitle = titleOfObject(manifest, pdfUri(x));
    const QString renderedTitle = titleOfObject(manifest, pdfUri(y));
    CHECK_FALSE(frozenTitle.isEmpty());
    CHECK_FALSE(renderedTitle.isEmpty());
    CHECK(frozenTitle != renderedTitle);

    // Later, without any règlement (neither the settings nor --reglement): still the same bytes for X.
    const QString second = profile.out(QStringLiteral("second.zip"));
    r = profile.run({QStringLiteral("--json"), QStringLiteral("archive"), QStringLiteral("export"),
                     QStringLiteral("--dossier"), x, QStringLiteral("--out"), second});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    checkPackage(second, {ex}, profile.tmp());
    CHECK(zipBytes(second, pdfUri(x)) == frozenX);
    CHECK(titleOfObject(parseXml(zipBytes(second, QStringLiteral("manifest.xml"))), pdfUri(x)) == frozenTitle);
}

TEST_CASE("purge with exporter avant purge: the closed dossiers due are packaged, then purged, and only them",
          "[archive][cli][retention]")
{
    ArchiveProfile profile;
    profile.archiveSettings();
    const QString folder = profile.root.filePath(QStringLiteral("archives"));

    // B (refused) and C (sans suite) closed 40 days ago, D left open then; A granted and closed today.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Identity lefebvre = person(QStringLiteral("LEFEBVRE"), QStringLiteral("HELENE"), 1975, 4, 12);
    const Identity roussel = person(QStringLiteral("ROUSSEL"), QStringLiteral("MARC"), 1990, 1, 17);
    QString a, b, c, d;
    ManualClock earlier(now.addDays(-40));
    profile.withSession(earlier, [&](ProfileSession& session) {
        DossierRepository* repo = session.dossiers();
        const QString agent = session.agent();
        const auto cb = await(repo->create(martinSamuel(), QStringLiteral("SECOURS"), agent));
        const auto cc = await(repo->create(lefebvre, QStringLiteral("SECOURS"), agent));
        const auto cd = await(repo->create(roussel, QStringLiteral("SECOURS"), agent));
        REQUIRE((cb.ok() && cc.ok() && cd.ok()));
        b = cb.value();
        c = cc.value();
        d = cd.value();
        REQUIRE(await(repo->decide(b, decision(Outcome::Refuse, 0))).ok());
        REQUIRE(await(repo->close(b, agent)).ok());
        REQUIRE(await(repo->decide(c, decision(Outcome::SansSuite, 0))).ok());
        REQUIRE(await(repo->close(c, agent)).ok());
    });
    ManualClock today(now);
    profile.withSession(today, [&](ProfileSession& session) {
        DossierRepository* repo = session.dossiers();
        const auto ca = await(repo->create(dupontSophie(), QStringLiteral("SECOURS"), session.agent()));
        REQUIRE(ca.ok());
        a = ca.value();
        REQUIRE(await(repo->decide(a, decision(Outcome::Accorde, 15000))).ok());
        REQUIRE(await(repo->close(a, session.agent())).ok());
    });
    // Closed dossiers are due after one month: B and C are.
    profile.settings([&](Settings& s) {
        s.setValue(Settings::Key::RetentionClosedMonths, 1);
        s.setValue(Settings::Key::ArchiveBeforePurge, true);
        s.setValue(Settings::Key::ArchiveFolder, folder);
    });
    const auto exists = [&](const QString& id) {
        const Run shown = profile.run({QStringLiteral("dossier"), QStringLiteral("show"), id});
        INFO(id.toStdString() << ": " << shown.err.toStdString());
        REQUIRE((shown.code == 0 || shown.code == 3));
        return shown.code == 0;
    };
    const Expected eb{b, martinSamuel(), QStringLiteral("refuse"), 0, RefusedRule, QStringLiteral("Destroy"), false, {},
                      {}};
    const Expected ec{c,  lefebvre, QStringLiteral("sans_suite"), 0, AbandonedRule, QStringLiteral("Keep"), false,
                      {}, {}};

    SECTION("the folder exists")
    {
        REQUIRE(QDir().mkpath(folder));
        // The retention at every CLI start leaves them to `purge`.
        Run r = profile.run({QStringLiteral("dossier"), QStringLiteral("list")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.out.contains(b));
        CHECK(r.out.contains(c));
        CHECK(exists(b));
        CHECK(exists(c));
        CHECK(filesIn(folder).isEmpty());

        r = profile.run({QStringLiteral("purge")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        const QStringList files = filesIn(folder);
        REQUIRE(files.size() == 1);
        CHECK(files.first().endsWith(QLatin1String(".zip")));
        const QString messageId = checkPackage(QDir(folder).filePath(files.first()), {eb, ec}, profile.tmp());
        CHECK_FALSE(exists(b));
        CHECK_FALSE(exists(c));
        CHECK(exists(a)); // closed today: not due
        CHECK(exists(d)); // open
        const auto journaled = profile.exportEntries();
        CHECK(journaled.size() == 2);
        CHECK(journaled.values(b) == QStringList{messageId});
        CHECK(journaled.values(c) == QStringList{messageId});

        // Nothing left to archive: a second purge makes no package.
        r = profile.run({QStringLiteral("purge")});
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
        CHECK(filesIn(folder).size() == 1);
    }

    SECTION("the folder is missing")
    {
        Run r = profile.run({QStringLiteral("purge")});
        INFO(r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(Settings::name(Settings::Key::ArchiveFolder)));
        CHECK_FALSE(QFileInfo::exists(folder));
        CHECK(exists(b));
        CHECK(exists(c));
        CHECK(exists(a));
        CHECK(exists(d));
        CHECK(profile.exportEntries().isEmpty());
        // A dry run purges nothing and needs no folder.
        r = profile.run({QStringLiteral("purge"), QStringLiteral("--dry-run")});
        CHECK(r.code == 0);
        CHECK(exists(b));
    }

    SECTION("without the setting, any command purges them (what the setting prevents)")
    {
        profile.settings([](Settings& s) { s.setValue(Settings::Key::ArchiveBeforePurge, false); });
        const Run r = profile.run({QStringLiteral("dossier"), QStringLiteral("list")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK_FALSE(exists(b));
        CHECK_FALSE(exists(c));
        CHECK(exists(a));
        CHECK(exists(d));
        CHECK_FALSE(QFileInfo::exists(folder));
    }
}
