#pragma once

#include <QByteArray>

#include <cstddef>
#include <memory>

namespace ccas {

// 32 bytes of key material in libsodium-guarded memory (sodium_malloc: guard pages, mlock where
// allowed, wiped on free). Move-only. Never converted to QString or logged.
class SecureKey
{
public:
    static constexpr std::size_t Size = 32;

    SecureKey();                                                              // an empty (invalid) key
    static SecureKey random();                                                // randombytes_buf
    static SecureKey fromBytes(const unsigned char* bytes, std::size_t size); // copies; invalid if size != 32
    static SecureKey fromByteArray(const QByteArray& bytes);                  // copies

    SecureKey(SecureKey&&) noexcept;
    SecureKey& operator=(SecureKey&&) noexcept;
    SecureKey(const SecureKey&) = delete;
    SecureKey& operator=(const SecureKey&) = delete;
    ~SecureKey();

    bool isValid() const { return m_data != nullptr; }
    const unsigned char* data() const { return m_data; }
    unsigned char* data() { return m_data; }
    SecureKey clone() const;
    // A copy in an ordinary QByteArray, only to hand the key to the keychain; the caller wipes it.
    QByteArray exportBytes() const;
    bool operator==(const SecureKey& other) const; // constant time

private:
    unsigned char* m_data = nullptr;
};

// Calls sodium_init() once; false if libsodium cannot be used (then nothing may be encrypted).
bool sodiumReady();
// sodium_memzero on a QByteArray's buffer (detaches first).
void wipe(QByteArray& bytes);

} // namespace ccas
