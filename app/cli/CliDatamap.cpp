// lethe-cli datamap: checking a data map (against the live databases too), drafting one from Fides datasets
// or from a live schema.

#include "Cli.h"
#include "CliIo.h"

#include "DataMapAdvice.h"
#include "DataMapLive.h"
#include "DataMapLoader.h"
#include "DataMapWriter.h"
#include "FidesImport.h"
#include "SchemaDiscovery.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace lethe {

using cli::err;
using cli::out;

// ---- data maps -------------------------------------------------------------------------------------------

int Cli::datamapValidate(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("live"), tr("Also check that every table and column exists in the live databases and "
                                    "that every erasure strategy fits its column.")},
    };
    if (!parse(p, args, opts, QStringLiteral("file"), tr("The data map (YAML) to check.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("datamap validate needs exactly one file."));
    const QString file = p.positionalArguments().first();
    DataMapLoad r = DataMapLoader::load(file);
    if (r.ok() && p.isSet(QStringLiteral("live"))) {
        QList<ConnectionParams> connections;
        for (const DataSource& s : r.map->sources) {
            auto c = resolveConnection(s.connection);
            if (!c) {
                r.issues << DataMapIssue{file, s.line, 1,
                                         tr("source \"%1\": cannot read its password from the keychain: %2")
                                             .arg(s.key, c.error().message)};
                connections << s.connection;
            } else {
                connections << *c;
            }
        }
        r.issues << DataMapLive::check(*r.map, connections);
        if (!r.issues.isEmpty())
            r.map.reset();
    }
    int tables = 0, fields = 0;
    // Not errors: the map is valid, but what it leaves would surprise (a table of personal data it never
    // erases). Shown after the verdict and in --json; the exit code stays 0.
    const QList<DataMapIssue> warnings =
        r.ok() ? DataMapAdvice::tablesErasingNothing(*r.map) : QList<DataMapIssue>{};
    if (r.ok()) {
        for (const DataSource& s : r.map->sources) {
            tables += int(s.tables.size());
            for (const Table& t : s.tables)
                fields += int(t.fields.size());
        }
    }
    if (m_json) {
        QJsonArray issues;
        for (const DataMapIssue& i : r.issues) {
            issues << QJsonObject{{QStringLiteral("file"), i.file},
                                  {QStringLiteral("line"), i.line},
                                  {QStringLiteral("column"), i.column},
                                  {QStringLiteral("message"), i.message}};
        }
        QJsonArray warningsJson;
        for (const DataMapIssue& i : warnings) {
            warningsJson << QJsonObject{{QStringLiteral("file"), i.file},
                                        {QStringLiteral("line"), i.line},
                                        {QStringLiteral("column"), i.column},
                                        {QStringLiteral("message"), i.message}};
        }
        QJsonObject o{{QStringLiteral("file"), file},
                      {QStringLiteral("valid"), r.ok()},
                      {QStringLiteral("issues"), issues},
                      {QStringLiteral("warnings"), warningsJson}};
        if (r.ok()) {
            o[QStringLiteral("system")] = r.map->key;
            o[QStringLiteral("sources")] = int(r.map->sources.size());
            o[QStringLiteral("tables")] = tables;
            o[QStringLiteral("fields")] = fields;
        }
        emitJson(o);
    } else if (r.ok()) {
        out() << tr("%1: valid: system %2 (%3), %n table(s)", nullptr, tables)
                     .arg(file, r.map->key, r.map->name)
              << Qt::endl;
        for (const DataMapIssue& w : warnings)
            err() << tr("warning: %1").arg(w.toString()) << Qt::endl;
        if (!warnings.isEmpty())
            err() << tr("%1: %n table(s) of personal data with no erasure strategy: an erasure keeps their "
                        "rows.",
                        nullptr, int(warnings.size()))
                         .arg(file)
                  << Qt::endl;
    }
    if (!r.ok()) {
        for (const DataMapIssue& i : r.issues)
            err() << i.toString() << Qt::endl;
        err() << tr("%1: %n problem(s); nothing was changed.", nullptr, int(r.issues.size())).arg(file)
              << Qt::endl;
        return BadInput;
    }
    return Ok;
}

int Cli::datamapImportFides(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("out"), tr("Where to write our data map."), tr("file")},
        {QStringLiteral("system-key"), tr("The system's key (default: the first dataset's fides_key)."),
         tr("key")},
        {QStringLiteral("name"), tr("The system's name (default: the first dataset's name)."), tr("name")},
        {QStringLiteral("purpose"), tr("A purpose of processing (repeatable); Fides datasets carry none."),
         tr("text")},
        {QStringLiteral("force"), tr("Overwrite the output file if it exists.")},
    };
    if (!parse(p, args, opts, QStringLiteral("files"), tr("Fides dataset YAML files.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().isEmpty())
        return usage(tr("datamap import-fides needs at least one Fides dataset file."));
    const QString outFile = p.value(QStringLiteral("out"));
    if (outFile.isEmpty())
        return fail(
            makeError(Error::Code::InvalidInput, tr("--out: required (the data map file to write).")));
    if (QFileInfo::exists(outFile) && !p.isSet(QStringLiteral("force"))) {
        return fail(
            makeError(Error::Code::Conflict,
                      tr("--out: %1 exists; nothing was written (use --force to replace it).").arg(outFile)));
    }
    FidesImportOptions o;
    o.systemKey = p.value(QStringLiteral("system-key"));
    o.systemName = p.value(QStringLiteral("name"));
    o.purposes = p.values(QStringLiteral("purpose"));
    auto r = FidesImport::run(p.positionalArguments(), o);
    if (!r)
        return fail(r.error());
    // Written whole or not at all: a crash never leaves half a map under the final name.
    QSaveFile f(outFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(r->yaml) != r->yaml.size() || !f.commit())
        return fail(
            makeError(Error::Code::Storage, tr("--out: cannot write %1: %2").arg(outFile, f.errorString())));
    if (m_json) {
        emitJson(
            QJsonObject{{QStringLiteral("out"), outFile},
                        {QStringLiteral("datasets"), r->datasets},
                        {QStringLiteral("tables"), r->tables},
                        {QStringLiteral("fields"), r->fields},
                        {QStringLiteral("not_carried_over"), QJsonArray::fromStringList(r->notCarried)}});
    } else {
        out() << tr("Wrote %1 (datasets: %2, tables: %3, fields: %4).")
                     .arg(outFile)
                     .arg(r->datasets)
                     .arg(r->tables)
                     .arg(r->fields)
              << Qt::endl;
        if (!r->notCarried.isEmpty()) {
            out() << tr("Not carried over, or needing a decision:") << Qt::endl;
            for (const QString& line : r->notCarried)
                out() << "  - " << line << Qt::endl;
        }
        out() << tr("Check it with: lethe-cli datamap validate %1").arg(outFile) << Qt::endl;
    }
    return Ok;
}

int Cli::datamapDiscover(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("connection"),
         tr("sqlite:PATH, postgres://USER@HOST:PORT/DB or mariadb://USER@HOST:PORT/DB (no password in it)."),
         tr("url")},
        {QStringLiteral("password-key"), tr("Keychain key that holds the database password."), tr("key")},
        {QStringLiteral("out"), tr("Where to write the draft data map."), tr("file")},
        {QStringLiteral("sample"), tr("Values sampled per text column (default 100)."), tr("n"),
         QStringLiteral("100")},
        {QStringLiteral("system-key"), tr("The system's key (default: from the database name)."), tr("key")},
        {QStringLiteral("force"), tr("Overwrite the output file if it exists.")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto parsed =
        ConnectionParams::fromUrl(p.value(QStringLiteral("connection")), QStringLiteral("--connection"),
                                  /*databaseRequired=*/true);
    if (!parsed)
        return fail(parsed.error());
    ConnectionParams params = *parsed;
    params.passwordKey = p.value(QStringLiteral("password-key"));
    const QString outFile = p.value(QStringLiteral("out"));
    if (outFile.isEmpty())
        return fail(
            makeError(Error::Code::InvalidInput, tr("--out: required (the data map file to write).")));
    if (QFileInfo::exists(outFile) && !p.isSet(QStringLiteral("force"))) {
        return fail(
            makeError(Error::Code::Conflict,
                      tr("--out: %1 exists; nothing was written (use --force to replace it).").arg(outFile)));
    }
    bool ok = false;
    SchemaDiscovery::Options o;
    o.sampleRows = p.value(QStringLiteral("sample")).toInt(&ok);
    if (!ok || o.sampleRows < 0 || o.sampleRows > 10000)
        return fail(makeError(
            Error::Code::InvalidInput,
            tr("--sample: \"%1\" must be between 0 and 10000.").arg(p.value(QStringLiteral("sample")))));
    o.systemKey = p.value(QStringLiteral("system-key"));
    auto resolved = resolveConnection(params);
    if (!resolved)
        return fail(resolved.error());
    auto r = SchemaDiscovery::run(*resolved, o);
    if (!r)
        return fail(r.error());
    const QByteArray yaml = DataMapWriter::toYaml(r->draft);
    QSaveFile f(outFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(yaml) != yaml.size() || !f.commit())
        return fail(
            makeError(Error::Code::Storage, tr("--out: cannot write %1: %2").arg(outFile, f.errorString())));
    if (m_json) {
        QJsonArray findings;
        for (const ColumnFinding& c : r->findings) {
            findings << QJsonObject{
                {QStringLiteral("table"), c.table},
                {QStringLiteral("column"), c.column},
                {QStringLiteral("type"), c.type},
                {QStringLiteral("categories"), QJsonArray::fromStringList(c.categories)},
                {QStringLiteral("identity"), c.identity ? Names::key(*c.identity) : QString()},
                {QStringLiteral("confidence"), c.confidence},
                {QStringLiteral("evidence"), QJsonArray::fromStringList(c.evidence)}};
        }
        emitJson(QJsonObject{{QStringLiteral("out"), outFile},
                             {QStringLiteral("findings"), findings},
                             {QStringLiteral("notes"), QJsonArray::fromStringList(r->notes)}});
        return Ok;
    }
    out() << tr("Wrote the draft %1. Review it, then: lethe-cli datamap validate %1 --live").arg(outFile)
          << Qt::endl;
    for (const ColumnFinding& c : r->findings) {
        if (c.confidence <= 0)
            continue;
        out() << QStringLiteral("  %1.%2  %3  %4%  (%5)")
                     .arg(c.table, c.column, c.categories.join(QStringLiteral(", ")))
                     .arg(qRound(c.confidence * 100))
                     .arg(c.evidence.join(QStringLiteral("; ")))
              << Qt::endl;
    }
    for (const QString& n : r->notes)
        out() << "  - " << n << Qt::endl;
    return Ok;
}
} // namespace lethe
