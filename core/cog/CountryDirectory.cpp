#include "CountryDirectory.h"

#include "cog/CogText.h"

#include <QFile>

#include <algorithm>

namespace ccas {

const CountryDirectory& CountryDirectory::shared()
{
    static const CountryDirectory instance = [] {
        QFile file(QStringLiteral(":/cog/pays.tsv"));
        return file.open(QIODevice::ReadOnly) ? fromTsv(file.readAll()) : CountryDirectory();
    }();
    return instance;
}

CountryDirectory CountryDirectory::fromTsv(const QByteArray& tsv)
{
    CountryDirectory d;
    const QStringList lines = QString::fromUtf8(tsv).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() < 3)
            continue;
        Entry e;
        e.code = cells.at(0);
        e.name = cells.at(1);
        e.current = cells.at(2) != QLatin1String("0");
        e.folded << CogText::fold(e.name);
        if (cells.size() > 3) {
            for (const QString& alias : cells.at(3).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                e.folded << CogText::fold(alias);
        }
        d.m_entries.push_back(std::move(e));
    }
    std::stable_sort(d.m_entries.begin(), d.m_entries.end(),
                     [](const Entry& a, const Entry& b) { return a.code < b.code; });
    return d;
}

CogPlace CountryDirectory::place(const Entry& e)
{
    CogPlace p;
    p.code = e.code;
    p.name = e.name;
    p.kind = e.current ? CogPlace::Kind::Country : CogPlace::Kind::FormerCountry;
    return p;
}

std::optional<CogPlace> CountryDirectory::byCode(const QString& code) const
{
    const QString c = code.trimmed();
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), c,
                               [](const Entry& e, const QString& k) { return e.code < k; });
    if (it == m_entries.end() || it->code != c)
        return std::nullopt;
    return place(*it);
}

QList<CogPlace> CountryDirectory::search(const QString& text, int limit) const
{
    struct Hit
    {
        int tier;
        bool former;
        size_t index;
    };
    std::vector<Hit> hits;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return {};
    const bool digits = std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isDigit(); });
    if (digits) {
        for (size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].code.startsWith(trimmed))
                hits.push_back({m_entries[i].code == trimmed ? 0 : 1, !m_entries[i].current, i});
        }
    } else {
        const QStringList words = CogText::queryWords(trimmed);
        const QString joined = words.join(QLatin1Char(' '));
        for (size_t i = 0; i < m_entries.size(); ++i) {
            int best = -1;
            for (const QString& folded : m_entries[i].folded) {
                const int tier = CogText::matchTier(folded, words, joined);
                if (tier >= 0 && (best < 0 || tier < best))
                    best = tier;
            }
            if (best >= 0)
                hits.push_back({best, !m_entries[i].current, i});
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        return a.former < b.former;
    });
    QList<CogPlace> out;
    for (size_t k = 0; k < hits.size() && k < static_cast<size_t>(limit); ++k)
        out.append(place(m_entries[hits[k].index]));
    return out;
}

} // namespace ccas
