#include "SealedSpool.h"

#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>
#include <QtEndian>

#include <sodium.h>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace lethe {

struct SealedSpool::State
{
    crypto_secretstream_xchacha20poly1305_state s{};
};

namespace {
constexpr qsizetype kChunk = 64 * 1024;
constexpr auto kA = crypto_secretstream_xchacha20poly1305_ABYTES;

QString spoolRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/spool");
}
} // namespace

QByteArray SealedSpool::newKey()
{
    if (sodium_init() < 0)
        return {};
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_keygen(reinterpret_cast<unsigned char*>(key.data()));
    return key;
}

SealedSpool::SealedSpool(const QString& path, const QByteArray& key)
    : m_file(path), m_key(key), m_state(std::make_unique<State>())
{
    m_failed = key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES;
}

SealedSpool::~SealedSpool()
{
    m_file.close();
    sodium_memzero(m_buffer.data(), size_t(m_buffer.size()));
    sodium_memzero(m_key.data(), size_t(m_key.size()));
    sodium_memzero(&m_state->s, sizeof m_state->s);
}

bool SealedSpool::open()
{
    if (m_failed || !m_file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return !(m_failed = true);
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(
        &m_state->s, header, reinterpret_cast<const unsigned char*>(m_key.constData()));
    if (m_file.write(reinterpret_cast<const char*>(header), sizeof header) != qint64(sizeof header))
        m_failed = true;
    return !m_failed;
}

bool SealedSpool::push(const QByteArray& plain, unsigned char tag)
{
    QByteArray out(4 + plain.size() + kA, Qt::Uninitialized);
    qToLittleEndian<quint32>(quint32(plain.size() + kA), out.data());
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(
        &m_state->s, reinterpret_cast<unsigned char*>(out.data() + 4), &length,
        reinterpret_cast<const unsigned char*>(plain.constData()), quint64(plain.size()), nullptr, 0, tag);
    if (m_file.write(out) != out.size())
        m_failed = true;
    return !m_failed;
}

void SealedSpool::write(const QByteArray& data)
{
    if (m_failed || m_finished)
        return;
    m_buffer += data;
    while (m_buffer.size() >= kChunk && !m_failed) {
        push(m_buffer.left(kChunk), 0);
        sodium_memzero(m_buffer.data(), size_t(kChunk));
        m_buffer.remove(0, kChunk);
    }
}

bool SealedSpool::finish()
{
    if (!m_failed && !m_finished) {
        push(m_buffer, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
        sodium_memzero(m_buffer.data(), size_t(m_buffer.size()));
        m_buffer.clear();
        m_finished = true;
        m_failed = m_failed || !m_file.flush();
    }
    return !m_failed;
}

bool SealedSpool::rewind()
{
    if (m_failed || !m_finished || !m_file.seek(0))
        return !(m_failed = true);
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (m_file.read(reinterpret_cast<char*>(header), sizeof header) != qint64(sizeof header) ||
        crypto_secretstream_xchacha20poly1305_init_pull(
            &m_state->s, header, reinterpret_cast<const unsigned char*>(m_key.constData())) != 0)
        return !(m_failed = true);
    m_ended = false;
    return true;
}

QByteArray SealedSpool::read()
{
    if (m_failed || m_ended)
        return {};
    char size[4];
    if (m_file.read(size, 4) != 4) {
        m_failed = true; // cut before its final chunk
        return {};
    }
    const quint32 length = qFromLittleEndian<quint32>(size);
    if (length < kA || length > kChunk + kA) {
        m_failed = true;
        return {};
    }
    const QByteArray sealed = m_file.read(length);
    QByteArray plain(qsizetype(length - kA), Qt::Uninitialized);
    unsigned long long plainLength = 0;
    unsigned char tag = 0;
    if (sealed.size() != qsizetype(length) ||
        crypto_secretstream_xchacha20poly1305_pull(
            &m_state->s, reinterpret_cast<unsigned char*>(plain.data()), &plainLength, &tag,
            reinterpret_cast<const unsigned char*>(sealed.constData()), quint64(sealed.size()), nullptr,
            0) != 0) {
        m_failed = true;
        return {};
    }
    plain.truncate(qsizetype(plainLength));
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        m_ended = true;
        if (!m_file.atEnd())
            m_failed = true; // something after the final chunk
    }
    if (plain.isEmpty() && !m_ended)
        return read();
    return plain;
}

QString SealedSpool::newFolderTemplate(const QString& kind)
{
    QDir().mkpath(spoolRoot());
    return spoolRoot() + QStringLiteral("/%1-%2-XXXXXX").arg(kind).arg(::getpid());
}

int SealedSpool::removeStale()
{
    int removed = 0;
    const QDir root(spoolRoot());
    for (const QString& name : root.entryList({QStringLiteral("export-*"), QStringLiteral("redact-*")},
                                              QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = name.section(QLatin1Char('-'), 1, 1).toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // its export is still running (or not ours to judge)
        removed += QDir(root.filePath(name)).removeRecursively();
    }
    return removed;
}

} // namespace lethe
