#include "archive/ArchivePolicy.h"

#include "settings/Settings.h"

#include <QCryptographicHash>

namespace ccas {

ArchivePolicy ArchivePolicy::fromSettings(const Settings& s, const QString& siret)
{
    using K = Settings::Key;
    const auto str = [&s](K key) { return s.value(key).toString().trimmed(); };
    ArchivePolicy p;
    p.archivalAgreement = str(K::ArchivalAgreement);
    p.archivalAgencyId = str(K::ArchivalAgencyId);
    p.originatingAgencyId = str(K::Recipient);
    if (p.originatingAgencyId.isEmpty())
        p.originatingAgencyId = siret.trimmed();
    p.transferringAgencyId = str(K::TransferringAgencyId);
    if (p.transferringAgencyId.isEmpty())
        p.transferringAgencyId = p.originatingAgencyId;
    p.granted = {str(K::AppraisalGrantedRule), str(K::AppraisalGrantedAction)};
    p.refused = {str(K::AppraisalRefusedRule), str(K::AppraisalRefusedAction)};
    p.abandoned = {str(K::AppraisalAbandonedRule), str(K::AppraisalAbandonedAction)};
    bool ok = false;
    const int sampling = s.value(K::AppraisalGrantedSampling).toInt(&ok);
    p.grantedSampling = ok && sampling >= 0 ? sampling : 0;
    p.accessRule = str(K::AccessRule);
    return p;
}

ArchivePolicy ArchivePolicy::defaults()
{
    using K = Settings::Key;
    const auto str = [](K key) { return Settings::defaultValue(key).toString(); };
    ArchivePolicy p;
    p.granted = {str(K::AppraisalGrantedRule), str(K::AppraisalGrantedAction)};
    p.refused = {str(K::AppraisalRefusedRule), str(K::AppraisalRefusedAction)};
    p.abandoned = {str(K::AppraisalAbandonedRule), str(K::AppraisalAbandonedAction)};
    p.grantedSampling = Settings::defaultValue(K::AppraisalGrantedSampling).toInt();
    p.accessRule = str(K::AccessRule);
    return p;
}

bool ArchivePolicy::inSample(const QString& dossierId, int oneIn)
{
    if (oneIn <= 0)
        return false;
    if (oneIn == 1)
        return true;
    const QByteArray h = QCryptographicHash::hash(dossierId.toUtf8(), QCryptographicHash::Sha256);
    const quint32 v = (quint32(quint8(h[0])) << 24) | (quint32(quint8(h[1])) << 16) | (quint32(quint8(h[2])) << 8) |
                      quint32(quint8(h[3]));
    return v % quint32(oneIn) == 0;
}

ArchivePolicy::Appraisal ArchivePolicy::appraisalFor(Outcome outcome, const QString& dossierId, bool* sampled) const
{
    if (sampled)
        *sampled = false;
    switch (outcome) {
    case Outcome::Accorde: {
        Appraisal a = granted;
        if (grantedSampling > 0 && inSample(dossierId, grantedSampling)) {
            a.finalAction = QStringLiteral("Keep");
            if (sampled)
                *sampled = true;
        }
        return a;
    }
    case Outcome::Refuse:
        return refused;
    case Outcome::SansSuite:
        break;
    }
    return abandoned;
}

bool ArchivePolicy::validFinalAction(const QString& action)
{
    return action == QLatin1String("Keep") || action == QLatin1String("Destroy");
}

QStringList ArchivePolicy::problems() const
{
    QStringList out;
    const auto name = [](Settings::Key k) { return Settings::name(k); };
    if (archivalAgencyId.isEmpty())
        out << tr("The archives service's identifier is not set (setting %1).")
                   .arg(name(Settings::Key::ArchivalAgencyId));
    if (originatingAgencyId.isEmpty())
        out << tr("The CCAS's SIRET is not set (setting %1).").arg(name(Settings::Key::Recipient));
    const struct
    {
        const Appraisal* a;
        Settings::Key rule, action;
    } rules[] = {
        {&granted, Settings::Key::AppraisalGrantedRule, Settings::Key::AppraisalGrantedAction},
        {&refused, Settings::Key::AppraisalRefusedRule, Settings::Key::AppraisalRefusedAction},
        {&abandoned, Settings::Key::AppraisalAbandonedRule, Settings::Key::AppraisalAbandonedAction},
    };
    for (const auto& r : rules) {
        if (r.a->rule.isEmpty())
            out << tr("An appraisal rule code is empty (setting %1).").arg(name(r.rule));
        if (!validFinalAction(r.a->finalAction))
            out << tr("The final action “%1” is neither Keep nor Destroy (setting %2).")
                       .arg(r.a->finalAction, name(r.action));
    }
    if (accessRule.isEmpty())
        out << tr("The access rule code is empty (setting %1).").arg(name(Settings::Key::AccessRule));
    return out;
}

} // namespace ccas
