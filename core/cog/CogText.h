#pragma once

#include <QString>
#include <QStringList>

namespace ccas {

// Text helpers of the COG search: names compared without case, accents, hyphens or apostrophes.
class CogText
{
public:
    // "Saint-Étienne-du-Rouvray" -> "saint etienne du rouvray"; "L'Haÿ-les-Roses" -> "l hay les roses".
    static QString fold(const QString& text);
    // The query's folded words, with the usual abbreviations spelled out ("st" -> "saint").
    static QStringList queryWords(const QString& text);
    // How well a folded name matches the query words: 0 = exact, 1 = the name starts with the
    // query, 2 = every word starts a word of the name, -1 = no match.
    static int matchTier(QStringView foldedName, const QStringList& words, const QString& joined);
    // True when the text looks like the start of a code ("42", "2A0", "99350"), not a name.
    static bool looksLikeCode(const QString& text);
};

} // namespace ccas
