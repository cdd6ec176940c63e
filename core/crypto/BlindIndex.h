#pragma once

#include "crypto/SecureKey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ccas {

// Searchable tokens for encrypted names and birth dates: keyed BLAKE2b (16 bytes) of normalised
// tokens, so that a search compares tokens, never decrypts rows, and the tokens say nothing without
// the key. The key is derived from the master key (crypto_kdf, context "blindidx").
class BlindIndex
{
public:
    explicit BlindIndex(const SecureKey& kek);

    // Normalisation: NFKD, diacritics removed, case folded, hyphens, apostrophes (' ’) and any
    // non-letter/digit become separators; tokens shorter than 2 characters are dropped.
    // "Jean-Pierre D’ARCY-Lefèvre" -> {"jean", "pierre", "d"?(dropped), "arcy", "lefevre"}
    static QStringList normalisedTokens(const QString& text);

    // Tokens of a name ("nom:" domain) and of a birth date ("date:" domain, AAAA-MM-JJ and AAAA-MM and AAAA).
    QList<QByteArray> nameTokens(const QString& text) const;
    QList<QByteArray> dateTokens(int year, int month, int day) const;
    QByteArray token(const QString& domain, const QString& normalisedToken) const;

private:
    SecureKey m_key;
};

} // namespace ccas
