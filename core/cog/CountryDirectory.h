#pragma once

#include "cog/CogPlace.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ccas {

// The countries and territories of the Code officiel géographique (codes 99xxx), embedded as
// :/cog/pays.tsv (tools/cog). Small: loaded on first use. Thread-safe once loaded.
class CountryDirectory
{
public:
    static const CountryDirectory& shared();
    static CountryDirectory fromTsv(const QByteArray& tsv);

    // By code prefix ("99", "9935") or by name or other name without case or accents ("maroc",
    // "etats unis"); current countries before former ones.
    QList<CogPlace> search(const QString& text, int limit = 12) const;
    std::optional<CogPlace> byCode(const QString& code) const;
    bool contains(const QString& code) const { return byCode(code).has_value(); }
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    struct Entry
    {
        QString code;
        QString name;
        QStringList folded; // the name first, then the other names
        bool current = true;
    };
    static CogPlace place(const Entry& e);

    std::vector<Entry> m_entries; // sorted by code
};

} // namespace ccas
