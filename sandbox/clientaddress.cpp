#include "sandbox/clientaddress.h"

#include <QHostAddress>

#include <arpa/inet.h>
#include <sys/socket.h>

namespace o2o::sandbox {

std::string clientKey(const std::string& numericAddress) {
    const QHostAddress address(QString::fromStdString(numericAddress));
    if (address.isNull())
        return numericAddress;
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4)
        return QHostAddress(ipv4).toString().toStdString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    std::fill(bytes.c + 8, bytes.c + 16, quint8(0));
    return (QHostAddress(bytes).toString() + QStringLiteral("/64")).toStdString();
}

std::string peerAddress(int fd) {
    sockaddr_storage peer{};
    socklen_t size = sizeof peer;
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &size) != 0)
        return {};
    char text[INET6_ADDRSTRLEN] = {};
    const void* raw = peer.ss_family == AF_INET6
                          ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(&peer)->sin6_addr)
                          : static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(&peer)->sin_addr);
    if (::inet_ntop(peer.ss_family, raw, text, sizeof text) == nullptr)
        return {};
    return text;
}

} // namespace o2o::sandbox
