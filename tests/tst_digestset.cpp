#include "DigestSet.h"
#include "RowKeySet.h"
#include "TestSupport.h"

#include <QTest>

#include <limits>
#include <map>
#include <random>

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
    void wholeNumbersSpelledExactly();
    void rowKeysAreTheSameKeysAsDigests();
    void numbersCountingUpCostBitsNotDigests();
    void thinlySpreadNumbersMoveToDigests();
    void rowKeySetAgreesWithAMap();
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

// The numbers a key's value spells: canonical decimal only, so "7" and 7 are one key and "07", "+7", "7.0"
// (as text) or bytes are not numbers at all (they stay digests, which tell them apart).
void TestDigestSet::wholeNumbersSpelledExactly()
{
    using N = std::optional<qint64>;
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    QCOMPARE(RowKeySet::wholeNumber(QStringLiteral("0")), N(0));
    QCOMPARE(RowKeySet::wholeNumber(QStringLiteral("42")), N(42));
    QCOMPARE(RowKeySet::wholeNumber(QStringLiteral("-42")), N(-42));
    QCOMPARE(RowKeySet::wholeNumber(QStringLiteral("9223372036854775807")), N(max));
    QCOMPARE(RowKeySet::wholeNumber(QStringLiteral("-9223372036854775808")), N(min));
    for (const char* notOne : {"", "-", "-0", "007", "+7", " 7", "7 ", "7.0", "1e3", "0x10", "٣",
                               "9223372036854775808", "-9223372036854775809", "99999999999999999999"})
        QVERIFY2(!RowKeySet::wholeNumber(QString::fromUtf8(notOne)), notOne);
    QCOMPARE(RowKeySet::wholeNumber(QVariant(qint64(min))), N(min));
    QCOMPARE(RowKeySet::wholeNumber(QVariant(uint(4000000000u))), N(4000000000));
    QVERIFY(!RowKeySet::wholeNumber(QVariant(std::numeric_limits<quint64>::max())));
    QCOMPARE(RowKeySet::wholeNumber(QVariant(5.0)), N(5)); // its text is "5", as the digest reads it
    QVERIFY(!RowKeySet::wholeNumber(QVariant(5.5)));
    QVERIFY(!RowKeySet::wholeNumber(QVariant(QByteArray("5"))));
    QVERIFY(!RowKeySet::wholeNumber(QVariant()));
    QVERIFY(!RowKeySet::wholeNumber(QVariant(true)));
    QCOMPARE(DigestSet::ofWholeNumber(min), DigestSet::ofKey({QVariant(min)}, {0}));
    QCOMPARE(DigestSet::ofWholeNumber(-3), DigestSet::ofKey({QStringLiteral("-3")}, {0}));
}

// Two keys are one in a RowKeySet exactly when their digests are one (bytes aside: a byte array is never
// the number its bytes spell, where the digest would take the bytes "5\0" for the text "5").
void TestDigestSet::rowKeysAreTheSameKeysAsDigests()
{
    const QVariantList values{QVariant(7),
                              QVariant(qint64(7)),
                              QVariant(uint(7)),
                              QStringLiteral("7"),
                              QVariant(7.0),
                              QStringLiteral("07"),
                              QStringLiteral("-7"),
                              QVariant(-7),
                              QVariant(0),
                              QStringLiteral("-0"),
                              QStringLiteral(""),
                              QVariant(),
                              QStringLiteral("x"),
                              QVariant(QByteArray("7")),
                              QVariant(std::numeric_limits<quint64>::max()),
                              QStringLiteral("18446744073709551615")};
    for (const QVariant& a : values) {
        RowKeySet set;
        QVERIFY(set.insert(RowKeySet::of({a}, {0}), false));
        for (const QVariant& b : values) {
            const bool sameDigest = DigestSet::ofKey({a}, {0}) == DigestSet::ofKey({b}, {0});
            QVERIFY2(set.contains(RowKeySet::of({b}, {0})) == sameDigest,
                     qPrintable(a.toString() + QStringLiteral(" / ") + b.toString()));
        }
    }
    // Keys of two values are digests, whatever they hold.
    RowKeySet pairs;
    QVERIFY(pairs.insert(RowKeySet::of({1, 2}, {0, 1}), false));
    QVERIFY(pairs.contains(RowKeySet::of({QStringLiteral("1"), QStringLiteral("2")}, {0, 1})));
    QVERIFY(!pairs.contains(RowKeySet::of({2, 1}, {0, 1})));
    QVERIFY(!pairs.contains(RowKeySet::of({1}, {0})));
}

// A table's ids counting up, as most large tables' keys do: a bit or two bytes each, found exactly, each
// with its own flag.
void TestDigestSet::numbersCountingUpCostBitsNotDigests()
{
    RowKeySet set;
    constexpr qint64 n = 1000000;
    constexpr qint64 first = qint64(1) << 40; // past 32 bits, so the chunks' high parts count
    for (qint64 i = 0; i < n; ++i)
        QVERIFY(set.insert(RowKeySet::of({QVariant(first + i)}, {0}), i % 1000 == 0));
    QCOMPARE(set.size(), n);
    QVERIFY(!set.numbersAsDigests());
    // Sixteen chunks of 8 KiB and their flags: far below the 19 MB of their digests.
    QVERIFY2(set.bytes() < 400 * 1024, qPrintable(QString::number(set.bytes())));
    for (qint64 i = 0; i < n; ++i) {
        const std::optional<bool> flag = set.find(RowKeySet::of({QVariant(first + i)}, {0}));
        QVERIFY(flag.has_value());
        QCOMPARE(*flag, i % 1000 == 0);
    }
    QVERIFY(!set.contains(RowKeySet::of({QVariant(first - 1)}, {0})));
    QVERIFY(!set.contains(RowKeySet::of({QVariant(first + n)}, {0})));
    QVERIFY(!set.contains(RowKeySet::of({QVariant(qint64(0))}, {0})));
    // The flag cleared and set again, as a row found from a phone alone and then another way is.
    QVERIFY(!set.insert(RowKeySet::of({QVariant(first)}, {0}), false));
    QCOMPARE(set.find(RowKeySet::of({QStringLiteral("1099511627776")}, {0})), std::optional<bool>(false));
    QVERIFY(!set.insert(RowKeySet::of({QVariant(first + 1)}, {0}), true));
    QCOMPARE(set.find(RowKeySet::of({QVariant(first + 1)}, {0})), std::optional<bool>(true));
    QCOMPARE(set.size(), n);
    // Negative numbers and the extremes share no chunk with their neighbours' bits.
    RowKeySet edges;
    for (qint64 v : {std::numeric_limits<qint64>::min(), qint64(-65536), qint64(-1), qint64(0), qint64(65535),
                     qint64(65536), std::numeric_limits<qint64>::max()})
        QVERIFY(edges.insert(RowKeySet::of({QVariant(v)}, {0}), false));
    for (qint64 v : {std::numeric_limits<qint64>::min() + 1, qint64(-65535), qint64(-2), qint64(1),
                     qint64(65534), qint64(65537), std::numeric_limits<qint64>::max() - 1})
        QVERIFY(!edges.contains(RowKeySet::of({QVariant(v)}, {0})));
    QCOMPARE(edges.size(), 7);
}

// Numbers a million apart would each cost a chunk: the set holds them as digests instead, flags and all,
// and goes on finding them, and the numbers that come after.
void TestDigestSet::thinlySpreadNumbersMoveToDigests()
{
    RowKeySet set;
    constexpr qint64 n = 5000;
    for (qint64 i = 0; i < n; ++i)
        QVERIFY(set.insert(RowKeySet::of({QVariant(i * 1000003)}, {0}), i % 7 == 0));
    QVERIFY(set.numbersAsDigests());
    QCOMPARE(set.size(), n);
    for (qint64 i = 0; i < n; ++i) {
        QCOMPARE(set.find(RowKeySet::of({QVariant(i * 1000003)}, {0})), std::optional<bool>(i % 7 == 0));
        QCOMPARE(set.find(RowKeySet::of({QString::number(i * 1000003)}, {0})),
                 std::optional<bool>(i % 7 == 0));
        QVERIFY(!set.contains(RowKeySet::of({QVariant(i * 1000003 + 1)}, {0})));
    }
    QVERIFY(!set.insert(RowKeySet::of({QVariant(qint64(0))}, {0}), false));
    QCOMPARE(set.find(RowKeySet::of({QVariant(qint64(0))}, {0})), std::optional<bool>(false));
    QVERIFY(set.insert(RowKeySet::of({QVariant(qint64(-1))}, {0}), true));
    QCOMPARE(set.size(), n + 1);
    QVERIFY2(set.bytes() < n * 40, qPrintable(QString::number(set.bytes())));
}

// Random inserts, in random order and with random flags, across chunks that turn from arrays into bitmaps
// and sets that turn into digests: the set always says what a map of the same keys says.
void TestDigestSet::rowKeySetAgreesWithAMap()
{
    const auto seed = std::random_device{}();
    qInfo("seed %u", seed);
    std::mt19937_64 rng(seed);
    for (const qint64 spread : {qint64(20000), qint64(200000), qint64(1) << 40}) {
        RowKeySet set;
        std::map<qint64, bool> model;
        std::uniform_int_distribution<qint64> pick(-spread, spread);
        for (int i = 0; i < 60000; ++i) {
            const qint64 v = pick(rng);
            const bool flag = (rng() & 3) == 0;
            const bool added = set.insert(RowKeySet::of({QVariant(v)}, {0}), flag);
            QCOMPARE(added, model.find(v) == model.end());
            model[v] = flag;
            if (i % 97 == 0) {
                const qint64 probe = pick(rng);
                const auto it = model.find(probe);
                QCOMPARE(set.find(RowKeySet::of({QVariant(probe)}, {0})),
                         it == model.end() ? std::nullopt : std::optional<bool>(it->second));
            }
        }
        QCOMPARE(set.size(), qsizetype(model.size()));
        for (const auto& [v, flag] : model)
            QCOMPARE(set.find(RowKeySet::of({QVariant(v)}, {0})), std::optional<bool>(flag));
        QCOMPARE(set.numbersAsDigests(), spread == (qint64(1) << 40));
    }
}

QTEST_GUILESS_MAIN(TestDigestSet)
#include "tst_digestset.moc"
