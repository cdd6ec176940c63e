#include "CommuneDirectory.h"

#include "cog/CogText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace ccas {

namespace {

CogPlace::Kind kindOf(QChar c)
{
    switch (c.unicode()) {
    case 'R':
        return CogPlace::Kind::Arrondissement;
    case 'D':
        return CogPlace::Kind::Delegated;
    case 'A':
        return CogPlace::Kind::Associated;
    case 'N':
        return CogPlace::Kind::FormerName;
    case 'F':
        return CogPlace::Kind::Former;
    case 'K':
        return CogPlace::Kind::FormerCode;
    default:
        return CogPlace::Kind::Commune;
    }
}

} // namespace

const CommuneDirectory& CommuneDirectory::shared()
{
    static const CommuneDirectory instance = [] {
        QElapsedTimer timer;
        timer.start();
        QFile file(QStringLiteral(":/cog/communes.tsv"));
        CommuneDirectory d;
        if (file.open(QIODevice::ReadOnly))
            d = fromTsv(file.readAll());
        d.m_loadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return d;
    }();
    return instance;
}

void CommuneDirectory::preloadInBackground()
{
    static std::atomic_bool started{false};
    if (!started.exchange(true))
        QThreadPool::globalInstance()->start([] { shared(); });
}

CommuneDirectory CommuneDirectory::fromTsv(const QByteArray& tsv)
{
    CommuneDirectory d;
    d.m_text = QString::fromUtf8(tsv);
    const QString& text = d.m_text;
    d.m_entries.reserve(static_cast<size_t>(text.count(QLatin1Char('\n'))));
    d.m_folded.reserve(text.size() / 3);
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(pos, end - pos);
        pos = end + 1;
        if (line.isEmpty() || line.front() == QLatin1Char('#'))
            continue;
        QStringView cells[7];
        int n = 0;
        qsizetype from = 0;
        while (n < 7) {
            const qsizetype tab = line.indexOf(QLatin1Char('\t'), from);
            cells[n++] = line.mid(from, tab < 0 ? -1 : tab - from);
            if (tab < 0)
                break;
            from = tab + 1;
        }
        if (n < 7 || cells[1].isEmpty())
            continue;
        Entry e;
        e.code = cells[0];
        e.kind = kindOf(cells[1].front());
        e.name = cells[2];
        e.departement = cells[3];
        e.parent = cells[4];
        e.merged = cells[5];
        e.population = cells[6].toInt();
        const QString f = CogText::fold(e.name.toString());
        e.foldedAt = d.m_folded.size();
        e.foldedSize = f.size();
        d.m_folded += f;
        d.m_entries.push_back(e);
    }
    const auto before = [](const Entry& a, const Entry& b) {
        if (a.code != b.code)
            return a.code < b.code;
        return kindRank(a.kind) < kindRank(b.kind);
    };
    // tools/cog writes the list in this order already.
    if (!std::is_sorted(d.m_entries.begin(), d.m_entries.end(), before))
        std::stable_sort(d.m_entries.begin(), d.m_entries.end(), before);
    return d;
}

int CommuneDirectory::kindRank(CogPlace::Kind kind)
{
    switch (kind) {
    case CogPlace::Kind::Commune:
    case CogPlace::Kind::Arrondissement:
        return 0;
    case CogPlace::Kind::Delegated:
    case CogPlace::Kind::Associated:
        return 1;
    case CogPlace::Kind::FormerName:
        return 2;
    case CogPlace::Kind::Former:
        return 3;
    default:
        return 4;
    }
}

const CommuneDirectory::Entry* CommuneDirectory::currentCommune(QStringView code) const
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), code,
                               [](const Entry& e, QStringView c) { return e.code < c; });
    if (it != m_entries.end() && it->code == code && kindRank(it->kind) == 0)
        return &*it;
    return nullptr;
}

CogPlace CommuneDirectory::place(const Entry& e) const
{
    CogPlace p;
    p.code = e.code.toString();
    p.name = e.name.toString();
    p.departement = e.departement.toString();
    p.kind = e.kind;
    p.parentCode = e.parent.toString();
    p.merged = e.merged.toString();
    p.population = e.population;
    if (!e.parent.isEmpty()) {
        if (const Entry* parent = currentCommune(e.parent))
            p.parentName = parent->name.toString();
    }
    if (p.name.isEmpty())
        p.name = p.parentName;
    return p;
}

std::optional<CogPlace> CommuneDirectory::byCode(const QString& code) const
{
    const QString c = code.trimmed().toUpper();
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), c,
                               [](const Entry& e, const QString& k) { return e.code < k; });
    if (it == m_entries.end() || it->code != c)
        return std::nullopt;
    return place(*it);
}

QList<CogPlace> CommuneDirectory::search(const QString& text, int limit) const
{
    struct Hit
    {
        int tier;
        int rank;
        int population;
        qsizetype length;
        size_t index;
    };
    std::vector<Hit> hits;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return {};
    if (CogText::looksLikeCode(trimmed)) {
        const QString prefix = trimmed.toUpper();
        auto it = std::lower_bound(m_entries.begin(), m_entries.end(), prefix,
                                   [](const Entry& e, const QString& k) { return e.code < k; });
        for (; it != m_entries.end() && it->code.startsWith(prefix); ++it) {
            const size_t i = static_cast<size_t>(it - m_entries.begin());
            hits.push_back({it->code == prefix ? 0 : 1, kindRank(it->kind), 0, 0, i});
        }
    } else {
        const QStringList words = CogText::queryWords(trimmed);
        const QString joined = words.join(QLatin1Char(' '));
        for (size_t i = 0; i < m_entries.size(); ++i) {
            const Entry& e = m_entries[i];
            if (e.kind == CogPlace::Kind::FormerCode)
                continue;
            const int tier = CogText::matchTier(folded(e), words, joined);
            if (tier >= 0)
                hits.push_back({tier, kindRank(e.kind), e.population, e.foldedSize, i});
        }
    }
    const auto better = [](const Hit& a, const Hit& b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.population != b.population)
            return a.population > b.population;
        if (a.length != b.length)
            return a.length < b.length;
        return a.index < b.index;
    };
    const size_t n = std::min(hits.size(), static_cast<size_t>(limit));
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(n), hits.end(), better);
    QList<CogPlace> out;
    out.reserve(static_cast<qsizetype>(n));
    for (size_t k = 0; k < n; ++k)
        out.append(place(m_entries[hits[k].index]));
    return out;
}

} // namespace ccas
