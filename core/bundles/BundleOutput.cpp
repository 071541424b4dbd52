#include "BundleOutput.h"

namespace lethe {

BundleOutput::~BundleOutput()
{
    if (m_open)
        (void)abandon(Error{});
}

Status BundleOutput::open(const QString& outFile, const QDateTime& mtime, const Age::Encryption& encryption)
{
    m_outFile = outFile;
    m_part = outFile + QStringLiteral(".part");
    QFile::remove(m_part);
    m_open = true;
    if (!encryption.isSet()) {
        if (Status s = m_zip.open(m_part, mtime); !s)
            return abandon(s.error());
        return {};
    }
    m_file.setFileName(m_part);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return abandon(makeError(Error::Code::Storage,
                                 tr("%1: cannot create the file (%2).").arg(m_part, m_file.errorString())));
    m_encryptor = std::make_unique<AgeEncryptor>(&m_file);
    if (Status s = m_encryptor->begin(encryption); !s)
        return abandon(s.error());
    if (Status s = m_zip.open(
            m_part, mtime, [this](const char* data, qint64 size) { return m_encryptor->write(data, size); });
        !s)
        return abandon(s.error());
    return {};
}

Status BundleOutput::commit()
{
    if (Status s = m_zip.close(); !s)
        return abandon(s.error());
    if (m_encryptor) {
        if (Status s = m_encryptor->finish(); !s)
            return abandon(s.error());
        if (!m_file.flush())
            return abandon(makeError(Error::Code::Storage,
                                     tr("%1: cannot write (%2).").arg(m_part, m_file.errorString())));
        m_file.close();
    }
    if (!QFile::rename(m_part, m_outFile))
        return abandon(makeError(Error::Code::Storage,
                                 tr("%1: cannot move the finished bundle into place.").arg(m_outFile)));
    m_open = false;
    return {};
}

Error BundleOutput::abandon(const Error& e)
{
    (void)m_zip.close();
    m_file.close();
    QFile::remove(m_part);
    m_open = false;
    return e;
}

} // namespace lethe
