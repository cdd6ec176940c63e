#include "settings/Settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace ccas {

namespace {
struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const KeyInfo& info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::ApiEnvironment, "ApiParticulier/Environment", QStringLiteral("production")},
        {Settings::Key::ApiGatewayUrl, "ApiParticulier/GatewayUrl", QString()},
        {Settings::Key::Recipient, "Ccas/Siret", QString()},
        {Settings::Key::TimeoutSeconds, "ApiParticulier/TimeoutSeconds", 12},
        {Settings::Key::MaxRequestsPerSecond, "ApiParticulier/MaxRequestsPerSecond", 20},
        {Settings::Key::Language, "Interface/Language", QStringLiteral("fr")},
        {Settings::Key::AgentId, "Agent/Id", QString()},
        {Settings::Key::CcasName, "Ccas/Nom", QString()},
        {Settings::Key::RetentionClosedMonths, "Retention/ClosedMonths", 24},
        {Settings::Key::RetentionInactiveMonths, "Retention/InactiveMonths", 24},
        {Settings::Key::JournalMonths, "Retention/JournalMonths", 36},
        {Settings::Key::ImpotBaseUrl, "ApiImpot/BaseUrl", QString()},
        {Settings::Key::ImpotTokenUrl, "ApiImpot/TokenUrl", QString()},
        {Settings::Key::ImpotIdTeleservice, "ApiImpot/IdTeleservice", QString()},
        {Settings::Key::CcasAddress, "Ccas/Adresse", QString()},
        {Settings::Key::CcasLogoPath, "Ccas/Logo", QString()},
        {Settings::Key::ReglementPath, "Reglement/Fichier", QString()},
        {Settings::Key::LockMinutes, "Confidentialite/VerrouillageMinutes", 5},
        {Settings::Key::FirstRunDone, "Profil/PremierDemarrageTermine", false},
        {Settings::Key::ArchivalAgreement, "Archives/Convention", QString()},
        {Settings::Key::ArchivalAgencyId, "Archives/ServiceArchives", QString()},
        {Settings::Key::TransferringAgencyId, "Archives/ServiceVersant", QString()},
        // Placeholders until the archives service gives its own rule codes (domain.md §3.1: granted
        // files 10 years then sorted by sampling, refused or abandoned requests 2 years then destroyed).
        {Settings::Key::AppraisalGrantedRule, "Archives/Accorde/Regle", QStringLiteral("DUA-AIDE-FACULTATIVE-10A")},
        {Settings::Key::AppraisalGrantedAction, "Archives/Accorde/SortFinal", QStringLiteral("Destroy")},
        {Settings::Key::AppraisalGrantedSampling, "Archives/Accorde/EchantillonUnSur", 10},
        {Settings::Key::AppraisalRefusedRule, "Archives/Refuse/Regle", QStringLiteral("DUA-DEMANDE-REJETEE-2A")},
        {Settings::Key::AppraisalRefusedAction, "Archives/Refuse/SortFinal", QStringLiteral("Destroy")},
        {Settings::Key::AppraisalAbandonedRule, "Archives/SansSuite/Regle", QStringLiteral("DUA-DEMANDE-REJETEE-2A")},
        {Settings::Key::AppraisalAbandonedAction, "Archives/SansSuite/SortFinal", QStringLiteral("Destroy")},
        {Settings::Key::AccessRule, "Archives/Communicabilite/Regle", QStringLiteral("COM-VIE-PRIVEE-50A")},
        {Settings::Key::ArchiveBeforePurge, "Archives/ExporterAvantPurge", false},
        {Settings::Key::ArchiveFolder, "Archives/Dossier", QString()},
    };
    for (const KeyInfo& k : table)
        if (k.key == key)
            return k;
    return table[0];
}
} // namespace

QString Settings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/guichet-ccas/guichet-ccas.ini");
}

QString Settings::pathForProfile(const QString& profileDir)
{
    if (profileDir.isEmpty())
        return defaultPath();
    return QDir(profileDir).filePath(QStringLiteral("guichet-ccas.ini"));
}

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::name(Key key)
{
    return QLatin1String(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(name(key), value);
}

QString Settings::path() const
{
    return m_settings->fileName();
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

ApiParticulierConfig Settings::apiParticulierConfig() const
{
    ApiParticulierConfig c;
    const QString env = value(Key::ApiEnvironment).toString();
    if (env == QLatin1String("staging")) {
        c.baseUrl = QUrl(QString::fromLatin1(ApiParticulierConfig::StagingUrl));
    } else if (env == QLatin1String("gateway")) {
        c.baseUrl = QUrl(value(Key::ApiGatewayUrl).toString());
        c.gatewayAddsToken = true;
    }
    c.recipient = value(Key::Recipient).toString();
    c.timeoutMs = std::clamp(value(Key::TimeoutSeconds).toInt(), 1, 120) * 1000;
    c.maxRequestsPerSecond = std::clamp(value(Key::MaxRequestsPerSecond).toInt(), 1, 20);
    return c;
}

} // namespace ccas
