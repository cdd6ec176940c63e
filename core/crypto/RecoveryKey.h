#pragma once

#include "crypto/SecureKey.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace ccas {

// Argon2id parameters kept next to a recovery copy, so that the copy can be opened again whatever
// the defaults of a later version.
struct PwHashParams
{
    QByteArray salt; // crypto_pwhash_SALTBYTES (16)
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes
    int algorithm = 0;    // crypto_pwhash_ALG_ARGON2ID13

    static PwHashParams moderate(); // fresh random salt, OPSLIMIT_MODERATE / MEMLIMIT_MODERATE (256 MiB)
    QByteArray serialise() const;   // compact, versioned text: "argon2id13;ops=3;mem=268435456;salt=<base64>"
    static Result<PwHashParams> parse(const QByteArray& text);
};

// The administrator's recovery copy of the master key: KEK sealed (Aead) with a key derived from the
// recovery passphrase by Argon2id.
class RecoveryKey
{
public:
    // Derives the wrapping key; fails on an empty passphrase or parameters under the MODERATE limits.
    static Result<SecureKey> derive(const QString& passphrase, const PwHashParams& params);
    static QByteArray wrapKek(const SecureKey& kek, const SecureKey& derived);
    static Result<SecureKey> unwrapKek(const QByteArray& wrapped, const SecureKey& derived);

    // Passphrase policy for a recovery passphrase: at least 12 characters and 3 words or 16 characters;
    // returns a translated message when refused, empty when acceptable.
    static QString weaknessMessage(const QString& passphrase);
};

} // namespace ccas
