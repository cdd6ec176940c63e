#include "api/PersonFetch.h"

#include <QTimer>

namespace ccas {

PersonFetch::PersonFetch(ApiParticulierClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<ccas::SourceOutcome>("ccas::SourceOutcome");
}

PersonFetch::~PersonFetch()
{
    for (auto handle : std::as_const(m_pending))
        m_client->cancel(handle);
}

QList<FieldError> PersonFetch::start(const Identity& identity, std::optional<YearMonth> period, QList<Source> sources)
{
    cancel();
    const bool wantsQf = sources.contains(Source::QuotientFamilial);
    const QList<FieldError> errors = m_client->validate(identity, wantsQf ? period : std::nullopt);
    if (!errors.isEmpty())
        return errors;
    m_outcomes.clear();
    m_timer.start();
    // Register every source before any callback can run (callbacks are always asynchronous).
    for (Source s : sources) {
        ApiParticulierClient::Handle h = 0;
        if (s == Source::QuotientFamilial) {
            h = m_client->fetchFamilyQuotient(identity, period, this,
                                              [this](const Result<FamilyQuotientData, ApiError>& r) {
                                                  SourceOutcome o;
                                                  o.source = Source::QuotientFamilial;
                                                  if (r)
                                                      o.family = r.value();
                                                  else
                                                      o.error = r.error();
                                                  record(o);
                                              });
        } else {
            h = m_client->fetchBenefit(s, identity, this, [this, s](const Result<BenefitStatusData, ApiError>& r) {
                SourceOutcome o;
                o.source = s;
                if (r)
                    o.benefit = r.value();
                else
                    o.error = r.error();
                record(o);
            });
        }
        m_pending.insert(s, h);
    }
    Q_EMIT started(int(sources.size()));
    return {};
}

void PersonFetch::record(SourceOutcome outcome)
{
    if (!m_pending.contains(outcome.source))
        return;
    m_pending.remove(outcome.source);
    outcome.elapsedMs = m_timer.elapsed();
    m_outcomes << outcome;
    Q_EMIT sourceFinished(outcome);
    if (m_pending.isEmpty())
        Q_EMIT finished(false);
}

void PersonFetch::cancel()
{
    if (m_pending.isEmpty())
        return;
    const auto pending = m_pending;
    m_pending.clear();
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        m_client->cancel(it.value());
        SourceOutcome o;
        o.source = it.key();
        o.error = ApiError::make(ApiError::Kind::Cancelled);
        o.elapsedMs = m_timer.elapsed();
        m_outcomes << o;
        Q_EMIT sourceFinished(o);
    }
    Q_EMIT finished(true);
}

int PersonFetch::severer(int a, int b)
{
    // Severity order: what the agent must act on first.
    auto severity = [](int code) {
        switch (code) {
        case 4: // unauthorised/forbidden: nothing will work until the token is fixed
            return 7;
        case 5:
            return 6;
        case 2:
            return 5;
        case 7:
            return 4;
        case 6:
            return 3;
        case 1:
            return 2;
        default:
            return 0;
        }
    };
    return severity(b) > severity(a) ? b : a;
}

int PersonFetch::exitCode(const QList<SourceOutcome>& outcomes)
{
    int worst = 0;
    for (const SourceOutcome& o : outcomes)
        if (!o.answered())
            worst = severer(worst, o.error->exitCode());
    return worst;
}

} // namespace ccas
