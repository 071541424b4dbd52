#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lethe {

// An Ed25519 key pair as minisign knows it. A public key alone has an empty secretKey.
struct MinisignKey
{
    QByteArray keyId;     // 8 random bytes naming the key; minisign shows them as a little-endian hex number
    QByteArray publicKey; // 32 bytes
    QByteArray
        secretKey; // 64 bytes, libsodium's Ed25519 secret key (seed + public key); empty for a public key

    bool hasSecret() const { return !secretKey.isEmpty(); }
    bool operator==(const MinisignKey& other) const
    {
        return keyId == other.keyId && publicKey == other.publicKey;
    }
};

// Signatures that the minisign tool (https://jedisct1.github.io/minisign/) accepts, and minisign's signatures
// checked without it: the signed export bundles are verified by the recipient with
// `minisign -Vm SHA256SUMS -p key.pub`. Files are returned and taken as their exact bytes (UTF-8 text).
class Minisign
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Minisign)
public:
    static Result<MinisignKey> generate();

    // The key id as minisign prints it ("Signature key id ... is 9F3C..."): a hex number, upper case.
    static QString keyIdHex(const QByteArray& keyId);

    // A .pub file: "untrusted comment: <comment>\n<base64 of "Ed" + key id + public key>\n". An empty comment
    // becomes minisign's own, "minisign public key <key id>".
    static Result<QByteArray> publicKeyFile(const MinisignKey& key, const QString& comment = {});
    // A .pub file's text or only its base64 line (what `minisign -P` takes).
    static Result<MinisignKey> parsePublicKey(const QByteArray& text);

    // The secret key for the OS keychain, never for a file: "minisign-ed25519:" + base64(key id + secret
    // key).
    static Result<QString> serializeSecret(const MinisignKey& key);
    static Result<MinisignKey> parseSecret(const QString& text);

    // A .minisig file for `data`, prehashed ("ED": Ed25519 over BLAKE2b-512 of the data, as minisign signs by
    // default). The trusted comment is signed too (minisign's own holds "timestamp:<unix
    // time>\tfile:<name>"); the untrusted one is not, and defaults to minisign's "signature from minisign
    // secret key".
    static Result<QByteArray> sign(const MinisignKey& key, const QByteArray& data,
                                   const QString& trustedComment, const QString& untrustedComment = {});
    // Checks a .minisig file (prehashed "ED" or legacy "Ed") against the data and returns its trusted
    // comment. Errors: InvalidInput for a malformed file or a signature by another key, Tampered when the
    // data or the trusted comment changed after signing.
    static Result<QString> verify(const MinisignKey& publicKey, const QByteArray& data,
                                  const QByteArray& sigText);
    // The id of the key that made a .minisig file, without checking the signature: which key to check it
    // with.
    static Result<QByteArray> signatureKeyId(const QByteArray& sigText);
};

} // namespace lethe
