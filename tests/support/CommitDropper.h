#pragma once

#include <QByteArray>

#include <atomic>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace lethe::test {

// A TCP relay on 127.0.0.1 between a client and the PostgreSQL server at `port`, that fails as a network
// does. Armed, it drops the connection when the client sends COMMIT, either before passing it on (the change
// was not made) or after the server answered (the change was made, and the client never hears so); with
// `after`, only a COMMIT on a connection that sent a message holding that text since it was armed (the
// statement or a bound value of the change meant: "export.write"). AtText drops the connection as the client
// sends a message holding `after`, before passing it on (a read that meets a lost connection). cutAll()
// ends every connection relayed now; refuse() makes it close new connections at once (the server unreachable)
// until refuse(false).
class CommitDropper
{
public:
    enum class Drop
    {
        Never,
        BeforeCommit,
        AfterCommit,
        AtText,
    };
    explicit CommitDropper(int port);
    ~CommitDropper();
    CommitDropper(const CommitDropper&) = delete;
    CommitDropper& operator=(const CommitDropper&) = delete;

    int port() const { return m_port; }
    void arm(Drop d, const QByteArray& after = {})
    {
        {
            std::lock_guard lock(m_mutex);
            m_after = after;
            ++m_armed;
        }
        m_drop = d;
    }
    int dropped() const { return m_dropped; }
    void cutAll();
    void refuse(bool on) { m_refuse = on; }

private:
    void acceptLoop();
    void relay(int client, int server);

    int m_serverPort;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_refuse{false};
    std::atomic<Drop> m_drop{Drop::Never};
    std::atomic<int> m_dropped{0};
    std::mutex m_mutex;
    QByteArray m_after;  // the text a connection must have sent before the COMMIT dropped (under m_mutex)
    quint64 m_armed = 0; // counts arm(): a text seen before the last arm() does not count
    std::vector<std::pair<int, int>> m_open; // the client and server sockets of each connection relayed now
    std::thread m_accept;
    std::vector<std::thread> m_relays;
};

} // namespace lethe::test
