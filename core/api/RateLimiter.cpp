#include "api/RateLimiter.h"

#include <algorithm>

namespace ccas {

RateLimiter::RateLimiter(int maxPerWindow, qint64 windowMs)
    : m_max(std::max(1, maxPerWindow))
    , m_windowMs(std::max<qint64>(1, windowMs))
{}

void RateLimiter::setMaxPerWindow(int maxPerWindow)
{
    m_max = std::max(1, maxPerWindow);
}

qint64 RateLimiter::reserve(qint64 nowMs)
{
    // Forget slots that can no longer constrain a send at or after now.
    while (!m_slots.empty() && m_slots.front() <= nowMs - m_windowMs)
        m_slots.pop_front();
    qint64 at = std::max(nowMs, m_blockedUntil);
    if (!m_slots.empty())
        at = std::max(at, m_slots.back()); // keep slots ordered
    // The (max)th slot before `at` must be at least one window older.
    if (static_cast<int>(m_slots.size()) >= m_max) {
        const qint64 constraining = m_slots[m_slots.size() - static_cast<size_t>(m_max)];
        at = std::max(at, constraining + m_windowMs);
    }
    m_slots.push_back(at);
    return at - nowMs;
}

void RateLimiter::blockUntil(qint64 untilMs)
{
    m_blockedUntil = std::max(m_blockedUntil, untilMs);
}

} // namespace ccas
