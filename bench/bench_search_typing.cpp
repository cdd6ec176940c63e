// Benchmark (not a test): typing in the dossier search box of the main window over 100 000 dossiers.
//  - the longest stall of the window's event loop while a fast typist searches, clears, filters and
//    scrolls the list                                                           target <= 50 ms
// In-process: QApplication (offscreen unless QT_QPA_PLATFORM says otherwise), an ephemeral profile
// filled with importDossiers, the real MainWindow. A 1 ms precise timer watches the event loop: a gap
// between two of its ticks is a stall. Keys are sent one by one with QTest, 60 to 140 ms apart, from
// the event loop itself (no nested loop); the time spent in each key event and in each model reset
// is measured too.
// Usage: bench_search_typing [--dossiers N]
#include "BenchSupport.h"
#include "DossierListModel.h"
#include "MainWindow.h"
#include "api/ApiParticulierClient.h"
#include "api/PersonFetch.h"
#include "session/ProfileSession.h"
#include "store/DossierRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <QMap>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace ccas;
using namespace ccas::bench;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Where the GUI thread's time goes: every event delivered on it, timed by type and receiver
// class (the slowest deliveries are listed at the end).
class TimingApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_on || QThread::currentThread() != thread()) // the database thread's jobs are events too
            return QApplication::notify(receiver, event);
        const int depth = m_depth++;
        QElapsedTimer t;
        t.start();
        const QEvent::Type type = event->type(); // the event may be gone after delivery
        const QString name = QString::fromLatin1(receiver->metaObject()->className());
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = t.nsecsElapsed() / 1e6;
        if (depth == 0 && ms > 8) { // outermost deliveries only: a nested one is inside its parent's time
            QString& key = m_slow[ms];
            key = QStringLiteral("event %1 to %2").arg(int(type)).arg(name);
        }
        return r;
    }
    void setOn(bool on) { m_on = on; }
    const QMap<double, QString>& slow() const { return m_slow; }

private:
    bool m_on = false;
    int m_depth = 0;
    QMap<double, QString> m_slow;
};

// The event-loop watcher: a 1 ms precise timer; the gap between two ticks, less the period, is how
// long the loop could not run.
class StallWatch
{
public:
    explicit StallWatch(QObject* context)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, context, [this]() {
            const double now = m_clock.nsecsElapsed() / 1e6;
            const double cpu = threadCpuMs();
            if (m_last >= 0) {
                m_gaps << std::max(0.0, now - m_last - 1.0);
                m_busy << cpu - m_lastCpu; // what the GUI thread itself computed in that gap
            }
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = -1;
        m_gaps.clear();
        m_busy.clear();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const QList<double>& gaps() const { return m_gaps; }
    const QList<double>& busy() const { return m_busy; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = -1;
    double m_lastCpu = 0;
    QList<double> m_gaps;
    QList<double> m_busy;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    const int total = Options(app.arguments()).intValue("--dossiers", 100000);

    // 1. The profile.
    QElapsedTimer t;
    t.start();
    ProfileSession session(QString(), nullptr, Clock::system());
    bool opened = false;
    QObject::connect(&session, &ProfileSession::unlocked, &app, [&]() {
        opened = true;
        app.quit();
    });
    QObject::connect(&session, &ProfileSession::failed, &app, [&]() { app.quit(); });
    session.openEphemeral();
    QApplication::exec();
    if (!opened)
        return 1;
    QRandomGenerator rng(20261127);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList someNames; // "martin-b1 lea": a surname and a first name as they were stored
    const bool imported = importGenerated(*session.dossiers(), total, [&](int i) {
        Dossier d;
        d.identity = randomIdentity(rng, i);
        d.aidCode = QString::fromLatin1(Aids[i % int(std::size(Aids))]);
        d.status = i % 3 ? DossierStatus::EnInstruction : DossierStatus::Brouillon;
        d.createdAt = d.lastActivityAt = now.addSecs(-qint64(rng.bounded(300 * 24 * 3600)));
        if (i % 997 == 0)
            someNames << d.identity.nomNaissance.toLower();
        return d;
    });
    if (!imported)
        return 1;
    const double generateS = t.elapsed() / 1000.0;

    // 2. The window, and its first page.
    QNetworkAccessManager nam;
    ApiParticulierClient client(&nam, ApiParticulierConfig());
    PersonFetch fetch(&client);
    MainWindow::Options options;
    options.demo = true;
    options.session = &session;
    StallWatch watch(&app);
    watch.start();
    t.restart();
    auto window = std::make_unique<MainWindow>(&fetch, options);
    window->resize(1280, 800);
    window->show();
    auto* edit = window->findChild<QLineEdit*>(QStringLiteral("dossierSearchEdit"));
    auto* table = window->findChild<QTableView*>(QStringLiteral("dossierTable"));
    auto* aid = window->findChild<QComboBox*>(QStringLiteral("aidFilterCombo"));
    auto* status = window->findChild<QComboBox*>(QStringLiteral("statusFilterCombo"));
    auto* model = qobject_cast<DossierListModel*>(table->model());
    if (!edit || !table || !model || !aid || !status)
        return 1;
    double firstPageMs = -1;
    QObject::connect(model, &DossierListModel::pageLoaded, &app, [&]() {
        if (firstPageMs < 0) {
            firstPageMs = t.nsecsElapsed() / 1e6;
            app.quit();
        }
    });
    QApplication::exec();
    const QList<double> startGaps = watch.gaps();

    // Time spent in the model's resets and row insertions (GUI thread).
    QList<double> resets, inserts;
    QElapsedTimer inModel;
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, &app, [&]() { inModel.start(); });
    QObject::connect(model, &QAbstractItemModel::modelReset, &app, [&]() { resets << inModel.nsecsElapsed() / 1e6; });
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, &app, [&]() { inModel.start(); });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &app,
                     [&]() { inserts << inModel.nsecsElapsed() / 1e6; });

    int maxRows = 0;
    QObject::connect(model, &DossierListModel::pageLoaded, &app,
                     [&]() { maxRows = std::max(maxRows, model->rowCount()); });

    // 3. The script: what a fast typist does at the desk, each step 60 to 140 ms after the previous one.
    QList<std::function<void()>> steps;
    QList<double> keyMs;
    // From the last key (or filter change) to the new list on screen: the debounce, the database
    // thread's query and decryption, the reset.
    QElapsedTimer sinceInput;
    sinceInput.start();
    QList<double> answers;
    QObject::connect(model, &DossierListModel::pageLoaded, &app, [&](bool first) {
        if (first)
            answers << sinceInput.nsecsElapsed() / 1e6;
    });
    auto typeText = [&](const QString& text) {
        for (QChar c : text)
            steps << [&, c]() {
                QElapsedTimer k;
                k.start();
                QTest::keyClick(edit, c.toLatin1());
                keyMs << k.nsecsElapsed() / 1e6;
                sinceInput.restart();
            };
    };
    auto key = [&](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        steps << [&, k, m]() {
            QElapsedTimer e;
            e.start();
            QTest::keyClick(edit, k, m);
            keyMs << e.nsecsElapsed() / 1e6;
            sinceInput.restart();
        };
    };
    auto pause = [&](int n) { // n idle steps: the debounce fires, the answer comes
        for (int i = 0; i < n; ++i)
            steps << []() {};
    };
    auto clear = [&]() {
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Backspace);
        pause(8);
    };
    int searches = 0;
    for (int s = 0; s < 6 && s < someNames.size(); ++s, ++searches) {
        edit->setFocus();
        typeText(someNames.at((s * 7) % someNames.size())); // "martin-b1": two words of the index
        pause(8);
        typeText(QStringLiteral(" lea"));
        pause(6);
        for (int b = 0; b < 4; ++b) // a correction
            key(Qt::Key_Backspace);
        typeText(QStringLiteral("sophie"));
        pause(8);
        clear(); // back to the whole list: 100 000 rows, their count
    }
    typeText(QStringLiteral("12/03/1975"));
    pause(8);
    clear();
    typeText(QStringLiteral("martin"));
    pause(8);
    // Scrolling the list of a common name, then of everything, page after page.
    auto scroll = [&](int n) {
        for (int i = 0; i < n; ++i)
            steps << [&]() {
                QElapsedTimer e;
                e.start();
                table->scrollToBottom();
                keyMs << e.nsecsElapsed() / 1e6;
            };
    };
    scroll(12);
    clear();
    scroll(100); // about 20 000 rows
    steps << [&]() {
        sinceInput.restart();
        aid->setCurrentIndex(std::min(2, aid->count() - 1));
    };
    pause(10);
    scroll(10);
    steps << [&]() {
        sinceInput.restart();
        aid->setCurrentIndex(0);
    };
    pause(10);
    // A status held by two dossiers in three, then by one in three, with some scrolling.
    for (DossierStatus st : {DossierStatus::EnInstruction, DossierStatus::Brouillon}) {
        steps << [&, st]() {
            sinceInput.restart();
            status->setCurrentIndex(status->findData(int(st)));
        };
        pause(10);
        scroll(5);
    }
    steps << [&]() {
        sinceInput.restart();
        status->setCurrentIndex(0);
    };
    pause(10);

    watch.start();
    int next = 0;
    QTimer stepper;
    stepper.setSingleShot(true);
    stepper.setTimerType(Qt::PreciseTimer);
    QObject::connect(&stepper, &QTimer::timeout, &app, [&]() {
        if (next >= steps.size()) {
            app.quit();
            return;
        }
        steps[next++]();
        stepper.start(60 + int(rng.bounded(81)));
    });
    stepper.start(100);
    app.setOn(true);
    t.restart();
    QApplication::exec();
    const double scriptS = t.elapsed() / 1000.0;
    watch.stop();
    app.setOn(false);
    const QList<double> gaps = watch.gaps();
    const QList<double> busy = watch.busy();
    window.reset();
    session.waitForIdle();

    std::printf("bench_search_typing: %d dossiers (generated in %.1f s), %d searches typed, %d steps in %.1f s\n",
                total, generateS, searches, int(steps.size()), scriptS);
    const FigureTable figures(52, 1);
    figures.header();
    const double maxGap = gaps.isEmpty() ? 0 : *std::max_element(gaps.begin(), gaps.end());
    figures.row("longest event-loop stall while typing/scrolling", maxGap, "ms", 50, "<= 50 ms");
    figures.value("  stall p99", percentile(gaps, 0.99), "ms");
    figures.value("  GUI thread CPU time within one gap, max", percentile(busy, 1), "ms");
    figures.value("  GUI thread CPU time within one gap, p99", percentile(busy, 0.99), "ms");
    figures.count("  stalls over 16 ms", int(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 16; })));
    figures.value("  key event handling, max", percentile(keyMs, 1), "ms");
    figures.value("  key event handling, p99", percentile(keyMs, 0.99), "ms");
    figures.value("  model reset (new first page), max", percentile(resets, 1), "ms");
    figures.value("  rows appended (next page), max", percentile(inserts, 1), "ms");
    figures.count("  most rows loaded at once", maxRows);
    figures.value("last input to the new list (200 ms debounce), median", percentile(answers, 0.5), "ms");
    figures.value("last input to the new list, max", percentile(answers, 1), "ms");
    figures.value("window to first page", firstPageMs, "ms");
    figures.value("  longest stall during it", startGaps.isEmpty() ? 0 : percentile(startGaps, 1), "ms");
    std::printf("slowest event deliveries while typing/scrolling (> 8 ms):\n");
    const auto& slow = app.slow();
    int shown = 0;
    for (auto it = slow.constEnd(); it != slow.constBegin() && shown < 8; ++shown) {
        --it;
        std::printf("  %7.1f ms  %s\n", it.key(), qPrintable(it.value()));
    }
    return 0;
}
