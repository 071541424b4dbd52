#include "DigestSet.h"
#include "TestSupport.h"

#include <QTest>

#include <limits>

using namespace lethe;

// The compact set the traversal keeps its found rows in: insert, find, the flag and its upgrade, growth past
// many times the first capacity, and the row-key digest (which values make the same key and which do not).
class TestDigestSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void insertFindAndFlag();
    void flagIsNotPartOfTheKey();
    void growsAndKeepsEverything();
    void keyDigest();
};

static DigestSet::Digest digestOf(int i)
{
    return DigestSet::of(QByteArray::number(i));
}

void TestDigestSet::insertFindAndFlag()
{
    DigestSet set;
    QVERIFY(set.isEmpty());
    QVERIFY(!set.find(digestOf(1)).has_value());
    QVERIFY(set.insert(digestOf(1), true));
    QVERIFY(set.insert(digestOf(2), false));
    QCOMPARE(set.size(), 2);
    QCOMPARE(set.find(digestOf(1)), std::optional<bool>(true));
    QCOMPARE(set.find(digestOf(2)), std::optional<bool>(false));
    QVERIFY(!set.contains(digestOf(3)));
    // Found by a phone alone first, then another way: the same entry, its flag cleared.
    QVERIFY(!set.insert(digestOf(1), false));
    QCOMPARE(set.find(digestOf(1)), std::optional<bool>(false));
    QCOMPARE(set.size(), 2);
    // And back, as insert sets whatever flag it is given.
    QVERIFY(!set.insert(digestOf(2), true));
    QCOMPARE(set.find(digestOf(2)), std::optional<bool>(true));
    QCOMPARE(set.size(), 2);
}

void TestDigestSet::flagIsNotPartOfTheKey()
{
    // Digests that differ only in the bits the set uses for its own marks are still found, whatever the flag.
    DigestSet set;
    const DigestSet::Digest a{0, 0};
    const DigestSet::Digest b{quint64(1) << 63, 1};
    QVERIFY(set.insert(a, true));
    QCOMPARE(set.find(a), std::optional<bool>(true));
    QCOMPARE(set.find(b), std::optional<bool>(true)); // the same key to the set: 94 bits are compared
    QVERIFY(!set.insert(b, false));
    QCOMPARE(set.find(a), std::optional<bool>(false));
    QCOMPARE(set.size(), 1);
    // Every bit of the high word and the low word's top half but its last count.
    for (const DigestSet::Digest& c :
         {DigestSet::Digest{0, quint64(2) << 32}, DigestSet::Digest{1, 0},
          DigestSet::Digest{quint64(1) << 32, 0}, DigestSet::Digest{quint64(1) << 62, 0}}) {
        QVERIFY(!set.contains(c));
        QVERIFY(set.insert(c, true));
    }
    QCOMPARE(set.size(), 5);
    // The low word's bottom half is not kept: two digests that differ only there are one key.
    QVERIFY(set.contains(DigestSet::Digest{0, 0xffffffffu}));
}

void TestDigestSet::growsAndKeepsEverything()
{
    DigestSet set;
    constexpr int n = 200000;
    for (int i = 0; i < n; ++i)
        QVERIFY(set.insert(digestOf(i), i % 3 == 0));
    QCOMPARE(set.size(), n);
    // Room for every key, and not much more: at most a slot in two empty (plus the shards' first slots).
    QVERIFY(set.capacity() > n);
    QVERIFY2(set.capacity() <= 2 * n + 64 * 8, qPrintable(QString::number(set.capacity())));
    for (int i = 0; i < n; ++i) {
        const std::optional<bool> flag = set.find(digestOf(i));
        QVERIFY(flag.has_value());
        QCOMPARE(*flag, i % 3 == 0);
    }
    for (int i = n; i < n + 1000; ++i)
        QVERIFY(!set.contains(digestOf(i)));
    // Inserting them again adds nothing; upgrading every flagged one keeps the count.
    for (int i = 0; i < n; i += 3)
        QVERIFY(!set.insert(digestOf(i), false));
    QCOMPARE(set.size(), n);
    for (int i = 0; i < n; i += 3)
        QCOMPARE(set.find(digestOf(i)), std::optional<bool>(false));
}

void TestDigestSet::keyDigest()
{
    const QVariantList row{42, QStringLiteral("ann@example.com"), QStringLiteral("x")};
    // The same values make the same key, whether numbers or their text.
    QCOMPARE(DigestSet::ofKey(row, {0}), DigestSet::ofKey({QStringLiteral("42")}, {0}));
    QCOMPARE(DigestSet::ofKey(row, {0, 1}), DigestSet::ofKey({QStringLiteral("42"), row[1]}, {0, 1}));
    QVERIFY(DigestSet::ofKey(row, {0}) != DigestSet::ofKey(row, {1}));
    // Only the key's fields count, in their order; values cannot run into each other.
    QCOMPARE(DigestSet::ofKey(row, {0}), DigestSet::ofKey({42, QStringLiteral("other")}, {0}));
    QVERIFY(DigestSet::ofKey(row, {0, 1}) != DigestSet::ofKey(row, {1, 0}));
    QVERIFY(DigestSet::ofKey({QStringLiteral("ab"), QStringLiteral("c")}, {0, 1}) !=
            DigestSet::ofKey({QStringLiteral("a"), QStringLiteral("bc")}, {0, 1}));
    QVERIFY(DigestSet::ofKey({QStringLiteral("a\x1f"
                                             "b"),
                              QStringLiteral("c")},
                             {0, 1}) != DigestSet::ofKey({QStringLiteral("a"), QStringLiteral("b\x1f"
                                                                                              "c")},
                                                         {0, 1}));
    // Binary keys by their bytes: two that are not UTF-8 are not one key because their text would be.
    const QByteArray u1 = QByteArray::fromHex("ff00112233445566778899aabbccddee");
    const QByteArray u2 = QByteArray::fromHex("fe00112233445566778899aabbccddee");
    QVERIFY(QVariant(u1).toString() == QVariant(u2).toString());
    QVERIFY(DigestSet::ofKey({u1}, {0}) != DigestSet::ofKey({u2}, {0}));
    // A null value and an empty text are one key, as they were when keys were text.
    QCOMPARE(DigestSet::ofKey({QVariant()}, {0}), DigestSet::ofKey({QString()}, {0}));
    // Integers of every width and sign are written as their text is: the same key as the text, at the
    // extremes too (the smallest value cannot be negated as a signed number).
    const QList<QVariant> numbers{QVariant(qint64(0)),
                                  QVariant(qint64(-7)),
                                  QVariant(std::numeric_limits<qint64>::min()),
                                  QVariant(std::numeric_limits<qint64>::max()),
                                  QVariant(std::numeric_limits<quint64>::max()),
                                  QVariant(std::numeric_limits<int>::min()),
                                  QVariant(uint(4000000000u)),
                                  QVariant(short(-12))};
    for (const QVariant& n : numbers) {
        QCOMPARE(DigestSet::ofKey({n}, {0}), DigestSet::ofKey({n.toString()}, {0}));
        QVERIFY(DigestSet::ofKey({n}, {0}) != DigestSet::ofKey({n.toString() + QLatin1Char('0')}, {0}));
    }
    QVERIFY(DigestSet::ofKey({qint64(-7)}, {0}) != DigestSet::ofKey({qint64(7)}, {0}));
}

QTEST_GUILESS_MAIN(TestDigestSet)
#include "tst_digestset.moc"
