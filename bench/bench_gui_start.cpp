// Benchmark (not a test): the start of the real guichet-ccas on a profile of 100 000 dossiers.
//  - spawn to a usable window (window shown, dossier list painted with its first page), median of 5
//                                                                               target <= 1.5 s
//  - peak resident memory of the window (VmHWM), at that point and once the start-up retention ran
//                                                                               target <= 200 MB
// The profile is built once (KeyManager + ProfileStore + importDossiers, as a real profile creation
// would leave it) and cached in --cache DIR (default: a folder under the temporary directory); its
// master key is kept there too (fictitious data of a benchmark), and put into the OS keychain before
// the runs, so that the window gets it from the keychain as at any start. Without a D-Bus session,
// the benchmark runs itself again inside `dbus-run-session` with a gnome-keyring unlocked for it
// (as scripts/check does for the tests).
// The child must be a build with GUICHET_TEST_HOOKS (it prints "ready …" and quits, see
// app/gui/main.cpp); its own run time counts from its static initialisation.
// Usage: bench_gui_start [--dossiers N] [--cache DIR] [--runs N] [--gui PATH] [--platform NAME] [--drop-caches]
//        (--drop-caches: as root, the OS file cache is dropped before the first, uncounted start)
//        (a real X server: xvfb-run -a bench_gui_start --platform xcb)
#include "BenchSupport.h"
#include "crypto/SecureKey.h"
#include "secrets/KeyManager.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <unistd.h>
#include <vector>

using namespace ccas;
using namespace ccas::bench;

namespace {

// Builds the profile in `dir`: metadata and recovery copy (Argon2id), then `total` dossiers whose
// activity spreads over the last ten months (nothing due for retention, so the cached profile stays
// the same from run to run). Returns "profileId base64(kek)".
QByteArray buildProfile(const QString& dir, int total)
{
    if (!Profile::ensureDir(dir).ok())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto material = KeyManager::prepare(QStringLiteral("CCAS de Banc-d'Essai"), QStringLiteral("13002526500013"),
                                        QStringLiteral("banc d'essai de démarrage de la fenêtre"), now);
    if (!material)
        return {};
    auto kek = std::make_shared<const SecureKey>(std::move(material.value().kek));
    const ProfileMeta meta = material.value().meta;
    Database db;
    if (!wait(db.open(Profile::databasePath(dir), true)).ok())
        return {};
    ProfileStore profile(&db, Clock::system());
    if (!wait(profile.initialise(meta, QStringLiteral("bench"))).ok())
        return {};
    DossierRepository repo(&db, Clock::system());
    repo.setMasterKey(kek);
    QRandomGenerator rng(20261127);
    const bool imported = importGenerated(
        repo, total,
        [&](int i) {
            Dossier d;
            d.identity = randomIdentity(rng, i);
            d.aidCode = QString::fromLatin1(Aids[i % int(std::size(Aids))]);
            const QDateTime activity = now.addSecs(-qint64(rng.bounded(300 * 24 * 3600)));
            d.createdAt = activity.addDays(-int(rng.bounded(30)));
            d.lastActivityAt = activity;
            switch (i % 4) {
            case 0:
                d.status = DossierStatus::Brouillon;
                break;
            case 1:
                d.status = DossierStatus::EnInstruction;
                break;
            default:
                d.status = i % 4 == 2 ? DossierStatus::Decide : DossierStatus::Clos;
                d.decision = Decision{i % 3 ? Outcome::Accorde : Outcome::Refuse,
                                      i % 3 ? 5000 + 100 * qint64(i % 50) : 0,
                                      QString(),
                                      QStringLiteral("bench"),
                                      activity,
                                      d.aidCode};
                if (d.status == DossierStatus::Clos)
                    d.closedAt = activity;
                break;
            }
            return d;
        },
        [total](int done) { std::fprintf(stderr, "\r  building the profile: %d / %d", done, total); });
    if (!imported)
        return {};
    std::fprintf(stderr, "\n");
    if (!wait(db.close()).ok())
        return {};
    QByteArray raw = kek->exportBytes();
    const QByteArray line = meta.profileId.toLatin1() + ' ' + raw.toBase64();
    wipe(raw);
    return line;
}

// Runs the benchmark again inside a private D-Bus session with an unlocked gnome-keyring, in fresh
// XDG folders (removed at the end). Returns only on failure.
int reexecInKeyring(int argc, char** argv)
{
    const QString runner = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    if (runner.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
        std::fprintf(stderr, "bench_gui_start: needs dbus-run-session and gnome-keyring-daemon "
                             "(or run it inside a session with an unlocked Secret Service and "
                             "GUICHET_BENCH_KEYRING=1)\n");
        return 1;
    }
    const QByteArray tmp =
        QByteArray(QDir::tempPath().toLocal8Bit() + "/guichet-bench-keyring." + QByteArray::number(getpid()));
    for (const char* sub : {"/data", "/cache", "/run"})
        QDir().mkpath(QString::fromLocal8Bit(tmp + sub));
    QFile::setPermissions(QString::fromLocal8Bit(tmp + "/run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    setenv("XDG_DATA_HOME", QByteArray(tmp + "/data").constData(), 1);
    setenv("XDG_CACHE_HOME", QByteArray(tmp + "/cache").constData(), 1);
    setenv("XDG_RUNTIME_DIR", QByteArray(tmp + "/run").constData(), 1);
    setenv("GUICHET_BENCH_KEYRING", tmp.constData(), 1);
    bool x11 = false; // --platform xcb (under xvfb-run): the display stays
    for (int i = 1; i < argc; ++i)
        x11 = x11 || std::strcmp(argv[i], "xcb") == 0;
    if (!x11)
        unsetenv("DISPLAY"); // libsecret must not autolaunch another bus
    unsetenv("WAYLAND_DISPLAY");
    std::vector<QByteArray> args{runner.toLocal8Bit(), "--", "sh", "-c",
                                 "printf %s bench-keyring-pw | gnome-keyring-daemon --unlock --components=secrets "
                                 ">/dev/null; exec \"$0\" \"$@\""};
    for (int i = 0; i < argc; ++i)
        args.emplace_back(argv[i]);
    std::vector<char*> raw;
    for (QByteArray& a : args)
        raw.push_back(a.data());
    raw.push_back(nullptr);
    execv(raw[0], raw.data());
    std::perror("bench_gui_start: dbus-run-session");
    return 1;
}

struct Run
{
    double spawnToReadyMs = -1;
    double childReadyMs = -1;
    double readyRssMb = -1;
    double settledMs = -1;
    double settledRssMb = -1;
};

// One start of the window: "ready <ms> <kB>" then "settled <ms> <kB>" on its standard output.
std::optional<Run> startOnce(const QString& gui, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GUICHET_TEST_READY"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Run run;
    QByteArray out;
    QElapsedTimer t;
    t.start();
    p.start(gui, args);
    if (!p.waitForStarted(10000))
        return std::nullopt;
    while (run.settledMs < 0 && t.elapsed() < 120000) {
        if (!p.waitForReadyRead(120000))
            break;
        const double at = t.nsecsElapsed() / 1e6;
        out += p.readAllStandardOutput();
        int nl;
        while ((nl = out.indexOf('\n')) >= 0) {
            const QList<QByteArray> f = out.left(nl).trimmed().split(' ');
            out.remove(0, nl + 1);
            if (f.size() == 4 && f[0] == "ready") {
                if (f[3].toInt() <= 0) {
                    std::fprintf(stderr, "bench_gui_start: the window showed no dossier\n");
                    return std::nullopt;
                }
                run.spawnToReadyMs = at;
                run.childReadyMs = f[1].toDouble();
                run.readyRssMb = f[2].toDouble() / 1024;
            } else if (f.size() == 4 && f[0] == "settled") {
                run.settledMs = f[1].toDouble();
                run.settledRssMb = f[2].toDouble() / 1024;
            } else if (!f.isEmpty() && f[0] == "not-ready") {
                std::fprintf(stderr, "bench_gui_start: the window did not open the profile\n");
                p.waitForFinished(10000);
                return std::nullopt;
            }
        }
    }
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    if (run.spawnToReadyMs < 0)
        return std::nullopt;
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("GUICHET_BENCH_KEYRING"))
        return reexecInKeyring(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-ccas")); // the keychain entries of the app
    QCoreApplication::setOrganizationName(QStringLiteral("guichet-ccas"));
    const Options options(app.arguments(), {QStringLiteral("--drop-caches")});
    const int total = options.intValue("--dossiers", 100000);
    const int runs = std::max(1, options.intValue("--runs", 5));
    QString cache = options.value("--cache", QString());
    const QString gui = options.value("--gui", QStringLiteral(GUICHET_GUI_PATH));
    const QString platform = options.value("--platform", QStringLiteral("offscreen"));
    const bool dropCaches = options.flag("--drop-caches");
    if (cache.isEmpty())
        cache = QDir::tempPath() + QStringLiteral("/guichet-bench-gui-%1").arg(total);
    const QString profileDir = cache + QStringLiteral("/profile");
    const QString keyFile = cache + QStringLiteral("/bench-master-key"); // "profileId base64(kek)"
    const QByteArray keyringDir = qgetenv("GUICHET_BENCH_KEYRING");
    auto cleanup = [&keyringDir]() {
        if (keyringDir.startsWith(QByteArray(QDir::tempPath().toLocal8Bit() + "/guichet-bench-keyring.")))
            QDir(QString::fromLocal8Bit(keyringDir)).removeRecursively();
    };
    if (!sodiumReady())
        return 1;

    // 1. The profile, built once.
    QFile key(keyFile);
    if (!key.exists()) {
        QDir(profileDir).removeRecursively();
        QDir().mkpath(cache);
        QElapsedTimer t;
        t.start();
        const QByteArray line = buildProfile(profileDir, total);
        if (line.isEmpty()) {
            std::fprintf(stderr, "bench_gui_start: the profile could not be built\n");
            return 1;
        }
        if (!key.open(QIODevice::WriteOnly) || key.write(line) != line.size() || !key.flush())
            return 1;
        key.close();
        key.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        std::printf("profile of %d dossiers built in %.1f s in %s\n", total, t.elapsed() / 1000.0, qPrintable(cache));
    }
    if (!key.open(QIODevice::ReadOnly))
        return 1;
    const QList<QByteArray> parts = key.readAll().trimmed().split(' ');
    key.close();
    if (parts.size() != 2)
        return 1;

    // 2. The master key into this session's keychain, where the window looks for it.
    {
        SecretStore secrets;
        QEventLoop loop;
        bool saved = false;
        QString problem;
        secrets.write(KeyManager::keychainKey(QString::fromLatin1(parts[0])), QString::fromLatin1(parts[1]), &loop,
                      [&](const Result<void, SecretError>& r) {
                          saved = r.ok();
                          if (!r)
                              problem = r.error().detail;
                          loop.quit();
                      });
        loop.exec();
        if (!saved) {
            std::fprintf(stderr, "bench_gui_start: the keychain refused the key: %s\n", qPrintable(problem));
            cleanup();
            return 1;
        }
    }

    // 3. The starts: one to warm the file cache (reported apart), then `runs` measured ones.
    qputenv("QT_QPA_PLATFORM", platform.toLocal8Bit());
    const QStringList guiArgs{QStringLiteral("--profile"), profileDir};
    QList<Run> measured;
    std::optional<Run> first;
    bool dropped = false;
    if (dropCaches) { // the first start then reads the profile from the disk (root only)
        sync();
        QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
        dropped = drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
    }
    for (int i = 0; i <= runs; ++i) {
        const auto r = startOnce(gui, guiArgs);
        if (!r) {
            std::fprintf(stderr, "bench_gui_start: run %d failed (is %s a build with GUICHET_TEST_HOOKS?)\n", i,
                         qPrintable(gui));
            cleanup();
            return 1;
        }
        if (i == 0)
            first = r;
        else
            measured << *r;
    }
    cleanup();

    QList<double> spawn, child, readyRss, settled, settledRss;
    for (const Run& r : measured) {
        spawn << r.spawnToReadyMs;
        child << r.childReadyMs;
        readyRss << r.readyRssMb;
        settled << r.settledMs;
        settledRss << r.settledRssMb;
    }
    std::printf("bench_gui_start: %d dossiers, %d runs (+1 warm-up), platform %s\n", total, runs, qPrintable(platform));
    const FigureTable figures(52, 1);
    figures.header();
    figures.row("spawn to usable window (median)", median(spawn), "ms", 1500, "<= 1500 ms");
    figures.value("  slowest of the runs", *std::max_element(spawn.begin(), spawn.end()), "ms");
    figures.value(dropped ? "  first start, file cache dropped before it" : "  first start (warm-up, not counted)",
                  first->spawnToReadyMs, "ms");
    figures.value("  in the child, from its start (median)", median(child), "ms");
    figures.row("peak RSS at the usable window (max)", *std::max_element(readyRss.begin(), readyRss.end()), "MB", 200,
                "<= 200 MB");
    figures.row("peak RSS after the start-up retention (max)", *std::max_element(settledRss.begin(), settledRss.end()),
                "MB", 200, "<= 200 MB");
    figures.value("  start-up retention over, in the child (median)", median(settled), "ms");
    return 0;
}
