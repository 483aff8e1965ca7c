#include "tests/sync/scriptedtransport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <chrono>

namespace o2o::test {

namespace {

// The errors HttpClient makes of the same failures (sync/httpclient.cpp), so the engine cannot tell.
Error resetError(const char* how) {
    return Error{ErrorCode::Io,
                 QStringLiteral("cannot reach the platform: %1 (scripted)").arg(QLatin1StringView(how)),
                 true};
}

} // namespace

HttpResponse errorResponse(int status, const QString& code, const QString& message) {
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.serverTimeMs = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject error{{QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("retryable"), status == 429 || status >= 500}};
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error},
                                       {QStringLiteral("server_time_ms"), r.serverTimeMs}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

class ScriptedTransport::Connection final : public Transport {
public:
    Connection(ScriptedTransport& owner, QString client)
        : m_owner(owner)
        , m_client(std::move(client)) {}

    Result<HttpResponse> send(const HttpRequest& request) override {
        return m_owner.exchange(request, m_client, cancelFlag());
    }

private:
    ScriptedTransport& m_owner;
    QString m_client;
};

ScriptedTransport::ScriptedTransport(Handler handler)
    : m_handler(std::move(handler)) {}

TransportFactory ScriptedTransport::factory() {
    return [this](const TlsSettings& tls) { return connect(tls.certFile); };
}

std::unique_ptr<Transport> ScriptedTransport::connect(const QString& client) {
    return std::make_unique<Connection>(*this, client);
}

void ScriptedTransport::script(const QString& route, FaultRule rule) {
    std::lock_guard lock(m_mutex);
    m_rules.append(Rule{route, rule});
}

void ScriptedTransport::clearScript() {
    std::lock_guard lock(m_mutex);
    m_rules.clear();
}

bool ScriptedTransport::scriptUsedUp() const {
    std::lock_guard lock(m_mutex);
    for (const Rule& r : m_rules)
        if (r.hits < r.fault.count)
            return false;
    return true;
}

void ScriptedTransport::release() {
    std::lock_guard lock(m_mutex);
    ++m_releases;
    m_changed.notify_all();
}

int ScriptedTransport::hanging() const {
    std::lock_guard lock(m_mutex);
    return m_hanging;
}

void ScriptedTransport::setTimeScale(int divisor) {
    std::lock_guard lock(m_mutex);
    m_timeScale = std::max(1, divisor);
}

QList<SeenRequest> ScriptedTransport::requests() const {
    std::lock_guard lock(m_mutex);
    return m_requests;
}

void ScriptedTransport::record(SeenRequest seen) {
    std::lock_guard lock(m_mutex);
    m_requests.append(std::move(seen));
}

std::optional<FaultRule> ScriptedTransport::nextFault(const QString& route) {
    std::lock_guard lock(m_mutex);
    for (Rule& r : m_rules) {
        if (r.route != route || r.hits >= r.fault.count)
            continue;
        // The first rule for the route not used up decides; it lets `after` requests through first.
        if (r.seen++ < r.fault.after)
            return std::nullopt;
        ++r.hits;
        return r.fault;
    }
    return std::nullopt;
}

QString ScriptedTransport::hold(const HttpRequest& request, const std::atomic_bool* cancel, int delayMs) {
    using namespace std::chrono;
    const auto start = steady_clock::now();
    std::unique_lock lock(m_mutex);
    const auto timeoutAt = start + milliseconds(std::max<qint64>(1, request.timeoutMs / m_timeScale));
    const quint64 releases = m_releases;
    ++m_hanging;
    m_changed.notify_all();
    QString outcome;
    for (;;) {
        const auto now = steady_clock::now();
        if (m_releases != releases || (delayMs >= 0 && now >= start + milliseconds(delayMs)))
            outcome = QStringLiteral("released");
        else if (cancel && cancel->load())
            outcome = QStringLiteral("cancelled");
        else if (delayMs < 0 && now >= timeoutAt)
            outcome = QStringLiteral("timeout");
        if (!outcome.isEmpty())
            break;
        // The cancel flag is another thread's plain atomic, not a signal: look at it as often as curl's
        // progress callback would.
        m_changed.wait_for(lock, milliseconds(5));
    }
    --m_hanging;
    m_changed.notify_all();
    return outcome;
}

Result<HttpResponse> ScriptedTransport::exchange(const HttpRequest& request, const QString& client,
                                                 const std::atomic_bool* cancel) {
    const QUrl url(request.url);
    SeenRequest seen;
    seen.client = client;
    seen.route = QString::fromLatin1(request.method) + u' ' + url.path();
    seen.query = url.query();
    seen.timeoutMs = request.timeoutMs;
    seen.body = request.body;
    const auto finish = [&](const QString& outcome) {
        seen.outcome = outcome;
        record(std::move(seen));
    };
    if (cancel && cancel->load()) { // curl gives up at its first progress tick
        finish(QStringLiteral("cancelled"));
        return Unexpected(Error{ErrorCode::Io, QStringLiteral("the request was cancelled"), true});
    }
    std::optional<FaultRule> fault = nextFault(seen.route);
    if (fault && fault->fault == Fault::Delay && fault->delayMs >= request.timeoutMs)
        fault->fault = Fault::Hang; // it would have answered after the client gave up

    // Faults that answer in place of the platform: it never sees the request.
    if (fault) {
        switch (fault->fault) {
        case Fault::ResetBefore:
            finish(QStringLiteral("reset"));
            return Unexpected(resetError("Connection reset by peer"));
        case Fault::Status500:
            finish(QStringLiteral("500"));
            return errorResponse(500, QStringLiteral("internal"), QStringLiteral("scripted fault"));
        case Fault::Status503:
        case Fault::Status429: {
            const int status = fault->fault == Fault::Status503 ? 503 : 429;
            HttpResponse r = errorResponse(
                status, status == 503 ? QStringLiteral("unavailable") : QStringLiteral("rate_limited"),
                QStringLiteral("scripted fault"));
            r.retryAfterSecs = fault->retryAfterSecs;
            finish(QString::number(status));
            return r;
        }
        case Fault::MalformedBody: {
            HttpResponse r;
            r.status = 200;
            r.contentType = "application/json";
            r.serverTimeMs = QDateTime::currentMSecsSinceEpoch();
            r.body = "{\"server_time_ms\":" + QByteArray::number(r.serverTimeMs) +
                     ",\"results\":[{\"event_id\":}]}";
            finish(QStringLiteral("malformed"));
            return r;
        }
        default:
            break;
        }
    }

    HttpResponse answer = m_handler(request, client); // the platform applies it
    if (!fault) {
        finish(QString::number(answer.status));
        return answer;
    }
    switch (fault->fault) {
    case Fault::ResetMidResponse:
        finish(QStringLiteral("reset mid-response"));
        return Unexpected(resetError("transfer closed with outstanding read data remaining"));
    case Fault::TruncatedBody:
        answer.body.truncate(answer.body.size() / 2);
        finish(QStringLiteral("truncated"));
        return answer;
    case Fault::Hang:
    case Fault::Delay: {
        const QString outcome = hold(request, cancel, fault->fault == Fault::Delay ? fault->delayMs : -1);
        if (outcome == QStringLiteral("released")) {
            finish(QString::number(answer.status));
            return answer;
        }
        finish(outcome);
        if (outcome == QStringLiteral("cancelled"))
            return Unexpected(Error{ErrorCode::Io, QStringLiteral("the request was cancelled"), true});
        return Unexpected(Error{ErrorCode::Io,
                                QStringLiteral("the platform did not answer in time (scripted hang)"), true});
    }
    default:
        finish(QString::number(answer.status));
        return answer;
    }
}

} // namespace o2o::test
