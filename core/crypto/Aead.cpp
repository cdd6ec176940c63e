#include "crypto/Aead.h"

#include <QCoreApplication>
#include <QString>

#include <sodium.h>

namespace ccas {

namespace {

constexpr qsizetype NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES; // 24
constexpr qsizetype TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;      // 16
constexpr qsizetype Overhead = NonceBytes + TagBytes;
constexpr qsizetype WrappedKeyBytes = Overhead + static_cast<qsizetype>(SecureKey::Size);

static_assert(SecureKey::Size == crypto_aead_xchacha20poly1305_ietf_KEYBYTES, "AEAD key size");

class AeadText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::Aead)
public:
    // Says nothing about the content nor about which check failed.
    static QString unreadable() { return tr("This information cannot be read (damaged data or wrong key)."); }
};

Error failure(const char* detail)
{
    return Error{AeadText::unreadable(), QString::fromLatin1(detail)};
}

const unsigned char* bytesOf(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

// nonce || ciphertext || tag, the plaintext read in place (so a key is never copied to the heap).
QByteArray sealRaw(const SecureKey& key, const unsigned char* plaintext, qsizetype size,
                   const QByteArray& associatedData)
{
    if (!sodiumReady() || !key.isValid() || size < 0)
        return QByteArray(); // fails closed: opens as "too short"
    QByteArray sealed(NonceBytes + size + TagBytes, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(out, static_cast<std::size_t>(NonceBytes));
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(
            out + NonceBytes, &written, plaintext, static_cast<unsigned long long>(size), bytesOf(associatedData),
            static_cast<unsigned long long>(associatedData.size()), nullptr, out, key.data()) != 0 ||
        written != static_cast<unsigned long long>(size + TagBytes))
        return QByteArray(); // only beyond libsodium's message size limit
    return sealed;
}

// Decrypts into `out` (sealed.size() - Overhead bytes); the caller checked the sizes.
bool openRaw(const SecureKey& key, const QByteArray& sealed, const QByteArray& associatedData, unsigned char* out)
{
    const auto* in = bytesOf(sealed);
    unsigned long long written = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(
               out, &written, nullptr, in + NonceBytes, static_cast<unsigned long long>(sealed.size() - NonceBytes),
               bytesOf(associatedData), static_cast<unsigned long long>(associatedData.size()), in, key.data()) == 0;
}

} // namespace

QByteArray Aead::seal(const SecureKey& key, const QByteArray& plaintext, const QByteArray& associatedData)
{
    return sealRaw(key, bytesOf(plaintext), plaintext.size(), associatedData);
}

Result<QByteArray> Aead::open(const SecureKey& key, const QByteArray& sealed, const QByteArray& associatedData)
{
    if (!sodiumReady())
        return failure("aead: libsodium unavailable");
    if (!key.isValid())
        return failure("aead: no key");
    if (sealed.size() < Overhead)
        return failure("aead: too short");
    QByteArray plaintext(sealed.size() - Overhead, Qt::Uninitialized);
    // data() of an empty QByteArray may point at shared read-only storage: decrypt into a scratch byte.
    unsigned char scratch = 0;
    auto* out = plaintext.isEmpty() ? &scratch : reinterpret_cast<unsigned char*>(plaintext.data());
    if (!openRaw(key, sealed, associatedData, out)) {
        wipe(plaintext);
        return failure("aead: authentication failed");
    }
    return plaintext;
}

QByteArray Aead::fieldAd(const QString& dossierId, const char* table, const char* column)
{
    QByteArray ad("guichet-ccas/v1|");
    ad += dossierId.toUtf8();
    ad += '|';
    ad += QByteArray(table);
    ad += '|';
    ad += QByteArray(column);
    return ad;
}

QByteArray Aead::wrapKey(const SecureKey& kek, const SecureKey& dek, const QByteArray& associatedData)
{
    if (!dek.isValid())
        return QByteArray();
    return sealRaw(kek, dek.data(), static_cast<qsizetype>(SecureKey::Size), associatedData);
}

Result<SecureKey> Aead::unwrapKey(const SecureKey& kek, const QByteArray& wrapped, const QByteArray& associatedData)
{
    if (!sodiumReady())
        return failure("aead: libsodium unavailable");
    if (!kek.isValid())
        return failure("aead: no key");
    if (wrapped.size() < WrappedKeyBytes)
        return failure("aead: too short");
    if (wrapped.size() != WrappedKeyBytes)
        return failure("aead: wrapped key has the wrong size");
    // Guarded memory to decrypt into (its random content is overwritten): the clear key never
    // touches the ordinary heap.
    SecureKey dek = SecureKey::random();
    if (!dek.isValid())
        return failure("aead: cannot allocate guarded memory");
    if (!openRaw(kek, wrapped, associatedData, dek.data()))
        return failure("aead: authentication failed"); // dek is wiped when freed
    return dek;
}

} // namespace ccas
