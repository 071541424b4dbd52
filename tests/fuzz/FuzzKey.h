#pragma once

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

} // namespace lethe::fuzz
