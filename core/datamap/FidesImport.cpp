#include "FidesImport.h"

#include "DataMap.h"
#include "DataMapWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace lethe {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString at(const QString& file, const YAML::Node& n)
{
    return QStringLiteral("%1:%2").arg(QFileInfo(file).fileName()).arg(n.Mark().line + 1);
}

} // namespace

QString FidesImport::modernCategory(const QString& category)
{
    QString c = category;
    static const QRegularExpression old(
        QStringLiteral("\\.(provided|derived)\\.(identifiable|nonidentifiable)"));
    c.remove(old);
    return c;
}

namespace {

// A reference read from a field, resolved after every collection is known: (source, table, field) ->
// "dataset", "coll.field".
struct PendingRef
{
    int source, table, field;
    QString dataset, target, direction, where;
};

Field* findField(DataSource& src, const QString& table, const QString& field)
{
    for (Table& t : src.tables) {
        if (t.name != table)
            continue;
        for (Field& f : t.fields) {
            if (f.name == field)
                return &f;
        }
    }
    return nullptr;
}

bool isKey(const Table& t, const QString& field)
{
    return t.primaryKey.size() == 1 && t.primaryKey.first() == field;
}

Table* tableOf(DataSource& src, const QString& name)
{
    for (Table& t : src.tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

// One import, shared by its steps in FidesImport::run: the sources read so far, what is not carried over, and
// the references still to resolve.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(lethe::FidesImport)
public:
    FidesImportResult out;
    QList<DataSource> sources;
    QString firstKey, firstName;
    QList<IdentityKind> identities;
    QList<PendingRef> refs;

    Status readFile(const QString& file);
    Status readDatasets(const QString& file, const YAML::Node& root);
    Status readDataset(const QString& file, const YAML::Node& ds);
    Table readCollection(const QString& file, const DataSource& src, const YAML::Node& coll);
    Field readField(const QString& file, const DataSource& src, Table& t, const QString& where,
                    const YAML::Node& fn);
    void readFieldMeta(const QString& file, const DataSource& src, Table& t, Field& f, const QString& fwhere,
                       const YAML::Node& meta);
    void readMasking(const QString& file, Field& f, const QString& fwhere, const YAML::Node& m);
    void resolveReferences();
    FidesImportResult write(const FidesImportOptions& options);
};

// One file: its YAML read, then its datasets.
Status Import::readFile(const QString& file)
{
    YAML::Node root;
    try {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Error::Code::NotFound,
                             tr("%1: cannot open the file: %2").arg(file, f.errorString()));
        root = YAML::Load(f.readAll().toStdString());
    } catch (const YAML::Exception& e) {
        return makeError(Error::Code::InvalidInput, tr("%1:%2:%3: not valid YAML: %4")
                                                        .arg(file)
                                                        .arg(e.mark.line + 1)
                                                        .arg(e.mark.column + 1)
                                                        .arg(q(e.msg)));
    }
    try {
        return readDatasets(file, root);
    } catch (const YAML::Exception& e) {
        return makeError(Error::Code::InvalidInput, tr("%1:%2:%3: unexpected shape: %4")
                                                        .arg(file)
                                                        .arg(e.mark.line + 1)
                                                        .arg(e.mark.column + 1)
                                                        .arg(q(e.msg)));
    }
}

Status Import::readDatasets(const QString& file, const YAML::Node& root)
{
    const YAML::Node datasets = root["dataset"];
    if (!datasets || !datasets.IsSequence()) {
        return makeError(
            Error::Code::InvalidInput,
            tr("%1: not a Fides dataset file (expected a top-level \"dataset:\" list).").arg(file));
    }
    for (const YAML::Node& ds : datasets)
        if (Status s = readDataset(file, ds); !s)
            return s;
    return {};
}

// A dataset becomes a source, its collections its tables.
Status Import::readDataset(const QString& file, const YAML::Node& ds)
{
    DataSource src;
    src.key = ds["fides_key"] ? q(ds["fides_key"].as<std::string>()) : QString();
    if (src.key.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("%1: a dataset has no fides_key.").arg(at(file, ds)));
    if (firstKey.isEmpty()) {
        firstKey = src.key;
        firstName = ds["name"] ? q(ds["name"].as<std::string>()) : src.key;
    }
    for (const char* ignored : {"data_categories", "organization_fides_key", "meta", "fides_meta"}) {
        if (ds[ignored])
            out.notCarried << tr("%1: dataset %2: \"%3\" is not carried over.")
                                  .arg(at(file, ds[ignored]), src.key, QLatin1String(ignored));
    }
    ++out.datasets;
    for (const YAML::Node& coll : ds["collections"]) {
        const Table t = readCollection(file, src, coll);
        src.tables << t;
        ++out.tables;
    }
    sources << src;
    return {};
}

// A collection becomes a table of `src` (which it is not yet appended to).
Table Import::readCollection(const QString& file, const DataSource& src, const YAML::Node& coll)
{
    Table t;
    t.name = q(coll["name"].as<std::string>());
    const QString where = QStringLiteral("%1.%2").arg(src.key, t.name);
    if (const YAML::Node meta = coll["fides_meta"]) {
        for (const char* k : {"after", "erase_after", "skip_processing"}) {
            if (meta[k]) {
                out.notCarried << tr("%1: %2: fides_meta.%3 is not carried over (Lethe orders erasure "
                                     "from the references itself).")
                                      .arg(at(file, meta[k]), where, QLatin1String(k));
            }
        }
        if (const YAML::Node m = meta["masking_strategy_override"]) {
            if (m["strategy"] && m["strategy"].as<std::string>() == "delete")
                t.deleteRows = true;
            else
                out.notCarried << tr("%1: %2: collection masking override other than delete is not "
                                     "carried over.")
                                      .arg(at(file, m), where);
        }
    }
    // Fields, with nested object fields folded into their top-level field.
    for (const YAML::Node& fn : coll["fields"]) {
        const Field f = readField(file, src, t, where, fn);
        t.fields << f;
        ++out.fields;
    }
    if (t.primaryKey.isEmpty()) {
        const bool hasId = std::any_of(t.fields.cbegin(), t.fields.cend(),
                                       [](const Field& f) { return f.name == QLatin1String("id"); });
        if (hasId) {
            t.primaryKey << QStringLiteral("id");
            out.notCarried
                << tr("%1: %2 declares no primary key; assumed \"id\": check it.").arg(at(file, coll), where);
        } else {
            out.notCarried << tr("%1: %2 declares no primary key and has no \"id\" field: set "
                                 "primary_key before use.")
                                  .arg(at(file, coll), where);
        }
    }
    return t;
}

// A field of `t` (which it is not yet appended to), with the categories of its nested fields.
Field Import::readField(const QString& file, const DataSource& src, Table& t, const QString& where,
                        const YAML::Node& fn)
{
    Field f;
    f.name = q(fn["name"].as<std::string>());
    const QString fwhere = QStringLiteral("%1.%2").arg(where, f.name);
    auto addCategories = [&](const YAML::Node& node, const QString& w) {
        for (const YAML::Node& c : node["data_categories"]) {
            const QString original = q(c.as<std::string>());
            QString cat = FidesImport::modernCategory(original);
            if (!DataCategories::isValid(cat)) {
                cat = QStringLiteral("custom.fides.") +
                      original.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                                 QStringLiteral("_"));
                out.notCarried << tr("%1: %2: category \"%3\" is not one Lethe knows; written as "
                                     "%4.")
                                      .arg(at(file, c), w, original, cat);
            }
            if (!f.categories.contains(cat))
                f.categories << cat;
        }
    };
    addCategories(fn, fwhere);
    if (const YAML::Node nested = fn["fields"]) {
        QStringList names;
        for (const YAML::Node& child : nested) {
            names << q(child["name"].as<std::string>());
            addCategories(child, fwhere + QLatin1Char('.') + names.last());
        }
        out.notCarried << tr("%1: %2: nested fields (%3) are folded into %4 with their categories; "
                             "Lethe treats the column as a whole.")
                              .arg(at(file, nested), fwhere, names.join(QStringLiteral(", ")), f.name);
    }
    if (f.categories.isEmpty()) {
        f.categories << QStringLiteral("system.operations");
        out.notCarried << tr("%1: %2 has no data categories; written as system.operations: check "
                             "it.")
                              .arg(at(file, fn), fwhere);
    }
    if (const YAML::Node meta = fn["fides_meta"])
        readFieldMeta(file, src, t, f, fwhere, meta);
    return f;
}

// A field's fides_meta: primary key, identity, references and masking.
void Import::readFieldMeta(const QString& file, const DataSource& src, Table& t, Field& f,
                           const QString& fwhere, const YAML::Node& meta)
{
    if (meta["primary_key"] && meta["primary_key"].as<bool>())
        t.primaryKey << f.name;
    if (meta["identity"]) {
        const QString id = q(meta["identity"].as<std::string>());
        if (id == QLatin1String("email"))
            f.identity = IdentityKind::Email;
        else if (id == QLatin1String("phone_number"))
            f.identity = IdentityKind::Phone;
        else if (QRegularExpression(QStringLiteral("^(user|customer|account)_?id$")).match(id).hasMatch())
            f.identity = IdentityKind::UserId;
        else
            out.notCarried << tr("%1: %2: custom identity \"%3\" has no Lethe identity kind; "
                                 "the field is kept without it.")
                                  .arg(at(file, meta["identity"]), fwhere, id);
        if (f.identity && !identities.contains(*f.identity))
            identities << *f.identity;
    }
    if (const YAML::Node r = meta["references"]) {
        for (const YAML::Node& ref : r) {
            // Indexes of the source, table and field being built (appended by the callers).
            refs << PendingRef{int(sources.size()),
                               int(src.tables.size()),
                               int(t.fields.size()),
                               ref["dataset"] ? q(ref["dataset"].as<std::string>()) : src.key,
                               q(ref["field"].as<std::string>()),
                               ref["direction"] ? q(ref["direction"].as<std::string>()) : QString(),
                               at(file, ref) + QStringLiteral(": ") + fwhere};
        }
    }
    if (const YAML::Node m = meta["masking_strategy_override"])
        readMasking(file, f, fwhere, m);
    for (const char* k : {"data_type", "length", "read_only", "return_all_elements"}) {
        if (meta[k]) {
            out.notCarried << tr("%1: %2: fides_meta.%3 is not needed by Lethe and is not "
                                 "carried over.")
                                  .arg(at(file, meta[k]), fwhere, QLatin1String(k));
        }
    }
}

// A field's masking_strategy_override as its erasure strategy.
void Import::readMasking(const QString& file, Field& f, const QString& fwhere, const YAML::Node& m)
{
    const QString strategy = m["strategy"] ? q(m["strategy"].as<std::string>()) : QString();
    if (strategy == QLatin1String("null_rewrite")) {
        f.erasure.strategy = ErasureStrategy::Null;
    } else if (strategy == QLatin1String("string_rewrite")) {
        const YAML::Node v = m["configuration"]["rewrite_value"];
        f.erasure = {ErasureStrategy::Fixed, v ? q(v.as<std::string>()) : QStringLiteral("erased")};
    } else if (strategy == QLatin1String("hash") || strategy == QLatin1String("hmac")) {
        f.erasure.strategy = ErasureStrategy::Hmac;
        if (strategy == QLatin1String("hash"))
            out.notCarried << tr("%1: %2: hash masking becomes keyed HMAC-SHA-256 (a plain "
                                 "hash of an email can be reversed by guessing).")
                                  .arg(at(file, m), fwhere);
    } else if (strategy == QLatin1String("preserve")) {
        f.erasure.strategy = ErasureStrategy::Keep;
    } else {
        out.notCarried << tr("%1: %2: masking strategy \"%3\" has no Lethe equivalent; the "
                             "field is kept as it is until you choose one.")
                              .arg(at(file, m), fwhere, strategy);
    }
}

// Our `references` is a foreign-key fact: the child column (the one holding the other row's value)
// names the parent key it points at. Fides' `direction` says something else: which side a privacy request
// processes first (`from`: the referenced field first; `to`: this one first, as customer.address_id leads
// to address.id). Which side holds the foreign value is not in the direction but in the keys: the side
// that is its collection's primary key is the parent. Fides writes references on the column that holds
// the foreign value, so when neither or both sides are keys, the declaring field is the child.
void Import::resolveReferences()
{
    for (const PendingRef& r : refs) {
        DataSource& src = sources[r.source];
        if (r.dataset != src.key) {
            out.notCarried << tr("%1 references %2.%3 in another dataset; references across sources are not "
                                 "supported yet.")
                                  .arg(r.where, r.dataset, r.target);
            continue;
        }
        Table& declaring = src.tables[r.table];
        const Field& declared = declaring.fields[r.field];
        const QString targetTable = r.target.section(QLatin1Char('.'), 0, 0);
        const QString targetField = r.target.section(QLatin1Char('.'), 1);
        Table* other = tableOf(src, targetTable);
        if (!other || !findField(src, targetTable, targetField)) {
            out.notCarried
                << tr("%1 references %2, which the dataset does not declare.").arg(r.where, r.target);
            continue;
        }
        // The child table and column, and the parent key they point at.
        Table* childTable = &declaring;
        QString childColumn = declared.name;
        FieldRef parent{targetTable, targetField};
        if (isKey(declaring, declared.name) && !isKey(*other, targetField)) {
            childTable = other;
            childColumn = targetField;
            parent = FieldRef{declaring.name, declared.name};
            out.notCarried << tr("%1 is the primary key of its collection and references %2, which is not: "
                                 "written as the foreign key it describes, %2 → %3.%4 (on field %2).")
                                  .arg(r.where, r.target, declaring.name, declared.name);
        }
        Field* child = nullptr;
        for (Field& f : childTable->fields) {
            if (f.name == childColumn)
                child = &f;
        }
        const bool same = child->references && child->references->table == parent.table &&
                          child->references->field == parent.field;
        const bool sameInTable = std::any_of(
            childTable->references.cbegin(), childTable->references.cend(), [&](const TableReference& t) {
                return t.columns == QStringList{childColumn} && t.table == parent.table &&
                       t.to == QStringList{parent.field};
            });
        if (same || sameInTable)
            continue; // both sides of one foreign key declared it
        if (!child->references) {
            child->references = parent;
        } else {
            // A second parent for the same column: a table-level reference of one column, which the
            // traversal and the erasure read like the field's own.
            childTable->references << TableReference{{childColumn}, parent.table, {parent.field}, 0};
        }
    }
}

// The data map the sources make, as YAML, with what the user must still fill in.
FidesImportResult Import::write(const FidesImportOptions& options)
{
    DataMap map;
    map.key = options.systemKey.isEmpty() ? firstKey.toLower() : options.systemKey;
    map.key.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]")), QStringLiteral("_"));
    map.name = options.systemName.isEmpty() ? firstName : options.systemName;
    map.art15.purposes = options.purposes;
    map.identities = identities;
    for (DataSource& src : sources) {
        src.connection.engine = ConnectionParams::Engine::Sqlite;
        src.connection.path = src.key + QStringLiteral(".db");
    }
    map.sources = sources;
    if (options.purposes.isEmpty()) {
        out.notCarried << tr(
            "system.art15: Fides datasets hold no purposes, recipients or retention periods; fill "
            "them in (validate refuses the map until there is at least one purpose).");
    }
    out.notCarried << tr(
        "sources: Fides datasets hold no connection details; each source is written as SQLite "
        "<fides_key>.db: set engine, path or host before use.");
    out.yaml = DataMapWriter::toYaml(map);
    return out;
}

} // namespace

Result<FidesImportResult> FidesImport::run(const QStringList& files, const FidesImportOptions& options)
{
    Import in;
    for (const QString& file : files)
        if (Status s = in.readFile(file); !s)
            return s.error();
    if (in.sources.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("No datasets found in %1.").arg(files.join(QStringLiteral(", "))));
    in.resolveReferences();
    return in.write(options);
}

} // namespace lethe
