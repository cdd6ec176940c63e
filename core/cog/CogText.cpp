#include "CogText.h"

namespace ccas {

namespace {

// Folded form of U+0000..U+024F: a lower-case ASCII letter or digit, ' ' for a separator, or 0 for
// "look further" (ligatures, other scripts). Built once.
struct FoldTable
{
    char16_t map[0x250];
    FoldTable()
    {
        for (char16_t c = 0; c < 0x250; ++c) {
            QChar q(c);
            if (c >= 0x80 && q.decompositionTag() != QChar::NoDecomposition && !q.decomposition().isEmpty())
                q = q.decomposition().at(0);
            if (q.isLetterOrNumber())
                map[c] = q.toLower().unicode();
            else
                map[c] = u' ';
        }
        for (char16_t c : {u'\u0152', u'\u0153', u'\u00C6', u'\u00E6', u'\u00DF'})
            map[c] = 0;
    }
};

} // namespace

QString CogText::fold(const QString& text)
{
    static const FoldTable table;
    QString out(text.size() + 4, Qt::Uninitialized);
    QChar* o = out.data();
    qsizetype n = 0;
    qsizetype capacity = out.size();
    bool space = true; // no leading space
    const auto put = [&](char16_t c) {
        if (n == capacity) {
            out.resize(capacity * 2);
            capacity = out.size();
            o = out.data();
        }
        o[n++] = QChar(c);
    };
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        char16_t f;
        if (c < 0x250) {
            f = table.map[c];
            if (f == 0) {
                const char* lig = (c == u'\u0152' || c == u'\u0153') ? "oe" : (c == u'\u00DF') ? "ss" : "ae";
                put(char16_t(lig[0]));
                put(char16_t(lig[1]));
                space = false;
                continue;
            }
        } else {
            f = ch.isLetterOrNumber() ? ch.toLower().unicode() : u' ';
        }
        if (f != u' ') {
            put(f);
            space = false;
        } else if (!space) {
            put(u' ');
            space = true;
        }
    }
    if (n > 0 && o[n - 1] == QLatin1Char(' '))
        --n;
    out.truncate(n);
    return out;
}

QStringList CogText::queryWords(const QString& text)
{
    QStringList words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& w : words) {
        if (w == QLatin1String("st"))
            w = QStringLiteral("saint");
        else if (w == QLatin1String("ste"))
            w = QStringLiteral("sainte");
    }
    return words;
}

int CogText::matchTier(QStringView foldedName, const QStringList& words, const QString& joined)
{
    if (words.isEmpty() || foldedName.isEmpty())
        return -1;
    if (foldedName.startsWith(joined))
        return foldedName.size() == joined.size() ? 0 : 1;
    for (const QString& w : words) {
        if (foldedName.startsWith(w))
            continue;
        const qsizetype at = foldedName.indexOf(w);
        bool found = false;
        for (qsizetype i = at; i > 0; i = foldedName.indexOf(w, i + 1)) {
            if (foldedName.at(i - 1) == QLatin1Char(' ')) {
                found = true;
                break;
            }
        }
        if (!found)
            return -1;
    }
    return 2;
}

bool CogText::looksLikeCode(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 5)
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit())
            continue;
        // Corsica: 2A / 2B
        if (i == 1 && t.at(0) == QLatin1Char('2') &&
            (c.toUpper() == QLatin1Char('A') || c.toUpper() == QLatin1Char('B')))
            continue;
        return false;
    }
    return true;
}

} // namespace ccas
