#include "DataMapLoader.h"
#include "FidesImport.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// Import of a small Fides dataset written for this test: what maps is carried over, the rest is listed.
class TestFidesImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importsAndLoads();
    void listsWhatItCannotCarry();
    void draftWithoutPurposesIsRefusedByValidate();
    void badInput();

private:
    QString write(const QString& name, const QByteArray& text);
    QTemporaryDir m_dir;
    Result<FidesImportResult> m_result = makeError(Error::Code::InvalidInput, {});
};

static const char* kDataset = R"(dataset:
  - fides_key: shop_db
    name: Shop database
    description: The web shop
    collections:
      - name: customer
        fields:
          - name: id
            data_categories: [user.unique_id]
            fides_meta:
              primary_key: true
          - name: email
            data_categories: [user.contact.email]
            fides_meta:
              identity: email
              data_type: string
          - name: phone
            data_categories: [user.provided.identifiable.contact.phone_number]
            fides_meta:
              identity: phone_number
              masking_strategy_override:
                strategy: null_rewrite
          - name: name
            data_categories: [user.name]
            fides_meta:
              masking_strategy_override:
                strategy: string_rewrite
                configuration: {rewrite_value: "REDACTED"}
          - name: address
            data_categories: [user.contact.address]
            fields:
              - name: city
                data_categories: [user.contact.address.city]
              - name: zip
                data_categories: [user.contact.address.postal_code]
          - name: loyalty_tier
            data_categories: [user.loyalty.tier]
          - name: address_id
            data_categories: [system.operations]
            fides_meta:
              references:
                - {dataset: shop_db, field: address.id, direction: to}
      - name: address
        fields:
          - name: id
            data_categories: [system.operations]
            fides_meta:
              primary_key: true
              references:
                - {dataset: shop_db, field: payment_card.billing_address_id, direction: from}
          - name: street
            data_categories: [user.contact.address.street]
      - name: payment_card
        fields:
          - name: id
            data_categories: [system.operations]
          - name: billing_address_id
            data_categories: [system.operations]
      - name: orders
        fides_meta:
          masking_strategy_override: {strategy: delete}
          erase_after: [shop_db.customer]
        fields:
          - name: id
            data_categories: [system.operations]
          - name: customer_id
            data_categories: [user.unique_id]
            fides_meta:
              references:
                - {dataset: shop_db, field: customer.id, direction: to}
          - name: card
            data_categories: [user.financial.credit_card]
            fides_meta:
              masking_strategy_override: {strategy: aes_encrypt}
          - name: shipping_address_id
            data_categories: [system.operations]
            fides_meta:
              references:
                - {dataset: shop_db, field: address.id, direction: to}
                - {dataset: shop_db, field: payment_card.billing_address_id, direction: to}
                - {dataset: shop_db, field: address.nowhere, direction: to}
      - name: login
        fields:
          - name: session
            data_categories: [user.device.cookie_id]
          - name: customer_email
            data_categories: [user.contact.email]
            fides_meta:
              references:
                - {dataset: shop_db, field: customer.email, direction: from}
                - {dataset: crm_db, field: contacts.email, direction: from}
)";

QString TestFidesImport::write(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

void TestFidesImport::initTestCase()
{
    test::isolate();
    QVERIFY(m_dir.isValid());
    FidesImportOptions o;
    o.purposes << QStringLiteral("Run the shop");
    m_result = FidesImport::run({write(QStringLiteral("shop.yml"), kDataset)}, o);
    QVERIFY2(m_result.ok(), m_result.ok() ? "" : qPrintable(m_result.error().message));
}

void TestFidesImport::importsAndLoads()
{
    QCOMPARE(m_result->datasets, 1);
    QCOMPARE(m_result->tables, 5);
    QCOMPARE(m_result->fields, 17);
    // The one thing the import cannot decide: the login collection has no key. It says so, and a person sets
    // it.
    const DataMapLoad first = DataMapLoader::parse(m_result->yaml, QStringLiteral("shop.yaml"), m_dir.path());
    QCOMPARE(first.issues.size(), 1);
    QVERIFY(first.issues[0].message.contains(QLatin1String("table \"login\" needs \"primary_key\"")));
    QByteArray edited = m_result->yaml;
    const qsizetype at = edited.indexOf("- name: login\n");
    QVERIFY(at > 0);
    const qsizetype indent = at - edited.lastIndexOf('\n', at) - 1;
    edited.insert(edited.indexOf('\n', at) + 1, QByteArray(indent + 2, ' ') + "primary_key: session\n");
    const DataMapLoad load = DataMapLoader::parse(edited, QStringLiteral("shop.yaml"), m_dir.path());
    QStringList problems;
    for (const DataMapIssue& i : load.issues)
        problems << i.toString();
    QVERIFY2(load.ok(), qPrintable(problems.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                                   QString::fromUtf8(m_result->yaml)));
    const DataMap& m = *load.map;
    QCOMPARE(m.key, QStringLiteral("shop_db"));
    QCOMPARE(m.name, QStringLiteral("Shop database"));
    QCOMPARE(m.identities, (QList<IdentityKind>{IdentityKind::Email, IdentityKind::Phone}));
    const DataSource& src = m.sources.first();
    QCOMPARE(src.key, QStringLiteral("shop_db"));
    const Table* customer = src.table(QStringLiteral("customer"));
    QVERIFY(customer);
    QCOMPARE(customer->primaryKey, QStringList{QStringLiteral("id")});
    QCOMPARE(customer->field(QStringLiteral("email"))->identity, IdentityKind::Email);
    // Old fideslang names become current ones.
    QCOMPARE(customer->field(QStringLiteral("phone"))->categories,
             QStringList{QStringLiteral("user.contact.phone_number")});
    QCOMPARE(customer->field(QStringLiteral("phone"))->erasure.strategy, ErasureStrategy::Null);
    QCOMPARE(customer->field(QStringLiteral("name"))->erasure.strategy, ErasureStrategy::Fixed);
    QCOMPARE(customer->field(QStringLiteral("name"))->erasure.fixedValue, QStringLiteral("REDACTED"));
    // Nested fields fold their categories into the column.
    QCOMPARE(customer->field(QStringLiteral("address"))->categories,
             QStringList({QStringLiteral("user.contact.address"), QStringLiteral("user.contact.address.city"),
                          QStringLiteral("user.contact.address.postal_code")}));
    QCOMPARE(customer->field(QStringLiteral("loyalty_tier"))->categories,
             QStringList{QStringLiteral("custom.fides.user_loyalty_tier")});
    const Table* orders = src.table(QStringLiteral("orders"));
    QVERIFY(orders->deleteRows);
    // References are foreign-key facts on the column holding the foreign value, whatever Fides' direction
    // (the order a request is processed in): orders.customer_id -> customer.id although Fides says "to".
    QVERIFY(!customer->field(QStringLiteral("id"))->references);
    QCOMPARE(orders->field(QStringLiteral("customer_id"))->references->table, QStringLiteral("customer"));
    QCOMPARE(orders->field(QStringLiteral("customer_id"))->references->field, QStringLiteral("id"));
    QCOMPARE(customer->field(QStringLiteral("address_id"))->references->table, QStringLiteral("address"));
    QCOMPARE(customer->field(QStringLiteral("address_id"))->references->field, QStringLiteral("id"));
    // Written on the parent's key (address.id "references" the card's column): turned into the fact on the
    // child, never a reverse reference.
    const Table* address = src.table(QStringLiteral("address"));
    QVERIFY(!address->field(QStringLiteral("id"))->references);
    const Table* card = src.table(QStringLiteral("payment_card"));
    QCOMPARE(card->field(QStringLiteral("billing_address_id"))->references->table, QStringLiteral("address"));
    QCOMPARE(card->field(QStringLiteral("billing_address_id"))->references->field, QStringLiteral("id"));
    // Several references of one field: all kept, the first on the field, the others on the table.
    QCOMPARE(orders->field(QStringLiteral("shipping_address_id"))->references->table,
             QStringLiteral("address"));
    QCOMPARE(orders->references.size(), 1);
    QCOMPARE(orders->references[0].columns, QStringList{QStringLiteral("shipping_address_id")});
    QCOMPARE(orders->references[0].table, QStringLiteral("payment_card"));
    QCOMPARE(orders->references[0].to, QStringList{QStringLiteral("billing_address_id")});
    // direction: from: customer.email is known first and leads to login.customer_email.
    const Table* login = src.table(QStringLiteral("login"));
    QCOMPARE(login->field(QStringLiteral("customer_email"))->references->field, QStringLiteral("email"));
    QCOMPARE(login->primaryKey, QStringList{QStringLiteral("session")});
}

void TestFidesImport::listsWhatItCannotCarry()
{
    const QString all = m_result->notCarried.join(QLatin1Char('\n'));
    for (const char* expected :
         {"shop.yml:82", "erase_after", "aes_encrypt", "crm_db", "user.loyalty.tier",
          "nested fields (city, zip)", "data_type", "no primary key", "connection details"}) {
        QVERIFY2(all.contains(QLatin1String(expected)),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(QLatin1String(expected), all)));
    }
    // Each note about a reference names the field that declares it.
    QVERIFY2(all.contains(QLatin1String(
                 "shop_db.orders.shipping_address_id references address.nowhere, which the dataset does "
                 "not declare")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("shop_db.address.id is the primary key of its collection and "
                                        "references payment_card.billing_address_id")),
             qPrintable(all));
    QVERIFY(!all.contains(QLatin1String("second reference")));
}

void TestFidesImport::draftWithoutPurposesIsRefusedByValidate()
{
    auto draft = FidesImport::run({m_dir.filePath(QStringLiteral("shop.yml"))}, {});
    QVERIFY(draft.ok());
    QVERIFY(draft->notCarried.join(QLatin1Char('\n')).contains(QLatin1String("no purposes")));
    const DataMapLoad load = DataMapLoader::parse(draft->yaml, QStringLiteral("draft.yaml"), {});
    QVERIFY(!load.ok());
    bool purposes = false, primaryKey = false;
    for (const DataMapIssue& i : load.issues) {
        purposes |= i.message.contains(QLatin1String("purpose"));
        primaryKey |= i.message.contains(QLatin1String("primary_key"));
    }
    QVERIFY(purposes);
    QVERIFY(primaryKey); // the login collection: the person must choose its key
}

void TestFidesImport::badInput()
{
    auto missing = FidesImport::run({m_dir.filePath(QStringLiteral("none.yml"))}, {});
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    auto notFides = FidesImport::run({write(QStringLiteral("other.yml"), "system: {}\n")}, {});
    QVERIFY(notFides.error().message.contains(QLatin1String("not a Fides dataset")));
    auto broken =
        FidesImport::run({write(QStringLiteral("broken.yml"), "dataset:\n  - fides_key: [x\n")}, {});
    QVERIFY2(broken.error().message.contains(QLatin1String("broken.yml:")),
             qPrintable(broken.error().message));
}

QTEST_GUILESS_MAIN(TestFidesImport)
#include "tst_fidesimport.moc"
