#include "DueKeys.h"
#include "KilledRuns.h"
#include "SqlConnection.h"
#include "TestSupport.h"
#include "WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/stat.h>

using namespace lethe;

// Drives the real lethe-cli executable, as scripts and people do.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndUsage();
    void workspaceInitAndList();
    void requestLifecycle();
    void badInputNamesFieldAndChangesNothing();
    void phoneRegionReadsNationalNumbers();
    void refusedTransitionExitCode();
    void ifVersionRefusesAStaleChange();
    void typesPerLaw();
    void denialCodesAndAnswersInPart();
    void optOutDeniedAsFraudulent();
    void clarificationAndFee();
    void calendarsAndEstablishedIn();
    void dueKeysStoreStopsOnCtrlC();
    void keyStoresKilledKeepExactKeys();
    void auditVerifyCatchesTampering();
    void todayOnlyShowsDeadlines();
    void demoInit();
    void newerWorkspaceRefused();
    void datamapValidate();
    void planSaysWhatItKeepsForNoStrategy();
    void strategyTheColumnCannotTake();
    void datamapImportFides();
    void previewRecordsCountsNotData();
    void filesAreOwnerOnly();
    void reportMetricsJsonAndCsv();
    void batchRunsEachLine();

private:
    using Run = test::CliRun;
    Run cli(QStringList args, bool json = true);
    QString m_ws;
    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    test::isolate();
    QVERIFY(m_home.isValid());
    m_ws = m_home.filePath(QStringLiteral("ws/main"));
}

namespace {
// The permission bits (0777) of a path, or -1.
int modeOf(const QString& path)
{
    struct stat st;
    return ::stat(path.toLocal8Bit().constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}
} // namespace

void TestCli::filesAreOwnerOnly()
{
    // Under the usual umask 022 the workspace (subjects, identities, stored plans) and the logs were readable
    // by every user of the machine. Whatever umask Lethe starts with, what it makes is its owner's only.
    const mode_t before = ::umask(022); // inherited by lethe-cli
    const QString ws = m_home.filePath(QStringLiteral("ws/private"));
    const Run init = cli({QStringLiteral("workspace"), QStringLiteral("init"), ws});
    QVERIFY2(init.code == 0, init.err.constData());
    QCOMPARE(modeOf(ws), 0700);
    QCOMPARE(modeOf(ws + QStringLiteral("/workspace.db")), 0600);
    QCOMPARE(modeOf(ws + QStringLiteral("/workspace.ini")), 0600);
    const QString logs = m_home.filePath(QStringLiteral("data/lethe/logs"));
    QCOMPARE(modeOf(logs), 0700);
    QCOMPARE(modeOf(logs + QStringLiteral("/lethe.log")), 0600);

    // A workspace an earlier version left open to others is tightened when it is next opened.
    QVERIFY(::chmod(ws.toLocal8Bit().constData(), 0755) == 0);
    QVERIFY(::chmod((ws + QStringLiteral("/workspace.db")).toLocal8Bit().constData(), 0644) == 0);
    QVERIFY(QDir(ws).mkpath(QStringLiteral("evidence/R-2026-0001")));
    QVERIFY(::chmod((ws + QStringLiteral("/evidence")).toLocal8Bit().constData(), 0755) == 0);
    QFile evidence(ws + QStringLiteral("/evidence/R-2026-0001/mail.pdf"));
    QVERIFY(evidence.open(QIODevice::WriteOnly));
    evidence.close();
    QVERIFY(::chmod(evidence.fileName().toLocal8Bit().constData(), 0644) == 0);
    QVERIFY(::chmod((logs + QStringLiteral("/lethe.log")).toLocal8Bit().constData(), 0644) == 0);
    const Run list =
        cli({QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--workspace"), ws});
    QVERIFY2(list.code == 0, list.err.constData());
    QCOMPARE(modeOf(ws), 0700);
    QCOMPARE(modeOf(ws + QStringLiteral("/workspace.db")), 0600);
    QCOMPARE(modeOf(ws + QStringLiteral("/evidence")), 0700);
    QCOMPARE(modeOf(evidence.fileName()), 0600);
    QCOMPARE(modeOf(logs + QStringLiteral("/lethe.log")), 0600);
    ::umask(before);
}

TestCli::Run TestCli::cli(QStringList args, bool json)
{
    return test::runCli(QStringLiteral(LETHE_CLI_PATH), m_home.path(), std::move(args), json);
}

void TestCli::helpAndUsage()
{
    Run help = cli({QStringLiteral("--help")}, false);
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("requests transition"));
    QVERIFY(help.out.contains("Exit codes"));
    Run unknown = cli({QStringLiteral("requests"), QStringLiteral("frobnicate")});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains("frobnicate"));
    Run badOption = cli({QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--colour")});
    QCOMPARE(badOption.code, 1);
    QVERIFY(badOption.err.contains("colour"));
    Run sub = cli({QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--help")}, false);
    QCOMPARE(sub.code, 0);
    QVERIFY(sub.out.contains("--regulation"));
}

void TestCli::workspaceInitAndList()
{
    Run init = cli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("office")});
    QCOMPARE(init.code, 0);
    QCOMPARE(init.json().object()[QStringLiteral("name")].toString(), QStringLiteral("office"));
    Run again = cli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("office")});
    QCOMPARE(again.code, 4);
    Run list = cli({QStringLiteral("workspace"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QCOMPARE(list.json().array().size(), 1);
    QCOMPARE(list.json().array()[0].toObject()[QStringLiteral("engine")].toString(),
             QStringLiteral("sqlite"));
    Run badName = cli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("bad name!")});
    QCOMPARE(badName.code, 2);
    QVERIFY(badName.err.contains("bad name!"));
}

void TestCli::requestLifecycle()
{
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), m_ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), m_ws};
    Run add =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                        QStringLiteral("erasure"), QStringLiteral("--regulation"), QStringLiteral("ccpa"),
                        QStringLiteral("--received"), QStringLiteral("2026-11-20"), QStringLiteral("--email"),
                        QStringLiteral("Zoe@Example.com"), QStringLiteral("--phone"),
                        QStringLiteral("+1 415 555 0112"), QStringLiteral("--product"),
                        QStringLiteral("LeadsGen")} +
            w);
    QVERIFY2(add.code == 0, add.err.constData());
    QJsonObject r = add.json().object();
    const QString id = r[QStringLiteral("id")].toString();
    QCOMPARE(id, QStringLiteral("R-2026-0001"));
    QCOMPARE(r[QStringLiteral("due")].toString(), QStringLiteral("2027-01-04"));
    // Ten business days without Thanksgiving (26 Nov); the day after is not a Gov. Code 6700 holiday.
    QCOMPARE(r[QStringLiteral("acknowledge_by")].toString(), QStringLiteral("2026-12-07"));
    QCOMPARE(r[QStringLiteral("status")].toString(), QStringLiteral("new"));

    Run moved = cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"), id,
                                QStringLiteral("awaiting-identity")} +
                    w);
    QCOMPARE(moved.code, 0);
    // CCPA: the 45 days run while identity is verified (11 CCR 7021(b)): the clock does not stop, and a
    // request still waiting after its due date is overdue (it once showed "paused" and left the list).
    QCOMPARE(moved.json().object()[QStringLiteral("clock_stopped")].toBool(), false);
    Run overdue =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--overdue"),
                        QStringLiteral("--today"), QStringLiteral("2027-01-31"), QStringLiteral("--json")} +
            w);
    QVERIFY2(overdue.code == 0, overdue.err.constData());
    QCOMPARE(overdue.json().array().size(), 1);
    QCOMPARE(overdue.json().array()[0].toObject()[QStringLiteral("id")].toString(), id);
    QCOMPARE(overdue.json().array()[0].toObject()[QStringLiteral("overdue")].toBool(), true);
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"), id,
                             QStringLiteral("verified")} +
                 w)
                 .code,
             0);
    Run upd = cli(QStringList{QStringLiteral("requests"), QStringLiteral("update"), id,
                              QStringLiteral("--assignee"), QStringLiteral("dana.dpo"),
                              QStringLiteral("--add-identity"), QStringLiteral("user-id:usr_9")} +
                  w);
    QCOMPARE(upd.code, 0);
    QCOMPARE(upd.json()
                 .object()[QStringLiteral("subject")]
                 .toObject()[QStringLiteral("identities")]
                 .toArray()
                 .size(),
             3);
    Run ext = cli(QStringList{QStringLiteral("requests"), QStringLiteral("extend"), id,
                              QStringLiteral("--reason"), QStringLiteral("Five systems involved")} +
                  w);
    QCOMPARE(ext.code, 0);
    QCOMPARE(ext.json().object()[QStringLiteral("extended")].toBool(), true);
    Run note = cli(QStringList{QStringLiteral("requests"), QStringLiteral("note"), id,
                               QStringLiteral("Called"), QStringLiteral("back.")} +
                   w);
    QCOMPARE(note.code, 0);
    QCOMPARE(note.json()
                 .object()[QStringLiteral("notes")]
                 .toArray()[0]
                 .toObject()[QStringLiteral("body")]
                 .toString(),
             QStringLiteral("Called back."));

    Run list = cli(QStringList{QStringLiteral("requests"), QStringLiteral("list"),
                               QStringLiteral("--assignee"), QStringLiteral("dana.dpo")} +
                   w);
    QCOMPARE(list.code, 0);
    QCOMPARE(list.json().array().size(), 1);
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--status"),
                             QStringLiteral("new")} +
                 w)
                 .json()
                 .array()
                 .size(),
             0);

    Run log =
        cli(QStringList{QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--request"), id} + w);
    QCOMPARE(log.code, 0);
    const QJsonArray events = log.json().array();
    QCOMPARE(events.size(), 6);
    QStringList actions;
    for (const QJsonValue& e : events) {
        actions << e.toObject()[QStringLiteral("action")].toString();
        // The OS login, not $LETHE_ACTOR (runCli sets it): the shipped CLI reads no variable for who acts.
        QCOMPARE(e.toObject()[QStringLiteral("actor")].toString(), test::osLogin());
    }
    QCOMPARE(actions, QStringList({QStringLiteral("request.create"), QStringLiteral("request.transition"),
                                   QStringLiteral("request.transition"), QStringLiteral("request.update"),
                                   QStringLiteral("request.extend"), QStringLiteral("request.note")}));
    Run verify = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + w);
    QCOMPARE(verify.code, 0);
    QCOMPARE(verify.json().object()[QStringLiteral("checked")].toInt(), 6);
}

void TestCli::badInputNamesFieldAndChangesNothing()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/bad"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    const QList<std::pair<QStringList, QByteArray>> cases = {
        {{QStringLiteral("--type"), QStringLiteral("deletion"), QStringLiteral("--regulation"),
          QStringLiteral("gdpr"), QStringLiteral("--email"), QStringLiteral("a@example.com")},
         "deletion"},
        {{QStringLiteral("--type"), QStringLiteral("access"), QStringLiteral("--regulation"),
          QStringLiteral("lgpd"), QStringLiteral("--email"), QStringLiteral("a@example.com")},
         "lgpd"},
        {{QStringLiteral("--type"), QStringLiteral("access"), QStringLiteral("--regulation"),
          QStringLiteral("gdpr"), QStringLiteral("--email"), QStringLiteral("a-at-example.com")},
         "a-at-example.com"},
        {{QStringLiteral("--type"), QStringLiteral("access"), QStringLiteral("--regulation"),
          QStringLiteral("gdpr"), QStringLiteral("--email"), QStringLiteral("a@example.com"),
          QStringLiteral("--received"), QStringLiteral("2026-13-01")},
         "2026-13-01"},
        {{QStringLiteral("--type"), QStringLiteral("access"), QStringLiteral("--regulation"),
          QStringLiteral("gdpr"), QStringLiteral("--phone"), QStringLiteral("555-CALL")},
         "phone: contains \"C\""}, // a phone's problem, not the number (messages reach logs)
        {{QStringLiteral("--regulation"), QStringLiteral("gdpr"), QStringLiteral("--email"),
          QStringLiteral("a@example.com")},
         "--type: required"},
    };
    for (const auto& [args, named] : cases) {
        Run r = cli(QStringList{QStringLiteral("requests"), QStringLiteral("add")} + args + w);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(named), r.err.constData());
        QCOMPARE(r.json().object()[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
                 QStringLiteral("invalid-input"));
    }
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("list")} + w).json().array().size(),
             0);
    QCOMPARE(cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + w)
                 .json()
                 .object()[QStringLiteral("checked")]
                 .toInt(),
             0);
    Run missing = cli(
        QStringList{QStringLiteral("requests"), QStringLiteral("show"), QStringLiteral("R-2026-0404")} + w);
    QCOMPARE(missing.code, 3);
    Run noWs = cli({QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--workspace"),
                    m_home.filePath(QStringLiteral("nowhere"))});
    QCOMPARE(noWs.code, 3);
    QVERIFY(noWs.err.contains("nowhere"));
}

// A phone typed without its country code is read in the workspace's phone region; without one (the
// default) only international numbers are accepted.
void TestCli::phoneRegionReadsNationalNumbers()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/phones"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    const QStringList add{QStringLiteral("requests"),     QStringLiteral("add"),
                          QStringLiteral("--type"),       QStringLiteral("access"),
                          QStringLiteral("--regulation"), QStringLiteral("uk-gdpr"),
                          QStringLiteral("--phone"),      QStringLiteral("020 7946 0018")};
    Run none = cli(add + w);
    QCOMPARE(none.code, 2);
    QVERIFY2(none.err.contains("phone-region"), none.err.constData());
    QVERIFY2(!none.err.contains("020 7946 0018"), none.err.constData()); // the problem, not the number
    QCOMPARE(cli(QStringList{QStringLiteral("workspace"), QStringLiteral("phone-region")} + w)
                 .json()
                 .object()[QStringLiteral("phone_region")]
                 .toString(),
             QString());

    Run bad = cli(
        QStringList{QStringLiteral("workspace"), QStringLiteral("phone-region"), QStringLiteral("XX")} + w);
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("XX"), bad.err.constData());
    QCOMPARE(
        cli(QStringList{QStringLiteral("workspace"), QStringLiteral("phone-region"), QStringLiteral("gb")} +
            w)
            .code,
        0);
    QCOMPARE(cli(QStringList{QStringLiteral("workspace"), QStringLiteral("phone-region")} + w)
                 .json()
                 .object()[QStringLiteral("phone_region")]
                 .toString(),
             QStringLiteral("GB"));

    Run added = cli(add + w);
    QVERIFY2(added.code == 0, added.err.constData());
    const QJsonObject r = added.json().object();
    const QJsonArray ids = r[QStringLiteral("subject")].toObject()[QStringLiteral("identities")].toArray();
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids[0].toObject()[QStringLiteral("value")].toString(), QStringLiteral("+442079460018"));
    // The same number, nationally, is already there; a Russian one in its national form is not a GB number.
    const QString id = r[QStringLiteral("id")].toString();
    Run again = cli(QStringList{QStringLiteral("requests"), QStringLiteral("update"), id,
                                QStringLiteral("--add-identity"), QStringLiteral("phone:+44 20 7946 0018"),
                                QStringLiteral("--remove-identity"), QStringLiteral("phone:020 7946 0018"),
                                QStringLiteral("--add-identity"), QStringLiteral("phone:8 (495) 123-45-67")} +
                    w);
    QCOMPARE(again.code, 2);
    QVERIFY2(again.err.contains("GB"), again.err.constData());

    QCOMPARE(
        cli(QStringList{QStringLiteral("workspace"), QStringLiteral("phone-region"), QStringLiteral("none")} +
            w)
            .code,
        0);
    QCOMPARE(cli(add + w).code, 2);
}

// Issue 16: holiday calendars, the workspace's "established in" and EU clock rule, a request's own calendar,
// and requests show naming the holidays the due date moved over.
void TestCli::calendarsAndEstablishedIn()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/calendars"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};

    const QJsonArray list = cli({QStringLiteral("calendars"), QStringLiteral("list")}).json().array();
    QCOMPARE(list.size(), 71); // 56 plus 13 Spanish communities and cities, the Azores and Madeira
    const QJsonObject balearics =
        cli({QStringLiteral("calendars"), QStringLiteral("show"), QStringLiteral("ES-IB"),
             QStringLiteral("--year"), QStringLiteral("2026")})
            .json()
            .object();
    QStringList balearicDates;
    for (const QJsonValue& h : balearics[QStringLiteral("holidays")].toArray())
        balearicDates << h.toObject()[QStringLiteral("date")].toString();
    QVERIFY(balearicDates.contains(QStringLiteral("2026-03-02"))); // Day of the Balearic Islands, moved
    QVERIFY(balearicDates.contains(QStringLiteral("2026-12-25"))); // Spain's days come with it
    const QJsonObject scotland =
        cli({QStringLiteral("calendars"), QStringLiteral("show"), QStringLiteral("GB-SCT"),
             QStringLiteral("--year"), QStringLiteral("2026")})
            .json()
            .object();
    QStringList dates;
    for (const QJsonValue& h : scotland[QStringLiteral("holidays")].toArray())
        dates << h.toObject()[QStringLiteral("date")].toString();
    QVERIFY(dates.contains(QStringLiteral("2026-11-30")));  // St Andrew's Day
    QVERIFY(!dates.contains(QStringLiteral("2026-04-06"))); // no Easter Monday
    QCOMPARE(cli({QStringLiteral("calendars"), QStringLiteral("show"), QStringLiteral("XX")}).code, 3);

    auto setting = [&](const char* sub) {
        return cli(QStringList{QStringLiteral("workspace"), QLatin1String(sub)} + w).json().object();
    };
    QCOMPARE(setting("established-in")[QStringLiteral("established_in")].toString(), QString());
    QCOMPARE(setting("gdpr-clock")[QStringLiteral("gdpr_clock")].toString(), QStringLiteral("pause"));
    Run bad = cli(
        QStringList{QStringLiteral("workspace"), QStringLiteral("established-in"), QStringLiteral("DE-XX")} +
        w);
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("DE-XX"), bad.err.constData());
    QCOMPARE(cli(QStringList{QStringLiteral("workspace"), QStringLiteral("gdpr-clock"),
                             QStringLiteral("sometimes")} +
                 w)
                 .code,
             2);
    QCOMPARE(
        cli(QStringList{QStringLiteral("workspace"), QStringLiteral("established-in"), QStringLiteral("IE")} +
            w)
            .code,
        0);
    QCOMPARE(cli(QStringList{QStringLiteral("workspace"), QStringLiteral("gdpr-clock"),
                             QStringLiteral("restart")} +
                 w)
                 .code,
             0);
    QCOMPARE(setting("established-in")[QStringLiteral("established_in")].toString(), QStringLiteral("IE"));
    QCOMPARE(setting("gdpr-clock")[QStringLiteral("gdpr_clock")].toString(), QStringLiteral("restart"));

    // Received 25 Nov 2025: one month is Thu 25 Dec; Christmas and St Stephen's Day in Ireland, then the
    // weekend: Mon 29 Dec.
    const QStringList add{QStringLiteral("requests"),     QStringLiteral("add"),
                          QStringLiteral("--type"),       QStringLiteral("access"),
                          QStringLiteral("--regulation"), QStringLiteral("gdpr"),
                          QStringLiteral("--received"),   QStringLiteral("2025-11-25"),
                          QStringLiteral("--email"),      QStringLiteral("cal@example.com")};
    Run added = cli(add + w);
    QVERIFY2(added.code == 0, added.err.constData());
    const QJsonObject r = added.json().object();
    QCOMPARE(r[QStringLiteral("due")].toString(), QStringLiteral("2025-12-29"));
    QCOMPARE(r[QStringLiteral("calendar")].toString(), QStringLiteral("IE"));
    QCOMPARE(r[QStringLiteral("period_end")].toString(), QStringLiteral("2025-12-25"));
    QCOMPARE(r[QStringLiteral("moved_over")].toArray()[1].toObject()[QStringLiteral("holiday")].toString(),
             QStringLiteral("St Stephen's Day"));
    const QString id = r[QStringLiteral("id")].toString();
    Run shown = cli(QStringList{QStringLiteral("requests"), QStringLiteral("show"), id} + w, false);
    QVERIFY2(shown.out.contains("25 Dec (Christmas Day), 26 Dec (St Stephen's Day)"), shown.out.constData());

    // This request's own calendar: Spain has neither day after Christmas, so Fri 26 Dec 2025 is a working
    // day.
    Run own = cli(QStringList{QStringLiteral("requests"), QStringLiteral("update"), id,
                              QStringLiteral("--established-in"), QStringLiteral("ES")} +
                  w);
    QVERIFY2(own.code == 0, own.err.constData());
    QCOMPARE(own.json().object()[QStringLiteral("due")].toString(), QStringLiteral("2025-12-26"));
    QCOMPARE(own.json().object()[QStringLiteral("established_in")].toString(), QStringLiteral("ES"));
    // A calendar outside the law's territory is refused, naming the field.
    Run wrong = cli(QStringList{QStringLiteral("requests"), QStringLiteral("update"), id,
                                QStringLiteral("--established-in"), QStringLiteral("US-CA")} +
                    w);
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains("established in"), wrong.err.constData());
    Run back = cli(QStringList{QStringLiteral("requests"), QStringLiteral("update"), id,
                               QStringLiteral("--established-in"), QStringLiteral("none")} +
                   w);
    QCOMPARE(back.json().object()[QStringLiteral("due")].toString(), QStringLiteral("2025-12-29"));

    // The workspace's calendar and clock rule move due dates: each command stores every request's place in
    // the urgency order again before it returns (DueKeys), so the queue is still read by pages in it.
    const auto current = [&] {
        SqlConnection raw;
        ConnectionParams p;
        p.path = ws + QStringLiteral("/workspace.db");
        if (!raw.open(p).ok())
            return false;
        auto c = DueKeys::isCurrent(raw.db());
        return c.ok() && *c;
    };
    QVERIFY(current());
    QCOMPARE(
        cli(QStringList{QStringLiteral("workspace"), QStringLiteral("established-in"), QStringLiteral("FR")} +
            w)
            .code,
        0);
    QVERIFY(current());
    QCOMPARE(
        cli(QStringList{QStringLiteral("workspace"), QStringLiteral("gdpr-clock"), QStringLiteral("pause")} +
            w)
            .code,
        0);
    QVERIFY(current());

    // Places stored by another Lethe (another digest) or by SQL without one are counted and stored again by
    // workspace due-keys --store, each as this Lethe computes it.
    const QStringList dueKeys{QStringLiteral("workspace"), QStringLiteral("due-keys")};
    QCOMPARE(cli(add + QStringList{QStringLiteral("--email"), QStringLiteral("cal2@example.com")} + w).code,
             0);
    Run places = cli(dueKeys + w);
    QVERIFY2(places.code == 0, places.err.constData());
    QCOMPARE(places.json().object()[QStringLiteral("current")].toBool(), true);
    QCOMPARE(places.json().object()[QStringLiteral("stale")].toInt(), 0);
    // Runs `sql` on the workspace (when given), then reads every request's stored place: (id, key).
    const auto storedPlaces = [&](const QStringList& sql) {
        QList<std::pair<qint64, qint64>> out;
        SqlConnection raw;
        ConnectionParams p;
        p.path = ws + QStringLiteral("/workspace.db");
        if (!raw.open(p).ok())
            return out;
        QSqlQuery q(raw.db());
        for (const QString& s : sql)
            if (!q.exec(s))
                return out;
        if (!q.exec(QStringLiteral("SELECT id, due_key FROM requests ORDER BY id")))
            return out;
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        return out;
    };
    const QList<std::pair<qint64, qint64>> keys = storedPlaces({}); // as stored by the commands above
    QVERIFY(keys.size() >= 2);
    QCOMPARE(storedPlaces(
                 {QStringLiteral("UPDATE requests SET due_key = 7, due_digest = 'another lethe' WHERE id = "
                                 "(SELECT MIN(id) FROM requests)"),
                  QStringLiteral("UPDATE requests SET due_key = NULL, due_digest = NULL WHERE id = (SELECT "
                                 "MAX(id) FROM requests)")})
                 .size(),
             keys.size());
    QVERIFY(!current());
    places = cli(dueKeys + w);
    QVERIFY2(places.code == 0, places.err.constData());
    QCOMPARE(places.json().object()[QStringLiteral("current")].toBool(), false);
    QCOMPARE(places.json().object()[QStringLiteral("stale")].toInt(), 2);
    QCOMPARE(places.json().object()[QStringLiteral("requests")].toInt(), keys.size());
    QCOMPARE(places.json().object()[QStringLiteral("may_store")].toBool(), true);
    Run text = cli(dueKeys + w, false);
    QVERIFY2(text.out.contains("2 of " + QByteArray::number(keys.size())), text.out.constData());
    Run stored = cli(dueKeys + QStringList{QStringLiteral("--store")} + w);
    QVERIFY2(stored.code == 0, stored.err.constData());
    QCOMPARE(stored.json().object()[QStringLiteral("stored")].toInt(), 2);
    QCOMPARE(stored.json().object()[QStringLiteral("stale")].toInt(), 0);
    QVERIFY(current());
    QCOMPARE(storedPlaces({}), keys);
    Run extra = cli(dueKeys + QStringList{QStringLiteral("now")} + w);
    QCOMPARE(extra.code, 1); // usage

    // The places by subject and assignee: each request added above has them; removed by SQL (a workspace
    // from before they were stored), they are counted and stored by workspace sort-keys --store.
    const QStringList sortKeys{QStringLiteral("workspace"), QStringLiteral("sort-keys")};
    Run sorted = cli(sortKeys + w);
    QVERIFY2(sorted.code == 0, sorted.err.constData());
    QCOMPARE(sorted.json().object()[QStringLiteral("complete")].toBool(), true);
    QCOMPARE(
        storedPlaces({QStringLiteral("UPDATE requests SET subject_key = NULL"),
                      QStringLiteral("UPDATE requests SET assignee_key = NULL WHERE id = (SELECT MIN(id) "
                                     "FROM requests)")})
            .size(),
        keys.size());
    sorted = cli(sortKeys + w);
    QCOMPARE(sorted.json().object()[QStringLiteral("complete")].toBool(), false);
    QCOMPARE(sorted.json().object()[QStringLiteral("missing")].toInt(), keys.size());
    text = cli(sortKeys + w, false);
    QVERIFY2(text.out.contains(QByteArray::number(keys.size()) + " requests lack") &&
                 text.out.contains("sort-keys --store"),
             text.out.constData());
    sorted = cli(sortKeys + QStringList{QStringLiteral("--store")} + w);
    QVERIFY2(sorted.code == 0, sorted.err.constData());
    QCOMPARE(sorted.json().object()[QStringLiteral("stored")].toInt(), keys.size());
    QCOMPARE(sorted.json().object()[QStringLiteral("missing")].toInt(), 0);
    QCOMPARE(cli(sortKeys + QStringList{QStringLiteral("now")} + w).code, 1); // usage
}

// `workspace due-keys --store` of 20,000 out-of-date places (four batches of 5,000): Ctrl+C after the first
// batch is said on stderr stops after the batch being stored, keeps what is stored and says how many; run
// again, it stores the rest.
void TestCli::dueKeysStoreStopsOnCtrlC()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/duekeys"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    constexpr int kRequests = 20000;
    {
        ConnectionParams p;
        p.path = ws + QStringLiteral("/workspace.db");
        auto store = WorkspaceStore::open(p, QStringLiteral("cli-tester"));
        QVERIFY(store);
        QList<NewRequest> batch;
        for (int i = 0; i < kRequests; ++i) {
            NewRequest r;
            r.type = RequestType::Access;
            r.regulation = Regulation::Gdpr;
            r.received = QDate(2026, 11, 1).addDays(i % 30);
            r.subjectName = QStringLiteral("Subject %1").arg(i);
            r.identities = {{IdentityKind::Email, QStringLiteral("s%1@example.test").arg(i)}};
            batch << r;
        }
        QVERIFY((*store)->addRequests(batch).ok());
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE requests SET due_digest = 'another lethe'")));
    }
    const QStringList dueKeys{QStringLiteral("workspace"), QStringLiteral("due-keys"),
                              QStringLiteral("--workspace"), ws};
    QProcess p;
    p.setProcessEnvironment(test::cliEnvironment(m_home.path()));
    p.setReadChannel(QProcess::StandardError);
    p.start(QStringLiteral(LETHE_CLI_PATH), dueKeys + QStringList{QStringLiteral("--store")});
    QVERIFY(p.waitForStarted());
    QByteArray err;
    while (!err.contains(" stored\n") && p.state() == QProcess::Running) {
        p.waitForReadyRead(-1);
        err += p.readAllStandardError();
    }
    QVERIFY2(err.startsWith("5000 of 20000 stored\n"), err.constData());
    QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
    QVERIFY(p.waitForFinished(-1));
    err += p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 5);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Stopped after (\\d+) were stored")).match(QString::fromUtf8(err));
    QVERIFY2(m.hasMatch(), err.constData());
    const int stored = m.captured(1).toInt();
    QVERIFY2(stored >= 5000 && stored < kRequests && stored % 5000 == 0, err.constData());
    // What was stored is kept; the rest is stored by the next run.
    Run left = cli(dueKeys);
    QCOMPARE(left.code, 0);
    QCOMPARE(left.json().object()[QStringLiteral("stale")].toInt(), kRequests - stored);
    Run rest = cli(dueKeys + QStringList{QStringLiteral("--store")});
    QVERIFY2(rest.code == 0, rest.err.constData());
    QCOMPARE(rest.json().object()[QStringLiteral("stored")].toInt(), kRequests - stored);
    QCOMPARE(rest.json().object()[QStringLiteral("stale")].toInt(), 0);
}

// `workspace sort-keys --store` and `due-keys --store` on 2,000 requests, in batches of 200
// (lethe-cli-crashtest), each killed with SIGKILL at random points until it finishes: after every kill each
// request holds no key or its own, every batch said stored is kept, and the last run stores the rest
// (test::keyStoresSurviveKills; tst_cli_postgres on PostgreSQL).
void TestCli::keyStoresKilledKeepExactKeys()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/killedkeys"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    ConnectionParams p;
    p.path = ws + QStringLiteral("/workspace.db");
    int kills = 0;
    const QString wrong =
        test::keyStoresSurviveKills(p, ws, m_home.path(), QStringLiteral(LETHE_CLI_CRASHTEST_PATH),
                                    QStringLiteral(LETHE_CLI_PATH), &kills);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QVERIFY(kills >= 2); // each command at least once
    qInfo("%d kills", kills);
}

void TestCli::refusedTransitionExitCode()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/refuse"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    QCOMPARE(
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                        QStringLiteral("access"), QStringLiteral("--regulation"), QStringLiteral("uk-gdpr"),
                        QStringLiteral("--email"), QStringLiteral("b@example.com")} +
            w)
            .code,
        0);
    Run r = cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"),
                            QStringLiteral("R-") + QString::number(QDate::currentDate().year()) +
                                QStringLiteral("-0001"),
                            QStringLiteral("completed")} +
                w);
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains("Cannot move"), r.err.constData());
    Run badStatus = cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"),
                                    QStringLiteral("R-2026-0001"), QStringLiteral("finished")} +
                        w);
    QCOMPARE(badStatus.code, 2);
    QVERIFY(badStatus.err.contains("finished"));
}

// Issue 18: a change made with --if-version on a request changed since that version is refused (exit 4) with
// who changed it, and changes nothing; without it the command changes what it reads, as before.
void TestCli::ifVersionRefusesAStaleChange()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/ifversion"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    Run added =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                        QStringLiteral("access"), QStringLiteral("--regulation"), QStringLiteral("gdpr"),
                        QStringLiteral("--email"), QStringLiteral("v@example.com")} +
            w);
    QCOMPARE(added.code, 0);
    const QString id = added.json().object().value(QStringLiteral("id")).toString();
    QCOMPARE(added.json().object().value(QStringLiteral("version")).toInteger(), 1);
    Run moved =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"), id,
                        QStringLiteral("verified"), QStringLiteral("--if-version"), QStringLiteral("1")} +
            w);
    QCOMPARE(moved.code, 0);
    QCOMPARE(moved.json().object().value(QStringLiteral("version")).toInteger(), 2);
    Run stale = cli(QStringList{QStringLiteral("requests"), QStringLiteral("assign"), id,
                                QStringLiteral("--to"), QStringLiteral("olga"), QStringLiteral("--reason"),
                                QStringLiteral("Hers"), QStringLiteral("--if-version"), QStringLiteral("1")} +
                    w);
    QCOMPARE(stale.code, 4);
    QVERIFY2(stale.err.contains("was changed by") && stale.err.contains(id.toUtf8()), stale.err.constData());
    Run shown = cli(QStringList{QStringLiteral("requests"), QStringLiteral("show"), id} + w);
    QCOMPARE(shown.json().object().value(QStringLiteral("assignee")).toString(), QString());
    QCOMPARE(shown.json().object().value(QStringLiteral("version")).toInteger(), 2);
    Run bad =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("extend"), id, QStringLiteral("--reason"),
                        QStringLiteral("x"), QStringLiteral("--if-version"), QStringLiteral("two")} +
            w);
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("--if-version"), bad.err.constData());
    Run fresh =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("assign"), id, QStringLiteral("--to"),
                        QStringLiteral("olga"), QStringLiteral("--reason"), QStringLiteral("Hers")} +
            w);
    QCOMPARE(fresh.code, 0);
    QCOMPARE(fresh.json().object().value(QStringLiteral("version")).toInteger(), 3);
}

void TestCli::typesPerLaw()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/lawtypes"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    auto add = [&](const QString& type, const QString& reg, const QString& received) {
        return cli(QStringList{QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                               type, QStringLiteral("--regulation"), reg, QStringLiteral("--received"),
                               received, QStringLiteral("--email"), QStringLiteral("t@example.com")} +
                   w);
    };
    // A CCPA restriction was accepted and given 45 days; the law has no such request.
    Run restriction =
        add(QStringLiteral("restriction"), QStringLiteral("ccpa"), QStringLiteral("2026-03-20"));
    QCOMPARE(restriction.code, 2);
    QVERIFY2(restriction.err.contains("know (access), delete (erasure), correct (rectification), opt-out, "
                                      "limit-sensitive"),
             restriction.err.constData());
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("list")} + w).json().array().size(),
             0);

    // Opt-out: 15 business days (11 CCR 7026(f)(1)) over Cesar Chavez Day, no acknowledgement, no extension.
    Run optOut = add(QStringLiteral("opt-out"), QStringLiteral("ccpa"), QStringLiteral("2026-03-20"));
    QVERIFY2(optOut.code == 0, optOut.err.constData());
    const QJsonObject o = optOut.json().object();
    QCOMPARE(o[QStringLiteral("type")].toString(), QStringLiteral("opt-out"));
    QCOMPARE(o[QStringLiteral("due")].toString(), QStringLiteral("2026-04-13"));
    QVERIFY(!o.contains(QStringLiteral("acknowledge_by")));
    Run ext = cli(QStringList{QStringLiteral("requests"), QStringLiteral("extend"),
                              o[QStringLiteral("id")].toString(), QStringLiteral("--reason"),
                              QStringLiteral("Busy")} +
                  w);
    QCOMPARE(ext.code, 4);
    QVERIFY2(ext.err.contains("no extension"), ext.err.constData());

    // CCPA's "know" is stored as access and shown as the law names it.
    Run know = add(QStringLiteral("know"), QStringLiteral("ccpa"), QStringLiteral("2026-03-20"));
    QVERIFY2(know.code == 0, know.err.constData());
    QCOMPARE(know.json().object()[QStringLiteral("type")].toString(), QStringLiteral("access"));
    QCOMPARE(know.json().object()[QStringLiteral("type_in_law")].toString(), QStringLiteral("know"));
    QCOMPARE(know.json().object()[QStringLiteral("due")].toString(), QStringLiteral("2026-05-04"));
    const QString knowId = know.json().object()[QStringLiteral("id")].toString();
    Run shown = cli(QStringList{QStringLiteral("requests"), QStringLiteral("show"), knowId} + w, false);
    QVERIFY2(shown.out.contains("Know"), shown.out.constData());
    // Changing it to a type CCPA lacks is refused the same way.
    Run toObjection = cli(QStringList{QStringLiteral("requests"), QStringLiteral("update"), knowId,
                                      QStringLiteral("--type"), QStringLiteral("objection")} +
                          w);
    QCOMPARE(toObjection.code, 2);
    QVERIFY2(toObjection.err.contains("opt-out"), toObjection.err.constData());
    // Art. 22 under the GDPR.
    QCOMPARE(
        add(QStringLiteral("automated-decision"), QStringLiteral("gdpr"), QStringLiteral("2026-03-20")).code,
        0);
    QCOMPARE(
        add(QStringLiteral("limit-sensitive"), QStringLiteral("uk-gdpr"), QStringLiteral("2026-03-20")).code,
        2);
}

void TestCli::denialCodesAndAnswersInPart()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/deny"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    auto add = [&] {
        return cli(QStringList{QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                               QStringLiteral("access"), QStringLiteral("--regulation"),
                               QStringLiteral("gdpr"), QStringLiteral("--email"),
                               QStringLiteral("d@example.com")} +
                   w)
            .json()
            .object()[QStringLiteral("id")]
            .toString();
    };
    auto move = [&](const QString& id, const QString& to, const QStringList& extra = {}) {
        return cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"), id, to} + extra + w);
    };
    const QString id = add();
    const QStringList reason{QStringLiteral("--reason"),
                             QStringLiteral("Dora Diaz's records are kept by law.")};
    Run noCode = move(id, QStringLiteral("denied"), reason);
    QCOMPARE(noCode.code, 2);
    QVERIFY2(noCode.err.contains("reason code"), noCode.err.constData());
    Run badCode = move(id, QStringLiteral("denied"),
                       reason + QStringList{QStringLiteral("--code"), QStringLiteral("lazy")});
    QCOMPARE(badCode.code, 2);
    QVERIFY2(badCode.err.contains("identity-not-verified"), badCode.err.constData());
    Run unnamed = move(id, QStringLiteral("denied"),
                       reason + QStringList{QStringLiteral("--code"), QStringLiteral("exemption")});
    QCOMPARE(unnamed.code, 2);
    Run denied =
        move(id, QStringLiteral("denied"),
             reason + QStringList{QStringLiteral("--code"), QStringLiteral("exemption"),
                                  QStringLiteral("--exemption"), QStringLiteral("GDPR Art. 17(3)(b)")});
    QVERIFY2(denied.code == 0, denied.err.constData());
    QCOMPARE(denied.json().object()[QStringLiteral("denial_code")].toString(), QStringLiteral("exemption"));
    QCOMPARE(denied.json().object()[QStringLiteral("exemption")].toString(),
             QStringLiteral("GDPR Art. 17(3)(b)"));
    Run shown = cli(QStringList{QStringLiteral("requests"), QStringLiteral("show"), id} + w, false);
    QVERIFY2(shown.out.contains("Exemption: GDPR Art. 17(3)(b)"), shown.out.constData());

    const QString part = add();
    for (const char* to : {"verified", "in-progress", "awaiting-approval"})
        QCOMPARE(move(part, QString::fromLatin1(to)).code, 0);
    Run noWhy = move(part, QStringLiteral("completed"),
                     {QStringLiteral("--withheld"), QStringLiteral("CCTV footage")});
    QCOMPARE(noWhy.code, 2);
    Run done = move(part, QStringLiteral("completed"),
                    {QStringLiteral("--withheld"), QStringLiteral("CCTV footage"),
                     QStringLiteral("--withheld-reason"), QStringLiteral("Shows other customers")});
    QVERIFY2(done.code == 0, done.err.constData());
    const QJsonObject o = done.json().object();
    QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("completed"));
    QCOMPARE(o[QStringLiteral("completed_in_part")].toBool(), true);
    QCOMPARE(o[QStringLiteral("withheld")].toString(), QStringLiteral("CCTV footage"));
    QCOMPARE(o[QStringLiteral("withheld_reason")].toString(), QStringLiteral("Shows other customers"));

    // The audit log has the code and the lengths, never the texts.
    const QByteArray log = cli(QStringList{QStringLiteral("audit"), QStringLiteral("log")} + w).out;
    QVERIFY(log.contains("\"denial_code\":\"exemption\"") || log.contains("\"denial_code\": \"exemption\""));
    for (const char* secret : {"Dora", "17(3)", "CCTV", "other customers"})
        QVERIFY2(!log.contains(secret), secret);
}

// 11 CCR 7026(d), (e), 7027(e), (f): a CCPA opt-out or limit need not be verified; it may be denied as
// fraudulent, which no other request may.
void TestCli::optOutDeniedAsFraudulent()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/optout"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    auto add = [&](const QString& type, const QString& law) {
        return cli(QStringList{QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                               type, QStringLiteral("--regulation"), law, QStringLiteral("--email"),
                               QStringLiteral("o@example.com")} +
                   w)
            .json()
            .object()[QStringLiteral("id")]
            .toString();
    };
    auto move = [&](const QString& id, const QString& to, const QStringList& extra = {}) {
        return cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"), id, to} + extra + w);
    };
    const QString optOut = add(QStringLiteral("opt-out"), QStringLiteral("ccpa"));
    const QString limit = add(QStringLiteral("limit-sensitive"), QStringLiteral("ccpa"));
    const QString know = add(QStringLiteral("know"), QStringLiteral("ccpa"));
    QVERIFY(!optOut.isEmpty() && !limit.isEmpty() && !know.isEmpty());
    const QStringList reason{QStringLiteral("--reason"),
                             QStringLiteral("Olga Ortiz's form came from a known bot network.")};
    auto code = [&](const char* c) {
        return reason + QStringList{QStringLiteral("--code"), QString::fromLatin1(c)};
    };

    // The identity stop is refused (exit 4), naming the rule and the stop to use instead.
    Run stop = move(limit, QStringLiteral("awaiting-identity"));
    QCOMPARE(stop.code, 4);
    QVERIFY2(stop.err.contains("11 CCR 7027(e)"), stop.err.constData());
    QVERIFY2(stop.err.contains("Awaiting clarification"), stop.err.constData());
    // identity-not-verified is refused (exit 2), naming the rule and the code to use.
    Run unverified = move(optOut, QStringLiteral("denied"), code("identity-not-verified"));
    QCOMPARE(unverified.code, 2);
    QVERIFY2(unverified.err.contains("11 CCR 7026(d)"), unverified.err.constData());
    QVERIFY2(unverified.err.contains("11 CCR 7026(e)"), unverified.err.constData());
    QVERIFY2(unverified.err.contains("code fraudulent"), unverified.err.constData());
    // fraudulent is refused for a know request (exit 2), with the codes that do apply.
    Run knowFraud = move(know, QStringLiteral("denied"), code("fraudulent"));
    QCOMPARE(knowFraud.code, 2);
    QVERIFY2(knowFraud.err.contains("opt-out and limit-sensitive requests only"), knowFraud.err.constData());
    QVERIFY2(knowFraud.err.contains("identity-not-verified"), knowFraud.err.constData());
    // Without the text the requester is told, refused too.
    QCOMPARE(
        move(optOut, QStringLiteral("denied"), {QStringLiteral("--code"), QStringLiteral("fraudulent")}).code,
        2);
    for (const QString& id : {optOut, limit, know}) {
        Run shown = cli(QStringList{QStringLiteral("requests"), QStringLiteral("show"), id} + w);
        QCOMPARE(shown.json().object()[QStringLiteral("status")].toString(), QStringLiteral("new"));
    }

    Run denied = move(optOut, QStringLiteral("denied"), code("fraudulent"));
    QVERIFY2(denied.code == 0, denied.err.constData());
    QCOMPARE(denied.json().object()[QStringLiteral("denial_code")].toString(), QStringLiteral("fraudulent"));
    Run shown = cli(QStringList{QStringLiteral("requests"), QStringLiteral("show"), optOut} + w, false);
    QVERIFY2(shown.out.contains("Believed fraudulent"), shown.out.constData());
    Run help =
        cli({QStringLiteral("requests"), QStringLiteral("transition"), QStringLiteral("--help")}, false);
    QVERIFY2(help.out.contains("fraudulent"), help.out.constData());

    const QByteArray log = cli(QStringList{QStringLiteral("audit"), QStringLiteral("log")} + w).out;
    QVERIFY(log.contains("\"denial_code\":\"fraudulent\"") ||
            log.contains("\"denial_code\": \"fraudulent\""));
    for (const char* secret : {"Olga", "bot network"})
        QVERIFY2(!log.contains(secret), secret);
}

void TestCli::clarificationAndFee()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/clarify"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    const QString id =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                        QStringLiteral("access"), QStringLiteral("--regulation"), QStringLiteral("uk-gdpr"),
                        QStringLiteral("--email"), QStringLiteral("c@example.com")} +
            w)
            .json()
            .object()[QStringLiteral("id")]
            .toString();
    auto move = [&](const QString& to) {
        return cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"), id, to} + w);
    };
    QCOMPARE(move(QStringLiteral("verified")).code, 0);
    Run asked = move(QStringLiteral("awaiting-clarification"));
    QVERIFY2(asked.code == 0, asked.err.constData());
    QCOMPARE(asked.json().object()[QStringLiteral("resumes_to")].toString(), QStringLiteral("verified"));
    QCOMPARE(asked.json().object()[QStringLiteral("clock_stopped")].toBool(), true);
    Run skip = move(QStringLiteral("in-progress"));
    QCOMPARE(skip.code, 4);
    QVERIFY2(skip.err.contains("goes back to Verified"), skip.err.constData());
    Run back = move(QStringLiteral("verified"));
    QVERIFY2(back.code == 0, back.err.constData());
    QVERIFY(!back.json().object().contains(QStringLiteral("resumes_to")));

    Run badFee =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("fee"), id, QStringLiteral("--amount"),
                        QStringLiteral("10"), QStringLiteral("--currency"), QStringLiteral("GBP"),
                        QStringLiteral("--reason"), QStringLiteral("because")} +
            w);
    QCOMPARE(badFee.code, 2);
    Run fee =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("fee"), id, QStringLiteral("--amount"),
                        QStringLiteral("10"), QStringLiteral("--currency"), QStringLiteral("gbp"),
                        QStringLiteral("--reason"), QStringLiteral("further-copies")} +
            w);
    QVERIFY2(fee.code == 0, fee.err.constData());
    const QJsonObject f = fee.json().object()[QStringLiteral("fee")].toObject();
    QCOMPARE(f[QStringLiteral("amount")].toString(), QStringLiteral("10"));
    QCOMPARE(f[QStringLiteral("currency")].toString(), QStringLiteral("GBP"));
    QCOMPARE(f[QStringLiteral("reason")].toString(), QStringLiteral("further-copies"));
    Run shown = cli(QStringList{QStringLiteral("requests"), QStringLiteral("show"), id} + w, false);
    QVERIFY2(shown.out.contains("Fee:       10 GBP (Further copies)"), shown.out.constData());
}

void TestCli::auditVerifyCatchesTampering()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/tamper"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--workspace"), ws,
                  QStringLiteral("--count"), QStringLiteral("8")})
                 .code,
             0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    QCOMPARE(cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + w).code, 0);
    {
        SqlConnection raw;
        ConnectionParams p;
        p.path = ws + QStringLiteral("/workspace.db");
        QVERIFY(raw.open(p).ok());
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 4")));
    }
    Run v = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + w);
    QCOMPARE(v.code, 6);
    QCOMPARE(v.json().object()[QStringLiteral("first_broken")].toInt(), 4);
    Run text = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + w, false);
    QCOMPARE(text.code, 6);
    QVERIFY2(text.out.contains("event 4"), text.out.constData());
}

void TestCli::todayOnlyShowsDeadlines()
{
    // --today moves how deadlines are shown, never the clock of the law: every command that writes (or plans
    // an erasure, whose retention dates follow the real date) refuses it, and writes nothing.
    const QString ws = m_home.filePath(QStringLiteral("ws/today"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    const QStringList today{QStringLiteral("--today"), QStringLiteral("2040-01-01")};
    const QStringList add{
        QStringLiteral("requests"),     QStringLiteral("add"),
        QStringLiteral("--type"),       QStringLiteral("erasure"),
        QStringLiteral("--regulation"), QStringLiteral("gdpr"),
        QStringLiteral("--received"),   QDate::currentDate().addDays(-2).toString(Qt::ISODate),
        QStringLiteral("--email"),      QStringLiteral("zoe@example.com")};
    Run added = cli(add + w);
    QVERIFY2(added.code == 0, added.err.constData());
    const QString id = added.json().object()[QStringLiteral("id")].toString();
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"), id,
                             QStringLiteral("verified")} +
                 w)
                 .code,
             0);
    const int events = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + w)
                           .json()
                           .object()[QStringLiteral("checked")]
                           .toInt();
    QCOMPARE(events, 2);

    const QList<QStringList> refused{
        {QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--plan")},
        {QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--approve"),
         QStringLiteral("--digest"), QString(64, QLatin1Char('a'))},
        {QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--run"),
         QStringLiteral("--digest"), QString(64, QLatin1Char('a'))},
        {QStringLiteral("erase"), QStringLiteral("--resume")},
        {QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--report")},
        {QStringLiteral("export"), QStringLiteral("--request"), id, QStringLiteral("--out"),
         m_home.filePath(QStringLiteral("zoe.zip"))},
        add,
        {QStringLiteral("requests"), QStringLiteral("transition"), id, QStringLiteral("in-progress")},
        {QStringLiteral("requests"), QStringLiteral("note"), id, QStringLiteral("hello")},
        {QStringLiteral("requests"), QStringLiteral("extend"), id, QStringLiteral("--reason"),
         QStringLiteral("busy")},
        {QStringLiteral("requests"), QStringLiteral("update"), id, QStringLiteral("--assignee"),
         QStringLiteral("x")},
        {QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--request"), id},
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("dana"), QStringLiteral("--role"),
         QStringLiteral("officer")},
        {QStringLiteral("workspace"), QStringLiteral("four-eyes"), QStringLiteral("on")},
        {QStringLiteral("workspace"), QStringLiteral("phone-region"), QStringLiteral("GB")},
        {QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--count"), QStringLiteral("2")},
    };
    for (const QStringList& args : refused) {
        Run r = cli(args + today + w);
        QVERIFY2(r.code == 1, qPrintable(args.join(' ') + QStringLiteral(": exit %1: ").arg(r.code) +
                                         QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains("--today only changes how deadlines are shown"), r.err.constData());
    }
    Run after = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + w);
    QCOMPARE(after.code, 0);
    QCOMPARE(after.json().object()[QStringLiteral("checked")].toInt(), events);
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("list")} + w).json().array().size(),
             1);

    // The read-only views show deadlines as of --today.
    Run list = cli(QStringList{QStringLiteral("requests"), QStringLiteral("list")} + today + w);
    QCOMPARE(list.code, 0);
    const QJsonObject row = list.json().array().first().toObject();
    QVERIFY(row[QStringLiteral("overdue")].toBool());
    QCOMPARE(
        row[QStringLiteral("days_left")].toInt(),
        int(QDate(2040, 1, 1).daysTo(QDate::fromString(row[QStringLiteral("due")].toString(), Qt::ISODate))));
    Run show = cli(QStringList{QStringLiteral("requests"), QStringLiteral("show"), id} + today + w);
    QCOMPARE(show.code, 0);
    QVERIFY(show.json().object()[QStringLiteral("overdue")].toBool());
    QVERIFY(!cli(QStringList{QStringLiteral("requests"), QStringLiteral("show"), id} + w)
                 .json()
                 .object()[QStringLiteral("overdue")]
                 .toBool());
}

void TestCli::demoInit()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/demo"));
    Run r = cli({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--workspace"), ws});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().object()[QStringLiteral("requests")].toInt(), 40);
    const QJsonArray rows =
        cli({QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--workspace"), ws})
            .json()
            .array();
    QCOMPARE(rows.size(), 40);
    QSet<QString> types, regs, statuses;
    int overdue = 0, extended = 0, paused = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        types << o[QStringLiteral("type")].toString();
        regs << o[QStringLiteral("regulation")].toString();
        statuses << o[QStringLiteral("status")].toString();
        overdue += o[QStringLiteral("overdue")].toBool();
        extended += o[QStringLiteral("extended")].toBool();
        paused += o[QStringLiteral("clock_stopped")].toBool();
    }
    QVERIFY(types.size() >= 6);
    QCOMPARE(regs.size(), 4);
    // Only types the law has: CCPA has no restriction, objection, portability or automated decision, the
    // GDPR no opt-out or limit.
    for (const QJsonValue& v : rows) {
        const QString type = v.toObject()[QStringLiteral("type")].toString();
        const QString reg = v.toObject()[QStringLiteral("regulation")].toString();
        if (reg == QLatin1String("ccpa"))
            QVERIFY2(QStringList({QStringLiteral("access"), QStringLiteral("erasure"),
                                  QStringLiteral("rectification"), QStringLiteral("opt-out"),
                                  QStringLiteral("limit-sensitive")})
                         .contains(type),
                     qPrintable(type));
        else if (reg != QLatin1String("other"))
            QVERIFY2(type != QLatin1String("opt-out") && type != QLatin1String("limit-sensitive"),
                     qPrintable(type));
    }
    // Every status: the eight targets, and awaiting clarification for the CCPA opt-outs and limits that wait
    // (they have no identity stop, 11 CCR 7026(d), 7027(e)).
    QCOMPARE(statuses.size(), 9);
    QVERIFY(overdue >= 2);
    QVERIFY(extended >= 2);
    QVERIFY(paused >= 3);
    // The five demo products, their maps in the workspace, and requests that point at them.
    const QJsonArray products = r.json().object()[QStringLiteral("products")].toArray();
    QCOMPARE(products.size(), 5);
    QVERIFY(r.json().object()[QStringLiteral("rows")].toInteger() > 100000);
    for (const QJsonValue& p : products)
        QVERIFY(QFileInfo::exists(p.toObject()[QStringLiteral("map")].toString()));
    const QJsonObject amelia =
        cli({QStringLiteral("preview"), QStringLiteral("--workspace"), ws, QStringLiteral("--email"),
             QStringLiteral("amelia.hart@example.com"), QStringLiteral("--rows"), QStringLiteral("0")})
            .json()
            .object();
    QCOMPARE(amelia[QStringLiteral("systems")].toArray().size(), 5);
    QVERIFY(amelia[QStringLiteral("rows")].toInt() > 100);
    // Server options are checked before anything is written.
    const QString other = m_home.filePath(QStringLiteral("ws/demo2"));
    Run bad = cli({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--workspace"), other,
                   QStringLiteral("--engine"), QStringLiteral("oracle")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("--engine: \"oracle\""), bad.err.constData());
    bad = cli({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--workspace"), other,
               QStringLiteral("--engine"), QStringLiteral("mariadb"), QStringLiteral("--connection"),
               QStringLiteral("postgres://me@127.0.0.1:5432/demo")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("the URL is for postgres, but --engine says mariadb"), bad.err.constData());
    QVERIFY(!QFileInfo::exists(other));
    // Into a non-empty workspace: refused.
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--workspace"), ws}).code,
             4);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--workspace"), ws}).code,
             0);
}

void TestCli::newerWorkspaceRefused()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/future"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    {
        SqlConnection raw;
        ConnectionParams p;
        p.path = ws + QStringLiteral("/workspace.db");
        QVERIFY(raw.open(p).ok());
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")));
    }
    Run r = cli({QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--workspace"), ws});
    QCOMPARE(r.code, 7);
    QVERIFY(r.err.contains("newer Lethe"));
}

void TestCli::datamapValidate()
{
    const QString file = m_home.filePath(QStringLiteral("shop.yaml"));
    const QByteArray good = "lethe_datamap: 1\n"
                            "system:\n"
                            "  key: shop\n"
                            "  name: Shop\n"
                            "  art15: {purposes: [Sell things]}\n"
                            "  identities: [email]\n"
                            "sources:\n"
                            "  - key: main\n"
                            "    engine: sqlite\n"
                            "    path: shop.db\n"
                            "    tables:\n"
                            "      - name: customers\n"
                            "        primary_key: id\n"
                            "        fields:\n"
                            "          - {name: id, categories: [user.unique_id]}\n"
                            "          - {name: email, categories: [user.contact.email], identity: email}\n";
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(good);
    }
    Run ok = cli({QStringLiteral("datamap"), QStringLiteral("validate"), file});
    QVERIFY2(ok.code == 0, ok.err.constData());
    QCOMPARE(ok.json().object()[QStringLiteral("valid")].toBool(), true);
    QCOMPARE(ok.json().object()[QStringLiteral("fields")].toInt(), 2);
    // Valid, but the customers table holds personal data and the map erases nothing in it: a warning at the
    // table's line, in --json and on standard error, and the exit code stays 0.
    const QJsonArray warnings = ok.json().object()[QStringLiteral("warnings")].toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].toObject()[QStringLiteral("line")].toInt(), 12);
    QVERIFY(warnings[0].toObject()[QStringLiteral("message")].toString().contains(
        QLatin1String("table \"customers\" of source \"main\" holds personal data (id, email)")));
    Run text = cli({QStringLiteral("datamap"), QStringLiteral("validate"), file}, false);
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(": valid: system shop"), text.out.constData());
    QVERIFY2(text.err.contains(("warning: " + file + ":12:1: table \"customers\"").toUtf8()),
             text.err.constData());
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray erasing = good;
        erasing.replace("identity: email}", "identity: email, erasure: hmac}");
        f.write(erasing);
    }
    Run quiet = cli({QStringLiteral("datamap"), QStringLiteral("validate"), file});
    QCOMPARE(quiet.code, 0);
    QVERIFY(quiet.json().object()[QStringLiteral("warnings")].toArray().isEmpty());
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bad = good;
        bad.replace("identity: email}", "identity: email, colour: red}");
        f.write(bad);
    }
    Run bad = cli({QStringLiteral("datamap"), QStringLiteral("validate"), file}, false);
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains((file + QStringLiteral(":16:")).toUtf8()), bad.err.constData());
    QVERIFY(bad.err.contains("unknown key \"colour\""));
}

void TestCli::planSaysWhatItKeepsForNoStrategy()
{
    // A table of personal data the map erases nothing in: validate warns (exit 0), and the plan says per
    // table how many of the subject's rows it keeps for that reason.
    const QString ws = m_home.filePath(QStringLiteral("ws/keeps"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    const QString db = m_home.filePath(QStringLiteral("keeps.db"));
    {
        SqlConnection c;
        ConnectionParams p;
        p.path = db;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE visits (id INTEGER PRIMARY KEY, customer_id INTEGER "
                                      "REFERENCES customers (id), page TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customers VALUES (1, 'zoe@example.com')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO visits VALUES (1, 1, '/a'), (2, 1, '/b')")));
    }
    QVERIFY(QDir().mkpath(ws + QStringLiteral("/datamaps")));
    const QString file = ws + QStringLiteral("/datamaps/shop.yaml");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "lethe_datamap: 1\n"
            "system:\n"
            "  key: shop\n"
            "  name: Shop\n"
            "  art15: {purposes: [Sell things]}\n"
            "  identities: [email]\n"
            "sources:\n"
            "  - key: main\n"
            "    engine: sqlite\n"
            "    path: " +
            db.toUtf8() +
            "\n"
            "    tables:\n"
            "      - name: customers\n"
            "        primary_key: id\n"
            "        fields:\n"
            "          - {name: id, categories: [user.unique_id]}\n"
            "          - {name: email, categories: [user.contact.email], identity: email, erasure: hmac}\n"
            "      - name: visits\n"
            "        primary_key: id\n"
            "        fields:\n"
            "          - {name: id, categories: [system.operations]}\n"
            "          - {name: customer_id, categories: [user.unique_id], references: customers.id}\n"
            "          - {name: page, categories: [user.behavior.browsing_history]}\n");
    }
    Run validate = cli({QStringLiteral("datamap"), QStringLiteral("validate"), file}, false);
    QCOMPARE(validate.code, 0);
    QVERIFY2(validate.err.contains(("warning: " + file + ":17:1: table \"visits\"").toUtf8()),
             validate.err.constData());
    QVERIFY2(!validate.err.contains("table \"customers\""), validate.err.constData());

    Run added =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                        QStringLiteral("erasure"), QStringLiteral("--regulation"), QStringLiteral("gdpr"),
                        QStringLiteral("--email"), QStringLiteral("zoe@example.com")} +
            w);
    QCOMPARE(added.code, 0);
    const QString id = added.json().object()[QStringLiteral("id")].toString();
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"), id,
                             QStringLiteral("verified")} +
                 w)
                 .code,
             0);
    Run plan = cli(
        QStringList{QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--plan")} + w,
        false);
    QVERIFY2(plan.code == 0, plan.err.constData());
    // (%n plurals: "rows"/"row(s)" depending on whether this build has merged the English forms yet)
    const QString text = QString::fromUtf8(plan.out);
    QVERIFY2(text.contains(QRegularExpression(
                 QStringLiteral("WARNING: shop › main\\.visits: 2 rows?(\\(s\\))? kept: the data map "
                                "erases no field of this table"))),
             plan.out.constData());
    QVERIFY2(text.contains(QStringLiteral("WARNING: 1 table")), plan.out.constData());
    QVERIFY2(!text.contains(QStringLiteral("main.customers: 1 row")), plan.out.constData());
    Run json = cli(
        QStringList{QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--plan")} + w);
    QCOMPARE(json.code, 0);
    const QJsonArray warnings = json.json().object()[QStringLiteral("warnings")].toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings[0].toString().startsWith(QStringLiteral("shop › main.visits: 2 row")));
}

void TestCli::strategyTheColumnCannotTake()
{
    // A keyed hash into an integer column: datamap validate --live says so at the field's line, and the
    // erasure plan is refused (exit 4) with the same finding, before anything runs.
    const QString ws = m_home.filePath(QStringLiteral("ws/types"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    const QString db = m_home.filePath(QStringLiteral("types.db"));
    {
        SqlConnection c;
        ConnectionParams p;
        p.path = db;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(
            QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, score INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customers VALUES (1, 'zoe@example.com', 7)")));
    }
    QVERIFY(QDir().mkpath(ws + QStringLiteral("/datamaps")));
    const QString file = ws + QStringLiteral("/datamaps/shop.yaml");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "lethe_datamap: 1\n"
            "system:\n"
            "  key: shop\n"
            "  name: Shop\n"
            "  art15: {purposes: [Sell things]}\n"
            "  identities: [email]\n"
            "sources:\n"
            "  - key: main\n"
            "    engine: sqlite\n"
            "    path: " +
            db.toUtf8() +
            "\n"
            "    tables:\n"
            "      - name: customers\n"
            "        primary_key: id\n"
            "        fields:\n"
            "          - {name: id, categories: [user.unique_id]}\n"
            "          - {name: email, categories: [user.contact.email], identity: email, erasure: hmac}\n"
            "          - {name: score, categories: [user.behavior], erasure: hmac}\n");
    }
    const QByteArray finding =
        (file + QStringLiteral(":17:1: customers.score is INTEGER: erasure: hmac")).toUtf8();
    Run validate =
        cli({QStringLiteral("datamap"), QStringLiteral("validate"), file, QStringLiteral("--live")}, false);
    QCOMPARE(validate.code, 2);
    QVERIFY2(validate.err.contains(finding), validate.err.constData());
    QVERIFY2(validate.err.contains("Use erasure: null"), validate.err.constData());

    Run added =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                        QStringLiteral("erasure"), QStringLiteral("--regulation"), QStringLiteral("gdpr"),
                        QStringLiteral("--email"), QStringLiteral("zoe@example.com")} +
            w);
    QCOMPARE(added.code, 0);
    const QString id = added.json().object()[QStringLiteral("id")].toString();
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"), id,
                             QStringLiteral("verified")} +
                 w)
                 .code,
             0);
    Run plan = cli(
        QStringList{QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--plan")} + w,
        false);
    QCOMPARE(plan.code, 4);
    QVERIFY2(plan.out.contains(finding), plan.out.constData());
}

void TestCli::datamapImportFides()
{
    const QString in = m_home.filePath(QStringLiteral("fides.yml"));
    {
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("dataset:\n"
                "  - fides_key: app\n"
                "    name: App\n"
                "    collections:\n"
                "      - name: users\n"
                "        fields:\n"
                "          - {name: id, data_categories: [user.unique_id], fides_meta: {primary_key: true}}\n"
                "          - {name: email, data_categories: [user.contact.email], fides_meta: {identity: "
                "email}}\n");
    }
    const QString out = m_home.filePath(QStringLiteral("app.yaml"));
    Run r = cli({QStringLiteral("datamap"), QStringLiteral("import-fides"), in, QStringLiteral("--out"), out,
                 QStringLiteral("--purpose"), QStringLiteral("Run the app")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().object()[QStringLiteral("fields")].toInt(), 2);
    QVERIFY(!r.json().object()[QStringLiteral("not_carried_over")].toArray().isEmpty());
    QCOMPARE(cli({QStringLiteral("datamap"), QStringLiteral("validate"), out}).code, 0);
    // An existing file is not overwritten without --force.
    Run again =
        cli({QStringLiteral("datamap"), QStringLiteral("import-fides"), in, QStringLiteral("--out"), out});
    QCOMPARE(again.code, 4);
    QVERIFY(again.err.contains("--force"));
}

void TestCli::previewRecordsCountsNotData()
{
    const QString db = m_home.filePath(QStringLiteral("crm.db"));
    {
        SqlConnection raw;
        ConnectionParams p;
        p.path = db;
        QVERIFY(raw.open(p).ok());
        QSqlQuery q(raw.db());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, note TEXT)")));
        QVERIFY(q.exec(
            QStringLiteral("CREATE TABLE calls (id INTEGER PRIMARY KEY, person_id INTEGER, summary TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO people VALUES (1, 'mia@example.com', 'VIP'), (2, "
                                      "'leo@example.com', '')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO calls VALUES (1, 1, 'asked about invoices'), (2, 1, 'complaint'), "
                           "(3, 2, 'hello')")));
    }
    const QString map = m_home.filePath(QStringLiteral("crm-map.yaml"));
    {
        QFile f(map);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("lethe_datamap: 1\n"
                "system: {key: crm, name: CRM, art15: {purposes: [Sales]}, identities: [email]}\n"
                "sources:\n"
                "  - key: main\n"
                "    engine: sqlite\n"
                "    path: crm.db\n"
                "    tables:\n"
                "      - name: people\n"
                "        primary_key: id\n"
                "        fields:\n"
                "          - {name: id, categories: [user.unique_id]}\n"
                "          - {name: email, categories: [user.contact.email], identity: email}\n"
                "          - {name: note, categories: [user.content.private]}\n"
                "      - name: calls\n"
                "        primary_key: id\n"
                "        fields:\n"
                "          - {name: id, categories: [system.operations]}\n"
                "          - {name: person_id, categories: [user.unique_id], references: people.id}\n"
                "          - {name: summary, categories: [user.content.private]}\n");
    }
    const QString ws = m_home.filePath(QStringLiteral("ws/preview"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    Run add =
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                        QStringLiteral("access"), QStringLiteral("--regulation"), QStringLiteral("gdpr"),
                        QStringLiteral("--email"), QStringLiteral("Mia@Example.com")} +
            w);
    QCOMPARE(add.code, 0);
    const QString id = add.json().object()[QStringLiteral("id")].toString();

    Run pv = cli(QStringList{QStringLiteral("preview"), QStringLiteral("--request"), id,
                             QStringLiteral("--map"), map} +
                 w);
    QVERIFY2(pv.code == 0, pv.err.constData());
    QCOMPARE(pv.json().object()[QStringLiteral("rows")].toInt(), 3);
    const QJsonArray tables = pv.json()
                                  .object()[QStringLiteral("systems")]
                                  .toArray()[0]
                                  .toObject()[QStringLiteral("tables")]
                                  .toArray();
    QCOMPARE(tables[1].toObject()[QStringLiteral("count")].toInt(), 2);
    QCOMPARE(tables[1]
                 .toObject()[QStringLiteral("rows")]
                 .toArray()[0]
                 .toObject()[QStringLiteral("via")]
                 .toString(),
             QStringLiteral("people.id → calls.person_id"));

    Run log =
        cli(QStringList{QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--request"), id} + w);
    const QJsonObject last = log.json().array().last().toObject();
    QCOMPARE(last[QStringLiteral("action")].toString(), QStringLiteral("preview.run"));
    QCOMPARE(last[QStringLiteral("details")].toObject()[QStringLiteral("rows")].toInt(), 3);
    QCOMPARE(last[QStringLiteral("details")]
                 .toObject()[QStringLiteral("tables")]
                 .toObject()[QStringLiteral("crm.main.calls")]
                 .toInt(),
             2);
    // The payload the GUI's preview records too (PreviewTally): systems, rows and tables, nothing else.
    QCOMPARE(last[QStringLiteral("details")].toObject().keys(),
             (QStringList{QStringLiteral("rows"), QStringLiteral("systems"), QStringLiteral("tables")}));
    QCOMPARE(last[QStringLiteral("details")].toObject()[QStringLiteral("systems")].toInt(), 1);
    QVERIFY(!log.out.contains("mia@") && !log.out.contains("VIP") && !log.out.contains("invoices"));
    QCOMPARE(cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + w).code, 0);

    // Without a request: identities given directly, nothing recorded.
    Run direct = cli({QStringLiteral("preview"), QStringLiteral("--map"), map, QStringLiteral("--email"),
                      QStringLiteral("leo@example.com")});
    QCOMPARE(direct.code, 0);
    QCOMPARE(direct.json().object()[QStringLiteral("rows")].toInt(), 2);
    Run none = cli({QStringLiteral("preview"), QStringLiteral("--map"), map});
    QCOMPARE(none.code, 2);

    // Discovery drafts a map from the same database.
    const QString draft = m_home.filePath(QStringLiteral("crm-draft.yaml"));
    Run disc = cli({QStringLiteral("datamap"), QStringLiteral("discover"), QStringLiteral("--connection"),
                    QStringLiteral("sqlite:") + db, QStringLiteral("--out"), draft});
    QVERIFY2(disc.code == 0, disc.err.constData());
    QVERIFY(QFile::exists(draft));
    Run withPassword =
        cli({QStringLiteral("datamap"), QStringLiteral("discover"), QStringLiteral("--connection"),
             QStringLiteral("postgres://app:secret@127.0.0.1:5432/app"), QStringLiteral("--out"),
             m_home.filePath(QStringLiteral("x.yaml"))});
    QCOMPARE(withPassword.code, 2);
    QVERIFY(!withPassword.err.contains("secret"));
}

void TestCli::reportMetricsJsonAndCsv()
{
    // Requests received relative to today (the CLI closes them on the real date): one request to know
    // completed and one erasure denied today, one request to know still open. The closing days are today, so
    // the days to respond are the ages of the requests: 10 and 4.
    const QString ws = m_home.filePath(QStringLiteral("ws/metrics"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QStringList w{QStringLiteral("--workspace"), ws};
    const QDate today = QDate::currentDate();
    auto add = [&](const char* type, QDate received, const char* email) {
        Run r = cli(QStringList{QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                                QLatin1String(type), QStringLiteral("--regulation"), QStringLiteral("ccpa"),
                                QStringLiteral("--received"), received.toString(Qt::ISODate),
                                QStringLiteral("--email"), QLatin1String(email)} +
                    w);
        return r.json().object()[QStringLiteral("id")].toString();
    };
    const QString know = add("access", today.addDays(-10), "k@example.com");
    const QString erase = add("erasure", today.addDays(-4), "e@example.com");
    QVERIFY(!add("access", today, "o@example.com").isEmpty());
    for (const char* s : {"verified", "in-progress", "awaiting-approval", "completed"})
        QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"), know,
                                 QLatin1String(s)} +
                     w)
                     .code,
                 0);
    QCOMPARE(
        cli(QStringList{QStringLiteral("requests"), QStringLiteral("transition"), erase,
                        QStringLiteral("denied"), QStringLiteral("--reason"), QStringLiteral("Excessive"),
                        QStringLiteral("--code"), QStringLiteral("excessive")} +
            w)
            .code,
        0);

    const QString year = QString::number(today.year());
    const int receivedThisYear = (today.addDays(-10).year() == today.year() ? 1 : 0) + 1;
    Run json = cli(
        QStringList{QStringLiteral("report"), QStringLiteral("metrics"), QStringLiteral("--year"), year} + w);
    QVERIFY2(json.code == 0, json.err.constData());
    const QJsonObject o = json.json().object();
    QCOMPARE(o[QStringLiteral("year")].toInt(), today.year());
    const QJsonObject access = o[QStringLiteral("types")].toArray()[0].toObject();
    QCOMPARE(access[QStringLiteral("key")].toString(), QStringLiteral("access"));
    QCOMPARE(access[QStringLiteral("received")].toInt(), receivedThisYear);
    QCOMPARE(access[QStringLiteral("complied_in_whole_or_part")].toInt(), 1);
    QCOMPARE(access[QStringLiteral("median_days")].toDouble(), 10.0);
    const QJsonObject total = o[QStringLiteral("total")].toObject();
    QCOMPARE(total[QStringLiteral("denied")].toInt(), 1);
    QCOMPARE(total[QStringLiteral("median_days")].toDouble(), 7.0); // (4 + 10) / 2
    QCOMPARE(o[QStringLiteral("months")].toArray().size(), 12);

    Run csv = cli(QStringList{QStringLiteral("report"), QStringLiteral("metrics"), QStringLiteral("--year"),
                              year, QStringLiteral("--csv")} +
                      w,
                  false);
    QVERIFY2(csv.code == 0, csv.err.constData());
    const QList<QByteArray> lines = csv.out.split('\n');
    QCOMPARE(lines[0].trimmed(),
             QByteArray("year,scope,key,received,complied_in_whole_or_part,denied,withdrawn,"
                        "closing_date_unknown,responded,median_days,mean_days"));
    QVERIFY2(csv.out.contains(year.toUtf8() + ",type,erasure,1,0,1,0,0,1,4.00,4.00\r\n"),
             csv.out.constData());
    QVERIFY(csv.out.contains(year.toUtf8() + ",total,total,"));

    Run text = cli(
        QStringList{QStringLiteral("report"), QStringLiteral("metrics"), QStringLiteral("--year"), year} + w,
        false);
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("11 CCR 7102(a)(1)"), text.out.constData());

    // Usage and input errors, as every command: both formats at once, a year that is none, a bad regulation.
    QCOMPARE(
        cli(QStringList{QStringLiteral("report"), QStringLiteral("metrics"), QStringLiteral("--csv")} + w)
            .code,
        1);
    QCOMPARE(cli(QStringList{QStringLiteral("report"), QStringLiteral("metrics"), QStringLiteral("--year"),
                             QStringLiteral("twenty")} +
                 w)
                 .code,
             2);
    Run badReg = cli(QStringList{QStringLiteral("report"), QStringLiteral("metrics"),
                                 QStringLiteral("--regulation"), QStringLiteral("hipaa")} +
                     w);
    QCOMPARE(badReg.code, 2);
    QVERIFY(badReg.err.contains("hipaa"));
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("metrics"), QStringLiteral("--help")}, false).code,
             0);
}

// lethe-cli batch: each line a command in one process; with --json one line of JSON per command, its exit
// code and output; the batch's --workspace for lines naming none; exit 8 when any command failed.
void TestCli::batchRunsEachLine()
{
    const QString ws = m_home.filePath(QStringLiteral("ws/batch"));
    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    const QString file = m_home.filePath(QStringLiteral("commands.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# two requests, a note, a refused transition, a nested batch, a list\n"
            "requests add --type access --regulation gdpr --received 2026-11-02 --email a@example.com --name "
            "\"Ann Lee\"\n"
            "\n"
            "requests add --type erasure --regulation gdpr --received 2026-11-02 --email b@example.com\n"
            "requests note R-2026-0001 \"called back, wants a copy\"\n"
            "requests transition R-2026-0002 completed\n"
            "batch commands.txt\n"
            "requests list\n");
    f.close();
    const Run run = cli({QStringLiteral("batch"), file, QStringLiteral("--workspace"), ws});
    QCOMPARE(run.code, 8);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QList<QJsonObject> results;
    for (const QByteArray& l : lines)
        results << QJsonDocument::fromJson(l).object();
    QCOMPARE(results[0].value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(results[0].value(QStringLiteral("exit")).toInt(), 0);
    QCOMPARE(results[0].value(QStringLiteral("output")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("R-2026-0001"));
    QCOMPARE(results[1].value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(results[2].value(QStringLiteral("exit")).toInt(), 0);
    const QJsonArray notes =
        results[2].value(QStringLiteral("output")).toObject().value(QStringLiteral("notes")).toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(results[3].value(QStringLiteral("exit")).toInt(), 4);
    QCOMPARE(results[4].value(QStringLiteral("exit")).toInt(), 1);
    QCOMPARE(results[5].value(QStringLiteral("exit")).toInt(), 0);
    QCOMPARE(results[5].value(QStringLiteral("output")).toArray().size(), 2);
    QVERIFY2(run.err.contains("of the batch failed"), run.err.constData());

    // Without --json the commands print as they would alone; all succeeding is exit 0.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("requests show R-2026-0001\n");
    f.close();
    const Run text = cli({QStringLiteral("batch"), file, QStringLiteral("--workspace"), ws}, false);
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("R-2026-0001"), text.out.constData());
    QVERIFY(!text.out.startsWith('{'));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
