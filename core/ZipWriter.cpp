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
    const char* why = m_archive ? archive_error_string(m_archive) : nullptr;
    return makeError(
        Error::Code::Storage,
        tr("%1: %2: %3").arg(m_path, what, why ? QString::fromLocal8Bit(why) : tr("unknown error")));
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
    if (r != ARCHIVE_OK)
        return makeError(Error::Code::Storage, tr("%1: cannot finish the ZIP file.").arg(m_path));
    return {};
}

} // namespace lethe
