#include "DiscoveryRules.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lethe::discovery {

namespace {

// A column's name and values are not enough: product.name names a product, address_id is a key, not a
// street. The second pass decides by the table's role: a table of people holds an email or phone (or is named
// like one: users, customers...); a table reaches people when a chain of foreign keys leads from it to one
// (orders -> customer; without declared keys, a column named customer_id or user_id leads to customer(s) or
// user(s)); a table that neither is nor reaches one is a catalogue (products, albums, a list of cities), even
// when tables of people point at it.
class TableRoles
{
public:
    TableRoles(DataSource& source_, QList<ColumnFinding>& findings_, const QList<Column>& columns_)
        : source(source_), findings(findings_), columns(columns_), n(source_.tables.size())
    {}

    void markPeople();
    void linkParents(const QList<SqlConnection::CompositeKey>& composite);
    void reach();
    void judge();
    void proposeErasures();

private:
    int implicitParent(const Column& c) const;
    bool isKey(int k) const;

    DataSource& source;
    QList<ColumnFinding>& findings;
    const QList<Column>& columns;
    const qsizetype n;
    QHash<QString, int> byName; // lower-case table name -> index
    QList<bool> person, peopleNamed, streetLevel;
    int onlyPeopleTable = -1;
    QList<QList<int>> parents;
    QList<int> parentOf;
    QList<bool> pointsAtPeople, reaches;
};

// Tables of people: named like one, or holding an email or phone; and tables holding a street.
void TableRoles::markPeople()
{
    for (int i = 0; i < n; ++i)
        byName.insert(source.tables[i].name.toLower(), i);
    static const QRegularExpression peopleName(QStringLiteral(
        "(^|_)(users?|customers?|members?|accounts?|persons?|people|employees?|staff|contacts?|authors?|"
        "profiles?|clients?|subscribers?|leads?|students?|patients?)$"));
    person = peopleNamed = streetLevel = QList<bool>(n, false);
    for (int i = 0; i < n; ++i)
        person[i] = peopleNamed[i] = peopleName.match(source.tables[i].name.toLower()).hasMatch();
    for (const Column& c : columns) {
        const ColumnFinding& f = findings[c.finding];
        if (f.identity == IdentityKind::Email || f.identity == IdentityKind::Phone)
            person[c.table] = true;
        if (!idLike(f.column) && (f.categories.contains(QLatin1String("user.contact.address.street")) ||
                                  f.categories.contains(QLatin1String("user.contact.address.postal_code"))))
            streetLevel[c.table] = true;
    }
}

// Where a column leads when no declared key says: a name such as customer_id, or post_author. -1: nowhere.
int TableRoles::implicitParent(const Column& c) const
{
    static const QRegularExpression byPerson(
        QStringLiteral("(^|_)(author|owner|creator|created_by|updated_by|assignee)$"));
    const QString name = findings[c.finding].column;
    // post_author, a whole number, is the key of the one table of people.
    if (onlyPeopleTable >= 0 && onlyPeopleTable != c.table && c.wholeNumbers &&
        byPerson.match(name.toLower()).hasMatch())
        return onlyPeopleTable;
    if (!idLike(name) || source.tables[c.table].primaryKey == QStringList{name})
        return -1;
    QString base = name.toLower();
    base.chop(base.endsWith(QLatin1String("_id")) ? 3 : 2);
    if (base.isEmpty())
        return -1;
    // comment_post_id: the post's, after the table's own prefix.
    const QString last = base.section(QLatin1Char('_'), -1);
    for (const QString& candidate : {base, base + QLatin1Char('s'), base + QLatin1String("es"), last,
                                     last + QLatin1Char('s'), last + QLatin1String("es")}) {
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            if (it.value() != c.table &&
                (it.key() == candidate || it.key().endsWith(QLatin1Char('_') + candidate)))
                return it.value();
        }
    }
    return -1;
}

// Where each column of one table leads: declared foreign keys, and names such as customer_id.
void TableRoles::linkParents(const QList<SqlConnection::CompositeKey>& composite)
{
    onlyPeopleTable =
        peopleNamed.count(true) == 1 ? int(peopleNamed.indexOf(true)) : -1; // wp_users, with no rival
    parents = QList<QList<int>>(n);
    parentOf = QList<int>(columns.size(), -1);
    for (int k = 0; k < columns.size(); ++k) {
        const Column& c = columns[k];
        parentOf[k] = c.parent.isEmpty() ? implicitParent(c) : int(byName.value(c.parent.toLower(), -1));
        if (parentOf[k] >= 0)
            parents[c.table] << parentOf[k];
    }
    for (const SqlConnection::CompositeKey& k : composite) {
        const int child = byName.value(k.table.toLower(), -1),
                  parent = byName.value(k.parentTable.toLower(), -1);
        if (child >= 0 && parent >= 0)
            parents[child] << parent;
    }
}

// Which tables point at a table of people, and which reach one through a chain of keys.
void TableRoles::reach()
{
    // A table of someone's records that holds an email (comments typed by guests) points at the table of
    // the people themselves (their account): its key is the record's, not a person's.
    pointsAtPeople = QList<bool>(n, false);
    for (int i = 0; i < n; ++i) {
        for (int p : std::as_const(parents[i]))
            pointsAtPeople[i] = pointsAtPeople[i] || (p != i && person[p]);
    }
    reaches = QList<bool>(n, false);
    for (int i = 0; i < n; ++i) {
        QList<int> todo{i};
        QSet<int> seen{i};
        while (!todo.isEmpty() && !reaches[i]) {
            const int t = todo.takeLast();
            reaches[i] = person[t];
            for (int p : std::as_const(parents[t])) {
                if (!seen.contains(p)) {
                    seen.insert(p);
                    todo << p;
                }
            }
        }
    }
}

// Each column judged by its table's role; the field takes the finding's categories and identity.
void TableRoles::judge()
{
    for (int k = 0; k < columns.size(); ++k) {
        const Column& c = columns[k];
        ColumnFinding& f = findings[c.finding];
        Field& field = source.tables[c.table].fields[c.field];
        const Table& table = source.tables[c.table];
        if (c.byValue)
            continue;
        auto drop = [&](const QString& why) {
            if (!f.categories.isEmpty())
                f.evidence << why;
            f.categories.clear();
            f.identity.reset();
            f.confidence = 0;
        };
        const bool key = idLike(f.column) || !c.parent.isEmpty() || parentOf[k] >= 0;
        const QString noSign = SchemaDiscovery::tr("no sign of personal data");
        if (key) {
            f.evidence.removeAll(noSign);
            const int parent = parentOf[k];
            if (table.primaryKey == QStringList{f.column} &&
                (peopleNamed[c.table] || (person[c.table] && !pointsAtPeople[c.table]))) {
                f.categories = QStringList{QStringLiteral("user.unique_id")};
                f.identity.reset();
                f.confidence = 0.6;
                f.evidence << SchemaDiscovery::tr("the key of %1, a table of people").arg(table.name);
            } else if (parent >= 0 && parent != c.table && person[parent] && !peopleNamed[c.table]) {
                f.categories = QStringList{QStringLiteral("user.unique_id")};
                f.identity.reset();
                f.confidence = 0.6;
                f.evidence
                    << SchemaDiscovery::tr("points at %1, a table of people").arg(source.tables[parent].name);
            } else if (parent < 0 && peopleNamed[c.table] && table.primaryKey != QStringList{f.column}) {
                // stripe_customer_id in a table of people leads to no table here: the person's id elsewhere.
                f.categories = QStringList{QStringLiteral("user.unique_id")};
                f.identity.reset();
                f.confidence = 0.5;
                f.evidence << SchemaDiscovery::tr(
                                  "an identifier in %1, a table of people, that leads to no table "
                                  "here: the person's id in another system")
                                  .arg(table.name);
            } else {
                drop(SchemaDiscovery::tr("a key, not %1: it does not identify a person")
                         .arg(f.categories.join(QStringLiteral(", "))));
            }
        } else if (c.role == Role::PersonOnly && !person[c.table]) {
            drop(SchemaDiscovery::tr("%1 is not a table of people").arg(table.name));
        } else if (c.role == Role::Personal && !person[c.table] && !reaches[c.table]) {
            drop(SchemaDiscovery::tr("%1 is a catalogue (no foreign key leads from it to a table of people)")
                     .arg(table.name));
        } else if (c.role == Role::PlaceWord && !person[c.table] && !reaches[c.table] &&
                   !streetLevel[c.table]) {
            drop(SchemaDiscovery::tr(
                     "%1 is a catalogue of places (it reaches no table of people and holds no street)")
                     .arg(table.name));
        }
        if (f.confidence == 0 && !f.evidence.contains(noSign))
            f.evidence << noSign;
        field.categories =
            f.categories.isEmpty() ? QStringList{QStringLiteral("system.operations")} : f.categories;
        field.identity = f.identity;
    }
}

bool TableRoles::isKey(int k) const
{
    const Column& c = columns[k];
    return idLike(findings[c.finding].column) || parentOf[k] >= 0 ||
           source.tables[c.table].primaryKey.contains(findings[c.finding].column);
}

// Erasure proposals. A table of a person's own rows (a table of people, or one that reaches one) whose
// columns other than keys are all personal loses whole rows; elsewhere each column by its category.
void TableRoles::proposeErasures()
{
    QList<int> personalColumns(n, 0), otherColumns(n, 0);
    for (int k = 0; k < columns.size(); ++k) {
        if (isKey(k))
            continue;
        if (findings[columns[k].finding].confidence > 0)
            ++personalColumns[columns[k].table];
        else
            ++otherColumns[columns[k].table];
    }
    auto covers = [](const ColumnFinding& f, const char* category) {
        return std::any_of(f.categories.cbegin(), f.categories.cend(), [&](const QString& c) {
            return DataCategories::covers(QLatin1String(category), c);
        });
    };
    for (int k = 0; k < columns.size(); ++k) {
        const Column& c = columns[k];
        ColumnFinding& f = findings[c.finding];
        const bool text = f.type == QLatin1String("text");
        const bool personal = std::any_of(f.categories.cbegin(), f.categories.cend(), [](const QString& cat) {
            return !cat.startsWith(QLatin1String("system"));
        });
        if ((person[c.table] || reaches[c.table]) && personalColumns[c.table] > 0 &&
            otherColumns[c.table] == 0)
            f.erasure = {ErasureStrategy::DeleteRow, {}};
        else if (isKey(k) || !personal || covers(f, "user.unique_id"))
            f.erasure = {ErasureStrategy::Keep, {}};
        else if (covers(f, "user.contact.email") && text && (f.length < 0 || f.length >= 64))
            f.erasure = {ErasureStrategy::Hmac, {}};
        else if (covers(f, "user.name") && text && (f.length < 0 || f.length >= 6))
            f.erasure = {ErasureStrategy::Fixed, QStringLiteral("erased")};
        else if (f.nullable)
            f.erasure = {ErasureStrategy::Null, {}};
        else if (text && (f.length < 0 || f.length >= 6))
            f.erasure = {ErasureStrategy::Fixed, QStringLiteral("erased")};
        else
            f.erasure = {ErasureStrategy::Keep, {}}; // NOT NULL and not text: a person must choose
    }
}

} // namespace

void judgeByTableRole(DataSource& source, QList<ColumnFinding>& findings, const QList<Column>& columns,
                      const QList<SqlConnection::CompositeKey>& composite)
{
    TableRoles roles(source, findings, columns);
    roles.markPeople();
    roles.linkParents(composite);
    roles.reach();
    roles.judge();
    roles.proposeErasures();
}

} // namespace lethe::discovery
