#pragma once

#include "sync/transport.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

namespace o2o::test {

/**
 * What a scripted request meets instead of a plain answer: the sandbox's fault kinds (sandbox/README.md),
 * as libcurl reports them to HttpClient (tst_syncfaults checks that the two agree).
 */
enum class Fault {
    ResetBefore,      // the request never reaches the platform: no answer (curl 52/56)
    ResetMidResponse, // the platform applies it, the answer is cut off (curl 18): lost after applying
    Hang,             // the platform applies it and holds the answer: a timeout unless released first
    Delay,            // the platform applies it and answers delayMs later, if that is within the timeout
    Status500,        // the protocol's error body with that status; Retry-After when given
    Status503,
    Status429,
    TruncatedBody, // the platform applies it; a complete 200 whose body is the first half of the answer
    MalformedBody, // a complete 200 whose body is not JSON (a broken proxy); not applied
};

struct FaultRule {
    Fault fault = Fault::ResetBefore;
    int count = 1;           // how many matching requests it hits
    int after = 0;           // matching requests answered normally before it starts
    int retryAfterSecs = -1; // Status503, Status429: the Retry-After header; -1: none
    int delayMs = 0;         // Delay: real milliseconds
};

/** One request as the transport saw it, and what became of it. */
struct SeenRequest {
    QString client; // the connection's certificate file: which terminal sent it
    QString route;  // "POST /v1/events": the method and the path without its query
    QString query;
    qint64 timeoutMs = 0;
    QByteArray body;
    QString outcome; // "200", "503", "reset", "timeout", "cancelled", ...
};

/**
 * In-process stand-in for HttpClient, in the spirit of ownCloud's FakeQNAM and FakeHangingReply: every
 * request goes to a handler (tests/sync/fakeplatform.h), unless a fault scripted for its method and path
 * says otherwise. Thread-safe: the change feed's next page is fetched on a helper thread, a worker may
 * run on its own, and the test scripts and inspects from its thread.
 *
 * A hang never waits out a real timeout: it ends when the test calls release(), when the connection's
 * cancel flag is set (polled like curl's progress callback), or after the request's own timeout divided
 * by timeScale() (1000: the events' 30 s cost 30 ms). The timeout asked for is recorded unscaled, so
 * a test can check it.
 */
class ScriptedTransport {
public:
    using Handler = std::function<HttpResponse(const HttpRequest& request, const QString& client)>;

    explicit ScriptedTransport(Handler handler);

    /**
     * What SyncEngine and SyncWorker take: each client gets a connection of its own to this transport,
     * known by its certificate file. This object must outlive them.
     */
    TransportFactory factory();
    /** A connection for a PlatformClient made by hand. */
    std::unique_ptr<Transport> connect(const QString& client);

    /** route: "POST /v1/events", "GET /v1/changes". Rules for one route apply in the order given. */
    void script(const QString& route, FaultRule rule);
    /** Drops every rule (also those not used up). */
    void clearScript();
    /** Whether every scripted fault has hit as many requests as it was given. */
    bool scriptUsedUp() const;
    /** Ends every hang now, with the platform's answer. */
    void release();
    /** Requests held in a hang right now. */
    int hanging() const;
    void setTimeScale(int divisor);
    QList<SeenRequest> requests() const;

private:
    class Connection;
    struct Rule {
        QString route;
        FaultRule fault;
        int seen = 0; // matching requests so far
        int hits = 0;
    };

    Result<HttpResponse> exchange(const HttpRequest& request, const QString& client,
                                  const std::atomic_bool* cancel);
    std::optional<FaultRule> nextFault(const QString& route);
    /** Waits for release, cancel or the scaled timeout; "released", "cancelled" or "timeout". */
    QString hold(const HttpRequest& request, const std::atomic_bool* cancel, int delayMs);
    void record(SeenRequest seen);

    Handler m_handler;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QList<Rule> m_rules;
    QList<SeenRequest> m_requests;
    int m_timeScale = 1000;
    int m_hanging = 0;
    quint64 m_releases = 0;
};

/** The protocol's error body (docs/protocol.md, "Errors") for a status, with the platform's time. */
HttpResponse errorResponse(int status, const QString& code, const QString& message);

} // namespace o2o::test

Q_DECLARE_METATYPE(o2o::test::Fault) // a column of data-driven tests
