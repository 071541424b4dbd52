#include "HeldItems.h"

#include "Log.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <cerrno>
#include <functional>
#include <mutex>
#include <signal.h>

namespace lethe {

namespace {

std::mutex& fileMutex()
{
    static std::mutex m; // QLockFile keeps processes apart; this, the threads of one
    return m;
}

// The holder is running: its process id is in use, by the program that started when the item says (when
// both are known; after a kill the id may be another program's, which is not the holder).
bool processAlive(qint64 pid, qint64 started)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    if (started <= 0)
        return true;
    const qint64 now = HeldItems::processStart(pid);
    return now <= 0 || now == started;
}

QJsonObject toJson(const HeldItems::Item& i)
{
    QJsonObject o{{QStringLiteral("kind"), HeldItems::kindName(i.kind)},
                  {QStringLiteral("id"), i.id},
                  {QStringLiteral("actor"), i.actor},
                  {QStringLiteral("pid"), i.pid},
                  {QStringLiteral("pid_start"), i.started},
                  {QStringLiteral("session"), i.session}};
    if (!i.requestId.isEmpty())
        o.insert(QStringLiteral("request"), i.requestId);
    if (i.kind == HeldItems::Kind::Export) {
        o.insert(QStringLiteral("file"), i.file);
        o.insert(QStringLiteral("held_file"), i.heldFile);
        o.insert(QStringLiteral("details"), i.details);
        o.insert(QStringLiteral("withdrawn"), i.withdrawn);
    }
    return o;
}

std::optional<HeldItems::Item> fromJson(const QJsonObject& o)
{
    HeldItems::Item i;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == HeldItems::kindName(HeldItems::Kind::Export))
        i.kind = HeldItems::Kind::Export;
    else if (kind == HeldItems::kindName(HeldItems::Kind::Approval))
        i.kind = HeldItems::Kind::Approval;
    else if (kind == HeldItems::kindName(HeldItems::Kind::OfficerKey))
        i.kind = HeldItems::Kind::OfficerKey;
    else
        return std::nullopt;
    i.id = o.value(QStringLiteral("id")).toString();
    if (i.id.isEmpty())
        return std::nullopt;
    i.requestId = o.value(QStringLiteral("request")).toString();
    i.actor = o.value(QStringLiteral("actor")).toString();
    i.pid = o.value(QStringLiteral("pid")).toInteger();
    i.started = o.value(QStringLiteral("pid_start")).toInteger();
    i.session = o.value(QStringLiteral("session")).toString();
    i.file = o.value(QStringLiteral("file")).toString();
    i.heldFile = o.value(QStringLiteral("held_file")).toString();
    i.details = o.value(QStringLiteral("details")).toObject();
    i.withdrawn = o.value(QStringLiteral("withdrawn")).toBool();
    return i;
}

} // namespace

HeldItems::HeldItems(const QString& workspaceFolder)
    : HeldItems(workspaceFolder, QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
{}

HeldItems::HeldItems(const QString& workspaceFolder, const QString& dataFolder)
{
    const QString folder = QDir::cleanPath(QFileInfo(workspaceFolder).absoluteFilePath());
    const QByteArray key = Sha256::hash(folder.toUtf8()).toHex().left(32);
    m_path = dataFolder + QStringLiteral("/held/") + QString::fromLatin1(key) + QStringLiteral(".json");
}

QString HeldItems::newSession()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString HeldItems::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Export:
        return QStringLiteral("export");
    case Kind::Approval:
        return QStringLiteral("approval");
    case Kind::OfficerKey:
        return QStringLiteral("officer-key");
    }
    return {};
}

Result<QList<HeldItems::Item>> HeldItems::read() const
{
    QFile f(m_path);
    if (!f.exists())
        return QList<Item>{};
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            Error::Code::Storage,
            tr("What a lost connection left held cannot be read from %1: %2").arg(m_path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(Error::Code::Storage,
                         tr("What a lost connection left held cannot be read from %1: it is damaged (%2). "
                            "Nothing in it was settled; look at it, then remove it.")
                             .arg(m_path, pe.errorString()));
    QList<Item> items;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("items")).toArray())
        if (auto i = fromJson(v.toObject()))
            items << *i;
    return items;
}

Result<QList<HeldItems::Item>> HeldItems::items() const
{
    std::lock_guard guard(fileMutex());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (QFile::exists(m_path) && !lock.lock())
        return makeError(Error::Code::Storage, tr("%1 cannot be locked.").arg(m_path));
    return read();
}

Result<QList<HeldItems::Item>> HeldItems::orphaned() const
{
    auto all = items();
    if (!all)
        return all;
    const qint64 self = QCoreApplication::applicationPid();
    QList<Item> out;
    for (const Item& i : *all)
        if (i.pid == 0 || (i.pid != self && !processAlive(i.pid, i.started)))
            out << i;
    return out;
}

Status HeldItems::change(const std::function<void(QList<Item>&)>& edit)
{
    std::lock_guard guard(fileMutex());
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return makeError(Error::Code::Storage, tr("The folder of %1 cannot be made.").arg(m_path));
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.lock())
        return makeError(Error::Code::Storage, tr("%1 cannot be locked.").arg(m_path));
    auto stored = read();
    if (!stored)
        return stored.error();
    QList<Item> items = *stored;
    edit(items);
    if (items.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return makeError(Error::Code::Storage, tr("%1 cannot be removed.").arg(m_path));
        return {};
    }
    QJsonArray list;
    for (const Item& i : items)
        list << toJson(i);
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, tr("%1 cannot be written: %2").arg(m_path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("items"), list}})
                .toJson(QJsonDocument::Indented));
    if (!f.commit()) // written to a new file, synced to the disk, then renamed over the old one
        return makeError(Error::Code::Storage, tr("%1 cannot be written: %2").arg(m_path, f.errorString()));
    return {};
}

qint64 HeldItems::processStart(qint64 pid)
{
    if (pid <= 0)
        return 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // "pid (name) state ppid …": the name may hold spaces and parentheses, so the fields are counted from the
    // last ')'; the start time is the 22nd field, the 20th after it.
    const QByteArray text = stat.read(4096);
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = text.mid(close + 1).simplified().split(' ');
    bool ok = false;
    const qint64 ticks = fields.value(19).toLongLong(&ok);
    return ok ? ticks : 0;
}

Status HeldItems::add(const Item& item)
{
    Item stamped = item;
    if (stamped.pid > 0 && stamped.started == 0)
        stamped.started = processStart(stamped.pid);
    return change([&](QList<Item>& items) {
        items.removeIf([&](const Item& i) { return i.kind == stamped.kind && i.id == stamped.id; });
        items << stamped;
    });
}

Status HeldItems::remove(Kind kind, const QString& id)
{
    return change([&](QList<Item>& items) {
        items.removeIf([&](const Item& i) { return i.kind == kind && i.id == id; });
    });
}

Status HeldItems::withdraw(Kind kind, const QString& id)
{
    return change([&](QList<Item>& items) {
        for (Item& i : items)
            if (i.kind == kind && i.id == id)
                i.withdrawn = true;
    });
}

void HeldItems::release(Kind kind, const QString& id)
{
    if (id.isEmpty() || !QFile::exists(m_path))
        return;
    const Status s = change([&](QList<Item>& items) {
        for (Item& i : items)
            if (i.kind == kind && i.id == id) {
                i.pid = 0;
                i.started = 0;
            }
    });
    if (!s)
        log::warn(QStringLiteral("A held item could not be released: %1").arg(s.error().message));
}

void HeldItems::release(const QString& session)
{
    if (session.isEmpty() || !QFile::exists(m_path))
        return;
    const Status s = change([&](QList<Item>& items) {
        for (Item& i : items)
            if (i.session == session) {
                i.pid = 0;
                i.started = 0;
            }
    });
    if (!s)
        log::warn(QStringLiteral("Held items could not be released: %1").arg(s.error().message));
}

} // namespace lethe
