#include "Evidence.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace lethe {

namespace {

Result<QString> hashFile(QFile& f)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return makeError(Error::Code::Storage,
                         Evidence::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

Result<Evidence::Stored> Evidence::attach(const QString& workspaceFolder, const QString& requestId,
                                          const QString& file)
{
    static const QRegularExpression requestPattern(QStringLiteral("^R-\\d{4}-\\d{4,}$"));
    if (!requestPattern.match(requestId).hasMatch())
        return makeError(Error::Code::InvalidInput,
                         tr("evidence: \"%1\" is not a request id.").arg(requestId));
    const QFileInfo info(file);
    if (!info.isFile())
        return makeError(Error::Code::InvalidInput, tr("evidence: %1 is not a file.").arg(file));
    if (info.size() > kMaxBytes)
        return makeError(
            Error::Code::InvalidInput,
            tr("evidence: %1 is %2 MB; attach at most 50 MB.").arg(file).arg(info.size() / (1024 * 1024)));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(Error::Code::InvalidInput,
                         tr("evidence: cannot read %1: %2").arg(file, in.errorString()));
    auto sha = hashFile(in);
    if (!sha)
        return sha.error();
    // Only a safe base name: no folders, no control characters.
    QString base = info.fileName();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (base.startsWith(QLatin1Char('.')))
        base.prepend(QLatin1Char('_'));
    const QString relative =
        QStringLiteral("evidence/%1/%2-%3").arg(requestId, sha->left(16), base.right(120));
    const QString target = QDir(workspaceFolder).filePath(relative);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return makeError(Error::Code::Storage, tr("evidence: cannot create the folder for %1.").arg(target));
    if (!QFile::exists(target)) {
        in.seek(0);
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return makeError(Error::Code::Storage,
                             tr("evidence: cannot write %1: %2").arg(target, out.errorString()));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (out.write(chunk) != chunk.size())
                return makeError(Error::Code::Storage,
                                 tr("evidence: cannot write %1: %2").arg(target, out.errorString()));
        }
        if (!out.commit())
            return makeError(Error::Code::Storage,
                             tr("evidence: cannot write %1: %2").arg(target, out.errorString()));
    }
    return Stored{relative, *sha, info.size()};
}

Result<bool> Evidence::verify(const QString& workspaceFolder, const QString& name, const QString& sha256)
{
    QFile f(QDir(workspaceFolder).filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, tr("evidence: %1 is missing: %2").arg(name, f.errorString()));
    auto sha = hashFile(f);
    if (!sha)
        return sha.error();
    return *sha == sha256;
}

} // namespace lethe
