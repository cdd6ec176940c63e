#pragma once

#include "crypto/SecureKey.h"
#include "util/Result.h"

#include <QByteArray>

namespace ccas {

// XChaCha20-Poly1305 (IETF) authenticated encryption.
// Sealed format: 24-byte random nonce || ciphertext || 16-byte tag.
// The associated data binds a sealed value to its place (dossier id + table + column): a value
// moved to another dossier, table or column, replayed or edited fails to open.
class Aead
{
public:
    static QByteArray seal(const SecureKey& key, const QByteArray& plaintext, const QByteArray& associatedData);
    // Error (no detail about the content) when the key is wrong or anything was changed.
    static Result<QByteArray> open(const SecureKey& key, const QByteArray& sealed, const QByteArray& associatedData);

    // Associated data for a personal field: "guichet-ccas/v1|<dossierId>|<table>|<column>".
    static QByteArray fieldAd(const QString& dossierId, const char* table, const char* column);

    // Key wrapping: a data key (DEK) sealed by the master key (KEK), bound to its dossier id.
    static QByteArray wrapKey(const SecureKey& kek, const SecureKey& dek, const QByteArray& associatedData);
    static Result<SecureKey> unwrapKey(const SecureKey& kek, const QByteArray& wrapped,
                                       const QByteArray& associatedData);
};

} // namespace ccas
