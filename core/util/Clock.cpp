#include "util/Clock.h"

#include <QElapsedTimer>

namespace ccas {

namespace {
class SystemClock final : public Clock
{
public:
    SystemClock()
    {
        m_timer.start();
#ifdef GUICHET_TEST_HOOKS
        // Test builds only: GUICHET_TEST_NOW (ISO 8601, UTC) sets the start of time for end-to-end
        // tests of the binaries (periods, ages, retention). Release builds have no such door.
        const QString forced = qEnvironmentVariable("GUICHET_TEST_NOW");
        if (!forced.isEmpty()) {
            QDateTime t = QDateTime::fromString(forced, Qt::ISODate);
            if (t.isValid())
                m_forcedStart = t.toUTC();
        }
#endif
    }
    QDateTime nowUtc() const override
    {
        if (m_forcedStart.isValid())
            return m_forcedStart.addMSecs(m_timer.elapsed());
        return QDateTime::currentDateTimeUtc();
    }
    qint64 monotonicMs() const override
    {
        return m_timer.elapsed();
    }

private:
    QElapsedTimer m_timer;
    QDateTime m_forcedStart;
};
} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace ccas
