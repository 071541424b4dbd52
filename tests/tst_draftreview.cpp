#include "DataMapLoader.h"
#include "DraftReviewDialog.h"
#include "DraftReviewModel.h"
#include "FakeCredentialStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The review of a discovered draft: the findings model (editing checked, filter, apply), and the dialog run
// for real on a SQLite database, edited, saved and checked by the loader.
class TestDraftReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void modelEditsAreChecked();
    void dialogDiscoversReviewsAndSaves();
};

static ColumnFinding finding(const char* table, const char* column, const char* category, double confidence,
                             std::optional<IdentityKind> identity = std::nullopt)
{
    ColumnFinding f;
    f.table = QLatin1String(table);
    f.column = QLatin1String(column);
    f.type = QStringLiteral("TEXT");
    f.categories = {QLatin1String(category)};
    f.confidence = confidence;
    f.identity = identity;
    f.evidence = {QStringLiteral("name matches")};
    return f;
}

void TestDraftReview::modelEditsAreChecked()
{
    DraftReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings({finding("users", "email", "user.contact.email", 0.95, IdentityKind::Email),
                       finding("users", "created_at", "system.operations", 0),
                       finding("users", "bio", "user.content.private", 0.4)});
    QCOMPARE(model.rowCount(), 2); // the column with no sign of personal data is hidden
    model.setOnlyPersonal(false);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex categories = model.index(2, DraftReviewModel::CategoriesColumn);
    QVERIFY(!model.setData(categories, QStringLiteral("user.shoe_size")));
    QVERIFY(model.setData(categories, QStringLiteral("user.content.private, custom.crm.bio")));
    const QModelIndex identity = model.index(1, DraftReviewModel::IdentityColumn);
    QVERIFY(!model.setData(identity, QStringLiteral("fax")));
    QVERIFY(model.setData(identity, QStringLiteral("user-id")));
    QVERIFY(!model.setData(model.index(0, DraftReviewModel::ConfidenceColumn), 1.0)); // not editable
    // The erasure proposed per column is editable, and checked.
    const QModelIndex erasure = model.index(2, DraftReviewModel::ErasureColumn);
    QVERIFY(!model.setData(erasure, QStringLiteral("shred")));
    QVERIFY(!model.setData(erasure, QStringLiteral("fixed:")));
    QVERIFY(model.setData(erasure, QStringLiteral("fixed: \"removed\"")));
    QCOMPARE(erasure.data().toString(), QStringLiteral("fixed: removed"));
    QVERIFY(model.setData(model.index(0, DraftReviewModel::ErasureColumn), QStringLiteral("hmac")));
    QCOMPARE(model.editedCount(), 3);
    // An edited column stays in view when the filter comes back on.
    model.setOnlyPersonal(true);
    QCOMPARE(model.rowCount(), 3);

    DataMap draft;
    draft.key = QStringLiteral("app");
    DataSource s;
    s.key = QStringLiteral("main");
    Table t;
    t.name = QStringLiteral("users");
    for (const char* c : {"email", "created_at", "bio"}) {
        Field f;
        f.name = QLatin1String(c);
        f.categories = {QStringLiteral("system.operations")};
        t.fields << f;
    }
    s.tables << t;
    draft.sources << s;
    const DataMap out = model.apply(draft);
    const Table& users = out.sources.first().tables.first();
    QCOMPARE(users.fields[0].identity, std::optional<IdentityKind>(IdentityKind::Email));
    QCOMPARE(users.fields[1].identity, std::optional<IdentityKind>(IdentityKind::UserId));
    QCOMPARE(users.fields[2].categories,
             (QStringList{QStringLiteral("user.content.private"), QStringLiteral("custom.crm.bio")}));
    QCOMPARE(out.identities, (QList<IdentityKind>{IdentityKind::Email, IdentityKind::UserId}));
    QCOMPARE(users.fields[0].erasure.strategy, ErasureStrategy::Hmac);
    QCOMPARE(users.fields[2].erasure.strategy, ErasureStrategy::Fixed);
    QCOMPARE(users.fields[2].erasure.fixedValue, QStringLiteral("removed"));
    QVERIFY(!users.deleteRows);
}

void TestDraftReview::dialogDiscoversReviewsAndSaves()
{
    QTemporaryDir dir;
    ConnectionParams p;
    p.path = dir.filePath(QStringLiteral("shop.db"));
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, phone TEXT, "
                                  "notes TEXT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER "
                                      "REFERENCES customers(id), total NUMERIC)")));
        for (int i = 1; i <= 20; ++i) {
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO customers VALUES (%1, 'c%1@example.com', '+4420794600%2', "
                                      "'likes tea')")
                           .arg(i)
                           .arg(i, 2, 10, QLatin1Char('0'))));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO orders VALUES (%1, %1, 12.5)").arg(i)));
        }
    }
    FakeCredentialStore credentials;
    DraftReviewDialog dialog(&credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveMapButton"));
    QVERIFY(!save->isEnabled());

    // A wrong connection is named in the dialog.
    auto* connection = dialog.findChild<QLineEdit*>(QStringLiteral("discoverConnection"));
    connection->setText(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("nope.db")));
    QTest::keyClick(connection, Qt::Key_Return);
    auto* notes = dialog.findChild<QLabel*>(QStringLiteral("discoverNotes"));
    QVERIFY2(notes->text().contains(QLatin1String("nope.db")), qPrintable(notes->text()));

    QSignalSpy discovered(&dialog, &DraftReviewDialog::discovered);
    connection->setText(QStringLiteral("sqlite:") + p.path);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("discoverButton")), Qt::LeftButton);
    QVERIFY(discovered.wait(10000));
    QCOMPARE(discovered.first().first().toInt(), 7);
    DraftReviewModel* model = dialog.model();
    int emailRow = -1, notesRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString column = model->index(r, DraftReviewModel::ColumnColumn).data().toString();
        if (column == QLatin1String("email"))
            emailRow = r;
        if (column == QLatin1String("notes"))
            notesRow = r;
    }
    QVERIFY(emailRow >= 0 && notesRow >= 0);
    // Every column of customers but its key is personal, and it is a table of people: its rows are
    // proposed for deletion, and the saved map says so.
    QCOMPARE(model->index(emailRow, DraftReviewModel::ErasureColumn).data().toString(),
             QStringLiteral("delete_row"));
    QCOMPARE(model->index(emailRow, DraftReviewModel::IdentityColumn).data().toString(),
             QStringLiteral("email"));
    QVERIFY(model->setData(model->index(notesRow, DraftReviewModel::CategoriesColumn),
                           QStringLiteral("user.content.private, custom.shop.preferences")));

    dialog.findChild<QLineEdit*>(QStringLiteral("systemName"))->setText(QStringLiteral("Tea Shop"));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("systemPurposes"))
        ->setPlainText(QStringLiteral("Sell tea"));
    QVERIFY(save->isEnabled());
    const QString file = dir.filePath(QStringLiteral("shop.yaml"));
    QVERIFY2(dialog.saveTo(file), qPrintable(dialog.verdict()));
    QVERIFY(dialog.verdict().contains(QLatin1String("valid")));
    const DataMapLoad load = DataMapLoader::load(file);
    QVERIFY(load.ok());
    QCOMPARE(load.map->name, QStringLiteral("Tea Shop"));
    QCOMPARE(load.map->art15.purposes, QStringList{QStringLiteral("Sell tea")});
    const Field* reviewed =
        load.map->sources.first().table(QStringLiteral("customers"))->field(QStringLiteral("notes"));
    QVERIFY(reviewed);
    QVERIFY(reviewed->categories.contains(QStringLiteral("custom.shop.preferences")));
    QCOMPARE(load.map->sources.first()
                 .table(QStringLiteral("orders"))
                 ->field(QStringLiteral("customer_id"))
                 ->references->table,
             QStringLiteral("customers"));
    // The proposals as accepted: customers loses whole rows; orders (keys and a total) erases nothing.
    QVERIFY(load.map->sources.first().table(QStringLiteral("customers"))->deleteRows);
    QVERIFY(!load.map->sources.first().table(QStringLiteral("orders"))->deleteRows);
}

QTEST_MAIN(TestDraftReview)
#include "tst_draftreview.moc"
