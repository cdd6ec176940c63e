#pragma once
// What the benchmarks share (header-only: each bench/*.cpp is an executable of its own): waiting for
// a store job, percentiles, the command-line options, fictitious identities and dossiers imported in
// batches, and the table of figures against their targets.
#include "domain/Dossier.h"
#include "domain/Identity.h"
#include "store/DossierRepository.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iterator>

namespace ccas::bench {

// Blocks until the job of the database thread has its result.
template <typename T>
T wait(QFuture<T> f)
{
    f.waitForFinished();
    return f.result();
}

// The value at rank p (0..1, nearest rank) of `v`; 0 for no value.
inline double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int i = std::clamp(int(p * (v.size() - 1) + 0.5), 0, int(v.size()) - 1);
    return v[i];
}

// The median of `v` (the mean of the two middle values for an even count); 0 for no value.
inline double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// The options of a benchmark: "--name value" pairs after the program name (an option given twice: the
// last one wins; a last option without its value is ignored), and `flags`, options without a value.
class Options
{
public:
    explicit Options(const QStringList& args, const QStringList& flags = {})
    {
        for (int i = 1; i < args.size(); ++i) {
            if (flags.contains(args[i])) {
                m_flags.insert(args[i]);
                continue;
            }
            if (i + 1 == args.size())
                break;
            m_values.insert(args[i], args[i + 1]);
            ++i;
        }
    }
    bool flag(const char* name) const { return m_flags.contains(QLatin1String(name)); }
    QString value(const char* name, const QString& fallback) const
    {
        return m_values.value(QLatin1String(name), fallback);
    }
    int intValue(const char* name, int fallback) const
    {
        const auto it = m_values.constFind(QLatin1String(name));
        return it == m_values.constEnd() ? fallback : it->toInt();
    }

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

inline constexpr const char* Surnames[] = {
    "MARTIN",  "BERNARD", "THOMAS",   "PETIT",    "ROBERT",   "RICHARD",   "DURAND",   "DUBOIS",  "MOREAU",   "LAURENT",
    "SIMON",   "MICHEL",  "LEFEBVRE", "LEROY",    "ROUX",     "DAVID",     "BERTRAND", "MOREL",   "FOURNIER", "GIRARD",
    "BONNET",  "DUPONT",  "LAMBERT",  "FONTAINE", "ROUSSEAU", "VINCENT",   "MULLER",   "LEFEVRE", "FAURE",    "ANDRE",
    "MERCIER", "BLANC",   "GUERIN",   "BOYER",    "GARNIER",  "CHEVALIER", "FRANCOIS", "LEGRAND", "GAUTHIER", "GARCIA",
    "PERRIN",  "ROBIN",   "CLEMENT",  "MORIN",    "NICOLAS",  "HENRY",     "ROUSSEL",  "MATHIEU", "GAUTIER",  "MASSON"};
inline constexpr const char* Firstnames[] = {
    "Marie", "Jean", "Pierre", "Michel", "André",   "Philippe", "Nathalie", "Isabelle", "Sophie", "Éloïse",
    "Léa",   "Hugo", "Lucas",  "Chloé",  "Inès",    "Nicolas",  "Julien",   "Camille",  "Manon",  "Thomas",
    "Sarah", "Emma", "Louis",  "Jade",   "Gabriel", "Zoé",      "Arthur",   "Léon"};
inline constexpr const char* Aids[] = {"ALIM", "ENERGIE", "TRANSPORT", "LOYER", "CANTINE"};

// A fictitious person born in 13001: a surname of Surnames with a serial suffix ("MARTIN-B1": about
// 2 000 distinct surnames, so that a search matches a few dozen), a first name of Firstnames.
inline Identity randomIdentity(QRandomGenerator& rng, int serial)
{
    Identity id;
    id.nomNaissance = QString::fromLatin1(Surnames[rng.bounded(int(std::size(Surnames)))]) +
                      QStringLiteral("-%1").arg(QChar(QLatin1Char(char('A' + serial % 26)))) +
                      QString::number(serial % 40);
    id.prenoms = {QString::fromUtf8(Firstnames[rng.bounded(int(std::size(Firstnames)))])};
    id.sexe = rng.bounded(2) ? QStringLiteral("F") : QStringLiteral("M");
    id.anneeNaissance = 1940 + int(rng.bounded(80));
    id.moisNaissance = 1 + int(rng.bounded(12));
    id.jourNaissance = 1 + int(rng.bounded(28));
    id.codePaysNaissance = QStringLiteral("99100");
    id.codeCommuneNaissance = QStringLiteral("13001");
    return id;
}

// Imports `total` dossiers into `repo` (agent "bench") in batches of 5 000, dossier i built by
// make(i) in order; progress(done) after each batch. False as soon as a batch fails.
template <typename Make>
bool importGenerated(DossierRepository& repo, int total, Make&& make, const std::function<void(int)>& progress = {})
{
    constexpr int Batch = 5000;
    for (int start = 0; start < total; start += Batch) {
        QList<Dossier> batch;
        for (int i = start; i < std::min(total, start + Batch); ++i)
            batch << make(i);
        if (!wait(repo.importDossiers(batch, QStringLiteral("bench"))).ok())
            return false;
        if (progress)
            progress(std::min(total, start + Batch));
    }
    return true;
}

// The figures of a benchmark against their targets, in columns: the name on `nameWidth` characters,
// values with `decimals` decimals.
class FigureTable
{
public:
    FigureTable(int nameWidth, int decimals)
        : m_width(nameWidth)
        , m_decimals(decimals)
    {}
    void header() const { std::printf("%-*s %12s %10s %8s\n", m_width, "figure", "measured", "target", "verdict"); }
    // A figure with its target: "ok" when v <= target, else "MISSED".
    void row(const char* name, double v, const char* unit, double target, const char* targetText) const
    {
        std::printf("%-*s %9.*f %-2s %10s %8s\n", m_width, name, m_decimals, v, unit, targetText,
                    v <= target ? "ok" : "MISSED");
    }
    // A figure without a target.
    void value(const char* name, double v, const char* unit) const
    {
        std::printf("%-*s %9.*f %s\n", m_width, name, m_decimals, v, unit);
    }
    void count(const char* name, int n) const { std::printf("%-*s %9d\n", m_width, name, n); }

private:
    int m_width;
    int m_decimals;
};

} // namespace ccas::bench
