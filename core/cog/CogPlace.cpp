#include "CogPlace.h"

namespace ccas {

QString CogPlace::displayText() const
{
    if (isCountry() || departement.isEmpty())
        return QStringLiteral("%1 — %2").arg(name, code);
    return QStringLiteral("%1 (%2) — %3").arg(name, departement, code);
}

QString CogPlace::detail() const
{
    const QString parent = parentName.isEmpty() ? parentCode : parentName;
    switch (kind) {
    case Kind::Commune:
    case Kind::Country:
        return {};
    case Kind::Arrondissement:
        return tr("municipal arrondissement of %1").arg(parent);
    case Kind::Delegated:
        return merged.isEmpty() ? tr("delegated commune of %1").arg(parent)
                                : tr("delegated commune of %1 (since %2)").arg(parent, merged);
    case Kind::Associated:
        return tr("associated commune of %1").arg(parent);
    case Kind::FormerName:
        return merged.isEmpty() ? tr("former name of %1").arg(parent)
                                : tr("former name of %1 (until %2)").arg(parent, merged);
    case Kind::Former:
        return merged.isEmpty() ? tr("former commune, merged into %1").arg(parent)
                                : tr("former commune, merged in %1 into %2").arg(merged, parent);
    case Kind::FormerCode:
        return tr("former code of %1 (%2)").arg(parent, parentCode);
    case Kind::FormerCountry:
        return tr("former country");
    }
    return {};
}

} // namespace ccas
