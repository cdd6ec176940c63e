#pragma once

#include <QtGlobal>

#include <deque>

namespace ccas {

// Sliding-window limiter: at most `maxPerWindow` sends in any `windowMs` interval.
// Pure and clock-free: the caller passes the current monotonic time; reserve() books the next
// free slot and returns how long to wait before using it.
class RateLimiter
{
public:
    explicit RateLimiter(int maxPerWindow = 20, qint64 windowMs = 1000);

    void setMaxPerWindow(int maxPerWindow);
    int maxPerWindow() const { return m_max; }

    // Books a send slot; returns the delay (ms, >= 0) after `nowMs` at which the send may happen.
    qint64 reserve(qint64 nowMs);

    // 429 handling: no slot is given before `untilMs`.
    void blockUntil(qint64 untilMs);
    qint64 blockedUntil() const { return m_blockedUntil; }
    bool isBlocked(qint64 nowMs) const { return nowMs < m_blockedUntil; }

private:
    int m_max;
    qint64 m_windowMs;
    std::deque<qint64> m_slots; // booked send times, ascending
    qint64 m_blockedUntil = 0;
};

} // namespace ccas
