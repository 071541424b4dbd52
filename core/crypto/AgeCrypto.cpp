#include "AgeCrypto.h"

#include "Age.h"

namespace lethe::agecrypto {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error noSodium()
{
    return makeError(Error::Code::Unavailable, Age::tr("libsodium could not be initialised."));
}

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}
unsigned char* bytes(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(n));
    return b;
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& message)
{
    crypto_auth_hmacsha256_state st;
    const unsigned char none = 0;
    crypto_auth_hmacsha256_init(&st, key.isEmpty() ? &none : bytes(key), size_t(key.size()));
    crypto_auth_hmacsha256_update(&st, bytes(message), size_t(message.size()));
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&st, bytes(out));
    sodium_memzero(&st, sizeof st);
    return out;
}

QByteArray hkdf(const QByteArray& ikm, const QByteArray& salt, const QByteArray& info)
{
    QByteArray prk = hmacSha256(salt, ikm);
    QByteArray out = hmacSha256(prk, info + '\x01');
    sodium_memzero(prk.data(), size_t(prk.size()));
    return out;
}

QByteArray aeadSeal(const QByteArray& key, const unsigned char* nonce, const char* plain, qsizetype size)
{
    QByteArray out(size + kTagSize, Qt::Uninitialized);
    unsigned long long n = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(bytes(out), &n, reinterpret_cast<const unsigned char*>(plain),
                                              (unsigned long long)size, nullptr, 0, nullptr, nonce,
                                              bytes(key));
    return out;
}

std::optional<QByteArray> aeadOpen(const QByteArray& key, const unsigned char* nonce,
                                   const QByteArray& sealed)
{
    if (sealed.size() < kTagSize)
        return std::nullopt;
    QByteArray out(sealed.size() - kTagSize, Qt::Uninitialized);
    unsigned long long n = 0;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(bytes(out), &n, nullptr, bytes(sealed),
                                                  (unsigned long long)sealed.size(), nullptr, 0, nonce,
                                                  bytes(key)) != 0)
        return std::nullopt;
    return out;
}

std::array<unsigned char, crypto_aead_chacha20poly1305_ietf_NPUBBYTES> streamNonce(quint64 counter, bool last)
{
    std::array<unsigned char, crypto_aead_chacha20poly1305_ietf_NPUBBYTES> n{};
    for (int i = 10; i >= 3; --i) {
        n[size_t(i)] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    n[11] = last ? 1 : 0;
    return n;
}

QByteArray base64(const QByteArray& data)
{
    const int variant = sodium_base64_VARIANT_ORIGINAL_NO_PADDING;
    QByteArray out(qsizetype(sodium_base64_ENCODED_LEN(size_t(data.size()), variant)), Qt::Uninitialized);
    sodium_bin2base64(out.data(), size_t(out.size()), bytes(data), size_t(data.size()), variant);
    out.chop(1); // the terminating NUL
    return out;
}

std::optional<QByteArray> unbase64(const QByteArray& text)
{
    QByteArray out(text.size() * 3 / 4 + 1, Qt::Uninitialized);
    size_t n = 0;
    const char* end = nullptr;
    if (sodium_base642bin(bytes(out), size_t(out.size()), text.constData(), size_t(text.size()), nullptr, &n,
                          &end, sodium_base64_VARIANT_ORIGINAL_NO_PADDING) != 0 ||
        end != text.constData() + text.size())
        return std::nullopt;
    out.truncate(qsizetype(n));
    return out;
}

QByteArray wrapBody(const QByteArray& body)
{
    const QByteArray b64 = base64(body);
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += kColumns)
        out += b64.mid(i, kColumns) + '\n';
    if (b64.size() % kColumns == 0) // the last line must be shorter than 64 columns, so maybe empty
        out += '\n';
    return out;
}

std::optional<QByteArray> scryptKey(const QString& passphrase, const QByteArray& salt, int logN)
{
    QByteArray pass = passphrase.toUtf8(); // this copy of the passphrase is wiped when done
    const QByteArray fullSalt = QByteArray(kScryptLabel) + salt;
    QByteArray key(32, Qt::Uninitialized);
    const int r = crypto_pwhash_scryptsalsa208sha256_ll(bytes(pass), size_t(pass.size()), bytes(fullSalt),
                                                        size_t(fullSalt.size()), quint64(1) << logN, 8, 1,
                                                        bytes(key), size_t(key.size()));
    sodium_memzero(pass.data(), size_t(pass.size()));
    if (r != 0)
        return std::nullopt;
    return key;
}

// --- Bech32 (BIP 173) -----------------------------------------------------------------------------------

quint32 polymod(const QByteArray& values)
{
    static constexpr quint32 kGen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 chk = 1;
    for (const char c : values) {
        const quint32 top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ quint32(quint8(c));
        for (int i = 0; i < 5; ++i)
            if ((top >> i) & 1)
                chk ^= kGen[i];
    }
    return chk;
}

QByteArray hrpExpand(const QByteArray& hrp)
{
    QByteArray out;
    for (const char c : hrp)
        out += char(quint8(c) >> 5);
    out += char(0);
    for (const char c : hrp)
        out += char(quint8(c) & 31);
    return out;
}

std::optional<QByteArray> convertBits(const QByteArray& in, int from, int to, bool pad)
{
    quint32 acc = 0;
    int bits = 0;
    QByteArray out;
    const quint32 maxv = (1u << to) - 1;
    for (const char c : in) {
        const quint32 v = quint8(c);
        if (v >> from)
            return std::nullopt;
        acc = (acc << from) | v;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out += char((acc >> bits) & maxv);
        }
    }
    if (pad) {
        if (bits > 0)
            out += char((acc << (to - bits)) & maxv);
    } else if (bits >= from || ((acc << (to - bits)) & maxv) != 0) {
        return std::nullopt;
    }
    return out;
}

} // namespace lethe::agecrypto
