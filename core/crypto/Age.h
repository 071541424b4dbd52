#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace lethe {

// age v1 (https://age-encryption.org/v1), the format the `age` tool reads and writes, on libsodium alone:
// a header of recipient stanzas (one scrypt stanza for a passphrase, or X25519 stanzas for `age1...` public
// keys), each wrapping the same random 16-byte file key; an HMAC-SHA-256 over the header; then the payload
// as ChaCha20-Poly1305 STREAM in 64 KiB chunks. Binary files only; armored (PEM) input is not read.
class Age
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Age)
public:
    static constexpr qsizetype kChunkSize = 64 * 1024;
    static constexpr int kDefaultWorkFactor = 18; // scrypt log2(N), as age -p uses
    static constexpr int kMaxWorkFactor = 22;     // what age itself accepts when decrypting

    struct Encryption
    {
        QString passphrase;     // an scrypt stanza; age allows no other stanza beside it
        QStringList recipients; // age1... public keys
        int workFactor = kDefaultWorkFactor;
        bool isSet() const { return !passphrase.isEmpty() || !recipients.isEmpty(); }
    };
    struct Decryption
    {
        QString passphrase;
        QStringList identities; // AGE-SECRET-KEY-1... keys (not file names: see readIdentityFile)
        int maxWorkFactor = kMaxWorkFactor;
        bool isSet() const { return !passphrase.isEmpty() || !identities.isEmpty(); }
    };
    struct KeyPair
    {
        QString identity;  // AGE-SECRET-KEY-1...
        QString recipient; // age1...
    };

    // Whether an encryption can be made: a passphrase or recipients (not both), valid recipients, a work
    // factor age accepts. AgeEncryptor::begin checks the same; this lets a caller refuse before long work.
    static Status check(const Encryption& encryption);

    // Bech32 (BIP 173) without its 90-character limit, as age uses it. Encoding gives lower case; decoding
    // takes all-lower or all-upper text and returns the human-readable part in lower case.
    static QString bech32Encode(const QString& hrp, const QByteArray& data);
    struct Bech32
    {
        QString hrp;
        QByteArray data;
    };
    static Result<Bech32> bech32Decode(const QString& text);

    // The 32-byte X25519 keys inside age1... recipients and AGE-SECRET-KEY-1... identities.
    static Result<QByteArray> parseRecipient(const QString& text);
    static Result<QByteArray> parseIdentity(const QString& text);
    static Result<KeyPair> generateKeyPair();
    // The age1... public key of an AGE-SECRET-KEY-1... identity (what `age-keygen -y` prints).
    static Result<QString> recipientOf(const QString& identity);

    // age's files: a recipients file has one age1... key a line, an identity file (age-keygen's output) one
    // AGE-SECRET-KEY-1... a line; both may have # comments and blank lines. Errors name the file and line.
    static Result<QStringList> readRecipientsFile(const QString& path);
    static Result<QStringList> readIdentityFile(const QString& path);
    // A passphrase file: its first line, without the line end. An empty passphrase is refused.
    static Result<QString> readPassphraseFile(const QString& path);

    // An encrypted bundle's name ends in .age, and only an encrypted one's: refused otherwise, naming the
    // file.
    static Status checkFileName(const QString& file, const Encryption& encryption);
    // Whether the file starts with age's header line (a binary age file).
    static bool looksEncrypted(const QString& path);

    // Whole files. The output appears only when complete: decryption never leaves plaintext of a chunk that
    // failed authentication, nor a partial file, under the output name.
    static Status encryptFile(const QString& in, const QString& out, const Encryption& encryption);
    static Status decryptFile(const QString& in, const QString& out, const Decryption& decryption);
};

// Encrypts a stream into `sink` (open for writing, owned by the caller): begin() writes the header, write()
// takes plaintext in any pieces and writes each 64 KiB chunk as soon as the next byte shows it is not the
// last, finish() writes the last chunk. Memory stays at one chunk.
class AgeEncryptor
{
    Q_DECLARE_TR_FUNCTIONS(lethe::AgeEncryptor)
public:
    explicit AgeEncryptor(QIODevice* sink);
    ~AgeEncryptor();
    AgeEncryptor(const AgeEncryptor&) = delete;
    AgeEncryptor& operator=(const AgeEncryptor&) = delete;

    Status begin(const Age::Encryption& encryption);
    Status write(const char* data, qint64 size);
    Status write(const QByteArray& bytes) { return write(bytes.constData(), bytes.size()); }
    Status finish();

private:
    Status seal(bool last);
    Status put(const QByteArray& bytes);

    QIODevice* m_sink;
    QByteArray m_key; // payload key
    QByteArray m_buffer;
    quint64 m_counter = 0;
    bool m_begun = false;
    bool m_finished = false;
};

// Decrypts a stream from `source` (open for reading, owned by the caller): open() reads the header, finds the
// file key with the passphrase or one of the identities and checks the header's MAC; read() gives plaintext
// that has been authenticated, chunk by chunk; an empty result with atEnd() means the whole file was read
// and authenticated. Errors: "wrong passphrase", "not encrypted to any of these keys", "truncated", "not an
// age file", "damaged (chunk N fails authentication)", each naming the file when the source is one.
class AgeDecryptor
{
    Q_DECLARE_TR_FUNCTIONS(lethe::AgeDecryptor)
public:
    explicit AgeDecryptor(QIODevice* source);
    ~AgeDecryptor();
    AgeDecryptor(const AgeDecryptor&) = delete;
    AgeDecryptor& operator=(const AgeDecryptor&) = delete;

    Status open(const Age::Decryption& decryption);
    Result<QByteArray> read(qint64 maxSize);
    bool atEnd() const { return m_end && m_plain.size() == m_offset; }

private:
    Error failure(const QString& what) const;
    Status nextChunk();
    QByteArray readUpTo(qint64 size);

    QIODevice* m_source;
    QString m_name;
    QByteArray m_key; // payload key
    QByteArray m_plain;
    qsizetype m_offset = 0;
    quint64 m_counter = 0;
    bool m_opened = false;
    bool m_end = false;
    std::optional<Error> m_error;
};

} // namespace lethe
