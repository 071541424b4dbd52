#include "FidesImport.h"

#include "DataMap.h"

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

std::string s(const QString& v)
{
    return v.toStdString();
}

QString at(const QString& file, const YAML::Node& n)
{
    return QStringLiteral("%1:%2").arg(QFileInfo(file).fileName()).arg(n.Mark().line + 1);
}

struct OutField
{
    QString name;
    QStringList categories;
    QString identity;
    QString references;
    QString erasure;    // keep (empty), null, hmac, delete_row
    QString fixedValue; // for {fixed: ...}
};

struct OutTable
{
    QString name;
    QStringList primaryKey;
    bool deleteRows = false;
    QList<OutField> fields;
};

struct OutSource
{
    QString key;
    QList<OutTable> tables;
};

} // namespace

QString FidesImport::modernCategory(const QString& category)
{
    QString c = category;
    static const QRegularExpression old(
        QStringLiteral("\\.(provided|derived)\\.(identifiable|nonidentifiable)"));
    c.remove(old);
    return c;
}

Result<FidesImportResult> FidesImport::run(const QStringList& files, const FidesImportOptions& options)
{
    FidesImportResult out;
    QList<OutSource> sources;
    QString firstKey, firstName;
    QStringList identities;
    // References are resolved after every collection is known: (source, table, field) -> "dataset",
    // "coll.field".
    struct PendingRef
    {
        int source, table, field;
        QString dataset, target, direction, where;
    };
    QList<PendingRef> refs;

    for (const QString& file : files) {
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
            const YAML::Node datasets = root["dataset"];
            if (!datasets || !datasets.IsSequence()) {
                return makeError(
                    Error::Code::InvalidInput,
                    tr("%1: not a Fides dataset file (expected a top-level \"dataset:\" list).").arg(file));
            }
            for (const YAML::Node& ds : datasets) {
                OutSource src;
                src.key = ds["fides_key"] ? q(ds["fides_key"].as<std::string>()) : QString();
                if (src.key.isEmpty())
                    return makeError(Error::Code::InvalidInput,
                                     tr("%1: a dataset has no fides_key.").arg(at(file, ds)));
                if (firstKey.isEmpty()) {
                    firstKey = src.key;
                    firstName = ds["name"] ? q(ds["name"].as<std::string>()) : src.key;
                }
                for (const char* ignored :
                     {"data_categories", "organization_fides_key", "meta", "fides_meta"}) {
                    if (ds[ignored])
                        out.notCarried << tr("%1: dataset %2: \"%3\" is not carried over.")
                                              .arg(at(file, ds[ignored]), src.key, QLatin1String(ignored));
                }
                ++out.datasets;
                for (const YAML::Node& coll : ds["collections"]) {
                    OutTable t;
                    t.name = q(coll["name"].as<std::string>());
                    const QString where = QStringLiteral("%1.%2").arg(src.key, t.name);
                    if (const YAML::Node meta = coll["fides_meta"]) {
                        for (const char* k : {"after", "erase_after", "skip_processing"}) {
                            if (meta[k]) {
                                out.notCarried
                                    << tr("%1: %2: fides_meta.%3 is not carried over (Lethe orders erasure "
                                          "from the references itself).")
                                           .arg(at(file, meta[k]), where, QLatin1String(k));
                            }
                        }
                        if (const YAML::Node m = meta["masking_strategy_override"]) {
                            if (m["strategy"] && m["strategy"].as<std::string>() == "delete")
                                t.deleteRows = true;
                            else
                                out.notCarried
                                    << tr("%1: %2: collection masking override other than delete is not "
                                          "carried over.")
                                           .arg(at(file, m), where);
                        }
                    }
                    // Fields, with nested object fields folded into their top-level field.
                    for (const YAML::Node& fn : coll["fields"]) {
                        OutField f;
                        f.name = q(fn["name"].as<std::string>());
                        const QString fwhere = QStringLiteral("%1.%2").arg(where, f.name);
                        auto addCategories = [&](const YAML::Node& node, const QString& w) {
                            for (const YAML::Node& c : node["data_categories"]) {
                                const QString original = q(c.as<std::string>());
                                QString cat = modernCategory(original);
                                if (!DataCategories::isValid(cat)) {
                                    cat = QStringLiteral("custom.fides.") +
                                          original.toLower().replace(
                                              QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                              QStringLiteral("_"));
                                    out.notCarried
                                        << tr("%1: %2: category \"%3\" is not one Lethe knows; written as "
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
                            out.notCarried
                                << tr("%1: %2: nested fields (%3) are folded into %4 with their categories; "
                                      "Lethe treats the column as a whole.")
                                       .arg(at(file, nested), fwhere, names.join(QStringLiteral(", ")),
                                            f.name);
                        }
                        if (f.categories.isEmpty()) {
                            f.categories << QStringLiteral("system.operations");
                            out.notCarried
                                << tr("%1: %2 has no data categories; written as system.operations: check "
                                      "it.")
                                       .arg(at(file, fn), fwhere);
                        }
                        if (const YAML::Node meta = fn["fides_meta"]) {
                            if (meta["primary_key"] && meta["primary_key"].as<bool>())
                                t.primaryKey << f.name;
                            if (meta["identity"]) {
                                const QString id = q(meta["identity"].as<std::string>());
                                if (id == QLatin1String("email"))
                                    f.identity = QStringLiteral("email");
                                else if (id == QLatin1String("phone_number"))
                                    f.identity = QStringLiteral("phone");
                                else if (QRegularExpression(QStringLiteral("^(user|customer|account)_?id$"))
                                             .match(id)
                                             .hasMatch())
                                    f.identity = QStringLiteral("user-id");
                                else
                                    out.notCarried
                                        << tr("%1: %2: custom identity \"%3\" has no Lethe identity kind; "
                                              "the field is kept without it.")
                                               .arg(at(file, meta["identity"]), fwhere, id);
                                if (!f.identity.isEmpty() && !identities.contains(f.identity))
                                    identities << f.identity;
                            }
                            if (const YAML::Node r = meta["references"]) {
                                for (const YAML::Node& ref : r) {
                                    // Indexes of the source, table and field being built (appended below).
                                    refs << PendingRef{
                                        int(sources.size()),
                                        int(src.tables.size()),
                                        int(t.fields.size()),
                                        ref["dataset"] ? q(ref["dataset"].as<std::string>()) : src.key,
                                        q(ref["field"].as<std::string>()),
                                        ref["direction"] ? q(ref["direction"].as<std::string>()) : QString(),
                                        at(file, ref) + QStringLiteral(": ") + fwhere};
                                }
                            }
                            if (const YAML::Node m = meta["masking_strategy_override"]) {
                                const QString strategy =
                                    m["strategy"] ? q(m["strategy"].as<std::string>()) : QString();
                                if (strategy == QLatin1String("null_rewrite")) {
                                    f.erasure = QStringLiteral("null");
                                } else if (strategy == QLatin1String("string_rewrite")) {
                                    const YAML::Node v = m["configuration"]["rewrite_value"];
                                    f.erasure = QStringLiteral("fixed");
                                    f.fixedValue = v ? q(v.as<std::string>()) : QStringLiteral("erased");
                                } else if (strategy == QLatin1String("hash") ||
                                           strategy == QLatin1String("hmac")) {
                                    f.erasure = QStringLiteral("hmac");
                                    if (strategy == QLatin1String("hash"))
                                        out.notCarried
                                            << tr("%1: %2: hash masking becomes keyed HMAC-SHA-256 (a plain "
                                                  "hash of an email can be reversed by guessing).")
                                                   .arg(at(file, m), fwhere);
                                } else if (strategy == QLatin1String("preserve")) {
                                    f.erasure.clear();
                                } else {
                                    out.notCarried
                                        << tr("%1: %2: masking strategy \"%3\" has no Lethe equivalent; the "
                                              "field is kept as it is until you choose one.")
                                               .arg(at(file, m), fwhere, strategy);
                                }
                            }
                            for (const char* k :
                                 {"data_type", "length", "read_only", "return_all_elements"}) {
                                if (meta[k]) {
                                    out.notCarried
                                        << tr("%1: %2: fides_meta.%3 is not needed by Lethe and is not "
                                              "carried over.")
                                               .arg(at(file, meta[k]), fwhere, QLatin1String(k));
                                }
                            }
                        }
                        t.fields << f;
                        ++out.fields;
                    }
                    if (t.primaryKey.isEmpty()) {
                        const bool hasId =
                            std::any_of(t.fields.cbegin(), t.fields.cend(),
                                        [](const OutField& f) { return f.name == QLatin1String("id"); });
                        if (hasId) {
                            t.primaryKey << QStringLiteral("id");
                            out.notCarried << tr("%1: %2 declares no primary key; assumed \"id\": check it.")
                                                  .arg(at(file, coll), where);
                        } else {
                            out.notCarried
                                << tr("%1: %2 declares no primary key and has no \"id\" field: set "
                                      "primary_key before use.")
                                       .arg(at(file, coll), where);
                        }
                    }
                    src.tables << t;
                    ++out.tables;
                }
                sources << src;
            }
        } catch (const YAML::Exception& e) {
            return makeError(Error::Code::InvalidInput, tr("%1:%2:%3: unexpected shape: %4")
                                                            .arg(file)
                                                            .arg(e.mark.line + 1)
                                                            .arg(e.mark.column + 1)
                                                            .arg(q(e.msg)));
        }
    }
    if (sources.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("No datasets found in %1.").arg(files.join(QStringLiteral(", "))));

    // Our `references` always means "the referenced field is known first; follow it to this one". Fides says
    // the same with direction: from; with direction: to this field is known first, so the reference is
    // written on the other field, pointing back here.
    for (const PendingRef& r : refs) {
        OutSource& src = sources[r.source];
        if (r.dataset != src.key) {
            out.notCarried << tr("%1 references %2.%3 in another dataset; references across sources are not "
                                 "supported yet.")
                                  .arg(r.where, r.dataset, r.target);
            continue;
        }
        OutField* from = &src.tables[r.table].fields[r.field];
        QString pointsAt = r.target;
        if (r.direction == QLatin1String("to")) {
            const QString table = r.target.section(QLatin1Char('.'), 0, 0);
            const QString field = r.target.section(QLatin1Char('.'), 1);
            OutField* target = nullptr;
            for (OutTable& t : src.tables) {
                for (OutField& f : t.fields) {
                    if (t.name == table && f.name == field)
                        target = &f;
                }
            }
            if (!target) {
                out.notCarried
                    << tr("%1 references %2, which the dataset does not declare.").arg(r.where, r.target);
                continue;
            }
            pointsAt = src.tables[r.table].name + QLatin1Char('.') + from->name;
            from = target;
        }
        if (!from->references.isEmpty()) {
            out.notCarried
                << tr("%1 has a second reference (%2); Lethe keeps one per field.").arg(r.where, r.target);
            continue;
        }
        from->references = pointsAt;
    }

    YAML::Emitter e;
    e << YAML::BeginMap;
    e << YAML::Key << "lethe_datamap" << YAML::Value << 1;
    e << YAML::Key << "system" << YAML::Value << YAML::BeginMap;
    QString key = options.systemKey.isEmpty() ? firstKey.toLower() : options.systemKey;
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]")), QStringLiteral("_"));
    e << YAML::Key << "key" << YAML::Value << s(key);
    e << YAML::Key << "name" << YAML::Value
      << s(options.systemName.isEmpty() ? firstName : options.systemName);
    e << YAML::Key << "art15" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "purposes" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString& p : options.purposes)
        e << s(p);
    e << YAML::EndSeq << YAML::EndMap;
    e << YAML::Key << "identities" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString& i : identities)
        e << s(i);
    e << YAML::EndSeq << YAML::EndMap;
    if (options.purposes.isEmpty()) {
        out.notCarried << tr(
            "system.art15: Fides datasets hold no purposes, recipients or retention periods; fill "
            "them in (validate refuses the map until there is at least one purpose).");
    }
    out.notCarried << tr(
        "sources: Fides datasets hold no connection details; each source is written as SQLite "
        "<fides_key>.db: set engine, path or host before use.");

    e << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
    for (const OutSource& src : std::as_const(sources)) {
        e << YAML::BeginMap;
        e << YAML::Key << "key" << YAML::Value << s(src.key);
        e << YAML::Key << "engine" << YAML::Value << "sqlite";
        e << YAML::Key << "path" << YAML::Value << s(src.key + QStringLiteral(".db"));
        e << YAML::Key << "tables" << YAML::Value << YAML::BeginSeq;
        for (const OutTable& t : src.tables) {
            e << YAML::BeginMap;
            e << YAML::Key << "name" << YAML::Value << s(t.name);
            if (t.primaryKey.size() == 1) {
                e << YAML::Key << "primary_key" << YAML::Value << s(t.primaryKey.first());
            } else {
                e << YAML::Key << "primary_key" << YAML::Value << YAML::Flow << YAML::BeginSeq;
                for (const QString& pk : t.primaryKey)
                    e << s(pk);
                e << YAML::EndSeq;
            }
            if (t.deleteRows)
                e << YAML::Key << "erase" << YAML::Value << "rows";
            e << YAML::Key << "fields" << YAML::Value << YAML::BeginSeq;
            for (const OutField& f : t.fields) {
                e << YAML::Flow << YAML::BeginMap;
                e << YAML::Key << "name" << YAML::Value << s(f.name);
                e << YAML::Key << "categories" << YAML::Value << YAML::Flow << YAML::BeginSeq;
                for (const QString& c : f.categories)
                    e << s(c);
                e << YAML::EndSeq;
                if (!f.identity.isEmpty())
                    e << YAML::Key << "identity" << YAML::Value << s(f.identity);
                if (!f.references.isEmpty())
                    e << YAML::Key << "references" << YAML::Value << s(f.references);
                if (f.erasure == QLatin1String("fixed")) {
                    e << YAML::Key << "erasure" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key
                      << "fixed" << YAML::Value << s(f.fixedValue) << YAML::EndMap;
                } else if (!f.erasure.isEmpty()) {
                    e << YAML::Key << "erasure" << YAML::Value << s(f.erasure);
                }
                e << YAML::EndMap;
            }
            e << YAML::EndSeq << YAML::EndMap;
        }
        e << YAML::EndSeq << YAML::EndMap;
    }
    e << YAML::EndSeq << YAML::EndMap;
    if (!e.good())
        return makeError(Error::Code::InvalidInput,
                         tr("Cannot write the data map: %1").arg(q(e.GetLastError())));
    out.yaml = QByteArray(e.c_str()) + '\n';
    return out;
}

} // namespace lethe
