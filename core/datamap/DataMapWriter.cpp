#include "DataMapWriter.h"

#include <QDir>

#include <yaml-cpp/yaml.h>

namespace lethe {

namespace {
std::string s(const QString& v)
{
    return v.toStdString();
}

void seq(YAML::Emitter& e, const QStringList& items)
{
    e << YAML::Flow << YAML::BeginSeq;
    for (const QString& i : items)
        e << s(i);
    e << YAML::EndSeq;
}

void erasure(YAML::Emitter& e, const FieldErasure& er)
{
    switch (er.strategy) {
    case ErasureStrategy::Keep:
        return;
    case ErasureStrategy::Null:
        e << YAML::Key << "erasure" << YAML::Value << "null";
        return;
    case ErasureStrategy::Hmac:
        e << YAML::Key << "erasure" << YAML::Value << "hmac";
        return;
    case ErasureStrategy::DeleteRow:
        e << YAML::Key << "erasure" << YAML::Value << "delete_row";
        return;
    case ErasureStrategy::Fixed:
        e << YAML::Key << "erasure" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "fixed"
          << YAML::Value << s(er.fixedValue) << YAML::EndMap;
        return;
    }
}
} // namespace

QByteArray DataMapWriter::toYaml(const DataMap& map)
{
    YAML::Emitter e;
    e << YAML::BeginMap;
    e << YAML::Key << "lethe_datamap" << YAML::Value << 1;
    e << YAML::Key << "system" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "key" << YAML::Value << s(map.key);
    e << YAML::Key << "name" << YAML::Value << s(map.name);
    if (!map.description.isEmpty())
        e << YAML::Key << "description" << YAML::Value << s(map.description);
    e << YAML::Key << "art15" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "purposes" << YAML::Value;
    seq(e, map.art15.purposes);
    if (!map.art15.legalBases.isEmpty()) {
        e << YAML::Key << "legal_bases" << YAML::Value;
        seq(e, map.art15.legalBases);
    }
    e << YAML::EndMap;
    QStringList ids;
    for (IdentityKind k : map.identities)
        ids << Names::key(k);
    e << YAML::Key << "identities" << YAML::Value;
    seq(e, ids);
    e << YAML::EndMap;

    e << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
    for (const DataSource& src : map.sources) {
        const ConnectionParams& c = src.connection;
        e << YAML::BeginMap;
        e << YAML::Key << "key" << YAML::Value << s(src.key);
        e << YAML::Key << "engine" << YAML::Value << s(ConnectionParams::engineKey(c.engine));
        if (c.engine == ConnectionParams::Engine::Sqlite) {
            e << YAML::Key << "path" << YAML::Value << s(c.path);
        } else {
            e << YAML::Key << "host" << YAML::Value << s(c.host);
            if (c.port > 0)
                e << YAML::Key << "port" << YAML::Value << c.port;
            e << YAML::Key << "database" << YAML::Value << s(c.database);
            e << YAML::Key << "user" << YAML::Value << s(c.user);
            if (!c.passwordKey.isEmpty())
                e << YAML::Key << "password_key" << YAML::Value << s(c.passwordKey);
            if (!src.schema.isEmpty())
                e << YAML::Key << "schema" << YAML::Value << s(src.schema);
        }
        e << YAML::Key << "tables" << YAML::Value << YAML::BeginSeq;
        for (const Table& t : src.tables) {
            e << YAML::BeginMap;
            e << YAML::Key << "name" << YAML::Value << s(t.name);
            if (!t.schema.isEmpty() && t.schema != src.schema)
                e << YAML::Key << "schema" << YAML::Value << s(t.schema);
            if (t.primaryKey.size() == 1) {
                e << YAML::Key << "primary_key" << YAML::Value << s(t.primaryKey.first());
            } else {
                e << YAML::Key << "primary_key" << YAML::Value;
                seq(e, t.primaryKey);
            }
            if (t.deleteRows)
                e << YAML::Key << "erase" << YAML::Value << "rows";
            if (t.about != Table::About::Auto)
                e << YAML::Key << "about" << YAML::Value
                  << (t.about == Table::About::Others ? "others" : "subject");
            e << YAML::Key << "fields" << YAML::Value << YAML::BeginSeq;
            for (const Field& f : t.fields) {
                e << YAML::Flow << YAML::BeginMap;
                e << YAML::Key << "name" << YAML::Value << s(f.name);
                e << YAML::Key << "categories" << YAML::Value;
                seq(e, f.categories);
                if (f.identity)
                    e << YAML::Key << "identity" << YAML::Value << s(Names::key(*f.identity));
                if (!f.normalized)
                    e << YAML::Key << "normalized" << YAML::Value << false;
                if (!f.follow)
                    e << YAML::Key << "follow" << YAML::Value << false;
                if (f.references)
                    e << YAML::Key << "references" << YAML::Value
                      << s(f.references->table + QLatin1Char('.') + f.references->field);
                erasure(e, f.erasure);
                e << YAML::EndMap;
            }
            e << YAML::EndSeq;
            if (!t.references.isEmpty()) {
                e << YAML::Key << "references" << YAML::Value << YAML::BeginSeq;
                for (const TableReference& r : t.references) {
                    e << YAML::Flow << YAML::BeginMap;
                    e << YAML::Key << "columns" << YAML::Value;
                    seq(e, r.columns);
                    e << YAML::Key << "table" << YAML::Value << s(r.table);
                    e << YAML::Key << "to" << YAML::Value;
                    seq(e, r.to);
                    e << YAML::EndMap;
                }
                e << YAML::EndSeq;
            }
            e << YAML::EndMap;
        }
        e << YAML::EndSeq << YAML::EndMap;
    }
    e << YAML::EndSeq << YAML::EndMap;
    return QByteArray(e.c_str()) + '\n';
}

} // namespace lethe
