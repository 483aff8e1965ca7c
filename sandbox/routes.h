#pragma once

#include "sandbox/devicestore.h"
#include "sandbox/enrollmentlimiter.h"
#include "sandbox/platformstore.h"
#include "sandbox/tlsca.h"

#include <httplib.h>

namespace o2o::sandbox {

/**
 * What a route works with: one request's database connection, the CA, the calling device, the body, and
 * what the server keeps between requests.
 */
struct RouteContext {
    PlatformStore& store;
    const SandboxCa& ca;
    const Device* device; // set on every route that requires a client certificate
    qint64 nowMs;
    const std::string& body;       // read within limits::kMaxBodyBytes; empty on GET routes
    EnrollmentLimiter& enrollment; // refused pairing codes per client address
};

using Route = void (*)(RouteContext& context, const httplib::Request& req, httplib::Response& res);

// docs/protocol.md, one function per route.
void routeHealth(RouteContext& context, const httplib::Request& req, httplib::Response& res);
void routeCa(RouteContext& context, const httplib::Request& req, httplib::Response& res);
void routeEnroll(RouteContext& context, const httplib::Request& req, httplib::Response& res);
void routeEvents(RouteContext& context, const httplib::Request& req, httplib::Response& res);
void routeChanges(RouteContext& context, const httplib::Request& req, httplib::Response& res);
void routeTrust(RouteContext& context, const httplib::Request& req, httplib::Response& res);
void routePrepare(RouteContext& context, const httplib::Request& req, httplib::Response& res);

} // namespace o2o::sandbox
