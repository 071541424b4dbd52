#include "ErasurePlan.h"
#include "KeyList.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using namespace lethe;

// The compact list an erasure plan keeps its row keys in, and the plan's JSON written piece by piece from it:
// the same keys back, the same order, and byte for byte the JSON (and so the digest) plans had when every key
// was a QStringList in a QJsonDocument, so plans stored before still load and resume.
class TestKeyList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void roundTrip();
    void builtValueByValue();
    void midAndAppend();
    void everyKeyFoundFromTheMarkBeforeIt();
    void sortsAsPlansAlwaysDid();
    void packedText();
    void storedJsonIsTheDocumentsBytes();
    void digestIsTheOldDigest();
};

namespace {

QStringList tricky()
{
    return {QStringLiteral("plain"),
            QStringLiteral("quote \" and backslash \\"),
            QStringLiteral("tab\tnewline\ncarriage\r"),
            QString(QChar(0x01)) + QChar(0x7f) + QChar(0x2028),
            QStringLiteral("Zoë 😀 Łódź"),
            QStringLiteral("")};
}

ErasurePlan planWith(const KeyList& deleted, const KeyList& kept)
{
    ErasurePlan p;
    p.requestId = QStringLiteral("DSR-1");
    p.subjectName = QStringLiteral("Zoë \"Z\" Müller");
    p.identities = {{IdentityKind::Email, QStringLiteral("zoe@example.com")}};
    p.madeOn = QDate(2026, 12, 6);
    ErasureSystemPlan s;
    s.key = QStringLiteral("app");
    s.name = QStringLiteral("App");
    ErasureSourcePlan src;
    src.source = QStringLiteral("main");
    ErasureTablePlan t;
    t.table = QStringLiteral("events");
    t.keyColumns = {QStringLiteral("a"), QStringLiteral("b")};
    t.action = ErasureTablePlan::Action::DeleteRows;
    t.keys = deleted;
    t.kept << KeptRows{KeptRows::Why::Retention, QStringLiteral("HGB § 257"), QDate(2032, 1, 1), kept};
    t.found = deleted.size() + kept.size();
    src.tables << t;
    ErasureNulling n{QStringLiteral("users"), {}, QStringLiteral("invited_by"), {QStringLiteral("id")}, kept};
    src.nullFirst << n;
    s.sources << src;
    p.systems << s;
    return p;
}

} // namespace

void TestKeyList::roundTrip()
{
    KeyList list;
    QVERIFY(list.isEmpty());
    const QStringList t = tricky();
    list << QStringList{QStringLiteral("1")} << t << QStringList{QString(), QStringLiteral("x")};
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0), QStringList{QStringLiteral("1")});
    QCOMPARE(list.at(1), t);
    // NULL stays NULL, and the empty text stays text
    QVERIFY(list.at(2).at(0).isNull());
    QVERIFY(!list.at(1).last().isNull());
    QCOMPARE(list.value(1, 4), t[4]);
    QVERIFY(list.value(1, 99).isNull());
    QVERIFY(list.contains(t));
    QVERIFY(!list.contains(QStringList{QStringLiteral("2")}));
    QList<QStringList> all;
    for (const QStringList& k : list)
        all << k;
    QCOMPARE(all, list.toList());
    QCOMPARE(KeyList(all), list);
    list.removeLast();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.last(), t);
}

void TestKeyList::builtValueByValue()
{
    // A key added value by value is byte for byte the key append() makes from the same values as text.
    const QList<QStringList> keys{{QStringLiteral("42")},
                                  {QString(), QStringLiteral(""), QStringLiteral("Zoë 🙂")},
                                  {},
                                  {QStringLiteral("-9223372036854775808"), QStringLiteral("a\x1eb")},
                                  {QString(300, QChar(0x00e9)), QString(), QStringLiteral("7")}};
    KeyList whole, parts, atOnce;
    for (const QStringList& k : keys) {
        whole.append(k);
        // KeyBuffer: the whole key encoded on the stack, then appended in one write
        KeyList::KeyBuffer buffer(k.size());
        for (const QString& v : k)
            buffer.addText(v);
        atOnce.append(buffer);
        parts.beginKey(k.size());
        for (const QString& v : k) {
            if (v == QLatin1String("42"))
                parts.addUtf8("42");
            else
                parts.addText(v);
        }
    }
    QCOMPARE(parts.size(), whole.size());
    QCOMPARE(atOnce, whole);
    for (qsizetype i = 0; i < whole.size(); ++i) {
        QCOMPARE(parts.rowBytes(i), whole.rowBytes(i));
        QCOMPARE(atOnce.at(i), keys[i]);
        QCOMPARE(parts.at(i), keys[i]);
    }
    // NULL and the empty text stay apart.
    QVERIFY(parts.value(1, 0).isNull());
    QVERIFY(!parts.value(1, 1).isNull());
    parts.beginKey(1);
    parts.addNull();
    QVERIFY(parts.last().first().isNull());
}

void TestKeyList::midAndAppend()
{
    KeyList list;
    for (int i = 0; i < 1000; ++i)
        list << QStringList{QString::number(i), QStringLiteral("k%1").arg(i)};
    const KeyList part = list.mid(990, 20);
    QCOMPARE(part.size(), 10);
    QCOMPARE(part.first(), (QStringList{QStringLiteral("990"), QStringLiteral("k990")}));
    QCOMPARE(list.mid(5, 3).toList(), list.toList().mid(5, 3));
    QVERIFY(list.mid(2000).isEmpty());
    KeyList joined = list.mid(0, 500);
    joined += list.mid(500);
    QCOMPARE(joined, list);
    KeyList copied;
    for (qsizetype i = 0; i < list.size(); ++i)
        copied.appendFrom(list, i);
    QCOMPARE(copied, list);
}

// Only every eighth key's offset is kept: keys of every length (empty, NULL, long, many values), reached at
// every position against a plain list, after appending, removing, cutting and joining at offsets that are
// not multiples of eight; and a million numeric keys cost their bytes, not a 4-byte offset each.
void TestKeyList::everyKeyFoundFromTheMarkBeforeIt()
{
    QList<QStringList> model;
    KeyList list;
    for (int i = 0; i < 300; ++i) {
        QStringList key;
        for (int v = 0; v <= i % 4; ++v)
            key << (i % 11 == 0 && v == 0 ? QString()
                    : i % 13 == 0         ? QStringLiteral("")
                    : i % 17 == 0         ? QString(200 + i, QChar(u'é'))
                                          : QStringLiteral("%1-%2").arg(i).arg(v));
        list << key;
        model << key;
    }
    auto same = [](const KeyList& l, const QList<QStringList>& m) {
        if (l.size() != m.size())
            return false;
        KeyList::Walker walk(l); // the same bytes key by key, then nothing
        for (qsizetype i = 0; i < m.size(); ++i) {
            if (l.at(i) != m[i])
                return false;
            KeyList one;
            one << m[i];
            const QByteArrayView walked = walk.next();
            if (l.rowBytes(i) != one.rowBytes(0) || walked.isNull() || walked != one.rowBytes(0))
                return false;
        }
        return walk.next().isNull() && l.toList() == m;
    };
    QVERIFY(same(list, model));
    for (int cut = 0; cut < 20; ++cut) { // removes across marks: 300 down to 280
        list.removeLast();
        model.removeLast();
        QVERIFY(same(list, model));
    }
    for (qsizetype from : {0, 1, 7, 8, 9, 15, 63, 279})
        for (qsizetype n : {0, 1, 7, 8, 9, 100})
            QVERIFY(same(list.mid(from, n), model.mid(from, n)));
    KeyList joined = list.mid(0, 13);
    joined += list.mid(13, 5);
    joined += list.mid(18);
    QCOMPARE(joined, list);
    QVERIFY(same(joined, model));
    joined.removeLast();
    QVERIFY(joined != list);
    joined << model.last();
    QCOMPARE(joined, list);
    // A list appended to itself, whole and key by key, while it grows (its bytes move).
    KeyList twice = list;
    twice += twice;
    QVERIFY(same(twice, model + model));
    KeyList self = list.mid(0, 9);
    for (int n = 0; n < 2000; ++n)
        self.appendFrom(self, n % 9);
    QCOMPARE(self.size(), 2009);
    QCOMPARE(self.at(2008), model[1999 % 9]);

    KeyList numbers;
    for (int i = 0; i < 1000000; ++i) {
        numbers.beginKey(1);
        numbers.addUtf8(QByteArray::number(1000000 + i));
    }
    QCOMPARE(numbers.value(999999, 0), QStringLiteral("1999999"));
    QCOMPARE(numbers.value(123457, 0), QStringLiteral("1123457"));
    // Nine bytes a key (count, length, seven digits), half a byte of marks, and at most an eighth unused.
    QVERIFY2(numbers.bytes() <= 9500000 * 9 / 8, qPrintable(QString::number(numbers.bytes())));
}

void TestKeyList::sortsAsPlansAlwaysDid()
{
    // Numbers as numbers, else text; one column or several.
    KeyList numeric{
        {QStringLiteral("10")}, {QStringLiteral("9")}, {QStringLiteral("-1")}, {QStringLiteral("100")}};
    numeric.sort();
    QCOMPARE(numeric.toList(), (QList<QStringList>{{"-1"}, {"9"}, {"10"}, {"100"}}));
    KeyList mixed{
        {QStringLiteral("b")}, {QStringLiteral("10")}, {QStringLiteral("a")}, {QStringLiteral("9")}};
    mixed.sort();
    QCOMPARE(mixed.toList(), (QList<QStringList>{{"9"}, {"10"}, {"a"}, {"b"}}));
    KeyList pairs{{"2", "b"}, {"10", "a"}, {"2", "a"}};
    pairs.sort();
    QCOMPARE(pairs.toList(), (QList<QStringList>{{"2", "a"}, {"2", "b"}, {"10", "a"}}));
    // Already in order (equal numbers in the order found): left as it is.
    KeyList sorted{
        {QStringLiteral("-3")}, {QStringLiteral("1")}, {QStringLiteral("01")}, {QStringLiteral("2")}};
    const KeyList before = sorted;
    sorted.sort();
    QCOMPARE(sorted, before);
    KeyList equalNumbers{{QStringLiteral("01")}, {QStringLiteral("1")}, {QStringLiteral("0")}};
    equalNumbers.sort();
    QCOMPARE(equalNumbers.toList(), (QList<QStringList>{{"0"}, {"01"}, {"1"}}));
}

void TestKeyList::packedText()
{
    const KeyList list{{QStringLiteral("1"), QStringLiteral("ä")},
                       {QStringLiteral("2"), QStringLiteral("b")}};
    QByteArray packed;
    list.appendPacked(packed);
    QCOMPARE(QString::fromUtf8(packed), QStringLiteral("1\x1f\u00e4\x1e"
                                                       "2\x1f"
                                                       "b"));
    QCOMPARE(KeyList::fromPacked(QString::fromUtf8(packed)), list);
    QVERIFY(KeyList::fromPacked(QString()).isEmpty());
}

void TestKeyList::storedJsonIsTheDocumentsBytes()
{
    KeyList deleted, kept;
    // Past the writer's 64 KiB pieces, with characters JSON escapes at and around the cuts.
    for (int i = 0; i < 20000; ++i)
        deleted << QStringList{QString::number(i), tricky().at(i % tricky().size())};
    kept << tricky();
    const ErasurePlan p = planWith(deleted, kept);
    const QByteArray document = QJsonDocument(p.toJson(true)).toJson(QJsonDocument::Compact);
    QVERIFY(document.size() > 200000);
    QCOMPARE(p.toStoredJson(), document);
    // The keys' text is what plans always stored: values joined by U+001F, keys by U+001E.
    QStringList rows;
    for (const QStringList& k : deleted.toList())
        rows << k.join(QChar(0x1f));
    const QJsonObject table =
        p.toJson(
             true)[QStringLiteral("systems")][0][QStringLiteral("sources")][0][QStringLiteral("tables")][0]
            .toObject();
    QCOMPARE(table[QStringLiteral("keys")].toString(), rows.join(QChar(0x1e)));
    // And it loads back to the same keys.
    auto back = ErasurePlan::fromJson(QJsonDocument::fromJson(p.toStoredJson()).object());
    QVERIFY(back.ok());
    QCOMPARE(back->systems[0].sources[0].tables[0].keys.size(), deleted.size());
    QCOMPARE(back->systems[0].sources[0].tables[0].keys.at(7), deleted.at(7));
    QCOMPARE(back->systems[0].sources[0].tables[0].kept[0].keys, kept);
}

void TestKeyList::digestIsTheOldDigest()
{
    KeyList deleted;
    for (int i = 0; i < 5000; ++i)
        deleted << QStringList{QString::number(i), tricky().at(i % tricky().size())};
    ErasurePlan p = planWith(deleted, KeyList{{QStringLiteral("7"), QStringLiteral("x")}});
    p.digest = QStringLiteral("not part of what is hashed");
    // How digests were computed before the keys were written piece by piece: the whole document in memory.
    QJsonObject j = p.toJson(true);
    j.remove(QStringLiteral("made_on"));
    j.remove(QStringLiteral("digest"));
    const QString old = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(j).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
    QCOMPARE(p.computeDigest(), old);
    // Every key counts.
    ErasurePlan changed = p;
    changed.systems[0].sources[0].tables[0].keys.removeLast();
    changed.systems[0].sources[0].tables[0].keys << QStringList{QStringLiteral("4999"), QStringLiteral("y")};
    QVERIFY(changed.computeDigest() != old);
}

QTEST_GUILESS_MAIN(TestKeyList)
#include "tst_keylist.moc"
