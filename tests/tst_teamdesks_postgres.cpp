#include "AuditLog.h"
#include "TeamSetup.h"
#include "TestSupport.h"
#include "WorkspaceStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <map>

using namespace lethe;

// Eight desks on one team workspace at once (issue 18). PostgreSQL only: a team workspace is a PostgreSQL
// workspace (TeamSetup refuses the others). Eight `lethe-cli batch` processes, each signed in as its own
// login (three officers, three support, two reviewers), run 500 mixed commands each (add, take-next, note,
// assign with a reason, escalate, transition, list, show; the reviewers' writes are refused). Meanwhile
// the test sends the SQL each login may not run, directly to the server. Then: request numbers unique and
// gap-free, the audit chain verifies, every write a desk was told succeeded is there (its audit event
// under its login, its note, the request's final assignee and status those of the last event), and no
// forbidden statement got through.
class TestTeamDesks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void eightDesksAtOnce();

private:
    struct Desk
    {
        QString login;
        QString role; // officer, support, reviewer
        std::unique_ptr<QTemporaryDir> home;
        QString script;
        QProcess* process = nullptr;
        QList<QJsonObject> results; // one per command, in order
        QStringList commands;       // what each line asked, for the checks
    };
    ConnectionParams as(const QString& login) const;
    QString makeScript(int desk, Desk& d, const QStringList& seeded, const QStringList& hot);

    QString m_prefix;
    std::unique_ptr<test::ScratchDatabase> m_db;
    QList<TeamMember> m_members;
};

void TestTeamDesks::initTestCase()
{
    test::isolate();
    if (!test::postgresConfigured())
        QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
    m_prefix = QStringLiteral("ld%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
}

void TestTeamDesks::cleanupTestCase()
{
    m_db.reset();
    SqlConnection admin;
    if (!admin.open(test::postgresAdmin()))
        return;
    QSqlQuery q(admin.db());
    for (const TeamMember& m : std::as_const(m_members))
        q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(m.login));
    for (const char* group : {"officer", "support", "reviewer"})
        q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1_%2\"").arg(m_prefix, QLatin1String(group)));
}

ConnectionParams TestTeamDesks::as(const QString& login) const
{
    ConnectionParams p = m_db->params();
    p.user = login;
    p.password.clear();
    return p;
}

// 500 commands for one desk, the same every run (seeded by the desk's number). Transitions and hand-overs
// go to a few "hot" requests, so desks often change the same request at the same moment.
QString TestTeamDesks::makeScript(int desk, Desk& d, const QStringList& seeded, const QStringList& hot)
{
    constexpr int kCommands = 500;
    QRandomGenerator rng(quint32(1000 + desk));
    const QStringList statuses = {QStringLiteral("verified"), QStringLiteral("in-progress"),
                                  QStringLiteral("awaiting-clarification"),
                                  QStringLiteral("awaiting-approval"), QStringLiteral("awaiting-identity")};
    QStringList lines;
    for (int i = 0; i < kCommands; ++i) {
        const QString tag = QStringLiteral("d%1-%2").arg(desk).arg(i);
        const int pick = int(rng.bounded(100));
        const QString any = seeded.at(int(rng.bounded(qsizetype(seeded.size()))));
        const QString hotOne = hot.at(int(rng.bounded(qsizetype(hot.size()))));
        const QString other = m_members.at(int(rng.bounded(6))).login; // an officer or support login
        QString line;
        if (pick < 18)
            line = QStringLiteral("requests add --type access --regulation gdpr --email %1@example.test "
                                  "--name \"Desk %1\"")
                       .arg(tag);
        else if (pick < 40)
            line = QStringLiteral("requests note %1 \"note %2\"").arg(any, tag);
        else if (pick < 50)
            line = QStringLiteral("requests take-next");
        else if (pick < 62)
            line =
                QStringLiteral("requests assign %1 --to %2 --reason \"reason %3\"%4")
                    .arg(hotOne, other, tag, rng.bounded(4) == 0 ? QStringLiteral(" --escalate") : QString());
        else if (pick < 80)
            line = QStringLiteral("requests transition %1 %2")
                       .arg(hotOne, statuses.at(int(rng.bounded(qsizetype(statuses.size())))));
        else if (pick < 85)
            line = QStringLiteral("requests list --open --assignee %1").arg(d.login);
        else
            line = QStringLiteral("requests show %1").arg(rng.bounded(2) ? any : hotOne);
        lines << line;
    }
    d.commands = lines;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TestTeamDesks::eightDesksAtOnce()
{
    // The administrator creates the workspace and the team: eight logins, each in one group.
    m_db = std::make_unique<test::ScratchDatabase>(test::postgresAdmin());
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    const auto name = [this](const char* who) { return m_prefix + QLatin1Char('_') + QLatin1String(who); };
    m_members = {{name("o1"), QStringLiteral("officer")},  {name("o2"), QStringLiteral("officer")},
                 {name("o3"), QStringLiteral("officer")},  {name("s1"), QStringLiteral("support")},
                 {name("s2"), QStringLiteral("support")},  {name("s3"), QStringLiteral("support")},
                 {name("r1"), QStringLiteral("reviewer")}, {name("r2"), QStringLiteral("reviewer")}};
    {
        auto owner = WorkspaceStore::open(m_db->params(), QStringLiteral("dba"));
        QVERIFY2(owner.ok(), owner.ok() ? "" : qPrintable(owner.error().message));
        auto statements = TeamSetup::statements(m_prefix, m_members);
        QVERIFY(statements.ok());
        const Status applied = TeamSetup::apply((*owner)->database(), *statements);
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    }
    // 60 requests already there, by an officer.
    QStringList seeded;
    qint64 seqBefore = 0;
    {
        auto officer = WorkspaceStore::open(as(m_members.first().login), QStringLiteral("someone"));
        QVERIFY2(officer.ok(), officer.ok() ? "" : qPrintable(officer.error().message));
        QList<NewRequest> batch;
        for (int i = 0; i < 60; ++i) {
            NewRequest r;
            r.type = RequestType::Access;
            r.regulation = Regulation::Gdpr;
            r.received = (*officer)->today();
            r.subjectName = QStringLiteral("Seed %1").arg(i);
            r.identities = {{IdentityKind::Email, QStringLiteral("seed%1@example.test").arg(i)}};
            batch << r;
        }
        auto ids = (*officer)->addRequests(batch);
        QVERIFY2(ids.ok(), ids.ok() ? "" : qPrintable(ids.error().message));
        seeded = *ids;
        QSqlQuery q((*officer)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(seq) FROM audit_events")) && q.next());
        seqBefore = q.value(0).toLongLong();
    }
    const QStringList hot = seeded.mid(0, 4);

    // Each desk: its own HOME with a workspace "team" signed in as its login, and its script.
    std::vector<Desk> desks(m_members.size());
    for (int i = 0; i < int(desks.size()); ++i) {
        Desk& d = desks[i];
        d.login = m_members.at(i).login;
        d.role = m_members.at(i).role;
        d.home = std::make_unique<QTemporaryDir>();
        const ConnectionParams p = as(d.login);
        const test::CliRun init =
            test::runCli(QStringLiteral(LETHE_CLI_PATH), d.home->path(),
                         {QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("team"),
                          QStringLiteral("--engine"), QStringLiteral("postgres"), QStringLiteral("--host"),
                          p.host, QStringLiteral("--port"), QString::number(p.port),
                          QStringLiteral("--database"), p.database, QStringLiteral("--user"), p.user},
                         false);
        QVERIFY2(init.code == 0, init.err.constData());
        d.script = d.home->filePath(QStringLiteral("commands.txt"));
        QFile f(d.script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makeScript(i, d, seeded, hot).toUtf8());
    }

    // The forbidden SQL: what support and reviewers may not do, and what nobody may do to the audit log.
    struct Forbidden
    {
        QString login;
        QString sql;
    };
    QList<Forbidden> forbidden;
    for (const TeamMember& m : std::as_const(m_members)) {
        forbidden << Forbidden{m.login, QStringLiteral("UPDATE audit_events SET actor = 'x' WHERE seq = 2")}
                  << Forbidden{m.login, QStringLiteral("DELETE FROM audit_events WHERE seq > 1")}
                  << Forbidden{m.login, QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                                       "('audit.head.forged', 'x')")};
        if (m.role == QLatin1String("officer"))
            continue;
        forbidden << Forbidden{m.login, QStringLiteral("UPDATE settings SET value = 'off' WHERE key = "
                                                       "'erasure.four_eyes'")}
                  << Forbidden{m.login, QStringLiteral("UPDATE erasure_runs SET approved_by = 'x'")}
                  << Forbidden{m.login, QStringLiteral("DELETE FROM requests WHERE id = 1")}
                  << Forbidden{m.login, QStringLiteral("UPDATE workspace_users SET role = 'officer'")};
        if (m.role == QLatin1String("reviewer"))
            forbidden << Forbidden{m.login, QStringLiteral("UPDATE requests SET assignee = 'x'")}
                      << Forbidden{m.login, QStringLiteral("INSERT INTO notes (request_id, body, created_at, "
                                                           "author) VALUES (1, 'x', 'x', 'x')")};
    }

    // Go: eight processes, and the forbidden SQL sent again and again while they run.
    for (Desk& d : desks) {
        d.process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), d.home->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), d.home->path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), d.home->path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("LETHE_ACTOR"), QStringLiteral("someone-else")); // ignored in a team
        env.remove(QStringLiteral("LETHE_WORKSPACE"));
        d.process->setProcessEnvironment(env);
        d.process->start(QStringLiteral(LETHE_CLI_PATH),
                         {QStringLiteral("batch"), d.script, QStringLiteral("--workspace"),
                          QStringLiteral("team"), QStringLiteral("--json")});
    }
    std::atomic<bool> running{true};
    std::atomic<int> attempts{0};
    QStringList allowed; // what got through (must stay empty)
    QStringList allowedNote;
    QThread* attacker = QThread::create([&] {
        // One connection per login, kept open, as a person at a psql prompt.
        std::map<QString, std::unique_ptr<SqlConnection>> connections;
        for (const TeamMember& m : std::as_const(m_members)) {
            auto c = std::make_unique<SqlConnection>();
            if (Status s = c->open(as(m.login)); !s) {
                allowedNote << m.login + QStringLiteral(" cannot connect: ") + s.error().message;
                return;
            }
            connections[m.login] = std::move(c);
        }
        do {
            for (const Forbidden& f : std::as_const(forbidden)) {
                QSqlQuery q(connections[f.login]->db());
                ++attempts;
                if (q.exec(f.sql))
                    allowed << f.login + QStringLiteral(": ") + f.sql;
            }
            QThread::msleep(200); // leave the server to the desks
        } while (running.load());
    });
    attacker->start();
    for (Desk& d : desks) {
        QVERIFY(d.process->waitForStarted());
        d.process->waitForFinished(-1); // no time limit: ctest's timeout catches a hang
    }
    running = false;
    attacker->wait();
    delete attacker;
    QVERIFY2(allowedNote.isEmpty(), qPrintable(allowedNote.join(QLatin1Char('\n'))));
    QVERIFY2(allowed.isEmpty(), qPrintable(allowed.join(QLatin1Char('\n'))));
    QVERIFY(attempts.load() >= forbidden.size());

    // What each desk was told, command by command.
    QHash<QString, int> createdBy;               // request -> desks that created it (must be 1)
    QHash<QString, QString> noteRequest;         // note text -> the request it went on
    QMultiHash<QString, QString> expectedEvents; // "login action request", once per success
    int successes = 0, refusals = 0;
    for (Desk& d : desks) {
        QCOMPARE(d.process->exitStatus(), QProcess::NormalExit);
        const QByteArray err = d.process->readAllStandardError();
        const QList<QByteArray> lines = d.process->readAllStandardOutput().split('\n');
        for (const QByteArray& l : lines)
            if (!l.trimmed().isEmpty())
                d.results << QJsonDocument::fromJson(l).object();
        QVERIFY2(d.results.size() == d.commands.size(),
                 qPrintable(QStringLiteral("%1: %2 results for %3 commands; %4")
                                .arg(d.login)
                                .arg(d.results.size())
                                .arg(d.commands.size())
                                .arg(QString::fromUtf8(err.right(2000)))));
        const bool writer = d.role != QLatin1String("reviewer");
        for (int i = 0; i < d.commands.size(); ++i) {
            const QStringList words = QProcess::splitCommand(d.commands.at(i));
            const QString what = words.value(1);
            const int code = d.results.at(i).value(QStringLiteral("exit")).toInt(-1);
            const QJsonObject out = d.results.at(i).value(QStringLiteral("output")).toObject();
            const QString context = QStringLiteral("%1 line %2 (%3): exit %4 %5")
                                        .arg(d.login)
                                        .arg(i + 1)
                                        .arg(d.commands.at(i))
                                        .arg(code)
                                        .arg(QString::fromUtf8(QJsonDocument(out).toJson()));
            const bool reads = what == QLatin1String("list") || what == QLatin1String("show");
            if (reads || (writer && (what == QLatin1String("add") || what == QLatin1String("note") ||
                                     what == QLatin1String("take-next")))) {
                // Reads, adding, notes and taking the next one never fail, whoever else is at it.
                QVERIFY2(code == 0, qPrintable(context));
            } else if (!writer) {
                // A reviewer's write is refused (by Lethe or by the server), and nothing is written.
                QVERIFY2(code != 0, qPrintable(context));
                ++refusals;
                continue;
            } else {
                // Assign and transition may be refused (a hand-over meanwhile, a transition the request's
                // status no longer allows), but only as refused: never a storage failure.
                QVERIFY2(code == 0 || code == 4, qPrintable(context));
            }
            if (code != 0)
                continue;
            if (reads)
                continue;
            ++successes;
            const QString id = out.value(QStringLiteral("id")).toString();
            const auto expect = [&](const char* action, const QString& request) {
                expectedEvents.insert(d.login + QLatin1Char(' ') + QLatin1String(action) + QLatin1Char(' ') +
                                          request,
                                      QString());
            };
            if (what == QLatin1String("add")) {
                QVERIFY2(id.startsWith(QLatin1String("R-")), qPrintable(context));
                ++createdBy[id];
                expect("request.create", id);
            } else if (what == QLatin1String("note")) {
                noteRequest.insert(words.value(3), words.value(2));
                expect("request.note", words.value(2));
            } else if (what == QLatin1String("take-next")) {
                if (out.contains(QStringLiteral("taken")))
                    continue; // nothing was left
                QCOMPARE(out.value(QStringLiteral("assignee")).toString(), d.login);
                expect("request.claim", id);
            } else if (what == QLatin1String("assign")) {
                noteRequest.insert(words.value(words.indexOf(QStringLiteral("--reason")) + 1),
                                   words.value(2));
                expect(words.contains(QStringLiteral("--escalate")) ? "request.escalate" : "request.assign",
                       words.value(2));
            } else if (what == QLatin1String("transition")) {
                QCOMPARE(out.value(QStringLiteral("status")).toString(), words.value(3));
                expect("request.transition", words.value(2));
            }
        }
    }
    qInfo("%d writes succeeded, %d reviewer writes refused, %d forbidden statements refused", successes,
          refusals, attempts.load());
    QVERIFY(successes > 1000); // most writes went through, so the checks below check something

    SqlConnection admin;
    QVERIFY(admin.open(m_db->params()));
    QSqlQuery q(admin.db());

    // Request numbers: unique and gap-free, and exactly those seeded and those the desks were told.
    for (auto it = createdBy.cbegin(); it != createdBy.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT human_id), MIN(seq), MAX(seq), "
                                  "COUNT(DISTINCT year) FROM requests")));
    QVERIFY(q.next());
    const int total = int(seeded.size() + createdBy.size());
    QCOMPARE(q.value(0).toInt(), total);
    QCOMPARE(q.value(1).toInt(), total);
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toInt(), total);
    QCOMPARE(q.value(4).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT human_id FROM requests")));
    QSet<QString> inDatabase;
    while (q.next())
        inDatabase.insert(q.value(0).toString());
    for (const QString& id : std::as_const(seeded))
        QVERIFY(inDatabase.contains(id));
    for (auto it = createdBy.cbegin(); it != createdBy.cend(); ++it)
        QVERIFY2(inDatabase.contains(it.key()), qPrintable(it.key()));

    // The audit log: each write a desk was told succeeded is there once, under its login, and nothing else.
    QVERIFY(q.exec(QStringLiteral("SELECT actor, action, request_id, details FROM audit_events WHERE seq > "
                                  "%1 ORDER BY seq")
                       .arg(seqBefore)));
    QMultiHash<QString, QString> events;
    QHash<QString, QString> lastAssignee, lastStatus;
    QStringList brokenChains;
    while (q.next()) {
        const QString action = q.value(1).toString();
        const QString request = q.value(2).toString();
        events.insert(q.value(0).toString() + QLatin1Char(' ') + action + QLatin1Char(' ') + request,
                      QString());
        const QJsonObject details = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        if (action == QLatin1String("request.claim"))
            lastAssignee[request] = details.value(QStringLiteral("assignee")).toString();
        else if (action == QLatin1String("request.assign") || action == QLatin1String("request.escalate"))
            lastAssignee[request] = details.value(QStringLiteral("to")).toString();
        else if (action == QLatin1String("request.transition")) {
            // Each transition starts where the one before it ended: none was made on a stale status.
            const QString from = details.value(QStringLiteral("from")).toString();
            const QString before = lastStatus.value(request, QStringLiteral("new"));
            if (from != before)
                brokenChains << QStringLiteral("%1: %2 -> %3 recorded after %4")
                                    .arg(request, from, details.value(QStringLiteral("to")).toString(),
                                         before);
            lastStatus[request] = details.value(QStringLiteral("to")).toString();
        }
    }
    QCOMPARE(events.size(), expectedEvents.size());
    for (auto it = expectedEvents.cbegin(); it != expectedEvents.cend(); ++it)
        QVERIFY2(events.count(it.key()) == expectedEvents.count(it.key()), qPrintable(it.key()));
    for (const TeamMember& m : std::as_const(m_members))
        if (m.role == QLatin1String("reviewer"))
            QVERIFY(!events.keys().join(QLatin1Char('\n')).contains(m.login + QLatin1Char(' ')));

    // No update lost: every note and reason is on its request, once; each request's assignee and status
    // are those of the last change recorded.
    QVERIFY(q.exec(QStringLiteral("SELECT r.human_id, n.body FROM notes n JOIN requests r ON r.id = "
                                  "n.request_id")));
    QHash<QString, QString> notesInDatabase;
    while (q.next()) {
        QVERIFY2(!notesInDatabase.contains(q.value(1).toString()), qPrintable(q.value(1).toString()));
        notesInDatabase.insert(q.value(1).toString(), q.value(0).toString());
    }
    QCOMPARE(notesInDatabase.size(), noteRequest.size());
    for (auto it = noteRequest.cbegin(); it != noteRequest.cend(); ++it)
        QVERIFY2(notesInDatabase.value(it.key()) == it.value(), qPrintable(it.key()));
    QVERIFY(q.exec(QStringLiteral("SELECT human_id, assignee, status FROM requests")));
    while (q.next()) {
        const QString id = q.value(0).toString();
        QCOMPARE(q.value(1).toString(), lastAssignee.value(id));
        QCOMPARE(q.value(2).toString(), lastStatus.value(id, QStringLiteral("new")));
    }
    QVERIFY2(brokenChains.isEmpty(), qPrintable(brokenChains.join(QLatin1Char('\n'))));

    // The chain verifies, checked by lethe-cli at an officer's desk.
    const test::CliRun verified = test::runCli(QStringLiteral(LETHE_CLI_PATH), desks[1].home->path(),
                                               {QStringLiteral("audit"), QStringLiteral("verify"),
                                                QStringLiteral("--workspace"), QStringLiteral("team")});
    QVERIFY2(verified.code == 0, verified.err.constData());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events")) && q.next());
    QCOMPARE(verified.json().object().value(QStringLiteral("checked")).toInt(), q.value(0).toInt());
}

QTEST_GUILESS_MAIN(TestTeamDesks)
#include "tst_teamdesks_postgres.moc"
