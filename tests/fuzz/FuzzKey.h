#pragma once

#include "Age.h"
#include "BundleReader.h"
#include "Minisign.h"

#include <sodium.h>

namespace lethe::fuzz {

// A fixed signing key shared by the seed maker and the fuzzer, so the seeds' signatures verify as trusted and
// the fuzzer reaches the signature checks. Derived from a constant seed: it signs nothing but the fuzz seeds.
inline MinisignKey key()
{
    if (sodium_init() < 0)
        return {};
    unsigned char seed[crypto_sign_SEEDBYTES];
    for (unsigned char& b : seed)
        b = 0x42;
    MinisignKey k;
    k.keyId = QByteArrayLiteral("LETHEFZZ");
    k.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    k.secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(k.publicKey.data()),
                             reinterpret_cast<unsigned char*>(k.secretKey.data()), seed);
    return k;
}

inline MinisignKey publicKey()
{
    MinisignKey k = key();
    k.secretKey.clear();
    return k;
}

// A fixed age X25519 identity (32 bytes of 0x24), so the encrypted seed opens and the fuzzer reaches the
// decryption of the payload: the header, the stanza, the MAC and every chunk's authentication.
inline Age::Decryption decryption()
{
    Age::Decryption d;
    d.identities << Age::bech32Encode(QStringLiteral("age-secret-key-"), QByteArray(32, '\x24')).toUpper();
    return d;
}

inline QString recipient()
{
    if (sodium_init() < 0)
        return {};
    const QByteArray secret(32, '\x24');
    QByteArray pub(crypto_scalarmult_BYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pub.data()),
                           reinterpret_cast<const unsigned char*>(secret.constData()));
    return Age::bech32Encode(QStringLiteral("age"), pub);
}

// Small limits, so that a zip bomb is refused in milliseconds instead of inflating gigabytes; the checks
// are the same as with the defaults. The ratio's floor is lowered with them, so a bomb small enough to pass
// the size limits still meets the ratio check.
inline BundleLimits limits()
{
    BundleLimits l;
    l.maxEntryBytes = 1 << 20;
    l.maxTotalBytes = 4 << 20;
    l.maxEntries = 512;
    l.ratioFloorBytes = 64 << 10;
    return l;
}

} // namespace lethe::fuzz
