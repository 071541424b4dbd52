#include "PrivateFiles.h"

#include <QDirIterator>
#include <QFileInfo>

#include <sys/stat.h>

namespace lethe::privatefiles {

void restrictNewFiles()
{
    ::umask(S_IRWXG | S_IRWXO);
}

namespace {

bool ownerOnly(const QString& path, bool folder)
{
    struct stat st;
    if (::lstat(path.toLocal8Bit().constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return false;
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        return false;
    const mode_t mode = (st.st_mode & S_IRWXU) | (folder ? S_IRWXU : (S_IRUSR | S_IWUSR));
    return ::chmod(path.toLocal8Bit().constData(), mode) == 0;
}

} // namespace

int tighten(const QString& folder)
{
    const QFileInfo root(folder);
    if (!root.isDir())
        return -1;
    int changed = ownerOnly(root.absoluteFilePath(), true);
    QDirIterator it(root.absoluteFilePath(),
                    QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        changed += ownerOnly(path, info.isDir());
    }
    return changed;
}

} // namespace lethe::privatefiles
