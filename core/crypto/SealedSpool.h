#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace lethe {

// A temporary file that never holds plaintext: what is written is encrypted in chunks of 64 KiB with
// libsodium's secretstream (XChaCha20-Poly1305) under a key that lives only in the exporting process's
// memory, so a spool left behind by a killed export is unreadable, and a damaged or cut one is refused when
// read back. Written once, front to back (write, then finish); then read back from the start (rewind, read).
class SealedSpool
{
public:
    // A fresh random key for one export's spools (crypto_secretstream_xchacha20poly1305_KEYBYTES bytes).
    static QByteArray newKey();
    SealedSpool(const QString& path, const QByteArray& key);
    ~SealedSpool();
    SealedSpool(const SealedSpool&) = delete;
    SealedSpool& operator=(const SealedSpool&) = delete;

    bool open(); // creates the file and writes the stream's header
    void write(const QByteArray& data);
    bool finish(); // the buffered rest as the final chunk; false when anything could not be written
    bool rewind(); // back to the start, for reading
    // The next piece of plaintext; empty at the end, or when the file is damaged or cut (then failed()).
    QByteArray read();
    bool failed() const { return m_failed; }
    QString fileName() const { return m_file.fileName(); }

    // Removes the work folders of exports and re-seals whose process is gone (killed): an export's spools are
    // unreadable anyway, their key having died with the process; a re-seal's unpacked original is not, and
    // goes now. Returns how many were removed.
    static int removeStale();
    // Where an export's spools (`kind` "export") or a re-seal's unpacked original ("redact") are kept while
    // it runs: a private folder in the user's cache, named after the process.
    static QString newFolderTemplate(const QString& kind = QStringLiteral("export"));

private:
    bool push(const QByteArray& plain, unsigned char tag);

    QFile m_file;
    QByteArray m_key;
    QByteArray m_buffer;
    struct State; // libsodium's stream state, kept out of this header
    std::unique_ptr<State> m_state;
    bool m_failed = false;
    bool m_finished = false;
    bool m_ended = false; // reading: the final chunk was read
};

} // namespace lethe
