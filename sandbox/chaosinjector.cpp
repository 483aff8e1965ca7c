#include "sandbox/chaosinjector.h"

#include "sandbox/faultinjector.h"
#include "sandbox/faultkind.h"
#include "sandbox/sandboxlog.h"
#include "sandbox/storepool.h"

#include <array>
#include <unistd.h>

namespace o2o::sandbox {

namespace {

constexpr auto kReread = std::chrono::milliseconds(50);
constexpr std::array<const char*, 3> kHandshakeKinds{"tls_alert", "tls_reset", "tls_garbage"};

// Not a TLS record (content type 0x63 does not exist): the client's TLS layer refuses it as it arrives.
constexpr char kGarbage[] = "\x63\x03\x03\x00\x08not tls!";

} // namespace

void ChaosInjector::install(SSL_CTX* ctx) {
    SSL_CTX_set_client_hello_cb(ctx, onClientHello, this);
}

int ChaosInjector::onClientHello(SSL* ssl, int* alert, void* arg) {
    auto* self = static_cast<ChaosInjector*>(arg);
    const QString kind = self->forHandshake();
    if (kind.isEmpty())
        return SSL_CLIENT_HELLO_SUCCESS;
    const int fd = SSL_get_fd(ssl);
    if (kind == QLatin1StringView("tls_garbage") && fd >= 0)
        (void)!::write(fd, kGarbage, sizeof kGarbage - 1);
    if (kind != QLatin1StringView("tls_alert"))
        abortConnection(fd); // the alert OpenSSL would send next goes nowhere
    *alert = SSL_AD_HANDSHAKE_FAILURE;
    return SSL_CLIENT_HELLO_ERROR;
}

QString ChaosInjector::forHandshake() {
    const auto current = settings(nullptr);
    int pick = 0;
    if (!current || !roll(current->ratePpm / 4, int(kHandshakeKinds.size()), pick))
        return {};
    const QString kind = QString::fromLatin1(kHandshakeKinds.at(std::size_t(pick)));
    count(nullptr, kind);
    return kind;
}

std::optional<Fault> ChaosInjector::forRequest(PlatformStore& store, const QString& path) {
    const auto current = settings(&store);
    if (!current || !path.startsWith(current->pathPrefix))
        return std::nullopt;
    const QStringList kinds = faultKindNames();
    const int stall = int(kinds.indexOf(QStringLiteral("stall")));
    // Every kind weighs 100, a stall stallWeightPct: pick a point on that scale.
    int pick = 0;
    if (!roll(current->ratePpm, int(kinds.size() - 1) * 100 + current->stallWeightPct, pick))
        return std::nullopt;
    int index = 0;
    for (; index < kinds.size(); ++index) {
        const int weight = index == stall ? current->stallWeightPct : 100;
        if (pick < weight)
            break;
        pick -= weight;
    }
    Fault fault;
    fault.kind = kinds.at(std::min(index, int(kinds.size() - 1)));
    fault.pathPrefix = current->pathPrefix;
    fault.stallMs = current->stallMs;
    count(&store, fault.kind); // no Retry-After: the client's own backoff decides
    return fault;
}

std::optional<ChaosSettings> ChaosInjector::settings(PlatformStore* store) {
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(m_mutex);
        if (m_read && now - m_readAt < kReread)
            return m_settings;
    }
    std::optional<StorePool::Lease> lease;
    if (!store) {
        auto acquired = m_pool.acquire();
        if (!acquired)
            return std::nullopt;
        lease.emplace(std::move(*acquired));
        store = &**lease;
    }
    auto read = ChaosStore(store->connection()).settings();
    std::lock_guard lock(m_mutex);
    if (!read) {
        qCWarning(lcSandbox, "cannot read the chaos settings: %s", qPrintable(read.error().message));
        return m_settings;
    }
    const bool changed =
        read->has_value() != m_settings.has_value() || (*read && (**read).seed != m_settings->seed);
    if (changed && *read)
        m_random.seed(std::uint64_t((**read).seed));
    m_settings = *read;
    m_readAt = now;
    m_read = true;
    return m_settings;
}

bool ChaosInjector::roll(qint64 ppm, int choices, int& pick) {
    std::lock_guard lock(m_mutex);
    if (std::uniform_int_distribution<qint64>(0, 999'999)(m_random) >= ppm)
        return false;
    pick = std::uniform_int_distribution<int>(0, choices - 1)(m_random);
    return true;
}

void ChaosInjector::count(PlatformStore* store, const QString& kind) {
    std::optional<StorePool::Lease> lease;
    if (!store) {
        auto acquired = m_pool.acquire();
        if (!acquired)
            return;
        lease.emplace(std::move(*acquired));
        store = &**lease;
    }
    if (auto r = ChaosStore(store->connection()).countInjected(kind); !r)
        qCWarning(lcSandbox, "cannot count the fault: %s", qPrintable(r.error().message));
}

} // namespace o2o::sandbox
