#include "crypto/BlindIndex.h"

#include <sodium.h>

#include <cstdint>

namespace ccas {

namespace {

constexpr std::size_t TokenBytes = 16;
constexpr std::uint64_t SubkeyId = 1;
constexpr char KdfContext[crypto_kdf_CONTEXTBYTES + 1] = "blindidx";

static_assert(sizeof(KdfContext) == crypto_kdf_CONTEXTBYTES + 1, "crypto_kdf context is 8 bytes");
static_assert(TokenBytes >= crypto_generichash_BYTES_MIN && TokenBytes <= crypto_generichash_BYTES_MAX);
static_assert(SecureKey::Size >= crypto_generichash_KEYBYTES_MIN && SecureKey::Size <= crypto_generichash_KEYBYTES_MAX);
static_assert(SecureKey::Size >= crypto_kdf_BYTES_MIN && SecureKey::Size <= crypto_kdf_BYTES_MAX);

// Letters that NFKD does not decompose but that French (and neighbouring) spellings write either way:
// "Lætitia" / "Laetitia", "Cœur" / "Coeur". Applied after case folding.
QString expandLigature(char32_t c)
{
    switch (c) {
    case U'\u00E6': // æ
        return QStringLiteral("ae");
    case U'\u0153': // œ
        return QStringLiteral("oe");
    case U'\u00F8': // ø
        return QStringLiteral("o");
    case U'\u0142': // ł
        return QStringLiteral("l");
    case U'\u0111': // đ
        return QStringLiteral("d");
    case U'\u0131': // dotless ı
        return QStringLiteral("i");
    default:
        return QString();
    }
}

QString fourDigits(int n)
{
    return QString::number(n).rightJustified(4, QLatin1Char('0'));
}

QString twoDigits(int n)
{
    return QString::number(n).rightJustified(2, QLatin1Char('0'));
}

} // namespace

BlindIndex::BlindIndex(const SecureKey& kek)
{
    if (!sodiumReady() || !kek.isValid())
        return;                             // no key: every token list is empty, nothing can be searched
    SecureKey subkey = SecureKey::random(); // guarded memory, overwritten below
    if (!subkey.isValid())
        return;
    if (crypto_kdf_derive_from_key(subkey.data(), SecureKey::Size, SubkeyId, KdfContext, kek.data()) != 0)
        return;
    m_key = std::move(subkey);
}

QStringList BlindIndex::normalisedTokens(const QString& text)
{
    // Compatibility decomposition (ligatures such as "ﬁ", full-width letters, accents split off),
    // then the combining marks dropped, then full case folding.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString unmarked;
    unmarked.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            unmarked.append(c);
    }
    const QList<uint> folded = unmarked.toCaseFolded().toUcs4();

    QStringList tokens;
    QString current;
    const auto flush = [&tokens, &current]() {
        if (current.toUcs4().size() >= 2)
            tokens.append(current);
        current.clear();
    };
    for (const uint u : folded) {
        const auto c = static_cast<char32_t>(u);
        if (!QChar::isLetterOrNumber(c)) {
            flush(); // hyphens, apostrophes (' ’), spaces, punctuation, symbols
            continue;
        }
        const QString expanded = expandLigature(c);
        if (!expanded.isEmpty())
            current += expanded;
        else
            current += QStringView(QChar::fromUcs4(c));
    }
    flush();
    return tokens;
}

QList<QByteArray> BlindIndex::nameTokens(const QString& text) const
{
    QList<QByteArray> result;
    if (!m_key.isValid())
        return result;
    const QStringList tokens = normalisedTokens(text);
    for (const QString& t : tokens) {
        QByteArray tok = token(QStringLiteral("nom"), t);
        if (!result.contains(tok)) // "Martin Martin": one token, the repetition is not revealed
            result.append(tok);
    }
    return result;
}

QList<QByteArray> BlindIndex::dateTokens(int year, int month, int day) const
{
    QList<QByteArray> result;
    if (!m_key.isValid() || year < 1 || year > 9999)
        return result;
    const QString domain = QStringLiteral("date");
    const QString yyyy = fourDigits(year);
    if (month >= 1 && month <= 12) {
        const QString yyyyMm = yyyy + QLatin1Char('-') + twoDigits(month);
        if (day >= 1 && day <= 31)
            result.append(token(domain, yyyyMm + QLatin1Char('-') + twoDigits(day)));
        result.append(token(domain, yyyyMm));
    }
    result.append(token(domain, yyyy));
    return result;
}

QByteArray BlindIndex::token(const QString& domain, const QString& normalisedToken) const
{
    if (!m_key.isValid())
        return QByteArray();
    const QByteArray input = (domain + QLatin1Char(':') + normalisedToken).toUtf8();
    QByteArray out(static_cast<qsizetype>(TokenBytes), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), TokenBytes,
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()), m_key.data(), SecureKey::Size);
    return out;
}

} // namespace ccas
