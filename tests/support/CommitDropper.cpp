#include "CommitDropper.h"

#include <QByteArray>

#include <algorithm>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lethe::test {

CommitDropper::CommitDropper(int port) : m_serverPort(port)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(m_listen, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::listen(m_listen, 16);
    socklen_t len = sizeof a;
    ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len);
    m_port = ntohs(a.sin_port);
    m_accept = std::thread([this] { acceptLoop(); });
}

CommitDropper::~CommitDropper()
{
    m_stop = true;
    ::shutdown(m_listen, SHUT_RDWR);
    ::close(m_listen);
    m_accept.join();
    for (auto& t : m_relays)
        t.join();
}

void CommitDropper::cutAll()
{
    std::lock_guard lock(m_mutex);
    for (const auto& [client, server] : m_open) {
        ::shutdown(client, SHUT_RDWR);
        ::shutdown(server, SHUT_RDWR);
    }
}

void CommitDropper::acceptLoop()
{
    while (!m_stop) {
        const int client = ::accept(m_listen, nullptr, nullptr);
        if (client < 0)
            return;
        if (m_refuse) {
            ::close(client);
            continue;
        }
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(uint16_t(m_serverPort));
        if (::connect(server, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
            ::close(client);
            ::close(server);
            continue;
        }
        std::lock_guard lock(m_mutex);
        m_open.emplace_back(client, server);
        m_relays.emplace_back([this, client, server] { relay(client, server); });
    }
}

void CommitDropper::relay(int client, int server)
{
    static const QByteArray commit("COMMIT\0", 7);
    char buf[65536];
    pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
    quint64 armed = 0;
    bool seen = false; // this connection sent the text armed with, since it was armed
    while (!m_stop) {
        if (::poll(fds, 2, 200) <= 0)
            continue;
        if (fds[0].revents) {
            const ssize_t n = ::read(client, buf, sizeof buf);
            if (n <= 0)
                break;
            const QByteArray data(buf, int(n));
            const int at = int(data.indexOf(commit));
            const Drop drop = m_drop;
            QByteArray after;
            {
                std::lock_guard lock(m_mutex);
                after = m_after;
                if (armed != m_armed) {
                    armed = m_armed;
                    seen = false;
                }
            }
            const bool holdsText = !after.isEmpty() && data.contains(after);
            if (drop == Drop::AtText && holdsText) {
                m_drop = Drop::Never;
                ++m_dropped;
                break;
            }
            seen = seen || holdsText;
            // A simple query message: 'Q', its length, the text.
            if ((drop == Drop::BeforeCommit || drop == Drop::AfterCommit) && (after.isEmpty() || seen) &&
                at >= 5 && data.at(at - 5) == 'Q') {
                m_drop = Drop::Never;
                if (drop == Drop::AfterCommit) {
                    if (::write(server, buf, size_t(n)) == n) {
                        pollfd s{server, POLLIN, 0};
                        // The server's answer, read and never passed on.
                        if (::poll(&s, 1, 30000) > 0 && ::read(server, buf, sizeof buf) <= 0)
                            break;
                    }
                }
                ++m_dropped;
                break;
            }
            if (::write(server, buf, size_t(n)) != n)
                break;
        }
        if (fds[1].revents) {
            const ssize_t n = ::read(server, buf, sizeof buf);
            if (n <= 0 || ::write(client, buf, size_t(n)) != n)
                break;
        }
    }
    std::lock_guard lock(m_mutex);
    m_open.erase(std::remove(m_open.begin(), m_open.end(), std::pair{client, server}), m_open.end());
    ::close(client);
    ::close(server);
}

} // namespace lethe::test
