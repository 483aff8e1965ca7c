#pragma once

// A TLS client on a plain socket, for what curl cannot do: send a request a byte at a time, count how much
// of a body the server took before it answered, and pick the source address (all of 127.0.0.0/8 is loopback
// on Linux, so each test can be a client address of its own). Non-blocking socket, every wait bounded.
// Header-only, OpenSSL 3. A write to a connection the server reset raises SIGPIPE: ignore it in the test.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QString>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace o2o::test {

class RawTlsClient {
public:
    enum class Read { Data, Nothing, Closed };

    RawTlsClient() = default;
    ~RawTlsClient() {
        if (m_ssl)
            SSL_free(m_ssl);
        if (m_ctx)
            SSL_CTX_free(m_ctx);
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RawTlsClient(const RawTlsClient&) = delete;
    RawTlsClient& operator=(const RawTlsClient&) = delete;

    /**
     * Connects from source to 127.0.0.1:port and completes the TLS handshake, trusting caPath alone, with a
     * client certificate when certPath is given. False when that has not happened within timeoutMs.
     */
    bool connect(const char* source, quint16 port, const QString& caPath, int timeoutMs,
                 const QString& certPath = {}, const QString& keyPath = {}) {
        const QDeadlineTimer deadline(timeoutMs);
        m_ctx = SSL_CTX_new(TLS_client_method());
        if (!m_ctx ||
            SSL_CTX_load_verify_locations(m_ctx, QFile::encodeName(caPath).constData(), nullptr) != 1)
            return false;
        SSL_CTX_set_verify(m_ctx, SSL_VERIFY_PEER, nullptr);
        if (!certPath.isEmpty() &&
            (SSL_CTX_use_certificate_file(m_ctx, QFile::encodeName(certPath).constData(), SSL_FILETYPE_PEM) !=
                 1 ||
             SSL_CTX_use_PrivateKey_file(m_ctx, QFile::encodeName(keyPath).constData(), SSL_FILETYPE_PEM) !=
                 1))
            return false;
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        // A small send buffer: what was written is then close to what the server has read.
        const int sendBuffer = 64 * 1024;
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDBUF, &sendBuffer, sizeof sendBuffer);
        sockaddr_in from{};
        from.sin_family = AF_INET;
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        if (m_fd < 0 || ::inet_pton(AF_INET, source, &from.sin_addr) != 1 ||
            ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr) != 1 ||
            ::bind(m_fd, reinterpret_cast<const sockaddr*>(&from), sizeof from) != 0)
            return false;
        if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0 && errno != EINPROGRESS)
            return false;
        int error = 0;
        socklen_t size = sizeof error;
        if (!waitFor(POLLOUT, deadline) || ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0 ||
            error != 0)
            return false;
        m_ssl = SSL_new(m_ctx);
        SSL_set_fd(m_ssl, m_fd);
        for (;;) {
            ERR_clear_error();
            const int r = SSL_connect(m_ssl);
            if (r == 1)
                return true;
            if (!retry(r, deadline))
                return false;
        }
    }

    /** Writes all of data; false when the connection ended or the server took nothing for timeoutMs. */
    bool write(const QByteArray& data, int timeoutMs) {
        const QDeadlineTimer deadline(timeoutMs);
        qsizetype done = 0;
        while (done < data.size()) {
            size_t written = 0;
            ERR_clear_error();
            const int r = SSL_write_ex(m_ssl, data.constData() + done, size_t(data.size() - done), &written);
            if (r == 1)
                done += qsizetype(written);
            else if (!retry(r, deadline))
                return false;
        }
        return true;
    }

    /** Reads what has arrived within timeoutMs (0: only what is there now) into received(). */
    Read read(int timeoutMs) {
        const QDeadlineTimer deadline(timeoutMs);
        char buffer[4096];
        for (;;) {
            size_t got = 0;
            ERR_clear_error();
            const int r = SSL_read_ex(m_ssl, buffer, sizeof buffer, &got);
            if (r == 1) {
                m_received.append(buffer, qsizetype(got));
                return Read::Data;
            }
            const int error = SSL_get_error(m_ssl, r);
            if (error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE)
                return Read::Closed; // close_notify, end of stream or reset
            // Handshake messages after the handshake (TLS 1.3 tickets) wake the socket too: not data.
            if (deadline.hasExpired() || !waitFor(error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, deadline))
                return Read::Nothing;
        }
    }

    /** The status of the answer received so far; 0 before its status line. */
    int status() const {
        if (!m_received.startsWith("HTTP/1.1 ") || m_received.size() < 12)
            return 0;
        return m_received.mid(9, 3).toInt();
    }

    /** Whether a whole answer has arrived: its headers and the Content-Length bytes after them. */
    bool answerComplete() const {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        qint64 length = 0;
        for (const QByteArray& line : m_received.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        return m_received.size() >= end + 4 + length;
    }

    /** Reads until a whole answer arrived, the connection ended or timeoutMs passed; its status, or 0. */
    int awaitAnswer(int timeoutMs) {
        const QDeadlineTimer deadline(timeoutMs);
        while (!answerComplete() && !deadline.hasExpired() &&
               read(int(qMax<qint64>(1, deadline.remainingTime()))) == Read::Data) {
        }
        return status();
    }

    const QByteArray& received() const { return m_received; }

private:
    bool retry(int r, const QDeadlineTimer& deadline) {
        const int error = SSL_get_error(m_ssl, r);
        if (error == SSL_ERROR_WANT_READ)
            return waitFor(POLLIN, deadline);
        if (error == SSL_ERROR_WANT_WRITE)
            return waitFor(POLLOUT, deadline);
        return false;
    }

    bool waitFor(short events, const QDeadlineTimer& deadline) const {
        pollfd p{m_fd, events, 0};
        return !deadline.hasExpired() && ::poll(&p, 1, int(deadline.remainingTime())) > 0;
    }

    SSL_CTX* m_ctx = nullptr;
    SSL* m_ssl = nullptr;
    int m_fd = -1;
    QByteArray m_received;
};

} // namespace o2o::test
