#include "ZipWriter.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

namespace lethe {

ZipWriter::~ZipWriter()
{
    if (m_archive)
        archive_write_free(m_archive);
}

Status ZipWriter::failure(const QString& what) const
{
    if (m_sinkError)
        return *m_sinkError;
    const char* why = m_archive ? archive_error_string(m_archive) : nullptr;
    return makeError(
        Error::Code::Storage,
        tr("%1: %2: %3").arg(m_path, what, why ? QString::fromLocal8Bit(why) : tr("unknown error")));
}

struct ZipSinkCallback
{
    static la_ssize_t write(::archive*, void* self, const void* data, size_t size)
    {
        auto* z = static_cast<ZipWriter*>(self);
        if (z->m_sinkError)
            return -1;
        if (Status s = z->m_sink(static_cast<const char*>(data), qint64(size)); !s) {
            z->m_sinkError = s.error();
            return -1;
        }
        return la_ssize_t(size);
    }
};

Status ZipWriter::open(const QString& path, const QDateTime& mtime, Sink sink)
{
    m_path = path;
    m_mtime = mtime;
    m_sink = std::move(sink);
    m_archive = archive_write_new();
    if (!m_archive || archive_write_set_format_zip(m_archive) != ARCHIVE_OK ||
        archive_write_set_options(m_archive, "zip:compression=deflate") != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(m_archive, 1) != ARCHIVE_OK) // no padding after the ZIP
        return failure(tr("cannot set up the ZIP writer"));
    if (archive_write_open2(m_archive, this, nullptr, &ZipSinkCallback::write, nullptr, nullptr) !=
        ARCHIVE_OK)
        return failure(tr("cannot start the ZIP"));
    return {};
}

Status ZipWriter::open(const QString& path, const QDateTime& mtime)
{
    m_path = path;
    m_mtime = mtime;
    m_archive = archive_write_new();
    if (!m_archive || archive_write_set_format_zip(m_archive) != ARCHIVE_OK ||
        archive_write_set_options(m_archive, "zip:compression=deflate") != ARCHIVE_OK)
        return failure(tr("cannot set up the ZIP writer"));
    if (archive_write_open_filename(m_archive, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return failure(tr("cannot create the file"));
    return {};
}

Status ZipWriter::begin(const QString& name)
{
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname_utf8(e, name.toUtf8().constData());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_mtime(e, m_mtime.toSecsSinceEpoch(), 0);
    // No size: libarchive writes the entry with a data descriptor, so it can be streamed.
    const int r = archive_write_header(m_archive, e);
    archive_entry_free(e);
    if (r != ARCHIVE_OK)
        return failure(tr("cannot start %1").arg(name));
    m_hash.reset();
    m_current = Entry{name, {}, 0};
    m_inEntry = true;
    return {};
}

Status ZipWriter::write(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return {};
    m_hash.addData(bytes);
    m_current.size += bytes.size();
    if (archive_write_data(m_archive, bytes.constData(), size_t(bytes.size())) < 0)
        return failure(tr("cannot write %1").arg(m_current.name));
    return {};
}

Status ZipWriter::end()
{
    if (archive_write_finish_entry(m_archive) != ARCHIVE_OK)
        return failure(tr("cannot finish %1").arg(m_current.name));
    m_current.sha256 = m_hash.result().toHex();
    m_entries << m_current;
    m_inEntry = false;
    return {};
}

Status ZipWriter::seal(const std::function<Result<QByteArray>(const QByteArray& sums)>& sign)
{
    QByteArray sums;
    for (const Entry& e : std::as_const(m_entries))
        sums += e.sha256 + "  " + e.name.toUtf8() + "\n";
    if (Status s = begin(QStringLiteral("SHA256SUMS")); !s || !(s = write(sums)) || !(s = end()))
        return s;
    if (!sign)
        return {};
    auto sig = sign(sums);
    if (!sig)
        return sig.error();
    if (Status s = begin(QStringLiteral("SHA256SUMS.minisig")); !s || !(s = write(*sig)) || !(s = end()))
        return s;
    return {};
}

Status ZipWriter::close()
{
    if (!m_archive)
        return {};
    const int r = archive_write_close(m_archive);
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (m_sinkError)
        return *m_sinkError;
    if (r != ARCHIVE_OK)
        return makeError(Error::Code::Storage, tr("%1: cannot finish the ZIP file.").arg(m_path));
    return {};
}

} // namespace lethe
