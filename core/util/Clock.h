#pragma once

#include <QDateTime>

#include <functional>

namespace ccas {

// Time is injected so that tests can move it. Product code takes a Clock and never calls
// QDateTime::currentDateTimeUtc() directly where a decision depends on time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds on a monotonic scale (for rate limiting and retry windows).
    virtual qint64 monotonicMs() const = 0;

    static const Clock& system();
};

// A clock that only moves when told to (tests, benchmarks).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {}
    QDateTime nowUtc() const override { return m_now.addMSecs(m_elapsedMs); }
    qint64 monotonicMs() const override { return m_elapsedMs; }
    void advanceMs(qint64 ms) { m_elapsedMs += ms; }

private:
    QDateTime m_now;
    qint64 m_elapsedMs = 0;
};

} // namespace ccas
