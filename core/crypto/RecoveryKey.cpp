#include "crypto/RecoveryKey.h"

#include "crypto/Aead.h"

#include <QCoreApplication>
#include <QList>
#include <QScopeGuard>
#include <QStringEncoder>

#include <sodium.h>

#include <limits>

namespace ccas {

namespace {

constexpr char AlgorithmTag[] = "argon2id13";
// Binds the recovery copy to its purpose: it cannot be confused with a wrapped DEK.
constexpr char RecoveryAd[] = "guichet-ccas/v1|recovery|kek";

// Sanity ceilings for parameters read back from a database: a tampered file must not make the
// unlock run for hours or ask for terabytes. Far above what any front-desk PC would be tuned to.
constexpr quint64 MaxOpsLimit = 64;
constexpr quint64 MaxMemLimit = quint64(16) * 1024 * 1024 * 1024; // 16 GiB

class RecoveryText
{
    Q_DECLARE_TR_FUNCTIONS(ccas::RecoveryKey)
public:
    static QString unusableParameters() { return tr("The recovery copy uses parameters this version cannot accept."); }
    static QString emptyPassphrase() { return tr("The recovery passphrase is empty."); }
    static QString outOfMemory()
    {
        return tr("Not enough memory to check the recovery passphrase. Close other applications and try again.");
    }
    static QString unavailable() { return tr("Encryption is not available on this computer."); }
    static QString wrongPassphrase()
    {
        return tr("The recovery passphrase is wrong, or the recovery copy is damaged.");
    }
    static QString malformed() { return tr("The recovery copy's parameters are damaged."); }
    static QString tooShort()
    {
        return tr("The recovery passphrase must have at least 16 characters, or 12 with three words.");
    }
    static QString oneCharacter() { return tr("The recovery passphrase must not be a single character repeated."); }
};

Error error(const QString& userMessage, const char* detail)
{
    return Error{userMessage, QString::fromLatin1(detail)};
}

// sodium_malloc'd scratch memory, wiped and freed on scope exit.
class SodiumBuffer
{
public:
    explicit SodiumBuffer(std::size_t size)
        : m_data(static_cast<char*>(sodium_malloc(size == 0 ? 1 : size)))
    {}
    ~SodiumBuffer() { sodium_free(m_data); }
    SodiumBuffer(const SodiumBuffer&) = delete;
    SodiumBuffer& operator=(const SodiumBuffer&) = delete;
    char* data() const { return m_data; }

private:
    char* m_data;
};

// Strict unsigned decimal: digits only, no sign, no leading zero, no overflow.
bool parseUnsigned(const QByteArray& text, quint64* value)
{
    if (text.isEmpty() || text.size() > 20 || (text.size() > 1 && text.front() == '0'))
        return false;
    quint64 v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        const auto digit = static_cast<quint64>(c - '0');
        if (v > (std::numeric_limits<quint64>::max() - digit) / 10)
            return false;
        v = v * 10 + digit;
    }
    *value = v;
    return true;
}

bool takeField(const QByteArray& field, const char* name, QByteArray* value)
{
    const QByteArray prefix = QByteArray(name) + '=';
    if (!field.startsWith(prefix))
        return false;
    *value = field.mid(prefix.size());
    return true;
}

} // namespace

PwHashParams PwHashParams::moderate()
{
    PwHashParams params;
    params.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
    params.memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
    params.algorithm = crypto_pwhash_ALG_ARGON2ID13;
    if (sodiumReady()) {
        params.salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
        randombytes_buf(params.salt.data(), crypto_pwhash_SALTBYTES);
    } // else: no salt, which derive() refuses
    return params;
}

QByteArray PwHashParams::serialise() const
{
    // An unknown algorithm is written so that parse() refuses it rather than mistaking it for Argon2id.
    QByteArray text =
        algorithm == crypto_pwhash_ALG_ARGON2ID13 ? QByteArray(AlgorithmTag) : "alg" + QByteArray::number(algorithm);
    text += ";ops=" + QByteArray::number(opsLimit);
    text += ";mem=" + QByteArray::number(memLimit);
    text += ";salt=" + salt.toBase64();
    return text;
}

Result<PwHashParams> PwHashParams::parse(const QByteArray& text)
{
    const QList<QByteArray> fields = text.split(';');
    if (fields.size() != 4)
        return error(RecoveryText::malformed(), "pwhash params: expected 4 fields");
    if (fields.at(0) != AlgorithmTag)
        return error(RecoveryText::unusableParameters(), "pwhash params: unknown algorithm");

    PwHashParams params;
    params.algorithm = crypto_pwhash_ALG_ARGON2ID13;
    QByteArray value;
    if (!takeField(fields.at(1), "ops", &value) || !parseUnsigned(value, &params.opsLimit))
        return error(RecoveryText::malformed(), "pwhash params: bad ops field");
    if (!takeField(fields.at(2), "mem", &value) || !parseUnsigned(value, &params.memLimit))
        return error(RecoveryText::malformed(), "pwhash params: bad mem field");
    if (!takeField(fields.at(3), "salt", &value))
        return error(RecoveryText::malformed(), "pwhash params: bad salt field");
    auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
    // Canonical form only: what serialise() writes (padded standard base64), nothing else.
    if (!decoded || decoded.decoded.toBase64() != value)
        return error(RecoveryText::malformed(), "pwhash params: salt is not canonical base64");
    if (decoded.decoded.size() != crypto_pwhash_SALTBYTES)
        return error(RecoveryText::malformed(), "pwhash params: wrong salt size");
    params.salt = decoded.decoded;
    return params;
}

Result<SecureKey> RecoveryKey::derive(const QString& passphrase, const PwHashParams& params)
{
    if (!sodiumReady())
        return error(RecoveryText::unavailable(), "pwhash: libsodium unavailable");
    if (params.algorithm != crypto_pwhash_ALG_ARGON2ID13)
        return error(RecoveryText::unusableParameters(), "pwhash: unknown algorithm");
    if (params.salt.size() != crypto_pwhash_SALTBYTES)
        return error(RecoveryText::unusableParameters(), "pwhash: wrong salt size");
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MODERATE || params.memLimit < crypto_pwhash_MEMLIMIT_MODERATE)
        return error(RecoveryText::unusableParameters(), "pwhash: parameters below the MODERATE limits");
    if (params.opsLimit > MaxOpsLimit || params.memLimit > MaxMemLimit ||
        params.memLimit > static_cast<quint64>(crypto_pwhash_MEMLIMIT_MAX))
        return error(RecoveryText::unusableParameters(), "pwhash: parameters above the supported maximum");
    if (passphrase.isEmpty())
        return error(RecoveryText::emptyPassphrase(), "pwhash: empty passphrase");

    // NFC, so that the same passphrase typed on another system (decomposed accents) still opens the copy.
    QString composed = passphrase.normalized(QString::NormalizationForm_C);
    const auto wipeComposed = qScopeGuard([&composed, &passphrase]() {
        if (composed.constData() != passphrase.constData()) // a copy of our own, not the caller's buffer
            sodium_memzero(composed.data(), static_cast<std::size_t>(composed.size()) * sizeof(QChar));
    });
    // UTF-8 straight into guarded memory: no QByteArray copy of the passphrase on the heap.
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype room = encoder.requiredSpace(composed.size());
    SodiumBuffer utf8(static_cast<std::size_t>(room));
    if (!utf8.data())
        return error(RecoveryText::outOfMemory(), "pwhash: cannot allocate guarded memory");
    const char* end = encoder.appendToBuffer(utf8.data(), composed);
    const auto length = static_cast<unsigned long long>(end - utf8.data());

    SecureKey derived = SecureKey::random(); // guarded memory, overwritten below
    if (!derived.isValid())
        return error(RecoveryText::outOfMemory(), "pwhash: cannot allocate guarded memory");
    if (crypto_pwhash(derived.data(), SecureKey::Size, utf8.data(), length,
                      reinterpret_cast<const unsigned char*>(params.salt.constData()), params.opsLimit,
                      static_cast<std::size_t>(params.memLimit), params.algorithm) != 0)
        return error(RecoveryText::outOfMemory(), "pwhash: crypto_pwhash failed (out of memory?)");
    return derived;
}

QByteArray RecoveryKey::wrapKek(const SecureKey& kek, const SecureKey& derived)
{
    return Aead::wrapKey(derived, kek, QByteArray(RecoveryAd));
}

Result<SecureKey> RecoveryKey::unwrapKek(const QByteArray& wrapped, const SecureKey& derived)
{
    auto kek = Aead::unwrapKey(derived, wrapped, QByteArray(RecoveryAd));
    if (!kek.ok())
        return Error{RecoveryText::wrongPassphrase(), kek.error().detail};
    return std::move(kek).value();
}

QString RecoveryKey::weaknessMessage(const QString& passphrase)
{
    // Counted in code points, whitespace runs counting as one, so padding with spaces does not help.
    const QList<uint> codePoints = passphrase.simplified().toUcs4();
    // "aaaaaaaaaaaaaaaa" or "aaaa aaaa aaaa aaaa": one character repeated, whatever the spaces.
    uint first = 0;
    bool oneRepeated = true;
    qsizetype visible = 0;
    for (const uint c : codePoints) {
        if (c == ' ')
            continue;
        if (visible++ == 0)
            first = c;
        oneRepeated = oneRepeated && c == first;
    }
    if (oneRepeated && visible > 1)
        return RecoveryText::oneCharacter();

    int words = 0;
    qsizetype wordLength = 0;
    for (const uint c : codePoints) {
        if (QChar::isLetterOrNumber(static_cast<char32_t>(c))) {
            ++wordLength;
            continue;
        }
        words += wordLength >= 2 ? 1 : 0;
        wordLength = 0;
    }
    words += wordLength >= 2 ? 1 : 0;

    const qsizetype length = codePoints.size();
    if (length >= 16 || (length >= 12 && words >= 3))
        return QString();
    return RecoveryText::tooShort();
}

} // namespace ccas
