#pragma once

#include "DataMap.h"
#include "ProcessorSearch.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace lethe {

class CredentialStore;

// One system with what a search, an erasure or an export of it needs: its map, its sources' connections
// (passwords filled in where read, else why not), its API processors with their secrets, and the processors a
// person must handle.
struct ResolvedSystem
{
    DataMap map;
    QList<ConnectionParams> connections;
    QHash<QString, QString> sourceProblems; // source key -> why its password was not read
    QList<ProcessorHub::Job> processors;
    QList<Recipient> manual;
};

// What a search (or an erasure) of several systems needs from the keychain, read: each map's sources with
// their passwords, and the processors the maps reach through an API with their secrets. What could not be
// read is said, not fatal: a source without its password fails in the search and says so; a processor
// without its secret is left out and named in processorProblems.
struct ResolvedSystems
{
    QList<DataMap> maps;
    QList<QList<ConnectionParams>> connections;    // per map, per source (map.sources order)
    QList<QHash<QString, QString>> sourceProblems; // per map: source key -> why its password was not read
    QList<ProcessorHub::Job> jobs;                 // unique by connection, secrets filled in
    QHash<QString, QStringList> systemsOf;         // connection key -> the systems that use it
    QHash<QString, QList<Recipient>> manual;       // system key -> processors a person must handle
    QStringList processorProblems;

    // The API processors of one system.
    QList<ProcessorHub::Job> jobsOf(const QString& systemKey) const;
    // The same, system by system (map order).
    QList<ResolvedSystem> systems() const;
};

// Reads the secrets one by one from the CredentialStore (asynchronous: the keychain may ask to be unlocked),
// so no thread ever waits on the keychain. PreviewRunner, ErasureRunner, ExportRunner and lethe-cli use it.
class SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(lethe::SecretResolver)
public:
    using Done = std::function<void(const ResolvedSystems&)>;
    // `workspaceFolder` holds the processor connections; empty: databases only. `wanted` is asked before each
    // read: once it returns false (the caller moved on or is gone), reading stops and `done` is never called.
    // `done` runs later, on the calling thread's event loop.
    static void resolve(CredentialStore* credentials, const QList<DataMap>& maps,
                        const QString& workspaceFolder, std::function<bool()> wanted, Done done);

    // Every data map of a workspace (<folder>/datamaps/*.yaml), all or nothing, for work that must cover
    // every system (an erasure, an export): a map with problems stops it (its issues go to `issues`), and so
    // does a workspace without maps.
    static Result<QList<DataMap>> allWorkspaceMaps(const QString& workspaceFolder, QStringList* issues);
};

} // namespace lethe
