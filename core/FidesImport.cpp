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

Result<FidesImportResult> FidesImport::run(const QStringList& files, const FidesImportOptions& options)
{
    FidesImportResult out;
    QList<DataSource> sources;
    QString firstKey, firstName;
    QList<IdentityKind> identities;
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
                DataSource src;
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
                    Table t;
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
                        Field f;
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
                                    f.identity = IdentityKind::Email;
                                else if (id == QLatin1String("phone_number"))
                                    f.identity = IdentityKind::Phone;
                                else if (QRegularExpression(QStringLiteral("^(user|customer|account)_?id$"))
                                             .match(id)
                                             .hasMatch())
                                    f.identity = IdentityKind::UserId;
                                else
                                    out.notCarried
                                        << tr("%1: %2: custom identity \"%3\" has no Lethe identity kind; "
                                              "the field is kept without it.")
                                               .arg(at(file, meta["identity"]), fwhere, id);
                                if (f.identity && !identities.contains(*f.identity))
                                    identities << *f.identity;
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
                                    f.erasure.strategy = ErasureStrategy::Null;
                                } else if (strategy == QLatin1String("string_rewrite")) {
                                    const YAML::Node v = m["configuration"]["rewrite_value"];
                                    f.erasure = {ErasureStrategy::Fixed,
                                                 v ? q(v.as<std::string>()) : QStringLiteral("erased")};
                                } else if (strategy == QLatin1String("hash") ||
                                           strategy == QLatin1String("hmac")) {
                                    f.erasure.strategy = ErasureStrategy::Hmac;
                                    if (strategy == QLatin1String("hash"))
                                        out.notCarried
                                            << tr("%1: %2: hash masking becomes keyed HMAC-SHA-256 (a plain "
                                                  "hash of an email can be reversed by guessing).")
                                                   .arg(at(file, m), fwhere);
                                } else if (strategy == QLatin1String("preserve")) {
                                    f.erasure.strategy = ErasureStrategy::Keep;
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
                                        [](const Field& f) { return f.name == QLatin1String("id"); });
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
        DataSource& src = sources[r.source];
        if (r.dataset != src.key) {
            out.notCarried << tr("%1 references %2.%3 in another dataset; references across sources are not "
                                 "supported yet.")
                                  .arg(r.where, r.dataset, r.target);
            continue;
        }
        Field* from = &src.tables[r.table].fields[r.field];
        FieldRef pointsAt{r.target.section(QLatin1Char('.'), 0, 0), r.target.section(QLatin1Char('.'), 1)};
        if (r.direction == QLatin1String("to")) {
            const QString table = r.target.section(QLatin1Char('.'), 0, 0);
            const QString field = r.target.section(QLatin1Char('.'), 1);
            Field* target = nullptr;
            for (Table& t : src.tables) {
                for (Field& f : t.fields) {
                    if (t.name == table && f.name == field)
                        target = &f;
                }
            }
            if (!target) {
                out.notCarried
                    << tr("%1 references %2, which the dataset does not declare.").arg(r.where, r.target);
                continue;
            }
            pointsAt = FieldRef{src.tables[r.table].name, from->name};
            from = target;
        }
        if (from->references) {
            out.notCarried
                << tr("%1 has a second reference (%2); Lethe keeps one per field.").arg(r.where, r.target);
            continue;
        }
        from->references = pointsAt;
    }

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

} // namespace lethe
