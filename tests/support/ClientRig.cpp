#include "ClientRig.h"

#include <QProcess>
#include <QTest>

namespace ccas::test {

const StagingCatalog& stagingCatalog()
{
    static const StagingCatalog catalog = [] {
        auto loaded = StagingCatalog::loadFromDirectory(QStringLiteral(GUICHET_STAGING_DIR));
        if (!loaded)
            qFatal("cannot load the staging cases: %s", qPrintable(loaded.error().detail));
        return loaded.value();
    }();
    return catalog;
}

Identity identityFromCase(const StagingCase& c)
{
    Identity id;
    id.nomNaissance = c.params.value(QStringLiteral("nomNaissance"));
    id.nomUsage = c.params.value(QStringLiteral("nomUsage"));
    id.prenoms = c.prenoms;
    id.sexe = c.params.value(QStringLiteral("sexeEtatCivil"));
    id.anneeNaissance = c.params.value(QStringLiteral("anneeDateNaissance")).toInt();
    id.moisNaissance = c.params.value(QStringLiteral("moisDateNaissance")).toInt();
    id.jourNaissance = c.params.value(QStringLiteral("jourDateNaissance")).toInt();
    id.codePaysNaissance = c.params.value(QStringLiteral("codeCogInseePaysNaissance"));
    id.codeCommuneNaissance = c.params.value(QStringLiteral("codeCogInseeCommuneNaissance"));
    id.nomCommuneNaissance = c.params.value(QStringLiteral("nomCommuneNaissance"));
    id.codeDepartementNaissance = c.params.value(QStringLiteral("codeCogInseeDepartementNaissance"));
    if (id.codePaysNaissance.isEmpty() && !id.codeCommuneNaissance.isEmpty() &&
        !id.codeCommuneNaissance.startsWith(QLatin1String("99")))
        id.codePaysNaissance = QStringLiteral("99100");
    return id;
}

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

Identity dupontSophie()
{
    Identity id;
    id.nomNaissance = QStringLiteral("DUPONT");
    id.prenoms = {QStringLiteral("SOPHIE")};
    id.sexe = QStringLiteral("F");
    id.anneeNaissance = 1982;
    id.moisNaissance = 9;
    id.jourNaissance = 3;
    id.codePaysNaissance = QStringLiteral("99100");
    id.codeCommuneNaissance = QStringLiteral("13001");
    return id;
}

QStringList cliIdentityArgs(const Identity& id)
{
    QStringList args{QStringLiteral("--nom-naissance"), id.nomNaissance};
    for (const QString& prenom : id.prenoms)
        args << QStringLiteral("--prenom") << prenom;
    args << QStringLiteral("--sexe") << id.sexe;
    if (id.anneeNaissance > 0)
        args << QStringLiteral("--annee-naissance") << QString::number(id.anneeNaissance);
    if (id.moisNaissance > 0)
        args << QStringLiteral("--mois-naissance") << QString::number(id.moisNaissance);
    if (id.jourNaissance > 0)
        args << QStringLiteral("--jour-naissance") << QString::number(id.jourNaissance);
    args << QStringLiteral("--pays-naissance") << id.codePaysNaissance;
    if (!id.codeCommuneNaissance.isEmpty())
        args << QStringLiteral("--commune-naissance") << id.codeCommuneNaissance;
    return args;
}

std::optional<YearMonth> periodFromCase(const StagingCase& c)
{
    if (!c.params.contains(QStringLiteral("annee")))
        return std::nullopt;
    return YearMonth{c.params.value(QStringLiteral("annee")).toInt(), c.params.value(QStringLiteral("mois")).toInt()};
}

ClientRig::ClientRig(std::function<void(ApiParticulierConfig&)> tweak)
    : server(stagingCatalog())
{
    auto port = server.listen();
    if (!port)
        qFatal("fake server cannot listen");
    ApiParticulierConfig config;
    config.baseUrl = server.baseUrl();
    config.token = QString::fromLatin1(TestToken);
    config.recipient = QString::fromLatin1(TestRecipient);
    config.timeoutMs = 5000;
    config.retryBackoffMs = 20;
    config.conflictRetryDelayMs = 20;
    config.maxRetryDelayMs = 50;
    if (tweak)
        tweak(config);
    m_client = std::make_unique<ApiParticulierClient>(&nam, config, clock);
}

CliResult runCliProcess(const QStringList& args, const QProcessEnvironment& env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GUICHET_CLI_PATH), args);
    CliResult r;
    if (!p.waitForStarted(5000))
        return r;
    if (!waitUntil([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        (void)p.waitForFinished(2000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

Result<ApiEnvelope, ApiError> getAndWait(ApiParticulierClient& client, Source source, const QUrlQuery& query,
                                         int timeoutMs)
{
    std::optional<Result<ApiEnvelope, ApiError>> result;
    client.get(source, query, nullptr, [&result](const Result<ApiEnvelope, ApiError>& r) { result.emplace(r); });
    if (!waitUntil([&] { return result.has_value(); }, timeoutMs))
        return ApiError::make(ApiError::Kind::Internal, QStringLiteral("test: no callback within the timeout"));
    return *result;
}

} // namespace ccas::test
