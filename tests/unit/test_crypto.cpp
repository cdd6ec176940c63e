#include <catch2/catch.hpp>

#include "crypto/Aead.h"
#include "crypto/BlindIndex.h"
#include "crypto/RecoveryKey.h"
#include "crypto/SecureKey.h"

// Only to check the formats independently of the code under test (known-answer style).
#include <sodium.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <set>
#include <string>
#include <utility>

using ccas::Aead;
using ccas::BlindIndex;
using ccas::PwHashParams;
using ccas::RecoveryKey;
using ccas::SecureKey;

namespace {

const QString kDossier = QStringLiteral("d-7f3a9c");
const QString kOtherDossier = QStringLiteral("d-0b21e4");

QByteArray fieldAd(const QString& dossier = kDossier, const char* table = "personne", const char* column = "nom")
{
    return Aead::fieldAd(dossier, table, column);
}

QByteArray bytes(const char* text)
{
    return QByteArray(text);
}

std::string hex(const QByteArray& b)
{
    return b.toHex().toStdString();
}

std::string detailOf(const ccas::Result<QByteArray>& r)
{
    REQUIRE_FALSE(r.ok());
    CHECK_FALSE(r.error().userMessage.isEmpty());
    return r.error().detail.toStdString();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// SecureKey

TEST_CASE("SecureKey: random, copies, comparison and moves", "[crypto]")
{
    REQUIRE(ccas::sodiumReady());
    REQUIRE(ccas::sodiumReady()); // idempotent

    const SecureKey empty;
    CHECK_FALSE(empty.isValid());
    CHECK(empty.exportBytes().isEmpty());
    CHECK_FALSE(empty.clone().isValid());

    const SecureKey a = SecureKey::random();
    const SecureKey b = SecureKey::random();
    REQUIRE(a.isValid());
    REQUIRE(b.isValid());
    CHECK_FALSE(a == b);
    CHECK(a == a);
    CHECK_FALSE(a == empty);
    CHECK(empty == SecureKey());

    const SecureKey c = a.clone();
    REQUIRE(c.isValid());
    CHECK(c == a);
    CHECK(c.data() != a.data()); // its own guarded buffer

    QByteArray exported = a.exportBytes();
    CHECK(exported.size() == static_cast<qsizetype>(SecureKey::Size));
    CHECK(SecureKey::fromByteArray(exported) == a);
    CHECK_FALSE(SecureKey::fromByteArray(exported.left(31)).isValid());
    CHECK_FALSE(SecureKey::fromByteArray(exported + '\0').isValid());
    CHECK_FALSE(SecureKey::fromBytes(nullptr, SecureKey::Size).isValid());

    // One differing byte, anywhere, makes the keys differ.
    for (int i = 0; i < static_cast<int>(SecureKey::Size); ++i) {
        QByteArray changed = exported;
        changed[i] = static_cast<char>(changed[i] ^ 0x01);
        CHECK_FALSE(SecureKey::fromByteArray(changed) == a);
    }

    SecureKey moved = a.clone();
    const unsigned char* buffer = moved.data();
    SecureKey target(std::move(moved));
    CHECK_FALSE(moved.isValid()); // NOLINT(bugprone-use-after-move): moved-from state is specified
    CHECK(target.data() == buffer);
    target = SecureKey::random();
    CHECK(target.isValid());
    CHECK_FALSE(target == a);
    auto& self = target;
    target = std::move(self); // self-move keeps the key
    CHECK(target.isValid());
}

TEST_CASE("wipe() zeroes and empties a byte array, leaving shared copies alone", "[crypto]")
{
    QByteArray secret("very secret bytes");
    const QByteArray shared = secret; // implicitly shared: wipe detaches first
    ccas::wipe(secret);
    CHECK(secret.isEmpty());
    CHECK(shared == bytes("very secret bytes"));

    QByteArray empty;
    ccas::wipe(empty);
    CHECK(empty.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Aead

TEST_CASE("Aead: fieldAd is the documented UTF-8 string", "[crypto]")
{
    CHECK(Aead::fieldAd(QStringLiteral("d-42"), "personne", "nom") == bytes("guichet-ccas/v1|d-42|personne|nom"));
    CHECK(Aead::fieldAd(QStringLiteral("dossier-é"), "t", "c") == bytes("guichet-ccas/v1|dossier-\xc3\xa9|t|c"));
}

TEST_CASE("Aead: seal/open round trip, including empty and 1 MiB plaintexts", "[crypto]")
{
    const SecureKey key = SecureKey::random();
    const QByteArray ad = fieldAd();

    QByteArray big(1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = static_cast<char>((i * 131 + 7) & 0xff);

    const QList<QByteArray> plaintexts = {QByteArray(), bytes("x"), QStringLiteral("Lefèvre").toUtf8(),
                                          QByteArray(4096, '\0'), big};
    for (const QByteArray& plaintext : plaintexts) {
        const QByteArray sealed = Aead::seal(key, plaintext, ad);
        CHECK(sealed.size() == plaintext.size() + 24 + 16);
        const auto opened = Aead::open(key, sealed, ad);
        REQUIRE(opened.ok());
        CHECK(opened.value() == plaintext);
    }
}

TEST_CASE("Aead: the format is nonce || ciphertext || tag of XChaCha20-Poly1305-IETF", "[crypto]")
{
    const SecureKey key = SecureKey::random();
    const QByteArray ad = fieldAd();
    const QByteArray plaintext("Dupont");
    const QByteArray sealed = Aead::seal(key, plaintext, ad);
    REQUIRE(sealed.size() == 24 + plaintext.size() + 16);
    CHECK(sealed.indexOf(plaintext) < 0);

    QByteArray out(plaintext.size(), '\0');
    unsigned long long outLen = 0;
    const auto* s = reinterpret_cast<const unsigned char*>(sealed.constData());
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char*>(out.data()), &outLen, nullptr, s + 24,
        static_cast<unsigned long long>(sealed.size() - 24), reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), s, key.data());
    CHECK(rc == 0);
    CHECK(outLen == static_cast<unsigned long long>(plaintext.size()));
    CHECK(out == plaintext);
}

TEST_CASE("Aead: every single-bit flip of a sealed value is rejected", "[crypto]")
{
    const SecureKey key = SecureKey::random();
    const QByteArray ad = fieldAd();
    const QByteArray sealed = Aead::seal(key, bytes("Martin"), ad);
    int rejected = 0;
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray edited = sealed;
            edited[i] = static_cast<char>(edited[i] ^ (1 << bit));
            const auto r = Aead::open(key, edited, ad);
            if (!r.ok() && r.error().detail == QStringLiteral("aead: authentication failed"))
                ++rejected;
        }
    }
    CHECK(rejected == sealed.size() * 8);
    REQUIRE(Aead::open(key, sealed, ad).ok()); // the original still opens
}

TEST_CASE("Aead: truncated or extended input is rejected", "[crypto]")
{
    const SecureKey key = SecureKey::random();
    const QByteArray ad = fieldAd();
    const QByteArray sealed = Aead::seal(key, bytes("Martin"), ad);
    for (qsizetype n = 0; n < sealed.size(); ++n) {
        const std::string detail = detailOf(Aead::open(key, sealed.left(n), ad));
        CHECK(detail == (n < 40 ? "aead: too short" : "aead: authentication failed"));
    }
    CHECK(detailOf(Aead::open(key, sealed + '\0', ad)) == "aead: authentication failed");
    CHECK(detailOf(Aead::open(key, sealed.mid(1), ad)) == "aead: authentication failed");
}

TEST_CASE("Aead: a wrong or missing key is rejected", "[crypto]")
{
    const SecureKey key = SecureKey::random();
    const QByteArray ad = fieldAd();
    const QByteArray sealed = Aead::seal(key, bytes("Martin"), ad);
    CHECK(detailOf(Aead::open(SecureKey::random(), sealed, ad)) == "aead: authentication failed");

    QByteArray nearKey = key.exportBytes();
    nearKey[0] = static_cast<char>(nearKey[0] ^ 0x80);
    CHECK(detailOf(Aead::open(SecureKey::fromByteArray(nearKey), sealed, ad)) == "aead: authentication failed");
    ccas::wipe(nearKey);

    CHECK_FALSE(Aead::open(SecureKey(), sealed, ad).ok());
    // Sealing without a key fails closed: nothing that could be mistaken for a sealed value.
    const QByteArray noKey = Aead::seal(SecureKey(), bytes("Martin"), ad);
    CHECK(noKey.isEmpty());
    CHECK_FALSE(Aead::open(key, noKey, ad).ok());
}

TEST_CASE("Aead: a value moved to another dossier, table or column does not open (swap, replay)", "[crypto]")
{
    const SecureKey key = SecureKey::random();
    const QByteArray sealed = Aead::seal(key, bytes("Martin"), fieldAd(kDossier, "personne", "nom"));
    REQUIRE(Aead::open(key, sealed, fieldAd(kDossier, "personne", "nom")).ok());

    // Swap into another dossier, or replay of this dossier's value in another one.
    CHECK(detailOf(Aead::open(key, sealed, fieldAd(kOtherDossier, "personne", "nom"))) ==
          "aead: authentication failed");
    // Another table, another column (row <-> row, column <-> column swaps).
    CHECK(detailOf(Aead::open(key, sealed, fieldAd(kDossier, "conjoint", "nom"))) == "aead: authentication failed");
    CHECK(detailOf(Aead::open(key, sealed, fieldAd(kDossier, "personne", "prenoms"))) == "aead: authentication failed");
    // No AD, or a prefix of the right one.
    CHECK_FALSE(Aead::open(key, sealed, QByteArray()).ok());
    CHECK_FALSE(Aead::open(key, sealed, fieldAd().chopped(1)).ok());

    // Two cells of one dossier swapped with each other: both fail.
    const QByteArray nom = Aead::seal(key, bytes("Martin"), fieldAd(kDossier, "personne", "nom"));
    const QByteArray prenom = Aead::seal(key, bytes("Paul"), fieldAd(kDossier, "personne", "prenoms"));
    CHECK_FALSE(Aead::open(key, prenom, fieldAd(kDossier, "personne", "nom")).ok());
    CHECK_FALSE(Aead::open(key, nom, fieldAd(kDossier, "personne", "prenoms")).ok());
}

TEST_CASE("Aead: two seals of the same plaintext use different nonces", "[crypto]")
{
    const SecureKey key = SecureKey::random();
    const QByteArray ad = fieldAd();
    std::set<QByteArray> nonces;
    std::set<QByteArray> sealedValues;
    constexpr int Count = 1000;
    for (int i = 0; i < Count; ++i) {
        const QByteArray sealed = Aead::seal(key, bytes("Martin"), ad);
        nonces.insert(sealed.left(24));
        sealedValues.insert(sealed);
    }
    CHECK(nonces.size() == Count);
    CHECK(sealedValues.size() == Count);
}

TEST_CASE("Aead: wrapKey/unwrapKey", "[crypto]")
{
    const SecureKey kek = SecureKey::random();
    const SecureKey dek = SecureKey::random();
    const QByteArray ad = kDossier.toUtf8();
    const QByteArray wrapped = Aead::wrapKey(kek, dek, ad);
    CHECK(wrapped.size() == 24 + 32 + 16);
    CHECK(wrapped.indexOf(dek.exportBytes()) < 0);

    auto unwrapped = Aead::unwrapKey(kek, wrapped, ad);
    REQUIRE(unwrapped.ok());
    CHECK(unwrapped.value().isValid());
    CHECK(unwrapped.value() == dek);

    CHECK_FALSE(Aead::unwrapKey(SecureKey::random(), wrapped, ad).ok());
    CHECK_FALSE(Aead::unwrapKey(kek, wrapped, kOtherDossier.toUtf8()).ok());
    CHECK_FALSE(Aead::unwrapKey(SecureKey(), wrapped, ad).ok());
    CHECK_FALSE(Aead::unwrapKey(kek, wrapped.left(wrapped.size() - 1), ad).ok());
    CHECK_FALSE(Aead::unwrapKey(kek, wrapped + '\0', ad).ok());
    CHECK_FALSE(Aead::unwrapKey(kek, QByteArray(), ad).ok());
    for (qsizetype i = 0; i < wrapped.size(); ++i) {
        QByteArray edited = wrapped;
        edited[i] = static_cast<char>(edited[i] ^ 0x10);
        CHECK_FALSE(Aead::unwrapKey(kek, edited, ad).ok());
    }
    // A wrapped key opens as an ordinary sealed value too: same format.
    const auto asField = Aead::open(kek, wrapped, ad);
    REQUIRE(asField.ok());
    CHECK(asField.value() == dek.exportBytes());

    // Without a key (either one), nothing is produced.
    CHECK(Aead::wrapKey(kek, SecureKey(), ad).isEmpty());
    CHECK(Aead::wrapKey(SecureKey(), dek, ad).isEmpty());
}

// ---------------------------------------------------------------------------------------------
// RecoveryKey

TEST_CASE("PwHashParams: moderate() and serialise/parse round trip", "[crypto]")
{
    const PwHashParams p = PwHashParams::moderate();
    CHECK(p.opsLimit == crypto_pwhash_OPSLIMIT_MODERATE);
    CHECK(p.memLimit == crypto_pwhash_MEMLIMIT_MODERATE);
    CHECK(p.memLimit == 268435456u);
    CHECK(p.algorithm == crypto_pwhash_ALG_ARGON2ID13);
    CHECK(p.salt.size() == 16);
    CHECK(PwHashParams::moderate().salt != p.salt);

    const QByteArray text = p.serialise();
    CHECK(text == "argon2id13;ops=3;mem=268435456;salt=" + p.salt.toBase64());
    const auto parsed = PwHashParams::parse(text);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().salt == p.salt);
    CHECK(parsed.value().opsLimit == p.opsLimit);
    CHECK(parsed.value().memLimit == p.memLimit);
    CHECK(parsed.value().algorithm == p.algorithm);
    CHECK(parsed.value().serialise() == text);

    PwHashParams stronger = p;
    stronger.opsLimit = 4;
    stronger.memLimit = 1073741824;
    const auto reparsed = PwHashParams::parse(stronger.serialise());
    REQUIRE(reparsed.ok());
    CHECK(reparsed.value().opsLimit == 4);
    CHECK(reparsed.value().memLimit == 1073741824u);
}

TEST_CASE("PwHashParams: malformed text is refused", "[crypto]")
{
    const QByteArray salt = QByteArray(16, '\x5a').toBase64(); // "WlpaWlpaWlpaWlpaWlpaWg=="
    const QByteArray good = "argon2id13;ops=3;mem=268435456;salt=" + salt;
    REQUIRE(PwHashParams::parse(good).ok());

    const QList<QByteArray> bad = {
        QByteArray(),
        "argon2id13",
        "argon2id13;ops=3;mem=268435456",
        good + ";",
        good + ";extra=1",
        ";" + good,
        good + " ",
        " " + good,
        "argon2i13;ops=3;mem=268435456;salt=" + salt,
        "ARGON2ID13;ops=3;mem=268435456;salt=" + salt,
        "alg2;ops=3;mem=268435456;salt=" + salt,
        "argon2id13;mem=268435456;ops=3;salt=" + salt,
        "argon2id13;ops=;mem=268435456;salt=" + salt,
        "argon2id13;ops=-3;mem=268435456;salt=" + salt,
        "argon2id13;ops=+3;mem=268435456;salt=" + salt,
        "argon2id13;ops=03;mem=268435456;salt=" + salt,
        "argon2id13;ops=3x;mem=268435456;salt=" + salt,
        "argon2id13;ops= 3;mem=268435456;salt=" + salt,
        "argon2id13;ops=0x3;mem=268435456;salt=" + salt,
        "argon2id13;ops=3;mem=18446744073709551616;salt=" + salt,
        "argon2id13;ops=3;mem=2.5e8;salt=" + salt,
        "argon2id13;Ops=3;mem=268435456;salt=" + salt,
        "argon2id13;ops=3;mem=268435456;salt=",
        "argon2id13;ops=3;mem=268435456;salt=!!!!WlpaWlpaWlpaWlpaWg==",
        "argon2id13;ops=3;mem=268435456;salt=WlpaWlpaWlpaWlpaWlpaWg",    // unpadded
        "argon2id13;ops=3;mem=268435456;salt=WlpaWlpaWlpaWlpaWlpaWh==",  // non-canonical last bits
        "argon2id13;ops=3;mem=268435456;salt=WlpaWlpaWlpaWlpaWlpa",      // 15 bytes
        "argon2id13;ops=3;mem=268435456;salt=WlpaWlpaWlpaWlpaWlpaWlpa",  // 18 bytes
        "argon2id13;ops=3;mem=268435456;salt=WlpaWlpaWlpa WlpaWlpaWg==", // space
        "argon2id13;ops=3;mem=268435456;salt=WlpaWlpaWlpaWlpaWlpaWg==\n",
        QByteArray("argon2id13;ops=3;mem=268435456") + '\0' + ";salt=" + salt,
    };
    for (const QByteArray& text : bad) {
        INFO(text.toStdString());
        const auto r = PwHashParams::parse(text);
        CHECK_FALSE(r.ok());
        if (!r.ok())
            CHECK_FALSE(r.error().userMessage.isEmpty());
    }

    // An unknown algorithm is serialised so that parsing refuses it.
    PwHashParams unknown = PwHashParams::moderate();
    unknown.algorithm = 1; // Argon2i
    CHECK_FALSE(PwHashParams::parse(unknown.serialise()).ok());
}

TEST_CASE("RecoveryKey::derive refuses weak or malformed parameters before any hashing", "[crypto]")
{
    const QString passphrase = QStringLiteral("cheval correct agrafe batterie");
    const auto refusedWith = [&](const PwHashParams& p, const QString& text = QString()) {
        const auto r = RecoveryKey::derive(text.isNull() ? passphrase : text, p);
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.error().userMessage.isEmpty());
        return r.error().detail.toStdString();
    };

    PwHashParams p = PwHashParams::moderate();
    p.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    CHECK(refusedWith(p) == "pwhash: parameters below the MODERATE limits");
    p = PwHashParams::moderate();
    p.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    CHECK(refusedWith(p) == "pwhash: parameters below the MODERATE limits");
    p.memLimit = crypto_pwhash_MEMLIMIT_MODERATE - 1;
    CHECK(refusedWith(p) == "pwhash: parameters below the MODERATE limits");
    p = PwHashParams::moderate();
    p.opsLimit = 0;
    p.memLimit = 0;
    CHECK(refusedWith(p) == "pwhash: parameters below the MODERATE limits");
    p = PwHashParams::moderate();
    p.memLimit = quint64(1) << 50;
    CHECK(refusedWith(p) == "pwhash: parameters above the supported maximum");
    p = PwHashParams::moderate();
    p.opsLimit = 1u << 30;
    CHECK(refusedWith(p) == "pwhash: parameters above the supported maximum");

    p = PwHashParams::moderate();
    p.algorithm = crypto_pwhash_ALG_ARGON2I13;
    CHECK(refusedWith(p) == "pwhash: unknown algorithm");
    p.algorithm = 0;
    CHECK(refusedWith(p) == "pwhash: unknown algorithm");

    p = PwHashParams::moderate();
    p.salt.chop(1);
    CHECK(refusedWith(p) == "pwhash: wrong salt size");
    p.salt = QByteArray();
    CHECK(refusedWith(p) == "pwhash: wrong salt size");
    p.salt = QByteArray(17, 'x');
    CHECK(refusedWith(p) == "pwhash: wrong salt size");

    CHECK(refusedWith(PwHashParams::moderate(), QStringLiteral("")) == "pwhash: empty passphrase");
}

// Five Argon2id derivations at MODERATE (about 0.6 s and 256 MiB each): keep them in one test case.
TEST_CASE("RecoveryKey: derivation, wrapping of the KEK, wrong passphrase", "[crypto]")
{
    // "été" composed (NFC); the same passphrase typed with decomposed accents must give the same key.
    const QString passphrase = QStringLiteral("cheval correct agrafe \u00e9t\u00e9");
    const QString decomposed = QStringLiteral("cheval correct agrafe e\u0301te\u0301");
    REQUIRE(passphrase != decomposed);
    const PwHashParams params = PwHashParams::moderate();
    PwHashParams otherSalt = params;
    otherSalt.salt = PwHashParams::moderate().salt;
    REQUIRE(otherSalt.salt != params.salt);

    auto derived = RecoveryKey::derive(passphrase, params);
    REQUIRE(derived.ok());
    REQUIRE(derived.value().isValid());

    // Deterministic and exactly crypto_pwhash(Argon2id13) over the UTF-8 passphrase.
    {
        const QByteArray utf8 = passphrase.toUtf8();
        unsigned char expected[32];
        REQUIRE(crypto_pwhash(expected, sizeof expected, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              reinterpret_cast<const unsigned char*>(params.salt.constData()), params.opsLimit,
                              static_cast<std::size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13) == 0);
        CHECK(derived.value() == SecureKey::fromBytes(expected, sizeof expected));
        sodium_memzero(expected, sizeof expected);
    }

    auto sameNfd = RecoveryKey::derive(decomposed, params);
    REQUIRE(sameNfd.ok());
    CHECK(sameNfd.value() == derived.value());

    auto withOtherSalt = RecoveryKey::derive(passphrase, otherSalt);
    REQUIRE(withOtherSalt.ok());
    CHECK_FALSE(withOtherSalt.value() == derived.value());

    const SecureKey kek = SecureKey::random();
    const QByteArray wrapped = RecoveryKey::wrapKek(kek, derived.value());
    CHECK(wrapped.size() == 24 + 32 + 16);

    auto unwrapped = RecoveryKey::unwrapKek(wrapped, derived.value());
    REQUIRE(unwrapped.ok());
    CHECK(unwrapped.value() == kek);

    // After a round trip through the stored parameters, the copy still opens.
    const auto reparsed = PwHashParams::parse(params.serialise());
    REQUIRE(reparsed.ok());
    CHECK(RecoveryKey::unwrapKek(wrapped, sameNfd.value()).ok());

    auto wrongPassphrase = RecoveryKey::derive(QStringLiteral("cheval correct agrafe ete"), params);
    REQUIRE(wrongPassphrase.ok());
    const auto refused = RecoveryKey::unwrapKek(wrapped, wrongPassphrase.value());
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().userMessage.isEmpty());
    CHECK(refused.error().detail == QStringLiteral("aead: authentication failed"));
    CHECK_FALSE(RecoveryKey::unwrapKek(wrapped, withOtherSalt.value()).ok());

    // The recovery copy is bound to its purpose: it is not a DEK wrapped for some dossier.
    CHECK_FALSE(Aead::unwrapKey(derived.value(), wrapped, kDossier.toUtf8()).ok());
    CHECK_FALSE(Aead::unwrapKey(derived.value(), wrapped, QByteArray()).ok());
    QByteArray edited = wrapped;
    edited[30] = static_cast<char>(edited[30] ^ 1);
    CHECK_FALSE(RecoveryKey::unwrapKek(edited, derived.value()).ok());
}

TEST_CASE("RecoveryKey::weaknessMessage: 16 characters, or 12 with three words", "[crypto]")
{
    const QStringList accepted = {
        QStringLiteral("abcdefghijklmnop"),                 // 16, one word
        QStringLiteral("chat bleu ok"),                     // 12, three words
        QStringLiteral("cheval correct agrafe batterie"),   //
        QStringLiteral("R\u00e9cup\u00e9ration-CCAS-2025"), // accents count as one character
        QStringLiteral("aaaaaaaaaaaaaaab"),
    };
    for (const QString& p : accepted) {
        INFO(p.toStdString());
        CHECK(RecoveryKey::weaknessMessage(p).isEmpty());
    }

    const QStringList refused = {
        QString(),
        QStringLiteral("court"),
        QStringLiteral("abcdefghijklmno"),          // 15, one word
        QStringLiteral("chat bleu o"),              // 11
        QStringLiteral("chatbleu vert"),            // 13, two words
        QStringLiteral("ab c d e f g h"),           // 14, but one-letter "words"
        QStringLiteral("           chat bleu    "), // padding does not count
        QStringLiteral("aaaaaaaaaaaaaaaaaaaa"),     // one repeated character
        QStringLiteral("aaaa aaaa aaaa aaaa"),
        QStringLiteral(
            "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"),
    };
    for (const QString& p : refused) {
        INFO(p.toStdString());
        CHECK_FALSE(RecoveryKey::weaknessMessage(p).isEmpty());
    }
}

// ---------------------------------------------------------------------------------------------
// BlindIndex

TEST_CASE("BlindIndex::normalisedTokens", "[crypto]")
{
    CHECK(BlindIndex::normalisedTokens(QStringLiteral("Jean-Pierre D\u2019ARCY-Lef\u00e8vre")) ==
          QStringList{QStringLiteral("jean"), QStringLiteral("pierre"), QStringLiteral("arcy"),
                      QStringLiteral("lefevre")});
    // "N’Diaye": the one-letter "n" is dropped, like "d" in "D’Arcy".
    CHECK(BlindIndex::normalisedTokens(QStringLiteral("  \u00c9lo\u00efse   N\u2019Diaye ")) ==
          QStringList{QStringLiteral("eloise"), QStringLiteral("diaye")});
    CHECK(BlindIndex::normalisedTokens(QStringLiteral("L\u00e6titia C\u0152UR")) ==
          QStringList{QStringLiteral("laetitia"), QStringLiteral("coeur")});
    CHECK(BlindIndex::normalisedTokens(QStringLiteral("\uFF2D\uFF41\uFF52\uFF54\uFF49\uFF4E")) == // full width
          QStringList{QStringLiteral("martin")});
    CHECK(BlindIndex::normalisedTokens(QStringLiteral("Fran\u00e7ois_II, 3e")) ==
          QStringList{QStringLiteral("francois"), QStringLiteral("ii"), QStringLiteral("3e")});
    CHECK(BlindIndex::normalisedTokens(QString()).isEmpty());
    CHECK(BlindIndex::normalisedTokens(QStringLiteral("a - b ' c")).isEmpty());
}

TEST_CASE("BlindIndex: tokens match across accents, case, hyphens and apostrophes", "[crypto]")
{
    const SecureKey kek = SecureKey::random();
    const BlindIndex index(kek);

    const auto lefevre = index.nameTokens(QStringLiteral("Lef\u00e8vre"));
    REQUIRE(lefevre.size() == 1);
    CHECK(lefevre.front().size() == 16);
    CHECK(index.nameTokens(QStringLiteral("LEFEVRE")) == lefevre);
    CHECK(index.nameTokens(QStringLiteral("lefevre")) == lefevre);
    CHECK(index.nameTokens(QStringLiteral("LEF\u00c8VRE")) == lefevre);
    CHECK(index.nameTokens(QStringLiteral("Lefe\u0300vre")) == lefevre); // decomposed input
    CHECK(index.nameTokens(QStringLiteral("Lefevra")) != lefevre);

    const auto jeanPierre = index.nameTokens(QStringLiteral("Jean-Pierre"));
    CHECK(jeanPierre == QList<QByteArray>{index.token(QStringLiteral("nom"), QStringLiteral("jean")),
                                          index.token(QStringLiteral("nom"), QStringLiteral("pierre"))});
    CHECK(index.nameTokens(QStringLiteral("jean pierre")) == jeanPierre);
    CHECK(index.nameTokens(QStringLiteral("Jean")) == jeanPierre.mid(0, 1));

    CHECK(index.nameTokens(QStringLiteral("D\u2019Arcy")) == index.nameTokens(QStringLiteral("d'arcy")));
    CHECK(index.nameTokens(QStringLiteral("d'arcy")) ==
          QList<QByteArray>{index.token(QStringLiteral("nom"), QStringLiteral("arcy"))});

    // Repeated tokens appear once.
    CHECK(index.nameTokens(QStringLiteral("Martin Martin")).size() == 1);
    CHECK(index.nameTokens(QStringLiteral("-")).isEmpty());

    // Domain separation: a name token never equals a date token.
    CHECK(index.token(QStringLiteral("nom"), QStringLiteral("1984")) !=
          index.token(QStringLiteral("date"), QStringLiteral("1984")));
}

TEST_CASE("BlindIndex: keyed by the KEK through crypto_kdf, BLAKE2b-128 of domain:token", "[crypto]")
{
    const SecureKey kek = SecureKey::random();
    const BlindIndex index(kek);
    const BlindIndex again(kek.clone());
    const BlindIndex other(SecureKey::random());

    const QString name = QStringLiteral("Lef\u00e8vre");
    CHECK(again.nameTokens(name) == index.nameTokens(name));
    CHECK(other.nameTokens(name) != index.nameTokens(name));
    CHECK(other.dateTokens(1984, 12, 5) != index.dateTokens(1984, 12, 5));

    // Independent computation of the documented construction.
    unsigned char subkey[32];
    REQUIRE(crypto_kdf_derive_from_key(subkey, sizeof subkey, 1, "blindidx", kek.data()) == 0);
    const QByteArray input("nom:lefevre");
    QByteArray expected(16, '\0');
    REQUIRE(crypto_generichash(reinterpret_cast<unsigned char*>(expected.data()), 16,
                               reinterpret_cast<const unsigned char*>(input.constData()),
                               static_cast<unsigned long long>(input.size()), subkey, sizeof subkey) == 0);
    sodium_memzero(subkey, sizeof subkey);
    CHECK(hex(index.token(QStringLiteral("nom"), QStringLiteral("lefevre"))) == hex(expected));
    CHECK(index.nameTokens(name) == QList<QByteArray>{expected});

    // Without a key, nothing is produced (and nothing can match).
    const BlindIndex none{SecureKey()};
    CHECK(none.nameTokens(name).isEmpty());
    CHECK(none.dateTokens(1984, 12, 5).isEmpty());
    CHECK(none.token(QStringLiteral("nom"), QStringLiteral("lefevre")).isEmpty());
}

TEST_CASE("BlindIndex::dateTokens: AAAA-MM-JJ, AAAA-MM, AAAA as known", "[crypto]")
{
    const BlindIndex index(SecureKey::random());
    const auto date = [&index](const char* text) {
        return index.token(QStringLiteral("date"), QString::fromLatin1(text));
    };

    CHECK(index.dateTokens(1984, 12, 5) == QList<QByteArray>{date("1984-12-05"), date("1984-12"), date("1984")});
    CHECK(index.dateTokens(1984, 3, 0) == QList<QByteArray>{date("1984-03"), date("1984")});
    CHECK(index.dateTokens(1984, 0, 0) == QList<QByteArray>{date("1984")});
    CHECK(index.dateTokens(1984, 0, 5) == QList<QByteArray>{date("1984")}); // a day without a month says nothing
    CHECK(index.dateTokens(812, 1, 9) == QList<QByteArray>{date("0812-01-09"), date("0812-01"), date("0812")});
    CHECK(index.dateTokens(0, 12, 5).isEmpty());
    CHECK(index.dateTokens(0, 0, 0).isEmpty());
    CHECK(index.dateTokens(-1, 1, 1).isEmpty());
    CHECK(index.dateTokens(1984, 13, 5) == QList<QByteArray>{date("1984")});
    CHECK(index.dateTokens(1984, 12, 32) == QList<QByteArray>{date("1984-12"), date("1984")});

    // A full date is found by a search on the year or the month alone.
    const auto full = index.dateTokens(1984, 12, 5);
    CHECK(full.contains(index.dateTokens(1984, 0, 0).front()));
    CHECK(full.contains(index.dateTokens(1984, 12, 0).front()));
}
