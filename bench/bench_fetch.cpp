// Benchmark (not a test): API Particulier client against the demo server in another process.
//  1. Parallelism: with the server delaying every answer by L ms (default 300), fetching the six
//     sources of one person takes <= 1.2 x one call.
//  2. Overhead: per-call latency of the client (typed call: validation, request, parsing) minus
//     curl's per-transfer time against the same server, target <= 5 ms.
// Usage: bench_fetch [--cli PATH] [--latency-ms L] [--runs N] [--calls M]
#include "BenchSupport.h"
#include "api/ApiParticulierClient.h"
#include "api/PersonFetch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace ccas;
using namespace ccas::bench;

namespace {

struct DemoServer
{
    QProcess process;
    QUrl url;
    bool start(const QString& cli, int latencyMs)
    {
        process.setProgram(cli);
        process.setArguments({QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--latency-ms"), QString::number(latencyMs)});
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(5000) || !process.waitForReadyRead(10000))
            return false;
        url = QUrl(QString::fromLatin1(process.readLine()).trimmed());
        return url.isValid() && !url.host().isEmpty();
    }
    ~DemoServer()
    {
        process.terminate();
        if (!process.waitForFinished(3000))
            process.kill();
    }
};

Identity martinSamuel()
{
    Identity id;
    id.nomNaissance = QStringLiteral("MARTIN");
    id.prenoms = {QStringLiteral("SAMUEL")};
    id.sexe = QStringLiteral("M");
    id.anneeNaissance = 1980;
    id.moisNaissance = 9;
    id.jourNaissance = 20;
    id.codePaysNaissance = QStringLiteral("99100");
    id.codeCommuneNaissance = QStringLiteral("08480");
    return id;
}

// Runs the event loop until `start`'s completion callback is called (QTest::qWaitFor polls every
// 10 ms, which would swamp the figures).
template <typename Start>
void runUntilDone(Start start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

double mean(const QList<double>& v)
{
    return v.isEmpty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / v.size();
}

ApiParticulierConfig configFor(const QUrl& url)
{
    ApiParticulierConfig c;
    c.baseUrl = url;
    c.token = QStringLiteral("bench-token");
    c.recipient = QStringLiteral("13002526500013");
    c.timeoutMs = 15000;
    return c;
}

// Per-call latency of typed calls, in batches of 20 (the per-token rate limit) separated by a pause
// that is not measured, so that the limiter never delays a measured call.
QList<double> clientLatencies(QNetworkAccessManager* nam, const QUrl& url, int calls)
{
    ApiParticulierClient client(nam, configFor(url));
    QList<double> ms;
    const Identity id = martinSamuel();
    // Warm-up: connection set-up is not per-call overhead.
    runUntilDone([&](auto finish) { client.fetchBenefit(Source::RSA, id, nullptr, [=](const auto&) { finish(); }); });
    QTest::qWait(1100);
    while (ms.size() < calls) {
        for (int i = 0; i < 19 && ms.size() < calls; ++i) {
            QElapsedTimer t;
            t.start();
            runUntilDone([&](auto finish) {
                client.fetchBenefit(Source::RSA, id, nullptr, [=](const Result<BenefitStatusData, ApiError>& r) {
                    if (!r)
                        std::fprintf(stderr, "call failed: %s\n", qPrintable(r.error().logLine()));
                    finish();
                });
            });
            ms << t.nsecsElapsed() / 1e6;
        }
        QTest::qWait(1050);
    }
    return ms;
}

QList<double> curlLatencies(const QUrl& url, int calls)
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("curl.cfg")));
    if (!config.open(QIODevice::WriteOnly))
        return {};
    QUrlQuery q = ApiParticulierClient::identityQuery(martinSamuel());
    q.addQueryItem(QStringLiteral("recipient"), QStringLiteral("13002526500013"));
    QUrl u = url;
    u.setPath(Sources::path(Source::RSA));
    u.setQuery(q);
    QTextStream out(&config);
    out << "header = \"Authorization: Bearer bench-token\"\n";
    out << "header = \"Accept: application/json\"\n";
    out << "write-out = \"%{time_total}\\n\"\n";
    out << "globoff\nsilent\n";
    for (int i = 0; i < calls + 1; ++i)
        out << "url = \"" << u.toString(QUrl::FullyEncoded) << "\"\noutput = \"/dev/null\"\n";
    out.flush();
    config.close();
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("--config"), config.fileName()});
    if (!curl.waitForFinished(120000))
        return {};
    QList<double> ms;
    const QList<QByteArray> lines = curl.readAllStandardOutput().split('\n');
    for (const QByteArray& l : lines)
        if (!l.trimmed().isEmpty())
            ms << l.trimmed().toDouble() * 1000.0;
    if (!ms.isEmpty())
        ms.removeFirst(); // the first transfer opens the connection
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options(app.arguments());
    const QString cli =
        options.value("--cli", QCoreApplication::applicationDirPath() + QStringLiteral("/../app/guichet-ccas-cli"));
    const int latency = options.intValue("--latency-ms", 300);
    const int runs = options.intValue("--runs", 10);
    const int calls = options.intValue("--calls", 200);

    QNetworkAccessManager nam;

    // 1. Parallel fetch of six sources vs one call, server latency L.
    DemoServer slow;
    if (!slow.start(cli, latency)) {
        std::fprintf(stderr, "cannot start the demo server (%s)\n", qPrintable(cli));
        return 1;
    }
    QList<double> single, six;
    {
        ApiParticulierClient client(&nam, configFor(slow.url));
        PersonFetch fetch(&client);
        for (int run = 0; run < runs + 1; ++run) {
            QTest::qWait(1100); // keep clear of the per-token rate limit
            QElapsedTimer t;
            t.start();
            runUntilDone([&](auto finish) {
                client.fetchBenefit(Source::RSA, martinSamuel(), nullptr, [=](const auto&) { finish(); });
            });
            const double one = t.nsecsElapsed() / 1e6;
            t.restart();
            runUntilDone([&](auto finish) {
                QObject::connect(
                    &fetch, &PersonFetch::finished, &fetch, [=](bool) { finish(); }, Qt::SingleShotConnection);
                (void)fetch.start(martinSamuel());
            });
            const double all = t.nsecsElapsed() / 1e6;
            if (run > 0) { // run 0 warms the connections up
                single << one;
                six << all;
            }
        }
    }

    // 2. Overhead per call vs curl, server latency 0.
    DemoServer fast;
    if (!fast.start(cli, 0)) {
        std::fprintf(stderr, "cannot start the demo server\n");
        return 1;
    }
    const QList<double> client = clientLatencies(&nam, fast.url, calls);
    const QList<double> curl = curlLatencies(fast.url, calls);

    const double ratio = median(six) / median(single);
    const double overhead = median(client) - median(curl);
    std::printf("bench_fetch: server latency %d ms, %d runs, %d sequential calls\n", latency, runs, calls);
    std::printf("%-52s %10s %10s %8s\n", "figure", "measured", "target", "verdict");
    std::printf("%-52s %8.1f ms %10s %8s\n", "one call (median)", median(single), "-", "");
    std::printf("%-52s %8.1f ms %10s %8s\n", "six sources in parallel (median)", median(six), "-", "");
    std::printf("%-52s %10.3f %10s %8s\n", "six sources / one call", ratio, "<= 1.2", ratio <= 1.2 ? "ok" : "MISSED");
    std::printf("%-52s %8.3f ms %10s %8s\n", "client per call, typed (median)", median(client), "-", "");
    std::printf("%-52s %8.3f ms %10s %8s\n", "curl per transfer, keep-alive (median)", median(curl), "-", "");
    std::printf("%-52s %8.3f ms %10s %8s\n", "client overhead over curl (median)", overhead, "<= 5 ms",
                overhead <= 5.0 ? "ok" : "MISSED");
    std::printf("%-52s %8.3f ms %10s %8s\n", "client overhead over curl (mean)", mean(client) - mean(curl), "-", "");
    return 0;
}
