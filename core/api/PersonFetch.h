#pragma once

#include "api/ApiError.h"
#include "api/ApiParticulierClient.h"
#include "api/Source.h"
#include "domain/Household.h"
#include "domain/Identity.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace ccas {

// What one source gave for a person: a value (with its provenance) or an error.
struct SourceOutcome
{
    Source source = Source::QuotientFamilial;
    std::optional<FamilyQuotientData> family; // QF
    std::optional<BenefitStatusData> benefit; // statuses
    std::optional<ApiError> error;
    qint64 elapsedMs = 0;

    bool ok() const { return !error.has_value(); }
    // "not found" and "not a beneficiary" are answers; failures are everything else.
    bool answered() const { return ok() || error->kind == ApiError::Kind::NotFound; }
};

// Fetches several sources of one person in parallel and reports each as it arrives.
class PersonFetch final : public QObject
{
    Q_OBJECT
public:
    explicit PersonFetch(ApiParticulierClient* client, QObject* parent = nullptr);
    ~PersonFetch() override;
    Q_DISABLE_COPY_MOVE(PersonFetch)

    // Validates, then starts every source at once. Returns the validation errors (nothing is sent
    // when there are any). A fetch already running is cancelled first.
    QList<FieldError> start(const Identity& identity, std::optional<YearMonth> period = std::nullopt,
                            QList<Source> sources = Sources::all());
    void cancel();
    bool isRunning() const { return !m_pending.isEmpty(); }

    const QList<SourceOutcome>& outcomes() const { return m_outcomes; }
    // 0 when every source answered, otherwise the CLI exit code of the most severe failure.
    static int exitCode(const QList<SourceOutcome>& outcomes);
    // The more severe of two CLI exit codes (0 when both are 0).
    static int severer(int a, int b);

Q_SIGNALS:
    void started(int sourceCount);
    void sourceFinished(const ccas::SourceOutcome& outcome);
    void finished(bool cancelled);

private:
    void record(SourceOutcome outcome);

    ApiParticulierClient* m_client;
    QHash<Source, ApiParticulierClient::Handle> m_pending;
    QList<SourceOutcome> m_outcomes;
    QElapsedTimer m_timer;
};

} // namespace ccas

Q_DECLARE_METATYPE(ccas::SourceOutcome)
