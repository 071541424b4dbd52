#include "SecretResolver.h"

#include "CredentialStore.h"
#include "DataMapLoader.h"
#include "ProcessorConnections.h"
#include "WorkspaceOpener.h"

#include <QDir>
#include <QTimer>

#include <memory>

namespace lethe {

QList<ProcessorHub::Job> ResolvedSystems::jobsOf(const QString& systemKey) const
{
    QList<ProcessorHub::Job> out;
    for (const ProcessorHub::Job& j : jobs)
        if (systemsOf.value(j.connection.key).contains(systemKey))
            out << j;
    return out;
}

QList<ResolvedSystem> ResolvedSystems::systems() const
{
    QList<ResolvedSystem> out;
    for (int i = 0; i < maps.size(); ++i)
        out << ResolvedSystem{maps[i], connections.value(i), sourceProblems.value(i), jobsOf(maps[i].key),
                              manual.value(maps[i].key)};
    return out;
}

Result<QList<DataMap>> SecretResolver::allWorkspaceMaps(const QString& workspaceFolder, QStringList* issues)
{
    const QDir dir(QDir(workspaceFolder).filePath(QStringLiteral("datamaps")));
    QList<DataMap> maps;
    for (const QString& f :
         dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name)) {
        const DataMapLoad load = DataMapLoader::load(dir.filePath(f));
        if (!load.ok()) {
            if (issues)
                for (const DataMapIssue& i : load.issues)
                    *issues << i.toString();
            return makeError(Error::Code::InvalidInput,
                             tr("%1: the data map has problems; fix them first.").arg(dir.filePath(f)));
        }
        maps << *load.map;
    }
    if (maps.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("%1 holds no data maps.").arg(dir.path()));
    return maps;
}

namespace {

struct Resolving
{
    CredentialStore* credentials = nullptr;
    std::function<bool()> wanted;
    SecretResolver::Done done;
    ResolvedSystems out;
    QList<bool> secretRead; // per job
    int map = 0;
    int source = 0;
    int job = 0;
};

void next(const std::shared_ptr<Resolving>& r)
{
    if (r->wanted && !r->wanted())
        return;
    // Passwords one by one, source by source.
    while (r->map < r->out.connections.size() && r->source >= r->out.connections[r->map].size()) {
        ++r->map;
        r->source = 0;
    }
    if (r->map < r->out.connections.size()) {
        const int mi = r->map, si = r->source++;
        WorkspaceOpener::resolveConnection(
            r->out.connections[mi][si], r->credentials, [r, mi, si](Result<ConnectionParams> p) {
                if (p)
                    r->out.connections[mi][si] = *p;
                else
                    r->out.sourceProblems[mi][r->out.maps[mi].sources[si].key] =
                        SecretResolver::tr("password not read from the keychain: %1").arg(p.error().message);
                next(r);
            });
        return;
    }
    // Then the processors' secrets, one by one.
    if (r->job < r->out.jobs.size()) {
        const int ji = r->job++;
        r->credentials->read(r->out.jobs[ji].connection.secretKey, [r, ji](Result<QString> s) {
            ProcessorHub::Job& job = r->out.jobs[ji];
            if (s) {
                job.secret = *s;
                r->secretRead[ji] = true;
            } else {
                r->out.processorProblems
                    << SecretResolver::tr(
                           "%1: the secret of the connection \"%2\" could not be read from the keychain: %3")
                           .arg(job.definition.name, job.connection.key, s.error().message);
            }
            next(r);
        });
        return;
    }
    QList<ProcessorHub::Job> kept;
    for (int i = 0; i < r->out.jobs.size(); ++i)
        if (r->secretRead[i])
            kept << r->out.jobs[i];
    r->out.jobs = kept;
    r->done(r->out);
}

} // namespace

void SecretResolver::resolve(CredentialStore* credentials, const QList<DataMap>& maps,
                             const QString& workspaceFolder, std::function<bool()> wanted, Done done)
{
    auto r = std::make_shared<Resolving>();
    r->credentials = credentials;
    r->wanted = std::move(wanted);
    r->done = std::move(done);
    r->out.maps = maps;
    r->out.sourceProblems = QList<QHash<QString, QString>>(maps.size());
    for (const DataMap& m : maps) {
        QList<ConnectionParams> c;
        for (const DataSource& s : m.sources)
            c << s.connection;
        r->out.connections << c;
    }
    if (!workspaceFolder.isEmpty()) {
        const ProcessorConnections::MapsProcessors mp = ProcessorConnections::forMaps(workspaceFolder, maps);
        r->out.jobs = mp.jobs;
        r->out.systemsOf = mp.systemsOf;
        r->out.manual = mp.manual;
        r->out.processorProblems = mp.problems;
    }
    r->secretRead = QList<bool>(r->out.jobs.size(), false);
    if (!credentials && !r->out.jobs.isEmpty()) {
        for (const ProcessorHub::Job& j : std::as_const(r->out.jobs))
            r->out.processorProblems
                << tr("%1: no keychain to read the secret of the connection \"%2\" from.")
                       .arg(j.definition.name, j.connection.key);
        r->out.jobs.clear();
        r->secretRead.clear();
    }
    QTimer::singleShot(0, [r] { next(r); }); // always later, as the keychain answers
}

} // namespace lethe
