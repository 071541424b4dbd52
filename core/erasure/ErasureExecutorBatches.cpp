#include "ErasureExecution.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>

namespace lethe::erasurerun {

namespace {

// A database batch's statements, in the transaction the caller opened. Statements take the batch's keys a
// hundred at a time, each statement prepared once per run and reused: drivers resolve placeholders one by one
// (SQLite's in time linear in their number), so one statement with a thousand placeholders costs far more
// than ten with a hundred.
struct BatchStatements
{
    BatchStatements(Source& on, const Step& step, ConnectionParams::Engine e, const QString& qualifiedTable)
        : source(on), st(step), engine(e), table(qualifiedTable)
    {}

    Source& source;
    const Step& st;
    ConnectionParams::Engine engine;
    QString table;
    bool ok = true;
    QString error;
    qint64 present = 0, touched = 0;

    void inChunks(const QString& templ, const QVariantList& fixed, bool counting)
    {
        for (qsizetype from = 0; ok && from < st.keys.size(); from += kStatementKeys) {
            const KeyList chunk = st.keys.mid(from, kStatementKeys);
            const QString sql = templ.arg(keyCondition(engine, st.keyColumns, chunk.size()));
            QSqlQuery& prepared = source.prepared(sql, &ok, &error);
            if (!ok)
                return;
            KeyStatement q(prepared, engine);
            if (!(ok = q.exec(fixed, chunk))) {
                error = q.error();
                return;
            }
            if (counting && q.next())
                present += q.value(0).toLongLong();
            else if (!counting)
                touched += q.affected();
            q.finish();
        }
    }

    // What the step does to its rows: null the reference, delete them, or write the erased values.
    void apply(const QList<int>& hmacFields, const QJsonArray& hashed)
    {
        switch (st.kind) {
        case Step::Kind::NullFirst:
            inChunks(QStringLiteral("UPDATE %1 SET %2 = NULL WHERE ").arg(table, quoted(engine, st.column)) +
                         QStringLiteral("%1"),
                     {}, false);
            break;
        case Step::Kind::Delete:
            inChunks(QStringLiteral("DELETE FROM %1 WHERE ").arg(table) + QStringLiteral("%1"), {}, false);
            break;
        case Step::Kind::Update: {
            QStringList sets;
            QVariantList fixed;
            for (const ErasureFieldChange& c : st.changes) {
                if (c.strategy == ErasureStrategy::Null) {
                    sets << QStringLiteral("%1 = NULL").arg(quoted(engine, c.field));
                } else if (c.strategy == ErasureStrategy::Fixed) {
                    sets << QStringLiteral("%1 = ?").arg(quoted(engine, c.field));
                    fixed << c.fixedValue;
                }
            }
            if (!sets.isEmpty())
                inChunks(
                    QStringLiteral("UPDATE %1 SET %2 WHERE ").arg(table, sets.join(QStringLiteral(", "))) +
                        QStringLiteral("%1"),
                    fixed, false);
            if (ok && !hmacFields.isEmpty())
                writeKeyedHashes(hmacFields, hashed);
            break;
        }
        case Step::Kind::Processor:
            break;
        }
    }

    // The keyed hashes the journal holds for the batch, row by row.
    void writeKeyedHashes(const QList<int>& hmacFields, const QJsonArray& hashed)
    {
        QStringList hsets;
        for (int c : std::as_const(hmacFields))
            hsets << QStringLiteral("%1 = ?").arg(quoted(engine, st.changes[c].field));
        const QString sql =
            QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                .arg(table, hsets.join(QStringLiteral(", ")), keyEquals(engine, st.keyColumns));
        QSqlQuery& u = source.prepared(sql, &ok, &error);
        for (qsizetype r = 0; ok && r < hashed.size(); ++r) {
            const QJsonArray row = hashed[r].toArray();
            int i = 0;
            for (const QJsonValue& v : row.last().toArray())
                u.bindValue(i++, v.isNull() ? QVariant() : QVariant(v.toString()));
            for (int k = 0; k < st.keyColumns.size(); ++k)
                u.bindValue(i++, keyValue(row[k].toString(), engine));
            if (!(ok = u.exec()))
                error = errorText(u.lastError());
        }
    }
};

} // namespace

// A batch of rows in one transaction, journalled "begun" before it (with any keyed hashes it writes) and
// "committed" after it.
Status Execution::runDatabaseStep(int seq, const Step& st, const JournalEntry& existing)
{
    auto conn = connectionFor(st);
    if (!conn) {
        (void)erasures.finish(
            runId, QStringLiteral("failed"),
            {{QStringLiteral("error"), conn.error().message}, {QStringLiteral("failed_at_step"), seq}});
        return conn.error();
    }
    QSqlDatabase db = (*conn)->connection.db();
    const ConnectionParams::Engine engine = (*conn)->connection.engine();
    const QString table = SqlConnection::qualifiedTable(engine, st.schema, st.table).value();

    // Keyed hashes are computed once, before the batch, and kept in the journal: a batch redone after a
    // crash writes the same values instead of hashing the hashes.
    QList<int> hmacFields;
    for (int c = 0; c < st.changes.size(); ++c)
        if (st.changes[c].strategy == ErasureStrategy::Hmac)
            hmacFields << c;
    QJsonArray hashed; // [[key..., [value per hmac field]]]
    if (existing.state == QLatin1String("begun")) {
        hashed = QJsonDocument::fromJson(existing.data).array();
    } else {
        if (!hmacFields.isEmpty()) {
            auto read = readKeyedHashes(st, db, engine, table, hmacFields);
            if (!read)
                return read.error();
            hashed = *read;
        }
        if (Status s = erasures.begin(
                runId, seq, st.label, st.digest,
                hashed.isEmpty() ? QByteArray() : QJsonDocument(hashed).toJson(QJsonDocument::Compact));
            !s)
            return s.error();
    }

    QElapsedTimer transactionTime;
    transactionTime.start();
    if (!db.transaction())
        return makeError(Error::Code::Storage,
                         tr("%1: cannot start a transaction: %2").arg(st.label, errorText(db.lastError())));
    qint64 affected = 0;
    BatchStatements statements(**conn, st, engine, table);
    statements.apply(hmacFields, hashed);
    // What the journal records: how many of the batch's planned rows now hold the plan's result (gone, or
    // holding the erased values). A first delete trusts the driver's count of deleted rows; a batch
    // redone after a crash, and every update, count the rows in the same transaction instead (a redone
    // batch's rows are already gone or already hold the values, and MariaDB reports unchanged rows as not
    // affected).
    if (statements.ok && st.kind == Step::Kind::Delete && existing.state != QLatin1String("begun")) {
        affected = statements.touched;
    } else if (statements.ok) {
        statements.inChunks(
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE ").arg(table) + QStringLiteral("%1"), {}, true);
        if (statements.ok)
            affected =
                st.kind == Step::Kind::Delete ? st.keys.size() - statements.present : statements.present;
    }
    if (!statements.ok) {
        db.rollback();
        const QString why = tr("%1: %2").arg(st.label, statements.error);
        (void)erasures.finish(runId, QStringLiteral("failed"),
                              {{QStringLiteral("error"), why}, {QStringLiteral("failed_at_step"), seq}});
        return makeError(Error::Code::Storage, why);
    }
    if (options.crashPoint && options.crashPoint(seq, false)) {
        db.rollback(); // what the server does with a killed client's open transaction
        return makeError(Error::Code::Cancelled, QStringLiteral("stopped dead by the test at %1").arg(seq));
    }
    if (!db.commit()) {
        const QString why = tr("%1: cannot commit: %2").arg(st.label, errorText(db.lastError()));
        db.rollback();
        (void)erasures.finish(runId, QStringLiteral("failed"),
                              {{QStringLiteral("error"), why}, {QStringLiteral("failed_at_step"), seq}});
        return makeError(Error::Code::Storage, why);
    }
    if (options.crashPoint && options.crashPoint(seq, true))
        return makeError(Error::Code::Cancelled, QStringLiteral("stopped dead by the test at %1").arg(seq));
    if (options.batchDone)
        options.batchDone(seq, st.keys.size(), transactionTime.nsecsElapsed() / 1e6);
    if (Status s = erasures.commit(runId, seq, affected, {}, true); !s)
        return s.error();
    return {};
}

// The keyed hashes an update batch writes, computed from the rows' values as they are before it:
// [[key..., [value per hmac field]]].
Result<QJsonArray> Execution::readKeyedHashes(const Step& st, QSqlDatabase db,
                                              ConnectionParams::Engine engine, const QString& table,
                                              const QList<int>& hmacFields) const
{
    QJsonArray hashed;
    QString error;
    if (options.hmacKey.isEmpty())
        return makeError(Error::Code::Unavailable,
                         tr("%1: the workspace's keyed-hash key is missing.").arg(st.label));
    QStringList cols;
    for (const QString& k : st.keyColumns)
        cols << quoted(engine, k);
    for (int c : std::as_const(hmacFields))
        cols << quoted(engine, st.changes[c].field);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!exec(q,
              QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                  .arg(cols.join(QStringLiteral(", ")), table,
                       keyCondition(engine, st.keyColumns, st.keys.size())),
              flatten(st.keys.mid(0), engine), &error))
        return makeError(Error::Code::Storage, QStringLiteral("%1: %2").arg(st.label, error));
    while (q.next()) {
        QJsonArray row;
        for (int k = 0; k < st.keyColumns.size(); ++k)
            row << q.value(k).toString();
        QJsonArray values;
        for (int h = 0; h < hmacFields.size(); ++h) {
            const QVariant v = q.value(int(st.keyColumns.size()) + h);
            values << (v.isNull() ? QJsonValue()
                                  : QJsonValue(ErasureExecutor::keyedHash(options.hmacKey, v.toString())));
        }
        row << values;
        hashed << row;
    }
    return hashed;
}

} // namespace lethe::erasurerun
