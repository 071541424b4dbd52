#pragma once

// Inside Age: the age v1 constants and the primitives the format is built from (libsodium, HKDF, base64,
// Bech32). Not used outside core/crypto.

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <sodium.h>

#include <array>
#include <optional>

namespace lethe::agecrypto {

// The age v1 constants (https://age-encryption.org/v1).
inline constexpr char kIntro[] = "age-encryption.org/v1\n";
inline constexpr qsizetype kIntroSize = sizeof kIntro - 1;
inline constexpr char kX25519Label[] = "age-encryption.org/v1/X25519";
inline constexpr char kScryptLabel[] = "age-encryption.org/v1/scrypt";
inline constexpr qsizetype kFileKeySize = 16;
inline constexpr qsizetype kNonceSize = 16;
inline constexpr qsizetype kTagSize = crypto_aead_chacha20poly1305_ietf_ABYTES;
inline constexpr qsizetype kWrappedSize = kFileKeySize + kTagSize;
inline constexpr qsizetype kColumns = 64;             // stanza bodies are wrapped at 64 base64 characters
inline constexpr qsizetype kMaxHeaderBytes = 1 << 20; // no honest header comes near it
inline constexpr char kBech32Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
inline constexpr std::array<unsigned char, crypto_aead_chacha20poly1305_ietf_NPUBBYTES> kZeroNonce{};

bool sodiumReady();
Error noSodium();
const unsigned char* bytes(const QByteArray& b);
unsigned char* bytes(QByteArray& b);
QByteArray randomBytes(qsizetype n);
QByteArray hmacSha256(const QByteArray& key, const QByteArray& message);
// HKDF-SHA-256 (RFC 5869) for one output block, which is all age needs (32 bytes). libsodium 1.0.18 has no
// crypto_kdf_hkdf, so it is built on HMAC-SHA-256: an empty salt is the same key as HashLen zero bytes.
QByteArray hkdf(const QByteArray& ikm, const QByteArray& salt, const QByteArray& info);
QByteArray aeadSeal(const QByteArray& key, const unsigned char* nonce, const char* plain, qsizetype size);
std::optional<QByteArray> aeadOpen(const QByteArray& key, const unsigned char* nonce,
                                   const QByteArray& sealed);
// STREAM's nonce: an 11-byte big-endian chunk counter and a byte that is 1 for the last chunk.
std::array<unsigned char, crypto_aead_chacha20poly1305_ietf_NPUBBYTES> streamNonce(quint64 counter,
                                                                                   bool last);
// age's base64: the standard alphabet without padding, and only the canonical encoding is accepted.
QByteArray base64(const QByteArray& data);
std::optional<QByteArray> unbase64(const QByteArray& text);
QByteArray wrapBody(const QByteArray& body);
std::optional<QByteArray> scryptKey(const QString& passphrase, const QByteArray& salt, int logN);

// Bech32 (BIP 173).
quint32 polymod(const QByteArray& values);
QByteArray hrpExpand(const QByteArray& hrp);
std::optional<QByteArray> convertBits(const QByteArray& in, int from, int to, bool pad);

} // namespace lethe::agecrypto
