#include "Minisign.h"

#include <QList>

#include <sodium.h>

#include <optional>

namespace lethe {

namespace {

// The layout minisign reads and writes (src/minisign.h in jedisct1/minisign).
constexpr qsizetype kKeyIdBytes = 8;
constexpr qsizetype kPublicKeyBytes = crypto_sign_PUBLICKEYBYTES; // 32
constexpr qsizetype kSecretKeyBytes = crypto_sign_SECRETKEYBYTES; // 64
constexpr qsizetype kSignatureBytes = crypto_sign_BYTES;          // 64
constexpr qsizetype kPrehashBytes = crypto_generichash_BYTES_MAX; // 64: BLAKE2b-512
const QByteArray kAlgorithm = QByteArrayLiteral("Ed");       // keys, and legacy signatures of the data itself
const QByteArray kAlgorithmHashed = QByteArrayLiteral("ED"); // signatures of the BLAKE2b-512 of the data
const QByteArray kCommentPrefix = QByteArrayLiteral("untrusted comment: ");
const QByteArray kTrustedCommentPrefix = QByteArrayLiteral("trusted comment: ");
const QByteArray kSecretPrefix = QByteArrayLiteral("minisign-ed25519:");
// minisign reads a comment line with fgets into 1024 (untrusted) or 8192 (trusted) bytes, which must hold the
// prefix, the comment, the newline and a NUL; a longer line would be split and the file misread.
const qsizetype kMaxCommentBytes = 1024 - kCommentPrefix.size() - 2;               // 1003
const qsizetype kMaxTrustedCommentBytes = 8192 - kTrustedCommentPrefix.size() - 2; // 8173
const QString kDefaultUntrustedComment = QStringLiteral("signature from minisign secret key");

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

unsigned char* bytes(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}

std::optional<Error> sodiumUnavailable()
{
    static const bool ready = sodium_init() >= 0;
    if (ready)
        return std::nullopt;
    return makeError(Error::Code::Unavailable,
                     Minisign::tr("The cryptography library (libsodium) could not be initialised."));
}

// Exactly `size` bytes of standard, padded base64 (what libsodium's sodium_base642bin accepts), or nothing.
std::optional<QByteArray> decodeBase64(const QByteArray& text, qsizetype size)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return std::nullopt;
    return decoded.decoded;
}

// The lines of a text file without their "\n" or "\r\n", as minisign's trim() leaves them.
QList<QByteArray> lines(const QByteArray& text)
{
    QList<QByteArray> out = text.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    for (QByteArray& line : out)
        if (line.endsWith('\r'))
            line.chop(1);
    return out;
}

enum class Comment
{
    PublicKey,
    Untrusted,
    Trusted,
};

// A comment minisign can read back: one line, and short enough for its line buffers.
std::optional<Error> checkComment(const QString& comment, Comment which)
{
    const QByteArray utf8 = comment.toUtf8();
    const qsizetype maxBytes = which == Comment::Trusted ? kMaxTrustedCommentBytes : kMaxCommentBytes;
    if (utf8.contains('\n') || utf8.contains('\r') || utf8.contains('\0')) {
        QString message;
        switch (which) {
        case Comment::PublicKey:
            message = Minisign::tr("The public key's comment must be one line: it contains a line break or a "
                                   "NUL character.");
            break;
        case Comment::Untrusted:
            message =
                Minisign::tr("The untrusted comment must be one line: it contains a line break or a NUL "
                             "character.");
            break;
        case Comment::Trusted:
            message = Minisign::tr("The trusted comment must be one line: it contains a line break or a NUL "
                                   "character.");
            break;
        }
        return makeError(Error::Code::InvalidInput, message);
    }
    if (utf8.size() > maxBytes) {
        QString message;
        switch (which) {
        case Comment::PublicKey:
            message = Minisign::tr("The public key's comment is %1 bytes long; minisign reads at most %2.");
            break;
        case Comment::Untrusted:
            message = Minisign::tr("The untrusted comment is %1 bytes long; minisign reads at most %2.");
            break;
        case Comment::Trusted:
            message = Minisign::tr("The trusted comment is %1 bytes long; minisign reads at most %2.");
            break;
        }
        return makeError(Error::Code::InvalidInput, message.arg(utf8.size()).arg(maxBytes));
    }
    return std::nullopt;
}

std::optional<Error> checkPublicKey(const MinisignKey& key)
{
    if (key.keyId.size() != kKeyIdBytes || key.publicKey.size() != kPublicKeyBytes)
        return makeError(Error::Code::InvalidInput,
                         Minisign::tr("Not a minisign public key: the key id must be %1 bytes and the key %2 "
                                      "bytes, not %3 and %4.")
                             .arg(kKeyIdBytes)
                             .arg(kPublicKeyBytes)
                             .arg(key.keyId.size())
                             .arg(key.publicKey.size()));
    return std::nullopt;
}

std::optional<Error> checkSecretKey(const MinisignKey& key)
{
    if (auto error = checkPublicKey(key))
        return error;
    if (key.secretKey.size() != kSecretKeyBytes)
        return makeError(Error::Code::InvalidInput,
                         Minisign::tr("No usable secret key: it must be %1 bytes, not %2.")
                             .arg(kSecretKeyBytes)
                             .arg(key.secretKey.size()));
    // libsodium's secret key is the seed followed by the public key; deriving it again catches a damaged key
    // before it signs anything that nobody could verify.
    QByteArray publicKey(kPublicKeyBytes, Qt::Uninitialized);
    QByteArray secretKey(kSecretKeyBytes, Qt::Uninitialized);
    crypto_sign_seed_keypair(bytes(publicKey), bytes(secretKey), bytes(key.secretKey));
    const bool consistent = sodium_memcmp(bytes(secretKey), bytes(key.secretKey), kSecretKeyBytes) == 0 &&
                            publicKey == key.publicKey;
    sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    if (!consistent)
        return makeError(Error::Code::InvalidInput,
                         Minisign::tr("The signing key %1 is damaged: its secret part does not belong to its "
                                      "public key.")
                             .arg(Minisign::keyIdHex(key.keyId)));
    return std::nullopt;
}

QByteArray signDetached(const QByteArray& message, const QByteArray& secretKey)
{
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), quint64(message.size()),
                         bytes(secretKey));
    return signature;
}

bool verifyDetached(const QByteArray& signature, const QByteArray& message, const QByteArray& publicKey)
{
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()),
                                       bytes(publicKey)) == 0;
}

QByteArray blake2b512(const QByteArray& data)
{
    QByteArray hash(kPrehashBytes, Qt::Uninitialized);
    crypto_generichash(bytes(hash), size_t(hash.size()), bytes(data), quint64(data.size()), nullptr, 0);
    return hash;
}

Error malformed(const QString& detail)
{
    return makeError(Error::Code::InvalidInput,
                     Minisign::tr("The signature file is malformed: %1").arg(detail));
}

} // namespace

Result<MinisignKey> Minisign::generate()
{
    if (auto error = sodiumUnavailable())
        return *error;
    MinisignKey key;
    key.keyId = QByteArray(kKeyIdBytes, Qt::Uninitialized);
    key.publicKey = QByteArray(kPublicKeyBytes, Qt::Uninitialized);
    key.secretKey = QByteArray(kSecretKeyBytes, Qt::Uninitialized);
    randombytes_buf(key.keyId.data(), size_t(kKeyIdBytes));
    crypto_sign_keypair(bytes(key.publicKey), bytes(key.secretKey));
    return key;
}

QString Minisign::keyIdHex(const QByteArray& keyId)
{
    // minisign prints le64_load(keynum) with PRIX64.
    quint64 n = 0;
    for (qsizetype i = qMin(keyId.size(), kKeyIdBytes) - 1; i >= 0; --i)
        n = (n << 8) | quint8(keyId.at(i));
    return QString::number(n, 16).toUpper();
}

Result<QByteArray> Minisign::publicKeyFile(const MinisignKey& key, const QString& comment)
{
    if (auto error = checkPublicKey(key))
        return *error;
    const QString text =
        comment.isEmpty() ? QStringLiteral("minisign public key %1").arg(keyIdHex(key.keyId)) : comment;
    if (auto error = checkComment(text, Comment::PublicKey))
        return *error;
    return kCommentPrefix + text.toUtf8() + '\n' + (kAlgorithm + key.keyId + key.publicKey).toBase64() + '\n';
}

Result<MinisignKey> Minisign::parsePublicKey(const QByteArray& text)
{
    QList<QByteArray> all = lines(text.trimmed());
    QByteArray line;
    if (all.size() == 1) {
        line = all.first();
    } else if (all.size() >= 2 && all.first().startsWith(kCommentPrefix)) {
        line = all.at(1);
    } else {
        return makeError(
            Error::Code::InvalidInput,
            tr("Not a minisign public key: expected an \"untrusted comment:\" line followed by the "
               "key, or the key's base64 line alone."));
    }
    const auto decoded = decodeBase64(line.trimmed(), kAlgorithm.size() + kKeyIdBytes + kPublicKeyBytes);
    if (!decoded)
        return makeError(Error::Code::InvalidInput,
                         tr("Not a minisign public key: the key line must be the base64 of %1 bytes.")
                             .arg(kAlgorithm.size() + kKeyIdBytes + kPublicKeyBytes));
    if (!decoded->startsWith(kAlgorithm))
        return makeError(
            Error::Code::Unsupported,
            tr("Unsupported public key algorithm (bytes %1): minisign keys start with \"Ed\" (Ed25519).")
                .arg(QString::fromLatin1(decoded->left(2).toHex())));
    MinisignKey key;
    key.keyId = decoded->mid(kAlgorithm.size(), kKeyIdBytes);
    key.publicKey = decoded->mid(kAlgorithm.size() + kKeyIdBytes);
    return key;
}

Result<QString> Minisign::serializeSecret(const MinisignKey& key)
{
    if (auto error = sodiumUnavailable())
        return *error;
    if (auto error = checkSecretKey(key))
        return *error;
    return QString::fromLatin1(kSecretPrefix + (key.keyId + key.secretKey).toBase64());
}

Result<MinisignKey> Minisign::parseSecret(const QString& text)
{
    if (auto error = sodiumUnavailable())
        return *error;
    const QByteArray latin = text.trimmed().toLatin1();
    if (!latin.startsWith(kSecretPrefix))
        return makeError(Error::Code::InvalidInput,
                         tr("The stored signing key is not one Lethe wrote: it does not start with \"%1\".")
                             .arg(QString::fromLatin1(kSecretPrefix)));
    const auto decoded = decodeBase64(latin.mid(kSecretPrefix.size()), kKeyIdBytes + kSecretKeyBytes);
    if (!decoded)
        return makeError(
            Error::Code::InvalidInput,
            tr("The stored signing key is damaged: expected the base64 of %1 bytes after \"%2\".")
                .arg(kKeyIdBytes + kSecretKeyBytes)
                .arg(QString::fromLatin1(kSecretPrefix)));
    MinisignKey key;
    key.keyId = decoded->left(kKeyIdBytes);
    key.secretKey = decoded->mid(kKeyIdBytes);
    key.publicKey = key.secretKey.mid(kSecretKeyBytes - kPublicKeyBytes);
    if (auto error = checkSecretKey(key))
        return *error;
    return key;
}

Result<QByteArray> Minisign::sign(const MinisignKey& key, const QByteArray& data,
                                  const QString& trustedComment, const QString& untrustedComment)
{
    if (auto error = sodiumUnavailable())
        return *error;
    if (auto error = checkSecretKey(key))
        return *error;
    const QString untrusted = untrustedComment.isEmpty() ? kDefaultUntrustedComment : untrustedComment;
    if (auto error = checkComment(untrusted, Comment::Untrusted))
        return *error;
    if (auto error = checkComment(trustedComment, Comment::Trusted))
        return *error;
    const QByteArray trusted = trustedComment.toUtf8();

    const QByteArray signature = signDetached(blake2b512(data), key.secretKey);
    // The global signature binds the trusted comment to this signature.
    const QByteArray globalSignature = signDetached(signature + trusted, key.secretKey);
    return kCommentPrefix + untrusted.toUtf8() + '\n' +
           (kAlgorithmHashed + key.keyId + signature).toBase64() + '\n' + kTrustedCommentPrefix + trusted +
           '\n' + globalSignature.toBase64() + '\n';
}

Result<QByteArray> Minisign::signatureKeyId(const QByteArray& sigText)
{
    const QList<QByteArray> all = lines(sigText);
    const auto sigStruct =
        decodeBase64(all.value(1), kAlgorithmHashed.size() + kKeyIdBytes + kSignatureBytes);
    if (all.size() < 4 || !sigStruct)
        return malformed(tr("line 2 must be the base64 of the algorithm, the key id and the signature."));
    return sigStruct->mid(kAlgorithmHashed.size(), kKeyIdBytes);
}

Result<QString> Minisign::verify(const MinisignKey& publicKey, const QByteArray& data,
                                 const QByteArray& sigText)
{
    if (auto error = sodiumUnavailable())
        return *error;
    if (auto error = checkPublicKey(publicKey))
        return *error;

    const QList<QByteArray> all = lines(sigText);
    if (all.size() < 4)
        return malformed(tr("it has %1 lines; a minisign signature has 4 (untrusted comment, signature, "
                            "trusted comment, comment signature).")
                             .arg(all.size()));
    if (!all.at(0).startsWith(kCommentPrefix))
        return malformed(tr("line 1 must start with \"%1\".").arg(QString::fromLatin1(kCommentPrefix)));
    const qsizetype structBytes = kAlgorithmHashed.size() + kKeyIdBytes + kSignatureBytes;
    const auto sigStruct = decodeBase64(all.at(1), structBytes);
    if (!sigStruct)
        return malformed(
            tr("line 2 must be the base64 of %1 bytes (algorithm, key id, signature).").arg(structBytes));
    const QByteArray algorithm = sigStruct->left(2);
    if (algorithm != kAlgorithmHashed && algorithm != kAlgorithm)
        return malformed(
            tr("unknown signature algorithm (bytes %1); minisign writes \"ED\" or, formerly, \"Ed\".")
                .arg(QString::fromLatin1(algorithm.toHex())));
    if (!all.at(2).startsWith(kTrustedCommentPrefix))
        return malformed(
            tr("line 3 must start with \"%1\".").arg(QString::fromLatin1(kTrustedCommentPrefix)));
    const QByteArray trusted = all.at(2).mid(kTrustedCommentPrefix.size());
    const auto globalSignature = decodeBase64(all.at(3), kSignatureBytes);
    if (!globalSignature)
        return malformed(
            tr("line 4 must be the base64 of the %1-byte comment signature.").arg(kSignatureBytes));

    const QByteArray keyId = sigStruct->mid(2, kKeyIdBytes);
    if (keyId != publicKey.keyId)
        return makeError(Error::Code::InvalidInput,
                         tr("The signature was made with key %1, but the public key is %2: it was signed by "
                            "another key.")
                             .arg(keyIdHex(keyId), keyIdHex(publicKey.keyId)));

    const QByteArray signature = sigStruct->mid(2 + kKeyIdBytes);
    const QByteArray message = algorithm == kAlgorithmHashed ? blake2b512(data) : data;
    if (!verifyDetached(signature, message, publicKey.publicKey))
        return makeError(
            Error::Code::Tampered,
            tr("The signature does not match the data: the data was changed after it was signed, "
               "or the signature belongs to other data."));
    if (!verifyDetached(*globalSignature, signature + trusted, publicKey.publicKey))
        return makeError(Error::Code::Tampered,
                         tr("The trusted comment was changed after signing: its signature does not match."));
    return QString::fromUtf8(trusted);
}

} // namespace lethe
