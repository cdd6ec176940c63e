#include "crypto/SecureKey.h"

#include <sodium.h>

#include <cstring>

namespace ccas {

static_assert(SecureKey::Size == crypto_aead_xchacha20poly1305_ietf_KEYBYTES, "SecureKey holds an AEAD key");
static_assert(SecureKey::Size == crypto_kdf_KEYBYTES, "SecureKey holds a KDF master key");

namespace {

// Guarded memory for one key: guard pages, canary, mlock where allowed, wiped by sodium_free.
unsigned char* allocateKey()
{
    if (!sodiumReady())
        return nullptr;
    return static_cast<unsigned char*>(sodium_malloc(SecureKey::Size));
}

} // namespace

SecureKey::SecureKey() = default;

SecureKey SecureKey::random()
{
    SecureKey key;
    key.m_data = allocateKey();
    if (key.m_data)
        randombytes_buf(key.m_data, Size);
    return key;
}

SecureKey SecureKey::fromBytes(const unsigned char* bytes, std::size_t size)
{
    SecureKey key;
    if (!bytes || size != Size)
        return key;
    key.m_data = allocateKey();
    if (key.m_data)
        std::memcpy(key.m_data, bytes, Size);
    return key;
}

SecureKey SecureKey::fromByteArray(const QByteArray& bytes)
{
    if (bytes.size() != static_cast<qsizetype>(Size))
        return SecureKey();
    return fromBytes(reinterpret_cast<const unsigned char*>(bytes.constData()), Size);
}

SecureKey::SecureKey(SecureKey&& other) noexcept
    : m_data(other.m_data)
{
    other.m_data = nullptr;
}

SecureKey& SecureKey::operator=(SecureKey&& other) noexcept
{
    if (this != &other) {
        sodium_free(m_data);
        m_data = other.m_data;
        other.m_data = nullptr;
    }
    return *this;
}

SecureKey::~SecureKey()
{
    sodium_free(m_data); // accepts nullptr; wipes before unmapping
}

SecureKey SecureKey::clone() const
{
    if (!m_data)
        return SecureKey();
    return fromBytes(m_data, Size);
}

QByteArray SecureKey::exportBytes() const
{
    if (!m_data)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(Size));
}

bool SecureKey::operator==(const SecureKey& other) const
{
    if (!m_data || !other.m_data)
        return !m_data && !other.m_data;
    return sodium_memcmp(m_data, other.m_data, Size) == 0;
}

bool sodiumReady()
{
    // sodium_init() returns 0 on first success, 1 when already initialised, -1 on failure.
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void wipe(QByteArray& bytes)
{
    if (bytes.isEmpty()) {
        bytes.clear();
        return;
    }
    char* data = bytes.data(); // detaches: a buffer shared with another QByteArray is not touched
    sodium_memzero(data, static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace ccas
