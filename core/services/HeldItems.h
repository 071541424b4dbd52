#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace lethe {

// What a lost connection leaves held, written down before the window or the program can end (docs/team.md,
// "A lost connection"): an export whose `export.write` may not be recorded (its bundle kept as
// NAME.unrecorded), an approval or an officer key's registration whose answer was lost and whose dialog was
// closed. One small owner-only file per workspace in this computer's application data
// (AppLocalDataLocation/held/<SHA-256 of the workspace folder>.json), never in the workspace folder (a
// SQLite workspace's share may be what went away). It holds no personal data: request ids, the export's
// id, its audit details (counts, key id, encryption), the bundle's path, a plan's digest, a key's id.
//
// Each item names the process and the window (`session`) holding it; while those live they settle it
// themselves. A window that closes (or a program that ends) with items still held releases them, and a
// killed process's items are its own no longer: the next opening of the workspace (the window, or any
// lethe-cli command that opens it) reads each one's fate from the server by its id and settles it.
class HeldItems
{
    Q_DECLARE_TR_FUNCTIONS(lethe::HeldItems)
public:
    enum class Kind
    {
        Export,     // id: export_id
        Approval,   // id: the plan's digest
        OfficerKey, // id: the key id (hex)
    };
    struct Item
    {
        Kind kind = Kind::Export;
        QString id;
        QString requestId; // export, approval
        QString actor;     // who held it: an approval's fate is this login's
        qint64 pid = 0;    // the process holding it; 0 once released
        // When that process started (clock ticks after boot, /proc/<pid>/stat), stamped by add() where it is
        // 0: a process id that another program took after a kill is not taken for the holder. 0: not known
        // (a file of an older Lethe, a system without /proc), and then the id alone counts.
        qint64 started = 0;
        QString session; // the window (or lethe-cli run) holding it
        // An export: the bundle's name, where it is kept meanwhile, export.write's details; `withdrawn`: its
        // dialog was closed, so a bundle found not recorded is removed rather than recorded now.
        QString file;
        QString heldFile;
        QJsonObject details;
        bool withdrawn = false;
    };

    // The held items of the workspace in `workspaceFolder`.
    explicit HeldItems(const QString& workspaceFolder);
    // The same in the application data folder `dataFolder` (another program's, another user's home).
    HeldItems(const QString& workspaceFolder, const QString& dataFolder);
    QString path() const { return m_path; }
    // A new session name for a window or a lethe-cli run.
    static QString newSession();

    Result<QList<Item>> items() const;
    // The items nobody holds any more: released, or of a process that has ended.
    Result<QList<Item>> orphaned() const;
    // When process `pid` started, in clock ticks after boot (Linux's /proc/<pid>/stat); 0 when not known.
    static qint64 processStart(qint64 pid);
    // Written down (replacing an item of the same kind and id), synced to the disk before it returns.
    Status add(const Item& item);
    Status remove(Kind kind, const QString& id);
    Status withdraw(Kind kind, const QString& id);
    // `session` ends (its window closes, its program ends): its items are released for the next opening.
    void release(const QString& session); // a failure is logged
    // The same for one item (of whichever session): its holder goes.
    void release(Kind kind, const QString& id);

    static QString kindName(Kind kind);

private:
    // Reads, changes and writes the file under a lock (threads and processes alike).
    Status change(const std::function<void(QList<Item>&)>& edit);
    Result<QList<Item>> read() const;

    QString m_path;
};

} // namespace lethe
