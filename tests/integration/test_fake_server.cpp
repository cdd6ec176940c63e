// The staging catalog (loading, matching rule) and the embedded fake API server over loopback.
#include "StagingQuery.h"

#include "api/Source.h"
#include "demo/FakeApiServer.h"
#include "demo/StagingCatalog.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <vector>

using namespace ccas;
using ccas::test::stagingRecipient;
using ccas::test::toRawQuery;

namespace {

QString stagingDir()
{
    return QStringLiteral(GUICHET_STAGING_DIR);
}

QString folderOf(Source s)
{
    return QStringLiteral("api_particulier_v3_cnav_") + Sources::jsonKey(s) + QStringLiteral("_with_civility");
}

QStringList yamlFilesOnDisk(Source s)
{
    QStringList files = QDir(QDir(stagingDir()).filePath(folderOf(s)))
                            .entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files);
    std::sort(files.begin(), files.end());
    return files;
}

const StagingCatalog& diskCatalog()
{
    static const StagingCatalog catalog = [] {
        auto loaded = StagingCatalog::loadFromDirectory(stagingDir());
        if (!loaded)
            FAIL("staging catalog: " << loaded.error().detail.toStdString());
        return loaded.value();
    }();
    return catalog;
}

const StagingCase& findCase(Source s, const QString& fileName)
{
    for (const StagingCase& c : diskCatalog().cases())
        if (c.source == s && c.fileName == fileName)
            return c;
    FAIL("no staging case " << fileName.toStdString());
    throw std::logic_error("unreachable");
}

std::string nameOf(const StagingCase* c)
{
    return c ? QString(c->folder + QLatin1Char('/') + c->fileName).toStdString() : std::string("(none)");
}

// Waits `ms` on the event loop (no sleep: the server runs on this thread).
void waitMs(int ms)
{
    QTimer timer;
    timer.setSingleShot(true);
    QSignalSpy spy(&timer, &QTimer::timeout);
    timer.start(ms);
    spy.wait(ms + 5000);
}

// A staging tree with the six folders, empty, under a temporary directory.
void makeEmptyTree(const QTemporaryDir& dir)
{
    for (Source s : Sources::all())
        REQUIRE(QDir(dir.path()).mkpath(folderOf(s)));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QUrl urlFor(const FakeApiServer& server, Source s, const QUrlQuery& query)
{
    QUrl url = server.baseUrl();
    url.setPath(Sources::path(s));
    url.setQuery(query);
    return url;
}

struct HttpResult
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    bool hasHeader(const QByteArray& name) const
    {
        for (const auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

HttpResult resultOf(QNetworkReply* reply)
{
    HttpResult r;
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    return r;
}

HttpResult get(QNetworkAccessManager& nam, const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    QNetworkRequest request(url);
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    REQUIRE(finished.wait(10000));
    HttpResult r = resultOf(reply.get());
    r.elapsedMs = timer.elapsed();
    return r;
}

// A client that talks HTTP by hand, to send what QNetworkAccessManager never would.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            QSignalSpy connected(&m_socket, &QAbstractSocket::connected);
            REQUIRE(connected.wait(5000));
        }
    }

    void send(const QByteArray& bytes) { REQUIRE(m_socket.write(bytes) == bytes.size()); }

    // One complete response (head + Content-Length body), or what arrived before the peer closed
    // or the timeout.
    QByteArray readResponse(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (true) {
            m_buffer += m_socket.readAll();
            if (const qsizetype n = completeLength(); n > 0) {
                const QByteArray response = m_buffer.left(n);
                m_buffer.remove(0, n);
                return response;
            }
            if (m_socket.state() == QAbstractSocket::UnconnectedState || timer.elapsed() > timeoutMs) {
                const QByteArray partial = m_buffer;
                m_buffer.clear();
                return partial;
            }
            QSignalSpy readyRead(&m_socket, &QIODevice::readyRead);
            readyRead.wait(50);
        }
    }

    bool waitDisconnected(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() != QAbstractSocket::UnconnectedState) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QSignalSpy disconnected(&m_socket, &QAbstractSocket::disconnected);
            disconnected.wait(50);
            m_buffer += m_socket.readAll();
        }
        return true;
    }

    QTcpSocket& socket() { return m_socket; }
    const QByteArray& pending() const { return m_buffer; }

private:
    qsizetype completeLength() const
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return 0;
        qint64 length = 0;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        for (const QByteArray& line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        const qsizetype total = end + 4 + length;
        return m_buffer.size() >= total ? total : 0;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

int statusOf(const QByteArray& response)
{
    const QList<QByteArray> parts = response.left(response.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

QByteArray headerOf(const QByteArray& response, const QByteArray& name)
{
    const QList<QByteArray> lines = response.left(response.indexOf("\r\n\r\n")).split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray bodyOf(const QByteArray& response)
{
    return response.mid(response.indexOf("\r\n\r\n") + 4);
}

QByteArray rawGet(const QString& pathAndQuery, const QByteArray& extraHeaders = {})
{
    return "GET " + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

QString pathAndQuery(Source s, const QUrlQuery& query)
{
    return Sources::path(s) + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

struct Fixture
{
    Fixture()
        : server(diskCatalog())
    {
        nam.setProxy(QNetworkProxy::NoProxy);
        auto port = server.listen();
        REQUIRE(port.ok());
    }

    QNetworkAccessManager nam;
    FakeApiServer server;
};

const QByteArray kUnauthorizedBody = QByteArrayLiteral(
    R"({"errors":[{"code":"00101","title":"Interdit","detail":"Votre token est invalide ou manquant",)"
    R"("source":{"parameter":"token"},"meta":{}}]})");
const QByteArray kBadRecipientBody = QByteArrayLiteral(R"({"errors":[{"code":"00203","title":"Entité non traitable",)"
                                                       R"("detail":"Le paramètre recipient n'est pas un siret valide",)"
                                                       R"("source":{"parameter":"recipient"},"meta":{}}]})");
const QByteArray kDefaultNotFoundBody =
    QByteArrayLiteral(R"({"errors":[{"code":"37003","title":"Dossier allocataire absent CNAV",)"
                      R"("detail":"Le dossier allocataire n'a pas été trouvé auprès de la CNAV.","source":null,)"
                      R"("meta":{"provider":"CNAV"}}]})");

} // namespace

// ---------------------------------------------------------------------------------------------
// Catalog loading

TEST_CASE("StagingCatalog loads every case of the six staging folders", "[demo]")
{
    const StagingCatalog& catalog = diskCatalog();
    qsizetype total = 0;
    for (Source s : Sources::all()) {
        const QStringList onDisk = yamlFilesOnDisk(s);
        INFO(folderOf(s).toStdString());
        CHECK(!onDisk.isEmpty());
        QStringList loaded;
        for (const StagingCase& c : catalog.casesFor(s)) {
            loaded << c.fileName;
            CHECK(c.folder == folderOf(s));
        }
        CHECK(loaded == onDisk);
        total += onDisk.size();
    }
    CHECK(catalog.cases().size() == total);

    for (const StagingCase& c : catalog.cases()) {
        INFO(c.fileName.toStdString());
        CHECK(c.status >= 200);
        CHECK(!c.description.isEmpty());
        CHECK(!c.description.startsWith(QLatin1Char('#')));
        QJsonParseError error{};
        QJsonDocument::fromJson(c.payload, &error);
        CHECK(error.error == QJsonParseError::NoError);
        const QStringList known = StagingCatalog::knownParameters(c.source);
        for (auto it = c.params.cbegin(); it != c.params.cend(); ++it)
            CHECK(known.contains(it.key()));
        CHECK(!c.params.contains(QStringLiteral("prenoms")));
        for (const QString& ignored : c.ignoredParams) {
            CHECK(!known.contains(ignored));
            CHECK(c.ignoredValues.contains(ignored));
        }
    }

    SECTION("values, first names and the exact payload")
    {
        const StagingCase& c = findCase(Source::AAH, QStringLiteral("200_beneficiaire.yaml"));
        CHECK(c.description == QStringLiteral("Bénéficiaire"));
        CHECK(c.status == 200);
        CHECK(c.params.value(QStringLiteral("nomUsage")) == QStringLiteral("DUPONT"));
        CHECK(c.params.value(QStringLiteral("nomNaissance")) == QStringLiteral("MARTIN"));
        CHECK(c.params.value(QStringLiteral("anneeDateNaissance")) == QStringLiteral("1987"));
        CHECK(c.params.value(QStringLiteral("codeCogInseeCommuneNaissance")) == QStringLiteral("08480"));
        CHECK(c.prenoms == QStringList{QStringLiteral("PIERRE"), QStringLiteral("RICHARD")});
        CHECK(c.ignoredParams.isEmpty());
        CHECK(c.payload == QByteArrayLiteral("{\n  \"data\": {\n    \"est_beneficiaire\": true,\n"
                                             "    \"date_debut_droit\": \"2022-11-29\"\n  },\n"
                                             "  \"links\": {},\n  \"meta\": {}\n}"));
    }
    SECTION("numbers keep their written text")
    {
        const StagingCase& c =
            findCase(Source::C2S, QStringLiteral("beneficiaire_sans_participation_financiere_homme_200_4.yml"));
        CHECK(c.params.value(QStringLiteral("moisDateNaissance")) == QStringLiteral("07"));
    }
    SECTION("misspelled keys are ignored, not parameters")
    {
        const StagingCase& rsa = findCase(Source::RSA, QStringLiteral("404.yaml"));
        CHECK(rsa.ignoredParams.contains(QStringLiteral("anneeDateDaissance")));
        CHECK(rsa.ignoredParams.contains(QStringLiteral("moisDateDaissance")));
        CHECK(rsa.ignoredParams.contains(QStringLiteral("jourDateDaissance")));
        CHECK(rsa.ignoredValues.value(QStringLiteral("anneeDateDaissance")) == QStringLiteral("2002"));
        CHECK(!rsa.params.contains(QStringLiteral("anneeDateNaissance")));
        const StagingCase& c2s =
            findCase(Source::C2S, QStringLiteral("beneficiaire_sans_participation_financiere_homme_200.yml"));
        CHECK(c2s.ignoredParams == QStringList{QStringLiteral("anneeNateNaissance")});
    }
    SECTION("annee and mois are parameters of the QF endpoint only")
    {
        const StagingCase& c =
            findCase(Source::QuotientFamilial, QStringLiteral("200-couple-2_enfants-qf_msa_150_mai23.yaml"));
        CHECK(c.params.value(QStringLiteral("annee")) == QStringLiteral("2023"));
        CHECK(c.params.value(QStringLiteral("mois")) == QStringLiteral("5"));
        CHECK(StagingCatalog::knownParameters(Source::QuotientFamilial).contains(QStringLiteral("annee")));
        CHECK(!StagingCatalog::knownParameters(Source::RSA).contains(QStringLiteral("annee")));
        CHECK(!StagingCatalog::knownParameters(Source::RSA).contains(QStringLiteral("recipient")));
    }
    SECTION("a one-line description and a case without first names")
    {
        const StagingCase& c = findCase(Source::QuotientFamilial, QStringLiteral("404.yaml"));
        CHECK(c.description == QStringLiteral("Dossier non trouvé"));
        CHECK(c.prenoms.isEmpty());
        CHECK(c.params.size() == 4);
        CHECK(c.status == 404);
    }
}

TEST_CASE("StagingCatalog::loadEmbedded gives the same cases as the staging folder", "[demo]")
{
    qsizetype embeddedFiles = 0;
    QDirIterator it(QStringLiteral(":/demo/staging"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++embeddedFiles;
    }
    CHECK(embeddedFiles == diskCatalog().cases().size());

    auto embedded = StagingCatalog::loadEmbedded();
    REQUIRE(embedded.ok());
    const QList<StagingCase>& a = embedded.value().cases();
    const QList<StagingCase>& b = diskCatalog().cases();
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        INFO(b.at(i).fileName.toStdString());
        CHECK(a.at(i).folder == b.at(i).folder);
        CHECK(a.at(i).fileName == b.at(i).fileName);
        CHECK(a.at(i).source == b.at(i).source);
        CHECK(a.at(i).description == b.at(i).description);
        CHECK(a.at(i).params == b.at(i).params);
        CHECK(a.at(i).prenoms == b.at(i).prenoms);
        CHECK(a.at(i).ignoredParams == b.at(i).ignoredParams);
        CHECK(a.at(i).ignoredValues == b.at(i).ignoredValues);
        CHECK(a.at(i).status == b.at(i).status);
        CHECK(a.at(i).payload == b.at(i).payload);
    }
}

TEST_CASE("StagingCatalog reports a broken case file as an error naming it", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    makeEmptyTree(dir);
    const QString folder = QDir(dir.path()).filePath(folderOf(Source::ASF));

    SECTION("an empty tree loads, with no case")
    {
        auto loaded = StagingCatalog::loadFromDirectory(dir.path());
        REQUIRE(loaded.ok());
        CHECK(loaded.value().cases().isEmpty());
    }
    SECTION("no status")
    {
        writeFile(folder + QStringLiteral("/no-status.yaml"), "description: x\nparams:\n  nomNaissance: 'A'\n"
                                                              "payload: |-\n  {\"data\": {}}\n");
        auto loaded = StagingCatalog::loadFromDirectory(dir.path());
        REQUIRE(!loaded.ok());
        CHECK(loaded.error().detail.contains(QStringLiteral("no-status.yaml")));
        CHECK(loaded.error().userMessage.contains(QStringLiteral("no-status.yaml")));
    }
    SECTION("a payload that is not JSON")
    {
        writeFile(folder + QStringLiteral("/bad-json.yml"), "description: x\nparams:\n  nomNaissance: 'A'\n"
                                                            "status: 200\npayload: |-\n  {\"data\": \n");
        auto loaded = StagingCatalog::loadFromDirectory(dir.path());
        REQUIRE(!loaded.ok());
        CHECK(loaded.error().detail.contains(QStringLiteral("bad-json.yml")));
    }
    SECTION("no payload")
    {
        writeFile(folder + QStringLiteral("/no-payload.yaml"), "description: x\nstatus: 200\n");
        auto loaded = StagingCatalog::loadFromDirectory(dir.path());
        REQUIRE(!loaded.ok());
        CHECK(loaded.error().detail.contains(QStringLiteral("no-payload.yaml")));
    }
    SECTION("invalid YAML never throws")
    {
        writeFile(folder + QStringLiteral("/broken.yaml"), "params: [unclosed\nstatus: 200\n  : : :\n\t- x");
        auto loaded = StagingCatalog::loadFromDirectory(dir.path());
        REQUIRE(!loaded.ok());
        CHECK(loaded.error().detail.contains(QStringLiteral("broken.yaml")));
    }
    SECTION("a document that is not a mapping, a status that is not a number")
    {
        writeFile(folder + QStringLiteral("/list.yaml"), "- a\n- b\n");
        auto loaded = StagingCatalog::loadFromDirectory(dir.path());
        REQUIRE(!loaded.ok());
        CHECK(loaded.error().detail.contains(QStringLiteral("list.yaml")));
        QFile::remove(folder + QStringLiteral("/list.yaml"));
        writeFile(folder + QStringLiteral("/status.yaml"), "status: abc\npayload: '{}'\n");
        auto again = StagingCatalog::loadFromDirectory(dir.path());
        REQUIRE(!again.ok());
        CHECK(again.error().detail.contains(QStringLiteral("status.yaml")));
    }
    SECTION("a missing folder")
    {
        REQUIRE(QDir(folder).removeRecursively());
        auto loaded = StagingCatalog::loadFromDirectory(dir.path());
        REQUIRE(!loaded.ok());
        CHECK(loaded.error().detail.contains(folderOf(Source::ASF)));
        CHECK(!StagingCatalog::loadFromDirectory(dir.path() + QStringLiteral("/nowhere")).ok());
    }
}

// ---------------------------------------------------------------------------------------------
// Matching rule

TEST_CASE("StagingCatalog::match follows the documented rule", "[demo]")
{
    const StagingCatalog& catalog = diskCatalog();
    const QString recipient = stagingRecipient();

    SECTION("every case answers its own query (as the staging README's curl sends it)")
    {
        for (const StagingCase& c : catalog.cases()) {
            const StagingCase* m = catalog.match(c.source, toRawQuery(c, recipient));
            INFO(c.folder.toStdString() << "/" << c.fileName.toStdString() << " matched " << nameOf(m));
            CHECK(m == &c);
        }
    }

    const StagingCase& nominal = findCase(Source::QuotientFamilial, QStringLiteral("200-identite-cas-nominal.yaml"));
    auto nominalQuery = [&]() { return toRawQuery(nominal, recipient); };

    SECTION("the case naming the most parameters wins")
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("recipient"), recipient);
        q.addQueryItem(QStringLiteral("nomNaissance"), QStringLiteral("LEFEBVRE"));
        q.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("ALEXIS"));
        q.addQueryItem(QStringLiteral("sexeEtatCivil"), QStringLiteral("F"));
        q.addQueryItem(QStringLiteral("codeCogInseeCommuneNaissance"), QStringLiteral("08480"));
        q.addQueryItem(QStringLiteral("codeCogInseePaysNaissance"), QStringLiteral("99100"));
        q.addQueryItem(QStringLiteral("anneeDateNaissance"), QStringLiteral("1982"));
        q.addQueryItem(QStringLiteral("moisDateNaissance"), QStringLiteral("12"));
        // 7 named parameters answer: "seul-sans_enfant" (no day)
        const StagingCase* m = catalog.match(Source::QuotientFamilial, q);
        INFO(nameOf(m));
        REQUIRE(m);
        CHECK(m->fileName == QStringLiteral("200-seul-sans_enfant-qf_caf_2550.yaml"));
        // with the day, "peu-de-donnee-prenom" names 8 and wins over the 7 of "seul-sans_enfant"
        q.addQueryItem(QStringLiteral("jourDateNaissance"), QStringLiteral("27"));
        m = catalog.match(Source::QuotientFamilial, q);
        INFO(nameOf(m));
        REQUIRE(m);
        CHECK(m->fileName == QStringLiteral("200-identite-cas-nominal-peu-de-donnee-prenom.yaml"));

        // three first names: full date → nominal; year only → "peu-de-donnee-naissance"; none → the 404 case
        CHECK(catalog.match(Source::QuotientFamilial, nominalQuery()) == &nominal);
        QUrlQuery yearOnly = nominalQuery();
        yearOnly.removeAllQueryItems(QStringLiteral("moisDateNaissance"));
        yearOnly.removeAllQueryItems(QStringLiteral("jourDateNaissance"));
        m = catalog.match(Source::QuotientFamilial, yearOnly);
        REQUIRE(m);
        CHECK(m->fileName == QStringLiteral("200-identite-cas-nominal-peu-de-donnee-naissance.yaml"));
        yearOnly.removeAllQueryItems(QStringLiteral("anneeDateNaissance"));
        m = catalog.match(Source::QuotientFamilial, yearOnly);
        REQUIRE(m);
        CHECK(m->fileName == QStringLiteral("404-identite-cas-nominal-trop-peu-de-donnee-naissance.yaml"));
        CHECK(m->status == 404);
    }
    SECTION("a tie goes to the first file name in alphabetical order")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        makeEmptyTree(dir);
        const QString folder = QDir(dir.path()).filePath(folderOf(Source::AAH));
        writeFile(folder + QStringLiteral("/b.yaml"), "description: b\nparams:\n  nomNaissance: 'X'\n"
                                                      "status: 200\npayload: '{\"b\": 1}'\n");
        writeFile(folder + QStringLiteral("/a.yml"), "description: a\nparams:\n  sexeEtatCivil: 'F'\n"
                                                     "status: 200\npayload: '{\"a\": 1}'\n");
        writeFile(folder + QStringLiteral("/c.yaml"), "description: c\nparams:\n  nomNaissance: 'X'\n"
                                                      "status: 200\npayload: '{\"c\": 1}'\n");
        auto loaded = StagingCatalog::loadFromDirectory(dir.path());
        REQUIRE(loaded.ok());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("nomNaissance"), QStringLiteral("x"));
        q.addQueryItem(QStringLiteral("sexeEtatCivil"), QStringLiteral("F"));
        const StagingCase* m = loaded.value().match(Source::AAH, q);
        REQUIRE(m);
        CHECK(m->fileName == QStringLiteral("a.yml"));
        q.removeAllQueryItems(QStringLiteral("sexeEtatCivil"));
        m = loaded.value().match(Source::AAH, q);
        REQUIRE(m);
        CHECK(m->fileName == QStringLiteral("b.yaml"));
        CHECK(loaded.value().match(Source::ASF, q) == nullptr);
    }
    SECTION("values: trimmed, case-insensitive, accents significant, any Unicode normal form")
    {
        QUrlQuery q = nominalQuery();
        q.removeAllQueryItems(QStringLiteral("nomNaissance"));
        q.removeAllQueryItems(QStringLiteral("prenoms[]"));
        q.removeAllQueryItems(QStringLiteral("sexeEtatCivil"));
        q.addQueryItem(QStringLiteral("nomNaissance"), QStringLiteral(" lefebvre "));
        q.addQueryItem(QStringLiteral("sexeEtatCivil"), QStringLiteral("f"));
        QUrlQuery lower = q;
        lower.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("alexis"));
        lower.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("gérôme"));
        lower.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("Jean-Philippe"));
        CHECK(catalog.match(Source::QuotientFamilial, lower) == &nominal);

        QUrlQuery decomposed = q; // É and Ô as letter + combining accent (NFD)
        decomposed.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("ALEXIS"));
        decomposed.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("GE\u0301RO\u0302ME"));
        decomposed.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("JEAN-PHILIPPE"));
        CHECK(catalog.match(Source::QuotientFamilial, decomposed) == &nominal);

        QUrlQuery noAccent = q;
        noAccent.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("ALEXIS"));
        noAccent.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("GEROME"));
        noAccent.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("JEAN-PHILIPPE"));
        const StagingCase* m = catalog.match(Source::QuotientFamilial, noAccent);
        INFO(nameOf(m));
        CHECK(m == nullptr);
    }
    SECTION("numbers compare by value")
    {
        const StagingCase& sept =
            findCase(Source::QuotientFamilial, QStringLiteral("200-couple-2_enfants-qf_msa_150_sept2024.yaml"));
        QUrlQuery q = toRawQuery(sept, recipient);
        q.removeAllQueryItems(QStringLiteral("moisDateNaissance"));
        q.removeAllQueryItems(QStringLiteral("jourDateNaissance"));
        q.addQueryItem(QStringLiteral("moisDateNaissance"), QStringLiteral("06"));
        q.addQueryItem(QStringLiteral("jourDateNaissance"), QStringLiteral("027"));
        CHECK(catalog.match(Source::QuotientFamilial, q) == &sept);

        const StagingCase& july =
            findCase(Source::C2S, QStringLiteral("beneficiaire_sans_participation_financiere_homme_200_4.yml"));
        QUrlQuery j = toRawQuery(july, recipient);
        j.removeAllQueryItems(QStringLiteral("moisDateNaissance"));
        j.addQueryItem(QStringLiteral("moisDateNaissance"), QStringLiteral("7"));
        CHECK(catalog.match(Source::C2S, j) == &july);
        j.removeAllQueryItems(QStringLiteral("moisDateNaissance"));
        j.addQueryItem(QStringLiteral("moisDateNaissance"), QStringLiteral("8"));
        CHECK(catalog.match(Source::C2S, j) == nullptr);
    }
    SECTION("parameters the case does not name are free")
    {
        const StagingCase& c = findCase(Source::AAH, QStringLiteral("200_beneficiaire.yaml"));
        QUrlQuery q = toRawQuery(c, QStringLiteral("whatever"));
        q.addQueryItem(QStringLiteral("nomCommuneNaissance"), QStringLiteral("Charleville"));
        q.addQueryItem(QStringLiteral("annee"), QStringLiteral("2024"));
        q.addQueryItem(QStringLiteral("unknown"), QStringLiteral("x"));
        CHECK(catalog.match(Source::AAH, q) == &c);
        q.removeAllQueryItems(QStringLiteral("recipient"));
        CHECK(catalog.match(Source::AAH, q) == &c);
        // but a parameter the case names must be there
        q.removeAllQueryItems(QStringLiteral("nomUsage"));
        CHECK(catalog.match(Source::AAH, q) == nullptr);
        // and the endpoint must be the case's
        CHECK(catalog.match(Source::RSA, toRawQuery(c, recipient)) == nullptr);
    }
    SECTION("misspelled keys of a case constrain nothing")
    {
        const StagingCase& c = findCase(Source::RSA, QStringLiteral("404.yaml"));
        REQUIRE(!c.ignoredParams.isEmpty());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("recipient"), recipient);
        q.addQueryItem(QStringLiteral("nomNaissance"), QStringLiteral("DUBOCHE"));
        q.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("JEROME"));
        q.addQueryItem(QStringLiteral("anneeDateNaissance"), QStringLiteral("1999"));
        q.addQueryItem(QStringLiteral("moisDateNaissance"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("codeCogInseeCommuneNaissance"), QStringLiteral("08480"));
        q.addQueryItem(QStringLiteral("codeCogInseePaysNaissance"), QStringLiteral("99100"));
        q.addQueryItem(QStringLiteral("sexeEtatCivil"), QStringLiteral("M"));
        CHECK(catalog.match(Source::RSA, q) == &c);
        q.addQueryItem(QStringLiteral("anneeDateDaissance"), QStringLiteral("1950"));
        CHECK(catalog.match(Source::RSA, q) == &c);
    }
    SECTION("first names are an ordered list")
    {
        const StagingCase& c = findCase(Source::AAH, QStringLiteral("200_beneficiaire.yaml"));
        QUrlQuery base = toRawQuery(c, recipient);
        base.removeAllQueryItems(QStringLiteral("prenoms[]"));
        auto with = [&](const QStringList& prenoms) {
            QUrlQuery q = base;
            for (const QString& p : prenoms)
                q.addQueryItem(QStringLiteral("prenoms[]"), p);
            return catalog.match(Source::AAH, q);
        };
        CHECK(with({QStringLiteral("PIERRE"), QStringLiteral("RICHARD")}) == &c);
        CHECK(with({QStringLiteral("RICHARD"), QStringLiteral("PIERRE")}) == nullptr);
        CHECK(with({QStringLiteral("PIERRE")}) == nullptr);
        CHECK(with({QStringLiteral("PIERRE"), QStringLiteral("RICHARD"), QStringLiteral("PAUL")}) == nullptr);
        CHECK(with({}) == nullptr);
    }
    SECTION("prenoms[] may arrive percent-encoded")
    {
        const StagingCase& c = findCase(Source::AAH, QStringLiteral("200_beneficiaire.yaml"));
        QString encoded = toRawQuery(c, recipient).toString(QUrl::FullyEncoded);
        encoded.replace(QStringLiteral("prenoms[]"), QStringLiteral("prenoms%5B%5D"));
        REQUIRE(encoded.contains(QStringLiteral("prenoms%5B%5D=PIERRE")));
        CHECK(catalog.match(Source::AAH, QUrlQuery(encoded)) == &c);
        const StagingCase& rene = findCase(Source::AAH, QStringLiteral("429.yaml"));
        QString reneQuery = toRawQuery(rene, recipient).toString(QUrl::FullyEncoded);
        reneQuery.replace(QStringLiteral("prenoms[]"), QStringLiteral("prenoms%5B%5D"));
        CHECK(catalog.match(Source::AAH, QUrlQuery(reneQuery)) == &rene);
    }
}

// ---------------------------------------------------------------------------------------------
// Server

TEST_CASE("FakeApiServer serves every staging case with its status, exact body and API headers", "[demo]")
{
    Fixture f;
    CHECK(f.server.baseUrl().host() == QStringLiteral("127.0.0.1"));
    CHECK(f.server.baseUrl().port() == f.server.port());
    CHECK(f.server.port() != 0);

    int answered = 0;
    for (const StagingCase& c : diskCatalog().cases()) {
        INFO(c.folder.toStdString() << "/" << c.fileName.toStdString());
        const HttpResult r = get(f.nam, urlFor(f.server, c.source, toRawQuery(c, stagingRecipient())));
        CHECK(r.status == c.status);
        CHECK(r.body == c.payload);
        CHECK(r.header("Content-Type") == QByteArrayLiteral("application/json; charset=utf-8"));
        CHECK(r.hasHeader("Retry-After") == (c.status == 429));
        if (c.status == 429)
            CHECK(r.header("Retry-After") == QByteArrayLiteral("5"));
        ++answered;
    }
    CHECK(f.server.requestCount() == answered);

    SECTION("the API's headers")
    {
        const StagingCase& c = findCase(Source::PrimeActivite, QStringLiteral("200_beneficiaire_majoration.yaml"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const HttpResult r = get(f.nam, urlFor(f.server, c.source, toRawQuery(c, stagingRecipient())));
        CHECK(r.status == 200);
        const QByteArray id = r.header("X-Request-ID");
        CHECK(id.size() == 36);
        CHECK(!QUuid::fromString(QString::fromLatin1(id)).isNull());
        CHECK(r.header("RateLimit-Limit") == QByteArrayLiteral("1200"));
        bool ok = false;
        const int remaining = r.header("RateLimit-Remaining").toInt(&ok);
        CHECK(ok);
        CHECK(remaining >= 0);
        CHECK(remaining < 1200);
        const qint64 reset = r.header("RateLimit-Reset").toLongLong(&ok);
        CHECK(ok);
        CHECK(reset % 60 == 0);
        CHECK(reset > now - 1);
        CHECK(reset <= now + 61);
        CHECK(r.header("X-Response-Cached") == QByteArrayLiteral("false"));
        // X-Cache-Expires-in is sent empty, as the API does; QNetworkReply drops empty headers, so
        // it is checked on a raw socket below.
        // another answer, another id
        const HttpResult again = get(f.nam, urlFor(f.server, c.source, toRawQuery(c, stagingRecipient())));
        CHECK(again.header("X-Request-ID") != id);
    }
}

TEST_CASE("FakeApiServer checks the route, the token and the recipient as the API does", "[demo]")
{
    Fixture f;
    const StagingCase& c = findCase(Source::ASF, QStringLiteral("200_beneficiaire.yaml"));

    SECTION("recipient missing or not 14 digits: 422 00203")
    {
        QUrlQuery q = toRawQuery(c, stagingRecipient());
        q.removeAllQueryItems(QStringLiteral("recipient"));
        HttpResult r = get(f.nam, urlFor(f.server, c.source, q));
        CHECK(r.status == 422);
        CHECK(r.body == kBadRecipientBody);
        for (const QString& bad : {QStringLiteral("1300252650001"), QStringLiteral("130025265000130"),
                                   QStringLiteral("1300252650001A"), QString()}) {
            r = get(f.nam, urlFor(f.server, c.source, toRawQuery(c, bad)));
            CHECK(r.status == 422);
            CHECK(r.body == kBadRecipientBody);
        }
        r = get(f.nam, urlFor(f.server, c.source, toRawQuery(c, QStringLiteral("21750001600019"))));
        CHECK(r.status == 200);
    }
    SECTION("a required token: missing or wrong gives 401 00101")
    {
        f.server.setRequiredToken(QStringLiteral("s3cret-token"));
        const QUrl url = urlFor(f.server, c.source, toRawQuery(c, stagingRecipient()));
        HttpResult r = get(f.nam, url);
        CHECK(r.status == 401);
        CHECK(r.body == kUnauthorizedBody);
        r = get(f.nam, url, {{"Authorization", "Bearer other"}});
        CHECK(r.status == 401);
        r = get(f.nam, url, {{"Authorization", "s3cret-token"}});
        CHECK(r.status == 401);
        r = get(f.nam, url, {{"Authorization", "Bearer s3cret-token"}});
        CHECK(r.status == 200);
        CHECK(r.body == c.payload);
        // the token is checked before the recipient
        QUrlQuery noRecipient = toRawQuery(c, stagingRecipient());
        noRecipient.removeAllQueryItems(QStringLiteral("recipient"));
        r = get(f.nam, urlFor(f.server, c.source, noRecipient));
        CHECK(r.status == 401);
        // and recorded, for tests to inspect
        CHECK(f.server.requests().constLast().header("authorization").isEmpty());
        CHECK(f.server.requests().at(f.server.requestCount() - 2).header("authorization") ==
              QByteArrayLiteral("Bearer s3cret-token"));
        f.server.setRequiredToken(QString());
        r = get(f.nam, url, {{"Authorization", "Bearer anything"}});
        CHECK(r.status == 200);
    }
    SECTION("an unknown path: 404 in the API's error format")
    {
        for (const QString& path : {QStringLiteral("/v3/dss/unknown/identite"),
                                    QStringLiteral("/v3/dss/quotient_familial/france_connect"), QStringLiteral("/")}) {
            QUrl url = f.server.baseUrl();
            url.setPath(path);
            url.setQuery(toRawQuery(c, stagingRecipient()));
            const HttpResult r = get(f.nam, url);
            CHECK(r.status == 404);
            const QJsonObject error =
                QJsonDocument::fromJson(r.body).object().value(QStringLiteral("errors")).toArray().at(0).toObject();
            CHECK(!error.value(QStringLiteral("code")).toString().isEmpty());
            CHECK(!error.value(QStringLiteral("title")).toString().isEmpty());
            CHECK(r.hasHeader("X-Request-ID"));
        }
    }
    SECTION("no matching case: 404 with the folder's own 404 payload")
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("recipient"), stagingRecipient());
        q.addQueryItem(QStringLiteral("nomNaissance"), QStringLiteral("NOBODY"));
        q.addQueryItem(QStringLiteral("prenoms[]"), QStringLiteral("NEMO"));
        q.addQueryItem(QStringLiteral("sexeEtatCivil"), QStringLiteral("M"));
        q.addQueryItem(QStringLiteral("codeCogInseePaysNaissance"), QStringLiteral("99100"));
        HttpResult r = get(f.nam, urlFor(f.server, Source::QuotientFamilial, q));
        CHECK(r.status == 404);
        CHECK(r.body == findCase(Source::QuotientFamilial, QStringLiteral("404.yaml")).payload);
        r = get(f.nam, urlFor(f.server, Source::AAH, q));
        CHECK(r.status == 404);
        CHECK(r.body == findCase(Source::AAH, QStringLiteral("404.yaml")).payload);
    }
    SECTION("no matching case and no 404 case: the generic CNAV body")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        makeEmptyTree(dir);
        auto empty = StagingCatalog::loadFromDirectory(dir.path());
        REQUIRE(empty.ok());
        FakeApiServer server(empty.value());
        REQUIRE(server.listen().ok());
        const HttpResult r = get(f.nam, urlFor(server, Source::RSA, toRawQuery(c, stagingRecipient())));
        CHECK(r.status == 404);
        CHECK(r.body == kDefaultNotFoundBody);
    }
}

TEST_CASE("FakeApiServer answers 429 cases with Retry-After", "[demo]")
{
    Fixture f;
    const StagingCase& c = findCase(Source::QuotientFamilial, QStringLiteral("429.yaml"));
    const QUrl url = urlFor(f.server, c.source, toRawQuery(c, stagingRecipient()));
    HttpResult r = get(f.nam, url);
    CHECK(r.status == 429);
    CHECK(r.header("Retry-After") == QByteArrayLiteral("5"));
    f.server.setRetryAfterSeconds(42);
    r = get(f.nam, url);
    CHECK(r.status == 429);
    CHECK(r.header("Retry-After") == QByteArrayLiteral("42"));
    CHECK(r.body == c.payload);
}

TEST_CASE("FakeApiServer speaks HTTP/1.1 on raw sockets", "[demo]")
{
    Fixture f;
    const StagingCase& c = findCase(Source::AAH, QStringLiteral("200_beneficiaire.yaml"));
    const QString target = pathAndQuery(c.source, toRawQuery(c, stagingRecipient()));

    SECTION("keep-alive: two sequential requests on one connection, then Connection: close")
    {
        RawClient client(f.server.port());
        client.send(rawGet(target));
        const QByteArray first = client.readResponse();
        CHECK(statusOf(first) == 200);
        CHECK(bodyOf(first) == c.payload);
        CHECK(headerOf(first, "Connection").toLower() == QByteArrayLiteral("keep-alive"));
        CHECK(headerOf(first, "Content-Length") == QByteArray::number(c.payload.size()));
        CHECK(first.contains("\r\nX-Cache-Expires-in:\r\n"));
        CHECK(first.contains("\r\nX-Response-Cached: false\r\n"));
        CHECK(first.startsWith("HTTP/1.1 200 OK\r\n"));
        CHECK(client.socket().state() == QAbstractSocket::ConnectedState);

        client.send(rawGet(target, "Connection: close\r\n"));
        const QByteArray second = client.readResponse();
        CHECK(statusOf(second) == 200);
        CHECK(bodyOf(second) == c.payload);
        CHECK(headerOf(second, "Connection").toLower() == QByteArrayLiteral("close"));
        CHECK(client.waitDisconnected());
        CHECK(f.server.requestCount() == 2);
    }
    SECTION("pipelined requests are answered in order")
    {
        RawClient client(f.server.port());
        const StagingCase& other = findCase(Source::AAH, QStringLiteral("504.yaml"));
        client.send(rawGet(target) + rawGet(pathAndQuery(other.source, toRawQuery(other, stagingRecipient()))) +
                    rawGet(QStringLiteral("/nowhere"), "Connection: close\r\n"));
        const QByteArray a = client.readResponse();
        const QByteArray b = client.readResponse();
        const QByteArray z = client.readResponse();
        CHECK(statusOf(a) == 200);
        CHECK(bodyOf(a) == c.payload);
        CHECK(statusOf(b) == 504);
        CHECK(bodyOf(b) == other.payload);
        CHECK(statusOf(z) == 404);
        CHECK(client.waitDisconnected());
        CHECK(f.server.requestCount() == 3);
    }
    SECTION("HTTP/1.0 closes unless asked to keep alive")
    {
        RawClient client(f.server.port());
        client.send("GET " + target.toUtf8() + " HTTP/1.0\r\n\r\n");
        const QByteArray r = client.readResponse();
        CHECK(statusOf(r) == 200);
        CHECK(client.waitDisconnected());
    }
    SECTION("a GET body is read and dropped")
    {
        RawClient client(f.server.port());
        client.send("GET " + target.toUtf8() + " HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello" + rawGet(target));
        CHECK(statusOf(client.readResponse()) == 200);
        CHECK(statusOf(client.readResponse()) == 200);
        CHECK(f.server.requestCount() == 2);
    }
    SECTION("a method other than GET: 405, and the connection closes")
    {
        RawClient client(f.server.port());
        client.send("POST " + target.toUtf8() + " HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
        const QByteArray r = client.readResponse();
        CHECK(statusOf(r) == 405);
        CHECK(headerOf(r, "Allow") == QByteArrayLiteral("GET"));
        CHECK(!headerOf(r, "X-Request-ID").isEmpty());
        CHECK(QJsonDocument::fromJson(bodyOf(r)).isObject());
        CHECK(client.waitDisconnected());

        RawClient chunked(f.server.port());
        chunked.send("PUT " + target.toUtf8() + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        CHECK(statusOf(chunked.readResponse()) == 405);
        CHECK(chunked.waitDisconnected());
        CHECK(f.server.requests().constLast().method == QStringLiteral("PUT"));
    }
    SECTION("a malformed request: 400, and the connection closes")
    {
        const QList<QByteArray> malformed = {
            "HELLO\r\n\r\n",
            "GET /v3 HTTP/1.1 extra\r\n\r\n",
            "GET /v3 HTTP/2.0\r\n\r\n",
            "GET /v3 HTTP/1.1\r\nNoColonHere\r\n\r\n",
            "GET /v3 HTTP/1.1\r\nBad Name: x\r\n\r\n",
            "GET /v3 HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
            "GET /v3 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
            "GET nowhere HTTP/1.1\r\n\r\n",
        };
        for (const QByteArray& request : malformed) {
            INFO(request.toStdString());
            RawClient client(f.server.port());
            client.send(request);
            const QByteArray r = client.readResponse();
            CHECK(statusOf(r) == 400);
            CHECK(QJsonDocument::fromJson(bodyOf(r)).isObject());
            CHECK(client.waitDisconnected());
        }
    }
    SECTION("headers over 16 KiB: 431")
    {
        RawClient client(f.server.port());
        client.send("GET " + target.toUtf8() + " HTTP/1.1\r\nX-Big: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n");
        const QByteArray r = client.readResponse();
        CHECK(statusOf(r) == 431);
        CHECK(client.waitDisconnected());

        RawClient endless(f.server.port()); // no end of headers at all
        endless.send("GET / HTTP/1.1\r\nX-Big: " + QByteArray(20 * 1024, 'b'));
        CHECK(statusOf(endless.readResponse()) == 431);
        CHECK(endless.waitDisconnected());
    }
}

TEST_CASE("FakeApiServer latency delays each answer without serialising them", "[demo]")
{
    Fixture f;
    constexpr int latency = 300;
    constexpr int parallel = 6;
    f.server.setLatencyMs(latency);
    const StagingCase& c = findCase(Source::RSA, QStringLiteral("200_beneficiaire_majoration.yaml"));
    const QUrl url = urlFor(f.server, c.source, toRawQuery(c, stagingRecipient()));

    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    std::vector<qint64> finishedAt(parallel, -1);
    for (int i = 0; i < parallel; ++i) {
        replies.emplace_back(f.nam.get(QNetworkRequest(url)));
        QObject::connect(replies.back().get(), &QNetworkReply::finished, replies.back().get(),
                         [&finishedAt, &timer, i]() { finishedAt[size_t(i)] = timer.elapsed(); });
    }
    for (auto& reply : replies) {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            REQUIRE(finished.wait(10000));
        }
    }
    const qint64 total = timer.elapsed();
    for (int i = 0; i < parallel; ++i) {
        CHECK(replies[size_t(i)]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
        CHECK(replies[size_t(i)]->readAll() == c.payload);
        CHECK(finishedAt[size_t(i)] >= latency - 20);
    }
    INFO("total " << total << " ms");
    CHECK(total < 2 * latency + 400); // serialised would take parallel × latency
    REQUIRE(f.server.requestCount() == parallel);
    const QList<RecordedRequest> requests = f.server.requests();
    CHECK(requests.constLast().receivedAtMs - requests.constFirst().receivedAtMs < latency);
}

TEST_CASE("FakeApiServer records every request", "[demo]")
{
    Fixture f;
    QList<RecordedRequest> seen;
    QObject::connect(&f.server, &FakeApiServer::requestReceived, &f.server,
                     [&seen](const RecordedRequest& r) { seen.append(r); });
    const StagingCase& c = findCase(Source::AAH, QStringLiteral("429.yaml")); // prénom René
    const QUrl url = urlFor(f.server, c.source, toRawQuery(c, stagingRecipient()));
    get(f.nam, url, {{"X-Custom-Header", "Value"}, {"Authorization", "Bearer abc"}});
    get(f.nam, url);

    REQUIRE(f.server.requestCount() == 2);
    REQUIRE(seen.size() == 2);
    const RecordedRequest r = f.server.requests().constFirst();
    CHECK(r.method == QStringLiteral("GET"));
    CHECK(r.path == Sources::path(Source::AAH));
    CHECK(r.query.queryItemValue(QStringLiteral("nomNaissance"), QUrl::FullyDecoded) == QStringLiteral("DESFOUIN"));
    CHECK(r.query.allQueryItemValues(QStringLiteral("prenoms[]"), QUrl::FullyDecoded) ==
          QStringList{QStringLiteral("René")});
    CHECK(r.header("x-custom-header") == QByteArrayLiteral("Value"));
    CHECK(r.header("authorization") == QByteArrayLiteral("Bearer abc"));
    for (const auto& h : r.headers)
        CHECK(h.first == h.first.toLower());
    CHECK(seen.constFirst().path == r.path);
    CHECK(f.server.requests().at(1).receivedAtMs >= r.receivedAtMs);
    f.server.clearRequests();
    CHECK(f.server.requestCount() == 0);
    CHECK(f.server.requests().isEmpty());
}

TEST_CASE("FakeApiServer interceptor replaces the staging answer", "[demo]")
{
    Fixture f;
    const StagingCase& c = findCase(Source::C2S, QStringLiteral("200-dupont-laura-feminin.yaml"));
    const QUrl url = urlFor(f.server, c.source, toRawQuery(c, stagingRecipient()));
    FakeResponse scripted;
    bool intercept = true;
    int calls = 0;
    f.server.setInterceptor([&](const RecordedRequest& r) -> std::optional<FakeResponse> {
        ++calls;
        CHECK(r.path == Sources::path(Source::C2S));
        if (!intercept)
            return std::nullopt;
        return scripted;
    });

    SECTION("Normal: status, body, content type and headers, before the token check")
    {
        f.server.setRequiredToken(QStringLiteral("tok"));
        scripted.status = 503;
        scripted.body = "maintenance";
        scripted.contentType = "text/plain";
        scripted.headers = {{"X-Test", "1"}, {"RateLimit-Remaining", "0"}};
        HttpResult r = get(f.nam, url);
        CHECK(r.status == 503);
        CHECK(r.body == QByteArrayLiteral("maintenance"));
        CHECK(r.header("Content-Type") == QByteArrayLiteral("text/plain"));
        CHECK(r.header("X-Test") == QByteArrayLiteral("1"));
        CHECK(r.header("RateLimit-Remaining") == QByteArrayLiteral("0"));
        CHECK(r.hasHeader("X-Request-ID"));
        CHECK(calls == 1);

        intercept = false; // nullopt: the normal path (token, recipient, catalog)
        r = get(f.nam, url);
        CHECK(r.status == 401);
        r = get(f.nam, url, {{"Authorization", "Bearer tok"}});
        CHECK(r.status == 200);
        CHECK(r.body == c.payload);
    }
    SECTION("a scripted 429 gets Retry-After; delayMs delays the first byte")
    {
        scripted.status = 429;
        scripted.body = "{}";
        scripted.delayMs = 250;
        const HttpResult r = get(f.nam, url);
        CHECK(r.status == 429);
        CHECK(r.header("Retry-After") == QByteArrayLiteral("5"));
        CHECK(r.elapsedMs >= 240);
    }
    SECTION("CloseImmediately: the connection closes without an answer")
    {
        scripted.mode = FakeResponse::Mode::CloseImmediately;
        RawClient client(f.server.port());
        client.send(rawGet(pathAndQuery(c.source, toRawQuery(c, stagingRecipient()))));
        CHECK(client.waitDisconnected());
        CHECK(client.pending().isEmpty());

        const HttpResult r = get(f.nam, url);
        CHECK(r.error != QNetworkReply::NoError);
        CHECK(r.status == 0);
        CHECK(calls >= 2); // QNetworkAccessManager may retry a closed connection
    }
    SECTION("Trickle: headers, then one byte per interval, closed after trickleMaxMs")
    {
        scripted.mode = FakeResponse::Mode::Trickle;
        scripted.body = c.payload;
        scripted.trickleIntervalMs = 20;
        scripted.trickleMaxMs = 500;

        RawClient client(f.server.port());
        client.send(rawGet(pathAndQuery(c.source, toRawQuery(c, stagingRecipient()))));
        QElapsedTimer timer;
        timer.start();
        CHECK(client.waitDisconnected(5000));
        const qint64 elapsed = timer.elapsed();
        const QByteArray received = client.pending();
        CHECK(elapsed >= 450);
        CHECK(statusOf(received) == 200);
        CHECK(headerOf(received, "Content-Length").toLongLong() > c.payload.size());
        const QByteArray body = bodyOf(received);
        CHECK(body.size() >= 5);
        CHECK(body.size() <= 30);
        CHECK(c.payload.startsWith(body));

        // A client in a hurry: QNetworkAccessManager sees a truncated transfer
        qint64 progress = 0;
        QElapsedTimer qnamTimer;
        qnamTimer.start();
        std::unique_ptr<QNetworkReply> reply(f.nam.get(QNetworkRequest(url)));
        QObject::connect(reply.get(), &QNetworkReply::downloadProgress, reply.get(),
                         [&progress](qint64 bytes, qint64) { progress = bytes; });
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        REQUIRE(finished.wait(10000));
        CHECK(reply->error() != QNetworkReply::NoError);
        CHECK(qnamTimer.elapsed() >= 450);
        CHECK(progress > 0);
    }
}

TEST_CASE("FakeApiServer survives peers that leave and its own destruction", "[demo]")
{
    const StagingCase& c = findCase(Source::PrimeActivite, QStringLiteral("200_non_beneficiaire.yaml"));
    const QString target = pathAndQuery(c.source, toRawQuery(c, stagingRecipient()));

    SECTION("a peer that disconnects while its answer waits")
    {
        Fixture f;
        f.server.setLatencyMs(200);
        {
            RawClient client(f.server.port());
            client.send(rawGet(target));
            QSignalSpy received(&f.server, &FakeApiServer::requestReceived);
            REQUIRE(received.wait(5000));
            client.socket().abort();
        }
        waitMs(400);
        f.server.setLatencyMs(0);
        const HttpResult r = get(f.nam, urlFor(f.server, c.source, toRawQuery(c, stagingRecipient())));
        CHECK(r.status == 200);
        CHECK(r.body == c.payload);
    }
    SECTION("a peer that disconnects during a trickle")
    {
        Fixture f;
        FakeResponse trickle;
        trickle.mode = FakeResponse::Mode::Trickle;
        trickle.trickleIntervalMs = 10;
        trickle.trickleMaxMs = 300;
        f.server.setInterceptor([trickle](const RecordedRequest&) { return std::optional<FakeResponse>(trickle); });
        {
            RawClient client(f.server.port());
            client.send(rawGet(target));
            client.readResponse(100);
            client.socket().abort();
        }
        waitMs(400);
        f.server.setInterceptor({});
        const HttpResult r = get(f.nam, urlFor(f.server, c.source, toRawQuery(c, stagingRecipient())));
        CHECK(r.status == 200);
    }
    SECTION("the server destroyed while answers wait")
    {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        auto server = std::make_unique<FakeApiServer>(diskCatalog());
        REQUIRE(server->listen().ok());
        server->setLatencyMs(300);
        const QUrl url = urlFor(*server, c.source, toRawQuery(c, stagingRecipient()));
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
        RawClient raw(server->port());
        raw.send(rawGet(target));
        QSignalSpy received(server.get(), &FakeApiServer::requestReceived);
        while (server->requestCount() < 2)
            REQUIRE(received.wait(5000));
        server.reset();
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        REQUIRE((reply->isFinished() || finished.wait(5000)));
        CHECK(reply->error() != QNetworkReply::NoError);
        CHECK(raw.waitDisconnected());
    }
    SECTION("listen errors")
    {
        Fixture f;
        CHECK(!f.server.listen().ok()); // already listening
        FakeApiServer other(diskCatalog());
        CHECK(other.port() == 0);
        auto busy = other.listen(f.server.port());
        REQUIRE(!busy.ok());
        CHECK(!busy.error().userMessage.isEmpty());
    }
}
