#pragma once

#include <atomic>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace lethe::test {

// A TCP relay on 127.0.0.1 between a client and the PostgreSQL server at `port`, that fails as a network
// does. Armed, it drops the connection when the client sends COMMIT, either before passing it on (the change
// was not made) or after the server answered (the change was made, and the client never hears so). cutAll()
// ends every connection relayed now; refuse() makes it close new connections at once (the server unreachable)
// until refuse(false).
class CommitDropper
{
public:
    enum class Drop
    {
        Never,
        BeforeCommit,
        AfterCommit
    };
    explicit CommitDropper(int port);
    ~CommitDropper();
    CommitDropper(const CommitDropper&) = delete;
    CommitDropper& operator=(const CommitDropper&) = delete;

    int port() const { return m_port; }
    void arm(Drop d) { m_drop = d; }
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
    std::vector<std::pair<int, int>> m_open; // the client and server sockets of each connection relayed now
    std::thread m_accept;
    std::vector<std::thread> m_relays;
};

} // namespace lethe::test
