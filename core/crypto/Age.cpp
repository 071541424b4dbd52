#include "Age.h"

#include "AgeCrypto.h"

#include <QFile>
#include <QFileDevice>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

namespace lethe {

namespace {

using namespace agecrypto;

} // namespace

// --- Age ----------------------------------------------------------------------------------------------

QString Age::bech32Encode(const QString& hrp, const QByteArray& data)
{
    const QByteArray h = hrp.toLower().toLatin1();
    const QByteArray values = *convertBits(data, 8, 5, true);
    const quint32 mod = polymod(hrpExpand(h) + values + QByteArray(6, 0)) ^ 1;
    QByteArray out = h + '1';
    for (const char v : values)
        out += kBech32Charset[quint8(v)];
    for (int i = 0; i < 6; ++i)
        out += kBech32Charset[(mod >> (5 * (5 - i))) & 31];
    return QString::fromLatin1(out);
}

Status Age::check(const Encryption& e)
{
    if (!e.passphrase.isEmpty() && !e.recipients.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("A passphrase and recipients cannot be combined: age allows a passphrase only on "
                            "its own. Give either a passphrase or one or more recipients."));
    if (!e.isSet())
        return makeError(Error::Code::InvalidInput, tr("Encryption needs a passphrase or a recipient."));
    if (e.workFactor < 1 || e.workFactor > Age::kMaxWorkFactor)
        return makeError(
            Error::Code::InvalidInput,
            tr("The scrypt work factor %1 is outside 1 to %2.").arg(e.workFactor).arg(Age::kMaxWorkFactor));
    for (const QString& r : e.recipients)
        if (auto k = parseRecipient(r); !k)
            return k.error();
    return {};
}

Result<Age::Bech32> Age::bech32Decode(const QString& text)
{
    bool lower = false, upper = false;
    for (const QChar c : text) {
        if (c.unicode() < 33 || c.unicode() > 126)
            return makeError(Error::Code::InvalidInput, tr("it has a character Bech32 does not allow"));
        lower |= c.isLower();
        upper |= c.isUpper();
    }
    if (lower && upper)
        return makeError(Error::Code::InvalidInput, tr("it mixes upper and lower case"));
    const QByteArray s = text.toLower().toLatin1();
    const qsizetype sep = s.lastIndexOf('1');
    if (sep < 1 || sep + 7 > s.size())
        return makeError(Error::Code::InvalidInput, tr("it is too short or has no separator"));
    QByteArray values;
    for (qsizetype i = sep + 1; i < s.size(); ++i) {
        const char* p = std::strchr(kBech32Charset, s[i]);
        if (!p || !*p)
            return makeError(Error::Code::InvalidInput,
                             tr("\"%1\" is not a Bech32 character").arg(QLatin1Char(s[i])));
        values += char(p - kBech32Charset);
    }
    const QByteArray hrp = s.left(sep);
    if (polymod(hrpExpand(hrp) + values) != 1)
        return makeError(Error::Code::InvalidInput, tr("its checksum is wrong (a typing error?)"));
    auto data = convertBits(values.chopped(6), 5, 8, false);
    if (!data)
        return makeError(Error::Code::InvalidInput, tr("it has invalid padding"));
    return Bech32{QString::fromLatin1(hrp), *data};
}

Result<QByteArray> Age::parseRecipient(const QString& text)
{
    if (text.startsWith(QLatin1String("AGE-SECRET-KEY-"), Qt::CaseInsensitive)) // not repeated: it is secret
        return makeError(
            Error::Code::InvalidInput,
            tr("this is a secret key (AGE-SECRET-KEY-1...), not a recipient; give its public key "
               "(age-keygen -y prints it), and keep the secret key private."));
    auto b = bech32Decode(text);
    if (!b)
        return makeError(Error::Code::InvalidInput,
                         tr("\"%1\" is not a valid age recipient: %2.").arg(text, b.error().message));
    if (b->hrp != QLatin1String("age") || b->data.size() != crypto_scalarmult_BYTES)
        return makeError(Error::Code::InvalidInput,
                         tr("\"%1\" is not an age X25519 recipient (age1...).").arg(text));
    return b->data;
}

Result<QByteArray> Age::parseIdentity(const QString& text)
{
    // Never repeated in a message: it is a secret key.
    auto b = bech32Decode(text);
    if (!b)
        return makeError(Error::Code::InvalidInput,
                         tr("not a valid age identity: %1.").arg(b.error().message));
    if (b->hrp != QLatin1String("age-secret-key-") || b->data.size() != crypto_scalarmult_SCALARBYTES)
        return makeError(Error::Code::InvalidInput, tr("not an age X25519 identity (AGE-SECRET-KEY-1...)."));
    return b->data;
}

Result<QString> Age::recipientOf(const QString& identity)
{
    if (!sodiumReady())
        return noSodium();
    auto parsed = parseIdentity(identity);
    if (!parsed)
        return parsed.error();
    QByteArray secret = *parsed;
    QByteArray pub(crypto_scalarmult_BYTES, Qt::Uninitialized);
    crypto_scalarmult_base(bytes(pub), bytes(secret));
    sodium_memzero(secret.data(), size_t(secret.size()));
    return bech32Encode(QStringLiteral("age"), pub);
}

Result<Age::KeyPair> Age::generateKeyPair()
{
    if (!sodiumReady())
        return noSodium();
    QByteArray secret = randomBytes(crypto_scalarmult_SCALARBYTES);
    QByteArray pub(crypto_scalarmult_BYTES, Qt::Uninitialized);
    crypto_scalarmult_base(bytes(pub), bytes(secret));
    KeyPair k{bech32Encode(QStringLiteral("age-secret-key-"), secret).toUpper(),
              bech32Encode(QStringLiteral("age"), pub)};
    sodium_memzero(secret.data(), size_t(secret.size()));
    return k;
}

namespace {

Result<QList<QPair<int, QString>>> meaningfulLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound,
                         Age::tr("%1: cannot read the file (%2).").arg(path, f.errorString()));
    if (f.size() > (16 << 20))
        return makeError(Error::Code::InvalidInput, Age::tr("%1: too large for a key file.").arg(path));
    QList<QPair<int, QString>> lines;
    int number = 0;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        lines.append({number, line});
    }
    return lines;
}

} // namespace

Result<QStringList> Age::readRecipientsFile(const QString& path)
{
    auto lines = meaningfulLines(path);
    if (!lines)
        return lines.error();
    QStringList out;
    for (const auto& [number, line] : *lines) {
        if (auto r = parseRecipient(line); !r)
            return makeError(Error::Code::InvalidInput,
                             tr("%1, line %2: %3").arg(path).arg(number).arg(r.error().message));
        out << line;
    }
    if (out.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("%1: no recipients in the file.").arg(path));
    return out;
}

Result<QStringList> Age::readIdentityFile(const QString& path)
{
    auto lines = meaningfulLines(path);
    if (!lines)
        return lines.error();
    QStringList out;
    for (const auto& [number, line] : *lines) {
        if (auto r = parseIdentity(line); !r)
            return makeError(Error::Code::InvalidInput,
                             tr("%1, line %2: %3").arg(path).arg(number).arg(r.error().message));
        out << line;
    }
    if (out.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("%1: no identities (AGE-SECRET-KEY-1...) in the file.").arg(path));
    return out;
}

Result<QString> Age::readPassphraseFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound,
                         tr("%1: cannot read the passphrase file (%2).").arg(path, f.errorString()));
    QByteArray line = f.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("%1: the first line is empty; a passphrase is needed.").arg(path));
    QString pass = QString::fromUtf8(line);
    sodium_memzero(line.data(), size_t(line.size()));
    return pass;
}

Status Age::checkFileName(const QString& file, const Encryption& encryption)
{
    const bool ageName = file.endsWith(QLatin1String(".age"), Qt::CaseInsensitive);
    if (encryption.isSet() && !ageName)
        return makeError(Error::Code::InvalidInput,
                         tr("An encrypted bundle's name must end in .age (for example %1.age).").arg(file));
    if (!encryption.isSet() && ageName)
        return makeError(Error::Code::InvalidInput,
                         tr("%1 ends in .age, but nothing was given to encrypt it with.").arg(file));
    return {};
}

bool Age::looksEncrypted(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(kIntroSize) == QByteArray(kIntro);
}

Status Age::encryptFile(const QString& in, const QString& out, const Encryption& encryption)
{
    QFile source(in);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, tr("%1: cannot read (%2).").arg(in, source.errorString()));
    QSaveFile sink(out);
    if (!sink.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, tr("%1: cannot write (%2).").arg(out, sink.errorString()));
    AgeEncryptor enc(&sink);
    if (Status s = enc.begin(encryption); !s)
        return s;
    QByteArray buffer(kChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(Error::Code::Storage, tr("%1: cannot read (%2).").arg(in, source.errorString()));
        if (n == 0)
            break;
        if (Status s = enc.write(buffer.constData(), n); !s)
            return s;
    }
    if (Status s = enc.finish(); !s)
        return s;
    if (!sink.commit())
        return makeError(Error::Code::Storage, tr("%1: cannot write (%2).").arg(out, sink.errorString()));
    return {};
}

Status Age::decryptFile(const QString& in, const QString& out, const Decryption& decryption)
{
    QFile source(in);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, tr("%1: cannot read (%2).").arg(in, source.errorString()));
    AgeDecryptor dec(&source);
    if (Status s = dec.open(decryption); !s)
        return s;
    // QSaveFile: the output appears under its name only after the last chunk was authenticated.
    QSaveFile sink(out);
    if (!sink.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, tr("%1: cannot write (%2).").arg(out, sink.errorString()));
    for (;;) {
        auto piece = dec.read(kChunkSize);
        if (!piece) {
            sink.cancelWriting();
            return piece.error();
        }
        if (piece->isEmpty())
            break;
        if (sink.write(*piece) != piece->size())
            return makeError(Error::Code::Storage, tr("%1: cannot write (%2).").arg(out, sink.errorString()));
    }
    if (!sink.commit())
        return makeError(Error::Code::Storage, tr("%1: cannot write (%2).").arg(out, sink.errorString()));
    return {};
}

// --- AgeEncryptor -------------------------------------------------------------------------------------

AgeEncryptor::AgeEncryptor(QIODevice* sink) : m_sink(sink) {}

AgeEncryptor::~AgeEncryptor()
{
    sodium_memzero(m_key.data(), size_t(m_key.size()));
    sodium_memzero(m_buffer.data(), size_t(m_buffer.size()));
}

Status AgeEncryptor::put(const QByteArray& b)
{
    if (m_sink->write(b) != b.size())
        return makeError(Error::Code::Storage,
                         tr("Cannot write the encrypted file: %1.").arg(m_sink->errorString()));
    return {};
}

Status AgeEncryptor::begin(const Age::Encryption& e)
{
    if (!sodiumReady())
        return noSodium();
    if (m_begun)
        return makeError(Error::Code::IllegalState, tr("The encryption has begun already."));
    if (Status s = Age::check(e); !s)
        return s;
    QList<QByteArray> keys;
    for (const QString& r : e.recipients) {
        auto k = Age::parseRecipient(r);
        if (!k)
            return k.error();
        keys << *k;
    }

    QByteArray fileKey = randomBytes(kFileKeySize);
    QByteArray header(kIntro);
    for (const QByteArray& recipient : std::as_const(keys)) {
        QByteArray ephemeral = randomBytes(crypto_scalarmult_SCALARBYTES);
        QByteArray share(crypto_scalarmult_BYTES, Qt::Uninitialized), shared(crypto_scalarmult_BYTES, 0);
        crypto_scalarmult_base(bytes(share), bytes(ephemeral));
        const bool lowOrder = crypto_scalarmult(bytes(shared), bytes(ephemeral), bytes(recipient)) != 0;
        sodium_memzero(ephemeral.data(), size_t(ephemeral.size()));
        if (lowOrder)
            return makeError(Error::Code::InvalidInput,
                             tr("The recipient %1 is not a usable key (a low-order point).")
                                 .arg(Age::bech32Encode(QStringLiteral("age"), recipient)));
        const QByteArray wrapKey = hkdf(shared, share + recipient, kX25519Label);
        sodium_memzero(shared.data(), size_t(shared.size()));
        header += "-> X25519 " + base64(share) + '\n' +
                  wrapBody(aeadSeal(wrapKey, kZeroNonce.data(), fileKey.constData(), fileKey.size()));
    }
    if (!e.passphrase.isEmpty()) {
        const QByteArray salt = randomBytes(16);
        auto key = scryptKey(e.passphrase, salt, e.workFactor);
        if (!key)
            return makeError(Error::Code::Unavailable,
                             tr("scrypt failed (not enough memory for work factor %1?).").arg(e.workFactor));
        header += "-> scrypt " + base64(salt) + ' ' + QByteArray::number(e.workFactor) + '\n' +
                  wrapBody(aeadSeal(*key, kZeroNonce.data(), fileKey.constData(), fileKey.size()));
    }
    header += "---";
    const QByteArray mac = hmacSha256(hkdf(fileKey, {}, "header"), header);
    header += ' ' + base64(mac) + '\n';
    const QByteArray nonce = randomBytes(kNonceSize);
    m_key = hkdf(fileKey, nonce, "payload");
    sodium_memzero(fileKey.data(), size_t(fileKey.size()));
    m_begun = true;
    return put(header + nonce);
}

Status AgeEncryptor::seal(bool last)
{
    const qsizetype n = last ? m_buffer.size() : Age::kChunkSize;
    const auto nonce = streamNonce(m_counter++, last);
    const Status s = put(aeadSeal(m_key, nonce.data(), m_buffer.constData(), n));
    m_buffer.remove(0, n);
    return s;
}

Status AgeEncryptor::write(const char* data, qint64 size)
{
    if (!m_begun || m_finished)
        return makeError(Error::Code::IllegalState, tr("The encryption is not open for writing."));
    while (size > 0) {
        // A full chunk is sealed only when a byte beyond it arrives: the last chunk needs its flag.
        const qint64 take = qMin<qint64>(size, Age::kChunkSize + 1 - m_buffer.size());
        m_buffer.append(data, take);
        data += take;
        size -= take;
        if (m_buffer.size() > Age::kChunkSize)
            if (Status s = seal(false); !s)
                return s;
    }
    return {};
}

Status AgeEncryptor::finish()
{
    if (!m_begun || m_finished)
        return makeError(Error::Code::IllegalState, tr("The encryption is not open for writing."));
    m_finished = true;
    return seal(true); // empty only when the whole payload is
}

// --- AgeDecryptor -------------------------------------------------------------------------------------

AgeDecryptor::AgeDecryptor(QIODevice* source) : m_source(source)
{
    if (auto* f = qobject_cast<QFileDevice*>(source))
        m_name = f->fileName();
}

AgeDecryptor::~AgeDecryptor()
{
    sodium_memzero(m_key.data(), size_t(m_key.size()));
    sodium_memzero(m_plain.data(), size_t(m_plain.size()));
}

Error AgeDecryptor::failure(const QString& what) const
{
    return makeError(Error::Code::InvalidInput, m_name.isEmpty() ? what : tr("%1: %2").arg(m_name, what));
}

QByteArray AgeDecryptor::readUpTo(qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    qint64 got = 0;
    while (got < size) {
        const qint64 n = m_source->read(out.data() + got, size - got);
        if (n > 0) {
            got += n;
            continue;
        }
        if (n == 0 && m_source->isSequential() && m_source->waitForReadyRead(-1))
            continue;
        break;
    }
    out.truncate(got);
    return out;
}

namespace {

struct Stanza
{
    QList<QByteArray> args;
    QByteArray body;
};

// An age header as read: its stanzas, its bytes up to "---" (what the MAC covers) and the MAC.
struct AgeHeader
{
    QList<Stanza> stanzas;
    QByteArray header{kIntro};
    QByteArray mac;
};

// The steps of AgeDecryptor::open. Each says why it failed, or returns an empty text.
struct AgeOpening
{
    Q_DECLARE_TR_FUNCTIONS(lethe::AgeDecryptor)
public:
    static QString readHeader(QIODevice* source, AgeHeader& h);
    static QString passphraseKey(const QList<Stanza>& stanzas, const Age::Decryption& d, QByteArray& fileKey);
    static QString identityKey(const QList<Stanza>& stanzas, const Age::Decryption& d, QByteArray& fileKey);
};

// The header, line by line; its bytes up to "---" are what the MAC covers.
QString AgeOpening::readHeader(QIODevice* source, AgeHeader& h)
{
    const QString truncated = tr("truncated (the age header is incomplete).");
    const QByteArray intro = source->readLine(kIntroSize + 1);
    if (intro != kIntro) {
        if (!intro.isEmpty() && QByteArray(kIntro).startsWith(intro) && !intro.endsWith('\n'))
            return truncated;
        if (intro.startsWith("-----BEGIN AGE"))
            return tr("an armored (text) age file; this program reads binary age files only (decrypt it "
                      "with age -d first).");
        return tr("not an age file (it does not start with \"age-encryption.org/v1\").");
    }
    QList<Stanza>& stanzas = h.stanzas;
    QByteArray& header = h.header;
    QByteArray& mac = h.mac;
    auto line = [&](QByteArray& l) -> bool {
        l = source->readLine(4096);
        header += l;
        if (!l.endsWith('\n'))
            return false;
        l.chop(1);
        return true;
    };
    for (;;) {
        if (header.size() > kMaxHeaderBytes)
            return tr("damaged (the age header is larger than %1 bytes).").arg(kMaxHeaderBytes);
        QByteArray l;
        if (!line(l))
            return l.size() >= 4095 ? tr("damaged (a line of the age header is too long).") : truncated;
        if (l.startsWith("--- ")) {
            header.chop(l.size() - 3 + 1); // the MAC covers the header up to and including "---"
            auto m = unbase64(l.mid(4));
            if (!m || m->size() != crypto_auth_hmacsha256_BYTES)
                return tr("damaged (the age header's MAC is malformed).");
            mac = *m;
            break;
        }
        if (!l.startsWith("-> "))
            return tr("damaged (the age header has a malformed line).");
        Stanza s;
        s.args = l.mid(3).split(' ');
        for (const QByteArray& a : std::as_const(s.args))
            if (a.isEmpty() || std::any_of(a.begin(), a.end(), [](char c) { return c < 33 || c > 126; }))
                return tr("damaged (an age header stanza has a malformed argument).");
        for (;;) {
            QByteArray b;
            if (!line(b))
                return truncated;
            auto decoded = unbase64(b);
            if (b.size() > kColumns || !decoded)
                return tr("damaged (an age header stanza has a malformed body).");
            s.body += *decoded;
            if (b.size() < kColumns)
                break;
        }
        stanzas << s;
    }
    return {};
}

// The file key from the passphrase (the header's only stanza is scrypt's).
QString AgeOpening::passphraseKey(const QList<Stanza>& stanzas, const Age::Decryption& d, QByteArray& fileKey)
{
    const Stanza& s = stanzas.first();
    if (d.passphrase.isEmpty())
        return tr("encrypted with a passphrase, not to a key; give the passphrase.");
    auto salt = s.args.size() == 3 ? unbase64(s.args[1]) : std::nullopt;
    bool numeric = false;
    const int logN = s.args.size() == 3 ? s.args[2].toInt(&numeric) : 0;
    if (!salt || salt->size() != 16 || !numeric || s.args[2].startsWith('0') || s.args[2].startsWith('+') ||
        logN < 1 || s.body.size() != kWrappedSize)
        return tr("damaged (the passphrase stanza is malformed).");
    if (logN > d.maxWorkFactor)
        return tr("its scrypt work factor 2^%1 is above the limit 2^%2: decrypting it would take too "
                  "long or too much memory; refused.")
            .arg(logN)
            .arg(d.maxWorkFactor);
    auto key = scryptKey(d.passphrase, *salt, logN);
    if (!key)
        return tr("scrypt failed (not enough memory for work factor %1?).").arg(logN);
    auto opened = aeadOpen(*key, kZeroNonce.data(), s.body);
    if (!opened)
        return tr("wrong passphrase.");
    fileKey = *opened;
    return {};
}

// The file key from one of the identities, through the X25519 stanzas.
QString AgeOpening::identityKey(const QList<Stanza>& stanzas, const Age::Decryption& d, QByteArray& fileKey)
{
    if (d.identities.isEmpty())
        return tr("encrypted to keys, not with a passphrase; give an identity file.");
    QList<QPair<QByteArray, QByteArray>> ids; // secret, public
    for (const QString& text : d.identities) {
        auto secret = Age::parseIdentity(text);
        if (!secret)
            return secret.error().message;
        QByteArray pub(crypto_scalarmult_BYTES, Qt::Uninitialized);
        crypto_scalarmult_base(bytes(pub), bytes(*secret));
        ids.append({*secret, pub});
    }
    for (const Stanza& s : std::as_const(stanzas)) {
        if (s.args.first() != "X25519")
            continue; // other recipient types are not ours to open
        auto share = s.args.size() == 2 ? unbase64(s.args[1]) : std::nullopt;
        if (!share || share->size() != crypto_scalarmult_BYTES || s.body.size() != kWrappedSize)
            return tr("damaged (an X25519 stanza is malformed).");
        for (const auto& [secret, pub] : std::as_const(ids)) {
            QByteArray shared(crypto_scalarmult_BYTES, 0);
            if (crypto_scalarmult(bytes(shared), bytes(secret), bytes(*share)) != 0)
                return tr("damaged (an X25519 stanza has a low-order share).");
            const QByteArray wrapKey = hkdf(shared, *share + pub, kX25519Label);
            sodium_memzero(shared.data(), size_t(shared.size()));
            if (auto opened = aeadOpen(wrapKey, kZeroNonce.data(), s.body)) {
                fileKey = *opened;
                break;
            }
        }
        if (!fileKey.isEmpty())
            break;
    }
    for (auto& id : ids)
        sodium_memzero(id.first.data(), size_t(id.first.size()));
    if (fileKey.isEmpty())
        return tr("not encrypted to any of these keys.");
    return {};
}

} // namespace

Status AgeDecryptor::open(const Age::Decryption& d)
{
    if (!sodiumReady())
        return noSodium();
    if (m_opened)
        return makeError(Error::Code::IllegalState, tr("The decryption is open already."));
    m_opened = true;
    auto fail = [this](const QString& what) -> Status {
        m_error = failure(what);
        return *m_error;
    };
    AgeHeader h;
    if (const QString why = AgeOpening::readHeader(m_source, h); !why.isEmpty())
        return fail(why);
    const QList<Stanza>& stanzas = h.stanzas;

    // The file key, from the passphrase or an identity.
    QByteArray fileKey;
    const bool hasScrypt = std::any_of(stanzas.cbegin(), stanzas.cend(),
                                       [](const Stanza& s) { return s.args.first() == "scrypt"; });
    if (hasScrypt && stanzas.size() != 1)
        return fail(tr("damaged (a passphrase stanza must be the only one in an age header)."));
    if (const QString why = hasScrypt ? AgeOpening::passphraseKey(stanzas, d, fileKey)
                                      : AgeOpening::identityKey(stanzas, d, fileKey);
        !why.isEmpty())
        return fail(why);

    const QByteArray expected = hmacSha256(hkdf(fileKey, {}, "header"), h.header);
    const QByteArray& mac = h.mac;
    if (sodium_memcmp(expected.constData(), mac.constData(), size_t(mac.size())) != 0) {
        sodium_memzero(fileKey.data(), size_t(fileKey.size()));
        return fail(tr("damaged (the age header fails authentication)."));
    }
    const QByteArray nonce = readUpTo(kNonceSize);
    if (nonce.size() != kNonceSize) {
        sodium_memzero(fileKey.data(), size_t(fileKey.size()));
        return fail(tr("truncated (the payload is missing)."));
    }
    m_key = hkdf(fileKey, nonce, "payload");
    sodium_memzero(fileKey.data(), size_t(fileKey.size()));
    return {};
}

Status AgeDecryptor::nextChunk()
{
    auto fail = [this](const QString& what) -> Status {
        m_error = failure(what);
        sodium_memzero(m_plain.data(), size_t(m_plain.size()));
        m_plain.clear();
        m_offset = 0;
        return *m_error;
    };
    const qint64 number = qint64(m_counter) + 1; // for people, the first chunk is chunk 1
    const QByteArray sealed = readUpTo(Age::kChunkSize + kTagSize);
    if (sealed.isEmpty())
        return fail(m_counter == 0
                        ? tr("truncated (the payload is missing).")
                        : tr("truncated (it ends after chunk %1 without a last chunk).").arg(m_counter));
    const bool full = sealed.size() == Age::kChunkSize + kTagSize;
    if (sealed.size() < kTagSize)
        return fail(tr("truncated (chunk %1 is incomplete).").arg(number));
    bool last = !full;
    auto nonce = streamNonce(m_counter, last);
    auto plain = aeadOpen(m_key, nonce.data(), sealed);
    if (!plain && full) { // a full chunk may be the last one
        last = true;
        nonce = streamNonce(m_counter, true);
        plain = aeadOpen(m_key, nonce.data(), sealed);
    }
    if (!plain)
        return fail(full ? tr("damaged (chunk %1 fails authentication).").arg(number)
                         : tr("damaged or truncated (chunk %1 fails authentication).").arg(number));
    if (last && plain->isEmpty() && m_counter > 0)
        return fail(tr("damaged (the last chunk is empty, which age does not allow)."));
    if (last && full && !readUpTo(1).isEmpty())
        return fail(tr("damaged (trailing data after the end of the encrypted payload)."));
    ++m_counter;
    m_end = last;
    sodium_memzero(m_plain.data(), size_t(m_plain.size()));
    m_plain = *plain;
    m_offset = 0;
    return {};
}

Result<QByteArray> AgeDecryptor::read(qint64 maxSize)
{
    if (m_error)
        return *m_error;
    if (!m_opened || m_key.isEmpty())
        return makeError(Error::Code::IllegalState, tr("The decryption is not open."));
    while (m_offset == m_plain.size() && !m_end)
        if (Status s = nextChunk(); !s)
            return s.error();
    const qsizetype n = qsizetype(qMin<qint64>(maxSize, m_plain.size() - m_offset));
    QByteArray out = m_plain.mid(m_offset, n);
    m_offset += n;
    return out;
}

} // namespace lethe
